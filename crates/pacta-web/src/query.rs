//! Query strings: `?on=YYYY-MM-DD` (every page and list), `?format=json|csv`, and the
//! filters, parsed strictly so a typo answers 400 with what was wrong instead of being
//! silently ignored.

use jiff::civil::Date;
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// Parse a raw query string into `T`; the error says which parameter was wrong.
pub(crate) fn parse<T: DeserializeOwned + Default>(raw: Option<&str>) -> Result<T, String> {
    match raw {
        None | Some("") => Ok(T::default()),
        Some(raw) => serde_urlencoded::from_str(raw).map_err(|e| format!("invalid query: {e}")),
    }
}

/// `?on=` as text, parsed here so the message can say what a date looks like. Any date
/// the calendar can hold is accepted (a date before a treaty existed simply has no
/// parties). An empty `on=` means today where `lenient` (an HTML form with its date
/// field cleared); the API, whose document says `format: date`, refuses it.
pub(crate) fn date(on: Option<&str>, today: Date, lenient: bool) -> Result<Date, String> {
    match on.map(str::trim) {
        None => Ok(today),
        Some("") if lenient => Ok(today),
        Some(text) => text
            .parse::<Date>()
            .map_err(|_| format!("invalid date \"{text}\" in ?on= (expected YYYY-MM-DD)")),
    }
}

/// How a list is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Json,
    Csv,
}

/// The parameters every date-dependent answer takes.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OnQuery {
    pub(crate) on: Option<String>,
    pub(crate) format: Option<Format>,
}

/// A party list's filters.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PartiesQuery {
    pub(crate) on: Option<String>,
    pub(crate) format: Option<Format>,
    /// A UN regional group slug (`african`, `weog` …); empty means all.
    pub(crate) group: Option<String>,
    /// `bound` or `not_yet_bound`; empty means all.
    pub(crate) status: Option<String>,
    /// `due` (a report was legally due on or before the date) or `none_due`.
    pub(crate) reporting: Option<String>,
}

/// The obligations list's filters.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ObligationsQuery {
    pub(crate) on: Option<String>,
    pub(crate) format: Option<Format>,
    pub(crate) committee: Option<String>,
    pub(crate) state: Option<String>,
    pub(crate) overdue: Option<bool>,
}

/// The newest-actions list.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ActionsQuery {
    pub(crate) on: Option<String>,
    pub(crate) format: Option<Format>,
    pub(crate) limit: Option<usize>,
}

/// The audit log's parameters.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AuditQuery {
    pub(crate) format: Option<Format>,
    pub(crate) limit: Option<u32>,
}

/// The documents search.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DocumentsQuery {
    pub(crate) q: Option<String>,
    pub(crate) committee: Option<String>,
    pub(crate) state: Option<String>,
    pub(crate) format: Option<Format>,
}
