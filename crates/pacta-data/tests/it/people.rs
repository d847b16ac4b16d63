//! The people and procedures data (data/cmw_*.csv, elections.toml, communications.toml,
//! general_comments.csv) against the facts its sources state, and the core rules run on
//! the real CMW figures. Communications are constructed cases, marked as such: no real
//! communication is in the data.

use jiff::civil::{Date, date};
use pacta_core::communication::{
    Communication, Event, GroundCode, Stage, Submission, TransitionError, UaEvent, UaStage,
    UrgentAction, failed_grounds, operability, statistics,
};
use pacta_core::election::{self, Nominee, Round, count_ballots, distribution};
use pacta_core::general_comment::{Status, SymbolBasis, search};
use pacta_core::member::{Basis, TermOrigin, solemn_declaration_session};
use pacta_core::participant::RegionalGroup;
use pacta_core::{Committee, ParticipantCode, Registry};
use pacta_data::people::{People, PeopleSources, ReviewPart, load_people, procedure_rules};
use pacta_data::{RecordSources, Source, Sources, load, load_records};

fn data() -> (Registry, People) {
    let dataset = load(&Sources::bundled()).unwrap();
    let people = load_people(&PeopleSources::bundled(), &dataset.registry).unwrap();
    (dataset.registry, people)
}

fn code(s: &str) -> ParticipantCode {
    ParticipantCode::parse(s).unwrap()
}

#[test]
fn can_unver_is_seated_for_2024_to_2027_and_declares_at_the_38th_session() {
    // Türkiye MFA release: re-elected at the 11th meeting, 27 June 2023, for 2024-2027;
    // rule 11 of CMW/C/2 and CMW/C/38/1 (DOMAIN.md §10.4 #63).
    let (_, people) = data();
    let roster = &people.roster;
    let unver = roster.find_by_name("Ünver");
    assert_eq!(unver.len(), 1);
    let term = roster
        .terms()
        .iter()
        .find(|t| t.member == unver[0])
        .unwrap();
    assert_eq!(
        (term.start, term.end),
        (date(2024, 1, 1), date(2027, 12, 31))
    );
    assert_eq!(term.end_basis, Basis::Stated);
    assert!(term.start_basis.is_derived());
    assert_eq!(roster.members()[unver[0]].nationality, Some(code("TUR")));
    let dataset = load(&Sources::bundled()).unwrap();
    let records = load_records(&RecordSources::bundled(), &dataset.registry).unwrap();
    let session = solemn_declaration_session(term.start, &records.sessions).unwrap();
    assert_eq!(session.number, 38);
    assert_eq!(session.start, Some(date(2024, 6, 3)));
}

#[test]
fn the_2014_committee_is_complete_in_the_data_with_fourteen_members() {
    // Elected at the 5th (2011) and 6th (2013) meetings (HR/5079, HR/5140), with
    // Ms. Poussi replaced by Mr. Zong-Naba Pimé (CMW/C/SR.241); CMW art. 72(1)(b): 14.
    let (registry, people) = data();
    let on = date(2014, 6, 1);
    let seated = people.roster.seated_on(Committee::Cmw, on);
    assert_eq!(seated.len(), 14);
    assert_eq!(registry.membership_on(Committee::Cmw, on), 14);
    let groups = distribution(
        &registry,
        seated.iter().map(|s| s.member.nationality.as_ref()),
    );
    let count = |group| {
        groups
            .by_group
            .iter()
            .find(|(g, _)| *g == group)
            .map(|(_, n)| *n)
            .unwrap()
    };
    assert_eq!(count(RegionalGroup::African), 6);
    assert_eq!(count(RegionalGroup::AsiaPacific), 3);
    assert_eq!(count(RegionalGroup::LatinAmericanAndCaribbean), 4);
    assert_eq!(count(RegionalGroup::EasternEuropean), 1);
    assert_eq!(count(RegionalGroup::WesternEuropeanAndOthers), 0);
    assert_eq!(groups.unknown, 0);
    // Today's committee is mostly unknown: the 2024-2027 list was not found.
    assert_eq!(
        people
            .roster
            .seated_on(Committee::Cmw, date(2026, 2, 3))
            .len(),
        1
    );
}

