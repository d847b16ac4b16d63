//! Individual communications and urgent actions: whether a procedure is open against a
//! State, the admissibility grounds and time limits of each treaty, and each record's life
//! as a state machine that refuses impossible steps.
//!
//! The rules are data (`data/communications.toml`, parsed by `pacta-data` into
//! [`ProcedureRules`]). Records are confidential: this module only models them; who may
//! read them is decided at the edges (store, web), and [`Communication::public_record`]
//! is the one view meant for the public (adopted Views). No real communication is in the
//! bundled data; the register starts empty.

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::catalogue::{Acceptance, InstrumentCode};
use crate::participant::ParticipantCode;
use crate::procedure::{Operative, ProcedureStatus, procedures_on};
use crate::registry::PartyStatus;
use crate::{Committee, Registry};

/// What a procedure handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProcedureKind {
    IndividualCommunications,
    /// CED art. 30: requests that a disappeared person be sought and found.
    UrgentActions,
}

impl ProcedureKind {
    /// The snake_case name, as in JSON and CSV (`urgent_actions`).
    pub fn slug(self) -> &'static str {
        match self {
            ProcedureKind::IndividualCommunications => "individual_communications",
            ProcedureKind::UrgentActions => "urgent_actions",
        }
    }
}

/// A reason to declare a communication inadmissible or not to register a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroundCode {
    Anonymous,
    Abuse,
    Incompatible,
    ManifestlyUnfounded,
    /// The same matter is (or was) examined under another international procedure.
    SameMatter,
    RemediesNotExhausted,
    /// Submitted after the treaty's time limit (OP-ICESCR art. 3(2)(a): one year).
    OutOfTime,
    /// Not presented to the competent national bodies (CED art. 30(2)(c)).
    NotPresentedToNationalBodies,
}

/// One ground with its article and wording.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ground {
    pub code: GroundCode,
    pub article: String,
    pub text: String,
    /// For [`GroundCode::OutOfTime`]: months from the final domestic decision.
    #[serde(default)]
    pub months: Option<u16>,
}

/// What a treaty sets for one procedure. `None` where the sources read do not say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureRules {
    pub committee: Committee,
    pub instrument: InstrumentCode,
    /// The article of the instrument that creates the procedure (as in the catalogue).
    pub article: String,
    pub kind: ProcedureKind,
    /// Months the State has to reply once the communication is transmitted.
    #[serde(default)]
    pub reply_months: Option<u16>,
    /// The Committee sets the time limit case by case (CED arts. 30(2), 31(3)).
    #[serde(default)]
    pub reply_set_by_committee: bool,
    pub reply_source: String,
    /// Months the State has to answer the Views (OP-CEDAW art. 7(4): six).
    #[serde(default)]
    pub follow_up_months: Option<u16>,
    #[serde(default)]
    pub follow_up_source: Option<String>,
    #[serde(default)]
    pub interim_measures_source: Option<String>,
    /// Admissibility grounds (communications) or registration criteria (urgent actions).
    #[serde(default)]
    pub grounds: Vec<Ground>,
    /// What is still missing from `grounds`, in words.
    #[serde(default)]
    pub grounds_note: Option<String>,
}

/// The facts of a submission that the grounds test, as the secretariat records them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Submission {
    pub submitted: Option<Date>,
    pub anonymous: bool,
    pub abuse: bool,
    pub incompatible: bool,
    pub manifestly_unfounded: bool,
    pub same_matter_elsewhere: bool,
    /// Domestic remedies exhausted, or an exception applies (unreasonably prolonged, …).
    pub remedies_exhausted: bool,
    pub final_domestic_decision: Option<Date>,
    /// The author showed it was not possible to submit in time.
    pub delay_justified: bool,
    pub presented_to_national_bodies: bool,
}

