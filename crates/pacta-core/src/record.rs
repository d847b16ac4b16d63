//! Summary records: the symbol derived from the meeting, the date of issue, whether the
//! record is partial, and the rules for correcting it — one week from the date of the
//! document, by memorandum, consolidated into one corrigendum after the session, with
//! corrected records reissued for technical reasons.
//!
//! The correction deadline is always computed, never stored: CMW/C/SR.608, dated 29 April
//! 2025, may be corrected until 6 May 2025 (DOMAIN.md §10.3 #47). Not here: the text of
//! records, the meetings themselves ([`crate::session`]) or the documents register
//! ([`crate::document`]).

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

use crate::Committee;
use crate::session::{Meeting, Publicity, RecordCoverage};
use crate::symbol::{Symbol, SymbolBuildError};

/// Days from the date of a summary record within which corrections must be sent: "They
/// should be sent within one week of the date of the present record" (CMW/C/SR.608, masthead
/// note; UN Geneva, "What are summary records?").
pub const CORRECTION_DAYS: i64 = 7;

/// The summary record of a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SummaryRecord {
    /// Derived from the meeting ([`Meeting::summary_record_symbol`]).
    pub symbol: Symbol,
    pub committee: Committee,
    pub session: u32,
    pub meeting: u32,
    pub meeting_date: Date,
    /// "Summary record (partial)": only part of the meeting is recorded.
    pub partial: bool,
    /// The date of the document (its masthead date), if known.
    pub issued: Option<Date>,
    /// The record's footnotes, verbatim ("* No summary record was prepared for the rest of
    /// the meeting.").
    pub footnotes: Vec<String>,
    pub publicity: Option<Publicity>,
}

/// Where a record's correction window stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum CorrectionWindow {
    /// The date of issue is not known, so neither is the deadline.
    Unknown,
    /// Corrections are accepted until `until`, inclusive.
    Open { until: Date },
    /// The window closed after `until`.
    Closed { until: Date },
}

/// How a correction was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CorrectionForm {
    /// "set forth in a memorandum and also incorporated in a copy of the record" (CMW/C/SR.608).
    Memorandum,
    /// Anything else (an e-mail with no memorandum, a telephone call).
    Other,
}

/// A correction a delegation or member sends for a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Correction {
    pub received: Date,
    pub form: CorrectionForm,
}

/// A correction the rules refuse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CorrectionError {
    #[error(
        "{symbol}: correction received {received}, after the deadline {deadline} (one week from the date of the record, {issued})"
    )]
    Late {
        symbol: Symbol,
        received: Date,
        deadline: Date,
        issued: Date,
    },
    #[error("{symbol}: correction received {received}, before the record was issued on {issued}")]
    BeforeIssue {
        symbol: Symbol,
        received: Date,
        issued: Date,
    },
    #[error(
        "{symbol}: corrections must be set forth in a memorandum and incorporated in a copy of the record"
    )]
    NotAMemorandum { symbol: Symbol },
    #[error(
        "{symbol}: the date of the record is not known, so the correction deadline is not either"
    )]
    DateUnknown { symbol: Symbol },
}

impl SummaryRecord {
    /// The summary record of `meeting`, issued on `issued` (if known). `None` when the meeting
    /// has no record or the source does not say it has one.
    pub fn of(
        meeting: &Meeting,
        issued: Option<Date>,
    ) -> Option<Result<SummaryRecord, SymbolBuildError>> {
        let partial = match meeting.record? {
            RecordCoverage::Full => false,
            RecordCoverage::Partial => true,
            RecordCoverage::None => return None,
        };
        Some(meeting.summary_record_symbol().map(|symbol| SummaryRecord {
            symbol,
            committee: meeting.committee,
            session: meeting.session,
            meeting: meeting.number,
            meeting_date: meeting.date,
            partial,
            issued,
            footnotes: meeting.footnotes.clone(),
            publicity: meeting.publicity,
        }))
    }

