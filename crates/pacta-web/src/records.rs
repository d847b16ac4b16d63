//! What the pages and the API show of the committees' records: sessions (under way, next,
//! past), a session's meetings, reviews and documents, the documents register (search),
//! and a State's reviews, computed from `pacta_data::Records` for one date.
//!
//! Documents carry a visibility ([`document_visibility`]): a masthead saying
//! "Distr.: Restricted" or "Distr.: Limited" makes the document restricted, and the
//! functions here only ever see documents the viewer's [`crate::viewer::Scope`] let
//! through. Layout only; the rules (record symbols, correction windows) are in the core.

use jiff::civil::Date;
use pacta_core::Committee;
use pacta_core::cycle::{ReviewEvidence, ReviewOutcome};
use pacta_core::document::{Distribution, DocumentEntry};
use pacta_core::session::{Meeting, Publicity, RecordCoverage, Session};
use pacta_data::history::{ReviewHistory, ReviewStatus};
use pacta_data::records::MeetingsWithoutRecords;
use serde::Serialize;
use utoipa::ToSchema;

use crate::viewer::Visibility;

/// The public parts of `pacta_data::Records`: everything but the documents register,
/// whose entries reach a view only through [`crate::viewer::Scope::documents`].
#[derive(Clone, Copy)]
pub(crate) struct PublicRecords<'a> {
    pub(crate) sessions: &'a [Session],
    pub(crate) meetings: &'a [Meeting],
    pub(crate) reviews: &'a [ReviewEvidence],
    pub(crate) without_records: &'a [MeetingsWithoutRecords],
}

impl<'a> PublicRecords<'a> {
    pub(crate) fn session(&self, committee: Committee, number: u32) -> Option<&'a Session> {
        self.sessions
            .iter()
            .find(|s| s.committee == committee && s.number == number)
    }

    fn meetings_of(&self, committee: Committee, session: u32) -> Vec<&'a Meeting> {
        let mut meetings: Vec<&Meeting> = self
            .meetings
            .iter()
            .filter(|m| m.committee == committee && m.session == session)
            .collect();
        meetings.sort_by_key(|m| m.number);
        meetings
    }
}

/// Who may see a document, from its masthead's "Distr." line (DOMAIN.md §7.3): General
/// is public; Limited (drafts) and Restricted are for members, the secretariat and admins.
/// A document whose masthead was not read is public: the register holds only documents
/// read from public UN pages (data/SOURCES.md), so an unknown line is a gap in what was
/// read, not a classification.
pub fn document_visibility(document: &DocumentEntry) -> Visibility {
    document
        .distribution
        .map_or(Visibility::Public, Visibility::of_distribution)
}

/// Where a session stands on the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SessionTiming {
    Past,
    UnderWay,
    Upcoming,
    /// The data does not give both dates.
    DatesUnknown,
}

/// A session in a list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SessionSummary {
    pub committee: String,
    pub number: u32,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub timing: SessionTiming,
    /// How the dates are known (a provisional agenda, a press release …).
    pub date_basis: String,
    pub source: String,
    /// Whether pacta holds the session's meetings and documents (a session page and
    /// `/api/v1/committees/{code}/sessions/{number}`); otherwise only its dates are known.
    pub has_page: bool,
}

fn timing(session: &Session, on: Date) -> SessionTiming {
    match (session.start, session.end) {
        (Some(start), Some(_)) if on < start => SessionTiming::Upcoming,
        (Some(_), Some(end)) if on > end => SessionTiming::Past,
        (Some(_), Some(_)) => SessionTiming::UnderWay,
        (Some(start), None) if on < start => SessionTiming::Upcoming,
        (None, Some(end)) if on > end => SessionTiming::Past,
        _ => SessionTiming::DatesUnknown,
    }
}

fn session_summary(session: &Session, on: Date) -> SessionSummary {
    SessionSummary {
        committee: session.committee.to_string(),
        number: session.number,
        start: session.start,
        end: session.end,
        timing: timing(session, on),
        date_basis: session.date_basis.clone(),
        source: session.source.clone(),
        has_page: true,
    }
}

/// A committee's sessions known to pacta, newest first.
pub(crate) fn sessions(
    records: PublicRecords,
    history: &ReviewHistory,
    committee: Committee,
    on: Date,
) -> Vec<SessionSummary> {
    let mut list: Vec<SessionSummary> = records
        .sessions
        .iter()
        .filter(|s| s.committee == committee)
        .map(|s| session_summary(s, on))
        .chain(
            history_sessions(history, on)
                .into_iter()
                .filter(|s| s.committee == committee.acronym()),
        )
        .collect();
    list.sort_by_key(|s| std::cmp::Reverse(s.number));
    list
}

