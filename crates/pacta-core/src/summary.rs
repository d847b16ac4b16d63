//! A session's work in English, generated from review cycles, in the words a Chair uses
//! when closing a session (CMW/C/SR.608, para. 5): "constructive dialogues had been held with
//! representatives of Mexico, the Niger and Jamaica and concluding observations had been
//! adopted on the fourth periodic report of Mexico …".
//!
//! Also the English words pacta uses elsewhere for report numbers ("the combined initial and
//! second periodic reports") and ordinals ("fortieth"). Not here: any other language, the
//! layout of a command's output, or facts that are not steps of a cycle (general comments,
//! meetings with other bodies), which have no structured source yet.

use serde::Serialize;

use crate::Committee;
use crate::cycle::{Cycle, Event, ReportingProcedure, StepKind};
use crate::symbol::{ReportNumbers, StateCode, Symbol};

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// A number in English words (1 to 999 in full; larger numbers as digits).
pub fn cardinal(n: u32) -> String {
    match n {
        0..=19 => UNITS[n as usize].to_string(),
        20..=99 => {
            let (tens, units) = (n / 10, n % 10);
            if units == 0 {
                TENS[tens as usize].to_string()
            } else {
                format!("{}-{}", TENS[tens as usize], UNITS[units as usize])
            }
        }
        100..=999 => {
            let (hundreds, rest) = (n / 100, n % 100);
            if rest == 0 {
                format!("{} hundred", UNITS[hundreds as usize])
            } else {
                format!(
                    "{} hundred and {}",
                    UNITS[hundreds as usize],
                    cardinal(rest)
                )
            }
        }
        _ => n.to_string(),
    }
}

/// An ordinal in English words, as UN documents write session and report numbers:
/// "fortieth session", "forty-first", "second periodic report", "one hundred and sixteenth".
pub fn ordinal(n: u32) -> String {
    let words = cardinal(n);
    if n > 999 {
        return format!("{n}th");
    }
    // Only the last word changes: "forty-one" → "forty-first".
    let split = words.rfind(['-', ' ']).map_or(0, |i| i + 1);
    let (head, last) = words.split_at(split);
    let last = match last {
        "one" => "first".to_string(),
        "two" => "second".to_string(),
        "three" => "third".to_string(),
        "five" => "fifth".to_string(),
        "eight" => "eighth".to_string(),
        "nine" => "ninth".to_string(),
        "twelve" => "twelfth".to_string(),
        other if other.ends_with('y') => format!("{}ieth", &other[..other.len() - 1]),
        other => format!("{other}th"),
    };
    format!("{head}{last}")
}

/// The report(s) as UN documents name them: "initial report", "fourth periodic report",
/// "combined initial and second periodic reports" (CMW/C/JAM/CO/1-2), "combined fifth and
/// sixth periodic reports", "combined second to fourth periodic reports".
pub fn describe_reports(reports: ReportNumbers) -> String {
    let word = |n: u32| {
        if n == 1 {
            "initial".to_string()
        } else {
            ordinal(n)
        }
    };
    match (reports.first(), reports.last()) {
        (1, 1) => "initial report".to_string(),
        (n, m) if n == m => format!("{} periodic report", ordinal(n)),
        (n, m) if m == n + 1 => format!("combined {} and {} periodic reports", word(n), word(m)),
        (n, m) => format!("combined {} to {} periodic reports", word(n), word(m)),
    }
}

/// "A, B and C".
fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// What a session did in one cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkKind {
    Dialogue,
    ReviewInAbsenceOfReport,
    ConcludingObservations,
    ListOfIssues,
    ListOfIssuesPriorToReporting,
}

impl WorkKind {
    fn of(kind: StepKind) -> Option<WorkKind> {
        match kind {
            StepKind::Dialogue => Some(WorkKind::Dialogue),
            StepKind::ReviewInAbsenceOfReport => Some(WorkKind::ReviewInAbsenceOfReport),
            StepKind::ConcludingObservations => Some(WorkKind::ConcludingObservations),
            StepKind::ListOfIssues => Some(WorkKind::ListOfIssues),
            StepKind::ListOfIssuesPriorToReporting => Some(WorkKind::ListOfIssuesPriorToReporting),
            StepKind::Report
            | StepKind::RepliesToListOfIssues
            | StepKind::FollowUpInformation
            | StepKind::FollowUpAssessment => None,
        }
    }

