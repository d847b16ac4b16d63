//! Elections of committee members at meetings of States parties: the rules each treaty
//! sets (quorum, majority, deadlines, casual vacancies), the count of secret-ballot
//! rounds, and the geographical distribution of the outcome.
//!
//! The rules are data (`data/elections.toml`, parsed by `pacta-data` into
//! [`ElectionRules`]); this module applies them. It counts the votes it is given and
//! never guesses a figure a source does not print (present-and-voting counts, candidates
//! who were not elected). It does no I/O and reads no clock.

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::catalogue::PartyCount;
use crate::member::{Term, term_after_election};
use crate::participant::{ParticipantCode, RegionalGroup};
use crate::{Committee, Registry};

/// Who elects the members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ElectingBody {
    /// A meeting of States parties convened by the Secretary-General (CMW art. 72(4)).
    MeetingOfStatesParties,
    /// The Conference of States Parties (CRPD art. 34(6)).
    ConferenceOfStatesParties,
    /// The Economic and Social Council, from States parties' nominations (CESCR: ECOSOC
    /// resolution 1985/17).
    EconomicAndSocialCouncil,
}

/// A fraction of the States parties (the quorum: two thirds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fraction {
    pub numerator: u32,
    pub denominator: u32,
}

/// How the votes elect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MajorityRule {
    /// "the largest number of votes and an absolute majority of the votes of the States
    /// Parties present and voting" (CMW art. 72(4); ICERD art. 8(4); ICCPR art. 30(4)).
    MostVotesAndAbsoluteMajority,
}

/// Whether a member may be elected again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReElection {
    /// "eligible for re-election if renominated" (CMW art. 72(5)(c)).
    IfRenominated,
    /// Re-eligible once (CRPD art. 34(7), CED art. 26(4), OPCAT art. 9).
    Once,
}

/// How a seat left before the end of its term is filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CasualVacancyRule {
    /// The State that nominated the member appoints another expert from among its own
    /// nationals for the remainder of the term, subject to the Committee's approval
    /// (CMW art. 72(6); ICERD art. 8(5)(b)).
    NominatingStateAppoints,
}

/// What a treaty says about electing its committee. Every rule carries its article;
/// a rule the sources read do not state is `None`, and answers say so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElectionRules {
    pub committee: Committee,
    pub elected_by: ElectingBody,
    pub elected_by_source: String,
    /// Where the meeting is held, and that place's time zone (a meeting is a civil date in
    /// its place's zone).
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub time_zone: Option<String>,
    /// Regular elections every so many years (CMW art. 72(3)(a): "every second year").
    #[serde(default)]
    pub every_years: Option<u8>,
    #[serde(default)]
    pub every_years_source: Option<String>,
    #[serde(default)]
    pub secret_ballot_source: Option<String>,
    #[serde(default)]
    pub quorum: Option<Fraction>,
    #[serde(default)]
    pub quorum_source: Option<String>,
    #[serde(default)]
    pub majority: Option<MajorityRule>,
    #[serde(default)]
    pub majority_source: Option<String>,
    /// The Secretary-General's invitation: at least this many months before the election.
    #[serde(default)]
    pub invitation_months_before: Option<u16>,
    /// Nominations: within this many months of the invitation.
    #[serde(default)]
    pub nominations_within_months: Option<u16>,
    /// The list of nominees: at least this many months before the election.
    #[serde(default)]
    pub list_months_before: Option<u16>,
    #[serde(default)]
    pub deadlines_source: Option<String>,
    #[serde(default)]
    pub re_election: Option<ReElection>,
    #[serde(default)]
    pub re_election_source: Option<String>,
    #[serde(default)]
    pub casual_vacancy: Option<CasualVacancyRule>,
    #[serde(default)]
    pub casual_vacancy_source: Option<String>,
    /// What the electors must consider (CMW art. 72(2)(a): equitable geographical
    /// distribution, States of origin and of employment, principal legal systems).
    #[serde(default)]
    pub distribution: Option<String>,
    #[serde(default)]
    pub distribution_source: Option<String>,
}