    /// The last day corrections are accepted: one week from the date of the record
    /// (CMW/C/SR.608, 29 April 2025 → 6 May 2025; CMW/C/SR.571, 4 December 2024 → 11 December
    /// 2024; DOMAIN.md §10.3 #47–#48).
    pub fn correction_deadline(&self) -> Option<Date> {
        self.issued
            .and_then(|issued| issued.checked_add(CORRECTION_DAYS.days()).ok())
    }

    /// Whether corrections are still accepted on `on`.
    pub fn correction_window(&self, on: Date) -> CorrectionWindow {
        match self.correction_deadline() {
            None => CorrectionWindow::Unknown,
            Some(until) if on <= until => CorrectionWindow::Open { until },
            Some(until) => CorrectionWindow::Closed { until },
        }
    }

    /// Checks a correction against the rules: a memorandum, received from the date of the
    /// record to one week after it. Accepted corrections go into the session's consolidated
    /// corrigendum ([`consolidated_corrigendum`]).
    pub fn check_correction(&self, correction: &Correction) -> Result<(), CorrectionError> {
        let symbol = || self.symbol.clone();
        if correction.form != CorrectionForm::Memorandum {
            return Err(CorrectionError::NotAMemorandum { symbol: symbol() });
        }
        let (Some(issued), Some(deadline)) = (self.issued, self.correction_deadline()) else {
            return Err(CorrectionError::DateUnknown { symbol: symbol() });
        };
        if correction.received < issued {
            return Err(CorrectionError::BeforeIssue {
                symbol: symbol(),
                received: correction.received,
                issued,
            });
        }
        if correction.received > deadline {
            return Err(CorrectionError::Late {
                symbol: symbol(),
                received: correction.received,
                deadline,
                issued,
            });
        }
        Ok(())
    }

    /// The symbol of the record when reissued for technical reasons after accepted corrections
    /// ("Any corrected records of the public meetings … will be reissued for technical reasons
    /// after the end of the session", CMW/C/SR.608): the library guide's final component `/-*`
    /// (DOMAIN.md §7.1). How the reissue is printed on a masthead is not confirmed **[U]**.
    pub fn reissue_symbol(&self) -> Symbol {
        self.symbol.clone().reissued()
    }
}

/// The one corrigendum that gathers every accepted correction to the records of a session's
/// public meetings, issued shortly after the session ends (UN Geneva, "What are summary
/// records?"; DOMAIN.md §7.4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsolidatedCorrigendum {
    pub committee: Committee,
    pub session: u32,
    /// The corrected records, by symbol, in meeting order.
    pub records: Vec<Symbol>,
    /// Not before this day: the session's last day, where known.
    pub not_before: Option<Date>,
    /// Always `None`: the symbol of the consolidated corrigendum is not confirmed
    /// (DOMAIN.md §9.11), so pacta does not make one up.
    pub symbol: Option<Symbol>,
    pub symbol_note: &'static str,
}