#[test]
fn members_met_under_two_spellings_are_one_member_with_two_terms() {
    // HR/5008 "Abdelhamid El Jamri"; HR/5079 "Abdelhamid el Jamri".
    let (_, people) = data();
    let found = people.roster.find_by_name("El Jamri");
    assert_eq!(found.len(), 1);
    let terms: Vec<_> = people
        .roster
        .terms()
        .iter()
        .filter(|t| t.member == found[0])
        .map(|t| (t.start, t.end))
        .collect();
    assert_eq!(
        terms,
        [
            (date(2008, 1, 1), date(2011, 12, 31)),
            (date(2012, 1, 1), date(2015, 12, 31))
        ]
    );
    // HR/5008: Mr. Sevim was elected in the second ballot.
    let sevim = people.roster.find_by_name("Sevim")[0];
    let term = people
        .roster
        .terms()
        .iter()
        .find(|t| t.member == sevim)
        .unwrap();
    assert!(matches!(
        term.origin,
        TermOrigin::Elected {
            meeting: Some(4),
            round: Some(2),
            ..
        }
    ));
    assert_eq!(
        people.roster.members()[sevim].nationality,
        Some(code("TUR"))
    );
}

#[test]
fn a_casual_vacancy_is_filled_for_the_rest_of_the_term_by_a_national_of_the_nominating_state() {
    // CMW art. 72(6); CMW/C/SR.241: Mr. Zong-Naba Pimé replaces Ms. Poussi, approved
    // 13 September 2013.
    let (_, people) = data();
    let roster = &people.roster;
    let pime = roster.find_by_name("Zong-Naba Pimé")[0];
    let term = roster.terms().iter().find(|t| t.member == pime).unwrap();
    assert_eq!(
        (term.start, term.end),
        (date(2013, 9, 13), date(2015, 12, 31))
    );
    assert_eq!(roster.members()[pime].nationality, Some(code("BFA")));
    assert!(
        roster.members()[pime]
            .nationality_basis
            .as_ref()
            .unwrap()
            .is_derived()
    );
    let poussi = roster.find_by_name("Poussi")[0];
    let vacated = roster
        .terms()
        .iter()
        .find(|t| t.member == poussi && t.end == date(2015, 12, 31))
        .unwrap();
    assert_eq!(vacated.last_day(), date(2013, 9, 12));
    // Another State's national may not be appointed.
    let rules = people.election_rules(Committee::Cmw).unwrap();
    let refused = election::casual_vacancy(rules, vacated, Some(&code("SEN")), date(2013, 9, 13));
    assert!(matches!(
        refused,
        Err(election::VacancyError::NotANational { .. })
    ));
    // A vacancy after the term's end leaves nothing to fill.
    let late = election::casual_vacancy(rules, vacated, None, date(2016, 1, 1));
    assert!(matches!(
        late,
        Err(election::VacancyError::AfterTermEnd { .. })
    ));
}

#[test]
fn the_11th_meeting_on_27_june_2023_has_quorum_39_seven_seats_and_deadlines_from_article_72() {
    // CMW art. 72(3)(b): letter at least four months before, nominations within two months,
    // list at least one month before; art. 72(4): quorum two thirds of 58 States parties;
    // terms 2024-01-01..2027-12-31 (art. 72(5)(a); DOMAIN.md §10.4 #63).
    let (registry, people) = data();
    let rules = people.election_rules(Committee::Cmw).unwrap();
    let meeting = people
        .meetings
        .iter()
        .find(|m| m.meeting == 11)
        .and_then(|m| m.date)
        .unwrap();
    assert_eq!(meeting, date(2023, 6, 27));
    let plan = election::plan(&registry, rules, &people.election_interpretation, meeting);
    assert_eq!(plan.parties, 58);
    assert_eq!(plan.parties_other_count, None);
    assert_eq!(plan.quorum, Some(39));
    assert_eq!(plan.membership, 14);
    let seats = plan.seats.unwrap();
    assert_eq!((seats.expiring, seats.added, seats.total), (7, 0, 7));
    let deadline = |d: Option<election::Deadline>| d.unwrap().date;
    assert_eq!(
        deadline(plan.deadlines.invitation_by.clone()),
        date(2023, 2, 27)
    );
    assert_eq!(
        deadline(plan.deadlines.nominations_by.clone()),
        date(2023, 4, 27)
    );
    assert_eq!(deadline(plan.deadlines.list_by.clone()), date(2023, 5, 27));
    assert_eq!(plan.term, (date(2024, 1, 1), date(2027, 12, 31)));
    assert_eq!(
        election::nominations_due(rules, date(2023, 1, 31)),
        Some(date(2023, 3, 31))
    );
}

