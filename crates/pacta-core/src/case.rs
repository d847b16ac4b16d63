//! The protection-procedure register as one list: a [`Case`] is an individual
//! communication or an urgent action, and a [`Step`] is what a person asks to do to one,
//! in plain data (the CLI's arguments, the API's JSON), turned here into the event of the
//! case's state machine (`crate::communication`) with the facts it needs: registration
//! asks the registry whether the procedure is open against the State on the day.
//!
//! Register numbers are pacta's reading of the committees' practice: a running number
//! per committee and procedure, then the year of registration (CCPR "No. 2409/2014",
//! CED "UA 9/2013"); the store allocates the running number, [`Case::assign_number`]
//! writes it. Cases are confidential (closed meetings: CMW art. 77(6), CAT art. 22(6),
//! CED art. 31(5)); only [`Case::public_record`] (adopted Views) and
//! [`case_statistics`] are for the public.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::Committee;
use crate::Registry;
use crate::communication::{
    Closure, Communication, Event, GroundCode, ProcedureKind, ProcedureRules, PublicViews,
    TransitionError, UaEvent, UaStage, UrgentAction, YearStats, operability, statistics,
};
use crate::participant::ParticipantCode;

/// One entry of the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Case {
    IndividualCommunication(Communication),
    UrgentAction {
        committee: Committee,
        action: UrgentAction,
    },
}

/// What a person asks to do to a case. The steps of individual communications and of
/// urgent actions share this one list; a step of the other procedure is refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case", deny_unknown_fields)]
pub enum Step {
    /// Register: refused unless the procedure is open against the State on the day. For
    /// an urgent action, `reply_due` is the time limit the Committee sets (CED art. 30(2)).
    Register {
        #[serde(default)]
        reply_due: Option<Date>,
    },
    /// Refuse registration: `reason` in words; for an urgent action, the criteria of CED
    /// art. 30(2) it fails.
    RefuseRegistration {
        reason: String,
        #[serde(default)]
        criteria: Vec<GroundCode>,
    },
    Transmit,
    ReceiveObservations,
    RequestInterimMeasures,
    DeclareAdmissible,
    DeclareInadmissible {
        grounds: Vec<GroundCode>,
    },
    AdoptViews {
        violation: bool,
    },
    Discontinue {
        reason: String,
    },
    OpenFollowUp,
    CloseFollowUp,
    /// Urgent actions: recommendations, interim measures, a reporting deadline (30(3)).
    Recommend {
        #[serde(default)]
        interim_measures: bool,
        #[serde(default)]
        report_by: Option<Date>,
    },
    ReceiveStateInformation,
    Close {
        closure: Closure,
    },
}

impl Step {
    /// The step's snake_case name, as in JSON and in audit actions (`case.transmit`).
    pub fn name(&self) -> &'static str {
        match self {
            Step::Register { .. } => "register",
            Step::RefuseRegistration { .. } => "refuse_registration",
            Step::Transmit => "transmit",
            Step::ReceiveObservations => "receive_observations",
            Step::RequestInterimMeasures => "request_interim_measures",
            Step::DeclareAdmissible => "declare_admissible",
            Step::DeclareInadmissible { .. } => "declare_inadmissible",
            Step::AdoptViews { .. } => "adopt_views",
            Step::Discontinue { .. } => "discontinue",
            Step::OpenFollowUp => "open_follow_up",
            Step::CloseFollowUp => "close_follow_up",
            Step::Recommend { .. } => "recommend",
            Step::ReceiveStateInformation => "receive_state_information",
            Step::Close { .. } => "close",
        }
    }
}

/// What a list shows of a case: its register entry without the record's detail (the
/// operability proofs, the reasons). Still confidential.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseSummary {
    pub number: Option<String>,
    pub committee: Committee,
    pub kind: ProcedureKind,
    pub state: ParticipantCode,
    pub received_on: Date,
    pub stage: &'static str,
    pub reply_due: Option<Date>,
    pub registered_on: Option<Date>,
    pub decided_on: Option<Date>,
    pub steps: Vec<StepTaken>,
}

/// A step taken, by name, with its day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepTaken {
    pub on: Date,
    pub step: &'static str,
}

impl CaseSummary {
    /// The columns of [`CaseSummary::cells`], for CSV and tables (after the store's `id`).
    pub const COLUMNS: [&'static str; 9] = [
        "number",
        "committee",
        "kind",
        "state",
        "received_on",
        "stage",
        "reply_due",
        "registered_on",
        "decided_on",
    ];

    pub fn cells(&self) -> Vec<String> {
        let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        vec![
            self.number.clone().unwrap_or_default(),
            self.committee.to_string(),
            self.kind.slug().to_string(),
            self.state.to_string(),
            self.received_on.to_string(),
            self.stage.to_string(),
            date(self.reply_due),
            date(self.registered_on),
            date(self.decided_on),
        ]
    }
}

