//! The parser of [`Symbol`]s and its positional error.
//!
//! A hand-written recursive-descent parser over components (text between
//! `/`, and between the `-` that joins the parts of a joint general comment).
//! It never allocates on the success path except for the result, never
//! panics (it only slices at ASCII separators it has found), and reports the
//! first component that does not fit. It is not lenient: it does not trim,
//! change case or guess.

use std::fmt;

use crate::Committee;

use super::{Document, HriMeeting, ReportNumbers, ReportingKind, StateCode, Suffix, Symbol};
use super::{SESSIONS, YEARS};

/// A string that is not a symbol of this module's grammar: where the first
/// component that does not fit starts, and what was expected there.
///
/// `position` is a 0-based byte offset into the input; `component` the 1-based
/// index of that component, counting the components split by `/` and by the
/// `-` joining the parts of a joint general comment. When a component is
/// missing, both point just past the end of the input.
///
/// ```
/// use pacta_core::symbol::{Expected, Symbol};
/// let error = Symbol::parse("CMW/C/MEX/XX/4").unwrap_err();
/// assert_eq!(error.position(), 10);
/// assert_eq!(error.component(), 4);
/// assert_eq!(error.expected(), Expected::StateDocument);
/// assert_eq!(error.found(), "XX");
/// assert_eq!(
///     error.to_string(),
///     "invalid symbol \"CMW/C/MEX/XX/4\": component 4 at byte 10: \
///      expected a report number or CO, Q, QPR, RQ, found \"XX\""
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid symbol \"{input}\": component {component} at byte {position}: expected {expected}, found {}",
    Found { found, at_end: *position >= input.len() }
)]
pub struct SymbolError {
    input: String,
    position: usize,
    component: usize,
    expected: Expected,
    found: String,
}

impl SymbolError {
    /// The 0-based byte offset where the offending component starts.
    pub fn position(&self) -> usize {
        self.position
    }

    /// The 1-based index of the offending component.
    pub fn component(&self) -> usize {
        self.component
    }

    /// What the grammar allows there.
    pub fn expected(&self) -> Expected {
        self.expected
    }

    /// The offending text (up to the next separator); empty when missing.
    pub fn found(&self) -> &str {
        &self.found
    }

    /// The whole input.
    pub fn input(&self) -> &str {
        &self.input
    }
}

struct Found<'a> {
    found: &'a str,
    at_end: bool,
}

impl fmt::Display for Found<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.found.is_empty(), self.at_end) {
            (true, true) => f.write_str("the end of the symbol"),
            (true, false) => f.write_str("an empty component"),
            (false, _) => write!(f, "\"{}\"", self.found),
        }
    }
}

