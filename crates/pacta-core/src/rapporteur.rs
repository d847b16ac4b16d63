//! Country rapporteurs: proposing which members lead each State review of a session.
//!
//! The one hard rule: a member never takes part in the review of the State of which he or
//! she is a national (rule 12(1) of CMW/C/2, applied in CMW/C/SR.593: Mr. Corzo Sosa
//! withdrew from the review of Mexico; DOMAIN.md §10.4 #62). Members who withdrew from a
//! review are excluded too, and so, by default, are members whose nationality is not
//! known, since the rule cannot be shown to allow them. Within that rule the proposal
//! balances the work: first within the session, then across sessions (earlier
//! assignments), with shared working languages as a preference.
//!
//! This module proposes; the Committee decides. It knows nothing of where members, reviews
//! or earlier assignments come from.

use serde::Serialize;

use crate::participant::ParticipantCode;

/// A member who could be a country rapporteur.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    pub name: String,
    pub nationality: Option<ParticipantCode>,
    /// The nominating State, if different from the nationality (it never is for the CMW:
    /// each State nominates one of its own nationals, art. 72(2)(a)).
    pub nominated_by: Option<ParticipantCode>,
    pub languages: Vec<String>,
    /// Reviews the member led or co-led in earlier sessions (balance across sessions).
    pub earlier_reviews: u32,
}

/// A State review that needs rapporteurs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Review {
    pub state: ParticipantCode,
    /// The languages the review works in (the State's report, the delegation); preferred.
    pub languages: Vec<String>,
    /// Members (indices into the candidates) who withdrew from this review.
    pub withdrawn: Vec<usize>,
}

/// How many rapporteurs each review gets, and what to do when a nationality is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Settings {
    /// One country rapporteur, and co-rapporteurs beyond the first (CMW/C/SR.593: Mexico
    /// had three).
    pub per_review: usize,
    /// Propose members whose nationality is not known (off by default: the rule of
    /// rule 12(1) cannot be checked for them).
    pub allow_unknown_nationality: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            per_review: 1,
            allow_unknown_nationality: false,
        }
    }
}

/// Why a member may not serve on a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Exclusion {
    /// A national of the State under review (rule 12(1) of CMW/C/2; CMW/C/SR.593).
    National,
    /// Nominated by the State under review.
    NominatedBy,
    /// Withdrew from this review.
    Withdrew,
    /// The nationality is not known, so rule 12(1) cannot be checked.
    NationalityUnknown,
}

impl Exclusion {
    pub fn describe(self) -> &'static str {
        match self {
            Exclusion::National => {
                "a national of the State under review (rule 12(1) of CMW/C/2; CMW/C/SR.593)"
            }
            Exclusion::NominatedBy => "nominated by the State under review",
            Exclusion::Withdrew => "withdrew from this review (rule 12(1) of CMW/C/2)",
            Exclusion::NationalityUnknown => {
                "nationality not in the data: rule 12(1) cannot be checked"
            }
        }
    }
}

/// Whether `candidate` (index `index`) may serve on `review`.
pub fn exclusion(
    candidate: &Candidate,
    index: usize,
    review: &Review,
    settings: &Settings,
) -> Option<Exclusion> {
    if candidate.nationality.as_ref() == Some(&review.state) {
        return Some(Exclusion::National);
    }
    if candidate.nominated_by.as_ref() == Some(&review.state) {
        return Some(Exclusion::NominatedBy);
    }
    if review.withdrawn.contains(&index) {
        return Some(Exclusion::Withdrew);
    }
    if candidate.nationality.is_none() && !settings.allow_unknown_nationality {
        return Some(Exclusion::NationalityUnknown);
    }
    None
}

/// The part a member takes in a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    CountryRapporteur,
    CoRapporteur,
}

/// One proposed rapporteur and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assignment {
    pub member: usize,
    pub role: Role,
    /// A language the member shares with the review, if any.
    pub shared_language: Option<String>,
    pub reason: String,
}

/// The proposal for one review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewProposal {
    pub state: ParticipantCode,
    pub rapporteurs: Vec<Assignment>,
    /// Members who may not serve, and why.
    pub excluded: Vec<(usize, Exclusion)>,
    /// Rapporteurs missing because too few members may serve.
    pub short_by: usize,
}

/// How evenly the work is spread.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Spread {
    /// Reviews this session, over the members who may serve on at least one review.
    pub session_min: u32,
    pub session_max: u32,
    /// Earlier plus this session's reviews, over the same members.
    pub total_min: u32,
    pub total_max: u32,
}

impl Spread {
    pub fn session(&self) -> u32 {
        self.session_max - self.session_min
    }