/// Readings the treaties leave open, as switches (`[interpretation]` of elections.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElectionInterpretation {
    /// Which States count as "States Parties" for the quorum: those that deposited
    /// (UNTC's count, used by the UN's own press releases) or those for which the treaty is
    /// in force (the Vienna Convention on the Law of Treaties, art. 2(1)(g)).
    pub quorum_counts: PartyCount,
}

impl Default for ElectionInterpretation {
    fn default() -> Self {
        ElectionInterpretation {
            quorum_counts: PartyCount::Deposited,
        }
    }
}

/// The number of States that makes a quorum: the fraction of `parties`, rounded up
/// (CMW art. 72(4): "two thirds of the States Parties shall constitute a quorum").
pub fn quorum(fraction: Fraction, parties: u32) -> u32 {
    (parties * fraction.numerator).div_ceil(fraction.denominator)
}

/// The smallest number of votes that is an absolute majority of those present and voting:
/// more than half (CMW art. 72(4)).
pub fn absolute_majority(present_and_voting: u32) -> u32 {
    present_and_voting / 2 + 1
}

/// One deadline before a meeting, with the words of the rule and its article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub date: Date,
    pub rule: String,
    pub source: String,
    /// The month had no such day and the date was moved to its last day.
    pub clamped: bool,
}

/// The deadlines before an election, computed from the meeting date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadlines {
    /// The latest day for the Secretary-General's letter inviting nominations.
    pub invitation_by: Option<Deadline>,
    /// The day nominations are due if the letter goes out on the latest day; a letter sent
    /// earlier brings it forward ([`nominations_due`]).
    pub nominations_by: Option<Deadline>,
    /// The latest day for the list of nominees (with their curricula vitae for the CMW).
    pub list_by: Option<Deadline>,
}

fn months_before(date: Date, months: u16) -> (Date, bool) {
    let moved = date
        .checked_sub(i64::from(months).months())
        .expect("meeting dates are far from the start of jiff's range");
    (moved, moved.day() != date.day())
}

fn months_after(date: Date, months: u16) -> (Date, bool) {
    let moved = date
        .checked_add(i64::from(months).months())
        .expect("meeting dates are far from the end of jiff's range");
    (moved, moved.day() != date.day())
}

/// When nominations are due for a letter sent on `letter`: "within two months" of it
/// (CMW art. 72(3)(b)).
pub fn nominations_due(rules: &ElectionRules, letter: Date) -> Option<Date> {
    Some(months_after(letter, rules.nominations_within_months?).0)
}

/// The deadlines of an election held on `meeting` (CMW art. 72(3)(b): letter at least four
/// months before, nominations within two months, list at least one month before).
pub fn deadlines(rules: &ElectionRules, meeting: Date) -> Deadlines {
    let source = rules.deadlines_source.clone().unwrap_or_default();
    let invitation_by = rules.invitation_months_before.map(|months| {
        let (date, clamped) = months_before(meeting, months);
        Deadline {
            date,
            rule: format!(
                "the invitation to nominate at least {months} month(s) before the election"
            ),
            source: source.clone(),
            clamped,
        }
    });
    let nominations_by = match (&invitation_by, rules.nominations_within_months) {
        (Some(invitation), Some(months)) => {
            let (date, clamped) = months_after(invitation.date, months);
            Some(Deadline {
                date,
                rule: format!(
                    "nominations within {months} month(s) of the invitation (if sent on the latest day)"
                ),
                source: source.clone(),
                clamped,
            })
        }
        _ => None,
    };
    let list_by = rules.list_months_before.map(|months| {
        let (date, clamped) = months_before(meeting, months);
        Deadline {
            date,
            rule: format!("the list of nominees at least {months} month(s) before the election"),
            source: source.clone(),
            clamped,
        }
    });
    Deadlines {
        invitation_by,
        nominations_by,
        list_by,
    }
}