/// What the grammar allows at the component where parsing stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Expected {
    /// The first component.
    Series,
    /// `C` after a treaty body's acronym (`CMW/C`).
    CommitteeC,
    /// `C` or `OP` after `CAT`.
    CatSubseries,
    /// `C.12` or a year after `E`.
    EcosocSubseries,
    /// `RES` or a session after `A`.
    GeneralAssemblySubseries,
    /// `MC` or `ICM` after `HRI`.
    HriSubseries,
    /// The component after a committee's prefix; what it may be depends on the
    /// committee (CESCR's summary records carry a year, the SPT has no State
    /// documents or general comments).
    TreatyBodyDocument(Committee),
    /// After a State code.
    StateDocument,
    /// After `CO`, `Q`, `QPR` or `RQ`.
    ReportNumbers,
    /// The number after `SR.`.
    MeetingNumber,
    /// A session number, or a year, before a document number.
    SessionOrYear,
    /// A session number.
    Session,
    /// A year.
    Year,
    /// A document number.
    DocumentNumber,
    /// After a CESCR year: `SR.n` or a document number.
    CescrYearDocument,
    /// After a year in another committee's series, where `SR.` is not allowed.
    DocumentNumberNotSummaryRecord,
    /// The number after `GC/`.
    GeneralCommentNumber,
    /// The series of the next part of a joint general comment.
    JointSeries,
    /// `GC` in the next part of a joint general comment.
    JointGc,
    /// A committee not yet named in the joint general comment.
    DistinctCommittee,
    /// An ASCII hyphen where an en dash was written.
    AsciiHyphen,
    /// A suffix, the reissue marker, or the end.
    Suffix,
    /// In a later part of a joint general comment: the first part's suffix.
    SameSuffix(Suffix),
    /// In a later part of a joint general comment: no more suffixes than the first part.
    PartEnd,
    /// Nothing after the reissue marker.
    End,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Series => f.write_str(
                "a series: CERD/C, CCPR/C, E/C.12, CEDAW/C, CAT/C, CAT/OP, CRC/C, CMW/C, CRPD/C, \
                 CED/C, A, E or HRI",
            ),
            Expected::CommitteeC => f.write_str("C"),
            Expected::CatSubseries => f.write_str("C or OP"),
            Expected::EcosocSubseries => f.write_str("C.12 or a year (1946 or later)"),
            Expected::GeneralAssemblySubseries => f.write_str("RES or a session number (1-999)"),
            Expected::HriSubseries => f.write_str("MC or ICM"),
            Expected::TreatyBodyDocument(Committee::Cescr) => f.write_str(
                "a State code (three capital letters), GC, a session number, a year (before \
                 SR.n: CESCR numbers its summary records per year) or a document number",
            ),
            Expected::TreatyBodyDocument(Committee::Spt) => f.write_str(
                "SR.n, a session number, a year or a document number (the SPT has no State \
                 reports or general comments)",
            ),
            Expected::TreatyBodyDocument(_) => f.write_str(
                "a State code (three capital letters), SR.n, GC, a session number, a year or a \
                 document number",
            ),
            Expected::StateDocument => f.write_str("a report number or CO, Q, QPR, RQ"),
            Expected::ReportNumbers => {
                f.write_str("a report number (1-999) or combined report numbers such as 5-6")
            }
            Expected::MeetingNumber => f.write_str("SR. and a meeting number"),
            Expected::SessionOrYear => {
                f.write_str("a session number (1-999) or a year (1946 or later)")
            }
            Expected::Session => f.write_str("a session number (1-999)"),
            Expected::Year => f.write_str("a year (1946 or later)"),
            Expected::DocumentNumber => f.write_str("a document number"),
            Expected::CescrYearDocument => f.write_str("SR.n or a document number"),
            Expected::DocumentNumberNotSummaryRecord => {
                f.write_str("a document number (only CESCR numbers its summary records per year)")
            }
            Expected::GeneralCommentNumber => f.write_str("a general comment number"),
            Expected::JointSeries => f.write_str(
                "the series of the next committee of a joint general comment (such as CRC/C)",
            ),
            Expected::JointGc => f.write_str("GC (the parts of a joint general comment are GC)"),
            Expected::DistinctCommittee => {
                f.write_str("a committee not already named in this joint general comment")
            }
            Expected::AsciiHyphen => {
                f.write_str("an ASCII hyphen - (mastheads print an en dash, symbols use -)")
            }
            Expected::Suffix => f.write_str(
                "a suffix (Add.n, Amend.n, Corr.n, Rev.n), the reissue marker -* or the end of \
                 the symbol",
            ),
            Expected::SameSuffix(suffix) => write!(
                f,
                "/{suffix} (every part of a joint general comment repeats the first part's suffixes)"
            ),
            Expected::PartEnd => f.write_str(
                "- or the end of the symbol (every part of a joint general comment has the same \
                 suffixes as the first)",
            ),
            Expected::End => {
                f.write_str("the end of the symbol (the reissue marker -* comes last; a masthead's trailing * is a footnote mark, write /-*)")
            }
        }
    }
}

type Result<T> = std::result::Result<T, SymbolError>;

pub(super) fn parse(input: &str) -> Result<Symbol> {
    parse_exact(input)
        .map(|(symbol, _)| symbol)
        .map_err(|error| {
            // A masthead prints a footnote mark after the symbol (`CAT/C/63/4*`):
            // if that is the only fault, say so at the `*`.
            let Some(trimmed) = input.strip_suffix('*') else {
                return error;
            };
            match parse_exact(trimmed) {
                Ok((_, last_component)) => SymbolError {
                    input: input.to_string(),
                    position: trimmed.len(),
                    component: last_component,
                    expected: Expected::End,
                    found: "*".to_string(),
                },
                Err(_) => error,
            }
        })
}

