//! `pacta plan`: the predictable eight-year review calendar — plan, re-plan after a
//! change, and `pacta plan check` a plan document.
//!
//! Gathers the facts (parties from the registry, history from `pacta-data`), reads the
//! plan configuration, runs `pacta-plan` with a progress bar on a terminal and a time
//! limit, and lays out the answer. Holds no planning rule of its own.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::{Args, Subcommand};
use jiff::civil::Date;
use pacta_core::Committee;
use pacta_plan::config::{PlanConfig, SessionChange, session_id};
use pacta_plan::instance::{Instance, SessionKind, SessionSpec};
use pacta_plan::model::Model;
use pacta_plan::plan::{Kind, Plan};
use pacta_plan::scenario::{self, Facts, KnownReport, Party};
use pacta_plan::solve::{self, SolveSettings};

use crate::output::Report;
use crate::{Context, UsageError};

const DEFAULT_CONFIG: &str = include_str!("../../../../data/plan/default.toml");

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(subcommand)]
    pub action: Option<PlanAction>,
    /// The plan configuration (TOML); the bundled data/plan/default.toml by default.
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,
    /// First day of the cycle (YYYY-MM-DD); the first day of the month after --on by default.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<Date>,
    /// Length of the cycle in years (the configuration's, 8, by default).
    #[arg(long)]
    pub years: Option<u32>,
    /// Prove the plan optimal with HiGHS (needs a build with `--features highs`).
    #[arg(long)]
    pub exact: bool,
    /// Stop improving after this many seconds (the best plan and a valid bound are kept).
    #[arg(long, value_name = "S")]
    pub time_limit: Option<f64>,
    /// Seed of the heuristic (same seed, same plan).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Re-plan from a published plan (JSON written by `pacta plan --format json`).
    #[arg(long, value_name = "FILE")]
    pub replan: Option<PathBuf>,
    /// Cancel a session (`CMW:45`); repeatable.
    #[arg(long, value_name = "COMMITTEE:N")]
    pub cancel: Vec<String>,
    /// Shorten a session to a number of weeks (`CCPR:146:2`); repeatable.
    #[arg(long, value_name = "COMMITTEE:N:WEEKS")]
    pub shorten: Vec<String>,
    /// Add a session (`CMW:2027-09-06:2`: committee, start, weeks); repeatable.
    #[arg(long, value_name = "COMMITTEE:YYYY-MM-DD:WEEKS")]
    pub add: Vec<String>,
    /// A report received (`CEDAW:KAZ:2026-05-01`); repeatable.
    #[arg(long, value_name = "COMMITTEE:STATE:YYYY-MM-DD")]
    pub report_received: Vec<String>,
    /// A new party (`CMW:FRA:2027-01-01`: committee, State, date bound); repeatable.
    #[arg(long, value_name = "COMMITTEE:STATE:YYYY-MM-DD")]
    pub new_party: Vec<String>,
    /// Show one committee's reviews only (the view; the plan covers all).
    #[arg(long)]
    pub committee: Option<String>,
    /// Show one State's reviews only.
    #[arg(long)]
    pub state: Option<String>,
    /// Show the meeting-time table (units and weeks needed against configured).
    #[arg(long)]
    pub meeting_time: bool,
}

#[derive(Debug, Subcommand)]
pub enum PlanAction {
    /// Re-validate every hard rule of a plan document, independently of the solver.
    Check {
        /// The plan (JSON).
        file: PathBuf,
    },
}

fn parse_committee(text: &str) -> Result<Committee, UsageError> {
    text.parse::<Committee>()
        .map_err(|e| UsageError(e.to_string()))
}

fn parse_date(text: &str, what: &str) -> Result<Date, UsageError> {
    text.parse::<Date>().map_err(|_| {
        UsageError(format!(
            "{what}: invalid date \"{text}\" (expected YYYY-MM-DD)"
        ))
    })
}

fn load_config(args: &PlanArgs) -> anyhow::Result<PlanConfig> {
    Ok(match &args.config {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            PlanConfig::parse(&text, &path.display().to_string())?
        }
        None => PlanConfig::parse(DEFAULT_CONFIG, "data/plan/default.toml")?,
    })
}

