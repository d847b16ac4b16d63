//! Accounts, sessions and failed logins: argon2id hashes that verify, one account per
//! email, sessions that open to their user and expire, failed logins counted per key.

use std::time::Duration;

use jiff::SignedDuration;

use pacta_store::{Actor, MIN_PASSWORD_CHARS, Role, SessionToken, StoreError};

use crate::harness::{TestDb, conformance};

conformance!(
    password_hashes_are_argon2id_and_verify,
    the_same_email_cannot_have_two_accounts,
    accounts_refuse_the_public_role_short_passwords_and_bad_emails,
    sessions_open_to_their_user_until_they_expire,
    a_deleted_session_no_longer_opens,
    sessions_for_unknown_users_or_without_a_lifetime_are_refused,
    session_tokens_are_stored_only_as_hashes,
    failed_logins_are_counted_per_key_within_the_window,
);

const PASSWORD: &str = "correct horse battery staple";

fn admin() -> Actor {
    Actor::system("test")
}

async fn password_hashes_are_argon2id_and_verify(db: &TestDb) {
    let user = db
        .store
        .create_user(" Jane.Doe@OHCHR.org", Role::Secretariat, PASSWORD, &admin())
        .await
        .unwrap();
    assert_eq!(user.email, "jane.doe@ohchr.org");
    assert_eq!(user.role, Role::Secretariat);
    assert_eq!(user.created_at, db.now());

    let hashes = db.texts("SELECT password_hash FROM users").await;
    assert_eq!(hashes.len(), 1);
    // PHC string: argon2id, version 19 (0x13), OWASP's minimum parameters.
    assert!(
        hashes[0].starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{}",
        hashes[0]
    );
    assert!(!hashes[0].contains(PASSWORD));

    let check = |email: &'static str, password: &'static str, expected: bool| {
        let store = db.store.clone();
        let user = user.clone();
        async move {
            let found = store.verify_login(email, password).await.unwrap();
            assert_eq!(
                found.as_ref(),
                expected.then_some(&user),
                "{email} / {password}"
            );
        }
    };
    check("jane.doe@ohchr.org", PASSWORD, true).await;
    check("JANE.DOE@ohchr.org ", PASSWORD, true).await;
    check("jane.doe@ohchr.org", "correct horse battery stapler", false).await;
    check("jane.doe@ohchr.org", "", false).await;
    check("john.doe@ohchr.org", PASSWORD, false).await;
    check("not an email", PASSWORD, false).await;

    // Two accounts with one password get two different hashes (a salt each).
    db.store
        .create_user("john.doe@ohchr.org", Role::Member, PASSWORD, &admin())
        .await
        .unwrap();
    let hashes = db.texts("SELECT password_hash FROM users").await;
    assert_ne!(hashes[0], hashes[1]);
    assert_eq!(db.store.users().await.unwrap().len(), 2);
    assert_eq!(db.store.user(user.id).await.unwrap(), Some(user));
}

async fn the_same_email_cannot_have_two_accounts(db: &TestDb) {
    db.store
        .create_user("chair@cmw.example.org", Role::Member, PASSWORD, &admin())
        .await
        .unwrap();
    let error = db
        .store
        .create_user("Chair@CMW.example.org", Role::Admin, PASSWORD, &admin())
        .await
        .unwrap_err();
    assert!(error.is_invalid_input());
    assert_eq!(
        error.to_string(),
        format!(
            "{}: an account for chair@cmw.example.org already exists",
            db.store.location()
        )
    );
    assert_eq!(db.count("users").await, 1);
    assert_eq!(db.count("audit_log WHERE action = 'user.create'").await, 1);
}

async fn accounts_refuse_the_public_role_short_passwords_and_bad_emails(db: &TestDb) {
    let short = "x".repeat(MIN_PASSWORD_CHARS - 1);
    let cases: [(&str, Role, &str, &str); 3] = [
        (
            "a@example.org",
            Role::Public,
            PASSWORD,
            "an account cannot have the role \"public\" (expected member, secretariat or admin)",
        ),
        (
            "a@example.org",
            Role::Member,
            &short,
            "unacceptable password: shorter than 12 characters",
        ),
        (
            "a@example",
            Role::Member,
            PASSWORD,
            "invalid email address \"a@example\": the domain after @ needs a dot (example.org)",
        ),
    ];
    for (email, role, password, expected) in cases {
        let error = db
            .store
            .create_user(email, role, password, &admin())
            .await
            .unwrap_err();
        assert!(error.is_invalid_input(), "{error:?}");
        assert_eq!(error.to_string(), expected);
    }
    assert_eq!(db.count("users").await, 0);
    assert_eq!(db.count("audit_log").await, 0);
}