/// The consolidated corrigendum of a session, given its records that received accepted
/// corrections. Records of private meetings are left out (the consolidation is of public
/// meetings' records). `None` when no public record was corrected.
pub fn consolidated_corrigendum(
    committee: Committee,
    session: u32,
    session_end: Option<Date>,
    corrected: &[&SummaryRecord],
) -> Option<ConsolidatedCorrigendum> {
    let mut records: Vec<&SummaryRecord> = corrected
        .iter()
        .copied()
        .filter(|r| r.committee == committee && r.session == session)
        .filter(|r| r.publicity != Some(Publicity::Private))
        .collect();
    records.sort_by_key(|r| r.meeting);
    records.dedup_by_key(|r| r.meeting);
    if records.is_empty() {
        return None;
    }
    Some(ConsolidatedCorrigendum {
        committee,
        session,
        records: records.iter().map(|r| r.symbol.clone()).collect(),
        not_before: session_end,
        symbol: None,
        symbol_note: "the symbol of the consolidated corrigendum is not confirmed (DOMAIN.md §9.11)",
    })
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn record(meeting: u32, issued: Option<Date>) -> SummaryRecord {
        SummaryRecord {
            symbol: Symbol::summary_record(Committee::Cmw, meeting, 2025).unwrap(),
            committee: Committee::Cmw,
            session: 40,
            meeting,
            meeting_date: date(2025, 4, 17),
            partial: false,
            issued,
            footnotes: Vec::new(),
            publicity: None,
        }
    }

    fn check_deadline(issued: Date, expected: Date) {
        assert_eq!(
            record(608, Some(issued)).correction_deadline(),
            Some(expected)
        );
    }

    #[test]
    fn corrections_are_due_one_week_from_the_date_of_the_record() {
        // DOMAIN.md §10.3 #47: CMW/C/SR.608 dated 2025-04-29 → 2025-05-06.
        check_deadline(date(2025, 4, 29), date(2025, 5, 6));
        // #48: CMW/C/SR.571 issued 2024-12-04 → 2024-12-11.
        check_deadline(date(2024, 12, 4), date(2024, 12, 11));
        // Across a year end.
        check_deadline(date(2024, 12, 28), date(2025, 1, 4));
        assert_eq!(record(608, None).correction_deadline(), None);
    }

    #[test]
    fn the_window_is_open_through_the_deadline_and_closed_after() {
        let sr608 = record(608, Some(date(2025, 4, 29)));
        let until = date(2025, 5, 6);
        assert_eq!(
            sr608.correction_window(date(2025, 5, 6)),
            CorrectionWindow::Open { until }
        );
        assert_eq!(
            sr608.correction_window(date(2025, 5, 7)),
            CorrectionWindow::Closed { until }
        );
    }

    #[test]
    fn a_correction_must_be_a_memorandum_sent_within_the_week() {
        let sr608 = record(608, Some(date(2025, 4, 29)));
        let memo = |received| Correction {
            received,
            form: CorrectionForm::Memorandum,
        };
        assert_eq!(sr608.check_correction(&memo(date(2025, 5, 6))), Ok(()));
        assert!(matches!(
            sr608.check_correction(&memo(date(2025, 5, 7))),
            Err(CorrectionError::Late { .. })
        ));
        assert!(matches!(
            sr608.check_correction(&Correction {
                received: date(2025, 5, 2),
                form: CorrectionForm::Other
            }),
            Err(CorrectionError::NotAMemorandum { .. })
        ));
        let late = sr608.check_correction(&memo(date(2025, 5, 7))).unwrap_err();
        assert_eq!(
            late.to_string(),
            "CMW/C/SR.608: correction received 2025-05-07, after the deadline 2025-05-06 (one week from the date of the record, 2025-04-29)"
        );
    }

    #[test]
    fn one_consolidated_corrigendum_gathers_the_public_records_and_has_no_invented_symbol() {
        let a = record(608, Some(date(2025, 4, 29)));
        let b = record(593, Some(date(2025, 4, 23)));
        let mut private = record(600, Some(date(2025, 4, 25)));
        private.publicity = Some(Publicity::Private);
        let corrigendum =
            consolidated_corrigendum(Committee::Cmw, 40, None, &[&a, &b, &private, &a]).unwrap();
        let symbols: Vec<String> = corrigendum
            .records
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(symbols, ["CMW/C/SR.593", "CMW/C/SR.608"]);
        assert_eq!(corrigendum.symbol, None);
        assert!(corrigendum.symbol_note.contains("§9.11"));
        assert_eq!(
            consolidated_corrigendum(Committee::Cmw, 40, None, &[&private]),
            None
        );
    }

    #[test]
    fn a_corrected_record_is_reissued_for_technical_reasons() {
        let sr608 = record(608, Some(date(2025, 4, 29)));
        assert_eq!(sr608.reissue_symbol().to_string(), "CMW/C/SR.608/-*");
    }
}