#[test]
fn the_6th_meeting_elects_all_seven_in_one_ballot_with_45_present_and_voting() {
    // HR/5140, 30 May 2013: 46 States parties, 45 voting, 41 … 25 votes; CMW art. 72(4):
    // quorum 31 (two thirds of 46), absolute majority 23 of 45.
    let (registry, people) = data();
    let record = people.meetings.iter().find(|m| m.meeting == 6).unwrap();
    let rules = people.election_rules(Committee::Cmw).unwrap();
    let plan = election::plan(
        &registry,
        rules,
        &people.election_interpretation,
        record.date.unwrap(),
    );
    assert_eq!(Some(plan.parties), record.parties_stated);
    assert_eq!(plan.quorum, Some(31));
    assert_eq!(plan.seats.as_ref().map(|s| s.total), record.seats);
    let elected: Vec<_> = people
        .roster
        .terms()
        .iter()
        .filter_map(|t| match t.origin {
            TermOrigin::Elected {
                meeting: Some(6),
                votes: Some(votes),
                ..
            } => Some((people.roster.members()[t.member].name.clone(), votes)),
            _ => None,
        })
        .collect();
    assert_eq!(elected.len(), 7);
    let nominees: Vec<Nominee> = elected
        .iter()
        .map(|(name, _)| Nominee {
            name: name.clone(),
            nominated_by: None,
        })
        .collect();
    let round = Round {
        present: None,
        present_and_voting: record.present_and_voting.unwrap(),
        votes: elected
            .iter()
            .enumerate()
            .map(|(i, (_, v))| (i, *v))
            .collect(),
    };
    let outcome = count_ballots(7, plan.quorum, &nominees, &[round]).unwrap();
    assert_eq!(outcome.rounds[0].majority, 23);
    assert_eq!(outcome.elected.len(), 7);
    assert_eq!(outcome.seats_left, 0);
}

#[test]
fn the_4th_meeting_fills_nine_seats_after_the_convention_bound_its_41st_state() {
    // CMW art. 72(1)(b), 72(5)(b); CMW/SP/8: five expiring + four additional after the
    // entry into force for the 41st State party (Niger) on 1 July 2009.
    let (registry, people) = data();
    assert_eq!(
        registry.membership_on(Committee::Cmw, date(2009, 6, 30)),
        10
    );
    assert_eq!(registry.membership_on(Committee::Cmw, date(2009, 7, 1)), 14);
    let record = people.meetings.iter().find(|m| m.meeting == 4).unwrap();
    let rules = people.election_rules(Committee::Cmw).unwrap();
    let plan = election::plan(
        &registry,
        rules,
        &people.election_interpretation,
        record.date.unwrap(),
    );
    let seats = plan.seats.unwrap();
    assert_eq!((seats.expiring, seats.added), (5, 4));
    assert_eq!(Some(seats.total), record.seats);
    // HR/4937: 37 States parties at the 3rd meeting, 6 December 2007 — the ledger agrees.
    let third = people.meetings.iter().find(|m| m.meeting == 3).unwrap();
    let plan = election::plan(
        &registry,
        rules,
        &people.election_interpretation,
        third.date.unwrap(),
    );
    assert_eq!(Some(plan.parties), third.parties_stated);
    assert_eq!(plan.seats.map(|s| s.total), third.seats);
}

