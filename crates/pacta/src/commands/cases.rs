//! `pacta communications`: the confidential register of individual communications and
//! urgent actions in the database (`receive`, `step`, `list`, `show`), and what the public
//! may have of it (`stats`, `views`).
//!
//! Thin: the procedure's rules come from `data/communications.toml` (pacta-data), each
//! step is decided by `pacta_core::case`, and the store writes the change and its audit
//! entry together; `list` and `show` are reads of confidential records and are audited
//! (actor `system: pacta communications`, the operator at the server). The CLI runs with
//! the database's own rights: whoever can run it on the server may read the register, as
//! with `pacta user add`; the portal is where roles apply.

use clap::{Args, Subcommand};
use jiff::civil::Date;
use pacta_core::Committee;
use pacta_core::case::{Case, CaseSummary, Step};
use pacta_core::communication::{ProcedureKind, ProcedureRules};
use pacta_data::people::{People, PeopleSources, load_people};
use pacta_store::{Actor, CaseFilter, Store, StoreError, StoredCase};
use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::commands::store::{block_on, usage_or};
use crate::output::Report;
use crate::{Context, UsageError};

#[derive(Debug, Args)]
pub struct CommunicationsArgs {
    #[command(subcommand)]
    pub command: CommunicationsCommand,
    /// The database: sqlite://FILE (created if missing) or postgres://USER@HOST/DB.
    #[arg(long, value_name = "URL", default_value = pacta_store::DEFAULT_URL, global = true)]
    pub database: String,
}

#[derive(Debug, Subcommand)]
pub enum CommunicationsCommand {
    /// Received, registered, decided and pending, by committee and year (public figures).
    Stats {
        #[arg(long)]
        committee: Option<String>,
    },
    /// Views adopted up to --on (what the committees publish).
    Views {
        #[arg(long)]
        committee: Option<String>,
    },
    /// Enter a communication (or an urgent action) received on --on.
    Receive {
        /// The committee (CMW, CCPR, CED …).
        committee: String,
        /// The article that creates the procedure, as `pacta procedures` shows it (77, 1, 30).
        article: String,
        /// The State concerned (ISO 3166-1 alpha-3 code or name).
        state: String,
        /// Urgent actions: how many persons the request concerns.
        #[arg(long)]
        persons: Option<u32>,
    },
    /// Take a step on a case on --on (register, transmit, adopt-views …).
    Step {
        id: i64,
        /// register, refuse-registration, transmit, receive-observations,
        /// request-interim-measures, declare-admissible, declare-inadmissible, adopt-views,
        /// discontinue, open-follow-up, close-follow-up; urgent actions: register,
        /// refuse-registration, recommend, receive-state-information, close.
        step: String,
        /// Why (refuse-registration, discontinue).
        #[arg(long)]
        reason: Option<String>,
        /// Grounds of inadmissibility, or criteria of CED art. 30(2) not met, comma-separated
        /// (anonymous, abuse, incompatible, manifestly_unfounded, same_matter,
        /// remedies_not_exhausted, out_of_time, not_presented_to_national_bodies).
        #[arg(long, value_delimiter = ',')]
        grounds: Vec<String>,
        /// adopt-views: whether the Committee found a violation.
        #[arg(long)]
        violation: Option<bool>,
        /// register (urgent actions): the time limit set for the State's information.
        #[arg(long)]
        reply_due: Option<Date>,
        /// recommend: the date by which the State reports.
        #[arg(long)]
        report_by: Option<Date>,
        /// recommend: with interim measures to locate and protect the person.
        #[arg(long)]
        interim_measures: bool,
        /// close: located, located_deceased, or a reason in words.
        #[arg(long)]
        closure: Option<String>,
    },
    /// The cases in the register (an audited read of each).
    List {
        #[arg(long)]
        committee: Option<String>,
        #[arg(long)]
        state: Option<String>,
        /// individual_communications or urgent_actions.
        #[arg(long)]
        kind: Option<String>,
    },
    /// One case with its history (an audited read).
    Show { id: i64 },
}

fn parse_committee(input: &str) -> Result<Committee, UsageError> {
    input
        .parse()
        .map_err(|e: pacta_core::committee::UnknownCommittee| UsageError(e.to_string()))
}

fn people(context: &Context) -> anyhow::Result<People> {
    let sources = match &context.data_dir {
        Some(dir) => PeopleSources::from_dir(dir)?,
        None => PeopleSources::bundled(),
    };
    Ok(load_people(&sources, &context.dataset.registry)?)
}

