//! The database commands: `import` (the bundled data, or `--data DIR`, into a database)
//! and `user add` (an account, with its password from a prompt or standard input).
//!
//! Thin: each opens a [`Store`] on a one-thread runtime, makes one call and lays the
//! answer out as a [`Report`]. Storage rules (one transaction, idempotence, hashing,
//! audit) live in `pacta-store`; who may see what in `pacta_core::access`.

use std::io::{IsTerminal, Read};

use clap::{Args, Subcommand};
use pacta_store::{Actor, ImportChange, Role, Store, StoreError};
use serde::Serialize;

use crate::UsageError;
use crate::output::Report;

/// `--database URL`, shared by every command that opens the database.
#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    /// The database: sqlite://FILE (created if missing) or postgres://USER@HOST/DB.
    #[arg(long, value_name = "URL", default_value = pacta_store::DEFAULT_URL)]
    pub database: String,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account (the password is asked for on the terminal, or read with --password-stdin).
    Add(UserAddArgs),
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    /// The account's email address (its login).
    pub email: String,
    /// member, secretariat or admin (who may see what: docs/storage.md).
    #[arg(long, value_parser = parse_account_role)]
    pub role: Role,
    /// Read the password from standard input (one line) instead of asking on the terminal.
    #[arg(long)]
    pub password_stdin: bool,
    /// The committees a member serves (repeat, or comma-separated): a member reads the
    /// register of communications and urgent actions of these committees only.
    #[arg(long = "committee", value_name = "COMMITTEE", value_delimiter = ',')]
    pub committees: Vec<String>,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

fn parse_account_role(input: &str) -> Result<Role, String> {
    input
        .parse::<Role>()
        .ok()
        .filter(|role| role.is_account_role())
        .ok_or_else(|| "expected member, secretariat or admin".to_string())
}

/// Run one store operation to completion on a runtime of its own.
pub(crate) fn block_on<T>(future: impl std::future::Future<Output = T>) -> anyhow::Result<T> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    Ok(runtime.block_on(future))
}

/// Errors in what the user typed exit 2, like every other bad input.
pub(crate) fn usage_or(error: StoreError) -> anyhow::Error {
    if error.is_invalid_input() {
        UsageError(error.to_string()).into()
    } else {
        error.into()
    }
}

#[derive(Serialize)]
struct ImportJson<'a> {
    database: &'a str,
    backend: pacta_store::BackendKind,
    #[serde(flatten)]
    outcome: &'a pacta_store::ImportOutcome,
    elapsed_ms: u128,
}

/// `pacta import`: make the files the database's data in force, all or nothing.
pub fn import(sources: &pacta_data::Sources, args: &ImportArgs) -> anyhow::Result<Report> {
    let started = std::time::Instant::now();
    let (store, outcome) = block_on(async {
        let store = Store::connect(&args.database.database).await?;
        let outcome = store.import(sources).await;
        store.close().await;
        Ok::<_, StoreError>((store, outcome?))
    })?
    .map_err(usage_or)?;
    let elapsed_ms = started.elapsed().as_millis();
    let what = match outcome.change {
        ImportChange::Imported => "Imported",
        ImportChange::Replaced => "Replaced the data with",
        ImportChange::Unchanged => "Already up to date with",
    };
    let title = format!(
        "{what} the treaty data as at {} into {} ({})",
        outcome.status_as_at,
        store.location(),
        outcome.content_hash
    );
    let mut report = Report::new(
        &ImportJson {
            database: store.location(),
            backend: store.kind(),
            outcome: &outcome,
            elapsed_ms,
        },
        title,
        vec!["table", "rows"],
    );
    let counts = outcome.counts;
    report.rows = [
        ("committees", counts.committees),
        ("instruments", counts.instruments),
        ("participants", counts.participants),
        ("treaty_actions", counts.treaty_actions),
        ("untc_instruments", counts.untc_instruments),
    ]
    .into_iter()
    .map(|(table, rows)| vec![table.to_string(), rows.to_string()])
    .collect();
    if outcome.change == ImportChange::Unchanged {
        report.notes.push(format!(
            "nothing written: the same files were imported at {}",
            outcome.imported_at
        ));
    }
    Ok(report)
}

/// The password: one line of standard input, or asked twice on the terminal.
fn read_password(args: &UserAddArgs) -> anyhow::Result<String> {
    if args.password_stdin {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        let line = text.lines().next().unwrap_or("");
        return Ok(line.to_string());
    }
    if !std::io::stdin().is_terminal() {
        return Err(UsageError(
            "no terminal to ask for the password on: pipe it in with --password-stdin".into(),
        )
        .into());
    }
    let password = rpassword::prompt_password(format!("Password for {}: ", args.email))?;
    let again = rpassword::prompt_password("The same password again: ")?;
    if password != again {
        return Err(UsageError("the two passwords differ; nothing created".into()).into());
    }
    Ok(password)
}

#[derive(Serialize)]
struct UserJson<'a> {
    database: &'a str,
    #[serde(flatten)]
    user: &'a pacta_store::User,
    committees: &'a [pacta_core::Committee],
}

/// `pacta user add`: create an account; it and its audit entry are written together.
pub fn user_add(args: &UserAddArgs) -> anyhow::Result<Report> {
    // Refuse a bad URL or committee before asking for a password.
    pacta_store::BackendKind::of_url(&args.database.database).map_err(usage_or)?;
    let committees = args
        .committees
        .iter()
        .map(|c| {
            c.trim()
                .parse::<pacta_core::Committee>()
                .map_err(|e| UsageError(e.to_string()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let password = read_password(args)?;
    let (store, user) = block_on(async {
        let store = Store::connect(&args.database.database).await?;
        let actor = Actor::system("pacta user add");
        let user = store
            .create_user(&args.email, args.role, &password, &actor)
            .await;
        // A failure here leaves an account serving no committee: it reads no case.
        let user = match user {
            Ok(user) if !committees.is_empty() => store
                .set_user_committees(&actor, user.id, &committees)
                .await
                .map(|()| user),
            other => other,
        };
        store.close().await;
        Ok::<_, StoreError>((store, user?))
    })?
    .map_err(usage_or)?;
    let title = format!(
        "Created the {} account {} (id {}) in {}",
        user.role,
        user.email,
        user.id,
        store.location()
    );
    let mut report = Report::new(
        &UserJson {
            database: store.location(),
            user: &user,
            committees: &committees,
        },
        title,
        vec!["id", "email", "role", "committees", "created_at"],
    );
    report.rows.push(vec![
        user.id.to_string(),
        user.email.clone(),
        user.role.to_string(),
        committees
            .iter()
            .map(|c| c.acronym())
            .collect::<Vec<_>>()
            .join(","),
        user.created_at.to_string(),
    ]);
    Ok(report)
}
