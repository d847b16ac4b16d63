//! Review cycles: one State's report (or combined reports) under one committee, from
//! the first list of issues to the concluding observations and their follow-up, held
//! as a state machine whose steps carry their dates and name the documents they
//! produce by their UN symbols.
//!
//! Deliberately not here: when a committee *will* schedule a step (the planner's
//! job), where cycles come from (`pacta-data` builds them from `data/`), the meetings
//! and summary records of a dialogue ([`crate::session`], [`crate::record`]) and the
//! English wording of a session's work ([`crate::summary`]).
//!
//! # The two procedures (DOMAIN.md §4.3, §3.3)
//!
//! ```text
//! simplified   LOIPR → report (the replies to the LOIPR)          → dialogue → CO → follow-up
//! traditional  report → list of issues → replies to the list      → dialogue → CO → follow-up
//! either       no report by its due date → review in the absence of a report → CO
//! ```
//!
//! The simplified procedure (lists of issues prior to reporting) is the default for
//! every committee except the SPT and the CED since the Chairs' decisions of 2022
//! (A/77/228, para. 55) and, for initial reports too, 2023 (HRI/MC/2023/1), with an
//! opt-out for States that prefer the traditional one ([`ReportingProcedure::default_for`]).
//!
//! # Invariants
//!
//! A [`Cycle`] only ever holds a sequence of steps its procedure allows, in that
//! order, with known dates never going backwards. [`Cycle::apply`] either appends the
//! step or returns a [`TransitionError`] that names the step(s) expected, and leaves
//! the cycle exactly as it was.

use std::fmt;

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::Committee;
use crate::catalogue::CommitteeInfo;
use crate::summary::describe_reports;
use crate::symbol::{ReportNumbers, ReportingKind, StateCode, Symbol, SymbolBuildError};

/// How a State reports in one cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportingProcedure {
    /// List of issues prior to reporting; the State's replies are its report (CMW/C/MRT/QPR/1:
    /// "The replies of the State party to this list … will constitute its report under
    /// article 73 (1)").
    Simplified,
    /// The State reports, then the committee adopts a list of issues and the State replies.
    Traditional,
}

impl ReportingProcedure {
    /// The procedure of a new cycle. The simplified procedure "will be the default procedure for
    /// all Committees, except the SPT and the CED … the States parties can choose to opt for the
    /// traditional reporting procedure" (A/77/228, para. 55 (1)(d), Chairs' 34th meeting, 2022),
    /// for initial and periodic reports alike (Chairs' 35th meeting, 2023, HRI/MC/2023/1).
    pub fn default_for(committee: Committee, opted_out: bool) -> ReportingProcedure {
        match committee {
            Committee::Spt | Committee::Ced => ReportingProcedure::Traditional,
            _ if opted_out => ReportingProcedure::Traditional,
            _ => ReportingProcedure::Simplified,
        }
    }

    /// `simplified` or `traditional`, as in the data files.
    pub fn slug(self) -> &'static str {
        match self {
            ReportingProcedure::Simplified => "simplified",
            ReportingProcedure::Traditional => "traditional",
        }
    }

    pub fn parse(input: &str) -> Option<ReportingProcedure> {
        match input {
            "simplified" => Some(ReportingProcedure::Simplified),
            "traditional" => Some(ReportingProcedure::Traditional),
            _ => None,
        }
    }

    /// "the simplified reporting procedure", as the committees say it (CMW/C/SR.608, para. 5).
    pub fn in_words(self) -> &'static str {
        match self {
            ReportingProcedure::Simplified => "the simplified reporting procedure",
            ReportingProcedure::Traditional => "the traditional reporting procedure",
        }
    }
}

impl fmt::Display for ReportingProcedure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

