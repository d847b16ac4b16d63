//! `pacta serve`: the portal and the API on a socket, over the data in the database.
//!
//! Opens the database (`--database`, SQLite by default), imports the data files into it
//! on first start (one transaction; an empty database only, so a later `pacta import`
//! is never undone), loads the registry from it into memory for fast reads, binds the
//! address, prints it, and serves [`pacta_web::router`] until Ctrl-C or SIGTERM.
//! Accounts, sessions and the audit log stay in the database. `--on` pins "today"
//! (reproducible pages). Everything the server shows is in `pacta-web`; this file only
//! wires the process: runtime, database, listener, signals.

use std::net::SocketAddr;
use std::path::Path;

use clap::Args;
use pacta_store::{ImportChange, Store};
use pacta_web::{Accounts, AppState, Clock, Options};

use crate::commands::store::DatabaseArgs;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Mark cookies Secure: use when the server is reached only over HTTPS (behind a TLS
    /// proxy). Requests forwarded with `X-Forwarded-Proto: https` get Secure cookies anyway.
    #[arg(long)]
    pub secure_cookies: bool,
    /// Take the client address for the login rate limit from X-Forwarded-For (only
    /// behind a proxy that sets it; otherwise clients could choose their own address).
    #[arg(long)]
    pub trust_forwarded_for: bool,
    /// Worker threads (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
}

pub fn serve(
    sources: &pacta_data::Sources,
    data_dir: Option<&Path>,
    pinned_today: Option<jiff::civil::Date>,
    args: &ServeArgs,
) -> anyhow::Result<()> {
    // The server's own errors (an unreachable database, a page that failed to render) go
    // to standard error; requests are not logged.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(tracing_subscriber::filter::LevelFilter::WARN)
        .init();
    let clock = pinned_today.map_or(Clock::System, Clock::Fixed);
    let options = Options {
        secure_cookies: args.secure_cookies,
        trust_forwarded_for: args.trust_forwarded_for,
    };
    let mut runtime = tokio::runtime::Builder::new_multi_thread();
    if let Some(threads) = args.threads {
        runtime.worker_threads(threads.max(1));
    }
    let runtime = runtime.enable_all().build()?;
    runtime.block_on(async move {
        let store = Store::connect(&args.database.database).await?;
        if store.dataset_hash().await?.is_none() {
            let outcome = store.import(sources).await?;
            if outcome.change == ImportChange::Imported {
                println!(
                    "pacta: imported the treaty data as at {} into {} ({})",
                    outcome.status_as_at,
                    store.location(),
                    outcome.content_hash
                );
            }
        } else {
            println!(
                "pacta: using the data in {} (`pacta import` replaces it)",
                store.location()
            );
        }
        let dataset = store.load_dataset().await?;
        let record_sources = match data_dir {
            Some(dir) => pacta_data::RecordSources::from_dir(dir)?,
            None => pacta_data::RecordSources::bundled(),
        };
        let records = pacta_data::load_records(&record_sources, &dataset.registry)?;
        let history_sources = match data_dir {
            Some(dir) => pacta_data::history::HistorySources::from_dir(dir)?,
            None => pacta_data::history::HistorySources::bundled(),
        };
        let history = pacta_data::history::load_history(&history_sources)?;
        let people_sources = match data_dir {
            Some(dir) => pacta_data::people::PeopleSources::from_dir(dir)?,
            None => pacta_data::people::PeopleSources::bundled(),
        };
        let people = pacta_data::people::load_people(&people_sources, &dataset.registry)?;
        let state = AppState::new(
            dataset,
            records,
            history,
            people,
            Accounts::new(store),
            clock,
            options,
        );
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", args.addr))?;
        let local = listener.local_addr()?;
        println!(
            "pacta: serving the portal at http://{local}/ and the API at http://{local}/api/v1/ (Ctrl-C to stop)"
        );
        pacta_web::serve(listener, state, shutdown_signal()).await?;
        Ok(())
    })
}

/// Resolves on Ctrl-C, or on SIGTERM where there are signals.
async fn shutdown_signal() {
    let ctrl_c = async {
        // If the handler cannot be installed the server runs until killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