/// How many seats a regular election fills, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Seats {
    /// Terms that end on 31 December of the election year: half of the membership at the
    /// previous regular election (four-year terms, elections every second year:
    /// CMW art. 72(3)(a), 72(5)(a)).
    pub expiring: u32,
    /// Seats added because the committee grew since then (CMW art. 72(1)(b), 72(5)(b)).
    pub added: u32,
    pub total: u32,
}

/// The seats of a regular election, from the committee's size now and at the previous
/// regular election. CMW 4th meeting, 3 December 2009: five terms expiring and four added
/// after the entry into force for the 41st State party on 1 July 2009 = nine (CMW/SP/8).
pub fn regular_seats(membership_now: u32, membership_before: u32) -> Seats {
    let expiring = membership_before / 2;
    let added = membership_now.saturating_sub(membership_before);
    Seats {
        expiring,
        added,
        total: expiring + added,
    }
}

/// Everything about an election that follows from the treaty and the date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ElectionPlan {
    pub committee: Committee,
    pub meeting: Date,
    /// States parties on the meeting date, counted as `counted` says.
    pub parties: u32,
    /// The other count, when it differs (deposited vs in force).
    pub parties_other_count: Option<(PartyCount, u32)>,
    pub counted: PartyCount,
    pub quorum: Option<u32>,
    pub membership: u32,
    pub membership_before: Option<u32>,
    pub seats: Option<Seats>,
    pub deadlines: Deadlines,
    /// The term of the members elected (the next 1 January to a 31 December).
    pub term: (Date, Date),
}

/// Plan an election of `rules.committee` held on `meeting`.
pub fn plan(
    registry: &Registry,
    rules: &ElectionRules,
    interpretation: &ElectionInterpretation,
    meeting: Date,
) -> ElectionPlan {
    let committee = rules.committee;
    let info = registry.catalogue().committee(committee);
    let (deposited, in_force) = match registry.catalogue().core_instrument(committee) {
        Some(instrument) => {
            let list = registry.parties_on(instrument, meeting);
            (list.count() as u32, list.in_force_count() as u32)
        }
        None => (0, 0),
    };
    let (parties, other) = match interpretation.quorum_counts {
        PartyCount::Deposited => (deposited, (PartyCount::InForce, in_force)),
        PartyCount::InForce => (in_force, (PartyCount::Deposited, deposited)),
    };
    let membership = registry.membership_on(committee, meeting);
    let membership_before = rules.every_years.and_then(|years| {
        let previous = meeting.checked_sub(i64::from(years).years()).ok()?;
        Some(registry.membership_on(committee, previous))
    });
    ElectionPlan {
        committee,
        meeting,
        parties,
        parties_other_count: (other.1 != parties).then_some(other),
        counted: interpretation.quorum_counts,
        quorum: rules.quorum.map(|fraction| quorum(fraction, parties)),
        membership,
        membership_before,
        seats: membership_before.map(|before| regular_seats(membership, before)),
        deadlines: deadlines(rules, meeting),
        term: term_after_election(meeting, info.term_years),
    }
}

/// A person nominated for election.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Nominee {
    pub name: String,
    pub nominated_by: Option<ParticipantCode>,
}

/// One secret-ballot round: who was present and voting, and each nominee's votes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Round {
    /// States present (voting or abstaining), where known; the quorum counts them.
    pub present: Option<u32>,
    pub present_and_voting: u32,
    /// `(index into the nominees, votes)`; nominees already elected must not appear.
    pub votes: Vec<(usize, u32)>,
}

/// Whether a round had its quorum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuorumMet {
    Yes,
    No,
    /// Only the States present and voting are known, and they are fewer than the quorum:
    /// abstaining States might have made it up.
    Unknown,
}