fn procedure_rules<'p>(
    people: &'p People,
    committee: Committee,
    article: &str,
) -> Result<&'p ProcedureRules, UsageError> {
    pacta_data::people::procedure_rules(people, committee, article).ok_or_else(|| {
        let known: Vec<&str> = people
            .procedures
            .iter()
            .filter(|p| p.committee == committee)
            .map(|p| p.article.as_str())
            .collect();
        let known = if known.is_empty() {
            "none".to_string()
        } else {
            known.join(", ")
        };
        UsageError(format!(
            "{committee} has no communications or urgent-action procedure under art. {article} (known: {known})"
        ))
    })
}

/// A step from the command line, through the same JSON the API takes.
fn parse_step(args: &CommunicationsCommand) -> Result<Step, UsageError> {
    let CommunicationsCommand::Step {
        step,
        reason,
        grounds,
        violation,
        reply_due,
        report_by,
        interim_measures,
        closure,
        ..
    } = args
    else {
        unreachable!("parse_step is called for `step` only")
    };
    let name = step.replace('-', "_");
    let mut fields = Map::new();
    fields.insert("step".into(), json!(name));
    let put = |fields: &mut Map<String, Value>, key: &str, value: Value| {
        fields.insert(key.to_string(), value);
    };
    match name.as_str() {
        "refuse_registration" => {
            put(
                &mut fields,
                "reason",
                json!(reason.clone().unwrap_or_default()),
            );
            put(&mut fields, "criteria", json!(grounds));
        }
        "discontinue" => put(
            &mut fields,
            "reason",
            json!(reason.clone().unwrap_or_default()),
        ),
        "declare_inadmissible" => put(&mut fields, "grounds", json!(grounds)),
        "adopt_views" => {
            let violation = violation.ok_or_else(|| {
                UsageError("adopt-views needs --violation true or --violation false".into())
            })?;
            put(&mut fields, "violation", json!(violation));
        }
        "register" => put(&mut fields, "reply_due", json!(reply_due)),
        "recommend" => {
            put(&mut fields, "interim_measures", json!(interim_measures));
            put(&mut fields, "report_by", json!(report_by));
        }
        "close" => {
            let closure = match closure.as_deref() {
                Some("located") => json!("located"),
                Some("located_deceased") => json!("located_deceased"),
                Some(other) => json!({ "other": other }),
                None => return Err(UsageError("close needs --closure".into())),
            };
            put(&mut fields, "closure", closure);
        }
        _ => {}
    }
    serde_json::from_value(Value::Object(fields))
        .map_err(|e| UsageError(format!("step \"{step}\": {e}")))
}

fn actor() -> Actor {
    Actor::system("pacta communications")
}

#[derive(Serialize)]
struct CaseJson<'a> {
    id: i64,
    version: i64,
    #[serde(flatten)]
    summary: CaseSummary,
    record: &'a Case,
}

fn case_json(stored: &StoredCase) -> CaseJson<'_> {
    CaseJson {
        id: stored.id,
        version: stored.version,
        summary: stored.case.summary(),
        record: &stored.case,
    }
}

fn case_header() -> Vec<&'static str> {
    std::iter::once("id").chain(CaseSummary::COLUMNS).collect()
}

fn case_row(stored: &StoredCase) -> Vec<String> {
    std::iter::once(stored.id.to_string())
        .chain(stored.case.summary().cells())
        .collect()
}

fn one_case(title: String, stored: &StoredCase) -> Report {
    let mut report = Report::new(&case_json(stored), title, case_header());
    report.rows.push(case_row(stored));
    for (on, step) in stored.case.steps() {
        report.notes.push(format!("{on}: {step}"));
    }
    report
}

/// Run one store call on the database, closing it after.
fn with_store<T>(
    database: &str,
    call: impl AsyncFnOnce(&Store) -> Result<T, StoreError>,
) -> anyhow::Result<T> {
    block_on(async {
        let store = Store::connect(database).await?;
        let result = call(&store).await;
        store.close().await;
        result
    })?
    .map_err(usage_or)
}