#[test]
fn article_77_is_not_operative_and_no_communication_against_mexico_can_be_registered() {
    // CMW art. 77(8): ten declarations; four made (Ecuador, El Salvador, Mexico, Uruguay).
    // DOMAIN.md §10.4 #57. Constructed case: not a real communication.
    let (registry, people) = data();
    let rules = procedure_rules(&people, Committee::Cmw, "77").unwrap();
    let on = date(2026, 2, 3);
    let open = operability(&registry, &rules.instrument, "77", &code("MEX"), on).unwrap();
    assert!(!open.operative);
    assert!(
        open.reason.contains("4 declaration(s) of the 10 required"),
        "{}",
        open.reason
    );
    let mut communication = Communication::receive(rules, code("MEX"), on).unwrap();
    let refused = communication.apply(
        rules,
        on,
        Event::Register {
            operability: Box::new(open),
        },
    );
    assert!(matches!(refused, Err(TransitionError::NotOperative(_))));
    assert_eq!(communication.stage, Stage::Received);
    assert!(communication.history.is_empty());
}

#[test]
fn a_constructed_op1_case_runs_to_views_with_the_six_month_reply_and_refuses_wrong_steps() {
    // Constructed case, not a real communication. OP1 art. 4(2): six months to reply.
    let (registry, people) = data();
    let rules = procedure_rules(&people, Committee::Ccpr, "1").unwrap();
    let state = code("URY");
    let open = |on| operability(&registry, &rules.instrument, "1", &state, on).unwrap();
    assert!(open(date(2026, 1, 5)).operative);
    let mut case = Communication::receive(rules, state.clone(), date(2026, 1, 5)).unwrap();
    // Views before registration and transmission are refused.
    let early = case.apply(
        rules,
        date(2026, 1, 6),
        Event::AdoptViews { violation: true },
    );
    assert!(matches!(early, Err(TransitionError::Invalid { .. })));
    case.apply(
        rules,
        date(2026, 1, 10),
        Event::Register {
            operability: Box::new(open(date(2026, 1, 10))),
        },
    )
    .unwrap();
    case.apply(rules, date(2026, 1, 15), Event::Transmit)
        .unwrap();
    assert_eq!(
        case.stage,
        Stage::Transmitted {
            reply_due: Some(date(2026, 7, 15))
        }
    );
    case.apply(rules, date(2026, 1, 16), Event::RequestInterimMeasures)
        .unwrap();
    let backwards = case.apply(rules, date(2026, 1, 12), Event::ReceiveObservations);
    assert!(matches!(
        backwards,
        Err(TransitionError::BeforeLastStep { .. })
    ));
    case.apply(rules, date(2026, 7, 1), Event::ReceiveObservations)
        .unwrap();
    case.apply(rules, date(2026, 10, 20), Event::DeclareAdmissible)
        .unwrap();
    assert!(case.public_record().is_none());
    case.apply(
        rules,
        date(2027, 3, 25),
        Event::AdoptViews { violation: false },
    )
    .unwrap();
    assert_eq!(case.interim_measures(), [date(2026, 1, 16)]);
    assert!(matches!(
        case.apply(rules, date(2027, 3, 26), Event::OpenFollowUp),
        Err(TransitionError::NoViolation)
    ));
    let public = case.public_record().unwrap();
    assert_eq!(
        (public.adopted_on, public.violation),
        (date(2027, 3, 25), false)
    );
}

#[test]
fn views_under_op_cedaw_open_a_six_month_follow_up() {
    // Constructed case. OP-CEDAW art. 7(4): the State answers within six months.
    let (registry, people) = data();
    let rules = procedure_rules(&people, Committee::Cedaw, "2").unwrap();
    let state = code("MEX");
    let on = date(2026, 2, 1);
    let open = operability(&registry, &rules.instrument, "2", &state, on).unwrap();
    assert!(open.operative, "{}", open.reason);
    let mut case = Communication::receive(rules, state, on).unwrap();
    case.apply(
        rules,
        on,
        Event::Register {
            operability: Box::new(open),
        },
    )
    .unwrap();
    case.apply(rules, date(2026, 2, 2), Event::Transmit)
        .unwrap();
    // OP-CEDAW's reply limit is not in DOMAIN.md, so no due date is invented.
    assert_eq!(case.stage, Stage::Transmitted { reply_due: None });
    case.apply(
        rules,
        date(2027, 2, 1),
        Event::AdoptViews { violation: true },
    )
    .unwrap();
    case.apply(rules, date(2027, 2, 1), Event::OpenFollowUp)
        .unwrap();
    assert_eq!(
        case.stage,
        Stage::FollowUp {
            reply_due: Some(date(2027, 8, 1))
        }
    );
}