/// Sessions under way on the date and the next one of each committee, for the home page.
pub(crate) fn sessions_at_a_glance(
    records: PublicRecords,
    others: &[SessionSummary],
    on: Date,
) -> (Vec<SessionSummary>, Vec<SessionSummary>) {
    let all: Vec<SessionSummary> = records
        .sessions
        .iter()
        .map(|s| session_summary(s, on))
        .chain(others.iter().cloned())
        .collect();
    let under_way: Vec<SessionSummary> = all
        .iter()
        .filter(|s| s.timing == SessionTiming::UnderWay)
        .cloned()
        .collect();
    let mut next = Vec::new();
    for committee in Committee::ALL {
        if let Some(session) = all
            .iter()
            .filter(|s| s.committee == committee.acronym() && s.timing == SessionTiming::Upcoming)
            .min_by_key(|s| s.start)
        {
            next.push(session.clone());
        }
    }
    (under_way, next)
}

/// A meeting of a session.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MeetingEntry {
    pub number: u32,
    pub date: Date,
    /// The place and its time zone (Geneva: Europe/Zurich).
    pub place: Option<String>,
    pub time_zone: Option<String>,
    /// Local time it was convened for or called to order, where known (HH:MM).
    pub starts: Option<String>,
    /// public, private or partly_private.
    pub publicity: Option<String>,
    /// full, partial or none: what the summary record covers.
    pub record: Option<String>,
    /// The summary record's symbol (CMW/C/SR.608).
    pub summary_record: Option<String>,
    pub chair: Option<String>,
    pub agenda: Vec<String>,
    pub footnotes: Vec<String>,
}

fn meeting_entry(meeting: &Meeting) -> MeetingEntry {
    MeetingEntry {
        number: meeting.number,
        date: meeting.date,
        place: meeting.place.as_ref().map(|p| p.name.clone()),
        time_zone: meeting
            .place
            .as_ref()
            .map(|p| p.time_zone_name().to_string()),
        starts: meeting
            .scheduled
            .or(meeting.called_to_order)
            .map(|t| format!("{:02}:{:02}", t.hour(), t.minute())),
        publicity: meeting.publicity.map(|p| {
            match p {
                Publicity::Public => "public",
                Publicity::Private => "private",
                Publicity::PartlyPrivate => "partly_private",
            }
            .to_string()
        }),
        record: meeting.record.map(|r| {
            match r {
                RecordCoverage::Full => "full",
                RecordCoverage::Partial => "partial",
                RecordCoverage::None => "none",
            }
            .to_string()
        }),
        summary_record: meeting.summary_record_symbol().ok().map(|s| s.to_string()),
        chair: meeting.chair.clone(),
        agenda: meeting.agenda.clone(),
        footnotes: meeting.footnotes.clone(),
    }
}

/// A review named in a session source.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReviewEntry {
    pub committee: String,
    pub session: Option<u32>,
    pub state: String,
    pub report_as_stated: Option<String>,
    pub report_symbol: Option<String>,
    /// concluding_observations_adopted, dialogue_held or scheduled.
    pub outcome: String,
    pub outcome_as_stated: String,
    pub source: String,
}

fn review_entry(review: &ReviewEvidence) -> ReviewEntry {
    ReviewEntry {
        committee: review.committee.to_string(),
        session: review.session,
        state: review.state.to_string(),
        report_as_stated: review.report_as_stated.clone(),
        report_symbol: review.report_symbol.as_ref().map(|s| s.to_string()),
        outcome: match review.outcome {
            ReviewOutcome::ConcludingObservationsAdopted => "concluding_observations_adopted",
            ReviewOutcome::DialogueHeld => "dialogue_held",
            ReviewOutcome::Scheduled => "scheduled",
        }
        .to_string(),
        outcome_as_stated: review.outcome_as_stated.clone(),
        source: review.source.clone(),
    }
}

/// A document of the register.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DocumentRef {
    #[schema(example = "CMW/C/SR.608")]
    pub symbol: String,
    pub title: Option<String>,
    pub date: Option<Date>,
    /// general, limited or restricted, as the masthead says; absent where not read.
    pub distribution: Option<String>,
    /// The language versions issued (ISO 639-1).
    pub languages: Vec<String>,
    pub original_language: Option<String>,
    pub committees: Vec<String>,
    pub state: Option<String>,
    pub session: Option<u32>,
    pub meeting: Option<u32>,
    pub source: String,
}

pub(crate) fn document_ref(document: &DocumentEntry) -> DocumentRef {
    DocumentRef {
        symbol: document.symbol.to_string(),
        title: document.title.clone(),
        date: document.date,
        distribution: document.distribution.map(|d| {
            match d {
                Distribution::General => "general",
                Distribution::Limited => "limited",
                Distribution::Restricted => "restricted",
            }
            .to_string()
        }),
        languages: document
            .languages
            .iter()
            .map(|l| l.code().to_string())
            .collect(),
        original_language: document.original_language.map(|l| l.code().to_string()),
        committees: document.body().iter().map(ToString::to_string).collect(),
        state: document.state().map(|s| s.to_string()),
        session: document.session,
        meeting: document.meeting,
        source: document.source.clone(),
    }
}

/// A session with its meetings, reviews and documents.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SessionDetail {
    pub session: SessionSummary,
    pub meetings: Vec<MeetingEntry>,
    pub reviews: Vec<ReviewEntry>,
    pub documents: Vec<DocumentRef>,
    pub notes: Vec<String>,
}

