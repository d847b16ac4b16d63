//! Tests of the symbol grammar: the DOMAIN.md §10.3 vectors, real symbols that
//! must round-trip, error positions, constructors, the JSON view, and property
//! tests (typed symbols round-trip; no input makes the parser panic).
//!
//! Not here: the cargo-fuzz target (`fuzz/fuzz_targets/symbol.rs`).

use proptest::prelude::*;
use serde_json::json;

use super::*;
use crate::Committee::{self, *};

fn parsed(input: &str) -> Symbol {
    Symbol::parse(input).unwrap_or_else(|error| panic!("{error}"))
}

fn state(code: &str) -> StateCode {
    StateCode::new(code).unwrap()
}

fn reports(first: u32, last: u32) -> ReportNumbers {
    ReportNumbers::new(first, last).unwrap()
}

/// Parses `input`, checks its document and suffixes, and that it formats back.
fn check(input: &str, document: Document, suffixes: &[Suffix]) {
    let symbol = parsed(input);
    assert_eq!(symbol.document(), &document, "{input}");
    assert_eq!(symbol.suffixes(), suffixes, "{input}");
    assert_eq!(symbol.to_string(), input);
}

#[test]
fn parses_every_symbol_vector_of_domain_10_3() {
    // #35: symbol guide [UN]; CMW/C/SR.608.
    check(
        "CMW/C/SR.608",
        Document::SummaryRecord {
            committee: Cmw,
            year: None,
            meeting: 608,
        },
        &[],
    );
    // #36: E/C.12/2019/SR.29 [UN]; CESCR numbering restarts each year.
    check(
        "E/C.12/2019/SR.29",
        Document::SummaryRecord {
            committee: Cescr,
            year: Some(2019),
            meeting: 29,
        },
        &[],
    );
    // #37: pattern verified on CMW/C/MEX/CO/3 [UN].
    check(
        "CMW/C/MEX/CO/4",
        Document::Reporting {
            committee: Cmw,
            state: state("MEX"),
            kind: ReportingKind::ConcludingObservations,
            reports: reports(4, 4),
        },
        &[],
    );
    // #38: CRC/C/AUT/CO/5-6 [UN].
    check(
        "CRC/C/AUT/CO/5-6",
        Document::Reporting {
            committee: Crc,
            state: state("AUT"),
            kind: ReportingKind::ConcludingObservations,
            reports: reports(5, 6),
        },
        &[],
    );
    // #39: CMW/C/SR.593 [UN]; precedes report 4 and links to CMW/C/MEX/4.
    check(
        "CMW/C/MEX/QPR/4",
        Document::Reporting {
            committee: Cmw,
            state: state("MEX"),
            kind: ReportingKind::ListOfIssuesPriorToReporting,
            reports: reports(4, 4),
        },
        &[],
    );
    assert_eq!(
        parsed("CMW/C/MEX/QPR/4").precedes_report(),
        Some(parsed("CMW/C/MEX/4"))
    );
    // #40: [UN].
    check(
        "CRC/C/AUT/RQ/5-6",
        Document::Reporting {
            committee: Crc,
            state: state("AUT"),
            kind: ReportingKind::RepliesToListOfIssues,
            reports: reports(5, 6),
        },
        &[],
    );
    // #41: ccprcentre [S].
    check(
        "CCPR/C/ETH/Q/2",
        Document::Reporting {
            committee: Ccpr,
            state: state("ETH"),
            kind: ReportingKind::ListOfIssues,
            reports: reports(2, 2),
        },
        &[],
    );
    // #42: CMW/C/SR.395 [UN]; joint GC [(CMW, 3), (CRC, 22)].
    check(
        "CMW/C/GC/3-CRC/C/GC/22",
        Document::GeneralComment {
            parts: vec![(Cmw, 3), (Crc, 22)],
        },
        &[],
    );
    // #43: CMW/C/39/1 [UN] (annotated provisional agenda).
    check(
        "CMW/C/39/1",
        Document::SessionDocument {
            committee: Cmw,
            session: 39,
            number: 1,
        },
        &[],
    );
    // #44: OHCHR SRP page [UN].
    check(
        "A/77/228",
        Document::GeneralAssembly {
            session: 77,
            number: 228,
        },
        &[],
    );
    // #45: final-component rules [UN]: base CMW/C/SR.375 + Corr.1.
    check(
        "CMW/C/SR.375/Corr.1",
        Document::SummaryRecord {
            committee: Cmw,
            year: None,
            meeting: 375,
        },
        &[Suffix::Corr(1)],
    );
    assert_eq!(parsed("CMW/C/SR.375/Corr.1").base(), parsed("CMW/C/SR.375"));
    // #46: [UN]; series HRI, body MeetingOfChairs.
    check(
        "HRI/MC/2022/1",
        Document::Hri {
            meeting: HriMeeting::MeetingOfChairs,
            year: 2022,
            number: 1,
        },
        &[],
    );
}