/// What kind of step a cycle takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// The committee adopts a list of issues prior to reporting (simplified procedure).
    ListOfIssuesPriorToReporting,
    /// The State's report; under the simplified procedure, its replies to the LOIPR.
    Report,
    /// The committee adopts a list of issues on the report (traditional procedure).
    ListOfIssues,
    /// The State replies to the list of issues (traditional procedure).
    RepliesToListOfIssues,
    /// The constructive dialogue with the State's delegation, at a session.
    Dialogue,
    /// The committee reviews the State without a report, the report being overdue (CMW rule 34,
    /// CMW/C/2; "in the absence of a report", OHCHR CMW reporting page), possibly also without a
    /// delegation.
    ReviewInAbsenceOfReport,
    /// The committee adopts its concluding observations.
    ConcludingObservations,
    /// The State sends the follow-up information the concluding observations ask for.
    FollowUpInformation,
    /// The committee (its follow-up rapporteur) grades that information.
    FollowUpAssessment,
}

impl StepKind {
    pub const ALL: [StepKind; 9] = [
        StepKind::ListOfIssuesPriorToReporting,
        StepKind::Report,
        StepKind::ListOfIssues,
        StepKind::RepliesToListOfIssues,
        StepKind::Dialogue,
        StepKind::ReviewInAbsenceOfReport,
        StepKind::ConcludingObservations,
        StepKind::FollowUpInformation,
        StepKind::FollowUpAssessment,
    ];

    /// The name used in data files and JSON (`list_of_issues_prior_to_reporting`).
    pub fn slug(self) -> &'static str {
        match self {
            StepKind::ListOfIssuesPriorToReporting => "list_of_issues_prior_to_reporting",
            StepKind::Report => "report",
            StepKind::ListOfIssues => "list_of_issues",
            StepKind::RepliesToListOfIssues => "replies_to_list_of_issues",
            StepKind::Dialogue => "dialogue",
            StepKind::ReviewInAbsenceOfReport => "review_in_absence_of_report",
            StepKind::ConcludingObservations => "concluding_observations",
            StepKind::FollowUpInformation => "follow_up_information",
            StepKind::FollowUpAssessment => "follow_up_assessment",
        }
    }

    pub fn parse(input: &str) -> Option<StepKind> {
        StepKind::ALL.into_iter().find(|kind| kind.slug() == input)
    }

    /// The step in words: "list of issues prior to reporting".
    pub fn in_words(self) -> &'static str {
        match self {
            StepKind::ListOfIssuesPriorToReporting => "list of issues prior to reporting",
            StepKind::Report => "report",
            StepKind::ListOfIssues => "list of issues",
            StepKind::RepliesToListOfIssues => "replies to the list of issues",
            StepKind::Dialogue => "constructive dialogue",
            StepKind::ReviewInAbsenceOfReport => "review in the absence of a report",
            StepKind::ConcludingObservations => "concluding observations",
            StepKind::FollowUpInformation => "follow-up information",
            StepKind::FollowUpAssessment => "follow-up assessment",
        }
    }

    /// The kind of reporting document this step produces, if it produces one.
    fn reporting_kind(self) -> Option<ReportingKind> {
        match self {
            StepKind::ListOfIssuesPriorToReporting => {
                Some(ReportingKind::ListOfIssuesPriorToReporting)
            }
            StepKind::Report => Some(ReportingKind::StateReport),
            StepKind::ListOfIssues => Some(ReportingKind::ListOfIssues),
            StepKind::RepliesToListOfIssues => Some(ReportingKind::RepliesToListOfIssues),
            StepKind::ConcludingObservations => Some(ReportingKind::ConcludingObservations),
            StepKind::Dialogue
            | StepKind::ReviewInAbsenceOfReport
            | StepKind::FollowUpInformation
            | StepKind::FollowUpAssessment => None,
        }
    }
}

impl fmt::Display for StepKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.in_words())
    }
}

/// A follow-up grade. Both confirmed scales (CCPR/C/128/3, CED/C/22/4) run A to E; what each
/// letter *means* differs between committees and lives in the catalogue ([`GradeScale`]).
/// CCPR's pre-2013 two-round grades (B1, B2, C1 …) are not modelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    A,
    B,
    C,
    D,
    E,
}

impl Grade {
    pub const ALL: [Grade; 5] = [Grade::A, Grade::B, Grade::C, Grade::D, Grade::E];

