//! Participants in the treaties: States (UN members, non-member States, observer
//! States) and the one regional integration organization that is a party (the
//! European Union, CRPD), with their codes, names and UN regional groups.
//!
//! Only facts and lookups; the bundled list is parsed by `pacta-data`.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The key of a participant: its ISO 3166-1 alpha-3 code (`ZWE`), or `EU` for the
/// European Union, which has no ISO code. Always upper-case ASCII.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ParticipantCode(String);

/// The code of the European Union, which ISO 3166-1 does not assign.
pub const EUROPEAN_UNION: &str = "EU";

impl ParticipantCode {
    /// Accepts three ASCII letters (any case) or `EU`.
    pub fn parse(input: &str) -> Option<Self> {
        let upper = input.trim().to_ascii_uppercase();
        let ok = upper == EUROPEAN_UNION
            || (upper.len() == 3 && upper.bytes().all(|b| b.is_ascii_uppercase()));
        ok.then_some(ParticipantCode(upper))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ParticipantCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What kind of entity takes part in the treaties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParticipantKind {
    /// A Member State of the United Nations.
    UnMemberState,
    /// A non-member observer State (the Holy See, the State of Palestine).
    NonMemberObserverState,
    /// A State that is neither a member nor an observer (Cook Islands, Niue).
    NonMemberState,
    /// The European Union: a party to the CRPD (art. 44), not a State.
    RegionalIntegrationOrganization,
}

impl ParticipantKind {
    pub fn is_state(self) -> bool {
        self != ParticipantKind::RegionalIntegrationOrganization
    }
}

/// The five UN regional groups (DGACM list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RegionalGroup {
    #[serde(rename = "African Group")]
    African,
    #[serde(rename = "Asia-Pacific Group")]
    AsiaPacific,
    #[serde(rename = "Eastern European Group")]
    EasternEuropean,
    #[serde(rename = "Latin American and Caribbean Group")]
    LatinAmericanAndCaribbean,
    #[serde(rename = "Western European and others Group")]
    WesternEuropeanAndOthers,
}

impl RegionalGroup {
    pub const ALL: [RegionalGroup; 5] = [
        RegionalGroup::African,
        RegionalGroup::AsiaPacific,
        RegionalGroup::EasternEuropean,
        RegionalGroup::LatinAmericanAndCaribbean,
        RegionalGroup::WesternEuropeanAndOthers,
    ];

    /// The group's name as the UN writes it.
    pub fn name(self) -> &'static str {
        match self {
            RegionalGroup::African => "African Group",
            RegionalGroup::AsiaPacific => "Asia-Pacific Group",
            RegionalGroup::EasternEuropean => "Eastern European Group",
            RegionalGroup::LatinAmericanAndCaribbean => "Latin American and Caribbean Group",
            RegionalGroup::WesternEuropeanAndOthers => "Western European and others Group",
        }
    }

    /// Short code used in URLs and filters: `african`, `asia-pacific`, `eastern-european`,
    /// `grulac`, `weog`.
    pub fn slug(self) -> &'static str {
        match self {
            RegionalGroup::African => "african",
            RegionalGroup::AsiaPacific => "asia-pacific",
            RegionalGroup::EasternEuropean => "eastern-european",
            RegionalGroup::LatinAmericanAndCaribbean => "grulac",
            RegionalGroup::WesternEuropeanAndOthers => "weog",
        }
    }

    /// Accepts the UN name or the slug, in any case.
    pub fn parse(input: &str) -> Option<Self> {
        let lower = input.trim().to_ascii_lowercase();
        RegionalGroup::ALL
            .into_iter()
            .find(|g| g.slug() == lower || g.name().to_ascii_lowercase() == lower)
    }
}

/// A State or organization that appears in the treaty ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub code: ParticipantCode,
    /// The ISO 3166-1 short name (`Moldova, Republic of`), or UNTC's name where there is none.
    pub name: String,
    /// The name as the UN Treaty Collection writes it (`Republic of Moldova`).
    pub untc_name: String,
    pub kind: ParticipantKind,
    pub regional_group: Option<RegionalGroup>,
    /// Why the group is what it is, where the sources disagree (Türkiye, USA, Kiribati).
    pub regional_group_note: Option<String>,
}

impl Participant {
    /// The name to show people: UNTC's (`Republic of Moldova`, `Türkiye`), which is
    /// also the one the treaty bodies use.
    pub fn display_name(&self) -> &str {
        &self.untc_name
    }
}
