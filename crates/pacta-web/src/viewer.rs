//! Who is asking, and what they may see: the [`Viewer`] extractor every handler takes,
//! and the [`Scope`] it hands out, the only way to the data.
//!
//! Roles are ordered (public < member < secretariat < admin) and every record carries a
//! [`Visibility`]; [`may_view`] is the one rule that joins them. Restricted records
//! (documents marked "Distr.: Restricted", communications, drafts; accounts and the
//! audit log are for admins) are
//! filtered here, once, so no page, API answer, export or feed can forget to. A request
//! for a record the viewer may not see answers 404 (its existence is not revealed);
//! a page that needs an account answers 403.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use pacta_core::Registry;
use pacta_core::reporting::KnownReviews;

use crate::state::AppState;
use pacta_store::User;

pub use pacta_core::access::{Role, Visibility, may_view};

/// The person behind a request: anonymous (role public) or a signed-in user.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub user: Option<User>,
    /// The session token, kept to sign out.
    pub(crate) session: Option<String>,
}

/// The name of the session cookie.
pub(crate) const SESSION_COOKIE: &str = "pacta_session";

impl Viewer {
    pub fn anonymous() -> Self {
        Viewer {
            user: None,
            session: None,
        }
    }

    pub fn role(&self) -> Role {
        self.user.as_ref().map_or(Role::Public, |u| u.role)
    }

    pub fn may_view(&self, visibility: Visibility) -> bool {
        may_view(self.role(), visibility)
    }

    /// The data this viewer may see.
    pub fn scope<'a>(&'a self, state: &'a AppState) -> Scope<'a> {
        Scope {
            viewer: self,
            state,
        }
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Some(token) = crate::csrf::cookie(&parts.headers, SESSION_COOKIE) else {
            return Ok(Viewer::anonymous());
        };
        let user = state.accounts().session_user(token).await;
        let session = user.as_ref().map(|_| token.to_string());
        Ok(Viewer { user, session })
    }
}

/// The data as one viewer may see it. Public facts (the treaty registry) are open to
/// all; anything with a [`Visibility`] goes through [`Scope::visible`].
pub struct Scope<'a> {
    viewer: &'a Viewer,
    state: &'a AppState,
}

impl<'a> Scope<'a> {
    /// The treaty registry: UNTC's public record, visible to everyone.
    pub fn registry(&self) -> &'a Registry {
        &self.state.0.dataset.registry
    }

    pub fn dataset(&self) -> &'a pacta_data::Dataset {
        &self.state.0.dataset
    }

    pub fn role(&self) -> Role {
        self.viewer.role()
    }

    /// Reviews, sessions and UPR sessions the sources name, every committee (public facts).
    pub(crate) fn history(&self) -> &'a pacta_data::history::ReviewHistory {
        &self.state.0.history
    }

    /// The review evidence for overdue reports, and the number of undated reviews left out.
    pub(crate) fn known_reviews(&self) -> (&'a KnownReviews, usize) {
        let (known, undated) = &self.state.0.reviews;
        (known, *undated)
    }

    /// The people registers: members and their terms, meetings of States parties,
    /// country rapporteurs of past reviews, election and procedure rules, general
    /// comments. All public (UN press releases, summary records, treaty texts); the
    /// confidential communications register is not part of them.
    pub fn people(&self) -> &'a pacta_data::people::People {
        &self.state.0.people
    }

    /// The records without their documents register (which only [`Scope::documents`]
    /// hands out, filtered).
    pub(crate) fn records(&self) -> crate::records::PublicRecords<'a> {
        let records = &self.state.0.records;
        crate::records::PublicRecords {
            sessions: &records.sessions,
            meetings: &records.meetings,
            reviews: &records.reviews,
            without_records: &records.without_records,
        }
    }

    /// The documents of the register this viewer may see.
    pub fn documents(&self) -> Vec<&'a pacta_core::document::DocumentEntry> {
        self.visible(
            self.state
                .0
                .records
                .documents
                .entries()
                .iter()
                .map(|d| (crate::records::document_visibility(d), d)),
        )
    }

    /// Keep only the records this viewer may see.
    pub fn visible<T>(&self, records: impl IntoIterator<Item = (Visibility, T)>) -> Vec<T> {
        records
            .into_iter()
            .filter(|(visibility, _)| self.viewer.may_view(*visibility))
            .map(|(_, record)| record)
            .collect()
    }

    /// The signed-in account, if any.
    pub(crate) fn user(&self) -> Option<&'a User> {
        self.viewer.user.as_ref()
    }

    /// The confidential register of communications and urgent actions, for members, the
    /// secretariat and admins; `None` for the public. Every case it hands out is an
    /// audited read in the viewer's name.
    pub(crate) fn case_register(&self) -> Option<crate::cases::Register<'a>> {
        crate::cases::Register::for_scope(self, self.state.accounts().store())
    }

    /// The register's public figures, for everyone: no case can be told from them.
    pub(crate) async fn case_statistics(
        &self,
        on: jiff::civil::Date,
    ) -> pacta_store::Result<Vec<pacta_core::communication::YearStats>> {
        self.state.accounts().store().case_statistics(on).await
    }

    /// Views adopted on or before `on`: published by the committees, for everyone.
    pub(crate) async fn published_views(
        &self,
        on: jiff::civil::Date,
    ) -> pacta_store::Result<Vec<pacta_core::communication::PublicViews>> {
        self.state.accounts().store().published_views(on).await
    }

    /// Whether the viewer runs the installation (accounts, audit log).
    pub fn is_admin(&self) -> bool {
        self.viewer.role() == Role::Admin
    }

    /// The audit log (the newest `limit` entries), for admins; `None` otherwise.
    pub(crate) async fn audit_log(
        &self,
        limit: u32,
    ) -> Option<Result<Vec<pacta_store::AuditRecord>, crate::accounts::Unavailable>> {
        if !self.is_admin() {
            return None;
        }
        Some(self.state.accounts().audit_log(limit).await)
    }

    /// Every account, for admins; `None` otherwise.
    pub(crate) async fn users(&self) -> Option<Result<Vec<User>, crate::accounts::Unavailable>> {
        if !self.is_admin() {
            return None;
        }
        Some(self.state.accounts().users().await)
    }
}