/// The grounds of `rules` the submission fails: inadmissible (communications) or not to be
/// registered (urgent actions) when not empty. DOMAIN.md §10.4 #65 (CED art. 30(2)(c)) and
/// #66 (OP-ICESCR art. 3(2)(a)).
pub fn failed_grounds<'r>(rules: &'r ProcedureRules, submission: &Submission) -> Vec<&'r Ground> {
    rules
        .grounds
        .iter()
        .filter(|ground| match ground.code {
            GroundCode::Anonymous => submission.anonymous,
            GroundCode::Abuse => submission.abuse,
            GroundCode::Incompatible => submission.incompatible,
            GroundCode::ManifestlyUnfounded => submission.manifestly_unfounded,
            GroundCode::SameMatter => submission.same_matter_elsewhere,
            GroundCode::RemediesNotExhausted => !submission.remedies_exhausted,
            GroundCode::NotPresentedToNationalBodies => !submission.presented_to_national_bodies,
            GroundCode::OutOfTime => {
                let (Some(months), Some(decision), Some(submitted)) = (
                    ground.months,
                    submission.final_domestic_decision,
                    submission.submitted,
                ) else {
                    return false;
                };
                let limit = decision
                    .checked_add(i64::from(months).months())
                    .expect("dates of decisions are far from the end of jiff's range");
                submitted > limit && !submission.delay_justified
            }
        })
        .collect()
}

/// Whether a procedure can receive a communication against a State on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operability {
    pub state: ParticipantCode,
    pub on: Date,
    pub operative: bool,
    /// Why, in words, with the article.
    pub reason: String,
    /// The procedure as a whole (threshold, declarations).
    pub procedure: ProcedureStatus,
}

/// Is `article` of `instrument` open against `state` on `on`? For a procedure accepted by
/// declaration, the procedure must operate at all (CMW art. 77(8): ten declarations) and
/// the State must have declared; for one accepted by being a party, the instrument must be
/// in force for the State. `None` when the instrument has no such procedure.
pub fn operability(
    registry: &Registry,
    instrument: &InstrumentCode,
    article: &str,
    state: &ParticipantCode,
    on: Date,
) -> Option<Operability> {
    let instrument = registry.catalogue().instrument(instrument.as_str())?;
    let procedure = procedures_on(registry, instrument, on)
        .into_iter()
        .find(|p| p.article == article)?;
    let participation = registry
        .participant(state)
        .and_then(|p| registry.participation(instrument, p));
    let in_force = participation.is_some_and(|p| {
        matches!(
            p.status_on(on, registry.status_as_at()),
            PartyStatus::Party { in_force: true }
        )
    });
    let (operative, reason) = match procedure.acceptance {
        Acceptance::Party if in_force => (
            true,
            format!(
                "{state} is a party to {} and it is in force for it",
                instrument.code
            ),
        ),
        Acceptance::Party => (
            false,
            format!("{} is not in force for {state} on {on}", instrument.code),
        ),
        Acceptance::Declaration => {
            let declared = procedure
                .declarations
                .iter()
                .any(|d| &d.participant == state);
            match (procedure.operative, declared) {
                (Operative::Unknown, _) => (
                    false,
                    format!(
                        "the declarations under art. {article} are not in the data; whether {state} accepted it is unknown"
                    ),
                ),
                (Operative::No, _) => (
                    false,
                    format!(
                        "art. {article} is not operative: {} declaration(s) of the {} required ({})",
                        procedure.declarations.len(),
                        procedure.threshold.unwrap_or(0),
                        procedure.source
                    ),
                ),
                (Operative::Yes, false) => (
                    false,
                    format!("{state} has not made the declaration under art. {article}"),
                ),
                (Operative::Yes, true) if !in_force => (
                    false,
                    format!("{} is not in force for {state} on {on}", instrument.code),
                ),
                (Operative::Yes, true) => (
                    true,
                    format!("{state} declared under art. {article} and the procedure operates"),
                ),
            }
        }
    };
    Some(Operability {
        state: state.clone(),
        on,
        operative,
        reason,
        procedure,
    })
}

