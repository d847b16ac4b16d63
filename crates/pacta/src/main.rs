//! `pacta`: the command line of pacta. Parses arguments, loads the bundled data, runs
//! one command and prints its [`output::Report`].
//!
//! A thin shell: the rules live in `pacta-core`, the data in `pacta-data`. Exit codes:
//! 0 success, 2 bad input (unknown instrument or State, malformed date), 1 anything else.

mod commands;
mod output;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use jiff::civil::Date;

use crate::output::Format;

/// The registry, calendar and records of the UN human rights treaty bodies.
#[derive(Debug, Parser)]
#[command(name = "pacta", version, about, long_about = None)]
struct Cli {
    /// How to print the answer.
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// The date to answer for (YYYY-MM-DD); today by default.
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    on: Option<Date>,
    /// Read the data files from this directory instead of the copies built into pacta.
    #[arg(long, global = true, value_name = "DIR")]
    data: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The parties of an instrument on a date (UNTC code such as ICRMW, or a committee such as CMW).
    Parties(commands::registry::PartiesArgs),
    /// A State's (or the EU's) status under every instrument.
    State(commands::registry::StateArgs),
    /// The date an instrument binds a State that deposits on a given day.
    EntryIntoForce(commands::registry::EntryIntoForceArgs),
    /// Legal reporting obligations on a date, with the article they come from.
    Due(commands::registry::DueArgs),
    /// Parties, signatories and newest party per instrument, ranked by parties.
    Stats,
    /// A UN document symbol, parsed (CMW/C/SR.608, CRC/C/AUT/CO/5-6, CMW/C/GC/3-CRC/C/GC/22).
    Symbol(commands::records::SymbolArgs),
    /// What a committee session did: its work, meetings, summary records and documents.
    Session(commands::records::SessionArgs),
    /// A State's review cycles under a committee, and the steps to come with their dates.
    Cycle(commands::records::CycleArgs),
    /// A committee's members on a date, with terms, offices and the solemn declaration.
    Members(commands::people::MembersArgs),
    /// An election at a meeting of States parties: quorum, majority, seats, deadlines, outcome.
    Election(commands::people::ElectionArgs),
    /// Country rapporteurs for a session's reviews.
    Rapporteurs(commands::people::RapporteursArgs),
    /// General comments and recommendations: list and search.
    Gc(commands::people::GcArgs),
    /// Optional procedures (communications, urgent actions): operative or not, and who declared.
    Procedures(commands::people::ProceduresArgs),
    /// The communications and urgent-actions register (statistics).
    Communications(commands::cases::CommunicationsArgs),
    /// Load the bundled data (or --data DIR) into a database, in one transaction; a re-run with the same files changes nothing.
    Import(commands::store::ImportArgs),
    /// Accounts of the portal.
    #[command(subcommand)]
    User(commands::store::UserCommand),
    /// The predictable eight-year review calendar: plan, re-plan, check.
    Plan(Box<commands::plan::PlanArgs>),
    /// Serve the portal and the HTTP API (`--on` pins "today").
    Serve(commands::serve::ServeArgs),
}

/// An error in what the user typed: exit code 2, one line.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// What every command gets: the data, the date and the format.
pub struct Context {
    pub dataset: pacta_data::Dataset,
    pub on: Date,
    /// `--data DIR`, for commands that read more files than the registry.
    pub data_dir: Option<PathBuf>,
}

impl Context {
    /// The review history (sessions, reviews, reports received, UPR), from `--data DIR` or the
    /// bundled copies; partial, as data/SOURCES.md says.
    pub fn history(&self) -> anyhow::Result<pacta_data::history::ReviewHistory> {
        use pacta_data::history::{HistorySources, load_history};
        let sources = match &self.data_dir {
            Some(dir) => HistorySources::from_dir(dir)?,
            None => HistorySources::bundled(),
        };
        Ok(load_history(&sources)?)
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let sources = match &cli.data {
        Some(dir) => pacta_data::Sources::from_dir(dir)?,
        None => pacta_data::Sources::bundled(),
    };
    // The database commands read the files themselves (or none): no registry first.
    match &cli.command {
        Command::Import(args) => {
            return print(cli.format, commands::store::import(&sources, args)?);
        }
        Command::User(commands::store::UserCommand::Add(args)) => {
            return print(cli.format, commands::store::user_add(args)?);
        }
        Command::Serve(args) => {
            return commands::serve::serve(&sources, cli.data.as_deref(), cli.on, args);
        }
        _ => {}
    }
    let dataset = pacta_data::load(&sources)?;
    let on = cli.on.unwrap_or_else(|| jiff::Zoned::now().date());
    let context = Context {
        dataset,
        on,
        data_dir: cli.data.clone(),
    };
    let report = match &cli.command {
        Command::Parties(args) => commands::registry::parties(&context, args)?,
        Command::State(args) => commands::registry::state(&context, args)?,
        Command::EntryIntoForce(args) => commands::registry::entry_into_force(&context, args)?,
        Command::Due(args) => commands::registry::due(&context, args)?,
        Command::Stats => commands::registry::stats(&context)?,
        Command::Symbol(args) => commands::records::symbol(args)?,
        Command::Session(args) => commands::records::session(&context, args)?,
        Command::Cycle(args) => commands::records::cycle(&context, args)?,
        Command::Members(args) => commands::people::members(&context, args)?,
        Command::Election(args) => commands::people::election(&context, args)?,
        Command::Rapporteurs(args) => commands::people::rapporteurs(&context, args)?,
        Command::Gc(args) => commands::people::gc(&context, args)?,
        Command::Procedures(args) => commands::people::procedures(&context, args)?,
        Command::Communications(args) => commands::cases::communications(&context, args)?,
        Command::Import(_) | Command::User(_) | Command::Serve(_) => {
            unreachable!("the database commands returned before the registry was built")
        }
        Command::Plan(args) => commands::plan::plan(&context, args)?,
    };
    print(cli.format, report)
}

fn print(format: Format, report: output::Report) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    report.print(format, &mut out)?;
    out.flush()?;
    Ok(())
}

/// Whether the error is stdout closing under us, whichever writer noticed it.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                == Some(BrokenPipe)
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stops early (`pacta parties CMW | head`) is not a failure.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("pacta: {error:#}");
            if error.downcast_ref::<UsageError>().is_some() {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}