    pub fn letter(self) -> char {
        match self {
            Grade::A => 'A',
            Grade::B => 'B',
            Grade::C => 'C',
            Grade::D => 'D',
            Grade::E => 'E',
        }
    }

    pub fn parse(input: &str) -> Option<Grade> {
        Grade::ALL
            .into_iter()
            .find(|grade| input.len() == 1 && input.starts_with(grade.letter()))
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.letter())
    }
}

/// One letter of a committee's follow-up scale and what it means there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GradeLabel {
    pub grade: Grade,
    /// The label, or `None` where the committee uses the letter but its wording was not
    /// confirmed (CED's E, DOMAIN.md §6).
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub detail: Option<String>,
}

/// A committee's follow-up grading scale (DOMAIN.md §6: the meanings differ, so each
/// committee carries its own; CCPR's D is "No cooperation with the Committee", CED's D "No
/// reply regarding a recommendation").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GradeScale {
    /// The document the labels are read from (`CCPR/C/128/3`).
    pub source: String,
    pub grades: Vec<GradeLabel>,
}

impl GradeScale {
    /// The meaning of a grade in this scale; `None` when the letter is unused or its wording
    /// was not confirmed.
    pub fn label(&self, grade: Grade) -> Option<&str> {
        self.grades
            .iter()
            .find(|g| g.grade == grade)
            .and_then(|g| g.label.as_deref())
    }

    /// Whether the committee uses this letter at all.
    pub fn has(&self, grade: Grade) -> bool {
        self.grades.iter().any(|g| g.grade == grade)
    }
}

/// A follow-up grade given to one recommendation (a paragraph of the concluding observations).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub paragraph: String,
    pub grade: Grade,
}

/// What happened at a step, with what is particular to each kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    ListOfIssuesPriorToReporting {
        /// When the replies (the report) are due, as the transmittal letter says.
        replies_due: Option<Date>,
    },
    Report {
        /// Length in words, for the limits of [`crate::document::word_limit`].
        words: Option<u32>,
    },
    ListOfIssues {
        replies_due: Option<Date>,
    },
    RepliesToListOfIssues {
        words: Option<u32>,
    },
    Dialogue {
        /// Whether a delegation took part; `None` when the source does not say.
        delegation: Option<bool>,
    },
    ReviewInAbsenceOfReport {
        delegation: Option<bool>,
    },
    ConcludingObservations {
        /// The recommendations selected for follow-up (paragraph numbers, as printed).
        follow_up: Vec<String>,
        /// The date the committee set for the next report, if the source gives it.
        next_report_due: Option<Date>,
    },
    FollowUpInformation,
    FollowUpAssessment {
        grades: Vec<Assessment>,
    },
}

impl Event {
    pub fn kind(&self) -> StepKind {
        match self {
            Event::ListOfIssuesPriorToReporting { .. } => StepKind::ListOfIssuesPriorToReporting,
            Event::Report { .. } => StepKind::Report,
            Event::ListOfIssues { .. } => StepKind::ListOfIssues,
            Event::RepliesToListOfIssues { .. } => StepKind::RepliesToListOfIssues,
            Event::Dialogue { .. } => StepKind::Dialogue,
            Event::ReviewInAbsenceOfReport { .. } => StepKind::ReviewInAbsenceOfReport,
            Event::ConcludingObservations { .. } => StepKind::ConcludingObservations,
            Event::FollowUpInformation => StepKind::FollowUpInformation,
            Event::FollowUpAssessment { .. } => StepKind::FollowUpAssessment,
        }
    }
}

/// When a step happened, as far as the sources say: the day, the session, the meetings.
/// Any of them may be unknown; the data is partial and nothing is guessed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct When {
    pub date: Option<Date>,
    pub session: Option<u32>,
    /// Meeting numbers (CMW numbers them across sessions: the 596th and 597th for Jamaica).
    pub meetings: Vec<u32>,
}

impl When {
    pub fn on(date: Date) -> When {
        When {
            date: Some(date),
            ..When::default()
        }
    }
}