/// Where a communication stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum Stage {
    /// Received by the secretariat, not yet registered.
    Received,
    /// Refused registration (clearly fails the basic requirements).
    NotRegistered,
    Registered,
    /// Sent to the State; its observations are due on `reply_due` (None: set by the
    /// Committee, or not in the rules).
    Transmitted {
        reply_due: Option<Date>,
    },
    Admissible,
    Inadmissible,
    Discontinued,
    /// Views adopted (merits, in closed meetings: CMW art. 77(6)).
    Views {
        violation: bool,
    },
    /// The State's answer to the Views is due on `reply_due` (OP-CEDAW art. 7(4)).
    FollowUp {
        reply_due: Option<Date>,
    },
    FollowUpClosed,
}

impl Stage {
    pub fn name(self) -> &'static str {
        match self {
            Stage::Received => "received",
            Stage::NotRegistered => "not registered",
            Stage::Registered => "registered",
            Stage::Transmitted { .. } => "transmitted",
            Stage::Admissible => "admissible",
            Stage::Inadmissible => "inadmissible",
            Stage::Discontinued => "discontinued",
            Stage::Views { .. } => "views adopted",
            Stage::FollowUp { .. } => "follow-up",
            Stage::FollowUpClosed => "follow-up closed",
        }
    }

    /// Decided: inadmissible, discontinued or Views adopted (and later follow-up).
    pub fn is_decided(self) -> bool {
        matches!(
            self,
            Stage::Inadmissible
                | Stage::Discontinued
                | Stage::Views { .. }
                | Stage::FollowUp { .. }
                | Stage::FollowUpClosed
        )
    }

    /// Pending: registered and not yet decided.
    pub fn is_pending(self) -> bool {
        matches!(
            self,
            Stage::Registered | Stage::Transmitted { .. } | Stage::Admissible
        )
    }
}

/// A step in a communication's life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// Registration needs the procedure to be open against the State on the day.
    Register {
        operability: Box<Operability>,
    },
    RefuseRegistration {
        reason: String,
    },
    /// Transmit to the State (CMW art. 77(4): reply within six months).
    Transmit,
    ReceiveObservations,
    /// At any time before the merits, without prejudging them (CED art. 31(4)).
    RequestInterimMeasures,
    DeclareAdmissible,
    DeclareInadmissible {
        grounds: Vec<GroundCode>,
    },
    /// From `Admissible`, or from `Transmitted` when admissibility and merits are examined
    /// together.
    AdoptViews {
        violation: bool,
    },
    Discontinue {
        reason: String,
    },
    OpenFollowUp,
    CloseFollowUp,
}

impl Event {
    pub fn name(&self) -> &'static str {
        match self {
            Event::Register { .. } => "register",
            Event::RefuseRegistration { .. } => "refuse registration",
            Event::Transmit => "transmit to the State",
            Event::ReceiveObservations => "receive the State's observations",
            Event::RequestInterimMeasures => "request interim measures",
            Event::DeclareAdmissible => "declare admissible",
            Event::DeclareInadmissible { .. } => "declare inadmissible",
            Event::AdoptViews { .. } => "adopt Views",
            Event::Discontinue { .. } => "discontinue",
            Event::OpenFollowUp => "open follow-up",
            Event::CloseFollowUp => "close follow-up",
        }
    }
}

/// A step that the procedure does not allow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("cannot {event} a communication that is {stage}")]
    Invalid {
        stage: &'static str,
        event: &'static str,
    },
    #[error("cannot register: {0}")]
    NotOperative(String),
    #[error("the operability shown is for {shown} on {shown_on}, not {state} on {on}")]
    WrongOperability {
        shown: ParticipantCode,
        shown_on: Date,
        state: ParticipantCode,
        on: Date,
    },
    #[error("{on} is before the last step ({last})")]
    BeforeLastStep { on: Date, last: Date },
    #[error("no follow-up to Views that found no violation")]
    NoViolation,
    #[error("{0} is not an individual communications procedure")]
    WrongKind(String),
}

/// The one part of a communication the public may see: adopted Views.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicViews {
    pub committee: Committee,
    pub number: Option<String>,
    pub state: ParticipantCode,
    pub adopted_on: Date,
    pub violation: bool,
}

