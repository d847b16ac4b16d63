//! The bundled data against the facts stated by UNTC (status as at 2026-02-03) and by
//! CMW/C/SR.608.

use jiff::civil::{Date, date};
use pacta_core::registry::PartyStatus;
use pacta_core::{Committee, Registry};
use pacta_data::{Dataset, Sources, load};

fn dataset() -> Dataset {
    load(&Sources::bundled()).expect("the bundled data loads")
}

fn count(registry: &Registry, instrument: &str, on: Date) -> usize {
    let instrument = registry
        .catalogue()
        .resolve(instrument)
        .expect("known instrument");
    registry.parties_on(instrument, on).count()
}

#[test]
fn party_counts_equal_untc_for_all_eighteen_instruments_on_the_status_date() {
    // data/treaties.csv: "Parties" as printed on each UNTC status page, 2026-02-03.
    let dataset = dataset();
    assert_eq!(dataset.untc.len(), 18);
    for untc in &dataset.untc {
        let got = count(&dataset.registry, untc.code.as_str(), untc.status_as_at);
        assert_eq!(got, untc.parties as usize, "{}", untc.code);
    }
}

#[test]
fn cmw_had_sixty_parties_on_21_february_2025_of_which_fifty_nine_bound() {
    // CMW/C/SR.608 para. 2: "As at 21 February 2025, there were 60 States Parties";
    // Zimbabwe (accession 2024-11-05) was bound only from 2025-03-01 (art. 87(2)).
    let dataset = dataset();
    let registry = &dataset.registry;
    let cmw = registry.catalogue().resolve("CMW").unwrap();
    let list = registry.parties_on(cmw, date(2025, 2, 21));
    assert_eq!(list.count(), 60);
    assert_eq!(list.in_force_count(), 59);
    let list = registry.parties_on(cmw, date(2025, 3, 1));
    assert_eq!(list.in_force_count(), 60);
}

#[test]
fn zimbabwe_is_bound_by_the_cmw_from_1_march_2025_with_its_initial_report_due_1_march_2026() {
    // CMW art. 87(2) and art. 73(1)(a); CMW/C/SR.608 para. 2; DOMAIN.md §10.1 #1, §10.2 #26.
    let dataset = dataset();
    let registry = &dataset.registry;
    let zimbabwe = registry.find_participant("ZWE").unwrap();
    let cmw = registry.catalogue().resolve("cmw").unwrap();
    let participation = registry.participation(cmw, zimbabwe).unwrap();
    let consent = participation.consent.as_ref().unwrap();
    assert_eq!(consent.date, date(2024, 11, 5));
    let eif = participation.entry_into_force.as_ref().unwrap();
    assert_eq!(eif.date, date(2025, 3, 1));
    assert_eq!(eif.rule, "CMW87");
    let obligation = registry.obligation(participation).unwrap();
    assert_eq!(obligation.initial_due, date(2026, 3, 1));
}

#[test]
fn the_crc_has_196_parties_and_the_cmw_is_the_least_ratified_core_treaty() {
    // CMW/C/SR.608 para. 2.
    let dataset = dataset();
    let on = date(2025, 2, 21);
    let stats = pacta_core::stats::instrument_stats(&dataset.registry, on);
    let core: Vec<_> = stats
        .iter()
        .filter(|s| s.kind == pacta_core::catalogue::InstrumentKind::Core)
        .collect();
    assert_eq!(core.last().unwrap().committee, Committee::Cmw);
    let crc = stats
        .iter()
        .find(|s| s.instrument.as_str() == "CRC")
        .unwrap();
    assert_eq!(crc.parties, 196);
}

#[test]
fn the_three_bracketed_iccpr_op1_entries_are_former_parties_with_unknown_denunciation_dates() {
    // UNTC IV-5 prints the consents of Belarus, Jamaica and Trinidad and Tobago in brackets.
    let dataset = dataset();
    let registry = &dataset.registry;
    let op1 = registry.catalogue().resolve("ICCPR-OP1").unwrap();
    let before = registry.parties_on(op1, date(2000, 1, 1));
    let mut uncertain: Vec<_> = before
        .uncertain
        .iter()
        .map(|r| r.participant.code.as_str())
        .collect();
    uncertain.sort();
    assert_eq!(uncertain, ["BLR", "JAM", "TTO"]);
    let on_status = registry.parties_on(op1, registry.status_as_at());
    assert!(on_status.uncertain.is_empty());
    let jamaica = registry.find_participant("Jamaica").unwrap();
    let participation = registry.participation(op1, jamaica).unwrap();
    assert_eq!(
        participation.status_on(registry.status_as_at(), registry.status_as_at()),
        PartyStatus::NotParty
    );
}

#[test]
fn cmw_committee_has_fourteen_members_since_the_convention_bound_its_forty_first_state() {
    // CMW art. 72(1)(b); DOMAIN.md §10.4 #59.
    let dataset = dataset();
    let registry = &dataset.registry;
    assert_eq!(
        registry.membership_on(Committee::Cmw, date(2025, 2, 21)),
        14
    );
    assert_eq!(registry.membership_on(Committee::Cmw, date(2004, 1, 1)), 10);
}

#[test]
fn the_european_union_is_a_crpd_party_by_formal_confirmation_and_not_a_state() {
    // UNTC IV-15: formal confirmation 23 Dec 2010; CRPD art. 45(2) → 2011-01-22 (DOMAIN.md §10.1 #22).
    let dataset = dataset();
    let registry = &dataset.registry;
    let eu = registry.find_participant("European Union").unwrap();
    assert!(!eu.kind.is_state());
    let crpd = registry.catalogue().resolve("CRPD").unwrap();
    let participation = registry.participation(crpd, eu).unwrap();
    assert_eq!(
        participation.entry_into_force.as_ref().unwrap().date,
        date(2011, 1, 22)
    );
}
