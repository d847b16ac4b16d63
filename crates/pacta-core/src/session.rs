//! Sessions and meetings of a committee: numbered sessions with their dates, numbered
//! meetings with their day, times, place (and its IANA time zone), publicity, agenda and
//! whether a summary record covers all or part of them.
//!
//! Not here: the summary records themselves ([`crate::record`]), the work a session did
//! ([`crate::summary`]) and any calendar of future sessions (the planner). Times are civil
//! times at the meeting's place; the place carries its time zone, so an instant is only
//! formed on request ([`Meeting::starts_at`]). Legal dates elsewhere have no time zone.

use std::fmt;

use jiff::Zoned;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use serde::{Serialize, Serializer};

use crate::Committee;
use crate::symbol::{Symbol, SymbolBuildError};

/// Where a committee meets, with the IANA time zone of the place (Geneva: `Europe/Zurich`;
/// New York: `America/New_York`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// As the summary record prints it: "Palais Wilson, Geneva".
    pub name: String,
    #[serde(serialize_with = "serialize_time_zone")]
    pub time_zone: TimeZone,
}

fn serialize_time_zone<S: Serializer>(tz: &TimeZone, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(tz.iana_name().unwrap_or("unknown"))
}

impl Place {
    /// The IANA name of the place's time zone.
    pub fn time_zone_name(&self) -> &str {
        self.time_zone.iana_name().unwrap_or("unknown")
    }
}

/// Whether a meeting is open to the public (CMW rule 23, CMW/C/2, on public and private
/// meetings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Publicity {
    Public,
    Private,
    /// A private part and a public part.
    PartlyPrivate,
}

impl Publicity {
    pub fn parse(input: &str) -> Option<Publicity> {
        match input {
            "public" => Some(Publicity::Public),
            "private" => Some(Publicity::Private),
            "partly_private" => Some(Publicity::PartlyPrivate),
            _ => None,
        }
    }
}

/// How much of a meeting its summary record covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordCoverage {
    /// "Summary record of the 593rd meeting".
    Full,
    /// "Summary record (partial)* of the 608th meeting": only part of the meeting is recorded
    /// (CMW/C/SR.409, 472, 530, 608).
    Partial,
    /// No summary record was issued ("No summary records were issued for the 598th to 607th
    /// meetings", CMW/C/SR.608, footnote).
    None,
}

impl RecordCoverage {
    pub fn parse(input: &str) -> Option<RecordCoverage> {
        match input {
            "full" => Some(RecordCoverage::Full),
            "partial" => Some(RecordCoverage::Partial),
            "none" => Some(RecordCoverage::None),
            _ => None,
        }
    }
}

/// A meeting that opens or closes its session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingRole {
    Opening,
    Closing,
}

impl MeetingRole {
    pub fn parse(input: &str) -> Option<MeetingRole> {
        match input {
            "opening" => Some(MeetingRole::Opening),
            "closing" => Some(MeetingRole::Closing),
            _ => None,
        }
    }
}

/// How a committee numbers its meetings, and so its summary records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingNumbering {
    /// One count across sessions: the 571st meeting opened CMW's 39th session and the 593rd
    /// was in its 40th (CMW/C/SR.571, CMW/C/SR.593; DOMAIN.md §3.4).
    AcrossSessions,
    /// A new count each year: E/C.12/2019/SR.29 is CESCR's 29th meeting of 2019.
    PerYear,
}

impl MeetingNumbering {
    /// CESCR numbers per year (its summary records carry the year, E/C.12/2019/SR.29); every
    /// other committee across sessions (CMW/C/SR.608, CRC/C/SR.2448, CERD/C/SR.2556). The same
    /// split as [`Symbol::summary_record`].
    pub fn of(committee: Committee) -> MeetingNumbering {
        match committee {
            Committee::Cescr => MeetingNumbering::PerYear,
            _ => MeetingNumbering::AcrossSessions,
        }
    }
}

/// A numbered session of a committee and its dates, where a source gives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Session {
    pub committee: Committee,
    pub number: u32,
    pub start: Option<Date>,
    pub end: Option<Date>,
    /// How the dates were established ("dates in provisional agenda CMW/C/39/1").
    pub date_basis: String,
    pub source: String,
}

impl Session {
    /// Whether `date` falls within the session's known dates (`None` when a bound is missing).
    pub fn contains(&self, date: Date) -> Option<bool> {
        Some(self.start? <= date && date <= self.end?)
    }
}

