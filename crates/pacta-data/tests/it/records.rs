//! The bundled committee records against the facts of CMW/C/SR.608 and DOMAIN.md §10.3–§10.4,
//! and malformed record rows rejected with file, line and column.

use jiff::civil::date;
use pacta_core::Committee;
use pacta_core::cycle::{Grade, ReviewOutcome, StepKind};
use pacta_core::record::CorrectionWindow;
use pacta_core::session::RecordCoverage;
use pacta_core::summary::{render_session_summary, session_work};
use pacta_core::symbol::{StateCode, Symbol};
use pacta_data::{Dataset, RecordSources, Records, Sources, load, load_records};

fn dataset() -> Dataset {
    load(&Sources::bundled()).expect("the bundled data loads")
}

fn records(dataset: &Dataset) -> Records {
    load_records(&RecordSources::bundled(), &dataset.registry).expect("the bundled records load")
}

fn state(code: &str) -> StateCode {
    StateCode::new(code).expect("a State code")
}

/// CMW/C/SR.608, para. 5, verbatim from "constructive dialogues" to the end.
const SR608_PARA5: &str = "constructive dialogues had been held with representatives of Mexico, the Niger and Jamaica and concluding observations had been adopted on the fourth periodic report of Mexico, the second periodic report of the Niger and the combined initial and second periodic reports of Jamaica. In addition, the Committee had adopted a list of issues on the third periodic report of Tajikistan under the traditional reporting procedure, as well as lists of issues prior to reporting on the initial report of Fiji, the second periodic report of Guinea and the fourth periodic report of Ecuador under the simplified reporting procedure.";

#[test]
fn the_fortieth_session_summary_is_generated_word_for_word_as_the_chair_gave_it() {
    let dataset = dataset();
    let records = records(&dataset);
    let items = session_work(
        Committee::Cmw,
        40,
        records.cycles.iter().map(|c| &c.cycle),
        |s| records.name_in_text(s).unwrap_or(s.as_str()).to_string(),
    );
    let summary = render_session_summary(40, &items);
    assert_eq!(summary, format!("At its fortieth session, {SR608_PARA5}"));
    let symbols: Vec<String> = items
        .iter()
        .map(|i| i.document.as_ref().unwrap().to_string())
        .collect();
    assert_eq!(
        symbols,
        [
            "CMW/C/MEX/4",
            "CMW/C/MEX/CO/4",
            "CMW/C/NER/2",
            "CMW/C/NER/CO/2",
            "CMW/C/JAM/1-2",
            "CMW/C/JAM/CO/1-2",
            "CMW/C/TJK/Q/3",
            "CMW/C/FJI/QPR/1",
            "CMW/C/GIN/QPR/2",
            "CMW/C/ECU/QPR/4",
        ]
    );
}

#[test]
fn the_correction_deadlines_of_sr_608_and_sr_571_are_computed_from_their_dates() {
    // DOMAIN.md §10.3 #47 and #48.
    let dataset = dataset();
    let records = records(&dataset);
    let deadline = |session, number| {
        let meeting = records
            .meetings_of(Committee::Cmw, session)
            .into_iter()
            .find(|m| m.number == number)
            .expect("the meeting is in the data");
        records
            .summary_record(meeting)
            .expect("the meeting has a record")
    };
    let sr608 = deadline(40, 608);
    assert_eq!(sr608.symbol.to_string(), "CMW/C/SR.608");
    assert!(sr608.partial);
    assert_eq!(sr608.issued, Some(date(2025, 4, 29)));
    assert_eq!(sr608.correction_deadline(), Some(date(2025, 5, 6)));
    assert_eq!(
        sr608.correction_window(date(2025, 5, 7)),
        CorrectionWindow::Closed {
            until: date(2025, 5, 6)
        }
    );
    let sr571 = deadline(39, 571);
    assert_eq!(sr571.correction_deadline(), Some(date(2024, 12, 11)));
    let sr593 = deadline(40, 593);
    assert_eq!(sr593.correction_deadline(), Some(date(2025, 4, 30)));
}

#[test]
fn the_608th_meeting_carries_its_times_footnotes_and_the_meetings_without_records() {
    // CMW/C/SR.608 masthead: 17 April 2025, 3 p.m.; covered discussion from 4.35 p.m.; rose 5 p.m.
    let dataset = dataset();
    let records = records(&dataset);
    let meetings = records.meetings_of(Committee::Cmw, 40);
    let sr608 = meetings.iter().find(|m| m.number == 608).unwrap();
    assert_eq!(sr608.record, Some(RecordCoverage::Partial));
    assert_eq!(
        sr608.starts_at().unwrap().to_string(),
        "2025-04-17T15:00:00+02:00[Europe/Zurich]"
    );
    assert_eq!(sr608.covered_from.unwrap().to_string(), "16:35:00");
    assert_eq!(sr608.rose.unwrap().to_string(), "17:00:00");
    assert_eq!(
        sr608.agenda,
        ["Organizational matters", "Closure of the session"]
    );
    assert_eq!(sr608.footnotes.len(), 2);
    let gap = &records.without_records[0];
    assert_eq!((gap.session, gap.first, gap.last), (40, 598, 607));
    assert_eq!(gap.stated_in.to_string(), "CMW/C/SR.608");
    // The 571st meeting opened the 39th session (CMW/C/SR.571).
    let opening = records.meetings_of(Committee::Cmw, 39)[0];
    assert_eq!(opening.number, 571);
}

