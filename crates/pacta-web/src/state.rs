//! The application state every handler shares: the dataset, the records and the people
//! registers (read-only, in memory), the
//! clock that says what "today" is, the translations, the accounts and the options.
//!
//! The dataset is private to this crate and reachable only through
//! [`crate::Viewer::scope`]; nothing here is mutable except through [`Accounts`].

use std::sync::Arc;

use jiff::civil::Date;
use pacta_core::ParticipantCode;
use pacta_core::reporting::KnownReviews;
use pacta_data::history::{ReviewHistory, ReviewStatus};
use pacta_data::people::People;
use pacta_data::{Dataset, Records};

use crate::accounts::Accounts;
use crate::i18n::I18n;

/// Where "today" comes from: the system clock, or a fixed date (tests, reproducible
/// pages). Pages and API answers default to today when `?on=` is absent.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    /// The server's local date.
    System,
    Fixed(Date),
}

impl Clock {
    pub fn today(&self) -> Date {
        match self {
            Clock::System => jiff::Zoned::now().date(),
            Clock::Fixed(date) => *date,
        }
    }
}

/// How the server behaves behind its network edge.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Mark cookies `Secure` on every response (`pacta serve --secure-cookies`), for a
    /// server reached only over TLS. Without it, cookies are still marked `Secure` on
    /// requests a TLS proxy forwards with `X-Forwarded-Proto: https`.
    pub secure_cookies: bool,
    /// Take the client address for the login rate limit from the first
    /// `X-Forwarded-For` entry (only behind a proxy that sets it).
    pub trust_forwarded_for: bool,
}

/// The shared state; cheap to clone.
#[derive(Clone)]
pub struct AppState(pub(crate) Arc<Inner>);

pub(crate) struct Inner {
    pub(crate) dataset: Dataset,
    /// Sessions, meetings, reviews and the documents register (some documents restricted).
    pub(crate) records: Records,
    /// Reviews, sessions and UPR sessions named in the sources, every committee (public).
    pub(crate) history: ReviewHistory,
    /// The latest review known per State and committee (evidence a report was considered),
    /// and how many reviews had no date to use.
    pub(crate) reviews: (KnownReviews, usize),
    /// Members, meetings of States parties, country rapporteurs, election and procedure
    /// rules, general comments (public registers; `pacta_data::load_people`).
    pub(crate) people: People,
    pub(crate) clock: Clock,
    pub(crate) i18n: I18n,
    pub(crate) accounts: Accounts,
    pub(crate) options: Options,
    /// The OpenAPI document, serialized once.
    pub(crate) openapi: String,
    /// Rendered public pages.
    pub(crate) page_cache: crate::cache::PageCache,
}

impl AppState {
    pub fn new(
        dataset: Dataset,
        records: Records,
        history: ReviewHistory,
        people: People,
        accounts: Accounts,
        clock: Clock,
        options: Options,
    ) -> Self {
        AppState(Arc::new(Inner {
            dataset,
            records,
            reviews: known_reviews(&history),
            history,
            people,
            clock,
            i18n: I18n::load(),
            accounts,
            options,
            openapi: crate::api::openapi_json(),
            page_cache: crate::cache::PageCache::default(),
        }))
    }

    pub fn accounts(&self) -> &Accounts {
        &self.0.accounts
    }

    pub fn today(&self) -> Date {
        self.0.clock.today()
    }

    pub(crate) fn options(&self) -> Options {
        self.0.options
    }

    pub(crate) fn i18n(&self) -> &I18n {
        &self.0.i18n
    }
}

/// Reviews with concluding observations adopted show that the report due before them was
/// considered (or that the committee reviewed the State without one): the same evidence
/// `pacta due --overdue` uses. Returns the evidence and the number of undated reviews.
fn known_reviews(history: &ReviewHistory) -> (KnownReviews, usize) {
    let mut known = KnownReviews::default();
    let mut undated = 0;
    for review in history
        .reviews
        .iter()
        .filter(|r| r.status == ReviewStatus::Adopted)
    {
        match (ParticipantCode::parse(&review.state), review.date) {
            (Some(state), Some(date)) => known.record(state, review.committee, date),
            _ => undated += 1,
        }
    }
    (known, undated)
}