impl Case {
    pub fn summary(&self) -> CaseSummary {
        CaseSummary {
            number: self.number(),
            committee: self.committee(),
            kind: self.kind(),
            state: self.state().clone(),
            received_on: self.received_on(),
            stage: self.stage_name(),
            reply_due: self.reply_due(),
            registered_on: self.registered_on(),
            decided_on: self.decided_on(),
            steps: self
                .steps()
                .into_iter()
                .map(|(on, step)| StepTaken { on, step })
                .collect(),
        }
    }

    /// A communication or an urgent action received on `on` under `rules` (`persons`: how
    /// many persons an urgent action concerns; 1 when not given).
    pub fn receive(
        rules: &ProcedureRules,
        state: ParticipantCode,
        on: Date,
        persons: Option<u32>,
    ) -> Result<Case, TransitionError> {
        Ok(match rules.kind {
            ProcedureKind::IndividualCommunications => {
                Case::IndividualCommunication(Communication::receive(rules, state, on)?)
            }
            ProcedureKind::UrgentActions => Case::UrgentAction {
                committee: rules.committee,
                action: UrgentAction::receive(state, persons.unwrap_or(1).max(1), on),
            },
        })
    }

    pub fn kind(&self) -> ProcedureKind {
        match self {
            Case::IndividualCommunication(_) => ProcedureKind::IndividualCommunications,
            Case::UrgentAction { .. } => ProcedureKind::UrgentActions,
        }
    }

    pub fn committee(&self) -> Committee {
        match self {
            Case::IndividualCommunication(c) => c.committee,
            Case::UrgentAction { committee, .. } => *committee,
        }
    }

    pub fn state(&self) -> &ParticipantCode {
        match self {
            Case::IndividualCommunication(c) => &c.state,
            Case::UrgentAction { action, .. } => &action.state,
        }
    }

    pub fn received_on(&self) -> Date {
        match self {
            Case::IndividualCommunication(c) => c.received_on,
            Case::UrgentAction { action, .. } => action.received_on,
        }
    }