async fn sessions_open_to_their_user_until_they_expire(db: &TestDb) {
    let user = db
        .store
        .create_user("member@crc.example.org", Role::Member, PASSWORD, &admin())
        .await
        .unwrap();
    let token = db
        .store
        .create_session(user.id, SignedDuration::from_secs(3600))
        .await
        .unwrap();
    let cookie = token.as_str().to_string();
    let token = SessionToken::parse(&cookie).unwrap();
    assert_eq!(
        db.store.session_user(&token).await.unwrap(),
        Some(user.clone())
    );

    db.advance(Duration::from_secs(3599));
    assert_eq!(db.store.session_user(&token).await.unwrap(), Some(user));
    db.advance(Duration::from_secs(1));
    assert_eq!(
        db.store.session_user(&token).await.unwrap(),
        None,
        "expired"
    );

    let stranger = SessionToken::parse(&"0".repeat(64)).unwrap();
    assert_eq!(db.store.session_user(&stranger).await.unwrap(), None);
    assert_eq!(db.store.delete_expired_sessions().await.unwrap(), 1);
    assert_eq!(db.count("sessions").await, 0);
}

async fn a_deleted_session_no_longer_opens(db: &TestDb) {
    let user = db
        .store
        .create_user("staff@ohchr.org", Role::Secretariat, PASSWORD, &admin())
        .await
        .unwrap();
    let token = db
        .store
        .create_session(user.id, SignedDuration::from_secs(600))
        .await
        .unwrap();
    let other = db
        .store
        .create_session(user.id, SignedDuration::from_secs(600))
        .await
        .unwrap();
    assert_ne!(token, other);
    assert!(db.store.delete_session(&token).await.unwrap());
    assert_eq!(db.store.session_user(&token).await.unwrap(), None);
    assert!(!db.store.delete_session(&token).await.unwrap());
    assert_eq!(db.store.session_user(&other).await.unwrap(), Some(user));
    assert_eq!(
        db.count("audit_log WHERE action = 'session.create'").await,
        2
    );
    assert_eq!(
        db.count("audit_log WHERE action = 'session.delete'").await,
        1
    );
}

async fn sessions_for_unknown_users_or_without_a_lifetime_are_refused(db: &TestDb) {
    let error = db
        .store
        .create_session(42, SignedDuration::from_secs(60))
        .await
        .unwrap_err();
    assert!(
        matches!(error, StoreError::UnknownUser { id: 42, .. }),
        "{error:?}"
    );
    assert_eq!(db.count("sessions").await, 0);
    assert_eq!(db.count("audit_log WHERE action LIKE 'session.%'").await, 0);
}

async fn session_tokens_are_stored_only_as_hashes(db: &TestDb) {
    let user = db
        .store
        .create_user("admin@example.org", Role::Admin, PASSWORD, &admin())
        .await
        .unwrap();
    let token = db
        .store
        .create_session(user.id, SignedDuration::from_secs(60))
        .await
        .unwrap();
    let stored = db
        .texts(match db.kind {
            pacta_store::BackendKind::Sqlite => "SELECT lower(hex(token_hash)) FROM sessions",
            pacta_store::BackendKind::Postgres => "SELECT encode(token_hash, 'hex') FROM sessions",
        })
        .await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].len(), 64, "a SHA-256");
    assert_ne!(stored[0], token.as_str());
    let audit = db
        .texts("SELECT COALESCE(CAST(after AS TEXT), '') FROM audit_log")
        .await
        .join(" ");
    assert!(!audit.contains(token.as_str()));
}

async fn failed_logins_are_counted_per_key_within_the_window(db: &TestDb) {
    let start = db.now();
    for _ in 0..3 {
        db.store
            .record_failed_login("ip:203.0.113.7")
            .await
            .unwrap();
    }
    db.advance(Duration::from_secs(600));
    db.store
        .record_failed_login("ip:203.0.113.7")
        .await
        .unwrap();
    db.store
        .record_failed_login("email:jane.doe@ohchr.org")
        .await
        .unwrap();

    let since = |minutes: i64| start + jiff::SignedDuration::from_mins(minutes);
    let check = |key: &'static str, from: jiff::Timestamp, expected: u32| {
        let store = db.store.clone();
        async move {
            assert_eq!(
                store.failed_logins_since(key, from).await.unwrap(),
                expected,
                "{key} since {from}"
            );
        }
    };
    check("ip:203.0.113.7", since(0), 4).await;
    check("ip:203.0.113.7", since(5), 1).await;
    check("ip:203.0.113.7", since(10), 1).await;
    check("ip:203.0.113.7", since(11), 0).await;
    check("email:jane.doe@ohchr.org", since(0), 1).await;
    check("ip:198.51.100.1", since(0), 0).await;

    assert_eq!(
        db.store
            .forget_failed_logins_before(since(5))
            .await
            .unwrap(),
        3
    );
    check("ip:203.0.113.7", since(0), 1).await;
}