    pub fn step(self) -> StepKind {
        match self {
            WorkKind::Dialogue => StepKind::Dialogue,
            WorkKind::ReviewInAbsenceOfReport => StepKind::ReviewInAbsenceOfReport,
            WorkKind::ConcludingObservations => StepKind::ConcludingObservations,
            WorkKind::ListOfIssues => StepKind::ListOfIssues,
            WorkKind::ListOfIssuesPriorToReporting => StepKind::ListOfIssuesPriorToReporting,
        }
    }
}

/// One thing the committee did at the session, in one State's cycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkItem {
    pub kind: WorkKind,
    pub state: StateCode,
    /// The State as a sentence names it ("the Niger").
    pub state_in_text: String,
    pub reports: ReportNumbers,
    /// "fourth periodic report".
    pub report: String,
    pub procedure: ReportingProcedure,
    /// The document the step produced (for a dialogue, the report it was held on).
    pub document: Option<Symbol>,
    /// Whether a delegation took part (dialogues and reviews without a report).
    pub delegation: Option<bool>,
    pub meetings: Vec<u32>,
    pub date: Option<jiff::civil::Date>,
}

/// The work of `committee` at `session`: every dialogue, review without a report, concluding
/// observations, list of issues and list of issues prior to reporting whose step is dated to
/// that session. Cycles reviewed at the session come first, in the order of their dialogues'
/// first meetings (the order in which the Chair lists them: Mexico at the 593rd, the Niger at
/// the 594th, Jamaica at the 596th, CMW/C/SR.608 para. 5); then the others in the order of
/// `cycles`. `name_in_text` gives the name a sentence uses for a State.
pub fn session_work<'a>(
    committee: Committee,
    session: u32,
    cycles: impl IntoIterator<Item = &'a Cycle>,
    name_in_text: impl Fn(StateCode) -> String,
) -> Vec<WorkItem> {
    let mut items = Vec::new();
    for cycle in cycles {
        if cycle.committee() != committee {
            continue;
        }
        // Where the cycle stands in the session's order of dialogues.
        let order = cycle
            .steps()
            .iter()
            .filter(|s| {
                matches!(
                    s.kind(),
                    StepKind::Dialogue | StepKind::ReviewInAbsenceOfReport
                ) && s.when.session == Some(session)
            })
            .filter_map(|s| s.when.meetings.iter().min().copied())
            .min()
            .unwrap_or(u32::MAX);
        for step in cycle.steps() {
            let Some(kind) = WorkKind::of(step.kind()) else {
                continue;
            };
            if step.when.session != Some(session) {
                continue;
            }
            let delegation = match step.event {
                Event::Dialogue { delegation } | Event::ReviewInAbsenceOfReport { delegation } => {
                    delegation
                }
                _ => None,
            };
            let document = match kind {
                WorkKind::Dialogue => cycle.document(StepKind::Report),
                _ => cycle.document(step.kind()),
            };
            items.push((
                order,
                WorkItem {
                    kind,
                    state: cycle.state(),
                    state_in_text: name_in_text(cycle.state()),
                    reports: cycle.reports(),
                    report: describe_reports(cycle.reports()),
                    procedure: cycle.procedure(),
                    document,
                    delegation,
                    meetings: step.when.meetings.clone(),
                    date: step.when.date,
                },
            ));
        }
    }
    // A stable sort keeps the data's order among equals.
    items.sort_by_key(|(order, _)| *order);
    items.into_iter().map(|(_, item)| item).collect()
}