/// A meeting of a committee, as its summary record (or another source) describes it.
///
/// Invariant (checked by [`Meeting::new`]): the times that are known come in order —
/// convened for ≤ called to order ≤ covered discussion began ≤ rose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Meeting {
    pub committee: Committee,
    pub session: u32,
    pub number: u32,
    pub date: Date,
    pub place: Option<Place>,
    /// "Held … at 3 p.m.": the time the meeting was convened for.
    pub scheduled: Option<Time>,
    /// "The meeting was called to order at 3.05 p.m."
    pub called_to_order: Option<Time>,
    /// "The discussion covered in the summary record began at 4.35 p.m." (partial records).
    pub covered_from: Option<Time>,
    /// "The meeting rose at 5 p.m."
    pub rose: Option<Time>,
    pub publicity: Option<Publicity>,
    /// `None` when the source does not say whether a record exists.
    pub record: Option<RecordCoverage>,
    pub role: Option<MeetingRole>,
    /// The agenda items under "Contents", in order.
    pub agenda: Vec<String>,
    pub chair: Option<String>,
    /// The record's footnotes, verbatim.
    pub footnotes: Vec<String>,
    pub source: String,
}

/// Times of a meeting that contradict each other.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("meeting {number}: {later_name} {later} is before {earlier_name} {earlier}")]
pub struct MeetingTimeError {
    pub number: u32,
    pub earlier_name: &'static str,
    pub earlier: Time,
    pub later_name: &'static str,
    pub later: Time,
}

impl Meeting {
    /// Checks the order of the known times and returns the meeting.
    pub fn new(meeting: Meeting) -> Result<Meeting, MeetingTimeError> {
        let times = [
            ("the time it was convened for", meeting.scheduled),
            ("the call to order", meeting.called_to_order),
            ("the start of the covered discussion", meeting.covered_from),
            ("the time it rose", meeting.rose),
        ];
        let known: Vec<(&'static str, Time)> = times
            .into_iter()
            .filter_map(|(name, time)| time.map(|t| (name, t)))
            .collect();
        for pair in known.windows(2) {
            let ((earlier_name, earlier), (later_name, later)) = (pair[0], pair[1]);
            if later < earlier {
                return Err(MeetingTimeError {
                    number: meeting.number,
                    earlier_name,
                    earlier,
                    later_name,
                    later,
                });
            }
        }
        Ok(meeting)
    }

    /// The symbol of the meeting's summary record, derived from the meeting, never stored:
    /// `CMW/C/SR.608`; for CESCR, which numbers per year, `E/C.12/2019/SR.29`.
    pub fn summary_record_symbol(&self) -> Result<Symbol, SymbolBuildError> {
        Symbol::summary_record(self.committee, self.number, self.date.year())
    }

    /// When the meeting was convened, as an instant at its place, if the place and the time
    /// are known: the 608th, "Palais Wilson, Geneva, on Thursday, 17 April 2025, at 3 p.m.", is
    /// `2025-04-17T15:00:00+02:00[Europe/Zurich]`.
    pub fn starts_at(&self) -> Option<Zoned> {
        let place = self.place.as_ref()?;
        let time = self.scheduled.or(self.called_to_order)?;
        self.date
            .at(time.hour(), time.minute(), 0, 0)
            .to_zoned(place.time_zone.clone())
            .ok()
    }
}

impl fmt::Display for Meeting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} meeting ({})",
            self.committee,
            numbered(self.number),
            self.date
        )
    }
}

/// "608th", "571st", "593rd", "512th".
pub fn numbered(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Meetings whose numbers contradict the committee's numbering.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MeetingOrderError {
    #[error("{committee} meeting {number} appears twice{}", year.map(|y| format!(" in {y}")).unwrap_or_default())]
    Duplicate {
        committee: Committee,
        number: u32,
        year: Option<i16>,
    },
    #[error(
        "{committee} numbers its meetings {numbering}, but meeting {later} ({later_date}, session {later_session}) comes before meeting {earlier} ({earlier_date}, session {earlier_session})"
    )]
    OutOfOrder {
        committee: Committee,
        numbering: &'static str,
        earlier: u32,
        earlier_date: Date,
        earlier_session: u32,
        later: u32,
        later_date: Date,
        later_session: u32,
    },
}