/// What a round decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoundResult {
    pub number: u32,
    pub seats_open: u32,
    pub majority: u32,
    pub quorum_met: QuorumMet,
    /// Elected in this round, by votes.
    pub elected: Vec<usize>,
    /// Nominees with a majority tied for the last seat(s): none of them is elected in this
    /// round, a further ballot decides (a choice: the treaty is silent, see DESIGN.md).
    pub tied: Vec<usize>,
}

/// The count of all rounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub rounds: Vec<RoundResult>,
    /// Everyone elected, in the order elected.
    pub elected: Vec<usize>,
    pub seats_left: u32,
}

/// Ballot figures that cannot be right.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BallotError {
    #[error("round {round}: nominee {nominee} is not on the list")]
    UnknownNominee { round: u32, nominee: usize },
    #[error("round {round}: {name} has {votes} votes but only {voting} States voted")]
    MoreVotesThanVoters {
        round: u32,
        name: String,
        votes: u32,
        voting: u32,
    },
    #[error("round {round}: {name} was already elected")]
    AlreadyElected { round: u32, name: String },
    #[error("round {round}: {name} appears twice")]
    Duplicate { round: u32, name: String },
    #[error("round {round}: {present} present but {voting} present and voting")]
    FewerPresentThanVoting {
        round: u32,
        present: u32,
        voting: u32,
    },
    #[error("round {round}: all {seats} seats were already filled")]
    NoSeatsLeft { round: u32, seats: u32 },
}

/// Count the rounds of an election for `seats` seats: in each round, the nominees with the
/// largest number of votes are elected, up to the seats still open, if they have an
/// absolute majority of the States present and voting (CMW art. 72(4)); a round without
/// quorum elects no one.
pub fn count_ballots(
    seats: u32,
    quorum_required: Option<u32>,
    nominees: &[Nominee],
    rounds: &[Round],
) -> Result<Outcome, BallotError> {
    let mut elected: Vec<usize> = Vec::new();
    let mut results = Vec::with_capacity(rounds.len());
    for (index, round) in rounds.iter().enumerate() {
        let number = index as u32 + 1;
        let seats_open = seats - elected.len() as u32;
        if seats_open == 0 {
            return Err(BallotError::NoSeatsLeft {
                round: number,
                seats,
            });
        }
        check_round(number, round, nominees, &elected)?;
        let quorum_met = match (quorum_required, round.present) {
            (None, _) => QuorumMet::Yes,
            (Some(q), Some(present)) if present >= q => QuorumMet::Yes,
            (Some(_), Some(_)) => QuorumMet::No,
            (Some(q), None) if round.present_and_voting >= q => QuorumMet::Yes,
            (Some(_), None) => QuorumMet::Unknown,
        };
        let majority = absolute_majority(round.present_and_voting);
        let mut result = RoundResult {
            number,
            seats_open,
            majority,
            quorum_met,
            elected: Vec::new(),
            tied: Vec::new(),
        };
        if quorum_met == QuorumMet::Yes {
            let mut standing = round.votes.clone();
            standing.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let mut open = seats_open as usize;
            let mut at = 0;
            while at < standing.len() && open > 0 {
                let votes = standing[at].1;
                if votes < majority {
                    break;
                }
                let group: Vec<usize> = standing[at..]
                    .iter()
                    .take_while(|(_, v)| *v == votes)
                    .map(|(n, _)| *n)
                    .collect();
                at += group.len();
                if group.len() <= open {
                    open -= group.len();
                    result.elected.extend(group);
                } else {
                    result.tied = group;
                    break;
                }
            }
        }
        elected.extend(&result.elected);
        results.push(result);
    }
    Ok(Outcome {
        rounds: results,
        seats_left: seats - elected.len() as u32,
        elected,
    })
}