    pub fn total(&self) -> u32 {
        self.total_max - self.total_min
    }
}

/// A proposal for a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proposal {
    pub reviews: Vec<ReviewProposal>,
    /// Reviews proposed for each candidate this session.
    pub session_load: Vec<u32>,
    pub spread: Option<Spread>,
}

/// Propose rapporteurs for `reviews` from `candidates`.
///
/// Reviews with the fewest eligible members are staffed first; each seat goes to the
/// eligible member with the fewest reviews this session, then one sharing a language, then
/// the fewest reviews overall, then the first listed. A last pass moves any assignment
/// from a member to an eligible member with at least two fewer reviews this session, so
/// that in the result no single reassignment narrows the spread: for every assignment of
/// member `m` to review `r`, every other member eligible for `r` has at least
/// `load(m) - 1` reviews (tested on random memberships).
pub fn suggest(candidates: &[Candidate], reviews: &[Review], settings: &Settings) -> Proposal {
    let eligible: Vec<Vec<usize>> = reviews
        .iter()
        .map(|review| {
            (0..candidates.len())
                .filter(|&i| exclusion(&candidates[i], i, review, settings).is_none())
                .collect()
        })
        .collect();
    let mut order: Vec<usize> = (0..reviews.len()).collect();
    order.sort_by_key(|&r| eligible[r].len());
    let mut load = vec![0u32; candidates.len()];
    let mut assigned: Vec<Vec<usize>> = vec![Vec::new(); reviews.len()];
    for _ in 0..settings.per_review {
        for &r in &order {
            let choice = eligible[r]
                .iter()
                .copied()
                .filter(|m| !assigned[r].contains(m))
                .min_by_key(|&m| {
                    (
                        load[m],
                        shared_language(&candidates[m], &reviews[r]).is_none(),
                        candidates[m].earlier_reviews + load[m],
                        m,
                    )
                });
            if let Some(m) = choice {
                assigned[r].push(m);
                load[m] += 1;
            }
        }
    }
    // Even out: each move lowers the sum of squared loads, so the loop ends.
    loop {
        let mut moved = false;
        'search: for r in 0..reviews.len() {
            for slot in 0..assigned[r].len() {
                let m = assigned[r][slot];
                let better = eligible[r]
                    .iter()
                    .copied()
                    .filter(|o| !assigned[r].contains(o) && load[*o] + 2 <= load[m])
                    .min_by_key(|&o| (load[o], o));
                if let Some(o) = better {
                    assigned[r][slot] = o;
                    load[m] -= 1;
                    load[o] += 1;
                    moved = true;
                    break 'search;
                }
            }
        }
        if !moved {
            break;
        }
    }
    let proposals = reviews
        .iter()
        .enumerate()
        .map(|(r, review)| {
            let min_eligible = eligible[r].iter().map(|&m| load[m]).min().unwrap_or(0);
            let rapporteurs = assigned[r]
                .iter()
                .enumerate()
                .map(|(slot, &m)| {
                    let shared = shared_language(&candidates[m], review);
                    let mut reason = format!(
                        "not a national of {}; {} review(s) this session (fewest among the {} eligible: {}); {} earlier",
                        review.state,
                        load[m],
                        eligible[r].len(),
                        min_eligible,
                        candidates[m].earlier_reviews
                    );
                    if let Some(language) = &shared {
                        reason.push_str(&format!("; works in {language}"));
                    }
                    Assignment {
                        member: m,
                        role: if slot == 0 {
                            Role::CountryRapporteur
                        } else {
                            Role::CoRapporteur
                        },
                        shared_language: shared,
                        reason,
                    }
                })
                .collect::<Vec<_>>();
            let excluded = (0..candidates.len())
                .filter_map(|i| exclusion(&candidates[i], i, review, settings).map(|e| (i, e)))
                .collect();
            ReviewProposal {
                state: review.state.clone(),
                short_by: settings.per_review.saturating_sub(rapporteurs.len()),
                rapporteurs,
                excluded,
            }
        })
        .collect();
    let serving: Vec<usize> = (0..candidates.len())
        .filter(|m| eligible.iter().any(|e| e.contains(m)))
        .collect();
    let spread = (!serving.is_empty()).then(|| {
        let session = serving.iter().map(|&m| load[m]);
        let total = serving
            .iter()
            .map(|&m| load[m] + candidates[m].earlier_reviews);
        Spread {
            session_min: session.clone().min().unwrap_or(0),
            session_max: session.max().unwrap_or(0),
            total_min: total.clone().min().unwrap_or(0),
            total_max: total.max().unwrap_or(0),
        }
    });
    Proposal {
        reviews: proposals,
        session_load: load,
        spread,
    }
}