/// The work summary in English, in the form of CMW/C/SR.608, para. 5: dialogues and
/// concluding observations first, then lists of issues under the traditional procedure and
/// lists of issues prior to reporting under the simplified one. Empty when nothing was done.
pub fn render_english(items: &[WorkItem]) -> String {
    let of = |kind: WorkKind| items.iter().filter(move |i| i.kind == kind);
    let report_of = |i: &WorkItem| format!("the {} of {}", i.report, i.state_in_text);
    let mut sentences = Vec::new();

    let dialogues: Vec<String> = of(WorkKind::Dialogue)
        .map(|i| i.state_in_text.clone())
        .collect();
    let absent: Vec<String> = of(WorkKind::ReviewInAbsenceOfReport)
        .map(|i| {
            let delegation = match i.delegation {
                Some(false) => " and of a delegation",
                _ => "",
            };
            format!(
                "the situation in {} had been reviewed in the absence of a report{delegation}",
                i.state_in_text
            )
        })
        .collect();
    let concluded: Vec<String> = of(WorkKind::ConcludingObservations)
        .map(report_of)
        .collect();
    let mut first = Vec::new();
    match dialogues.len() {
        0 => {}
        1 => first.push(format!(
            "a constructive dialogue had been held with representatives of {}",
            dialogues[0]
        )),
        _ => first.push(format!(
            "constructive dialogues had been held with representatives of {}",
            join(&dialogues)
        )),
    }
    first.extend(absent);
    if !concluded.is_empty() {
        first.push(format!(
            "concluding observations had been adopted on {}",
            join(&concluded)
        ));
    }
    if !first.is_empty() {
        sentences.push(format!("{}.", join(&first)));
    }

    let lists = |kind: WorkKind, one: &str, many: &str| -> Option<String> {
        let chosen: Vec<&WorkItem> = of(kind).collect();
        if chosen.is_empty() {
            return None;
        }
        // Group by procedure, keeping the order of first appearance.
        let mut parts = Vec::new();
        let mut procedures: Vec<ReportingProcedure> = Vec::new();
        for item in &chosen {
            if !procedures.contains(&item.procedure) {
                procedures.push(item.procedure);
            }
        }
        for procedure in procedures {
            let group: Vec<String> = chosen
                .iter()
                .filter(|i| i.procedure == procedure)
                .map(|i| report_of(i))
                .collect();
            let noun = if group.len() == 1 { one } else { many };
            parts.push(format!(
                "{noun} on {} under {}",
                join(&group),
                procedure.in_words()
            ));
        }
        Some(parts.join(", and "))
    };
    let loi = lists(
        WorkKind::ListOfIssues,
        "a list of issues",
        "lists of issues",
    );
    let loipr = lists(
        WorkKind::ListOfIssuesPriorToReporting,
        "a list of issues prior to reporting",
        "lists of issues prior to reporting",
    );
    let adopted = match (loi, loipr) {
        (Some(loi), Some(loipr)) => Some(format!("{loi}, as well as {loipr}")),
        (Some(one), None) | (None, Some(one)) => Some(one),
        (None, None) => None,
    };
    if let Some(adopted) = adopted {
        let opening = if sentences.is_empty() {
            "The Committee had adopted"
        } else {
            "In addition, the Committee had adopted"
        };
        sentences.push(format!("{opening} {adopted}."));
    }
    sentences.join(" ")
}

/// The summary as the Chair would open it: "At its fortieth session, …".
pub fn render_session_summary(session: u32, items: &[WorkItem]) -> String {
    let body = render_english(items);
    if body.is_empty() {
        return format!(
            "No dialogue, concluding observations or list of issues of the {} session is in the data.",
            ordinal(session)
        );
    }
    format!("At its {} session, {body}", ordinal(session))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_ordinal(n: u32, expected: &str) {
        assert_eq!(ordinal(n), expected, "{n}");
    }

    #[test]
    fn ordinals_are_written_as_un_documents_write_them() {
        for (n, expected) in [
            (1, "first"),
            (2, "second"),
            (3, "third"),
            (4, "fourth"),
            (5, "fifth"),
            (8, "eighth"),
            (9, "ninth"),
            (12, "twelfth"),
            (20, "twentieth"),
            (21, "twenty-first"),
            (39, "thirty-ninth"),
            (40, "fortieth"),
            (41, "forty-first"),
            (100, "one hundredth"),
            (116, "one hundred and sixteenth"),
        ] {
            check_ordinal(n, expected);
        }
    }

    fn check_reports(first: u32, last: u32, expected: &str) {
        let reports = ReportNumbers::new(first, last).expect("valid report numbers");
        assert_eq!(describe_reports(reports), expected);
    }

    #[test]
    fn reports_are_named_initial_periodic_or_combined() {
        // CMW/C/SR.608 para. 5; CMW/C/JAM/CO/1-2; cmw_reviews_partial.csv (Egypt, 39th session).
        check_reports(1, 1, "initial report");
        check_reports(4, 4, "fourth periodic report");
        check_reports(1, 2, "combined initial and second periodic reports");
        check_reports(5, 6, "combined fifth and sixth periodic reports");
        check_reports(2, 4, "combined second to fourth periodic reports");
        check_reports(1, 5, "combined initial to fifth periodic reports");
    }
}
