//! Members of the treaty bodies: who sits on a committee, for which term, in which
//! office, and what follows from the treaties' term rules (four-year terms ending on
//! 31 December, two-year terms of office, the solemn declaration at the first session).
//!
//! A [`Roster`] is built once from checked inputs and answers "who was a member on this
//! date". It holds what sources say and marks what is derived ([`Basis`]); it never fills
//! a seat the data does not name. It knows nothing of files (`pacta-data` parses them),
//! of elections (see [`crate::election`]) or of rapporteurs ([`crate::rapporteur`]).

use std::fmt;

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

use crate::Committee;
use crate::participant::ParticipantCode;
use crate::session::Session;
use crate::text::fold;

/// Where a fact comes from: printed in a source, derived by a stated rule, or unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "basis", content = "how", rename_all = "snake_case")]
pub enum Basis {
    Stated,
    /// Derived; the string says from what (the rule and its article).
    Derived(String),
}

impl Basis {
    pub fn is_derived(&self) -> bool {
        matches!(self, Basis::Derived(_))
    }
}

/// A person who sits, or sat, on a committee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    /// The name as the most recent source writes it.
    pub name: String,
    /// Other spellings met in the sources (`Abdelhamid El Jamri` / `el Jamri`).
    pub other_spellings: Vec<String>,
    pub nationality: Option<ParticipantCode>,
    /// How the nationality is known; `None` when it is not.
    pub nationality_basis: Option<Basis>,
    /// Working languages, where a source or a roster gives them (the bundled data does not).
    pub languages: Vec<String>,
}

/// How a member came to hold a term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TermOrigin {
    /// Elected at a meeting of States parties (CMW art. 72(4)).
    Elected {
        meeting: Option<u32>,
        on: Option<Date>,
        votes: Option<u32>,
        /// The ballot round, where the source says (CMW 4th meeting: "second ballot").
        round: Option<u32>,
    },
    /// Named by a source as a sitting member whose term continues; the election itself is
    /// not in the data.
    Continuing { listed_on: Option<Date> },
    /// Appointed to a casual vacancy by the nominating State, subject to the Committee's
    /// approval (CMW art. 72(6)).
    Appointed {
        /// Index into [`Roster::members`] of the member replaced.
        replacing: usize,
        approved_on: Option<Date>,
    },
}

impl TermOrigin {
    /// How the term began, in words, with the article where one applies ("elected at
    /// meeting 11 of States parties, 34 votes", "appointed to the vacancy of … (art.
    /// 72(6))"). `roster` names the member replaced.
    pub fn describe(&self, roster: &Roster) -> String {
        match self {
            TermOrigin::Elected {
                meeting,
                votes,
                round,
                ..
            } => {
                let mut text = match meeting {
                    Some(n) => format!("elected at meeting {n} of States parties"),
                    None => "elected".to_string(),
                };
                if let Some(votes) = votes {
                    text.push_str(&format!(", {votes} votes"));
                }
                if let Some(round) = round {
                    text.push_str(&format!(", round {round}"));
                }
                text
            }
            TermOrigin::Continuing { .. } => "listed as a continuing member".to_string(),
            TermOrigin::Appointed { replacing, .. } => format!(
                "appointed to the vacancy of {} (art. 72(6))",
                roster.members()[*replacing].name
            ),
        }
    }
}

/// One term of one member on one committee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Term {
    /// Index into [`Roster::members`].
    pub member: usize,
    pub committee: Committee,
    pub start: Date,
    pub start_basis: Basis,
    /// The day the term expires (CMW: 31 December).
    pub end: Date,
    pub end_basis: Basis,
    /// Set when the member left before the end (a casual vacancy): the last day served.
    pub vacated: Option<Vacated>,
    pub origin: TermOrigin,
    /// The State that nominated the member, and how that is known.
    pub nominated_by: Option<(ParticipantCode, Basis)>,
    pub source: String,
}

/// The early end of a term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Vacated {
    /// The last day the member is counted as sitting.
    pub last_day: Date,
    pub basis: Basis,
}

impl Term {
    /// The last day the member actually sits under this term.
    pub fn last_day(&self) -> Date {
        self.vacated.as_ref().map_or(self.end, |v| v.last_day)
    }

    pub fn covers(&self, on: Date) -> bool {
        self.start <= on && on <= self.last_day()
    }
}

