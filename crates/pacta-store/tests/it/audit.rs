//! The audit log: entries written in the same transaction as the change they record,
//! an append-only table, reads of confidential records recorded and found again.

use std::time::Duration;

use jiff::SignedDuration;

use pacta_data::Sources;
use pacta_store::{Actor, AuditEntry, AuditFilter, BackendKind, Role};
use serde_json::json;

use crate::harness::{TestDb, conformance};

conformance!(
    a_change_and_its_audit_entry_are_written_together_or_not_at_all,
    the_audit_log_refuses_updates_and_deletes,
    reads_of_confidential_records_are_recorded_and_can_be_found,
    an_import_is_audited_with_the_data_before_and_after,
);

const PASSWORD: &str = "correct horse battery staple";

async fn a_change_and_its_audit_entry_are_written_together_or_not_at_all(db: &TestDb) {
    let actor = Actor::system("pacta user add");
    // The audit entry cannot be written: the account is not created either.
    db.refuse_inserts("audit_log", "NEW.action = 'user.create'")
        .await;
    let error = db
        .store
        .create_user("jane.doe@ohchr.org", Role::Secretariat, PASSWORD, &actor)
        .await
        .unwrap_err();
    assert!(error.to_string().contains("refused by the test"), "{error}");
    assert_eq!(db.count("users").await, 0);

    // Nor is a session without its entry.
    db.allow_inserts("audit_log").await;
    let user = db
        .store
        .create_user("jane.doe@ohchr.org", Role::Secretariat, PASSWORD, &actor)
        .await
        .unwrap();
    db.refuse_inserts("audit_log", "NEW.action = 'session.create'")
        .await;
    db.store
        .create_session(user.id, SignedDuration::from_secs(60))
        .await
        .unwrap_err();
    assert_eq!(db.count("sessions").await, 0);
    db.allow_inserts("audit_log").await;

    // When both can be written, both are, with the record after the change.
    let log = db.store.audit_log(&AuditFilter::default()).await.unwrap();
    assert_eq!(log.len(), 1);
    let entry = &log[0];
    assert_eq!(entry.at, db.now());
    assert_eq!(
        entry.entry,
        AuditEntry {
            actor: actor.clone(),
            action: "user.create".to_string(),
            target: format!("user:{}", user.id),
            before: None,
            after: Some(
                json!({ "id": user.id, "email": "jane.doe@ohchr.org", "role": "secretariat" })
            ),
        }
    );
}

async fn the_audit_log_refuses_updates_and_deletes(db: &TestDb) {
    db.store
        .audit(AuditEntry {
            actor: Actor::system("test"),
            action: "test.event".to_string(),
            target: "nothing".to_string(),
            before: None,
            after: Some(json!({ "n": 1 })),
        })
        .await
        .unwrap();
    let update = db
        .execute("UPDATE audit_log SET actor = 'someone else'")
        .await;
    assert!(
        update
            .unwrap_err()
            .to_string()
            .contains("audit_log is append-only")
    );
    let delete = db.execute("DELETE FROM audit_log").await;
    assert!(
        delete
            .unwrap_err()
            .to_string()
            .contains("audit_log is append-only")
    );
    assert_eq!(db.count("audit_log WHERE actor = 'system: test'").await, 1);
}

async fn reads_of_confidential_records_are_recorded_and_can_be_found(db: &TestDb) {
    let member = db
        .store
        .create_user(
            "member@cmw.example.org",
            Role::Member,
            PASSWORD,
            &Actor::system("test"),
        )
        .await
        .unwrap();
    let start = db.now();
    db.advance(Duration::from_secs(1));
    let first = db
        .store
        .audit_read(&Actor::user(&member), "communication:CMW/C/1/2025")
        .await
        .unwrap();
    db.advance(Duration::from_secs(1));
    let second = db
        .store
        .audit_read(&Actor::user(&member), "document:CMW/C/40/R.1")
        .await
        .unwrap();
    db.store
        .audit_read(&Actor::anonymous(), "document:CMW/C/40/R.1")
        .await
        .unwrap();
    assert!(second > first);

    let reads = |filter: AuditFilter| {
        let store = db.store.clone();
        async move {
            store
                .audit_log(&filter)
                .await
                .unwrap()
                .into_iter()
                .map(|r| (r.entry.actor.label, r.entry.target))
                .collect::<Vec<_>>()
        }
    };
    let by_member = reads(AuditFilter {
        actor_user_id: Some(member.id),
        action: Some("read".to_string()),
        ..AuditFilter::default()
    })
    .await;
    assert_eq!(
        by_member,
        [
            (
                "member@cmw.example.org".to_string(),
                "document:CMW/C/40/R.1".to_string()
            ),
            (
                "member@cmw.example.org".to_string(),
                "communication:CMW/C/1/2025".to_string()
            ),
        ],
        "newest first"
    );
    let of_document = reads(AuditFilter {
        target: Some("document:CMW/C/40/R.1".to_string()),
        ..AuditFilter::default()
    })
    .await;
    assert_eq!(of_document.len(), 2);
    assert_eq!(of_document[0].0, "anonymous");
    let since = reads(AuditFilter {
        since: Some(start + jiff::SignedDuration::from_secs(2)),
        ..AuditFilter::default()
    })
    .await;
    assert_eq!(since.len(), 2);
    let limited = reads(AuditFilter {
        limit: 1,
        ..AuditFilter::default()
    })
    .await;
    assert_eq!(limited.len(), 1);
}

async fn an_import_is_audited_with_the_data_before_and_after(db: &TestDb) {
    let outcome = db.store.import(&Sources::bundled()).await.unwrap();
    let log = db
        .store
        .audit_log(&AuditFilter {
            action: Some("dataset.import".to_string()),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(log.len(), 1);
    let entry = &log[0].entry;
    assert_eq!(entry.actor, Actor::system("import"));
    assert_eq!(entry.target, "dataset");
    assert_eq!(entry.before, None);
    let after = entry.after.as_ref().unwrap();
    assert_eq!(after["content_hash"], json!(outcome.content_hash));
    assert_eq!(after["status_as_at"], json!("2026-02-03"));
    assert_eq!(
        after["counts"]["treaty_actions"],
        json!(outcome.counts.treaty_actions)
    );
    // JSON is stored as JSON: the database can look inside it.
    let inside = match db.kind {
        BackendKind::Sqlite => "SELECT json_extract(after, '$.status_as_at') FROM audit_log",
        BackendKind::Postgres => "SELECT after->>'status_as_at' FROM audit_log",
    };
    assert_eq!(db.texts(inside).await, ["2026-02-03"]);
}
