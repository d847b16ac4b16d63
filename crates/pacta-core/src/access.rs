//! Who may see what: the four roles of pacta's users and the three visibilities of its
//! records, and the one rule that joins them ([`may_view`]).
//!
//! Pure policy: no accounts, passwords or sessions here (those live in `pacta-store`),
//! and no HTTP (the portal asks this module before it shows a record). The matrix:
//!
//! | role \ visibility | Public | Restricted | Internal |
//! | ----------------- | :----: | :--------: | :------: |
//! | public (anonymous)|  yes   |     no     |    no    |
//! | member            |  yes   |    yes     |    no    |
//! | secretariat       |  yes   |    yes     |   yes    |
//! | admin             |  yes   |    yes     |   yes    |
//!
//! Why these lines: documents issued `Distr.: General` are public; `Distr.: Restricted`
//! documents (e.g. A/HRC/WG.7/1/CRP.4) and the examination of communications, which
//! the treaties hold in closed meetings (ICCPR-OP1 art. 5(3), CAT art. 22(6), CED art.
//! 31(5), CMW art. 77(6)), are for the committee's members and the secretariat that
//! serves them; the secretariat's own drafts and working notes are internal to it.
//! Admins run the system and see everything the secretariat sees. This is pacta's
//! reading (DOMAIN.md §7.3 for the masthead's `Distr.` line, §8.2 for the closed
//! meetings); a committee that wants a stricter line classifies the record `Internal`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::document::Distribution;

/// What a person may do in pacta, from least to most. Anonymous visitors are `Public`;
/// accounts are `Member`, `Secretariat` or `Admin`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Anyone, signed in or not: sees only public records.
    Public,
    /// A member of a treaty body.
    Member,
    /// Staff of the OHCHR secretariat that serves the committees.
    Secretariat,
    /// Runs the installation: accounts, imports.
    Admin,
}

/// Who may see a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Everyone: `Distr.: General` documents, the treaty ledger, public meetings.
    Public,
    /// Members, secretariat and admins: `Distr.: Restricted` documents, communications
    /// (examined in closed meetings, e.g. CMW art. 77(6)), drafts before adoption.
    Restricted,
    /// Secretariat and admins only: the secretariat's own working records.
    Internal,
}

/// Whether a person with `role` may see a record with `visibility` (the matrix in the
/// module documentation).
pub fn may_view(role: Role, visibility: Visibility) -> bool {
    match visibility {
        Visibility::Public => true,
        Visibility::Restricted => role >= Role::Member,
        Visibility::Internal => role >= Role::Secretariat,
    }
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Public, Role::Member, Role::Secretariat, Role::Admin];

    /// The roles an account can have: every role but `Public`, which is the absence of one.
    pub const ACCOUNTS: [Role; 3] = [Role::Member, Role::Secretariat, Role::Admin];

    /// The snake_case name used in the database, the CLI and the API (`secretariat`).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Public => "public",
            Role::Member => "member",
            Role::Secretariat => "secretariat",
            Role::Admin => "admin",
        }
    }

    /// Whether an account may hold this role.
    pub fn is_account_role(self) -> bool {
        self != Role::Public
    }
}

impl Visibility {
    /// Who may see a document, from its masthead's `Distr.` line (DOMAIN.md §7.3):
    /// `General` is public; `Limited` marks drafts (the `/L.` documents) and `Restricted`
    /// restricted ones (A/HRC/WG.7/1/CRP.4), both for members and the secretariat only.
    /// pacta's reading: the UN publishes some `Limited` drafts once adopted texts exist;
    /// such a document is re-issued `General` and takes that distribution.
    pub fn of_distribution(distribution: Distribution) -> Visibility {
        match distribution {
            Distribution::General => Visibility::Public,
            Distribution::Limited | Distribution::Restricted => Visibility::Restricted,
        }
    }

    pub const ALL: [Visibility; 3] = [
        Visibility::Public,
        Visibility::Restricted,
        Visibility::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Restricted => "restricted",
            Visibility::Internal => "internal",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Visibility {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The input named no role or visibility.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} \"{input}\" (expected one of {expected})")]