#[test]
fn admissibility_grounds_follow_the_articles_of_each_treaty() {
    // DOMAIN.md §10.4 #66: OP-ICESCR art. 3(2)(a), one year after the final domestic
    // decision. Constructed facts.
    let (_, people) = data();
    let icescr = procedure_rules(&people, Committee::Cescr, "2").unwrap();
    let late = Submission {
        submitted: Some(date(2025, 2, 10)),
        final_domestic_decision: Some(date(2024, 1, 10)),
        remedies_exhausted: true,
        ..Submission::default()
    };
    let codes = |rules, submission: &Submission| -> Vec<(GroundCode, String)> {
        failed_grounds(rules, submission)
            .into_iter()
            .map(|g| (g.code, g.article.clone()))
            .collect()
    };
    assert_eq!(
        codes(icescr, &late),
        [(GroundCode::OutOfTime, "3(2)(a)".to_string())]
    );
    let on_time = Submission {
        submitted: Some(date(2025, 1, 10)),
        ..late.clone()
    };
    assert!(codes(icescr, &on_time).is_empty());
    let justified = Submission {
        delay_justified: true,
        ..late
    };
    assert!(codes(icescr, &justified).is_empty());
    // CMW art. 77(2), 77(3)(b).
    let cmw = procedure_rules(&people, Committee::Cmw, "77").unwrap();
    let anonymous = Submission {
        anonymous: true,
        ..Submission::default()
    };
    assert_eq!(
        codes(cmw, &anonymous),
        [
            (GroundCode::Anonymous, "77(2)".to_string()),
            (GroundCode::RemediesNotExhausted, "77(3)(b)".to_string())
        ]
    );
}

#[test]
fn an_urgent_action_not_presented_to_national_authorities_is_not_registered() {
    // DOMAIN.md §10.4 #65: CED art. 30(2)(c); CED/C/23/2. Constructed case.
    let (registry, people) = data();
    let rules = procedure_rules(&people, Committee::Ced, "30").unwrap();
    let request = Submission {
        presented_to_national_bodies: false,
        remedies_exhausted: true,
        ..Submission::default()
    };
    let failed: Vec<_> = failed_grounds(rules, &request)
        .iter()
        .map(|g| g.article.clone())
        .collect();
    assert_eq!(failed, ["30(2)(c)"]);
    let state = code("MEX");
    let on = date(2026, 1, 20);
    let mut refused = UrgentAction::receive(state.clone(), 1, on);
    refused
        .apply(
            on,
            UaEvent::RefuseRegistration {
                criteria: vec![GroundCode::NotPresentedToNationalBodies],
            },
        )
        .unwrap();
    assert_eq!(refused.stage, UaStage::NotRegistered);
    // A registered one stays open until the person's fate is resolved (art. 30(4)).
    let open = operability(&registry, &rules.instrument, "30", &state, on).unwrap();
    assert!(open.operative, "{}", open.reason);
    let mut action = UrgentAction::receive(state, 2, on);
    action
        .apply(
            on,
            UaEvent::Register {
                operability: Box::new(open),
                reply_due: Some(date(2026, 2, 20)),
            },
        )
        .unwrap();
    action
        .apply(
            date(2026, 1, 22),
            UaEvent::Recommend {
                interim_measures: true,
                report_by: Some(date(2026, 2, 5)),
            },
        )
        .unwrap();
    assert_eq!(
        action.stage,
        UaStage::Open {
            reply_due: Some(date(2026, 2, 20))
        }
    );
    let closing_twice = {
        let mut copy = action.clone();
        copy.apply(
            date(2026, 3, 1),
            UaEvent::Close {
                closure: pacta_core::communication::Closure::Located,
            },
        )
        .unwrap();
        copy.apply(
            date(2026, 3, 2),
            UaEvent::Close {
                closure: pacta_core::communication::Closure::Located,
            },
        )
    };
    assert!(matches!(
        closing_twice,
        Err(TransitionError::Invalid { .. })
    ));
}

