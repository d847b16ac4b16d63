//! The documents register: each document by its UN symbol, with what its masthead says
//! (date, distribution, original language, language versions), its length against the
//! word limits, and its links to review cycles, sessions and meetings.
//!
//! Most of an entry is *derived from the symbol* (body, State, kind, the report numbers,
//! the (committee, number) pairs of a general comment) rather than stored twice. Not here:
//! document texts, the general-comments register with titles and adoption history (issue 6),
//! or common core documents, whose `HRI/CORE/…` symbols the grammar does not know yet
//! (their word limit is here all the same: [`ReportCategory::CommonCoreDocument`]).

use std::fmt;

use jiff::civil::Date;
use serde::Serialize;

use crate::Committee;
use crate::symbol::{Document, ReportNumbers, ReportingKind, StateCode, Symbol};

/// Who may receive a document (masthead "Distr.: General"; "Distr.: Limited" for drafts such
/// as CRC/SP/1995/L.1/Rev.1; "Distr.: Restricted", A/HRC/WG.7/1/CRP.4; DOMAIN.md §7.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Distribution {
    General,
    Limited,
    Restricted,
}

impl Distribution {
    pub fn parse(input: &str) -> Option<Distribution> {
        match input {
            "general" => Some(Distribution::General),
            "limited" => Some(Distribution::Limited),
            "restricted" => Some(Distribution::Restricted),
            _ => None,
        }
    }
}

/// The six official languages of the United Nations, by ISO 639-1 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::Ar,
        Language::Zh,
        Language::En,
        Language::Fr,
        Language::Ru,
        Language::Es,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Language::Ar => "ar",
            Language::Zh => "zh",
            Language::En => "en",
            Language::Fr => "fr",
            Language::Ru => "ru",
            Language::Es => "es",
        }
    }

    pub fn parse(input: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == input)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The documents the word limits distinguish.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportCategory {
    /// An initial report, including replies to a LOIPR that constitute it, and a combined
    /// report that includes the initial one.
    InitialReport,
    /// A periodic report, including replies to a LOIPR that constitute it.
    PeriodicReport,
    CommonCoreDocument,
    /// Replies to a list of issues (traditional procedure): an advisable length, not a limit.
    RepliesToListOfIssues,
}

/// A word limit and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WordLimit {
    pub category: ReportCategory,
    pub words: u32,
    /// `true` where the figure is advice ("advisable"), not a limit.
    pub advisory: bool,
    pub source: &'static str,
}

/// The word limit of a category (OHCHR, "Guidelines and tools for treaty body reporting";
/// GA resolution 68/268, para. 16; DOMAIN.md §5, §9.12): periodic reports 21,200 words,
/// initial reports 31,800, common core documents 42,400, replies to a list of issues
/// advisably 10,700.
pub fn word_limit(category: ReportCategory) -> WordLimit {
    let source = "OHCHR, Guidelines and tools for treaty body reporting; A/RES/68/268, para. 16";
    let (words, advisory) = match category {
        ReportCategory::PeriodicReport => (21_200, false),
        ReportCategory::InitialReport => (31_800, false),
        ReportCategory::CommonCoreDocument => (42_400, false),
        ReportCategory::RepliesToListOfIssues => (10_700, true),
    };
    WordLimit {
        category,
        words,
        advisory,
        source,
    }
}

/// A length checked against its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WordCheck {
    pub words: u32,
    pub limit: WordLimit,
    /// More words than the limit; a text exactly at the limit is within it.
    pub over_limit: bool,
}

/// `words` against the limit of `category` (DOMAIN.md §10.4 #51–#53).
pub fn check_words(category: ReportCategory, words: u32) -> WordCheck {
    let limit = word_limit(category);
    WordCheck {
        words,
        limit,
        over_limit: words > limit.words,
    }
}

/// The category of a report from its numbers: initial if it includes the initial report.
pub fn report_category(reports: ReportNumbers) -> ReportCategory {
    if reports.first() == 1 {
        ReportCategory::InitialReport
    } else {
        ReportCategory::PeriodicReport
    }
}

/// Something a document belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "to", rename_all = "snake_case")]
pub enum Link {
    /// The review cycle of a State's report(s) under a committee.
    Cycle {
        committee: Committee,
        state: StateCode,
        reports: ReportNumbers,
    },
    Session {
        committee: Committee,
        session: u32,
    },
    Meeting {
        committee: Committee,
        meeting: u32,
    },
}

