//! The register of communications and urgent actions: each step checked by the core state
//! machine and audited with the record before and after, register numbers, every read
//! audited (and no read without its entry), and only statistics and Views for the public.
//! All cases here are constructed for the tests; none is a real communication.

use std::sync::OnceLock;

use jiff::civil::{Date, date};
use pacta_core::case::{Case, Step};
use pacta_core::communication::{ProcedureKind, ProcedureRules};
use pacta_core::{Committee, ParticipantCode, Registry};
use pacta_data::people::{People, PeopleSources, load_people, procedure_rules};
use pacta_store::{Actor, AuditFilter, CaseFilter, Role, StoreError};

use crate::harness::{TestDb, conformance};

conformance!(
    a_communication_runs_to_views_with_every_step_audited_before_and_after,
    a_step_the_procedure_refuses_changes_nothing_and_is_not_audited,
    registration_numbers_run_per_committee_and_procedure_with_the_year,
    every_read_of_a_case_is_audited_and_a_read_that_cannot_be_audited_returns_nothing,
    the_public_figures_count_cases_and_views_show_only_adopted_views,
    a_member_reads_only_the_cases_of_the_committees_their_account_serves,
);

fn data() -> &'static (Registry, People) {
    static DATA: OnceLock<(Registry, People)> = OnceLock::new();
    DATA.get_or_init(|| {
        let dataset = pacta_data::load(&pacta_data::Sources::bundled()).unwrap();
        let people = load_people(&PeopleSources::bundled(), &dataset.registry).unwrap();
        (dataset.registry, people)
    })
}

fn rules(committee: Committee, article: &str) -> &'static ProcedureRules {
    procedure_rules(&data().1, committee, article).unwrap()
}

fn code(iso: &str) -> ParticipantCode {
    ParticipantCode::parse(iso).unwrap()
}

/// Take `step` on case `id` on `on` through the store, as the CLI and the portal do.
async fn step(
    db: &TestDb,
    id: i64,
    rules: &ProcedureRules,
    on: Date,
    step: Step,
) -> Result<pacta_store::StoredCase, StoreError> {
    let actor = Actor::system("test");
    let name = step.name();
    db.store
        .update_case(&actor, id, name, |case| {
            case.apply(&data().0, rules, on, step)
        })
        .await
}