/// One step of a cycle: what happened, when, and where the fact comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub event: Event,
    pub when: When,
    /// What the source adds that has no field ("replies received just before the 597th meeting").
    pub note: Option<String>,
    /// Where the fact comes from (a UN symbol or URL).
    pub source: String,
}

impl Step {
    pub fn new(event: Event, when: When, source: impl Into<String>) -> Step {
        Step {
            event,
            when,
            note: None,
            source: source.into(),
        }
    }

    pub fn kind(&self) -> StepKind {
        self.event.kind()
    }
}

/// A step the cycle refuses, and why. The cycle is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("{cycle}: a {got} cannot come {after}; expected {expected}")]
    OutOfOrder {
        cycle: String,
        got: StepKind,
        after: String,
        expected: String,
    },
    #[error(
        "{cycle}: the {got} is dated {date}, before the {previous} of {previous_date}; steps cannot go back in time"
    )]
    Backdated {
        cycle: String,
        got: StepKind,
        date: Date,
        previous: StepKind,
        previous_date: Date,
    },
    #[error(
        "{cycle}: a review in the absence of a report on {date} is premature, the report is due on {due} (CMW rule 34, CMW/C/2: only a State that has not reported by the due date)"
    )]
    NotOverdue {
        cycle: String,
        date: Date,
        due: Date,
    },
    #[error("{cycle}: grade {grade} is not in {committee}'s follow-up scale ({source_doc})")]
    UnknownGrade {
        cycle: String,
        grade: Grade,
        committee: Committee,
        source_doc: String,
    },
}

/// A cycle that cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CycleError {
    #[error("{committee} reviews no State reports, so it has no review cycles")]
    NoReports { committee: Committee },
    #[error(transparent)]
    Symbol(#[from] SymbolBuildError),
}

/// One State's report(s) under one committee, and the steps taken so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cycle {
    committee: Committee,
    state: StateCode,
    reports: ReportNumbers,
    procedure: ReportingProcedure,
    /// The date the report is due, legal or set by the committee, if known.
    report_due: Option<Date>,
    steps: Vec<Step>,
}

/// A step still to come, with the document it will produce and its date where one is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextStep {
    pub kind: StepKind,
    /// The reports the step is about (the next cycle's, for its first step).
    pub reports: ReportNumbers,
    pub procedure: ReportingProcedure,
    pub document: Option<Symbol>,
    pub due: Option<Date>,
    /// Whether `due` is before the day asked about.
    pub overdue: bool,
    /// Where the date (or its absence) comes from.
    pub basis: String,
}

impl Cycle {
    /// Opens a cycle with no steps. `report_due` is the date by which the report is due,
    /// legally or as the committee set it, if known; a review in the absence of a report is
    /// allowed only after it.
    pub fn open(
        committee: Committee,
        state: StateCode,
        reports: ReportNumbers,
        procedure: ReportingProcedure,
        report_due: Option<Date>,
    ) -> Result<Cycle, CycleError> {
        if committee == Committee::Spt {
            return Err(CycleError::NoReports { committee });
        }
        // Every document of the cycle must be expressible; checking one checks them all.
        Symbol::state_report(committee, state, reports)?;
        Ok(Cycle {
            committee,
            state,
            reports,
            procedure,
            report_due,
            steps: Vec::new(),
        })
    }

    pub fn committee(&self) -> Committee {
        self.committee
    }

    pub fn state(&self) -> StateCode {
        self.state
    }

    pub fn reports(&self) -> ReportNumbers {
        self.reports
    }

    pub fn procedure(&self) -> ReportingProcedure {
        self.procedure
    }