pub struct UnknownName {
    pub what: &'static str,
    pub input: String,
    pub expected: &'static str,
}

impl FromStr for Role {
    type Err = UnknownName;

    /// Accepts the snake_case name in any case.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let lower = input.trim().to_ascii_lowercase();
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == lower)
            .ok_or_else(|| UnknownName {
                what: "role",
                input: input.to_string(),
                expected: "public, member, secretariat, admin",
            })
    }
}

impl FromStr for Visibility {
    type Err = UnknownName;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let lower = input.trim().to_ascii_lowercase();
        Visibility::ALL
            .into_iter()
            .find(|visibility| visibility.as_str() == lower)
            .ok_or_else(|| UnknownName {
                what: "visibility",
                input: input.to_string(),
                expected: "public, restricted, internal",
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(role: Role, visibility: Visibility, expected: bool) {
        assert_eq!(
            may_view(role, visibility),
            expected,
            "may_view({role}, {visibility})"
        );
    }

    #[test]
    fn the_matrix_lets_each_role_see_exactly_its_visibilities() {
        use Role::*;
        use Visibility::{Internal, Restricted};
        // Distr.: General documents and the ledger are public; communications are examined
        // in closed meetings (CMW art. 77(6), CAT art. 22(6), CED art. 31(5), ICCPR-OP1
        // art. 5(3)), so Restricted is for members and the secretariat; Internal for the
        // secretariat (and admins) only.
        let matrix = [
            (Public, Visibility::Public, true),
            (Public, Restricted, false),
            (Public, Internal, false),
            (Member, Visibility::Public, true),
            (Member, Restricted, true),
            (Member, Internal, false),
            (Secretariat, Visibility::Public, true),
            (Secretariat, Restricted, true),
            (Secretariat, Internal, true),
            (Admin, Visibility::Public, true),
            (Admin, Restricted, true),
            (Admin, Internal, true),
        ];
        assert_eq!(matrix.len(), Role::ALL.len() * Visibility::ALL.len());
        for (role, visibility, expected) in matrix {
            check(role, visibility, expected);
        }
    }

    #[test]
    fn a_higher_role_sees_everything_a_lower_role_sees() {
        for lower in Role::ALL {
            for higher in Role::ALL.into_iter().filter(|r| *r >= lower) {
                for visibility in Visibility::ALL {
                    assert!(
                        !may_view(lower, visibility) || may_view(higher, visibility),
                        "{lower} sees {visibility} but {higher} does not"
                    );
                }
            }
        }
    }

    #[test]
    fn documents_are_public_only_when_issued_for_general_distribution() {
        // DOMAIN.md §7.3: `Distr.: General`; `Distr.: Limited` (drafts, CRC/SP/1995/L.1/Rev.1);
        // `Distr.: Restricted` (A/HRC/WG.7/1/CRP.4).
        let cases = [
            (Distribution::General, Visibility::Public),
            (Distribution::Limited, Visibility::Restricted),
            (Distribution::Restricted, Visibility::Restricted),
        ];
        for (distribution, expected) in cases {
            assert_eq!(Visibility::of_distribution(distribution), expected);
            assert_eq!(
                may_view(Role::Public, Visibility::of_distribution(distribution)),
                distribution == Distribution::General
            );
        }
    }

    #[test]
    fn names_round_trip_and_unknown_names_are_refused() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
            assert_eq!(role.as_str().to_uppercase().parse::<Role>(), Ok(role));
            assert_eq!(
                serde_json::to_value(role).unwrap(),
                serde_json::json!(role.as_str())
            );
        }
        for visibility in Visibility::ALL {
            assert_eq!(visibility.as_str().parse::<Visibility>(), Ok(visibility));
        }
        let error = "secretary".parse::<Role>().unwrap_err();
        assert_eq!(
            error.to_string(),
            "unknown role \"secretary\" (expected one of public, member, secretariat, admin)"
        );
        assert!(!Role::Public.is_account_role());
        assert!(Role::ACCOUNTS.iter().all(|r| r.is_account_role()));
    }
}
