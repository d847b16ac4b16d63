//! General comments (CERD and CEDAW: general recommendations): the committees' reading of
//! their treaties, some adopted jointly by two committees under two numbers.
//!
//! A record holds its `(committee, number)` parts, title, symbol (with how sure it is),
//! its status history (draft, provisionally adopted, adopted, each with its source) and
//! its paragraphs where text is available. The registry is data (`data/general_comments.csv`);
//! this module answers "what was its status on a date" and searches. It does not fetch or
//! store texts.

use jiff::civil::Date;
use serde::Serialize;

use crate::Committee;
use crate::symbol::{Document, Symbol};
use crate::text::words;

/// One committee's number for the text (joint texts have two).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Part {
    pub committee: Committee,
    pub number: u32,
}

impl Part {
    /// "general recommendation" for CERD and CEDAW, "general comment" otherwise.
    pub fn label(&self) -> &'static str {
        match self.committee {
            Committee::Cerd | Committee::Cedaw => "general recommendation",
            _ => "general comment",
        }
    }
}

/// Where a text stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// In preparation (a draft discussed, or announced).
    Draft,
    /// Adopted on first reading, final adoption pending (CMW/C/SR.608 para. 7).
    ProvisionallyAdopted,
    Adopted,
}

impl Status {
    pub fn parse(input: &str) -> Option<Self> {
        match input.trim() {
            "draft" => Some(Status::Draft),
            "provisionally_adopted" => Some(Status::ProvisionallyAdopted),
            "adopted" => Some(Status::Adopted),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::ProvisionallyAdopted => "provisionally adopted",
            Status::Adopted => "adopted",
        }
    }
}

/// A status a source reports, with when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusEvent {
    pub status: Status,
    /// The day, where the source gives it.
    pub on: Option<Date>,
    /// The year, where only the year is given (`No. 38 (2025)`).
    pub year: Option<i16>,
    /// The session (of the committee named) at which it happened.
    pub session: Option<(Committee, u32)>,
    pub source: String,
}

impl StatusEvent {
    /// The first day the event is certainly past: its date, or 31 December of its year.
    pub fn certain_from(&self) -> Option<Date> {
        self.on
            .or_else(|| self.year.and_then(|y| Date::new(y, 12, 31).ok()))
    }
}

/// How sure the symbol is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SymbolBasis {
    /// Read on the document (or a UN copy of it).
    Read,
    /// Read on a third-party copy of the document.
    ThirdPartyCopy,
    /// Built from the pattern of the committee's symbols, not seen on a document.
    Pattern,
}

/// A numbered paragraph of the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub number: u32,
    pub text: String,
}

/// A general comment or recommendation, single or joint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GeneralComment {
    /// In the order of the joint symbol (`CERD/C/GC/38-CMW/C/GC/7`: CERD first).
    pub parts: Vec<Part>,
    pub title: Option<String>,
    /// The subject as a source describes it, where the title is not confirmed.
    pub subject: Option<String>,
    /// Parsed by the symbol grammar ([`crate::symbol`]); its parts match `parts`.
    pub symbol: Option<Symbol>,
    pub symbol_basis: Option<SymbolBasis>,
    /// The date printed on the document.
    pub document_date: Option<Date>,
    /// Oldest first.
    pub history: Vec<StatusEvent>,
    /// Empty when no text is available (none is bundled).
    pub paragraphs: Vec<Paragraph>,
    pub notes: Vec<String>,
}

impl GeneralComment {
    pub fn is_joint(&self) -> bool {
        self.parts.len() > 1
    }

    /// "general comment No. 6 (CMW)", or for a joint text "general recommendation No. 38
    /// (CERD) / general comment No. 7 (CMW)".
    pub fn name(&self) -> String {
        let parts: Vec<String> = self
            .parts
            .iter()
            .map(|p| format!("{} No. {} ({})", p.label(), p.number, p.committee))
            .collect();
        let name = parts.join(" / ");
        if self.is_joint() {
            format!("joint {name}")
        } else {
            name
        }
    }

    pub fn has_part(&self, committee: Committee, number: u32) -> bool {
        self.parts
            .iter()
            .any(|p| p.committee == committee && p.number == number)
    }

    /// Whether the symbol names exactly this text's parts, in order (`CMW/C/GC/3-CRC/C/GC/22`
    /// is CMW 3 then CRC 22). True when there is no symbol.
    pub fn symbol_matches_parts(&self) -> bool {
        match self.symbol.as_ref().map(Symbol::document) {
            None => true,
            Some(Document::GeneralComment { parts }) => {
                parts.len() == self.parts.len()
                    && parts
                        .iter()
                        .zip(&self.parts)
                        .all(|((c, n), p)| *c == p.committee && *n == p.number)
            }
            Some(_) => false,
        }
    }

    /// The latest status certainly reached by `on`; `None` before the first event.
    pub fn status_on(&self, on: Date) -> Option<&StatusEvent> {
        self.history
            .iter()
            .filter(|e| e.certain_from().is_some_and(|d| d <= on))
            .max_by_key(|e| (e.certain_from(), e.status))
    }

    /// The latest status the data records, whatever its date.
    pub fn latest_status(&self) -> Option<&StatusEvent> {
        self.history
            .iter()
            .max_by_key(|e| (e.status, e.certain_from()))
    }
}