#[test]
fn domain_10_3_vectors_show_their_fields_in_the_json_view() {
    let cases = [
        // #35
        (
            "CMW/C/SR.608",
            json!({"body": "CMW", "kind": "summary_record", "meeting": 608}),
        ),
        // #36
        (
            "E/C.12/2019/SR.29",
            json!({"body": "CESCR", "year": 2019, "kind": "summary_record", "meeting": 29}),
        ),
        // #37
        (
            "CMW/C/MEX/CO/4",
            json!({"body": "CMW", "state": "MEX", "kind": "concluding_observations", "reports": [4]}),
        ),
        // #38
        (
            "CRC/C/AUT/CO/5-6",
            json!({"body": "CRC", "state": "AUT", "kind": "concluding_observations", "reports": [5, 6]}),
        ),
        // #39: the report it precedes is in `reports`.
        (
            "CMW/C/MEX/QPR/4",
            json!({"kind": "list_of_issues_prior_to_reporting", "reports": [4]}),
        ),
        // #40
        (
            "CRC/C/AUT/RQ/5-6",
            json!({"kind": "replies_to_list_of_issues", "reports": [5, 6]}),
        ),
        // #41
        (
            "CCPR/C/ETH/Q/2",
            json!({"kind": "list_of_issues", "reports": [2]}),
        ),
        // #42
        (
            "CMW/C/GC/3-CRC/C/GC/22",
            json!({"kind": "joint_general_comment", "body": ["CMW", "CRC"], "number": [3, 22]}),
        ),
        // #43
        (
            "CMW/C/39/1",
            json!({"body": "CMW", "session": 39, "number": 1}),
        ),
        // #44
        (
            "A/77/228",
            json!({"body": "GA", "session": 77, "number": 228}),
        ),
        // #45
        (
            "CMW/C/SR.375/Corr.1",
            json!({"meeting": 375, "suffixes": ["Corr.1"]}),
        ),
        // #46
        (
            "HRI/MC/2022/1",
            json!({"series": "HRI", "body": "MeetingOfChairs", "year": 2022, "number": 1}),
        ),
    ];
    for (input, expected) in cases {
        let view = serde_json::to_value(parsed(input).view()).unwrap();
        for (key, value) in expected.as_object().unwrap() {
            assert_eq!(&view[key], value, "{input}: {key}");
        }
    }
}