fn shared_language(candidate: &Candidate, review: &Review) -> Option<String> {
    review
        .languages
        .iter()
        .find(|l| {
            candidate
                .languages
                .iter()
                .any(|c| c.eq_ignore_ascii_case(l))
        })
        .cloned()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn code(s: &str) -> ParticipantCode {
        ParticipantCode::parse(s).unwrap()
    }

    fn candidate(name: &str, nationality: Option<&str>, languages: &[&str]) -> Candidate {
        Candidate {
            name: name.into(),
            nationality: nationality.map(code),
            nominated_by: nationality.map(code),
            languages: languages.iter().map(|l| l.to_string()).collect(),
            earlier_reviews: 0,
        }
    }

    fn review(state: &str, languages: &[&str]) -> Review {
        Review {
            state: code(state),
            languages: languages.iter().map(|l| l.to_string()).collect(),
            withdrawn: Vec::new(),
        }
    }

    #[test]
    fn never_proposes_a_national_of_the_state_under_review() {
        // Rule 12(1) of CMW/C/2; CMW/C/SR.593 (Mexico); DOMAIN.md §10.4 #62.
        let candidates = [
            candidate("Corzo Sosa", Some("MEX"), &["es"]),
            candidate("Ünver", Some("TUR"), &["en"]),
        ];
        let proposal = suggest(&candidates, &[review("MEX", &["es"])], &Settings::default());
        let mexico = &proposal.reviews[0];
        assert_eq!(mexico.rapporteurs.len(), 1);
        assert_eq!(mexico.rapporteurs[0].member, 1);
        assert_eq!(mexico.excluded, vec![(0, Exclusion::National)]);
    }

    #[test]
    fn members_who_withdrew_or_whose_nationality_is_unknown_are_not_proposed() {
        let candidates = [
            candidate("A", Some("ARG"), &[]),
            candidate("B", None, &[]),
            candidate("C", Some("SEN"), &[]),
        ];
        let mut mexico = review("MEX", &[]);
        mexico.withdrawn.push(0);
        let proposal = suggest(&candidates, &[mexico.clone()], &Settings::default());
        assert_eq!(proposal.reviews[0].rapporteurs[0].member, 2);
        let settings = Settings {
            per_review: 2,
            allow_unknown_nationality: true,
        };
        let proposal = suggest(&candidates, &[mexico], &settings);
        let members: Vec<usize> = proposal.reviews[0]
            .rapporteurs
            .iter()
            .map(|a| a.member)
            .collect();
        assert_eq!(members, vec![1, 2]);
    }

    #[test]
    fn prefers_a_shared_language_when_loads_are_equal() {
        let candidates = [
            candidate("A", Some("TUR"), &["en"]),
            candidate("B", Some("ARG"), &["es", "en"]),
        ];
        let proposal = suggest(&candidates, &[review("ECU", &["es"])], &Settings::default());
        let assignment = &proposal.reviews[0].rapporteurs[0];
        assert_eq!(assignment.member, 1);
        assert_eq!(assignment.shared_language.as_deref(), Some("es"));
        assert!(
            assignment.reason.contains("works in es"),
            "{}",
            assignment.reason
        );
    }

    #[test]
    fn earlier_sessions_break_ties_in_favour_of_the_less_loaded_member() {
        let mut busy = candidate("A", Some("TUR"), &[]);
        busy.earlier_reviews = 3;
        let idle = candidate("B", Some("ARG"), &[]);
        let proposal = suggest(&[busy, idle], &[review("ECU", &[])], &Settings::default());
        assert_eq!(proposal.reviews[0].rapporteurs[0].member, 1);
    }

    #[test]
    fn a_review_nobody_may_serve_on_is_reported_short() {
        let candidates = [candidate("A", Some("MEX"), &[])];
        let settings = Settings {
            per_review: 2,
            ..Settings::default()
        };
        let proposal = suggest(&candidates, &[review("MEX", &[])], &settings);
        assert_eq!(proposal.reviews[0].short_by, 2);
        assert_eq!(proposal.spread, None);
    }

    #[test]
    fn four_reviews_among_fourteen_members_leave_a_spread_of_at_most_one() {
        let states = [
            "ARG", "BFA", "EGY", "MAR", "SEN", "TUR", "MEX", "ECU", "PHL", "LKA", "DZA", "PER",
            "AZE", "BGD",
        ];
        let candidates: Vec<Candidate> =
            states.iter().map(|s| candidate(s, Some(s), &[])).collect();
        let reviews = [
            review("MEX", &[]),
            review("ECU", &[]),
            review("TJK", &[]),
            review("FJI", &[]),
        ];
        let settings = Settings {
            per_review: 3,
            ..Settings::default()
        };
        let proposal = suggest(&candidates, &reviews, &settings);
        let spread = proposal.spread.unwrap();
        assert_eq!((spread.session_min, spread.session_max), (0, 1));
        assert!(proposal.reviews.iter().all(|r| r.rapporteurs.len() == 3));
    }

    const POOL: [&str; 6] = ["ARG", "MEX", "SEN", "TUR", "PHL", "MAR"];

    fn memberships() -> impl Strategy<Value = (Vec<Candidate>, Vec<Review>, Settings)> {
        let candidate = (
            prop::option::weighted(0.9, 0..POOL.len()),
            0u32..6,
            prop::bool::ANY,
        )
            .prop_map(|(nationality, earlier, spanish)| Candidate {
                name: String::new(),
                nationality: nationality.map(|i| code(POOL[i])),
                nominated_by: nationality.map(|i| code(POOL[i])),
                languages: if spanish {
                    vec!["es".into()]
                } else {
                    vec!["en".into()]
                },
                earlier_reviews: earlier,
            });
        let candidates = prop::collection::vec(candidate, 1..15);
        let reviews = prop::collection::vec((0..POOL.len(), prop::bool::ANY), 1..7);
        (candidates, reviews, 1usize..4, prop::bool::ANY).prop_map(
            |(candidates, reviews, per_review, allow_unknown_nationality)| {
                let reviews = reviews
                    .into_iter()
                    .map(|(state, spanish)| Review {
                        state: code(POOL[state]),
                        languages: if spanish {
                            vec!["es".into()]
                        } else {
                            Vec::new()
                        },
                        withdrawn: Vec::new(),
                    })
                    .collect();
                let settings = Settings {
                    per_review,
                    allow_unknown_nationality,
                };
                (candidates, reviews, settings)
            },
        )
    }

    proptest! {
        #[test]
        fn on_random_memberships_no_national_is_proposed_and_no_move_narrows_the_spread(
            (candidates, reviews, settings) in memberships()
        ) {
            let proposal = suggest(&candidates, &reviews, &settings);
            for (review, plan) in reviews.iter().zip(&proposal.reviews) {
                let eligible: Vec<usize> = (0..candidates.len())
                    .filter(|&i| exclusion(&candidates[i], i, review, &settings).is_none())
                    .collect();
                let members: Vec<usize> = plan.rapporteurs.iter().map(|a| a.member).collect();
                // Rule 12(1) of CMW/C/2: never a national of the State under review.
                for &m in &members {
                    prop_assert_ne!(candidates[m].nationality.as_ref(), Some(&review.state));
                    prop_assert!(eligible.contains(&m));
                }
                // As many rapporteurs as asked, or every eligible member; no one twice.
                prop_assert_eq!(members.len(), settings.per_review.min(eligible.len()));
                let mut unique = members.clone();
                unique.sort_unstable();
                unique.dedup();
                prop_assert_eq!(unique.len(), members.len());
                // No improving move: nobody eligible and free has two fewer reviews.
                for &m in &members {
                    for &other in eligible.iter().filter(|o| !members.contains(o)) {
                        prop_assert!(
                            proposal.session_load[m] <= proposal.session_load[other] + 1,
                            "member {} has {} reviews, {} eligible for {} has {}",
                            m, proposal.session_load[m], other, review.state, proposal.session_load[other]
                        );
                    }
                }
            }
            let total: u32 = proposal.session_load.iter().sum();
            let assigned: usize = proposal.reviews.iter().map(|r| r.rapporteurs.len()).sum();
            prop_assert_eq!(total as usize, assigned);
        }
    }

    proptest! {
        #[test]
        fn when_each_member_is_barred_from_at_most_one_review_the_session_spread_is_at_most_one(
            nationalities in prop::collection::vec(0..POOL.len(), 2..15),
            reviewed in prop::sample::subsequence(POOL.to_vec(), 1..POOL.len()),
            per_review in 1usize..4,
        ) {
            // The CMW's case: one nationality per member, reviews of distinct States, so
            // rule 12(1) bars a member from one review at most.
            let candidates: Vec<Candidate> = nationalities
                .iter()
                .map(|&i| candidate(POOL[i], Some(POOL[i]), &[]))
                .collect();
            let reviews: Vec<Review> = reviewed.iter().map(|s| review(s, &[])).collect();
            let settings = Settings { per_review, allow_unknown_nationality: false };
            let proposal = suggest(&candidates, &reviews, &settings);
            // No spread when nobody may serve (every member a national of the one State).
            if let Some(spread) = proposal.spread {
                prop_assert!(spread.session() <= 1, "{:?}", spread);
            }
        }
    }
}