/// An individual communication: confidential until the Committee publishes its Views.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Communication {
    pub committee: Committee,
    pub instrument: InstrumentCode,
    pub article: String,
    /// The register number given at registration (`1/2026`), if any.
    pub number: Option<String>,
    pub state: ParticipantCode,
    pub received_on: Date,
    pub stage: Stage,
    pub history: Vec<(Date, Event)>,
}

impl Communication {
    /// A communication received by the secretariat on `on`.
    pub fn receive(
        rules: &ProcedureRules,
        state: ParticipantCode,
        on: Date,
    ) -> Result<Self, TransitionError> {
        if rules.kind != ProcedureKind::IndividualCommunications {
            return Err(TransitionError::WrongKind(format!(
                "{} art. {}",
                rules.instrument, rules.article
            )));
        }
        Ok(Communication {
            committee: rules.committee,
            instrument: rules.instrument.clone(),
            article: rules.article.clone(),
            number: None,
            state,
            received_on: on,
            stage: Stage::Received,
            history: Vec::new(),
        })
    }

    fn last_day(&self) -> Date {
        self.history.last().map_or(self.received_on, |(d, _)| *d)
    }

    /// Apply one step on `on`, or refuse it and change nothing.
    pub fn apply(
        &mut self,
        rules: &ProcedureRules,
        on: Date,
        event: Event,
    ) -> Result<(), TransitionError> {
        let last = self.last_day();
        if on < last {
            return Err(TransitionError::BeforeLastStep { on, last });
        }
        let invalid = || TransitionError::Invalid {
            stage: self.stage.name(),
            event: event.name(),
        };
        let next = match (&event, self.stage) {
            (Event::Register { operability }, Stage::Received) => {
                if operability.state != self.state || operability.on != on {
                    return Err(TransitionError::WrongOperability {
                        shown: operability.state.clone(),
                        shown_on: operability.on,
                        state: self.state.clone(),
                        on,
                    });
                }
                if !operability.operative {
                    return Err(TransitionError::NotOperative(operability.reason.clone()));
                }
                Stage::Registered
            }
            (Event::RefuseRegistration { .. }, Stage::Received) => Stage::NotRegistered,
            (Event::Transmit, Stage::Registered) => Stage::Transmitted {
                reply_due: rules.reply_months.map(|m| add_months(on, m)),
            },
            (Event::ReceiveObservations, stage @ Stage::Transmitted { .. }) => stage,
            (
                Event::RequestInterimMeasures,
                stage @ (Stage::Registered | Stage::Transmitted { .. } | Stage::Admissible),
            ) => stage,
            (Event::DeclareAdmissible, Stage::Transmitted { .. }) => Stage::Admissible,
            (Event::DeclareInadmissible { .. }, Stage::Registered | Stage::Transmitted { .. }) => {
                Stage::Inadmissible
            }
            (Event::AdoptViews { violation }, Stage::Admissible | Stage::Transmitted { .. }) => {
                Stage::Views {
                    violation: *violation,
                }
            }
            (
                Event::Discontinue { .. },
                Stage::Registered | Stage::Transmitted { .. } | Stage::Admissible,
            ) => Stage::Discontinued,
            (Event::OpenFollowUp, Stage::Views { violation: true }) => Stage::FollowUp {
                reply_due: rules.follow_up_months.map(|m| add_months(on, m)),
            },
            (Event::OpenFollowUp, Stage::Views { violation: false }) => {
                return Err(TransitionError::NoViolation);
            }
            (Event::CloseFollowUp, Stage::FollowUp { .. }) => Stage::FollowUpClosed,
            _ => return Err(invalid()),
        };
        self.stage = next;
        self.history.push((on, event));
        Ok(())
    }

    /// The day of the first step of the given kind.
    fn day_of(&self, wanted: impl Fn(&Event) -> bool) -> Option<Date> {
        self.history
            .iter()
            .find(|(_, e)| wanted(e))
            .map(|(d, _)| *d)
    }

    pub fn registered_on(&self) -> Option<Date> {
        self.day_of(|e| matches!(e, Event::Register { .. }))
    }

