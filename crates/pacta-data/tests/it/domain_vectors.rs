//! The test vectors of DOMAIN.md §10.1 (entry into force), §10.2 (legal reporting due
//! dates) and §10.4 (#57–#60) that have a definite answer, run against the bundled
//! catalogue (data/catalogue.toml) and, where the case is a real deposit, the ledger.

use jiff::civil::{Date, date};
use pacta_core::catalogue::{Catalogue, Interpretation, MonthEnd};
use pacta_core::eif::{EifBasis, entry_into_force};
use pacta_core::procedure::{Operative, procedures_on};
use pacta_core::reporting::Obligation;
use pacta_core::{ActionKind, Committee};
use pacta_data::{Sources, load};

fn catalogue() -> Catalogue {
    load(&Sources::bundled())
        .unwrap()
        .registry
        .catalogue()
        .clone()
}

/// `check(instrument, deposit, kind, expected)` for one vector.
fn check(catalogue: &Catalogue, instrument: &str, deposit: Date, kind: ActionKind, expected: Date) {
    let instrument = catalogue.resolve(instrument).unwrap();
    let eif = entry_into_force(instrument, deposit, kind, &catalogue.interpretation);
    assert_eq!(
        eif.date, expected,
        "{} deposited {deposit}",
        instrument.code
    );
}

#[test]
fn entry_into_force_vectors_of_domain_section_10_1() {
    use ActionKind::{Accession, FormalConfirmation, Ratification};
    let catalogue = catalogue();
    let vectors = [
        // #1 CMW art. 87(2); CMW/C/SR.608: Zimbabwe.
        ("CMW", date(2024, 11, 5), Accession, date(2025, 3, 1)),
        // #2 CMW art. 87(1); UNTC IV-13: the 20th instruments (El Salvador, Guatemala).
        ("CMW", date(2003, 3, 14), Ratification, date(2003, 7, 1)),
        // #3–#8 CMW art. 87(2) with UNTC IV-13 deposit dates.
        ("CMW", date(2008, 9, 25), Ratification, date(2009, 1, 1)),
        ("CMW", date(2019, 8, 19), Accession, date(2019, 12, 1)),
        ("CMW", date(2022, 2, 22), Ratification, date(2022, 6, 1)),
        ("CMW", date(2023, 9, 26), Accession, date(2024, 1, 1)),
        ("CMW", date(2018, 7, 6), Ratification, date(2018, 11, 1)),
        ("CMW", date(2003, 9, 29), Accession, date(2004, 1, 1)),
        // #9 Mexico ratified before the Convention's entry into force (art. 87(1)).
        ("CMW", date(1999, 3, 8), Ratification, date(2003, 7, 1)),
        // #10 Mali: after the 20th deposit, before entry into force ("after its entry into force").
        ("CMW", date(2003, 6, 5), Accession, date(2003, 7, 1)),
        // #11 Congo: 31 Mar + 3 months clamps to 30 Jun, then the 1st of July.
        ("CMW", date(2017, 3, 31), Ratification, date(2017, 7, 1)),
        // #12 ICCPR art. 49(2): Bahamas.
        ("ICCPR", date(2008, 12, 23), Ratification, date(2009, 3, 23)),
        // #13 OP-ICESCR art. 18(1): Uruguay, the 10th instrument.
        (
            "ICESCR-OP",
            date(2013, 2, 5),
            Ratification,
            date(2013, 5, 5),
        ),
        // #14, #15 OP-ICESCR art. 18(2): Belgium, Germany.
        (
            "ICESCR-OP",
            date(2014, 5, 20),
            Ratification,
            date(2014, 8, 20),
        ),
        ("ICESCR-OP", date(2023, 4, 20), Accession, date(2023, 7, 20)),
        // #16 Finland: 31 Jan + 3 months, clamped (flagged).
        (
            "ICESCR-OP",
            date(2014, 1, 31),
            Ratification,
            date(2014, 4, 30),
        ),
        // #17 CED art. 39(1): Iraq, the 20th instrument.
        ("CED", date(2010, 11, 23), Accession, date(2010, 12, 23)),
        // #18 CED art. 39(2) "after the deposit of the twentieth": Brazil, before the Convention's own date.
        ("CED", date(2010, 11, 29), Ratification, date(2010, 12, 29)),
        // #19, #20 CED art. 39(2): Armenia, Bosnia and Herzegovina.
        ("CED", date(2011, 1, 24), Ratification, date(2011, 2, 23)),
        ("CED", date(2012, 3, 30), Ratification, date(2012, 4, 29)),
        // #21 CRC art. 49(2): Portugal.
        ("CRC", date(1990, 9, 21), Ratification, date(1990, 10, 21)),
        // #22 CRPD art. 45(2): the European Union's formal confirmation.
        (
            "CRPD",
            date(2010, 12, 23),
            FormalConfirmation,
            date(2011, 1, 22),
        ),
        // #23 OP-CEDAW art. 16(1): Italy, the 10th instrument.
        (
            "OP-CEDAW",
            date(2000, 9, 22),
            Ratification,
            date(2000, 12, 22),
        ),
        // #24 OPIC: Costa Rica, the 10th instrument, three months.
        ("OPIC", date(2014, 1, 14), Ratification, date(2014, 4, 14)),
        // #25 OPSC art. 14(2): a deposit after the Protocol's entry into force, plus one month.
        ("OPSC", date(2005, 6, 15), Ratification, date(2005, 7, 15)),
    ];
    for (instrument, deposit, kind, expected) in vectors {
        check(&catalogue, instrument, deposit, kind, expected);
    }
}