#[test]
fn real_symbols_round_trip_exactly() {
    let symbols = [
        // DOMAIN.md §7.2, summary records: docstore [UN].
        "CMW/C/SR.241",
        "CMW/C/SR.366",
        "CMW/C/SR.375",
        "CMW/C/SR.395",
        "CMW/C/SR.409",
        "CMW/C/SR.472",
        "CMW/C/SR.530",
        "CMW/C/SR.571",
        "CMW/C/SR.593",
        "CRC/C/SR.2448",
        "CERD/C/SR.2556",
        "E/C.12/2019/SR.29",
        // §7.2, State reports [UN].
        "CMW/C/MEX/3",
        "CMW/C/MEX/4",
        "CRC/C/AUT/5-6",
        "CERD/C/ARE/18-21",
        // §7.2, lists of issues, LOIPR, replies [UN]/[S].
        "CCPR/C/ETH/Q/2",
        "CMW/C/MEX/QPR/3",
        "CMW/C/MEX/QPR/4",
        "CMW/C/MRT/QPR/1",
        "CRC/C/AUT/RQ/5-6",
        // §7.2, concluding observations [UN]; CMW/C/MEX/CO/4 per SR.608.
        "CMW/C/MEX/CO/2",
        "CMW/C/MEX/CO/3",
        "CRC/C/AUT/CO/5-6",
        "CERD/C/ARE/CO/17",
        "CERD/C/ARE/CO/18-21",
        "CMW/C/MEX/CO/4",
        // §7.2, general comments [UN].
        "CMW/C/GC/1",
        "CMW/C/GC/3-CRC/C/GC/22",
        // §7.2, session documents [UN].
        "CMW/C/37/1",
        "CMW/C/38/1",
        "CMW/C/39/1",
        "CMW/C/41/1",
        "CED/C/22/4",
        "CED/C/23/2",
        "CCPR/C/128/3",
        // §7.2, guidelines and rules of procedure [UN].
        "CCPR/C/2009/1",
        "E/C.12/2008/2",
        "CERD/C/2007/1",
        "CRC/C/58/Rev.3",
        "CAT/C/4/Rev.3",
        "CCPR/C/3/Rev.11",
        "CMW/C/2",
        // §7.2, annual reports [UN].
        "A/70/40",
        "A/71/40",
        "A/61/48",
        "A/66/48",
        "E/2021/22",
        "E/C.12/2020/3",
        // §7.2, GA documents [UN]; A/79/292 per SR.608.
        "A/77/228",
        "A/71/118",
        "A/75/601",
        "A/RES/68/268",
        "A/79/292",
        // §7.2, Chairs' meetings [UN]; §7.1, HRI/ICM/2010/3 [UN].
        "HRI/MC/2017/4",
        "HRI/MC/2019/3",
        "HRI/MC/2022/1",
        "HRI/MC/2022/2",
        "HRI/MC/2023/1",
        "HRI/ICM/2010/3",
        // ../shared/data/cmw_reviews_partial.csv (OHCHR session pages).
        "CMW/C/BGD/1",
        "CMW/C/ECU/3",
        "CMW/C/HND/1",
        "CMW/C/IDN/1",
        "CMW/C/JAM/1",
        "CMW/C/NER/1",
        "CMW/C/NGA/1",
        "CMW/C/NIC/1",
        // ../shared/data/cmw_sessions.csv.
        "CMW/C/19/1",
        "CMW/C/28/1",
        "CMW/C/31/1",
        "CMW/C/32/1",
        "CMW/C/34/1",
        "CMW/C/SR.453",
        // ../shared/data/tb_sessions.csv and tb_session_reviews.csv.
        "A/61/40",
        "A/72/40",
        "A/78/40",
        "A/80/18",
        "CED/C/SR.442",
        "CEDAW/C/SR.1802",
        "CERD/C/SR.3050",
        "CERD/C/SR.3138",
        "CRC/C/COK/CO/2-5",
        "CRPD/C/30/2",
        "E/2025/22",
        // ../shared/data/treaties.csv.
        "A/RES/54/4",
        // Joint CEDAW/CRC general recommendation/comment: masthead of the
        // 2014 advance version, and of the 2019 revision (printed with an en
        // dash, written here with the ASCII hyphen).
        "CEDAW/C/GC/31-CRC/C/GC/18",
        "CEDAW/C/GC/31/Rev.1-CRC/C/GC/18/Rev.1",
    ];
    for input in symbols {
        assert_eq!(parsed(input).to_string(), input);
    }
}

#[test]
fn derived_symbols_of_domain_7_2_are_built_by_the_constructors() {
    // DOMAIN.md §7.2 "Derived (not seen, pattern only) [D]": CMW's 40th session.
    let cases = [
        (
            Symbol::list_of_issues(Cmw, state("TJK"), reports(3, 3)),
            "CMW/C/TJK/Q/3",
        ),
        (
            Symbol::list_of_issues_prior_to_reporting(Cmw, state("FJI"), reports(1, 1)),
            "CMW/C/FJI/QPR/1",
        ),
        (
            Symbol::list_of_issues_prior_to_reporting(Cmw, state("GIN"), reports(2, 2)),
            "CMW/C/GIN/QPR/2",
        ),
        (
            Symbol::list_of_issues_prior_to_reporting(Cmw, state("ECU"), reports(4, 4)),
            "CMW/C/ECU/QPR/4",
        ),
        (
            Symbol::concluding_observations(Cmw, state("NER"), reports(2, 2)),
            "CMW/C/NER/CO/2",
        ),
        // Jamaica's combined initial and second report.
        (
            Symbol::concluding_observations(Cmw, state("JAM"), reports(1, 2)),
            "CMW/C/JAM/CO/1-2",
        ),
    ];
    for (built, expected) in cases {
        let built = built.unwrap();
        assert_eq!(built.to_string(), expected);
        assert_eq!(parsed(expected), built);
    }
}

#[test]
fn a_list_of_issues_prior_to_reporting_links_to_the_report_it_precedes() {
    // DOMAIN.md §7.2: CMW/C/MEX/QPR/3 (3 Oct 2016) → report CMW/C/MEX/3;
    // CMW/C/MEX/QPR/4 → CMW/C/MEX/4 (CMW/C/SR.593).
    for (loipr, report) in [
        ("CMW/C/MEX/QPR/3", "CMW/C/MEX/3"),
        ("CMW/C/MEX/QPR/4", "CMW/C/MEX/4"),
        ("CMW/C/MRT/QPR/1", "CMW/C/MRT/1"),
    ] {
        let preceded = parsed(loipr).precedes_report().unwrap();
        assert_eq!(preceded.to_string(), report);
        assert_eq!(preceded.kind(), SymbolKind::StateReport);
    }
    let built =
        Symbol::list_of_issues_prior_to_reporting(Cmw, state("MEX"), reports(4, 4)).unwrap();
    assert_eq!(built.to_string(), "CMW/C/MEX/QPR/4");
    assert_eq!(
        built.precedes_report(),
        Some(Symbol::state_report(Cmw, state("MEX"), reports(4, 4)).unwrap())
    );
    // Only a LOIPR precedes a report.
    assert_eq!(parsed("CMW/C/MEX/Q/4").precedes_report(), None);
    assert_eq!(parsed("CMW/C/MEX/4").precedes_report(), None);
}