/// The offices a committee elects from among its members (CMW art. 75(2): "its officers";
/// rule 15(1) of CMW/C/2 names them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Office {
    Chair,
    ViceChair,
    Rapporteur,
}

impl Office {
    /// Accepts `Chair`, `Vice-Chair`, `Rapporteur` (and `Chairperson`, `Vice-Chairperson`).
    pub fn parse(input: &str) -> Option<Self> {
        match input.trim().to_ascii_lowercase().as_str() {
            "chair" | "chairperson" => Some(Office::Chair),
            "vice-chair" | "vice-chairperson" | "vice chair" => Some(Office::ViceChair),
            "rapporteur" => Some(Office::Rapporteur),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Office::Chair => "Chair",
            Office::ViceChair => "Vice-Chair",
            Office::Rapporteur => "Rapporteur",
        }
    }
}

impl fmt::Display for Office {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The term of office of a committee's officers: two years (CMW art. 75(2); rule 15(1)
/// of CMW/C/2, rule 14(1) in the 2018 numbering — CMW/C/38/1, CMW/C/28/1).
pub const OFFICER_TERM_YEARS: i16 = 2;

/// An office held, as a source reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfficeHolding {
    pub committee: Committee,
    pub office: Office,
    /// The holder as the source prints the name (often the family name only).
    pub holder: String,
    /// The member in the roster, where the name identifies one.
    pub member: Option<usize>,
    /// What the source says: elected on this date, or in office at this session.
    pub elected_on: Option<Date>,
    pub session: Option<u32>,
    pub elected: bool,
    pub source: String,
}

impl OfficeHolding {
    /// When the two-year term of office ends if it ran its course (art. 75(2)); derived.
    pub fn expected_until(&self) -> Option<Date> {
        if !self.elected {
            return None;
        }
        let elected_on = self.elected_on?;
        elected_on
            .checked_add(i64::from(OFFICER_TERM_YEARS).years())
            .ok()
            .and_then(|d| d.yesterday().ok())
    }
}

/// The term that follows an election held on `election_day`: it starts on 1 January of
/// the next year and ends on 31 December of its last year.
///
/// Regular elections are held in the year the outgoing terms end, "to replace those whose
/// four-year terms will expire on 31 December" (UN press releases HR/5079, HR/5140); the
/// CMW's terms expire on 31 December (CMW annual report, annex II; DOMAIN.md §2) and last
/// four years (CMW art. 72(5)(a)). CMW 11th meeting, 27 June 2023 → 2024-01-01..2027-12-31
/// (DOMAIN.md §10.4 #63; Can Ünver's 2024–2027 term).
pub fn term_after_election(election_day: Date, term_years: u8) -> (Date, Date) {
    let start = Date::new(election_day.year() + 1, 1, 1)
        .expect("an election is held well inside jiff's range");
    let end = Date::new(start.year() + i16::from(term_years) - 1, 12, 31)
        .expect("a term ends well inside jiff's range");
    (start, end)
}

/// The start of a term that ends on `end` (a 31 December) and lasted `term_years`.
pub fn term_start_from_end(end: Date, term_years: u8) -> Date {
    Date::new(end.year() - i16::from(term_years) + 1, 1, 1)
        .expect("a term starts well inside jiff's range")
}

/// The session at which a member whose term starts on `term_start` makes the solemn
/// declaration: the first session of the committee that opens on or after that day
/// (rule 11 of CMW/C/2; CMW/C/38/1: members elected on 27 June 2023 declare at the 38th
/// session, June 2024 — DOMAIN.md §10.4 #63).
///
/// `None` unless the data shows it is the first: the session before it must be in
/// `sessions` and open before the term starts (session lists are partial, and a gap would
/// otherwise name a later session).
pub fn solemn_declaration_session(term_start: Date, sessions: &[Session]) -> Option<&Session> {
    let first = sessions
        .iter()
        .filter(|s| s.start.is_some_and(|start| start >= term_start))
        .min_by_key(|s| s.start)?;
    let previous_known = first.number == 1
        || sessions.iter().any(|s| {
            s.committee == first.committee
                && s.number + 1 == first.number
                && s.start.is_some_and(|start| start < term_start)
        });
    previous_known.then_some(first)
}

/// The roster could not be built: the inputs contradict each other.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RosterError {
    #[error("term {index} names member {member}, but there are only {members} members")]
    UnknownMember {
        index: usize,
        member: usize,
        members: usize,
    },
    #[error("{name}: term {start}..{end} ends before it starts")]
    EndsBeforeStart {
        name: String,
        start: Date,
        end: Date,
    },
    #[error("{name}: terms {first} and {second} on {committee} overlap")]
    Overlap {
        name: String,
        committee: Committee,
        first: String,
        second: String,
    },
}