fn check_round(
    number: u32,
    round: &Round,
    nominees: &[Nominee],
    elected: &[usize],
) -> Result<(), BallotError> {
    match round.present {
        Some(present) if present < round.present_and_voting => {
            return Err(BallotError::FewerPresentThanVoting {
                round: number,
                present,
                voting: round.present_and_voting,
            });
        }
        _ => {}
    }
    for (i, &(nominee, votes)) in round.votes.iter().enumerate() {
        let Some(person) = nominees.get(nominee) else {
            return Err(BallotError::UnknownNominee {
                round: number,
                nominee,
            });
        };
        let name = person.name.clone();
        if votes > round.present_and_voting {
            return Err(BallotError::MoreVotesThanVoters {
                round: number,
                name,
                votes,
                voting: round.present_and_voting,
            });
        }
        if elected.contains(&nominee) {
            return Err(BallotError::AlreadyElected {
                round: number,
                name,
            });
        }
        if round.votes[..i].iter().any(|(n, _)| *n == nominee) {
            return Err(BallotError::Duplicate {
                round: number,
                name,
            });
        }
    }
    Ok(())
}

/// Members by UN regional group, for the equitable geographical distribution the treaties
/// require (CMW art. 72(2)(a)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Distribution {
    pub by_group: Vec<(RegionalGroup, u32)>,
    /// Members whose nationality, or whose State's group, the data does not give.
    pub unknown: u32,
}

/// Count `nationalities` by the regional group the registry gives each State.
pub fn distribution<'a>(
    registry: &Registry,
    nationalities: impl IntoIterator<Item = Option<&'a ParticipantCode>>,
) -> Distribution {
    let mut counts = [0u32; 5];
    let mut unknown = 0;
    for code in nationalities {
        let group = code
            .and_then(|c| registry.participant(c))
            .and_then(|p| p.regional_group);
        match group {
            Some(group) => {
                let slot = RegionalGroup::ALL
                    .iter()
                    .position(|g| *g == group)
                    .expect("ALL lists every group");
                counts[slot] += 1;
            }
            None => unknown += 1,
        }
    }
    Distribution {
        by_group: RegionalGroup::ALL.into_iter().zip(counts).collect(),
        unknown,
    }
}

/// A casual vacancy that cannot be filled as proposed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VacancyError {
    #[error("{0}: the treaty's rule for casual vacancies is not in the data")]
    NoRule(Committee),
    #[error(
        "the appointee must be a national of {expected}, the nominating State (CMW art. 72(6)); got {got}"
    )]
    NotANational {
        expected: ParticipantCode,
        got: ParticipantCode,
    },
    #[error("the vacated term ended on {end}; nothing remains to fill on {on}")]
    AfterTermEnd { end: Date, on: Date },
    #[error("the nominating State of the vacated seat is not known")]
    NominatingStateUnknown,
}