#[test]
fn summary_record_symbols_follow_each_committees_numbering() {
    // CESCR numbers its meetings per year (E/C.12/2019/SR.29); the others
    // across sessions (CMW/C/SR.608, CRC/C/SR.2448), so the year is not written.
    let cases = [
        (Cescr, 29, 2019, "E/C.12/2019/SR.29"),
        (Cmw, 608, 2025, "CMW/C/SR.608"),
        (Crc, 2448, 2020, "CRC/C/SR.2448"),
        (Spt, 12, 2010, "CAT/OP/SR.12"),
    ];
    for (committee, meeting, year, expected) in cases {
        let built = Symbol::summary_record(committee, meeting, year).unwrap();
        assert_eq!(built.to_string(), expected);
        assert_eq!(built.kind(), SymbolKind::SummaryRecord);
    }
}

#[test]
fn suffixes_and_reissue_marker_are_appended_in_order() {
    let record = Symbol::summary_record(Cmw, 375, 2019).unwrap();
    let corrected = record.clone().with_suffix(Suffix::Corr(1)).unwrap();
    assert_eq!(corrected.to_string(), "CMW/C/SR.375/Corr.1");
    assert_eq!(corrected.base(), record);
    let revised = Symbol::series_document(Ccpr, 3)
        .unwrap()
        .with_suffix(Suffix::Rev(11))
        .unwrap();
    assert_eq!(revised.to_string(), "CCPR/C/3/Rev.11");
    let reissued = corrected.reissued();
    assert_eq!(reissued.to_string(), "CMW/C/SR.375/Corr.1/-*");
    assert!(reissued.is_reissued());
    assert_eq!(
        reissued.with_suffix(Suffix::Add(2)).unwrap().to_string(),
        "CMW/C/SR.375/Corr.1/Add.2/-*"
    );
    let joint = Symbol::joint_general_comment(&[(Cedaw, 31), (Crc, 18)])
        .unwrap()
        .with_suffix(Suffix::Rev(1))
        .unwrap();
    assert_eq!(joint.to_string(), "CEDAW/C/GC/31/Rev.1-CRC/C/GC/18/Rev.1");
    for input in [
        "CMW/C/SR.608/-*",
        "CMW/C/MEX/4/Add.1/Corr.2/Rev.3/Amend.4",
        "CMW/C/GC/3-CRC/C/GC/22/-*",
        "CEDAW/C/GC/31/Rev.1/Corr.1-CRC/C/GC/18/Rev.1/Corr.1/-*",
    ] {
        assert_eq!(parsed(input).to_string(), input);
    }
}

#[test]
fn constructors_refuse_data_that_makes_no_symbol() {
    let cases: [(Result<Symbol, SymbolBuildError>, SymbolBuildError); 9] = [
        (
            Symbol::state_report(Spt, state("MEX"), reports(1, 1)),
            SymbolBuildError::NoSuchDocument {
                committee: Spt,
                what: "reporting-document",
            },
        ),
        (
            Symbol::general_comment(Spt, 1),
            SymbolBuildError::NoSuchDocument {
                committee: Spt,
                what: "general-comment",
            },
        ),
        (
            Symbol::joint_general_comment(&[(Cmw, 3), (Cmw, 4)]),
            SymbolBuildError::RepeatedCommittee { committee: Cmw },
        ),
        (
            Symbol::joint_general_comment(&[]),
            SymbolBuildError::EmptyGeneralComment,
        ),
        (
            Symbol::session_document(Cmw, 1000, 1),
            SymbolBuildError::OutOfRange {
                what: "session",
                value: 1000,
                min: 1,
                max: 999,
            },
        ),
        (
            Symbol::year_document(Ccpr, 1945, 1),
            SymbolBuildError::OutOfRange {
                what: "year",
                value: 1945,
                min: 1946,
                max: 9999,
            },
        ),
        (
            Symbol::summary_record(Cmw, 0, 2025),
            SymbolBuildError::OutOfRange {
                what: "meeting",
                value: 0,
                min: 1,
                max: u64::from(u32::MAX),
            },
        ),
        (
            Symbol::new(Document::SummaryRecord {
                committee: Cescr,
                year: None,
                meeting: 1,
            }),
            SymbolBuildError::CescrSummaryRecordWithoutYear,
        ),
        (
            Symbol::general_assembly(79, 292)
                .unwrap()
                .with_suffix(Suffix::Corr(0)),
            SymbolBuildError::OutOfRange {
                what: "suffix number",
                value: 0,
                min: 1,
                max: u64::from(u32::MAX),
            },
        ),
    ];
    for (built, error) in cases {
        assert_eq!(built, Err(error));
    }
    assert!(StateCode::new("Mex").is_err());
    let mexico = crate::ParticipantCode::parse("MEX").unwrap();
    assert_eq!(StateCode::try_from(&mexico), Ok(state("MEX")));
    let union = crate::ParticipantCode::parse("EU").unwrap();
    assert!(StateCode::try_from(&union).is_err());
    assert!(StateCode::new("MEXI").is_err());
    assert!(ReportNumbers::new(0, 1).is_err());
    assert!(ReportNumbers::new(3, 2).is_err());
    assert!(ReportNumbers::new(1, 1000).is_err());
}