/// The members, their terms and the offices reported, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Roster {
    members: Vec<Member>,
    terms: Vec<Term>,
    offices: Vec<OfficeHolding>,
}

/// One member sitting on a date, with the term that seats them.
#[derive(Debug, Clone, Copy)]
pub struct Seat<'a> {
    pub member: &'a Member,
    pub member_index: usize,
    pub term: &'a Term,
}

impl Roster {
    /// Check that every term names a member, ends after it starts, and that no member
    /// holds two overlapping terms on the same committee.
    pub fn new(
        members: Vec<Member>,
        mut terms: Vec<Term>,
        offices: Vec<OfficeHolding>,
    ) -> Result<Self, RosterError> {
        for (index, term) in terms.iter().enumerate() {
            if term.member >= members.len() {
                return Err(RosterError::UnknownMember {
                    index,
                    member: term.member,
                    members: members.len(),
                });
            }
            if term.end < term.start || term.last_day() < term.start {
                return Err(RosterError::EndsBeforeStart {
                    name: members[term.member].name.clone(),
                    start: term.start,
                    end: term.end,
                });
            }
        }
        terms.sort_by_key(|t| (t.committee, t.member, t.start));
        for pair in terms.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            if a.committee == b.committee && a.member == b.member && b.start <= a.last_day() {
                return Err(RosterError::Overlap {
                    name: members[a.member].name.clone(),
                    committee: a.committee,
                    first: format!("{}..{}", a.start, a.end),
                    second: format!("{}..{}", b.start, b.end),
                });
            }
        }
        Ok(Roster {
            members,
            terms,
            offices,
        })
    }

    pub fn members(&self) -> &[Member] {
        &self.members
    }

    /// All terms, by committee, member and start.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    pub fn offices(&self) -> &[OfficeHolding] {
        &self.offices
    }

    /// The members sitting on `committee` on `on`, by name.
    pub fn seated_on(&self, committee: Committee, on: Date) -> Vec<Seat<'_>> {
        let mut seats: Vec<Seat> = self
            .terms
            .iter()
            .filter(|t| t.committee == committee && t.covers(on))
            .map(|term| Seat {
                member: &self.members[term.member],
                member_index: term.member,
                term,
            })
            .collect();
        seats.sort_by(|a, b| a.member.name.cmp(&b.member.name));
        seats
    }

    /// Terms of `committee` that end on `end` (the seats an election replaces).
    pub fn terms_ending(&self, committee: Committee, end: Date) -> Vec<Seat<'_>> {
        self.terms
            .iter()
            .filter(|t| t.committee == committee && t.end == end)
            .map(|term| Seat {
                member: &self.members[term.member],
                member_index: term.member,
                term,
            })
            .collect()
    }

    /// The offices reported for `committee`, newest first (by session, then by date).
    pub fn offices_known(&self, committee: Committee) -> Vec<&OfficeHolding> {
        let mut offices: Vec<&OfficeHolding> = self
            .offices
            .iter()
            .filter(|o| o.committee == committee)
            .collect();
        offices.sort_by_key(|o| {
            (
                std::cmp::Reverse(o.session),
                std::cmp::Reverse(o.elected_on),
            )
        });
        offices
    }

    /// Find members by a name as a source prints it: the full name, or the family name
    /// alone (`Corzo Sosa`), compared without case or accents.
    pub fn find_by_name(&self, name: &str) -> Vec<usize> {
        let wanted = fold(name);
        self.members
            .iter()
            .enumerate()
            .filter(|(_, m)| {
                std::iter::once(&m.name)
                    .chain(&m.other_spellings)
                    .any(|n| fold(n) == wanted || fold(n).ends_with(&format!(" {wanted}")))
            })
            .map(|(i, _)| i)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    #[test]
    fn a_term_elected_in_june_2023_runs_from_1_january_2024_to_31_december_2027() {
        // CMW art. 72(5)(a) (four years); terms end 31 December (CMW annual report,
        // annex II); DOMAIN.md §10.4 #63: 11th meeting of States parties, 27 June 2023.
        let check = |election: Date, years: u8, expected: (Date, Date)| {
            assert_eq!(term_after_election(election, years), expected, "{election}");
        };
        check(date(2023, 6, 27), 4, (date(2024, 1, 1), date(2027, 12, 31)));
        // HR/5008: the 4th meeting, 3 December 2009, replaced terms ending 31 Dec 2009.
        check(date(2009, 12, 3), 4, (date(2010, 1, 1), date(2013, 12, 31)));
        check(date(2013, 5, 30), 4, (date(2014, 1, 1), date(2017, 12, 31)));
        assert_eq!(term_start_from_end(date(2011, 12, 31), 4), date(2008, 1, 1));
    }

    #[test]
    fn the_solemn_declaration_is_made_at_the_first_session_opening_after_the_term_starts() {
        // Rule 11 of CMW/C/2; CMW/C/38/1 (DOMAIN.md §10.4 #63).
        let session = |number, start: Option<Date>| Session {
            committee: Committee::Cmw,
            number,
            start,
            end: None,
            date_basis: String::new(),
            source: String::new(),
        };
        let sessions = [
            session(37, Some(date(2023, 11, 27))),
            session(38, Some(date(2024, 6, 3))),
            session(39, Some(date(2024, 12, 2))),
            session(40, None),
        ];
        let found = solemn_declaration_session(date(2024, 1, 1), &sessions);
        assert_eq!(found.map(|s| s.number), Some(38));
        assert_eq!(
            solemn_declaration_session(date(2025, 1, 1), &sessions),
            None
        );
    }

    #[test]
    fn officers_serve_two_years_from_their_election() {
        // CMW art. 75(2); bureau elected at the 34th session, 8 April 2022.
        let holding = OfficeHolding {
            committee: Committee::Cmw,
            office: Office::Chair,
            holder: "Corzo Sosa".into(),
            member: None,
            elected_on: Some(date(2022, 4, 8)),
            session: Some(34),
            elected: true,
            source: "CMW/C/SR.492".into(),
        };
        assert_eq!(holding.expected_until(), Some(date(2024, 4, 7)));
        let in_office = OfficeHolding {
            elected: false,
            ..holding
        };
        assert_eq!(in_office.expected_until(), None);
    }

    fn member(name: &str) -> Member {
        Member {
            name: name.into(),
            other_spellings: Vec::new(),
            nationality: None,
            nationality_basis: None,
            languages: Vec::new(),
        }
    }

    fn term(member: usize, start: Date, end: Date) -> Term {
        Term {
            member,
            committee: Committee::Cmw,
            start,
            start_basis: Basis::Stated,
            end,
            end_basis: Basis::Stated,
            vacated: None,
            origin: TermOrigin::Continuing { listed_on: None },
            nominated_by: None,
            source: "test".into(),
        }
    }

    #[test]
    fn rejects_overlapping_terms_of_one_member() {
        let members = vec![member("A")];
        let terms = vec![
            term(0, date(2008, 1, 1), date(2011, 12, 31)),
            term(0, date(2011, 1, 1), date(2014, 12, 31)),
        ];
        assert!(matches!(
            Roster::new(members, terms, Vec::new()),
            Err(RosterError::Overlap { .. })
        ));
    }

    #[test]
    fn a_vacated_term_stops_seating_the_member_after_the_last_day() {
        let mut vacated = term(0, date(2012, 1, 1), date(2015, 12, 31));
        vacated.vacated = Some(Vacated {
            last_day: date(2013, 9, 12),
            basis: Basis::Derived("test".into()),
        });
        let roster = Roster::new(vec![member("A")], vec![vacated], Vec::new()).unwrap();
        assert_eq!(roster.seated_on(Committee::Cmw, date(2013, 9, 12)).len(), 1);
        assert_eq!(roster.seated_on(Committee::Cmw, date(2013, 9, 13)).len(), 0);
    }

    #[test]
    fn names_are_found_by_family_name_without_case_or_accents() {
        let mut corzo = member("Edgar Corzo Sosa");
        corzo.other_spellings.push("Édgar Corzo Sosa".into());
        let roster = Roster::new(
            vec![member("José Serrano Brillantes"), corzo],
            Vec::new(),
            Vec::new(),
        )
        .unwrap();
        assert_eq!(roster.find_by_name("brillantes"), vec![0]);
        assert_eq!(roster.find_by_name("CORZO SOSA"), vec![1]);
        assert_eq!(roster.find_by_name("Sosa Corzo"), Vec::<usize>::new());
    }
}
