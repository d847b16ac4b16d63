//! The review history the calendar planner starts from: committee sessions, State
//! reviews named in session sources, reports received, and the UPR Working Group
//! calendar — parsed from the partial tables in `data/` (see `data/SOURCES.md`).
//!
//! Facts only, as the files state them: no gap is filled here. Which review is a
//! State's "last", what is assumed where none was found, and how future sessions are
//! projected are the planner's choices (`pacta-plan::scenario`), made visible there.

use std::path::Path;

use jiff::civil::Date;
use pacta_core::Committee;
use serde::Serialize;

use crate::table::{Row, Table};
use crate::{DataError, Source};

/// The history files, bundled or read from a directory.
#[derive(Debug, Clone)]
pub struct HistorySources {
    pub session_reviews: Source,
    pub sessions: Source,
    pub cmw_sessions: Source,
    pub cmw_reviews: Source,
    pub reports_received: Source,
    pub upr_cycle4: Source,
    pub upr_cycle3: Source,
    pub upr_cycle3_session38: Source,
}

const FILES: [&str; 8] = [
    "tb_session_reviews.csv",
    "tb_sessions.csv",
    "cmw_sessions.csv",
    "cmw_reviews_partial.csv",
    "tb_reports_received_partial.csv",
    "upr_cycle4_reviews.csv",
    "upr_cycle3_sessions_37_39_40.csv",
    "upr_cycle3_session38.csv",
];

impl HistorySources {
    pub fn bundled() -> Self {
        HistorySources {
            session_reviews: bundled!("tb_session_reviews.csv"),
            sessions: bundled!("tb_sessions.csv"),
            cmw_sessions: bundled!("cmw_sessions.csv"),
            cmw_reviews: bundled!("cmw_reviews_partial.csv"),
            reports_received: bundled!("tb_reports_received_partial.csv"),
            upr_cycle4: bundled!("upr_cycle4_reviews.csv"),
            upr_cycle3: bundled!("upr_cycle3_sessions_37_39_40.csv"),
            upr_cycle3_session38: bundled!("upr_cycle3_session38.csv"),
        }
    }

    pub fn from_dir(dir: &Path) -> Result<Self, DataError> {
        let read = |file: &str| Source::read(dir, file);
        let [a, b, c, d, e, f, g, h] = FILES;
        Ok(HistorySources {
            session_reviews: read(a)?,
            sessions: read(b)?,
            cmw_sessions: read(c)?,
            cmw_reviews: read(d)?,
            reports_received: read(e)?,
            upr_cycle4: read(f)?,
            upr_cycle3: read(g)?,
            upr_cycle3_session38: read(h)?,
        })
    }
}

/// A committee session named in a source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PastSession {
    pub committee: Committee,
    pub number: u32,
    pub start: Option<Date>,
    pub end: Option<Date>,
    /// The first day of the month the source dates the session to, when no day is given.
    pub month: Option<Date>,
    pub cancelled: bool,
}

impl PastSession {
    /// The best date the sources give for the session (end, start or month).
    pub fn date(&self) -> Option<Date> {
        self.end.or(self.start).or(self.month)
    }
}

/// Whether a source says the review took place or only announces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    /// Concluding observations adopted.
    Adopted,
    /// Named only in an opening statement or an announcement.
    Scheduled,
}

/// A State review named in a session source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PastReview {
    pub committee: Committee,
    pub session: Option<u32>,
    pub state: String,
    pub status: ReviewStatus,
    /// The session's date when a source gives it (end, start or month).
    pub date: Option<Date>,
    pub note: String,
}

/// A report a committee said it had received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportReceived {
    pub committee: Committee,
    pub state: String,
    /// Received on or before this date (the sources give a window).
    pub received_by: Date,
    pub window: String,
}

/// A State's review in a UPR Working Group session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UprEntry {
    pub cycle: u32,
    pub session: u32,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub state: String,
}

/// Everything the history files say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewHistory {
    pub sessions: Vec<PastSession>,
    pub reviews: Vec<PastReview>,
    pub reports_received: Vec<ReportReceived>,
    pub upr: Vec<UprEntry>,
}

fn committee(row: &Row, name: &str) -> Result<Committee, DataError> {
    let text = row.required(name)?;
    text.parse()
        .map_err(|_| row.error(name, format!("unknown committee \"{text}\"")))
}

fn state(row: &Row, name: &str) -> Result<String, DataError> {
    let text = row.required(name)?;
    if text.len() == 3 && text.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(text.to_string())
    } else {
        Err(row.error(name, format!("invalid ISO 3166-1 alpha-3 code \"{text}\"")))
    }
}

/// `2024-12` → 2024-12-01.
fn year_month(row: &Row, name: &str) -> Result<Option<Date>, DataError> {
    let Some(text) = row.optional(name) else {
        return Ok(None);
    };
    format!("{text}-01")
        .parse::<Date>()
        .map(Some)
        .map_err(|_| row.error(name, format!("invalid month \"{text}\" (expected YYYY-MM)")))
}

fn optional_number(row: &Row, name: &str) -> Result<Option<u32>, DataError> {
    match row.optional(name) {
        None => Ok(None),
        Some(_) => row.number(name).map(Some),
    }
}