/// The facts from the registry and the history (bundled, or `--data DIR`).
fn gather_facts(context: &Context, config: &PlanConfig, from: Date) -> anyhow::Result<Facts> {
    Ok(Facts::gather(
        &context.dataset.registry,
        &context.history()?,
        config,
        from,
    ))
}

/// Apply `--cancel`, `--shorten`, `--add`, `--report-received`, `--new-party`.
fn apply_changes(
    args: &PlanArgs,
    config: &mut PlanConfig,
    facts: &mut Facts,
) -> Result<Vec<SessionSpec>, UsageError> {
    for c in &args.cancel {
        let id = session_id(c)
            .ok_or_else(|| UsageError(format!("--cancel: expected COMMITTEE:N, got \"{c}\"")))?;
        config.cancellations.push(SessionChange {
            session: id,
            weeks: None,
        });
    }
    for s in &args.shorten {
        let (sess, weeks) = s.rsplit_once(':').ok_or_else(|| {
            UsageError(format!(
                "--shorten: expected COMMITTEE:N:WEEKS, got \"{s}\""
            ))
        })?;
        let id = session_id(sess).ok_or_else(|| {
            UsageError(format!(
                "--shorten: expected COMMITTEE:N:WEEKS, got \"{s}\""
            ))
        })?;
        let weeks: f64 = weeks
            .parse()
            .map_err(|_| UsageError(format!("--shorten: invalid weeks \"{weeks}\"")))?;
        config.cancellations.push(SessionChange {
            session: id,
            weeks: Some(weeks),
        });
    }
    let mut added = Vec::new();
    for a in &args.add {
        let parts: Vec<&str> = a.split(':').collect();
        let [c, d, w] = parts.as_slice() else {
            return Err(UsageError(format!(
                "--add: expected COMMITTEE:YYYY-MM-DD:WEEKS, got \"{a}\""
            )));
        };
        let committee = parse_committee(c)?;
        let start = parse_date(d, "--add")?;
        let weeks: f64 = w
            .parse()
            .map_err(|_| UsageError(format!("--add: invalid weeks \"{w}\"")))?;
        let cc = config
            .committee(committee)
            .ok_or_else(|| UsageError(format!("--add: {committee} is not in the configuration")))?;
        let capacity = (weeks
            * cc.dialogues_per_week
            * f64::from(config.load.units_per_dialogue)
            * config.load.capacity_scale)
            .floor() as u32;
        let days = (weeks * 7.0).round() as i64 - 3;
        added.push(SessionSpec {
            id: format!("{}-X{}", committee.acronym(), start.strftime("%Y%m%d")),
            committee,
            kind: SessionKind::Session,
            start,
            end: start
                .checked_add(jiff::Span::new().days(days.max(0)))
                .unwrap_or(start),
            capacity,
            cancelled: false,
            assumed: false,
        });
    }
    for r in &args.report_received {
        let parts: Vec<&str> = r.split(':').collect();
        let [c, s, d] = parts.as_slice() else {
            return Err(UsageError(format!(
                "--report-received: expected COMMITTEE:STATE:YYYY-MM-DD, got \"{r}\""
            )));
        };
        facts.reports.push(KnownReport {
            committee: parse_committee(c)?,
            state: s.to_ascii_uppercase(),
            received_by: parse_date(d, "--report-received")?,
        });
    }
    for r in &args.new_party {
        let parts: Vec<&str> = r.split(':').collect();
        let [c, s, d] = parts.as_slice() else {
            return Err(UsageError(format!(
                "--new-party: expected COMMITTEE:STATE:YYYY-MM-DD, got \"{r}\""
            )));
        };
        let committee = parse_committee(c)?;
        let binds = parse_date(d, "--new-party")?;
        let state = s.to_ascii_uppercase();
        facts
            .parties
            .retain(|p| !(p.state == state && p.committee == committee));
        facts.parties.push(Party {
            state,
            committee,
            binds_from: binds,
            initial_report_due: binds.checked_add(jiff::Span::new().years(1)).ok(),
        });
    }
    Ok(added)
}

