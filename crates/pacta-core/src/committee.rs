//! The ten treaty bodies, as a closed set of identifiers.
//!
//! The set is fixed by the treaties themselves (nine core treaties and OPCAT),
//! so it is an enum: code that needs "which committee" gets exhaustiveness
//! checks. What the treaties say *about* each committee (full name, size,
//! terms, follow-up deadlines) is data in `data/catalogue.toml`, loaded into
//! [`crate::catalogue::CommitteeInfo`]; it is deliberately not written here.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A UN human rights treaty body, named by the acronym the UN uses for it.
///
/// The Human Rights Committee is `CCPR` and the Subcommittee on Prevention of
/// Torture is `SPT`, as on OHCHR's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Committee {
    Cerd,
    Cescr,
    Ccpr,
    Cedaw,
    Cat,
    Spt,
    Crc,
    Cmw,
    Crpd,
    Ced,
}

impl Committee {
    /// All ten, in the order of the core treaties' adoption as OHCHR lists them.
    pub const ALL: [Committee; 10] = [
        Committee::Cerd,
        Committee::Cescr,
        Committee::Ccpr,
        Committee::Cedaw,
        Committee::Cat,
        Committee::Spt,
        Committee::Crc,
        Committee::Cmw,
        Committee::Crpd,
        Committee::Ced,
    ];

    /// The eight committees with periodic State reviews (the Chairs' 34th
    /// meeting, 2022: "the eight Committees that have periodic reviews").
    pub const PERIODIC: [Committee; 8] = [
        Committee::Cerd,
        Committee::Cescr,
        Committee::Ccpr,
        Committee::Cedaw,
        Committee::Cat,
        Committee::Crc,
        Committee::Cmw,
        Committee::Crpd,
    ];

    /// The acronym, in capitals: `"CMW"`.
    pub fn acronym(self) -> &'static str {
        match self {
            Committee::Cerd => "CERD",
            Committee::Cescr => "CESCR",
            Committee::Ccpr => "CCPR",
            Committee::Cedaw => "CEDAW",
            Committee::Cat => "CAT",
            Committee::Spt => "SPT",
            Committee::Crc => "CRC",
            Committee::Cmw => "CMW",
            Committee::Crpd => "CRPD",
            Committee::Ced => "CED",
        }
    }
}

impl fmt::Display for Committee {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.acronym())
    }
}

/// The input named no treaty body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown committee \"{input}\" (expected one of CERD, CESCR, CCPR, CEDAW, CAT, SPT, CRC, CMW, CRPD, CED)"
)]
pub struct UnknownCommittee {
    pub input: String,
}

impl FromStr for Committee {
    type Err = UnknownCommittee;

    /// Accepts the acronym in any case; `HRC` is accepted for the Human Rights
    /// Committee because people write it so.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let upper = input.trim().to_ascii_uppercase();
        if upper == "HRC" {
            return Ok(Committee::Ccpr);
        }
        Committee::ALL
            .into_iter()
            .find(|committee| committee.acronym() == upper)
            .ok_or_else(|| UnknownCommittee {
                input: input.to_string(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_acronyms_in_any_case_and_round_trips() {
        for committee in Committee::ALL {
            assert_eq!(committee.acronym().parse::<Committee>(), Ok(committee));
            assert_eq!(
                committee.acronym().to_lowercase().parse::<Committee>(),
                Ok(committee)
            );
        }
        assert!("CMV".parse::<Committee>().is_err());
    }
}