    /// The day it was decided (inadmissible, discontinued or Views).
    pub fn decided_on(&self) -> Option<Date> {
        self.day_of(|e| {
            matches!(
                e,
                Event::DeclareInadmissible { .. }
                    | Event::Discontinue { .. }
                    | Event::AdoptViews { .. }
            )
        })
    }

    /// Days interim measures were requested.
    pub fn interim_measures(&self) -> Vec<Date> {
        self.history
            .iter()
            .filter(|(_, e)| matches!(e, Event::RequestInterimMeasures))
            .map(|(d, _)| *d)
            .collect()
    }

    /// The Views, once adopted: all the public may see of a communication.
    pub fn public_record(&self) -> Option<PublicViews> {
        self.history.iter().find_map(|(on, event)| match event {
            Event::AdoptViews { violation } => Some(PublicViews {
                committee: self.committee,
                number: self.number.clone(),
                state: self.state.clone(),
                adopted_on: *on,
                violation: *violation,
            }),
            _ => None,
        })
    }
}

fn add_months(date: Date, months: u16) -> Date {
    date.checked_add(i64::from(months).months())
        .expect("procedure dates are far from the end of jiff's range")
}

/// How an urgent action ends: the fate of the person is resolved (CED art. 30(4)) or the
/// Committee stops for another stated reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Closure {
    Located,
    LocatedDeceased,
    Other(String),
}

/// Where an urgent action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum UaStage {
    Received,
    NotRegistered,
    /// Registered; the State is asked for information within the time limit the Committee
    /// sets (CED art. 30(2)); open while the fate of the person is unresolved (30(4)).
    Open {
        reply_due: Option<Date>,
    },
    Closed,
}

impl UaStage {
    pub fn name(self) -> &'static str {
        match self {
            UaStage::Received => "received",
            UaStage::NotRegistered => "not registered",
            UaStage::Open { .. } => "open",
            UaStage::Closed => "closed",
        }
    }
}

/// A step in an urgent action's life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum UaEvent {
    Register {
        operability: Box<Operability>,
        /// The time limit the Committee sets for the State's information (30(2)).
        reply_due: Option<Date>,
    },
    RefuseRegistration {
        criteria: Vec<GroundCode>,
    },
    /// Recommendations, with interim measures to locate and protect the person and a
    /// reporting deadline (30(3)).
    Recommend {
        interim_measures: bool,
        report_by: Option<Date>,
    },
    ReceiveStateInformation,
    Close {
        closure: Closure,
    },
}

impl UaEvent {
    pub fn name(&self) -> &'static str {
        match self {
            UaEvent::Register { .. } => "register",
            UaEvent::RefuseRegistration { .. } => "refuse registration",
            UaEvent::Recommend { .. } => "transmit recommendations",
            UaEvent::ReceiveStateInformation => "receive the State's information",
            UaEvent::Close { .. } => "close",
        }
    }
}

/// An urgent action (CED art. 30): seeking a disappeared person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UrgentAction {
    /// `9/2013`: number and year, given at registration.
    pub number: Option<(u32, i16)>,
    /// One action may concern several persons (CED/C/23/2 counts persons separately).
    pub persons: u32,
    pub state: ParticipantCode,
    pub received_on: Date,
    pub stage: UaStage,
    pub history: Vec<(Date, UaEvent)>,
}

impl UrgentAction {
    pub fn receive(state: ParticipantCode, persons: u32, on: Date) -> Self {
        UrgentAction {
            number: None,
            persons,
            state,
            received_on: on,
            stage: UaStage::Received,
            history: Vec::new(),
        }
    }

