//! Benchmarks of the registry's hot paths on the bundled data (issue: "parties on a
//! date" and "entry into force for every action in the ledger"), plus the load that
//! every CLI run pays. Run with `cargo bench -p pacta --bench registry`.

use divan::Bencher;
use jiff::civil::date;
use pacta_data::{Sources, load};

fn main() {
    divan::main();
}

/// Parse and check every bundled file and build the registry (once per CLI run).
#[divan::bench]
fn load_bundled_data(bencher: Bencher) {
    let sources = Sources::bundled();
    bencher.bench(|| load(divan::black_box(&sources)).expect("bundled data loads"));
}

/// The CMW's parties on 2025-02-21 (CMW/C/SR.608: 60).
#[divan::bench]
fn parties_on_a_date(bencher: Bencher) {
    let registry = load(&Sources::bundled())
        .expect("bundled data loads")
        .registry;
    let cmw = registry
        .catalogue()
        .resolve("CMW")
        .expect("CMW is in the catalogue");
    bencher.bench(|| {
        registry
            .parties_on(cmw, divan::black_box(date(2025, 2, 21)))
            .count()
    });
}

/// Parties of all eighteen instruments on one date.
#[divan::bench]
fn parties_of_every_instrument_on_a_date(bencher: Bencher) {
    let registry = load(&Sources::bundled())
        .expect("bundled data loads")
        .registry;
    bencher.bench(|| {
        registry
            .catalogue()
            .instruments()
            .iter()
            .map(|i| {
                registry
                    .parties_on(i, divan::black_box(date(2025, 2, 21)))
                    .count()
            })
            .sum::<usize>()
    });
}

/// Entry into force recomputed for every consent in the ledger (2,384 deposits).
#[divan::bench]
fn entry_into_force_for_every_action_in_the_ledger(bencher: Bencher) {
    let registry = load(&Sources::bundled())
        .expect("bundled data loads")
        .registry;
    let catalogue = registry.catalogue();
    let consents: Vec<_> = registry
        .participations()
        .iter()
        .filter_map(|p| {
            let consent = p.consent.as_ref()?;
            Some((
                catalogue.instrument(p.instrument.as_str())?,
                consent.date,
                consent.kind,
            ))
        })
        .collect();
    bencher.bench(|| {
        consents
            .iter()
            .map(|(instrument, deposit, kind)| {
                pacta_core::eif::entry_into_force(
                    instrument,
                    *deposit,
                    *kind,
                    &catalogue.interpretation,
                )
                .date
            })
            .max()
    });
}