/// One session; `documents` are the ones the viewer may see.
pub(crate) fn session_detail(
    records: PublicRecords,
    session: &Session,
    documents: &[&DocumentEntry],
    on: Date,
) -> SessionDetail {
    let meetings: Vec<&Meeting> = records.meetings_of(session.committee, session.number);
    let meeting_numbers: Vec<u32> = meetings.iter().map(|m| m.number).collect();
    let documents: Vec<DocumentRef> = documents
        .iter()
        .filter(|d| {
            d.body().contains(&session.committee)
                && (d.session == Some(session.number)
                    || d.meeting.is_some_and(|m| meeting_numbers.contains(&m))
                    || d.links().iter().any(|link| match link {
                        pacta_core::document::Link::Session {
                            committee,
                            session: n,
                        } => *committee == session.committee && *n == session.number,
                        pacta_core::document::Link::Meeting { committee, meeting } => {
                            *committee == session.committee && meeting_numbers.contains(meeting)
                        }
                        pacta_core::document::Link::Cycle { .. } => false,
                    }))
        })
        .map(|d| document_ref(d))
        .collect();
    let reviews = records
        .reviews
        .iter()
        .filter(|r| r.committee == session.committee && r.session == Some(session.number))
        .map(review_entry)
        .collect();
    let mut notes = vec![
        "session, meeting, review and document data is partial and covers the CMW only (data/SOURCES.md)".to_string(),
    ];
    for gap in records
        .without_records
        .iter()
        .filter(|g| g.committee == session.committee && g.session == session.number)
    {
        notes.push(format!(
            "no summary records were issued for meetings {} to {} ({})",
            gap.first, gap.last, gap.stated_in
        ));
    }
    SessionDetail {
        session: session_summary(session, on),
        meetings: meetings.into_iter().map(meeting_entry).collect(),
        reviews,
        documents,
        notes,
    }
}

/// Documents matching a search: every word of `q` in the symbol or title (any case),
/// and the committee and State when given; newest first.
pub(crate) fn search_documents(
    documents: &[&DocumentEntry],
    q: &str,
    committee: Option<Committee>,
    state: Option<&str>,
) -> Vec<DocumentRef> {
    let words: Vec<String> = q.split_whitespace().map(str::to_lowercase).collect();
    let mut found: Vec<DocumentRef> = documents
        .iter()
        .filter(|d| committee.is_none_or(|c| d.body().contains(&c)))
        .filter(|d| state.is_none_or(|s| d.state().is_some_and(|ds| ds.as_str() == s)))
        .filter(|d| {
            let haystack = format!(
                "{} {}",
                d.symbol.to_string().to_lowercase(),
                d.title.as_deref().unwrap_or("").to_lowercase()
            );
            words.iter().all(|w| haystack.contains(w.as_str()))
        })
        .map(|d| document_ref(d))
        .collect();
    found.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.symbol.cmp(&b.symbol)));
    found
}

/// A review of a State named in a session source (any committee; the review history).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HistoryReview {
    pub committee: String,
    pub session: Option<u32>,
    /// The session's date when a source gives it (end, start or month).
    pub date: Option<Date>,
    /// `adopted` (concluding observations adopted) or `scheduled` (only announced).
    pub status: String,
    pub note: String,
}

/// A State's review in a session of the UPR Working Group.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct UprSession {
    pub cycle: u32,
    pub session: u32,
    pub start: Option<Date>,
    pub end: Option<Date>,
}

/// A State's reviews (newest first) and UPR sessions in the review history.
pub(crate) fn state_history(
    history: &ReviewHistory,
    state: &str,
) -> (Vec<HistoryReview>, Vec<UprSession>) {
    let mut reviews: Vec<HistoryReview> = history
        .reviews
        .iter()
        .filter(|r| r.state == state)
        .map(|r| HistoryReview {
            committee: r.committee.to_string(),
            session: r.session,
            date: r.date,
            status: match r.status {
                ReviewStatus::Adopted => "adopted",
                ReviewStatus::Scheduled => "scheduled",
            }
            .to_string(),
            note: r.note.clone(),
        })
        .collect();
    reviews.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then_with(|| a.committee.cmp(&b.committee))
    });
    let mut upr: Vec<UprSession> = history
        .upr
        .iter()
        .filter(|u| u.state == state)
        .map(|u| UprSession {
            cycle: u.cycle,
            session: u.session,
            start: u.start,
            end: u.end,
        })
        .collect();
    upr.sort_by_key(|u| std::cmp::Reverse((u.cycle, u.session)));
    (reviews, upr)
}

/// Sessions of the other committees (the review history) as the session list shows them;
/// the CMW's come from the records, which say more.
pub(crate) fn history_sessions(history: &ReviewHistory, on: Date) -> Vec<SessionSummary> {
    history
        .sessions
        .iter()
        .filter(|s| s.committee != Committee::Cmw && !s.cancelled)
        .map(|s| {
            let session = Session {
                committee: s.committee,
                number: s.number,
                start: s.start,
                end: s.end,
                date_basis: String::new(),
                source: String::new(),
            };
            SessionSummary {
                has_page: false,
                ..session_summary(&session, on)
            }
        })
        .collect()
}