/// The term of an expert appointed to a casual vacancy: from the Committee's approval to the
/// end of the vacated term, appointed by the nominating State from among its nationals
/// (CMW art. 72(6); CMW/C/SR.241: Mr. Zong-Naba Pimé replaces Ms. Poussi, approved
/// 13 September 2013).
pub fn casual_vacancy(
    rules: &ElectionRules,
    vacated: &Term,
    appointee_nationality: Option<&ParticipantCode>,
    approved_on: Date,
) -> Result<(Date, Date, ParticipantCode), VacancyError> {
    match rules.casual_vacancy {
        Some(CasualVacancyRule::NominatingStateAppoints) => {}
        None => return Err(VacancyError::NoRule(rules.committee)),
    }
    if approved_on > vacated.end {
        return Err(VacancyError::AfterTermEnd {
            end: vacated.end,
            on: approved_on,
        });
    }
    let (nominating, _) = vacated
        .nominated_by
        .clone()
        .ok_or(VacancyError::NominatingStateUnknown)?;
    match appointee_nationality {
        Some(got) if *got != nominating => {
            return Err(VacancyError::NotANational {
                expected: nominating,
                got: got.clone(),
            });
        }
        _ => {}
    }
    Ok((approved_on, vacated.end, nominating))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nominees(n: usize) -> Vec<Nominee> {
        (0..n)
            .map(|i| Nominee {
                name: format!("N{i}"),
                nominated_by: None,
            })
            .collect()
    }

    #[test]
    fn quorum_is_two_thirds_rounded_up_and_majority_more_than_half() {
        // CMW art. 72(4).
        let two_thirds = Fraction {
            numerator: 2,
            denominator: 3,
        };
        let check = |parties, expected| assert_eq!(quorum(two_thirds, parties), expected);
        check(46, 31);
        check(58, 39);
        check(60, 40);
        check(45, 30);
        assert_eq!(absolute_majority(45), 23);
        assert_eq!(absolute_majority(43), 22);
        assert_eq!(absolute_majority(44), 23);
    }

    #[test]
    fn a_tie_for_the_last_seat_elects_neither_nominee_in_that_round() {
        let nominees = nominees(3);
        let round = Round {
            present: None,
            present_and_voting: 40,
            votes: vec![(0, 30), (1, 25), (2, 25)],
        };
        let outcome = count_ballots(2, Some(30), &nominees, &[round]).unwrap();
        assert_eq!(outcome.elected, vec![0]);
        assert_eq!(outcome.rounds[0].tied, vec![1, 2]);
        assert_eq!(outcome.seats_left, 1);
    }

    #[test]
    fn a_nominee_without_an_absolute_majority_is_not_elected_even_with_the_most_votes() {
        let nominees = nominees(2);
        let first = Round {
            present: Some(44),
            present_and_voting: 44,
            votes: vec![(0, 22), (1, 20)],
        };
        let second = Round {
            present: Some(44),
            present_and_voting: 44,
            votes: vec![(0, 23), (1, 21)],
        };
        let outcome = count_ballots(1, Some(31), &nominees, &[first, second]).unwrap();
        assert!(outcome.rounds[0].elected.is_empty());
        assert_eq!(outcome.rounds[1].elected, vec![0]);
    }

    #[test]
    fn a_round_without_quorum_elects_no_one() {
        let nominees = nominees(1);
        let round = Round {
            present: Some(30),
            present_and_voting: 30,
            votes: vec![(0, 30)],
        };
        let outcome = count_ballots(1, Some(31), &nominees, std::slice::from_ref(&round)).unwrap();
        assert_eq!(outcome.rounds[0].quorum_met, QuorumMet::No);
        assert!(outcome.elected.is_empty());
        let unknown = Round {
            present: None,
            ..round
        };
        let outcome = count_ballots(1, Some(31), &nominees, &[unknown]).unwrap();
        assert_eq!(outcome.rounds[0].quorum_met, QuorumMet::Unknown);
    }

    #[test]
    fn rejects_more_votes_than_voters_and_votes_for_someone_elected() {
        let nominees = nominees(2);
        let bad = Round {
            present: None,
            present_and_voting: 10,
            votes: vec![(0, 11)],
        };
        assert!(matches!(
            count_ballots(1, None, &nominees, &[bad]),
            Err(BallotError::MoreVotesThanVoters { .. })
        ));
        let first = Round {
            present: None,
            present_and_voting: 10,
            votes: vec![(0, 9), (1, 2)],
        };
        let again = Round {
            present: None,
            present_and_voting: 10,
            votes: vec![(0, 9)],
        };
        assert!(matches!(
            count_ballots(2, None, &nominees, &[first, again]),
            Err(BallotError::AlreadyElected { .. })
        ));
    }

    #[test]
    fn seats_are_half_the_previous_membership_plus_any_added_seats() {
        // CMW art. 72(3)(a), 72(5)(a),(b); CMW/SP/8 (4th meeting: nine seats).
        let check = |now, before, expected: (u32, u32, u32)| {
            let seats = regular_seats(now, before);
            assert_eq!((seats.expiring, seats.added, seats.total), expected);
        };
        check(14, 10, (5, 4, 9));
        check(14, 14, (7, 0, 7));
        check(10, 10, (5, 0, 5));
    }
}