/// Parses `input`, expecting an error at `position` (bytes) in `component`.
fn check_error(input: &str, position: usize, component: usize, expected: Expected, found: &str) {
    let error = Symbol::parse(input).expect_err(input);
    assert_eq!(
        (
            error.position(),
            error.component(),
            error.expected(),
            error.found()
        ),
        (position, component, expected, found),
        "{input}: {error}"
    );
}

#[test]
fn errors_name_the_first_component_that_does_not_fit() {
    use Expected as E;
    // The brief's example: a State document with an unknown component.
    check_error("CMW/C/MEX/XX/4", 10, 4, E::StateDocument, "XX");
    check_error("", 0, 1, E::Series, "");
    check_error("S/2024/1", 0, 1, E::Series, "S");
    check_error("cmw/c/sr.608", 0, 1, E::Series, "cmw");
    check_error("CMW", 3, 2, E::CommitteeC, "");
    check_error("CMW/D/SR.1", 4, 2, E::CommitteeC, "D");
    check_error("CAT/X/1", 4, 2, E::CatSubseries, "X");
    check_error("E/C.13/1", 2, 2, E::EcosocSubseries, "C.13");
    check_error("A/HRC/55/1", 2, 2, E::GeneralAssemblySubseries, "HRC");
    check_error("HRI/GEN/1/Rev.9", 4, 2, E::HriSubseries, "GEN");
    check_error("CMW/C", 5, 3, E::TreatyBodyDocument(Cmw), "");
    check_error("CMW/C/", 6, 3, E::TreatyBodyDocument(Cmw), "");
    check_error("CMW//SR.1", 4, 2, E::CommitteeC, "");
    check_error("CMW/C/SR.0608", 6, 3, E::MeetingNumber, "SR.0608");
    check_error("CMW/C/SR.608x", 6, 3, E::MeetingNumber, "SR.608x");
    check_error("CMW/C/MEX", 9, 4, E::StateDocument, "");
    check_error("CMW/C/MEX/CO", 12, 5, E::ReportNumbers, "");
    check_error("CMW/C/MEX/CO/6-5", 13, 5, E::ReportNumbers, "6-5");
    check_error("CMW/C/MEX/CO/5-5", 13, 5, E::ReportNumbers, "5-5");
    check_error("CMW/C/MEX/0", 10, 4, E::ReportNumbers, "0");
    check_error("CMW/C/MEX/1000", 10, 4, E::ReportNumbers, "1000");
    // Mastheads print en dashes; symbols use the ASCII hyphen.
    check_error("CRC/C/AUT/5\u{2013}6", 11, 4, E::AsciiHyphen, "\u{2013}");
    check_error(
        "CMW/C/GC/3\u{2013}CRC/C/GC/22",
        10,
        4,
        E::AsciiHyphen,
        "\u{2013}",
    );
    // CESCR's summary records carry the year; no one else's do.
    check_error("E/C.12/SR.29", 7, 3, E::TreatyBodyDocument(Cescr), "SR.29");
    check_error("E/C.12/39/SR.5", 7, 3, E::Year, "39");
    check_error(
        "CMW/C/2019/SR.5",
        11,
        4,
        E::DocumentNumberNotSummaryRecord,
        "SR.5",
    );
    check_error("E/C.12/2019/SR.x", 12, 4, E::MeetingNumber, "SR.x");
    // Four digits before 1946 are neither a session nor a year.
    check_error("CMW/C/1500/1", 6, 3, E::SessionOrYear, "1500");
    check_error("A/RES/68", 8, 4, E::DocumentNumber, "");
    check_error("A/RES/1000/1", 6, 3, E::Session, "1000");
    check_error("HRI/MC/22/1", 7, 3, E::Year, "22");
    check_error("E/1945/1", 2, 2, E::EcosocSubseries, "1945");
    // The SPT has no State documents or general comments.
    check_error("CAT/OP/MEX/1", 7, 3, E::TreatyBodyDocument(Spt), "MEX");
    check_error("CAT/OP/GC/1", 7, 3, E::TreatyBodyDocument(Spt), "GC");
    // Joint general comments.
    check_error(
        "CMW/C/GC/3-CMW/C/GC/4",
        11,
        5,
        E::DistinctCommittee,
        "CMW/C",
    );
    check_error("CMW/C/GC/3-CAT/OP/GC/4", 11, 5, E::JointSeries, "CAT/OP");
    check_error("CMW/C/GC/3-A/1/2", 11, 5, E::JointSeries, "A");
    check_error("CMW/C/GC/3-CRC/C/SR.1", 17, 7, E::JointGc, "SR.1");
    check_error("CMW/C/GC/x", 9, 4, E::GeneralCommentNumber, "x");
    check_error(
        "CEDAW/C/GC/31/Rev.1-CRC/C/GC/18",
        31,
        10,
        E::SameSuffix(Suffix::Rev(1)),
        "",
    );
    check_error(
        "CEDAW/C/GC/31/Rev.1-CRC/C/GC/18/Rev.2",
        32,
        10,
        E::SameSuffix(Suffix::Rev(1)),
        "Rev.2",
    );
    check_error(
        "CEDAW/C/GC/31-CRC/C/GC/18/Rev.1",
        26,
        9,
        E::PartEnd,
        "Rev.1",
    );
    // Suffixes and the reissue marker.
    check_error("CMW/C/SR.608/", 13, 4, E::Suffix, "");
    check_error("CMW/C/SR.608/Corr", 13, 4, E::Suffix, "Corr");
    check_error("CMW/C/SR.608/REV.1", 13, 4, E::Suffix, "REV.1");
    check_error("CMW/C/SR.608/Corr.01", 13, 4, E::Suffix, "Corr.01");
    check_error("CMW/C/SR.608/-", 13, 4, E::Suffix, "-");
    check_error("CMW/C/SR.608/-*/Corr.1", 16, 5, E::End, "Corr.1");
    check_error("CMW/C/SR.608*", 12, 3, E::End, "*");
    check_error("CAT/C/63/4*", 10, 4, E::End, "*");
}