    pub fn report_due(&self) -> Option<Date> {
        self.report_due
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The cycle covers the initial report (alone, or combined with periodic ones, as
    /// Jamaica's combined initial and second periodic reports, CMW/C/JAM/CO/1-2).
    pub fn is_initial(&self) -> bool {
        self.reports.first() == 1
    }

    /// The last step taken, if any.
    pub fn last(&self) -> Option<&Step> {
        self.steps.last()
    }

    /// The first step of a kind, if taken.
    pub fn step(&self, kind: StepKind) -> Option<&Step> {
        self.steps.iter().find(|s| s.kind() == kind)
    }

    /// The steps the procedure allows next.
    pub fn expected(&self) -> &'static [StepKind] {
        use StepKind::*;
        match (self.procedure, self.last().map(Step::kind)) {
            (ReportingProcedure::Simplified, None) => &[ListOfIssuesPriorToReporting],
            (ReportingProcedure::Simplified, Some(ListOfIssuesPriorToReporting)) => {
                &[Report, ReviewInAbsenceOfReport]
            }
            (ReportingProcedure::Simplified, Some(Report)) => &[Dialogue],
            (ReportingProcedure::Traditional, None) => &[Report, ReviewInAbsenceOfReport],
            (ReportingProcedure::Traditional, Some(Report)) => &[ListOfIssues],
            (ReportingProcedure::Traditional, Some(ListOfIssues)) => &[RepliesToListOfIssues],
            (ReportingProcedure::Traditional, Some(RepliesToListOfIssues)) => &[Dialogue],
            (_, Some(Dialogue | ReviewInAbsenceOfReport)) => &[ConcludingObservations],
            (_, Some(ConcludingObservations)) => &[FollowUpInformation, FollowUpAssessment],
            (_, Some(FollowUpInformation)) => &[FollowUpAssessment],
            // A further round: the committee asks for more information after grading.
            (_, Some(FollowUpAssessment)) => &[FollowUpInformation],
            // Steps of the other procedure never get into a cycle (apply refuses them).
            (ReportingProcedure::Simplified, Some(ListOfIssues | RepliesToListOfIssues))
            | (ReportingProcedure::Traditional, Some(ListOfIssuesPriorToReporting)) => &[],
        }
    }

    /// Appends `step` if the procedure allows it now; otherwise returns why not and leaves
    /// the cycle unchanged. `scale` is the committee's follow-up grading scale, if the
    /// catalogue has one; an assessment with a letter outside it is refused.
    pub fn apply(&mut self, step: Step, scale: Option<&GradeScale>) -> Result<(), TransitionError> {
        let got = step.kind();
        let expected = self.expected();
        if !expected.contains(&got) {
            return Err(TransitionError::OutOfOrder {
                cycle: self.to_string(),
                got,
                after: match self.last() {
                    Some(last) => format!("after the {}", last.kind()),
                    None => "first".to_string(),
                },
                expected: expected_in_words(expected),
            });
        }
        // (Match guards rather than let chains: the workspace's rust-version is 1.85.)
        let previous = self
            .steps
            .iter()
            .rev()
            .find_map(|s| s.when.date.map(|d| (s.kind(), d)));
        match (step.when.date, previous) {
            (Some(date), Some((previous, previous_date))) if date < previous_date => {
                return Err(TransitionError::Backdated {
                    cycle: self.to_string(),
                    got,
                    date,
                    previous,
                    previous_date,
                });
            }
            _ => {}
        }
        // CMW rule 34 (CMW/C/2): the review without a report is for a State that did not
        // report by the due date (DOMAIN.md §10.4 #64).
        match (got, step.when.date, self.current_report_due()) {
            (StepKind::ReviewInAbsenceOfReport, Some(date), Some(due)) if date <= due => {
                return Err(TransitionError::NotOverdue {
                    cycle: self.to_string(),
                    date,
                    due,
                });
            }
            _ => {}
        }
        let outside_scale = match (&step.event, scale) {
            (Event::FollowUpAssessment { grades }, Some(scale)) => grades
                .iter()
                .find(|a| !scale.has(a.grade))
                .map(|a| (a.grade, scale)),
            _ => None,
        };
        if let Some((grade, scale)) = outside_scale {
            return Err(TransitionError::UnknownGrade {
                cycle: self.to_string(),
                grade,
                committee: self.committee,
                source_doc: scale.source.clone(),
            });
        }
        self.steps.push(step);
        Ok(())
    }

    /// When the report (or the replies that are the report) is due now: the date the LOIPR
    /// set, else the cycle's own.
    fn current_report_due(&self) -> Option<Date> {
        self.steps
            .iter()
            .rev()
            .find_map(|s| match s.event {
                Event::ListOfIssuesPriorToReporting { replies_due } => replies_due,
                _ => None,
            })
            .or(self.report_due)
    }

    /// The document a step of this cycle produces, by its symbol (`CMW/C/TJK/Q/3` for the
    /// list of issues on Tajikistan's third periodic report). Dialogues produce summary
    /// records of their meetings ([`crate::session::Meeting::summary_record_symbol`]);
    /// follow-up steps no symbol this grammar knows.
    pub fn document(&self, kind: StepKind) -> Option<Symbol> {
        let reporting = kind.reporting_kind()?;
        // `open` checked that the cycle's documents are expressible.
        Symbol::reporting(self.committee, self.state, reporting, self.reports).ok()
    }

    /// The reports the next cycle covers: the next one, or, after a review in the absence of
    /// a report, the overdue report combined with the next (Jamaica, reviewed without its
    /// initial report in 2017, was asked for its "combined initial and second periodic
    /// reports", CMW/C/JAM/CO/1-2, paras. 3–4).
    pub fn next_reports(&self) -> Option<ReportNumbers> {
        let reviewed_without_report = self.step(StepKind::ReviewInAbsenceOfReport).is_some();
        let first = if reviewed_without_report {
            self.reports.first()
        } else {
            self.reports.last() + 1
        };
        ReportNumbers::new(first, self.reports.last() + 1).ok()
    }

    /// Whether the concluding observations have been adopted.
    pub fn is_concluded(&self) -> bool {
        self.step(StepKind::ConcludingObservations).is_some()
    }

    /// When follow-up information is due: the concluding observations' date plus the
    /// committee's follow-up period (CMW and CEDAW two years, most others one: OHCHR
    /// follow-up page; CED one year, CED/C/22/4; DOMAIN.md §6, §10.4 #55–#56). `None` when
    /// the date of adoption or the committee's period is not known.
    pub fn follow_up_due(&self, info: &CommitteeInfo) -> Option<Date> {
        let adopted = self.step(StepKind::ConcludingObservations)?.when.date?;
        let years = info.follow_up_years?;
        adopted.checked_add(i64::from(years).years()).ok()
    }

    /// The steps still to come, with the documents they will produce and the dates the data
    /// gives for them. `on` is the day asked about (for `overdue`); `opted_out` says whether
    /// the State has opted out of the simplified procedure for the next cycle.
    pub fn next_steps(&self, info: &CommitteeInfo, on: Date, opted_out: bool) -> Vec<NextStep> {
        let mut next = Vec::new();
        let mut push = |kind: StepKind, due: Option<Date>, basis: String| {
            next.push(NextStep {
                kind,
                reports: self.reports,
                procedure: self.procedure,
                document: self.document(kind),
                due,
                overdue: due.is_some_and(|d| d < on),
                basis,
            });
        };
        let follow_up_source = || {
            info.follow_up_source
                .clone()
                .unwrap_or_else(|| "not in the catalogue".to_string())
        };
        for &kind in self.expected() {
            match kind {
                StepKind::Report | StepKind::ReviewInAbsenceOfReport => {
                    let due = self.current_report_due();
                    let basis = match (due, kind) {
                        (Some(_), StepKind::Report) => "the report's due date".to_string(),
                        (Some(_), _) => {
                            "possible once the report is overdue (CMW rule 34, CMW/C/2)".to_string()
                        }
                        (None, _) => "due date not in the data".to_string(),
                    };
                    push(kind, due, basis);
                }
                StepKind::RepliesToListOfIssues => {
                    let due = self.steps.iter().rev().find_map(|s| match s.event {
                        Event::ListOfIssues { replies_due } => replies_due,
                        _ => None,
                    });
                    push(
                        kind,
                        due,
                        if due.is_some() {
                            "the date the list of issues set".to_string()
                        } else {
                            "due date not in the data".to_string()
                        },
                    );
                }
                StepKind::FollowUpInformation => {
                    let due = self.follow_up_due(info);
                    let basis = match (info.follow_up_years, due) {
                        (Some(years), Some(_)) => format!(
                            "{years} year{} after the concluding observations ({})",
                            if years == 1 { "" } else { "s" },
                            follow_up_source()
                        ),
                        (Some(years), None) => format!(
                            "{years} year{} after the concluding observations, whose date of adoption is not in the data ({})",
                            if years == 1 { "" } else { "s" },
                            follow_up_source()
                        ),
                        (None, _) => format!(
                            "{} has no follow-up period in the catalogue",
                            self.committee
                        ),
                    };
                    push(kind, due, basis);
                }
                StepKind::ListOfIssuesPriorToReporting
                | StepKind::ListOfIssues
                | StepKind::Dialogue
                | StepKind::ConcludingObservations
                | StepKind::FollowUpAssessment => push(
                    kind,
                    None,
                    "set by the committee; no date in the data".to_string(),
                ),
            }
        }
        if let Some(reports) = self.next_reports().filter(|_| self.is_concluded()) {
            let procedure = ReportingProcedure::default_for(self.committee, opted_out);
            let kind = match procedure {
                ReportingProcedure::Simplified => StepKind::ListOfIssuesPriorToReporting,
                ReportingProcedure::Traditional => StepKind::Report,
            };
            let due = self.steps.iter().rev().find_map(|s| match s.event {
                Event::ConcludingObservations {
                    next_report_due, ..
                } => next_report_due,
                _ => None,
            });
            let document = kind.reporting_kind().and_then(|reporting| {
                Symbol::reporting(self.committee, self.state, reporting, reports).ok()
            });
            let report = describe_reports(reports);
            next.push(NextStep {
                kind,
                reports,
                procedure,
                document,
                due,
                overdue: due.is_some_and(|d| d < on),
                basis: match due {
                    Some(_) => format!(
                        "next cycle ({report}): the date the concluding observations set for the report; {} by default (A/77/228, para. 55) unless the State opts out",
                        procedure.in_words()
                    ),
                    None => format!(
                        "next cycle ({report}): {} by default (A/77/228, para. 55) unless the State opts out; the date for the report is set in the concluding observations and is not in the data",
                        procedure.in_words()
                    ),
                },
            });
        }
        next
    }
}

fn expected_in_words(expected: &[StepKind]) -> String {
    match expected {
        [] => "no further step of this procedure".to_string(),
        [only] => format!("the {only}"),
        [init @ .., last] => format!(
            "the {} or the {last}",
            init.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", the ")
        ),
    }
}

