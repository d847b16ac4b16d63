//! Import and load of the bundled data: a round trip rebuilds the same registry, a
//! re-import of the same files changes nothing, a bad row or a refused row imports
//! nothing and is named, changed files replace the data whole.

use jiff::civil::{Date, date};
use pacta_core::registry::PartyStatus;
use pacta_data::{Dataset, Sources};
use pacta_store::{ImportChange, StoreError};

use crate::harness::{TestDb, conformance};

conformance!(
    a_round_trip_rebuilds_the_same_registry,
    importing_the_same_files_twice_changes_nothing,
    changed_files_replace_the_data_and_the_old_hash_is_reported,
    a_bad_row_imports_nothing_and_the_error_names_it,
    a_row_the_database_refuses_rolls_back_the_whole_import,
    loading_before_any_import_says_nothing_was_imported,
    concurrent_imports_of_the_same_files_import_once,
    a_second_store_on_the_same_database_sees_the_import,
);

/// The files with Zimbabwe's CMW accession (UNTC IV-13, 5 Nov 2024) left out: real rows
/// only, one fewer.
fn without_zimbabwe_cmw() -> Sources {
    let mut sources = Sources::bundled();
    let kept: Vec<&str> = sources
        .ratifications
        .text
        .lines()
        .filter(|line| !line.starts_with("ICRMW,IV-13,CMW,Zimbabwe,ZWE,"))
        .collect();
    assert_eq!(kept.len() + 1, sources.ratifications.text.lines().count());
    sources.ratifications.text = kept.join("\n") + "\n";
    sources
}

fn parties(dataset: &Dataset, instrument: &str, on: Date) -> usize {
    let registry = &dataset.registry;
    let instrument = registry.catalogue().instrument(instrument).unwrap();
    registry.parties_on(instrument, on).count()
}

fn zimbabwe_cmw_in_force(dataset: &Dataset) -> Option<Date> {
    let registry = &dataset.registry;
    let cmw = registry.catalogue().instrument("ICRMW").unwrap();
    let zimbabwe = registry.find_participant("ZWE").unwrap();
    registry
        .participation(cmw, zimbabwe)
        .and_then(|p| p.entry_into_force.as_ref())
        .map(|eif| eif.date)
}

async fn a_round_trip_rebuilds_the_same_registry(db: &TestDb) {
    let sources = Sources::bundled();
    let expected = pacta_data::load(&sources).unwrap();
    let outcome = db.store.import(&sources).await.unwrap();
    assert_eq!(outcome.change, ImportChange::Imported);
    assert_eq!(outcome.counts.instruments, 18);
    assert_eq!(
        outcome.counts.treaty_actions,
        expected.registry.actions().len() as u64
    );
    let loaded = db.store.load_dataset().await.unwrap();

    // Every input of the registry, in order, and everything it derives.
    assert_eq!(loaded.registry.catalogue(), expected.registry.catalogue());
    assert_eq!(
        loaded.registry.participants(),
        expected.registry.participants()
    );
    assert_eq!(loaded.registry.actions(), expected.registry.actions());
    assert_eq!(
        loaded.registry.participations(),
        expected.registry.participations()
    );
    assert_eq!(
        loaded.registry.status_as_at(),
        expected.registry.status_as_at()
    );
    assert_eq!(loaded.untc, expected.untc);

    // The same answers: party counts of all 18 instruments on the day of CMW/C/SR.608
    // and on the data's status date.
    let instruments = expected.registry.catalogue().instruments();
    assert_eq!(instruments.len(), 18);
    for on in [date(2025, 2, 21), date(2026, 2, 3)] {
        for instrument in instruments {
            let code = instrument.code.as_str();
            assert_eq!(
                parties(&loaded, code, on),
                parties(&expected, code, on),
                "{code} on {on}"
            );
        }
    }
    // CMW/C/SR.608 para. 2: 60 States parties on 21 February 2025; Zimbabwe acceded on
    // 5 November 2024 and is bound from 1 March 2025 (CMW art. 87(2)).
    assert_eq!(parties(&loaded, "ICRMW", date(2025, 2, 21)), 60);
    assert_eq!(zimbabwe_cmw_in_force(&loaded), Some(date(2025, 3, 1)));
    let cmw = loaded.registry.catalogue().instrument("ICRMW").unwrap();
    let zimbabwe = loaded.registry.find_participant("Zimbabwe").unwrap();
    let participation = loaded.registry.participation(cmw, zimbabwe).unwrap();
    assert_eq!(
        participation.status_on(date(2025, 2, 21), loaded.registry.status_as_at()),
        PartyStatus::Party { in_force: false }
    );
}