/// The symbol and the index of its last component.
fn parse_exact(input: &str) -> Result<(Symbol, usize)> {
    let mut parser = Parser {
        input,
        pos: 0,
        component: 1,
    };
    let (document, suffixes) = parser.symbol_body()?;
    let reissued = parser.reissue()?;
    let symbol = Symbol {
        document,
        suffixes,
        reissued,
    };
    Ok((symbol, parser.component))
}

struct Parser<'a> {
    input: &'a str,
    /// Byte offset of the start of the current component.
    pos: usize,
    /// 1-based index of the current component.
    component: usize,
}

/// A number as symbols write it: digits only, no leading zero, at least 1,
/// fitting in a `u32`.
fn number(text: &str) -> Option<u32> {
    let bytes = text.as_bytes();
    if bytes.is_empty() || bytes[0] == b'0' || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    text.parse().ok()
}

fn year(text: &str) -> Option<i16> {
    let value = number(text)?;
    let year = i16::try_from(value).ok()?;
    (text.len() == 4 && YEARS.contains(&year)).then_some(year)
}

fn session(text: &str) -> Option<u32> {
    number(text).filter(|value| SESSIONS.contains(value))
}

fn report_numbers(text: &str) -> Option<ReportNumbers> {
    match text.split_once('-') {
        None => ReportNumbers::single(number(text)?).ok(),
        Some((first, last)) => {
            let (first, last) = (number(first)?, number(last)?);
            // "5-5" is refused: it would be written "5".
            (first < last).then(|| ReportNumbers::new(first, last).ok())?
        }
    }
}

fn suffix(text: &str) -> Option<Suffix> {
    let (constructor, rest): (fn(u32) -> Suffix, &str) =
        if let Some(rest) = text.strip_prefix("Add.") {
            (Suffix::Add, rest)
        } else if let Some(rest) = text.strip_prefix("Amend.") {
            (Suffix::Amend, rest)
        } else if let Some(rest) = text.strip_prefix("Corr.") {
            (Suffix::Corr, rest)
        } else if let Some(rest) = text.strip_prefix("Rev.") {
            (Suffix::Rev, rest)
        } else {
            return None;
        };
    number(rest).map(constructor)
}

/// The committees whose prefix is `{ACRONYM}/C` (CAT and CESCR are apart).
fn committee_with_c(acronym: &str) -> Option<Committee> {
    match acronym {
        "CERD" => Some(Committee::Cerd),
        "CCPR" => Some(Committee::Ccpr),
        "CEDAW" => Some(Committee::Cedaw),
        "CRC" => Some(Committee::Crc),
        "CMW" => Some(Committee::Cmw),
        "CRPD" => Some(Committee::Crpd),
        "CED" => Some(Committee::Ced),
        _ => None,
    }
}