/// One document of the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentEntry {
    pub symbol: Symbol,
    /// The title as printed, where a source gives it.
    pub title: Option<String>,
    /// The date of the document (its masthead date).
    pub date: Option<Date>,
    pub distribution: Option<Distribution>,
    pub original_language: Option<Language>,
    /// The language versions issued ("English, French and Spanish only").
    pub languages: Vec<Language>,
    pub words: Option<u32>,
    /// The session the document belongs to, where the symbol does not say it.
    pub session: Option<u32>,
    /// The meeting the document belongs to, where the symbol does not say it.
    pub meeting: Option<u32>,
    pub source: String,
}

impl DocumentEntry {
    /// A bare entry for a symbol, with nothing known beyond it.
    pub fn new(symbol: Symbol, source: impl Into<String>) -> DocumentEntry {
        DocumentEntry {
            symbol,
            title: None,
            date: None,
            distribution: None,
            original_language: None,
            languages: Vec::new(),
            words: None,
            session: None,
            meeting: None,
            source: source.into(),
        }
    }

    /// The committees whose document it is (two for a joint general comment).
    pub fn body(&self) -> Vec<Committee> {
        self.symbol.committees()
    }

    /// The State a reporting document is about.
    pub fn state(&self) -> Option<StateCode> {
        self.symbol.state()
    }

    /// The (committee, number) pairs of a general comment: one, or two for a joint one
    /// (`CMW/C/GC/3-CRC/C/GC/22` → `[(CMW, 3), (CRC, 22)]`).
    pub fn general_comment(&self) -> Option<&[(Committee, u32)]> {
        match self.symbol.document() {
            Document::GeneralComment { parts } => Some(parts),
            _ => None,
        }
    }

    /// The word-limit category, for State reports and replies to lists of issues.
    pub fn report_category(&self) -> Option<ReportCategory> {
        match self.symbol.document() {
            Document::Reporting {
                kind: ReportingKind::StateReport,
                reports,
                ..
            } => Some(report_category(*reports)),
            Document::Reporting {
                kind: ReportingKind::RepliesToListOfIssues,
                ..
            } => Some(ReportCategory::RepliesToListOfIssues),
            _ => None,
        }
    }

    /// The length against its limit, where both are known.
    pub fn word_check(&self) -> Option<WordCheck> {
        Some(check_words(self.report_category()?, self.words?))
    }

    /// What the document belongs to: its cycle (reporting documents), its session (sessional
    /// documents, or as recorded), its meeting (summary records, or as recorded).
    pub fn links(&self) -> Vec<Link> {
        let mut links = Vec::new();
        match self.symbol.document() {
            Document::Reporting {
                committee,
                state,
                reports,
                ..
            } => links.push(Link::Cycle {
                committee: *committee,
                state: *state,
                reports: *reports,
            }),
            Document::SessionDocument {
                committee, session, ..
            } => links.push(Link::Session {
                committee: *committee,
                session: *session,
            }),
            Document::SummaryRecord {
                committee, meeting, ..
            } => links.push(Link::Meeting {
                committee: *committee,
                meeting: *meeting,
            }),
            _ => {}
        }
        if let [committee] = self.body().as_slice() {
            let recorded = [
                self.session.map(|session| Link::Session {
                    committee: *committee,
                    session,
                }),
                self.meeting.map(|meeting| Link::Meeting {
                    committee: *committee,
                    meeting,
                }),
            ];
            for link in recorded.into_iter().flatten() {
                if !links.contains(&link) {
                    links.push(link);
                }
            }
        }
        links
    }
}

/// Two entries for one document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{symbol} is registered twice")]
pub struct DuplicateDocument {
    pub symbol: Symbol,
}

/// The register: one entry per symbol.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Register {
    entries: Vec<DocumentEntry>,
}

impl Register {
    /// Adds an entry; a second entry for the same symbol is refused and the register is
    /// unchanged.
    pub fn insert(&mut self, entry: DocumentEntry) -> Result<(), DuplicateDocument> {
        if self.get(&entry.symbol).is_some() {
            return Err(DuplicateDocument {
                symbol: entry.symbol,
            });
        }
        self.entries.push(entry);
        Ok(())
    }