async fn importing_the_same_files_twice_changes_nothing(db: &TestDb) {
    let first = db.store.import(&Sources::bundled()).await.unwrap();
    db.advance(std::time::Duration::from_secs(3600));
    let second = db.store.import(&Sources::bundled()).await.unwrap();
    assert_eq!(second.change, ImportChange::Unchanged);
    assert_eq!(second.content_hash, first.content_hash);
    assert_eq!(second.imported_at, first.imported_at);
    assert_eq!(second.counts, first.counts);
    assert_eq!(db.count("imports").await, 1);
    assert_eq!(
        db.count("audit_log WHERE action = 'dataset.import'").await,
        1
    );
    // The same files read from a directory carry other names but the same content.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let from_dir = Sources::from_dir(&dir).unwrap();
    let third = db.store.import(&from_dir).await.unwrap();
    assert_eq!(third.change, ImportChange::Unchanged);
}

async fn changed_files_replace_the_data_and_the_old_hash_is_reported(db: &TestDb) {
    let bundled = db.store.import(&Sources::bundled()).await.unwrap();
    db.advance(std::time::Duration::from_secs(60));
    let changed = db.store.import(&without_zimbabwe_cmw()).await.unwrap();
    assert_eq!(changed.change, ImportChange::Replaced);
    assert_eq!(
        changed.previous_hash.as_deref(),
        Some(&*bundled.content_hash)
    );
    assert_ne!(changed.content_hash, bundled.content_hash);
    assert_eq!(
        changed.counts.treaty_actions + 1,
        bundled.counts.treaty_actions
    );
    assert_eq!(changed.imported_at, db.now());
    let loaded = db.store.load_dataset().await.unwrap();
    assert_eq!(parties(&loaded, "ICRMW", date(2025, 2, 21)), 59);
    assert_eq!(zimbabwe_cmw_in_force(&loaded), None);
    assert_eq!(
        db.count("treaty_actions").await as u64,
        changed.counts.treaty_actions
    );

    let back = db.store.import(&Sources::bundled()).await.unwrap();
    assert_eq!(back.change, ImportChange::Replaced);
    assert_eq!(back.content_hash, bundled.content_hash);
    let loaded = db.store.load_dataset().await.unwrap();
    assert_eq!(parties(&loaded, "ICRMW", date(2025, 2, 21)), 60);
    assert_eq!(db.count("imports").await, 3);
    let (hash, _) = db.store.dataset_hash().await.unwrap().unwrap();
    assert_eq!(hash, bundled.content_hash);
}

async fn a_bad_row_imports_nothing_and_the_error_names_it(db: &TestDb) {
    let mut bad = Sources::bundled();
    bad.ratifications.text = bad.ratifications.text.replace(
        "ICRMW,IV-13,CMW,Zimbabwe,ZWE,,,2024-11-05,",
        "ICRMW,IV-13,CMW,Zimbabwe,ZWE,,,2024-13-05,",
    );
    let error = db.store.import(&bad).await.unwrap_err();
    assert!(matches!(error, StoreError::Data(_)), "{error:?}");
    let line = Sources::bundled()
        .ratifications
        .text
        .lines()
        .position(|line| line.starts_with("ICRMW,IV-13,CMW,Zimbabwe,ZWE,"))
        .unwrap()
        + 1;
    assert_eq!(
        error.to_string(),
        format!(
            "nothing imported: data/treaty_ratifications.csv:{line}:8 (consent_date): \
             invalid date \"2024-13-05\" (expected YYYY-MM-DD)"
        )
    );
    for table in [
        "imports",
        "dataset",
        "committees",
        "participants",
        "treaty_actions",
    ] {
        assert_eq!(db.count(table).await, 0, "{table}");
    }
    assert_eq!(db.count("audit_log").await, 0);

    // Over data already imported, a bad file leaves that data in force.
    let good = db.store.import(&Sources::bundled()).await.unwrap();
    db.store.import(&bad).await.unwrap_err();
    let (hash, _) = db.store.dataset_hash().await.unwrap().unwrap();
    assert_eq!(hash, good.content_hash);
    assert_eq!(db.count("imports").await, 1);
}