/// Run the planner (or the re-planner) and return the plan, the instance and timings.
pub fn make_plan(context: &Context, args: &PlanArgs) -> anyhow::Result<(Plan, Instance, f64)> {
    let mut config = load_config(args)?;
    let published: Option<Plan> = match &args.replan {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            Some(
                serde_json::from_str(&text)
                    .map_err(|e| anyhow::anyhow!("{}: not a plan: {e}", path.display()))?,
            )
        }
        None => None,
    };
    let from = match (&published, args.from) {
        (_, Some(d)) => d,
        (Some(p), None) => p.from,
        (None, None) => context
            .on
            .first_of_month()
            .checked_add(jiff::Span::new().months(1))
            .unwrap_or(context.on),
    };
    let years = args.years.or(published.as_ref().map(|p| p.years));
    let mut facts = gather_facts(context, &config, from)?;
    let added = apply_changes(args, &mut config, &mut facts)?;
    let options = scenario::BuildOptions {
        from,
        years,
        replanning: published.is_some(),
    };
    let mut instance = scenario::build(&config, &facts, &options);
    instance.sessions.extend(added);
    if let Some(p) = &published {
        pacta_plan::replan::attach_published(&mut instance, p);
    }
    let model = Model::build(&instance);
    let mut settings = SolveSettings {
        seed: args.seed.unwrap_or(config.solver.seed),
        dual_iterations: config.solver.dual_iterations,
        anneal_iterations: config.solver.anneal_iterations,
        rounds: config.solver.rounds,
        ..SolveSettings::default()
    };
    let start_assignment = published
        .as_ref()
        .map(|_| pacta_plan::replan::warm_start(&model, &instance));
    if published.is_some() {
        settings = SolveSettings::replan(settings.seed);
        // Only the committees a change touches need their exact re-assignment.
        let mut focus: Vec<Committee> = Vec::new();
        for c in args.cancel.iter().chain(&args.shorten).chain(&args.add) {
            if let Some(Ok(committee)) = c.split(':').next().map(str::parse::<Committee>) {
                focus.push(committee);
            }
        }
        for c in args.report_received.iter().chain(&args.new_party) {
            if let Some(Ok(committee)) = c.split(':').next().map(str::parse::<Committee>) {
                focus.push(committee);
            }
        }
        if !focus.is_empty() {
            settings.focus = Some(focus);
        }
    }
    if let Some(warm) = &start_assignment {
        settings.fill_only = pacta_plan::replan::displaced(&model, &instance, warm) == 0;
    }
    let started = Instant::now();
    let limit = args.time_limit.map(Duration::from_secs_f64);
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(1000);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} [{bar:30}] {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar
    });
    let mut progress = |p: &solve::Progress| -> bool {
        if let Some(bar) = &bar {
            bar.set_position((p.fraction * 1000.0) as u64);
            bar.set_message(format!(
                "{}: {:.0}, bound {:.0}",
                p.phase, p.objective, p.bound
            ));
        }
        limit.is_none_or(|l| started.elapsed() < l)
    };
    #[allow(unused_mut)]
    let mut outcome = solve::solve(&model, &settings, start_assignment.as_ref(), &mut progress);
    if args.exact {
        #[cfg(feature = "highs")]
        {
            let remaining = args
                .time_limit
                .map(|t| (t - started.elapsed().as_secs_f64()).max(1.0))
                .unwrap_or(110.0);
            if let Some(bar) = &bar {
                bar.set_message("HiGHS: proving the plan".to_string());
            }
            let exact = pacta_plan::exact::solve(
                &model,
                Some(&outcome.assignment),
                &pacta_plan::exact::ExactSettings {
                    time_limit_seconds: remaining,
                    mip_rel_gap: 1e-3,
                    ..Default::default()
                },
            );
            if let Some(a) = exact.assignment
                && let Some(sol) = pacta_plan::solution::Solution::from_assignment(&model, &a)
                && sol.cost <= outcome.objective + 1e-6
            {
                outcome.objective = sol.cost;
                outcome.breakdown = sol.breakdown();
                outcome.assignment = a;
            }
            if exact.bound > outcome.bound {
                outcome.bound = exact.bound;
                outcome.bound_method = format!("HiGHS MIP dual bound ({})", exact.status);
            }
            outcome
                .phases
                .push(("HiGHS".to_string(), outcome.objective));
        }
        #[cfg(not(feature = "highs"))]
        {
            return Err(UsageError(
                "--exact needs pacta built with `--features highs` (see README: cmake and libclang-dev)"
                    .to_string(),
            )
            .into());
        }
    }
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let seconds = started.elapsed().as_secs_f64();
    let mut plan = pacta_plan::plan::build_plan(&instance, &model, &outcome);
    if let Some(p) = &published {
        plan.metrics.stability = Some(pacta_plan::replan::stability(p, &plan));
    }
    plan.notes.push(format!("solved in {seconds:.2} s"));
    Ok((plan, instance, seconds))
}