/// Parse and check the history files; all or nothing.
pub fn load_history(sources: &HistorySources) -> Result<ReviewHistory, DataError> {
    let mut sessions = Vec::new();
    let table = Table::parse(
        &sources.sessions,
        &[
            "committee",
            "session",
            "start_date",
            "end_date",
            "month_from_source",
            "list_status",
        ],
    )?;
    for row in table.rows() {
        sessions.push(PastSession {
            committee: committee(&row, "committee")?,
            number: row.number("session")?,
            start: row.date("start_date")?,
            end: row.date("end_date")?,
            month: year_month(&row, "month_from_source")?,
            cancelled: row.text("list_status") == "session_cancelled",
        });
    }
    let table = Table::parse(
        &sources.cmw_sessions,
        &["committee", "session", "start_date", "end_date"],
    )?;
    for row in table.rows() {
        let end = row.date("end_date")?;
        sessions.push(PastSession {
            committee: committee(&row, "committee")?,
            number: row.number("session")?,
            start: row.date("start_date")?,
            end,
            month: None,
            cancelled: false,
        });
    }
    let session_date = |c: Committee, n: u32| -> Option<Date> {
        sessions
            .iter()
            .find(|s| s.committee == c && s.number == n)
            .and_then(PastSession::date)
    };

    let mut reviews = Vec::new();
    let table = Table::parse(
        &sources.session_reviews,
        &[
            "committee",
            "session",
            "session_start",
            "session_end",
            "iso3",
            "review_status",
            "review_note",
            "co_adoption_date",
        ],
    )?;
    for row in table.rows() {
        let c = committee(&row, "committee")?;
        // One row (CRC, Cook Islands, 2020) has no session number, only the
        // adoption date of its concluding observations.
        let n = optional_number(&row, "session")?;
        let status = match row.text("review_status") {
            "concluding_observations_adopted" => ReviewStatus::Adopted,
            "scheduled" => ReviewStatus::Scheduled,
            other => {
                return Err(row.error(
                    "review_status",
                    format!("unknown review status \"{other}\""),
                ));
            }
        };
        let date = row
            .date("session_end")?
            .or(row.date("session_start")?)
            .or(row.date("co_adoption_date")?)
            .or_else(|| n.and_then(|n| session_date(c, n)));
        reviews.push(PastReview {
            committee: c,
            session: n,
            state: state(&row, "iso3")?,
            status,
            date,
            note: row.text("review_note").to_string(),
        });
    }
    let table = Table::parse(
        &sources.cmw_reviews,
        &["committee", "session", "iso3", "outcome_or_status"],
    )?;
    for row in table.rows() {
        let c = committee(&row, "committee")?;
        let n = optional_number(&row, "session")?;
        let outcome = row.text("outcome_or_status");
        let status = if outcome.starts_with("scheduled") {
            ReviewStatus::Scheduled
        } else {
            ReviewStatus::Adopted
        };
        reviews.push(PastReview {
            committee: c,
            session: n,
            state: state(&row, "iso3")?,
            status,
            date: n.and_then(|n| session_date(c, n)),
            note: outcome.to_string(),
        });
    }

    let mut reports_received = Vec::new();
    let table = Table::parse(
        &sources.reports_received,
        &["committee", "iso3", "received_window", "reported_on"],
    )?;
    for row in table.rows() {
        // "opening of 89th session (2024-10)": the report was received by then.
        let reported = row.required("reported_on")?;
        let inner = reported
            .rsplit_once('(')
            .and_then(|(_, r)| r.strip_suffix(')'))
            .unwrap_or("");
        let received_by = format!("{inner}-01").parse::<Date>().map_err(|_| {
            row.error(
                "reported_on",
                format!("no (YYYY-MM) date in \"{reported}\""),
            )
        })?;
        reports_received.push(ReportReceived {
            committee: committee(&row, "committee")?,
            state: state(&row, "iso3")?,
            received_by,
            window: row.text("received_window").to_string(),
        });
    }

    let mut upr = Vec::new();
    for source in [
        &sources.upr_cycle4,
        &sources.upr_cycle3,
        &sources.upr_cycle3_session38,
    ] {
        let table = Table::parse(
            source,
            &[
                "upr_cycle",
                "wg_session",
                "session_start",
                "session_end",
                "iso3",
            ],
        )?;
        for row in table.rows() {
            upr.push(UprEntry {
                cycle: row.number("upr_cycle")?,
                session: row.number("wg_session")?,
                start: row.date("session_start")?,
                end: row.date("session_end")?,
                state: state(&row, "iso3")?,
            });
        }
    }
    Ok(ReviewHistory {
        sessions,
        reviews,
        reports_received,
        upr,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_history_loads_with_the_counts_in_sources_md() {
        let h = load_history(&HistorySources::bundled()).expect("bundled history loads");
        // data/SOURCES.md: 602 review rows + 40 CMW rows; 108 + 18 sessions; 5 reports;
        // 139 + 39 + 14 UPR rows.
        assert_eq!(h.reviews.len(), 642);
        assert_eq!(h.sessions.len(), 126);
        assert_eq!(h.reports_received.len(), 5);
        assert_eq!(h.upr.len(), 192);
        // CEDAW 92nd session (October 2025) was cancelled for the UN's financial situation.
        assert!(
            h.sessions
                .iter()
                .any(|s| s.committee == Committee::Cedaw && s.number == 92 && s.cancelled)
        );
        // Zimbabwe: 3rd-cycle UPR session 40 (24 Jan – 3 Feb 2022).
        assert!(h.upr.iter().any(|u| u.state == "ZWE" && u.session == 40));
    }

    #[test]
    fn rejects_an_unknown_review_status_with_its_location() {
        let mut sources = HistorySources::bundled();
        sources.session_reviews.text =
            sources
                .session_reviews
                .text
                .replacen("concluding_observations_adopted", "adoptd", 1);
        let error = load_history(&sources)
            .expect_err("bad status is rejected")
            .to_string();
        assert!(
            error.starts_with("data/tb_session_reviews.csv:2:"),
            "{error}"
        );
        assert!(
            error.contains("unknown review status \"adoptd\""),
            "{error}"
        );
    }
}