async fn a_row_the_database_refuses_rolls_back_the_whole_import(db: &TestDb) {
    db.refuse_inserts(
        "treaty_actions",
        "NEW.participant = 'ZWE' AND NEW.instrument = 'ICRMW'",
    )
    .await;
    let error = db.store.import(&Sources::bundled()).await.unwrap_err();
    let position = pacta_data::load(&Sources::bundled())
        .unwrap()
        .registry
        .actions()
        .iter()
        .position(|a| a.participant.as_str() == "ZWE" && a.instrument.as_str() == "ICRMW")
        .unwrap()
        + 1;
    let message = error.to_string();
    assert!(
        message.starts_with(&format!(
            "{}: nothing imported: treaty_actions row {position} (ICRMW ZWE accession 2024-11-05): ",
            db.store.location()
        )),
        "{message}"
    );
    assert!(message.contains("refused by the test"), "{message}");
    for table in [
        "imports",
        "dataset",
        "committees",
        "instruments",
        "participants",
    ] {
        assert_eq!(db.count(table).await, 0, "{table}");
    }
    assert_eq!(db.count("treaty_actions").await, 0);
    assert_eq!(db.count("audit_log").await, 0);

    // Replacing data: the failed import leaves the old data whole.
    db.allow_inserts("treaty_actions").await;
    let before = db.store.import(&without_zimbabwe_cmw()).await.unwrap();
    db.refuse_inserts(
        "treaty_actions",
        "NEW.participant = 'ZWE' AND NEW.instrument = 'ICRMW'",
    )
    .await;
    db.store.import(&Sources::bundled()).await.unwrap_err();
    let loaded = db.store.load_dataset().await.unwrap();
    assert_eq!(parties(&loaded, "ICRMW", date(2025, 2, 21)), 59);
    assert_eq!(
        db.count("treaty_actions").await as u64,
        before.counts.treaty_actions
    );
    assert_eq!(db.count("imports").await, 1);
    assert_eq!(db.count("audit_log").await, 1);
}

async fn loading_before_any_import_says_nothing_was_imported(db: &TestDb) {
    let error = db.store.load_dataset().await.unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "{}: no data imported yet (run `pacta import`)",
            db.store.location()
        )
    );
    assert_eq!(db.store.dataset_hash().await.unwrap(), None);
}

async fn concurrent_imports_of_the_same_files_import_once(db: &TestDb) {
    let other = db.reopen().await;
    let sources = Sources::bundled();
    let (a, b) = tokio::join!(db.store.import(&sources), other.import(&sources));
    let mut changes = [a.unwrap().change, b.unwrap().change];
    changes.sort_by_key(|change| *change as u8);
    assert_eq!(changes, [ImportChange::Imported, ImportChange::Unchanged]);
    assert_eq!(db.count("imports").await, 1);
    other.close().await;
}

async fn a_second_store_on_the_same_database_sees_the_import(db: &TestDb) {
    db.store.import(&Sources::bundled()).await.unwrap();
    let other = db.reopen().await;
    let loaded = other.load_dataset().await.unwrap();
    assert_eq!(parties(&loaded, "CRC", date(2025, 2, 21)), 196);
    other.close().await;
}