/// `pacta plan`.
pub fn plan(context: &Context, args: &PlanArgs) -> anyhow::Result<Report> {
    if let Some(PlanAction::Check { file }) = &args.action {
        return check(context, args, file);
    }
    let (plan, instance, _) = make_plan(context, args)?;
    let committee = args.committee.as_deref().map(parse_committee).transpose()?;
    let state = args.state.as_deref().map(|s| s.to_ascii_uppercase());
    let m = &plan.metrics;
    let title = format!(
        "Review calendar {} – {} years: {} full reviews and {} follow-ups planned, {} full reviews unscheduled, {} follow-ups written; objective {:.1}, lower bound {:.1}, proven gap {:.2} %",
        plan.from,
        plan.years,
        m.full_scheduled,
        m.follow_ups_scheduled,
        m.full_unscheduled,
        m.follow_ups_written,
        m.objective,
        m.lower_bound,
        m.gap * 100.0
    );
    let mut report = Report::new(&plan, title, Vec::new());
    if args.meeting_time {
        report.header = vec![
            "committee",
            "year",
            "units configured",
            "units used",
            "units needed",
            "weeks configured",
            "weeks needed",
            "lateness and shortfall cost",
        ];
        for r in plan
            .meeting_time
            .iter()
            .filter(|r| committee.is_none_or(|c| c == r.committee))
        {
            report.rows.push(vec![
                r.committee.to_string(),
                r.year.to_string(),
                r.units_configured.to_string(),
                r.units_used.to_string(),
                r.units_needed.to_string(),
                format!("{:.1}", r.weeks_configured),
                format!("{:.1}", r.weeks_needed),
                format!("{:.1}", r.shortfall_cost),
            ]);
        }
    } else {
        report.header = vec![
            "start",
            "session",
            "committee",
            "state",
            "kind",
            "due",
            "why",
        ];
        for r in plan.reviews.iter().filter(|r| {
            committee.is_none_or(|c| c == r.committee)
                && state.as_ref().is_none_or(|s| *s == r.state)
        }) {
            report.rows.push(vec![
                r.start.to_string(),
                r.session.clone(),
                r.committee.to_string(),
                r.state.clone(),
                match (r.kind, r.inherited) {
                    (Kind::Full, _) => "full".to_string(),
                    (Kind::FollowUp, false) => "follow-up".to_string(),
                    (Kind::FollowUp, true) => "follow-up (earlier review)".to_string(),
                },
                r.due.to_string(),
                r.why.clone(),
            ]);
        }
        for u in plan.unscheduled.iter().filter(|u| {
            committee.is_none_or(|c| c == u.committee)
                && state.as_ref().is_none_or(|s| *s == u.state)
        }) {
            report.rows.push(vec![
                String::new(),
                "unscheduled".to_string(),
                u.committee.to_string(),
                u.state.clone(),
                match u.kind {
                    Kind::Full => "full".to_string(),
                    Kind::FollowUp => "follow-up".to_string(),
                },
                String::new(),
                u.reason.clone(),
            ]);
        }
    }
    report.documents.push((
        crate::output::Format::Ics,
        ics(&plan, committee, state.as_deref()),
    ));
    let svg = match (&state, committee) {
        (Some(s), _) => {
            pacta_plan::svg::state(&plan, s, &instance.upr, instance.policy.upr_blackout_months)
        }
        (None, Some(c)) => pacta_plan::svg::committee(&plan, c),
        (None, None) => pacta_plan::svg::calendar(&plan),
    };
    report.documents.push((crate::output::Format::Svg, svg));
    if let Some(st) = &m.stability {
        report.notes.push(format!(
            "changes against the published plan: {} full reviews and {} follow-ups moved, {} months shifted in all, {} States affected",
            st.full_moved, st.follow_ups_moved, st.months_shifted, st.states_affected
        ));
    }
    report.notes.extend(plan.notes.iter().cloned());
    Ok(report)
}