#[test]
fn the_fortieth_session_has_no_dates_in_the_data() {
    // data/cmw_sessions.csv: session 40 "exact dates not in the stored excerpt".
    let dataset = dataset();
    let records = records(&dataset);
    let session = records.session(Committee::Cmw, 40).unwrap();
    assert_eq!((session.start, session.end), (None, None));
    assert_eq!(records.sessions.len(), 18);
    let s39 = records.session(Committee::Cmw, 39).unwrap();
    assert_eq!(
        (s39.start, s39.end),
        (Some(date(2024, 12, 2)), Some(date(2024, 12, 13)))
    );
}

#[test]
fn jamaicas_cycles_show_the_review_without_a_report_and_the_combined_reports_that_followed() {
    // CMW/C/JAM/CO/1-2, paras. 1–4.
    let dataset = dataset();
    let records = records(&dataset);
    let cycles = records.cycles_of(Committee::Cmw, state("JAM"));
    assert_eq!(cycles.len(), 2);
    let initial = &cycles[0].cycle;
    assert!(initial.step(StepKind::ReviewInAbsenceOfReport).is_some());
    assert_eq!(initial.next_reports(), cycles[1].cycle.reports().into());
    assert_eq!(initial.report_due(), Some(date(2010, 1, 1)));
    let combined = &cycles[1].cycle;
    assert_eq!(
        combined
            .document(StepKind::ConcludingObservations)
            .unwrap()
            .to_string(),
        "CMW/C/JAM/CO/1-2"
    );
    let info = dataset.registry.catalogue().committee(Committee::Cmw);
    // DOMAIN.md §10.4 #55: CMW follow-up information two years after adoption (17 April 2025).
    assert_eq!(combined.follow_up_due(info), Some(date(2027, 4, 17)));
}

#[test]
fn follow_up_periods_and_grade_scales_come_from_the_catalogue() {
    let dataset = dataset();
    let catalogue = dataset.registry.catalogue();
    // DOMAIN.md §10.4 #55, #56.
    assert_eq!(catalogue.committee(Committee::Cmw).follow_up_years, Some(2));
    assert_eq!(catalogue.committee(Committee::Ced).follow_up_years, Some(1));
    // DOMAIN.md §10.4 #54: the same letter D means different things (CCPR/C/128/3; CED/C/22/4).
    let label = |committee| {
        catalogue
            .committee(committee)
            .follow_up_grades
            .as_ref()
            .and_then(|scale| scale.label(Grade::D))
    };
    assert_eq!(
        label(Committee::Ccpr),
        Some("No cooperation with the Committee")
    );
    assert_eq!(
        label(Committee::Ced),
        Some("No reply regarding a recommendation")
    );
    // CED uses E but its wording is not confirmed.
    let ced = catalogue
        .committee(Committee::Ced)
        .follow_up_grades
        .as_ref()
        .unwrap();
    assert!(ced.has(Grade::E));
    assert_eq!(ced.label(Grade::E), None);
    assert!(
        catalogue
            .committee(Committee::Cmw)
            .follow_up_grades
            .is_none()
    );
}

#[test]
fn partial_reviews_keep_the_sources_wording_and_match_their_symbols() {
    let dataset = dataset();
    let records = records(&dataset);
    assert_eq!(records.reviews.len(), 40);
    let syria = records.reviews_of(Committee::Cmw, state("SYR"));
    assert_eq!(
        syria[0].reports.map(|r| (r.first(), r.last())),
        Some((2, 3))
    );
    let honduras = records.reviews_of(Committee::Cmw, state("HND"));
    assert_eq!(
        honduras[0]
            .report_symbol
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("CMW/C/HND/1")
    );
    assert_eq!(honduras[0].outcome, ReviewOutcome::Scheduled);
    let undated = records
        .reviews
        .iter()
        .filter(|r| r.session.is_none())
        .count();
    assert_eq!(undated, 4);
}