#[test]
fn unsettled_readings_are_flagged_for_a_depositary_check() {
    // DOMAIN.md §1.1 cases 1–2 and §10.1 #11, #16: month-end clamping is [U].
    let catalogue = catalogue();
    let interpretation = catalogue.interpretation;
    let congo = entry_into_force(
        catalogue.resolve("CMW").unwrap(),
        date(2017, 3, 31),
        ActionKind::Ratification,
        &interpretation,
    );
    assert!(congo.needs_depositary_check.is_some());
    let finland = entry_into_force(
        catalogue.resolve("ICESCR-OP").unwrap(),
        date(2014, 1, 31),
        ActionKind::Ratification,
        &interpretation,
    );
    assert!(finland.needs_depositary_check.is_some());
    let zimbabwe = entry_into_force(
        catalogue.resolve("CMW").unwrap(),
        date(2024, 11, 5),
        ActionKind::Accession,
        &interpretation,
    );
    assert_eq!(zimbabwe.needs_depositary_check, None);
    assert_eq!(zimbabwe.basis, EifBasis::StateRule);
}

#[test]
fn the_month_end_reading_is_a_switch() {
    // DOMAIN.md §1.1 case 1: with "roll", Finland's 31 Jan 2014 + 3 months is 1 May 2014.
    let catalogue = catalogue();
    let roll = Interpretation {
        month_end: MonthEnd::Roll,
        ..catalogue.interpretation
    };
    let finland = entry_into_force(
        catalogue.resolve("ICESCR-OP").unwrap(),
        date(2014, 1, 31),
        ActionKind::Ratification,
        &roll,
    );
    assert_eq!(finland.date, date(2014, 5, 1));
}

#[test]
fn legal_due_date_vectors_of_domain_section_10_2() {
    let catalogue = catalogue();
    let interpretation = catalogue.interpretation;
    let obligation = |instrument: &str, eif: Date| {
        let rule = catalogue
            .resolve(instrument)
            .unwrap()
            .reporting
            .as_ref()
            .unwrap();
        Obligation::new(rule, eif, &interpretation)
    };
    // #26 CMW art. 73(1)(a): Zimbabwe.
    assert_eq!(
        obligation("CMW", date(2025, 3, 1)).initial_due,
        date(2026, 3, 1)
    );
    // #27 Fiji.
    assert_eq!(
        obligation("CMW", date(2019, 12, 1)).initial_due,
        date(2020, 12, 1)
    );
    // #28 Jamaica: initial 2010-01-01, second report 2015-01-01 counting five years from the
    // initial due date (the [U] reading chosen in data/catalogue.toml, periodic_from).
    let jamaica = obligation("CMW", date(2009, 1, 1));
    assert_eq!(jamaica.due(1).unwrap().due, date(2010, 1, 1));
    assert_eq!(jamaica.due(2).unwrap().due, date(2015, 1, 1));
    // #29 ICCPR art. 40(1): initial only; later reports when the Committee requests.
    let bahamas = obligation("ICCPR", date(2009, 3, 23));
    assert_eq!(bahamas.initial_due, date(2010, 3, 23));
    assert_eq!(bahamas.due(2), None);
    assert!(bahamas.on_request);
    // #30 CED art. 29(1), (4): one report, then additional information on request.
    let armenia = obligation("CED", date(2011, 2, 23));
    assert_eq!(armenia.initial_due, date(2013, 2, 23));
    assert_eq!(armenia.due(2), None);
    // #31 CRC art. 44(1): Portugal, initial 1992-10-21, then every five years.
    let portugal = obligation("CRC", date(1990, 10, 21));
    assert_eq!(portugal.initial_due, date(1992, 10, 21));
    assert_eq!(portugal.due(2).unwrap().due, date(1997, 10, 21));
    // #32 CRPD art. 35: the EU, initial 2013-01-22, then every four years.
    let eu = obligation("CRPD", date(2011, 1, 22));
    assert_eq!(eu.initial_due, date(2013, 1, 22));
    assert_eq!(eu.due(2).unwrap().due, date(2017, 1, 22));
    // #33 ICERD art. 9(1): E + 1 year, then every two years.
    let icerd = obligation("ICERD", date(2000, 6, 15));
    assert_eq!(icerd.initial_due, date(2001, 6, 15));
    assert_eq!(icerd.due(2).unwrap().due, date(2003, 6, 15));
    // #34 OPSC art. 12(1): comprehensive report E + 2 years.
    assert_eq!(
        obligation("OPSC", date(2005, 7, 15)).initial_due,
        date(2007, 7, 15)
    );
}