async fn a_communication_runs_to_views_with_every_step_audited_before_and_after(db: &TestDb) {
    // OP1 art. 4(2): the State replies within six months of transmission.
    let rules = rules(Committee::Ccpr, "1");
    let case = Case::receive(rules, code("URY"), date(2026, 1, 5), None).unwrap();
    let actor = Actor::system("test");
    let stored = db.store.create_case(&actor, case).await.unwrap();
    assert_eq!((stored.version, stored.case.stage_name()), (1, "received"));
    let id = stored.id;
    step(
        db,
        id,
        rules,
        date(2026, 1, 10),
        Step::Register { reply_due: None },
    )
    .await
    .unwrap();
    let transmitted = step(db, id, rules, date(2026, 1, 15), Step::Transmit)
        .await
        .unwrap();
    assert_eq!(transmitted.version, 3);
    assert_eq!(transmitted.case.reply_due(), Some(date(2026, 7, 15)));
    step(db, id, rules, date(2026, 10, 20), Step::DeclareAdmissible)
        .await
        .unwrap();
    let views = step(
        db,
        id,
        rules,
        date(2027, 3, 25),
        Step::AdoptViews { violation: true },
    )
    .await
    .unwrap();
    assert_eq!(views.case.stage_name(), "views adopted");
    assert_eq!(db.count("cases WHERE stage = 'views adopted'").await, 1);

    let log = db
        .store
        .audit_log(&AuditFilter {
            target: Some(format!("case:{id}")),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    let actions: Vec<&str> = log.iter().rev().map(|e| e.entry.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "case.receive",
            "case.register",
            "case.transmit",
            "case.declare_admissible",
            "case.adopt_views"
        ]
    );
    let transmit = &log[2].entry;
    assert_eq!(
        transmit.before.as_ref().unwrap()["stage"]["stage"],
        "registered"
    );
    assert_eq!(
        transmit.after.as_ref().unwrap()["stage"]["reply_due"],
        "2026-07-15"
    );
}

async fn a_step_the_procedure_refuses_changes_nothing_and_is_not_audited(db: &TestDb) {
    // CMW art. 77(8): not operative with 4 declarations of the 10 required (DOMAIN.md
    // §10.4 #57), so a communication against Mexico cannot be registered.
    let rules = rules(Committee::Cmw, "77");
    let on = date(2026, 2, 3);
    let case = Case::receive(rules, code("MEX"), on, None).unwrap();
    let stored = db
        .store
        .create_case(&Actor::system("test"), case)
        .await
        .unwrap();
    let error = step(db, stored.id, rules, on, Step::Register { reply_due: None })
        .await
        .unwrap_err();
    assert!(matches!(error, StoreError::CaseRefused { .. }), "{error}");
    assert!(error.to_string().contains("not operative"), "{error}");
    // A step of the other procedure is refused too.
    let error = step(db, stored.id, rules, on, Step::ReceiveStateInformation)
        .await
        .unwrap_err();
    assert!(matches!(error, StoreError::CaseRefused { .. }), "{error}");
    assert_eq!(
        db.count("cases WHERE version = 1 AND number IS NULL").await,
        1
    );
    assert_eq!(
        db.count("audit_log WHERE action = 'case.register'").await,
        0
    );
    let unknown = step(db, stored.id + 100, rules, on, Step::Transmit)
        .await
        .unwrap_err();
    assert!(
        matches!(unknown, StoreError::UnknownCase { .. }),
        "{unknown}"
    );
}

async fn registration_numbers_run_per_committee_and_procedure_with_the_year(db: &TestDb) {
    let actor = Actor::system("test");
    let ccpr = rules(Committee::Ccpr, "1");
    let ua = rules(Committee::Ced, "30");
    assert_eq!(ua.kind, ProcedureKind::UrgentActions);
    let mut numbers = Vec::new();
    for (rules, state, on) in [
        (ccpr, "URY", date(2026, 12, 30)),
        (ccpr, "URY", date(2027, 1, 4)),
        (ua, "MEX", date(2027, 1, 5)),
    ] {
        let case = Case::receive(rules, code(state), on, Some(2)).unwrap();
        let stored = db.store.create_case(&actor, case).await.unwrap();
        let registered = step(
            db,
            stored.id,
            rules,
            on,
            Step::Register {
                reply_due: Some(date(2027, 2, 5)),
            },
        )
        .await
        .unwrap();
        numbers.push(registered.case.number().unwrap());
    }
    // CCPR: a running number, then the year of registration; CED urgent actions count apart.
    assert_eq!(numbers, ["1/2026", "2/2027", "1/2027"]);
}

async fn every_read_of_a_case_is_audited_and_a_read_that_cannot_be_audited_returns_nothing(
    db: &TestDb,
) {
    let rules = rules(Committee::Ccpr, "1");
    let system = Actor::system("test");
    for state in ["URY", "ESP"] {
        let case = Case::receive(rules, code(state), date(2026, 1, 5), None).unwrap();
        db.store.create_case(&system, case).await.unwrap();
    }
    let member = Actor {
        user_id: None,
        label: "member@cmw.example.org".to_string(),
    };
    let listed = db
        .store
        .read_cases(
            &member,
            &CaseFilter {
                committee: Some(Committee::Ccpr),
                ..CaseFilter::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(listed.len(), 2);
    let one = db
        .store
        .read_case(&member, listed[1].id, &CaseFilter::default())
        .await
        .unwrap();
    assert_eq!(one.unwrap().case.state().as_str(), "ESP");
    let reads = |target: String| {
        let store = db.store.clone();
        async move {
            store
                .audit_log(&AuditFilter {
                    action: Some("read".to_string()),
                    target: Some(target),
                    ..AuditFilter::default()
                })
                .await
                .unwrap()
        }
    };
    assert_eq!(reads(listed[0].target()).await.len(), 1);
    let second = reads(listed[1].target()).await;
    assert_eq!(second.len(), 2);
    assert_eq!(second[0].entry.actor.label, "member@cmw.example.org");
    // Filters narrow what is read, and so what is audited.
    let by_state = db
        .store
        .read_cases(
            &member,
            &CaseFilter {
                state: Some("URY".to_string()),
                ..CaseFilter::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(by_state.len(), 1);

    // When the read cannot be recorded, the case is not handed out.
    db.refuse_inserts("audit_log", "NEW.action = 'read'").await;
    assert!(
        db.store
            .read_case(&member, listed[0].id, &CaseFilter::default())
            .await
            .is_err()
    );
    assert!(
        db.store
            .read_cases(&member, &CaseFilter::default())
            .await
            .is_err()
    );
    db.allow_inserts("audit_log").await;
    assert_eq!(reads(listed[0].target()).await.len(), 2);
}

async fn the_public_figures_count_cases_and_views_show_only_adopted_views(db: &TestDb) {
    let rules = rules(Committee::Ccpr, "1");
    let actor = Actor::system("test");
    let mut ids = Vec::new();
    for state in ["URY", "ESP", "FRA"] {
        let case = Case::receive(rules, code(state), date(2026, 1, 5), None).unwrap();
        ids.push(db.store.create_case(&actor, case).await.unwrap().id);
    }
    for id in &ids[..2] {
        step(
            db,
            *id,
            rules,
            date(2026, 1, 6),
            Step::Register { reply_due: None },
        )
        .await
        .unwrap();
        step(db, *id, rules, date(2026, 1, 7), Step::Transmit)
            .await
            .unwrap();
    }
    step(
        db,
        ids[0],
        rules,
        date(2026, 11, 2),
        Step::AdoptViews { violation: false },
    )
    .await
    .unwrap();
    let stats = db.store.case_statistics(date(2026, 12, 31)).await.unwrap();
    assert_eq!(stats.len(), 1);
    let year = &stats[0];
    assert_eq!(
        (
            year.committee,
            year.year,
            year.received,
            year.registered,
            year.decided,
            year.pending
        ),
        (Committee::Ccpr, 2026, 3, 2, 1, 1)
    );
    let views = db.store.published_views(date(2026, 12, 31)).await.unwrap();
    assert_eq!(views.len(), 1);
    assert_eq!(
        (
            views[0].state.as_str(),
            views[0].number.as_deref(),
            views[0].violation
        ),
        ("URY", Some("1/2026"), false)
    );
    assert!(
        db.store
            .published_views(date(2026, 11, 1))
            .await
            .unwrap()
            .is_empty()
    );
    // Neither figure is a read of a case.
    assert_eq!(db.count("audit_log WHERE action = 'read'").await, 0);
}

async fn a_member_reads_only_the_cases_of_the_committees_their_account_serves(db: &TestDb) {
    let system = Actor::system("test");
    let ccpr = rules(Committee::Ccpr, "1");
    let ced = rules(Committee::Ced, "30");
    let first = Case::receive(ccpr, code("URY"), date(2026, 1, 5), None).unwrap();
    let second = Case::receive(ced, code("MEX"), date(2026, 1, 5), Some(1)).unwrap();
    let ccpr_case = db.store.create_case(&system, first).await.unwrap();
    let ced_case = db.store.create_case(&system, second).await.unwrap();
    let member = db
        .store
        .create_user(
            "member@ced.example.org",
            Role::Member,
            "correct horse battery staple",
            &system,
        )
        .await
        .unwrap();
    assert!(
        db.store
            .user_committees(member.id)
            .await
            .unwrap()
            .is_empty()
    );
    db.store
        .set_user_committees(&system, member.id, &[Committee::Ced, Committee::Ced])
        .await
        .unwrap();
    let within = db.store.user_committees(member.id).await.unwrap();
    assert_eq!(within, [Committee::Ced]);
    let actor = Actor::user(&member);
    let filter = CaseFilter {
        within: Some(within),
        ..CaseFilter::default()
    };
    let listed = db.store.read_cases(&actor, &filter).await.unwrap();
    assert_eq!(
        listed.iter().map(|c| c.id).collect::<Vec<_>>(),
        [ced_case.id]
    );
    // Another committee's case answers as a case that does not exist, and is not read.
    assert!(
        db.store
            .read_case(&actor, ccpr_case.id, &filter)
            .await
            .unwrap()
            .is_none()
    );
    let reads: Vec<String> = db
        .texts("SELECT target FROM audit_log WHERE action = 'read' ORDER BY id")
        .await;
    assert_eq!(reads, [format!("case:{}", ced_case.id)]);
    let changed = db
        .texts("SELECT target FROM audit_log WHERE action = 'user.committees'")
        .await;
    assert_eq!(changed, [format!("user:{}", member.id)]);
    let unknown = db
        .store
        .set_user_committees(&system, member.id + 100, &[Committee::Cmw])
        .await
        .unwrap_err();
    assert!(
        matches!(unknown, StoreError::UnknownUser { .. }),
        "{unknown}"
    );
}