#[test]
fn statistics_count_received_registered_decided_and_pending_by_year() {
    // Constructed register of three OP1 cases.
    let (registry, people) = data();
    let rules = procedure_rules(&people, Committee::Ccpr, "1").unwrap();
    let state = code("URY");
    let registered = |received: Date, registered: Date| {
        let mut case = Communication::receive(rules, state.clone(), received).unwrap();
        let open = operability(&registry, &rules.instrument, "1", &state, registered).unwrap();
        case.apply(
            rules,
            registered,
            Event::Register {
                operability: Box::new(open),
            },
        )
        .unwrap();
        case
    };
    let mut decided = registered(date(2024, 11, 2), date(2025, 1, 8));
    decided
        .apply(rules, date(2025, 6, 1), Event::Transmit)
        .unwrap();
    decided
        .apply(
            rules,
            date(2025, 11, 1),
            Event::DeclareInadmissible {
                grounds: vec![GroundCode::RemediesNotExhausted],
            },
        )
        .unwrap();
    let pending = registered(date(2025, 3, 1), date(2025, 4, 1));
    let unregistered = Communication::receive(rules, state.clone(), date(2025, 5, 1)).unwrap();
    let rows = statistics(&[decided, pending, unregistered], &[], date(2026, 2, 3));
    let figures: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                r.committee,
                r.year,
                r.received,
                r.registered,
                r.decided,
                r.pending,
            )
        })
        .collect();
    assert_eq!(
        figures,
        [
            (Committee::Ccpr, 2024, 1, 0, 0, 0),
            (Committee::Ccpr, 2025, 2, 2, 1, 1),
        ]
    );
    assert!(statistics(&[], &[], date(2026, 2, 3)).is_empty());
}

#[test]
fn general_comments_hold_the_real_texts_with_their_joint_numbers_and_status() {
    // DOMAIN.md §3.3; CMW/C/SR.608 paras. 7-8.
    let (_, people) = data();
    let gcs = &people.general_comments;
    assert_eq!(gcs.len(), 7);
    let find = |c: Committee, n: u32| gcs.iter().find(|g| g.has_part(c, n)).unwrap();
    let joint = find(Committee::Crc, 22);
    assert!(joint.has_part(Committee::Cmw, 3));
    assert_eq!(
        joint.symbol.as_ref().unwrap().to_string(),
        "CMW/C/GC/3-CRC/C/GC/22"
    );
    assert_eq!(joint.symbol_basis, Some(SymbolBasis::Read));
    assert_eq!(
        find(Committee::Cmw, 4).symbol_basis,
        Some(SymbolBasis::ThirdPartyCopy)
    );
    assert_eq!(
        find(Committee::Cmw, 6).symbol_basis,
        Some(SymbolBasis::Pattern)
    );
    let status = |c, n, on| find(c, n).status_on(on).map(|e| e.status);
    assert_eq!(
        status(Committee::Cmw, 6, date(2025, 4, 15)),
        Some(Status::Adopted)
    );
    assert_eq!(
        status(Committee::Cmw, 6, date(2025, 4, 14)),
        Some(Status::Draft)
    );
    assert_eq!(
        status(Committee::Cerd, 38, date(2025, 4, 17)),
        Some(Status::ProvisionallyAdopted)
    );
    assert_eq!(
        status(Committee::Cerd, 39, date(2026, 2, 3)),
        Some(Status::ProvisionallyAdopted)
    );
    assert_eq!(find(Committee::Cmw, 8).symbol, None);
    assert!(
        gcs.iter().all(|g| g.paragraphs.is_empty()),
        "no text is bundled"
    );
    let hits: Vec<String> = search(gcs, "xenophobia")
        .iter()
        .map(|h| gcs[h.index].name())
        .collect();
    assert_eq!(
        hits,
        [
            "joint general recommendation No. 38 (CERD) / general comment No. 7 (CMW)",
            "joint general recommendation No. 39 (CERD) / general comment No. 8 (CMW)"
        ]
    );
}