#[test]
fn the_documents_register_holds_the_mastheads_read() {
    // DOMAIN.md §10.3 #49: CMW/C/MEX/QPR/3, General, original Spanish, en/fr/es, 2016-10-03.
    let dataset = dataset();
    let records = records(&dataset);
    let qpr: Symbol = "CMW/C/MEX/QPR/3".parse().unwrap();
    let entry = records.documents.get(&qpr).unwrap();
    assert_eq!(entry.date, Some(date(2016, 10, 3)));
    assert_eq!(
        entry.distribution,
        Some(pacta_core::document::Distribution::General)
    );
    assert_eq!(
        entry.original_language,
        Some(pacta_core::document::Language::Es)
    );
    let languages: Vec<&str> = entry.languages.iter().map(|l| l.code()).collect();
    assert_eq!(languages, ["en", "fr", "es"]);
    // A summary record takes its session from its meeting.
    let sr608: Symbol = "CMW/C/SR.608".parse().unwrap();
    assert_eq!(records.documents.get(&sr608).unwrap().session, Some(40));
}

/// The bundled record sources with one line of one file edited.
fn with_line(
    pick: fn(&mut RecordSources) -> &mut pacta_data::Source,
    line: usize,
    edit: impl Fn(&str) -> String,
) -> RecordSources {
    let mut sources = RecordSources::bundled();
    let source = pick(&mut sources);
    let lines: Vec<String> = source
        .text
        .lines()
        .enumerate()
        .map(|(i, text)| {
            if i + 1 == line {
                edit(text)
            } else {
                text.to_string()
            }
        })
        .collect();
    source.text = lines.join("\n") + "\n";
    sources
}

fn message(sources: &RecordSources) -> String {
    match load_records(sources, &dataset().registry) {
        Ok(_) => panic!("malformed records must not load"),
        Err(error) => error.to_string(),
    }
}

fn steps(sources: &mut RecordSources) -> &mut pacta_data::Source {
    &mut sources.steps
}

fn meetings(sources: &mut RecordSources) -> &mut pacta_data::Source {
    &mut sources.meetings
}

fn documents(sources: &mut RecordSources) -> &mut pacta_data::Source {
    &mut sources.documents
}

#[test]
fn a_step_out_of_order_is_rejected_with_file_line_column_and_the_expected_step() {
    // Line 4 is the Niger's dialogue on its initial report; make it concluding observations,
    // which cannot follow the report.
    let sources = with_line(steps, 4, |line| {
        line.replacen(",dialogue,", ",concluding_observations,", 1)
            .replacen(",true,", ",,", 1)
    });
    assert_eq!(
        message(&sources),
        "data/cmw_review_steps.csv:4:7 (step): CMW review of NER, initial report (simplified procedure): a concluding observations cannot come after the report; expected the constructive dialogue"
    );
}

#[test]
fn an_unknown_step_a_traditional_step_in_a_simplified_cycle_and_a_backdated_step_are_rejected() {
    let unknown = with_line(steps, 2, |line| {
        line.replacen(",list_of_issues_prior_to_reporting,", ",loipr,", 1)
    });
    assert!(
        message(&unknown)
            .starts_with("data/cmw_review_steps.csv:2:7 (step): unknown step \"loipr\""),
        "{}",
        message(&unknown)
    );
    let wrong_procedure = with_line(steps, 2, |line| {
        line.replacen(",list_of_issues_prior_to_reporting,", ",list_of_issues,", 1)
    });
    assert!(message(&wrong_procedure).contains("expected the list of issues prior to reporting"));
    // The Niger's LOIPR (line 2) dated after its report of 20 July 2016 (line 3).
    let backdated = with_line(steps, 2, |line| {
        line.replacen(
            ",list_of_issues_prior_to_reporting,,",
            ",list_of_issues_prior_to_reporting,2017-01-01,",
            1,
        )
    });
    assert_eq!(
        message(&backdated),
        "data/cmw_review_steps.csv:3:7 (step): CMW review of NER, initial report (simplified procedure): the report is dated 2016-07-20, before the list of issues prior to reporting of 2017-01-01; steps cannot go back in time"
    );
}

#[test]
fn a_malformed_meeting_row_is_rejected_with_file_line_column() {
    // Line 17 is the 608th meeting.
    let bad_zone = with_line(meetings, 17, |line| {
        line.replacen("Europe/Zurich", "Europe/Geneva", 1)
    });
    assert_eq!(
        message(&bad_zone),
        "data/cmw_meetings.csv:17:6 (time_zone): unknown IANA time zone \"Europe/Geneva\" (expected e.g. Europe/Zurich)"
    );
    let bad_time = with_line(meetings, 17, |line| line.replacen("16:35", "4.35 p.m.", 1));
    assert_eq!(
        message(&bad_time),
        "data/cmw_meetings.csv:17:9 (covered_from): invalid time \"4.35 p.m.\" (expected HH:MM)"
    );
    let rose_early = with_line(meetings, 17, |line| line.replacen("17:00", "16:00", 1));
    assert!(
        message(&rose_early).starts_with("data/cmw_meetings.csv:17:10 (rose): meeting 608:"),
        "{}",
        message(&rose_early)
    );
    // The 571st meeting (line 12) moved outside the 39th session's dates.
    let outside = with_line(meetings, 12, |line| {
        line.replacen("2024-12-02", "2024-11-29", 1)
    });
    assert_eq!(
        message(&outside),
        "data/cmw_meetings.csv:12:4 (date): meeting 571 on 2024-11-29 is outside CMW session 39 (2024-12-02 to 2024-12-13)"
    );
    // Numbered below an earlier session's meeting: meetings run on across sessions.
    let renumbered = with_line(meetings, 16, |line| line.replacen(",597,", ",570,", 1));
    assert!(
        message(&renumbered).contains("continuously across sessions"),
        "{}",
        message(&renumbered)
    );
}