/// The plan as an iCalendar file: one all-day event per review, over its session.
fn ics(plan: &Plan, committee: Option<Committee>, state: Option<&str>) -> String {
    use icalendar::{Calendar, Component, EventLike};
    let to_naive = |d: Date| {
        chrono::NaiveDate::from_ymd_opt(i32::from(d.year()), d.month() as u32, d.day() as u32)
    };
    let mut cal = Calendar::new();
    cal.name("pacta: treaty-body review calendar");
    for r in plan.reviews.iter().filter(|r| {
        committee.is_none_or(|c| c == r.committee) && state.is_none_or(|s| s == r.state)
    }) {
        let Some(session) = plan.sessions.iter().find(|s| s.id == r.session) else {
            continue;
        };
        let (Some(start), Some(end)) = (
            to_naive(session.start),
            session.end.tomorrow().ok().and_then(to_naive),
        ) else {
            continue;
        };
        let what = match (r.kind, r.inherited) {
            (Kind::Full, _) => "review",
            (Kind::FollowUp, false) => "follow-up review",
            (Kind::FollowUp, true) => "follow-up of the earlier review",
        };
        let event = icalendar::Event::new()
            .uid(&format!(
                "{}-{}-{}-{}@pacta",
                r.committee,
                r.state,
                if r.kind == Kind::Full {
                    "full"
                } else {
                    "follow-up"
                },
                r.session
            ))
            .summary(&format!(
                "{} {what}: {} ({})",
                r.committee, r.state, r.session
            ))
            .description(&r.why)
            .location("Palais Wilson / Palais des Nations, Geneva")
            .starts(start)
            .ends(end)
            .done();
        cal.push(event);
    }
    cal.done().to_string()
}

fn check(context: &Context, args: &PlanArgs, file: &PathBuf) -> anyhow::Result<Report> {
    let text =
        std::fs::read_to_string(file).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let plan: Plan = serde_json::from_str(&text)
        .map_err(|e| UsageError(format!("{}: not a plan: {e}", file.display())))?;
    let config = load_config(args)?;
    let facts = gather_facts(context, &config, plan.from)?;
    let options = scenario::BuildOptions {
        from: plan.from,
        years: Some(plan.years),
        replanning: false,
    };
    let mut instance = scenario::build(&config, &facts, &options);
    // Sessions the plan itself declares (added ones) and their cancellations count.
    for s in &plan.sessions {
        if let Some(mine) = instance.sessions.iter_mut().find(|x| x.id == s.id) {
            mine.capacity = s.capacity;
            mine.cancelled = s.cancelled;
        } else {
            instance.sessions.push(SessionSpec {
                id: s.id.clone(),
                committee: s.committee,
                kind: if s.visit_window {
                    SessionKind::VisitWindow
                } else {
                    SessionKind::Session
                },
                start: s.start,
                end: s.end,
                capacity: s.capacity,
                cancelled: s.cancelled,
                assumed: s.assumed,
            });
        }
    }
    let violations = pacta_plan::check::check(&plan, &instance);
    let title = if violations.is_empty() {
        format!(
            "{}: every hard rule holds ({} reviews, {} sessions)",
            file.display(),
            plan.reviews.len(),
            plan.sessions.len()
        )
    } else {
        format!("{}: {} hard rules broken", file.display(), violations.len())
    };
    #[derive(serde::Serialize)]
    struct CheckJson<'a> {
        file: String,
        ok: bool,
        violations: &'a [pacta_plan::check::Violation],
    }
    let mut report = Report::new(
        &CheckJson {
            file: file.display().to_string(),
            ok: violations.is_empty(),
            violations: &violations,
        },
        title,
        vec!["rule", "detail"],
    );
    for v in &violations {
        report.rows.push(vec![v.rule.to_string(), v.detail.clone()]);
    }
    if !violations.is_empty() {
        let list: Vec<String> = violations
            .iter()
            .take(20)
            .map(|v| format!("{}: {}", v.rule, v.detail))
            .collect();
        anyhow::bail!(
            "{}: {} hard rules broken:\n  {}",
            file.display(),
            violations.len(),
            list.join("\n  ")
        );
    }
    Ok(report)
}