#[test]
fn error_messages_say_what_and_where() {
    let cases = [
        (
            "CMW/C/MEX/XX/4",
            "invalid symbol \"CMW/C/MEX/XX/4\": component 4 at byte 10: expected a report number \
             or CO, Q, QPR, RQ, found \"XX\"",
        ),
        (
            "CMW/C",
            "invalid symbol \"CMW/C\": component 3 at byte 5: expected a State code (three capital \
             letters), SR.n, GC, a session number, a year or a document number, found the end of \
             the symbol",
        ),
        (
            "CMW//SR.1",
            "invalid symbol \"CMW//SR.1\": component 2 at byte 4: expected C, found an empty \
             component",
        ),
    ];
    for (input, message) in cases {
        assert_eq!(Symbol::parse(input).unwrap_err().to_string(), message);
    }
}

#[test]
fn the_json_view_has_exactly_the_documented_keys() {
    let cases = [
        (
            "CMW/C/SR.608",
            json!({"symbol": "CMW/C/SR.608", "series": "CMW", "body": "CMW",
                   "kind": "summary_record", "state": null, "session": null, "meeting": 608,
                   "year": null, "reports": null, "number": null, "suffixes": []}),
        ),
        (
            "CERD/C/ARE/CO/18-21/Corr.1/-*",
            json!({"symbol": "CERD/C/ARE/CO/18-21/Corr.1/-*", "series": "CERD", "body": "CERD",
                   "kind": "concluding_observations", "state": "ARE", "session": null,
                   "meeting": null, "year": null, "reports": [18, 19, 20, 21], "number": null,
                   "suffixes": ["Corr.1", "-*"]}),
        ),
        (
            "CMW/C/GC/3-CRC/C/GC/22",
            json!({"symbol": "CMW/C/GC/3-CRC/C/GC/22", "series": "CMW", "body": ["CMW", "CRC"],
                   "kind": "joint_general_comment", "state": null, "session": null,
                   "meeting": null, "year": null, "reports": null, "number": [3, 22],
                   "suffixes": []}),
        ),
        (
            "CMW/C/GC/6",
            json!({"symbol": "CMW/C/GC/6", "series": "CMW", "body": "CMW",
                   "kind": "general_comment", "state": null, "session": null, "meeting": null,
                   "year": null, "reports": null, "number": 6, "suffixes": []}),
        ),
        (
            "E/C.12/2019/SR.29",
            json!({"symbol": "E/C.12/2019/SR.29", "series": "E", "body": "CESCR",
                   "kind": "summary_record", "state": null, "session": null, "meeting": 29,
                   "year": 2019, "reports": null, "number": null, "suffixes": []}),
        ),
        (
            "E/2021/22",
            json!({"symbol": "E/2021/22", "series": "E", "body": "ECOSOC",
                   "kind": "year_document", "state": null, "session": null, "meeting": null,
                   "year": 2021, "reports": null, "number": 22, "suffixes": []}),
        ),
        (
            "A/RES/68/268",
            json!({"symbol": "A/RES/68/268", "series": "A", "body": "GA", "kind": "resolution",
                   "state": null, "session": 68, "meeting": null, "year": null, "reports": null,
                   "number": 268, "suffixes": []}),
        ),
        (
            "CRC/C/58/Rev.3",
            json!({"symbol": "CRC/C/58/Rev.3", "series": "CRC", "body": "CRC",
                   "kind": "series_document", "state": null, "session": null, "meeting": null,
                   "year": null, "reports": null, "number": 58, "suffixes": ["Rev.3"]}),
        ),
        (
            "CCPR/C/2009/1",
            json!({"symbol": "CCPR/C/2009/1", "series": "CCPR", "body": "CCPR",
                   "kind": "year_document", "state": null, "session": null, "meeting": null,
                   "year": 2009, "reports": null, "number": 1, "suffixes": []}),
        ),
        (
            "CAT/OP/SR.12",
            json!({"symbol": "CAT/OP/SR.12", "series": "CAT", "body": "SPT",
                   "kind": "summary_record", "state": null, "session": null, "meeting": 12,
                   "year": null, "reports": null, "number": null, "suffixes": []}),
        ),
        (
            "HRI/ICM/2010/3",
            json!({"symbol": "HRI/ICM/2010/3", "series": "HRI", "body": "InterCommitteeMeeting",
                   "kind": "year_document", "state": null, "session": null, "meeting": null,
                   "year": 2010, "reports": null, "number": 3, "suffixes": []}),
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(
            serde_json::to_value(parsed(input).view()).unwrap(),
            expected,
            "{input}"
        );
    }
}

#[test]
fn a_symbol_serialises_as_its_text_and_refuses_bad_text() {
    let symbol = parsed("CRC/C/AUT/CO/5-6");
    let text = serde_json::to_string(&symbol).unwrap();
    assert_eq!(text, "\"CRC/C/AUT/CO/5-6\"");
    assert_eq!(serde_json::from_str::<Symbol>(&text).unwrap(), symbol);
    assert!(serde_json::from_str::<Symbol>("\"CRC/C/AUT/CO/6-5\"").is_err());
}

// ---- property tests --------------------------------------------------------

fn any_committee() -> impl Strategy<Value = Committee> {
    prop::sample::select(Committee::ALL.to_vec())
}

fn reviewing_committee() -> impl Strategy<Value = Committee> {
    prop::sample::select(
        Committee::ALL
            .into_iter()
            .filter(|c| *c != Spt)
            .collect::<Vec<_>>(),
    )
}

fn any_number() -> impl Strategy<Value = u32> {
    prop_oneof![1u32..=60, 1u32..=u32::MAX]
}

fn any_year() -> impl Strategy<Value = i16> {
    prop_oneof![1946i16..=2030, 1946i16..=9999]
}

fn any_reports() -> impl Strategy<Value = ReportNumbers> {
    (1u32..=ReportNumbers::MAX, 0u32..=6)
        .prop_map(|(first, span)| reports(first, (first + span).min(ReportNumbers::MAX)))
}

fn any_suffix() -> impl Strategy<Value = Suffix> {
    (0..4u8, any_number()).prop_map(|(which, n)| match which {
        0 => Suffix::Add(n),
        1 => Suffix::Amend(n),
        2 => Suffix::Corr(n),
        _ => Suffix::Rev(n),
    })
}

fn any_reporting_kind() -> impl Strategy<Value = ReportingKind> {
    prop::sample::select(vec![
        ReportingKind::StateReport,
        ReportingKind::ConcludingObservations,
        ReportingKind::ListOfIssues,
        ReportingKind::ListOfIssuesPriorToReporting,
        ReportingKind::RepliesToListOfIssues,
    ])
}

fn any_document() -> impl Strategy<Value = Document> {
    let reviewing: Vec<Committee> = Committee::ALL.into_iter().filter(|c| *c != Spt).collect();
    prop_oneof![
        (
            reviewing_committee(),
            "[A-Z]{3}",
            any_reporting_kind(),
            any_reports()
        )
            .prop_map(|(committee, code, kind, reports)| Document::Reporting {
                committee,
                state: state(&code),
                kind,
                reports,
            }),
        (any_committee(), any_year(), any_number()).prop_map(|(committee, year, meeting)| {
            Document::SummaryRecord {
                committee,
                year: (committee == Cescr).then_some(year),
                meeting,
            }
        }),
        (
            prop::sample::subsequence(reviewing, 1..=3).prop_shuffle(),
            prop::collection::vec(any_number(), 3)
        )
            .prop_map(|(committees, numbers)| Document::GeneralComment {
                parts: committees.into_iter().zip(numbers).collect(),
            }),
        (any_committee(), 1u32..=999, any_number()).prop_map(|(committee, session, number)| {
            Document::SessionDocument {
                committee,
                session,
                number,
            }
        }),
        (any_committee(), any_year(), any_number()).prop_map(|(committee, year, number)| {
            Document::YearDocument {
                committee,
                year,
                number,
            }
        }),
        (any_committee(), any_number())
            .prop_map(|(committee, number)| Document::SeriesDocument { committee, number }),
        (1u32..=999, any_number())
            .prop_map(|(session, number)| Document::GeneralAssembly { session, number }),
        (1u32..=999, any_number()).prop_map(|(session, number)| {
            Document::GeneralAssemblyResolution { session, number }
        }),
        (any_year(), any_number()).prop_map(|(year, number)| Document::Ecosoc { year, number }),
        (any::<bool>(), any_year(), any_number()).prop_map(|(chairs, year, number)| {
            Document::Hri {
                meeting: if chairs {
                    HriMeeting::MeetingOfChairs
                } else {
                    HriMeeting::InterCommitteeMeeting
                },
                year,
                number,
            }
        }),
    ]
}

fn any_symbol() -> impl Strategy<Value = Symbol> {
    (
        any_document(),
        prop::collection::vec(any_suffix(), 0..4),
        any::<bool>(),
    )
        .prop_map(|(document, suffixes, reissued)| {
            let mut symbol = Symbol::new(document).expect("the strategy makes valid documents");
            for suffix in suffixes {
                symbol = symbol.with_suffix(suffix).expect("suffix numbers are >= 1");
            }
            if reissued { symbol.reissued() } else { symbol }
        })
}

/// The law the fuzz target also checks: what parses formats back to itself.
fn assert_round_trip_if_parses(input: &str) {
    if let Ok(symbol) = Symbol::parse(input) {
        assert_eq!(symbol.to_string(), input);
        assert_eq!(Symbol::parse(input), Ok(symbol.clone()));
        assert_eq!(
            Symbol::new(symbol.document().clone()).map(|s| s.base()),
            Ok(symbol.base())
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_typed_symbol_formats_to_text_that_parses_back_to_it(symbol in any_symbol()) {
        let text = symbol.to_string();
        prop_assert_eq!(Symbol::parse(&text), Ok(symbol.clone()));
        // The view is total and agrees with the text.
        prop_assert_eq!(symbol.view().symbol, text);
    }

    #[test]
    fn arbitrary_strings_never_make_the_parser_panic(input in any::<String>()) {
        assert_round_trip_if_parses(&input);
    }

    #[test]
    fn symbol_like_strings_parse_only_to_themselves(
        input in "[ACDEGHIMOPQRSTUVW0-9./*\u{2013}-]{0,30}|(CMW|CRC|E|A|HRI|CAT)/[A-Z0-9./*-]{0,25}"
    ) {
        assert_round_trip_if_parses(&input);
    }

    #[test]
    fn edits_of_valid_symbols_never_panic_and_round_trip_when_they_parse(
        symbol in any_symbol(),
        position in any::<prop::sample::Index>(),
        edit in 0..3u8,
        character in prop::sample::select(vec!['/', '-', '*', '.', '0', '1', 'C', 'X', '\u{2013}']),
    ) {
        let mut text = symbol.to_string();
        let at = position.index(text.len() + 1);
        // Every symbol is ASCII, so every byte offset is a char boundary.
        match edit {
            0 => text.insert(at, character),
            1 if at < text.len() => { text.remove(at); }
            _ if at < text.len() => text.replace_range(at..=at, &character.to_string()),
            _ => text.push(character),
        }
        assert_round_trip_if_parses(&text);
    }
}