impl fmt::Display for Cycle {
    /// `CMW review of JAM, combined initial and second periodic reports (simplified procedure)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} review of {}, {} ({} procedure)",
            self.committee,
            self.state,
            describe_reports(self.reports),
            self.procedure
        )
    }
}

/// What a source says about a review when it says too little for a [`Cycle`]: the State,
/// the session, the report as the source words it, and what happened
/// (`data/cmw_reviews_partial.csv`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewEvidence {
    pub committee: Committee,
    /// `None` where the source does not number the session.
    pub session: Option<u32>,
    pub state: StateCode,
    /// The report as the source words it ("combined second and third periodic report").
    pub report_as_stated: Option<String>,
    /// The reports that wording (or the symbol) names, when it names them.
    pub reports: Option<ReportNumbers>,
    pub report_symbol: Option<Symbol>,
    pub outcome: ReviewOutcome,
    /// The source's own words about the outcome.
    pub outcome_as_stated: String,
    pub source: String,
}

/// What a source says happened to a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewOutcome {
    /// Concluding observations were adopted.
    ConcludingObservationsAdopted,
    /// A dialogue was held (no outcome stated).
    DialogueHeld,
    /// Announced before the session; it may have been postponed.
    Scheduled,
}

/// Serde helpers for the symbol module's value types, which do not implement `Serialize`:
/// a State code as its three letters, report numbers as the list of every number covered
/// (as in [`crate::symbol::SymbolView`]).
#[cfg(test)]
mod tests;