    pub fn apply(&mut self, on: Date, event: UaEvent) -> Result<(), TransitionError> {
        let last = self.history.last().map_or(self.received_on, |(d, _)| *d);
        if on < last {
            return Err(TransitionError::BeforeLastStep { on, last });
        }
        let stage_name = self.stage.name();
        let event_name = event.name();
        let next = match (&event, self.stage) {
            (
                UaEvent::Register {
                    operability,
                    reply_due,
                },
                UaStage::Received,
            ) => {
                if operability.state != self.state || operability.on != on {
                    return Err(TransitionError::WrongOperability {
                        shown: operability.state.clone(),
                        shown_on: operability.on,
                        state: self.state.clone(),
                        on,
                    });
                }
                if !operability.operative {
                    return Err(TransitionError::NotOperative(operability.reason.clone()));
                }
                UaStage::Open {
                    reply_due: *reply_due,
                }
            }
            (UaEvent::RefuseRegistration { .. }, UaStage::Received) => UaStage::NotRegistered,
            (
                UaEvent::Recommend { .. } | UaEvent::ReceiveStateInformation,
                stage @ UaStage::Open { .. },
            ) => stage,
            (UaEvent::Close { .. }, UaStage::Open { .. }) => UaStage::Closed,
            _ => {
                return Err(TransitionError::Invalid {
                    stage: stage_name,
                    event: event_name,
                });
            }
        };
        self.stage = next;
        self.history.push((on, event));
        Ok(())
    }

    pub fn registered_on(&self) -> Option<Date> {
        self.history
            .iter()
            .find(|(_, e)| matches!(e, UaEvent::Register { .. }))
            .map(|(d, _)| *d)
    }

    pub fn closed_on(&self) -> Option<Date> {
        self.history
            .iter()
            .find(|(_, e)| matches!(e, UaEvent::Close { .. }))
            .map(|(d, _)| *d)
    }
}

/// Figures for one committee, procedure kind and year: the ones a Chair cites when asking
/// for resources (CMW/C/SR.608 para. 3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearStats {
    pub committee: Committee,
    pub kind: ProcedureKind,
    pub year: i16,
    pub received: u32,
    pub registered: u32,
    /// Decided (communications) or closed (urgent actions) in the year.
    pub decided: u32,
    /// Registered and not decided at the end of the year (or on `on` for its year).
    pub pending: u32,
}

/// Statistics by committee, kind and year, up to `on`, from a register. Years with no
/// record do not appear.
pub fn statistics(
    communications: &[Communication],
    urgent_actions: &[(Committee, UrgentAction)],
    on: Date,
) -> Vec<YearStats> {
    // (committee, kind, received, registered, decided)
    type Row = (Committee, ProcedureKind, Date, Option<Date>, Option<Date>);
    let rows: Vec<Row> = communications
        .iter()
        .map(|c| {
            (
                c.committee,
                ProcedureKind::IndividualCommunications,
                c.received_on,
                c.registered_on(),
                c.decided_on(),
            )
        })
        .chain(urgent_actions.iter().map(|(committee, ua)| {
            (
                *committee,
                ProcedureKind::UrgentActions,
                ua.received_on,
                ua.registered_on(),
                ua.closed_on(),
            )
        }))
        .filter(|row| row.2 <= on)
        .collect();
    let mut keys: Vec<(Committee, ProcedureKind, i16)> = Vec::new();
    for (committee, kind, received, registered, decided) in &rows {
        for day in [Some(*received), *registered, *decided]
            .into_iter()
            .flatten()
        {
            if day <= on && !keys.contains(&(*committee, *kind, day.year())) {
                keys.push((*committee, *kind, day.year()));
            }
        }
    }
    keys.sort_by_key(|(c, k, y)| (*c, *k as u8, *y));
    keys.into_iter()
        .map(|(committee, kind, year)| {
            let mine = rows.iter().filter(|r| r.0 == committee && r.1 == kind);
            let in_year = |d: &Option<Date>| d.is_some_and(|d| d.year() == year && d <= on);
            let year_end = Date::new(year, 12, 31)
                .expect("register years are inside jiff's range")
                .min(on);
            YearStats {
                committee,
                kind,
                year,
                received: mine.clone().filter(|r| in_year(&Some(r.2))).count() as u32,
                registered: mine.clone().filter(|r| in_year(&r.3)).count() as u32,
                decided: mine.clone().filter(|r| in_year(&r.4)).count() as u32,
                pending: mine
                    .filter(|r| {
                        r.3.is_some_and(|d| d <= year_end) && r.4.is_none_or(|d| d > year_end)
                    })
                    .count() as u32,
            }
        })
        .collect()
}