#[test]
fn the_latest_and_next_legal_due_dates_follow_the_period() {
    // CMW art. 73(1): Jamaica, bound 2009-01-01: reports due 2010-01-01, 2015-01-01, 2020-01-01, 2025-01-01.
    let catalogue = catalogue();
    let rule = catalogue
        .resolve("CMW")
        .unwrap()
        .reporting
        .as_ref()
        .unwrap();
    let jamaica = Obligation::new(rule, date(2009, 1, 1), &catalogue.interpretation);
    assert_eq!(jamaica.latest_due(date(2009, 12, 31)), None);
    assert_eq!(
        jamaica.next_due(date(2009, 12, 31)).unwrap().due,
        date(2010, 1, 1)
    );
    assert_eq!(jamaica.latest_due(date(2024, 12, 31)).unwrap().number, 3);
    assert_eq!(jamaica.latest_due(date(2025, 1, 1)).unwrap().number, 4);
    assert_eq!(
        jamaica.next_due(date(2025, 1, 1)).unwrap().due,
        date(2030, 1, 1)
    );
}

#[test]
fn cmw_article_77_is_not_operative_with_four_declarations() {
    // CMW art. 77(8): ten declarations needed; UNTC IV-13 (2026-02-03) lists four
    // (Ecuador, El Salvador, Mexico, Uruguay). DOMAIN.md §10.4 #57.
    let dataset = load(&Sources::bundled()).unwrap();
    let registry = &dataset.registry;
    let cmw = registry.catalogue().resolve("CMW").unwrap();
    let statuses = procedures_on(registry, cmw, registry.status_as_at());
    let art77 = statuses.iter().find(|s| s.article == "77").unwrap();
    assert_eq!(art77.operative, Operative::No);
    let mut states: Vec<_> = art77
        .declarations
        .iter()
        .map(|d| d.participant.as_str())
        .collect();
    states.sort();
    assert_eq!(states, ["ECU", "MEX", "SLV", "URY"]);
    // Art. 76: Ecuador, El Salvador and Guinea-Bissau (undated, so counted from the status date).
    let art76 = statuses.iter().find(|s| s.article == "76").unwrap();
    assert_eq!(art76.declarations.len(), 3);
    assert_eq!(art76.operative, Operative::No);
}

#[test]
fn committee_size_follows_the_party_count_vectors_of_domain_section_10_4() {
    let catalogue = catalogue();
    // #59 CMW art. 72(1)(b).
    assert_eq!(catalogue.committee(Committee::Cmw).membership(40), 10);
    assert_eq!(catalogue.committee(Committee::Cmw).membership(41), 14);
    // #60 CRPD art. 34(2): 20 + 60 ratifications.
    assert_eq!(catalogue.committee(Committee::Crpd).membership(79), 12);
    assert_eq!(catalogue.committee(Committee::Crpd).membership(80), 18);
    // #61 OPCAT art. 5(1).
    assert_eq!(catalogue.committee(Committee::Spt).membership(49), 10);
    assert_eq!(catalogue.committee(Committee::Spt).membership(50), 25);
    // CEDAW art. 17(1).
    assert_eq!(catalogue.committee(Committee::Cedaw).membership(35), 23);
}