/// Where a search matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hit {
    /// Index into the list searched.
    pub index: usize,
    /// `title`, `subject`, `symbol`, `note` or `paragraph N`.
    pub fields: Vec<String>,
    /// Numbers of the paragraphs that matched.
    pub paragraphs: Vec<u32>,
}

/// The texts in which every word of `query` occurs (as the start of a word, without case or
/// accents) in the title, subject, symbol, notes or one paragraph; best first (most fields
/// matched), then in list order.
pub fn search(comments: &[GeneralComment], query: &str) -> Vec<Hit> {
    let wanted = words(query);
    if wanted.is_empty() {
        return Vec::new();
    }
    let matches = |text: &str| {
        let have = words(text);
        wanted
            .iter()
            .all(|w| have.iter().any(|h| h.starts_with(w.as_str())))
    };
    let mut hits: Vec<Hit> = comments
        .iter()
        .enumerate()
        .filter_map(|(index, gc)| {
            let mut fields = Vec::new();
            let mut add = |name: &str, text: Option<&str>| {
                if text.is_some_and(matches) {
                    fields.push(name.to_string());
                }
            };
            add("title", gc.title.as_deref());
            add("subject", gc.subject.as_deref());
            let symbol = gc.symbol.as_ref().map(Symbol::to_string);
            add("symbol", symbol.as_deref());
            for note in &gc.notes {
                add("note", Some(note));
            }
            let paragraphs: Vec<u32> = gc
                .paragraphs
                .iter()
                .filter(|p| matches(&p.text))
                .map(|p| p.number)
                .collect();
            fields.extend(paragraphs.iter().map(|n| format!("paragraph {n}")));
            fields.dedup();
            (!fields.is_empty()).then_some(Hit {
                index,
                fields,
                paragraphs,
            })
        })
        .collect();
    hits.sort_by_key(|h| (std::cmp::Reverse(h.fields.len()), h.index));
    hits
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn joint_38_7() -> GeneralComment {
        GeneralComment {
            parts: vec![
                Part {
                    committee: Committee::Cerd,
                    number: 38,
                },
                Part {
                    committee: Committee::Cmw,
                    number: 7,
                },
            ],
            title: Some(
                "on general guidelines for eradicating xenophobia towards migrants and others perceived as such"
                    .into(),
            ),
            subject: None,
            symbol: Some(Symbol::parse("CERD/C/GC/38-CMW/C/GC/7").unwrap()),
            symbol_basis: Some(SymbolBasis::Read),
            document_date: Some(date(2026, 2, 3)),
            history: vec![
                StatusEvent {
                    status: Status::ProvisionallyAdopted,
                    on: Some(date(2025, 4, 17)),
                    year: None,
                    session: Some((Committee::Cmw, 40)),
                    source: "CMW/C/SR.608 para. 7".into(),
                },
                StatusEvent {
                    status: Status::Adopted,
                    on: None,
                    year: Some(2025),
                    session: None,
                    source: "CERD/C/GC/38-CMW/C/GC/7 title: No. 38 (2025)".into(),
                },
            ],
            paragraphs: vec![Paragraph {
                number: 2,
                text: "Xenophobia is a phenomenon whereby migrants are portrayed as outsiders".into(),
            }],
            notes: Vec::new(),
        }
    }

    #[test]
    fn a_joint_text_is_named_by_both_committees_with_their_own_labels() {
        assert_eq!(
            joint_38_7().name(),
            "joint general recommendation No. 38 (CERD) / general comment No. 7 (CMW)"
        );
        assert!(joint_38_7().has_part(Committee::Cmw, 7));
        assert!(joint_38_7().symbol_matches_parts());
        let mut swapped = joint_38_7();
        swapped.parts.reverse();
        assert!(!swapped.symbol_matches_parts());
        assert!(!joint_38_7().has_part(Committee::Cmw, 38));
    }

    #[test]
    fn status_on_a_date_follows_the_history_and_counts_a_bare_year_from_its_end() {
        // CMW/C/SR.608 para. 7: provisionally adopted at the 40th session (April 2025).
        let gc = joint_38_7();
        let check = |on: Date, expected: Option<Status>| {
            assert_eq!(gc.status_on(on).map(|e| e.status), expected, "{on}");
        };
        check(date(2025, 4, 16), None);
        check(date(2025, 4, 17), Some(Status::ProvisionallyAdopted));
        check(date(2025, 12, 30), Some(Status::ProvisionallyAdopted));
        check(date(2025, 12, 31), Some(Status::Adopted));
        assert_eq!(gc.latest_status().map(|e| e.status), Some(Status::Adopted));
    }

    #[test]
    fn search_matches_word_starts_in_any_field_without_case_or_accents() {
        let comments = [joint_38_7()];
        let hits = search(&comments, "XENOPHOB");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].fields, ["title", "paragraph 2"]);
        assert_eq!(hits[0].paragraphs, [2]);
        assert_eq!(search(&comments, "cmw/c/gc/7")[0].fields, ["symbol"]);
        assert!(search(&comments, "xenophobia children").is_empty());
        assert!(search(&comments, "  ").is_empty());
    }
}