/// Checks that meeting numbers follow the committee's numbering: unique, and rising with the
/// date (and the session) across sessions, or within each year for CESCR. Returns the first
/// contradiction, naming both meetings.
pub fn check_meeting_order(meetings: &[Meeting]) -> Result<(), MeetingOrderError> {
    let mut sorted: Vec<&Meeting> = meetings.iter().collect();
    let numbering = |m: &Meeting| MeetingNumbering::of(m.committee);
    let key = |m: &Meeting| match numbering(m) {
        MeetingNumbering::AcrossSessions => (m.committee, None, m.number),
        MeetingNumbering::PerYear => (m.committee, Some(m.date.year()), m.number),
    };
    sorted.sort_by_key(|m| key(m));
    for pair in sorted.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let (ka, kb) = (key(a), key(b));
        if (ka.0, ka.1) != (kb.0, kb.1) {
            continue;
        }
        if ka.2 == kb.2 {
            return Err(MeetingOrderError::Duplicate {
                committee: a.committee,
                number: a.number,
                year: ka.1,
            });
        }
        if b.date < a.date || b.session < a.session {
            return Err(MeetingOrderError::OutOfOrder {
                committee: a.committee,
                numbering: match numbering(a) {
                    MeetingNumbering::AcrossSessions => "continuously across sessions",
                    MeetingNumbering::PerYear => "per year",
                },
                earlier: a.number,
                earlier_date: a.date,
                earlier_session: a.session,
                later: b.number,
                later_date: b.date,
                later_session: b.session,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use jiff::civil::{date, time};

    use super::*;

    fn meeting(committee: Committee, session: u32, number: u32, on: Date) -> Meeting {
        Meeting {
            committee,
            session,
            number,
            date: on,
            place: None,
            scheduled: None,
            called_to_order: None,
            covered_from: None,
            rose: None,
            publicity: None,
            record: None,
            role: None,
            agenda: Vec::new(),
            chair: None,
            footnotes: Vec::new(),
            source: "test".to_string(),
        }
    }

    #[test]
    fn summary_record_symbols_are_derived_from_the_meeting() {
        // CMW/C/SR.608 (17 April 2025); E/C.12/2019/SR.29 (CESCR numbers per year).
        let cmw = meeting(Committee::Cmw, 40, 608, date(2025, 4, 17));
        assert_eq!(
            cmw.summary_record_symbol().unwrap().to_string(),
            "CMW/C/SR.608"
        );
        let cescr = meeting(Committee::Cescr, 66, 29, date(2019, 10, 1));
        assert_eq!(
            cescr.summary_record_symbol().unwrap().to_string(),
            "E/C.12/2019/SR.29"
        );
    }

    #[test]
    fn cmw_meeting_numbers_run_on_across_sessions() {
        // CMW/C/SR.571 opened the 39th session on 2 Dec 2024; CMW/C/SR.593 (8 Apr 2025) is in
        // the 40th and CMW/C/SR.608 (17 Apr 2025) closed it.
        let good = [
            meeting(Committee::Cmw, 39, 571, date(2024, 12, 2)),
            meeting(Committee::Cmw, 40, 593, date(2025, 4, 8)),
            meeting(Committee::Cmw, 40, 608, date(2025, 4, 17)),
        ];
        assert_eq!(check_meeting_order(&good), Ok(()));
        // A 40th-session meeting numbered below the 39th's opening contradicts the numbering.
        let bad = [
            meeting(Committee::Cmw, 39, 571, date(2024, 12, 2)),
            meeting(Committee::Cmw, 40, 570, date(2025, 4, 8)),
        ];
        let error = check_meeting_order(&bad).unwrap_err();
        assert!(
            error.to_string().contains("continuously across sessions"),
            "{error}"
        );
    }

    #[test]
    fn cescr_meeting_numbers_restart_each_year() {
        // E/C.12/2019/SR.29 and a 29th meeting in 2020 are different meetings.
        let meetings = [
            meeting(Committee::Cescr, 66, 29, date(2019, 10, 1)),
            meeting(Committee::Cescr, 67, 29, date(2020, 2, 20)),
        ];
        assert_eq!(check_meeting_order(&meetings), Ok(()));
        let duplicate = [
            meeting(Committee::Cescr, 66, 29, date(2019, 10, 1)),
            meeting(Committee::Cescr, 66, 29, date(2019, 10, 2)),
        ];
        assert!(matches!(
            check_meeting_order(&duplicate),
            Err(MeetingOrderError::Duplicate {
                year: Some(2019),
                ..
            })
        ));
    }

    #[test]
    fn meeting_times_must_come_in_order() {
        // CMW/C/SR.608: held at 3 p.m., covered discussion from 4.35 p.m., rose at 5 p.m.
        let mut ok = meeting(Committee::Cmw, 40, 608, date(2025, 4, 17));
        ok.scheduled = Some(time(15, 0, 0, 0));
        ok.covered_from = Some(time(16, 35, 0, 0));
        ok.rose = Some(time(17, 0, 0, 0));
        assert!(Meeting::new(ok.clone()).is_ok());
        let mut bad = ok;
        bad.rose = Some(time(16, 0, 0, 0));
        let error = Meeting::new(bad).unwrap_err();
        assert_eq!(
            error.to_string(),
            "meeting 608: the time it rose 16:00:00 is before the start of the covered discussion 16:35:00"
        );
    }

    #[test]
    fn a_geneva_meeting_starts_at_an_instant_in_europe_zurich() {
        let mut m = meeting(Committee::Cmw, 40, 608, date(2025, 4, 17));
        m.scheduled = Some(time(15, 0, 0, 0));
        m.place = Some(Place {
            name: "Palais Wilson, Geneva".to_string(),
            time_zone: TimeZone::fixed(jiff::tz::offset(2)),
        });
        let start = m.starts_at().unwrap();
        assert_eq!(start.timestamp().to_string(), "2025-04-17T13:00:00Z");
    }

    #[test]
    fn meeting_numbers_take_english_suffixes() {
        for (n, expected) in [
            (571, "571st"),
            (593, "593rd"),
            (592, "592nd"),
            (608, "608th"),
            (511, "511th"),
            (512, "512th"),
            (513, "513th"),
        ] {
            assert_eq!(numbered(n), expected);
        }
    }
}