pub fn communications(context: &Context, args: &CommunicationsArgs) -> anyhow::Result<Report> {
    let database = &args.database;
    match &args.command {
        CommunicationsCommand::Stats { committee } => {
            let committee = committee.as_deref().map(parse_committee).transpose()?;
            let rows: Vec<_> = with_store(database, async |store| {
                store.case_statistics(context.on).await
            })?
            .into_iter()
            .filter(|r| committee.is_none_or(|c| r.committee == c))
            .collect();
            let notes = vec![
                "counts of the register in this database: no real communication or urgent action is bundled with pacta".to_string(),
            ];
            let mut report = Report::new(
                &json!({ "on": context.on, "committee": committee, "rows": rows, "notes": notes }),
                format!("Communications and urgent actions to {}", context.on),
                vec![
                    "committee",
                    "kind",
                    "year",
                    "received",
                    "registered",
                    "decided",
                    "pending",
                ],
            );
            report.rows = rows
                .iter()
                .map(|r| {
                    vec![
                        r.committee.to_string(),
                        r.kind.slug().to_string(),
                        r.year.to_string(),
                        r.received.to_string(),
                        r.registered.to_string(),
                        r.decided.to_string(),
                        r.pending.to_string(),
                    ]
                })
                .collect();
            report.notes = notes;
            Ok(report)
        }
        CommunicationsCommand::Views { committee } => {
            let committee = committee.as_deref().map(parse_committee).transpose()?;
            let views: Vec<_> = with_store(database, async |store| {
                store.published_views(context.on).await
            })?
            .into_iter()
            .filter(|v| committee.is_none_or(|c| v.committee == c))
            .collect();
            let mut report = Report::new(
                &json!({ "on": context.on, "views": views }),
                format!("Views adopted to {}: {}", context.on, views.len()),
                vec!["committee", "number", "state", "adopted_on", "violation"],
            );
            report.rows = views
                .iter()
                .map(|v| {
                    vec![
                        v.committee.to_string(),
                        v.number.clone().unwrap_or_default(),
                        v.state.to_string(),
                        v.adopted_on.to_string(),
                        v.violation.to_string(),
                    ]
                })
                .collect();
            Ok(report)
        }
        CommunicationsCommand::Receive {
            committee,
            article,
            state,
            persons,
        } => {
            let committee = parse_committee(committee)?;
            let people = people(context)?;
            let rules = procedure_rules(&people, committee, article)?;
            let participant = context.dataset.registry.find_participant(state).ok_or_else(|| {
                UsageError(format!(
                    "unknown State \"{state}\" (expected an ISO 3166-1 alpha-3 code such as MEX, or a name)"
                ))
            })?;
            let case = Case::receive(rules, participant.code.clone(), context.on, *persons)
                .map_err(|e| UsageError(e.to_string()))?;
            let stored = with_store(database, async |store| {
                store.create_case(&actor(), case).await
            })?;
            Ok(one_case(
                format!(
                    "Entered case {} ({} art. {}) in the register",
                    stored.id, rules.instrument, rules.article
                ),
                &stored,
            ))
        }
        command @ CommunicationsCommand::Step { id, .. } => {
            let step = parse_step(command)?;
            let name = step.name();
            let people = people(context)?;
            let registry = &context.dataset.registry;
            let on = context.on;
            let stored = with_store(database, async |store| {
                store
                    .update_case(&actor(), *id, name, |case| {
                        case.apply_under(registry, &people.procedures, on, step)
                    })
                    .await
            })?;
            Ok(one_case(
                format!(
                    "Case {}: {} on {on}; now {}",
                    stored.id,
                    name.replace('_', " "),
                    stored.case.stage_name()
                ),
                &stored,
            ))
        }
        CommunicationsCommand::List {
            committee,
            state,
            kind,
        } => {
            let filter = CaseFilter {
                committee: committee.as_deref().map(parse_committee).transpose()?,
                kind: kind
                    .as_deref()
                    .map(|k| {
                        serde_json::from_value::<ProcedureKind>(json!(k)).map_err(|_| {
                            UsageError(format!(
                                "unknown kind \"{k}\" (expected individual_communications or urgent_actions)"
                            ))
                        })
                    })
                    .transpose()?,
                state: state.clone().map(|s| s.to_uppercase()),
                // The operator at the server reads every committee's register.
                within: None,
            };
            let cases = with_store(database, async |store| {
                store.read_cases(&actor(), &filter).await
            })?;
            let json: Vec<_> = cases.iter().map(case_json).collect();
            let mut report = Report::new(
                &json!({ "cases": json }),
                format!(
                    "{} case(s) in the register (each read is in the audit log)",
                    cases.len()
                ),
                case_header(),
            );
            report.rows = cases.iter().map(case_row).collect();
            Ok(report)
        }
        CommunicationsCommand::Show { id } => {
            let stored = with_store(database, async |store| {
                store.read_case(&actor(), *id, &CaseFilter::default()).await
            })?
            .ok_or_else(|| UsageError(format!("no case with id {id}")))?;
            Ok(one_case(
                format!(
                    "Case {} ({}, {} v. {}): {}",
                    stored.id,
                    stored
                        .case
                        .number()
                        .unwrap_or_else(|| "not registered".into()),
                    stored.case.committee(),
                    stored.case.state(),
                    stored.case.stage_name()
                ),
                &stored,
            ))
        }
    }
}