fn is_state_code(text: &str) -> bool {
    StateCode::new(text).is_ok()
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        &self.input[self.pos..]
    }

    /// The current component: the rest up to the next `/`.
    fn text(&self) -> &'a str {
        let rest = self.rest();
        rest.split('/').next().unwrap_or(rest)
    }

    /// The current component up to the next `/` or `-` (inside a general
    /// comment, where `-` joins parts).
    fn text_to_dash(&self) -> &'a str {
        let rest = self.rest();
        rest.split(['/', '-']).next().unwrap_or(rest)
    }

    fn error_found(&self, expected: Expected, found: &str) -> SymbolError {
        SymbolError {
            input: self.input.to_string(),
            position: self.pos,
            component: self.component,
            expected,
            found: found.to_string(),
        }
    }

    fn error(&self, expected: Expected) -> SymbolError {
        self.error_found(expected, self.text())
    }

    /// If `text` holds an en dash, the error pointing at it.
    fn en_dash(&self, text: &str) -> Option<SymbolError> {
        let offset = text.find('\u{2013}')?;
        Some(SymbolError {
            input: self.input.to_string(),
            position: self.pos + offset,
            component: self.component,
            expected: Expected::AsciiHyphen,
            found: "\u{2013}".to_string(),
        })
    }

    /// Consumes `len` bytes of the current component.
    fn take(&mut self, len: usize) {
        self.pos += len;
    }

    /// Consumes a `/` and moves to the next component, which must exist:
    /// otherwise the error says what was `expected` there.
    fn separator(&mut self, expected: Expected) -> Result<()> {
        match self.rest().as_bytes().first() {
            Some(b'/') => {
                self.pos += 1;
                self.component += 1;
                Ok(())
            }
            None => {
                self.component += 1;
                Err(self.error(expected))
            }
            // Unreachable while every caller consumes whole components; kept
            // as an error rather than a panic.
            Some(_) => Err(self.error(expected)),
        }
    }

    fn symbol_body(&mut self) -> Result<(Document, Vec<Suffix>)> {
        let first = self.text();
        match first {
            "A" => {
                self.take(1);
                self.separator(Expected::GeneralAssemblySubseries)?;
                let document = self.general_assembly()?;
                Ok((document, self.suffixes(false, None)?))
            }
            "E" => {
                self.take(1);
                self.separator(Expected::EcosocSubseries)?;
                let text = self.text();
                if text == "C.12" {
                    self.take(text.len());
                    return self.treaty_body(Committee::Cescr);
                }
                let Some(year) = year(text) else {
                    return Err(self.error(Expected::EcosocSubseries));
                };
                self.take(text.len());
                let number = self.document_number()?;
                let document = Document::Ecosoc { year, number };
                Ok((document, self.suffixes(false, None)?))
            }
            "HRI" => {
                self.take(3);
                self.separator(Expected::HriSubseries)?;
                let meeting = match self.text() {
                    "MC" => HriMeeting::MeetingOfChairs,
                    "ICM" => HriMeeting::InterCommitteeMeeting,
                    _ => return Err(self.error(Expected::HriSubseries)),
                };
                self.take(meeting.component().len());
                self.separator(Expected::Year)?;
                let Some(year) = year(self.text()) else {
                    return Err(self.error(Expected::Year));
                };
                self.take(4);
                let number = self.document_number()?;
                let document = Document::Hri {
                    meeting,
                    year,
                    number,
                };
                Ok((document, self.suffixes(false, None)?))
            }
            _ => {
                let committee = self.committee_prefix(Expected::Series)?;
                self.treaty_body(committee)
            }
        }
    }

    /// Parses `{ACRONYM}/C` or `CAT/OP` (not `E/C.12`, which shares `E` with
    /// ECOSOC and is handled by the caller, except in joint parts).
    fn committee_prefix(&mut self, expected: Expected) -> Result<Committee> {
        let first = self.text();
        if first == "E" && expected == Expected::JointSeries {
            self.take(1);
            self.separator(Expected::EcosocSubseries)?;
            if self.text() != "C.12" {
                return Err(self.error(Expected::EcosocSubseries));
            }
            self.take(4);
            return Ok(Committee::Cescr);
        }
        if first == "CAT" {
            self.take(3);
            self.separator(Expected::CatSubseries)?;
            let committee = match self.text() {
                "C" => Committee::Cat,
                "OP" => Committee::Spt,
                _ => return Err(self.error(Expected::CatSubseries)),
            };
            self.take(self.text().len());
            return Ok(committee);
        }
        let Some(committee) = committee_with_c(first) else {
            return Err(self.error(expected));
        };
        self.take(first.len());
        self.separator(Expected::CommitteeC)?;
        if self.text() != "C" {
            return Err(self.error(Expected::CommitteeC));
        }
        self.take(1);
        Ok(committee)
    }

    /// After a committee's prefix.
    fn treaty_body(&mut self, committee: Committee) -> Result<(Document, Vec<Suffix>)> {
        let expected = Expected::TreatyBodyDocument(committee);
        self.separator(expected)?;
        let text = self.text();
        if let Some(meeting) = text.strip_prefix("SR.") {
            if committee == Committee::Cescr {
                return Err(self.error(expected));
            }
            let Some(meeting) = number(meeting) else {
                return Err(self.error(Expected::MeetingNumber));
            };
            self.take(text.len());
            let document = Document::SummaryRecord {
                committee,
                year: None,
                meeting,
            };
            return Ok((document, self.suffixes(false, None)?));
        }
        if text == "GC" && committee != Committee::Spt {
            return self.general_comment(committee);
        }
        if is_state_code(text) && committee != Committee::Spt {
            self.take(3);
            let document = self.reporting(committee, text)?;
            return Ok((document, self.suffixes(false, None)?));
        }
        if !text.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(self.error(expected));
        }
        let document = self.numbered(committee)?;
        Ok((document, self.suffixes(false, None)?))
    }

    /// `{state}/[CO|Q|QPR|RQ/]{reports}`, the State code consumed.
    fn reporting(&mut self, committee: Committee, state: &str) -> Result<Document> {
        let state = StateCode::new(state)
            .map_err(|_| self.error(Expected::TreatyBodyDocument(committee)))?;
        self.separator(Expected::StateDocument)?;
        let text = self.text();
        let kind = match text {
            "CO" => Some(ReportingKind::ConcludingObservations),
            "Q" => Some(ReportingKind::ListOfIssues),
            "QPR" => Some(ReportingKind::ListOfIssuesPriorToReporting),
            "RQ" => Some(ReportingKind::RepliesToListOfIssues),
            _ if text.starts_with(|c: char| c.is_ascii_digit()) => None,
            _ => return Err(self.error(Expected::StateDocument)),
        };
        if kind.is_some() {
            self.take(text.len());
            self.separator(Expected::ReportNumbers)?;
        }
        let text = self.text();
        if let Some(error) = self.en_dash(text) {
            return Err(error);
        }
        let Some(reports) = report_numbers(text) else {
            return Err(self.error(Expected::ReportNumbers));
        };
        self.take(text.len());
        Ok(Document::Reporting {
            committee,
            state,
            kind: kind.unwrap_or(ReportingKind::StateReport),
            reports,
        })
    }

    /// `{n}`, `{session}/{n}`, `{year}/{n}` or (CESCR) `{year}/SR.{n}`.
    fn numbered(&mut self, committee: Committee) -> Result<Document> {
        let text = self.text();
        let first_pos = (self.pos, self.component);
        let Some(first) = number(text) else {
            return Err(self.error(Expected::TreatyBodyDocument(committee)));
        };
        self.take(text.len());
        let next = self.rest().strip_prefix('/').unwrap_or("");
        let next_is_number = next.starts_with(|c: char| c.is_ascii_digit());
        let next_is_record = next.starts_with("SR.");
        if !next_is_number && !next_is_record {
            // `{TB}/C/{n}`, perhaps followed by suffixes.
            return Ok(Document::SeriesDocument {
                committee,
                number: first,
            });
        }
        let as_year = year(text);
        let as_session = session(text);
        if next_is_record {
            if committee != Committee::Cescr {
                self.separator(Expected::DocumentNumber)?;
                return Err(self.error(Expected::DocumentNumberNotSummaryRecord));
            }
            let Some(year) = as_year else {
                (self.pos, self.component) = first_pos;
                return Err(self.error(Expected::Year));
            };
            self.separator(Expected::CescrYearDocument)?;
            let record = self.text();
            // `record` starts with the ASCII "SR." checked above.
            let Some(meeting) = number(&record[3..]) else {
                return Err(self.error(Expected::MeetingNumber));
            };
            self.take(record.len());
            return Ok(Document::SummaryRecord {
                committee,
                year: Some(year),
                meeting,
            });
        }
        match (as_year, as_session) {
            (Some(year), _) => {
                let number = self.document_number()?;
                Ok(Document::YearDocument {
                    committee,
                    year,
                    number,
                })
            }
            (None, Some(session)) => {
                let number = self.document_number()?;
                Ok(Document::SessionDocument {
                    committee,
                    session,
                    number,
                })
            }
            (None, None) => {
                (self.pos, self.component) = first_pos;
                Err(self.error(Expected::SessionOrYear))
            }
        }
    }

    /// `/` and a document number.
    fn document_number(&mut self) -> Result<u32> {
        self.separator(Expected::DocumentNumber)?;
        let text = self.text();
        let Some(value) = number(text) else {
            return Err(self.error(Expected::DocumentNumber));
        };
        self.take(text.len());
        Ok(value)
    }

    /// After `A/`.
    fn general_assembly(&mut self) -> Result<Document> {
        let text = self.text();
        let resolution = text == "RES";
        if resolution {
            self.take(3);
            self.separator(Expected::Session)?;
        }
        let text = self.text();
        let Some(session) = session(text) else {
            let expected = if resolution {
                Expected::Session
            } else {
                Expected::GeneralAssemblySubseries
            };
            return Err(self.error(expected));
        };
        self.take(text.len());
        let number = self.document_number()?;
        Ok(if resolution {
            Document::GeneralAssemblyResolution { session, number }
        } else {
            Document::GeneralAssembly { session, number }
        })
    }

    /// `GC/{n}` and its suffixes, then any further `-{prefix}/GC/{n}` parts,
    /// each repeating the first part's suffixes. At the `GC` component.
    fn general_comment(&mut self, first: Committee) -> Result<(Document, Vec<Suffix>)> {
        let mut committee = first;
        let mut parts: Vec<(Committee, u32)> = Vec::new();
        let mut reference: Option<Vec<Suffix>> = None;
        loop {
            self.take(2); // "GC", checked by the caller
            self.separator(Expected::GeneralCommentNumber)?;
            let text = self.text_to_dash();
            if let Some(error) = self.en_dash(self.text()) {
                return Err(error);
            }
            let Some(value) = number(text) else {
                return Err(self.error_found(Expected::GeneralCommentNumber, text));
            };
            self.take(text.len());
            parts.push((committee, value));
            let suffixes = self.suffixes(true, reference.as_deref())?;
            if reference.is_none() {
                reference = Some(suffixes);
            }
            if !self.rest().starts_with('-') {
                break;
            }
            self.pos += 1;
            self.component += 1;
            let part_start = (self.pos, self.component);
            committee = self.committee_prefix(Expected::JointSeries)?;
            if parts.iter().any(|(seen, _)| *seen == committee) || committee == Committee::Spt {
                let found = &self.input[part_start.0..self.pos];
                (self.pos, self.component) = part_start;
                let expected = if committee == Committee::Spt {
                    Expected::JointSeries
                } else {
                    Expected::DistinctCommittee
                };
                return Err(self.error_found(expected, found));
            }
            self.separator(Expected::JointGc)?;
            if self.text_to_dash() != "GC" {
                return Err(self.error(Expected::JointGc));
            }
        }
        let suffixes = reference.unwrap_or_default();
        Ok((Document::GeneralComment { parts }, suffixes))
    }

    /// Suffixes up to the end, the reissue marker, or (inside a general
    /// comment, `in_part`) the `-` before the next part. In a later part of a
    /// joint general comment, each must equal the `reference` (first part's).
    fn suffixes(&mut self, in_part: bool, reference: Option<&[Suffix]>) -> Result<Vec<Suffix>> {
        let mut suffixes = Vec::new();
        loop {
            let rest = self.rest();
            if !rest.starts_with('/') || rest.starts_with("/-") {
                // The end of this part: the end, the reissue marker, the `-`
                // before the next part, or text that `reissue` will refuse.
                if let Some(wanted) = reference.and_then(|r| r.get(suffixes.len())) {
                    let after = rest.strip_prefix('/').unwrap_or(rest);
                    let found = after.split('/').next().unwrap_or(after);
                    self.component += 1;
                    return Err(self.error_found(Expected::SameSuffix(*wanted), found));
                }
                return Ok(suffixes);
            }
            self.pos += 1;
            self.component += 1;
            let text = if in_part {
                self.text_to_dash()
            } else {
                self.text()
            };
            let parsed = suffix(text);
            // (No let chain: the workspace's rust-version is 1.85.)
            if let (None, Some(error)) = (parsed, self.en_dash(self.text())) {
                return Err(error);
            }
            if let Some(reference) = reference {
                let wanted = reference.get(suffixes.len());
                if parsed.as_ref() != wanted {
                    let expected = wanted.map_or(Expected::PartEnd, |w| Expected::SameSuffix(*w));
                    return Err(self.error(expected));
                }
            }
            let Some(parsed) = parsed else {
                return Err(self.error(Expected::Suffix));
            };
            self.take(text.len());
            suffixes.push(parsed);
        }
    }

    /// An optional final `/-*`; then the input must end.
    fn reissue(&mut self) -> Result<bool> {
        let rest = self.rest();
        if rest.is_empty() {
            return Ok(false);
        }
        if !rest.starts_with('/') {
            // A trailing `*` or other text glued to a component.
            return Err(self.error(Expected::End));
        }
        self.pos += 1;
        self.component += 1;
        if self.text() != "-*" {
            return Err(self.error(Expected::Suffix));
        }
        self.take(2);
        if self.rest().is_empty() {
            return Ok(true);
        }
        self.pos += 1;
        self.component += 1;
        Err(self.error(Expected::End))
    }
}