#[test]
fn the_withdrawal_of_a_member_from_the_review_of_mexico_is_recorded() {
    // CMW/C/SR.593: Mr. Corzo Sosa withdrew under rule 12(1).
    let (_, people) = data();
    let withdrew: Vec<_> = people
        .country_rapporteurs
        .iter()
        .filter(|r| r.part == ReviewPart::Withdrew)
        .map(|r| (r.session, r.state.as_str(), r.member.as_str()))
        .collect();
    assert_eq!(withdrew, [(40, "MEX", "Corzo Sosa")]);
    // No review of sessions 41 or 42 is in the records' data.
    let dataset = load(&Sources::bundled()).unwrap();
    let records = load_records(&RecordSources::bundled(), &dataset.registry).unwrap();
    assert!(
        records
            .reviews
            .iter()
            .all(|r| r.session.is_none_or(|s| s <= 40))
    );
}

#[test]
fn rejects_a_symbol_that_names_other_parts_than_the_row() {
    // The symbol grammar (crate::symbol) parses the joint symbol; its parts must match.
    let dataset = load(&Sources::bundled()).unwrap();
    let mut sources = PeopleSources::bundled();
    sources.general_comments = Source {
        name: "data/general_comments.csv".into(),
        text: sources.general_comments.text.replacen(
            "CMW/C/GC/3-CRC/C/GC/22",
            "CRC/C/GC/22-CMW/C/GC/3",
            1,
        ),
    };
    let error = load_people(&sources, &dataset.registry)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(
            "data/general_comments.csv:3:4 (symbol): CRC/C/GC/22-CMW/C/GC/3 does not name the parts"
        ),
        "{error}"
    );
}

#[test]
fn rejects_a_general_comment_with_an_unknown_status_naming_the_line_and_column() {
    let dataset = load(&Sources::bundled()).unwrap();
    let mut sources = PeopleSources::bundled();
    sources.general_comments = Source {
        name: "data/general_comments.csv".into(),
        text: sources
            .general_comments
            .text
            .replacen(",draft,", ",drafted,", 1),
    };
    let error = load_people(&sources, &dataset.registry)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("data/general_comments.csv:5:7 (status): unknown status \"drafted\""),
        "{error}"
    );
}

#[test]
fn a_case_reads_back_from_its_json_exactly_as_it_was_written() {
    // The store keeps each case as JSON (pacta-store `cases`): what it reads back must be
    // the same case, stage, history and operability shown at registration included.
    // Constructed cases, not real communications.
    use pacta_core::case::{Case, Step};
    use pacta_core::communication::Closure;
    let (registry, people) = data();
    let ccpr = procedure_rules(&people, Committee::Ccpr, "1").unwrap();
    let ced = procedure_rules(&people, Committee::Ced, "30").unwrap();
    let mut communication = Case::receive(ccpr, code("URY"), date(2026, 1, 5), None).unwrap();
    let mut urgent = Case::receive(ced, code("MEX"), date(2026, 1, 5), Some(3)).unwrap();
    let steps = [
        (
            &mut communication,
            date(2026, 1, 10),
            Step::Register { reply_due: None },
        ),
        (
            &mut urgent,
            date(2026, 1, 10),
            Step::Register {
                reply_due: Some(date(2026, 2, 10)),
            },
        ),
    ];
    for (case, on, step) in steps {
        case.apply_under(&registry, &people.procedures, on, step)
            .unwrap();
        case.assign_number(7);
    }
    for (on, step) in [
        (date(2026, 1, 11), Step::Transmit),
        (date(2026, 1, 12), Step::RequestInterimMeasures),
        (
            date(2026, 9, 1),
            Step::DeclareInadmissible {
                grounds: vec![GroundCode::RemediesNotExhausted],
            },
        ),
    ] {
        communication
            .apply_under(&registry, &people.procedures, on, step)
            .unwrap();
    }
    urgent
        .apply_under(
            &registry,
            &people.procedures,
            date(2026, 3, 1),
            Step::Close {
                closure: Closure::Other("the author lost contact".to_string()),
            },
        )
        .unwrap();
    for case in [communication, urgent] {
        let json = serde_json::to_string(&case).unwrap();
        let back: Case = serde_json::from_str(&json).unwrap();
        assert_eq!(back, case, "{json}");
        assert_eq!(back.number().as_deref(), Some("7/2026"));
    }
}