    /// Where the case stands, in words (`transmitted`, `open`).
    pub fn stage_name(&self) -> &'static str {
        match self {
            Case::IndividualCommunication(c) => c.stage.name(),
            Case::UrgentAction { action, .. } => action.stage.name(),
        }
    }

    /// The date the State's reply is due at the current stage, if one is set.
    pub fn reply_due(&self) -> Option<Date> {
        use crate::communication::Stage;
        match self {
            Case::IndividualCommunication(c) => match c.stage {
                Stage::Transmitted { reply_due } | Stage::FollowUp { reply_due } => reply_due,
                _ => None,
            },
            Case::UrgentAction { action, .. } => match action.stage {
                UaStage::Open { reply_due } => reply_due,
                _ => None,
            },
        }
    }

    /// The register number (`3/2026`), once registered.
    pub fn number(&self) -> Option<String> {
        match self {
            Case::IndividualCommunication(c) => c.number.clone(),
            Case::UrgentAction { action, .. } => action
                .number
                .map(|(running, year)| format!("{running}/{year}")),
        }
    }

    pub fn registered_on(&self) -> Option<Date> {
        match self {
            Case::IndividualCommunication(c) => c.registered_on(),
            Case::UrgentAction { action, .. } => action.registered_on(),
        }
    }

    /// Decided (communications) or closed (urgent actions).
    pub fn decided_on(&self) -> Option<Date> {
        match self {
            Case::IndividualCommunication(c) => c.decided_on(),
            Case::UrgentAction { action, .. } => action.closed_on(),
        }
    }

    /// Each step taken, with its day, by name.
    pub fn steps(&self) -> Vec<(Date, &'static str)> {
        match self {
            Case::IndividualCommunication(c) => {
                c.history.iter().map(|(d, e)| (*d, e.name())).collect()
            }
            Case::UrgentAction { action, .. } => {
                action.history.iter().map(|(d, e)| (*d, e.name())).collect()
            }
        }
    }

    /// Adopted Views: the one part of a case the public may see.
    pub fn public_record(&self) -> Option<PublicViews> {
        match self {
            Case::IndividualCommunication(c) => c.public_record(),
            Case::UrgentAction { .. } => None,
        }
    }

    /// Whether the case needs a register number: registered and not yet numbered.
    pub fn needs_number(&self) -> bool {
        self.registered_on().is_some() && self.number().is_none()
    }

    /// Write the register number: `running` (allocated by the store) and the year of
    /// registration. Does nothing before registration or once numbered.
    pub fn assign_number(&mut self, running: u32) {
        let Some(year) = self.registered_on().map(|d| d.year()) else {
            return;
        };
        if !self.needs_number() {
            return;
        }
        match self {
            Case::IndividualCommunication(c) => c.number = Some(format!("{running}/{year}")),
            Case::UrgentAction { action, .. } => action.number = Some((running, year)),
        }
    }

    /// Take `step` on `on` under `rules` (the procedure the case was received under), or
    /// refuse it and change nothing. Registration asks the registry whether the procedure
    /// is open against the State on `on` (CMW art. 77(8): ten declarations; the State's
    /// own declaration; the instrument in force for it).
    pub fn apply(
        &mut self,
        registry: &Registry,
        rules: &ProcedureRules,
        on: Date,
        step: Step,
    ) -> Result<(), TransitionError> {
        if rules.committee != self.committee() || rules.kind != self.kind() {
            return Err(TransitionError::WrongKind(format!(
                "{} art. {} for a {} case",
                rules.instrument,
                rules.article,
                self.committee()
            )));
        }
        let open = |state: &ParticipantCode| {
            operability(registry, &rules.instrument, &rules.article, state, on)
                .map(Box::new)
                .ok_or_else(|| {
                    TransitionError::NotOperative(format!(
                        "{} has no procedure under art. {}",
                        rules.instrument, rules.article
                    ))
                })
        };
        let stage = self.stage_name();
        let refused = |step: &Step| TransitionError::Invalid {
            stage,
            event: step.name(),
        };
        match self {
            Case::IndividualCommunication(c) => {
                let event = match step {
                    Step::Register { .. } => Event::Register {
                        operability: open(&c.state)?,
                    },
                    Step::RefuseRegistration { reason, .. } => Event::RefuseRegistration { reason },
                    Step::Transmit => Event::Transmit,
                    Step::ReceiveObservations => Event::ReceiveObservations,
                    Step::RequestInterimMeasures => Event::RequestInterimMeasures,
                    Step::DeclareAdmissible => Event::DeclareAdmissible,
                    Step::DeclareInadmissible { grounds } => Event::DeclareInadmissible { grounds },
                    Step::AdoptViews { violation } => Event::AdoptViews { violation },
                    Step::Discontinue { reason } => Event::Discontinue { reason },
                    Step::OpenFollowUp => Event::OpenFollowUp,
                    Step::CloseFollowUp => Event::CloseFollowUp,
                    other => return Err(refused(&other)),
                };
                c.apply(rules, on, event)
            }
            Case::UrgentAction { action, .. } => {
                let event = match step {
                    Step::Register { reply_due } => UaEvent::Register {
                        operability: open(&action.state)?,
                        reply_due,
                    },
                    Step::RefuseRegistration { criteria, .. } => {
                        UaEvent::RefuseRegistration { criteria }
                    }
                    Step::Recommend {
                        interim_measures,
                        report_by,
                    } => UaEvent::Recommend {
                        interim_measures,
                        report_by,
                    },
                    Step::ReceiveStateInformation => UaEvent::ReceiveStateInformation,
                    Step::Close { closure } => UaEvent::Close { closure },
                    other => return Err(refused(&other)),
                };
                action.apply(on, event)
            }
        }
    }
}

/// The procedure a case was received under, among `procedures` (data/communications.toml):
/// its committee's procedure of its kind, and for a communication its article.
pub fn rules_for<'r>(procedures: &'r [ProcedureRules], case: &Case) -> Option<&'r ProcedureRules> {
    procedures.iter().find(|p| {
        p.committee == case.committee()
            && p.kind == case.kind()
            && match case {
                Case::IndividualCommunication(c) => p.article == c.article,
                Case::UrgentAction { .. } => true,
            }
    })
}

impl Case {
    /// [`Case::apply`] under the procedure the case was received under, found among
    /// `procedures` (data/communications.toml) by [`rules_for`].
    pub fn apply_under(
        &mut self,
        registry: &Registry,
        procedures: &[ProcedureRules],
        on: Date,
        step: Step,
    ) -> Result<(), TransitionError> {
        let rules = rules_for(procedures, self).ok_or_else(|| {
            TransitionError::WrongKind(format!(
                "the {} procedure of this case is not in data/communications.toml",
                self.committee()
            ))
        })?;
        self.apply(registry, rules, on, step)
    }
}

/// Received, registered, decided and pending by committee, procedure and year, up to
/// `on`: the figures a Chair cites when asking for resources (CMW/C/SR.608 para. 3).
/// Public: no case can be told from them.
pub fn case_statistics(cases: &[Case], on: Date) -> Vec<YearStats> {
    let mut communications = Vec::new();
    let mut urgent_actions = Vec::new();
    for case in cases {
        match case {
            Case::IndividualCommunication(c) => communications.push(c.clone()),
            Case::UrgentAction { committee, action } => {
                urgent_actions.push((*committee, action.clone()))
            }
        }
    }
    statistics(&communications, &urgent_actions, on)
}