#[test]
fn a_summary_record_that_contradicts_its_meeting_is_rejected() {
    // Line 3 is CMW/C/SR.593, a full record; call it partial.
    let partial = with_line(documents, 3, |line| {
        line.replacen("Summary record of", "Summary record (partial) of", 1)
    });
    assert_eq!(
        message(&partial),
        "data/documents.csv:3:2 (title): the title says the record is partial, the meetings file says it is full"
    );
    let unknown_meeting = with_line(documents, 3, |line| line.replacen("SR.593", "SR.592", 1));
    assert_eq!(
        message(&unknown_meeting),
        "data/documents.csv:3:1 (symbol): no CMW meeting 592 in the meetings file"
    );
    let bad_symbol = with_line(documents, 3, |line| {
        line.replacen("CMW/C/SR.593", "CMW/C/SR593", 1)
    });
    assert!(
        message(&bad_symbol).starts_with("data/documents.csv:3:1 (symbol): invalid symbol"),
        "{}",
        message(&bad_symbol)
    );
}

#[test]
fn ced_follow_up_information_is_due_one_year_after_the_concluding_observations() {
    // DOMAIN.md §10.4 #56 (CED/C/22/4), through the bundled catalogue; #55 for CMW alongside.
    use pacta_core::cycle::{Cycle, Event, ReportingProcedure, Step, When};
    let dataset = dataset();
    let catalogue = dataset.registry.catalogue();
    let adopted = date(2024, 9, 26);
    let due = |committee: Committee| {
        let procedure = ReportingProcedure::default_for(committee, false);
        let mut cycle = Cycle::open(
            committee,
            state("MEX"),
            pacta_core::symbol::ReportNumbers::single(2).unwrap(),
            procedure,
            None,
        )
        .unwrap();
        let kinds: &[StepKind] = match procedure {
            ReportingProcedure::Traditional => &[
                StepKind::Report,
                StepKind::ListOfIssues,
                StepKind::RepliesToListOfIssues,
                StepKind::Dialogue,
            ],
            ReportingProcedure::Simplified => &[
                StepKind::ListOfIssuesPriorToReporting,
                StepKind::Report,
                StepKind::Dialogue,
            ],
        };
        for kind in kinds {
            let event = match kind {
                StepKind::ListOfIssuesPriorToReporting => {
                    Event::ListOfIssuesPriorToReporting { replies_due: None }
                }
                StepKind::Report => Event::Report { words: None },
                StepKind::ListOfIssues => Event::ListOfIssues { replies_due: None },
                StepKind::RepliesToListOfIssues => Event::RepliesToListOfIssues { words: None },
                _ => Event::Dialogue { delegation: None },
            };
            cycle
                .apply(Step::new(event, When::default(), "test"), None)
                .unwrap();
        }
        cycle
            .apply(
                Step::new(
                    Event::ConcludingObservations {
                        follow_up: vec!["12".to_string()],
                        next_report_due: None,
                    },
                    When::on(adopted),
                    "test",
                ),
                None,
            )
            .unwrap();
        cycle.follow_up_due(catalogue.committee(committee))
    };
    assert_eq!(due(Committee::Ced), Some(date(2025, 9, 26)));
    assert_eq!(due(Committee::Cmw), Some(date(2026, 9, 26)));
    assert_eq!(due(Committee::Cedaw), Some(date(2026, 9, 26)));
}

#[test]
fn the_530th_meeting_has_a_partial_record() {
    // DOMAIN.md §10.3 #50: "Summary record (partial)* of the 530th meeting".
    let dataset = dataset();
    let records = records(&dataset);
    let meeting = records
        .meetings_of(Committee::Cmw, 36)
        .into_iter()
        .find(|m| m.number == 530)
        .unwrap();
    let record = records.summary_record(meeting).unwrap();
    assert!(record.partial);
    assert_eq!(record.symbol.to_string(), "CMW/C/SR.530");
    // Its date of issue is not in the data, so neither is its correction deadline.
    assert_eq!(record.correction_deadline(), None);
}