    pub fn get(&self, symbol: &Symbol) -> Option<&DocumentEntry> {
        self.entries.iter().find(|e| &e.symbol == symbol)
    }

    pub fn entries(&self) -> &[DocumentEntry] {
        &self.entries
    }

    /// The documents linked to a link target, in register order.
    pub fn linked_to<'a>(&'a self, link: &'a Link) -> impl Iterator<Item = &'a DocumentEntry> {
        self.entries
            .iter()
            .filter(move |e| e.links().contains(link))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(category: ReportCategory, words: u32, over: bool) {
        assert_eq!(
            check_words(category, words).over_limit,
            over,
            "{category:?} {words}"
        );
    }

    #[test]
    fn word_counts_are_checked_against_ohchr_limits() {
        // DOMAIN.md §10.4 #51: a periodic report of 21,201 words is over the 21,200 limit.
        check(ReportCategory::PeriodicReport, 21_201, true);
        check(ReportCategory::PeriodicReport, 21_200, false);
        // #52: an initial report replying to a LOIPR (CMW/C/MRT/QPR/1) at exactly 31,800.
        check(ReportCategory::InitialReport, 31_800, false);
        check(ReportCategory::InitialReport, 31_801, true);
        // #53: a common core document of 42,401 words.
        check(ReportCategory::CommonCoreDocument, 42_401, true);
        check(ReportCategory::CommonCoreDocument, 42_400, false);
        assert!(word_limit(ReportCategory::RepliesToListOfIssues).advisory);
    }

    fn entry(symbol: &str) -> DocumentEntry {
        DocumentEntry::new(symbol.parse().unwrap(), "test")
    }

    #[test]
    fn a_combined_initial_and_second_report_has_the_initial_limit() {
        // CMW/C/JAM/1-2 includes the initial report, so 31,800 words apply.
        let mut jamaica = entry("CMW/C/JAM/1-2");
        jamaica.words = Some(25_000);
        let check = jamaica.word_check().unwrap();
        assert_eq!(check.limit.category, ReportCategory::InitialReport);
        assert!(!check.over_limit);
        let mut mexico = entry("CMW/C/MEX/4");
        mexico.words = Some(25_000);
        assert!(mexico.word_check().unwrap().over_limit);
        assert_eq!(entry("CMW/C/MEX/CO/4").word_check(), None);
    }

    #[test]
    fn a_joint_general_comment_has_two_committee_number_pairs() {
        // CMW/C/GC/3-CRC/C/GC/22 (CMW/C/SR.395); DOMAIN.md §10.3 #42.
        let joint = entry("CMW/C/GC/3-CRC/C/GC/22");
        assert_eq!(
            joint.general_comment(),
            Some(&[(Committee::Cmw, 3), (Committee::Crc, 22)][..])
        );
        assert_eq!(joint.body(), [Committee::Cmw, Committee::Crc]);
        assert_eq!(
            entry("CMW/C/GC/6").general_comment(),
            Some(&[(Committee::Cmw, 6)][..])
        );
        assert_eq!(entry("CMW/C/SR.608").general_comment(), None);
    }

    #[test]
    fn documents_link_to_their_cycle_session_and_meeting() {
        let reports = ReportNumbers::new(1, 2).unwrap();
        let state = StateCode::new("JAM").unwrap();
        assert_eq!(
            entry("CMW/C/JAM/CO/1-2").links(),
            [Link::Cycle {
                committee: Committee::Cmw,
                state,
                reports
            }]
        );
        let mut sr = entry("CMW/C/SR.608");
        sr.session = Some(40);
        assert_eq!(
            sr.links(),
            [
                Link::Meeting {
                    committee: Committee::Cmw,
                    meeting: 608
                },
                Link::Session {
                    committee: Committee::Cmw,
                    session: 40
                }
            ]
        );
        assert_eq!(
            entry("CMW/C/39/1").links(),
            [Link::Session {
                committee: Committee::Cmw,
                session: 39
            }]
        );
    }

    #[test]
    fn the_register_refuses_a_second_entry_for_a_symbol_and_stays_unchanged() {
        let mut register = Register::default();
        register.insert(entry("CMW/C/SR.608")).unwrap();
        let before = register.clone();
        let error = register.insert(entry("CMW/C/SR.608")).unwrap_err();
        assert_eq!(error.to_string(), "CMW/C/SR.608 is registered twice");
        assert_eq!(register, before);
    }
}
