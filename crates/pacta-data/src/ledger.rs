//! Loading the registry: the catalogue (TOML), the States, the UNTC status rows and the
//! CMW declarations (CSV), checked against each other, into a [`Dataset`].
//!
//! Every row is converted into [`TreatyAction`]s exactly as UNTC prints it; nothing is
//! inferred here beyond what a column says. Cross-checks that make the data trustworthy
//! (the party flag, the status date, the catalogue's dates against UNTC's text) fail the
//! load instead of passing silently.

use jiff::civil::Date;
use pacta_core::catalogue::{CommitteeInfo, Interpretation};
use pacta_core::participant::{EUROPEAN_UNION, ParticipantKind, RegionalGroup};
use pacta_core::{
    ActionKind, Catalogue, Committee, Instrument, InstrumentCode, Participant, ParticipantCode,
    Registry, TreatyAction,
};
use serde::{Deserialize, Serialize};

use crate::error::Location;
use crate::table::{Row, Table};
use crate::{DataError, Source, Sources};

/// What UNTC prints about an instrument on its status page (data/treaties.csv).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UntcInstrument {
    pub code: InstrumentCode,
    /// The depositary's chapter number (`IV-13`).
    pub mtdsg_no: String,
    pub title: String,
    pub concluded: String,
    pub entry_into_force_text: String,
    pub signatories: u32,
    pub parties: u32,
    pub status_as_at: Date,
    pub url: String,
}

/// Everything the bundled files say, checked: the registry and UNTC's page facts.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub registry: Registry,
    pub untc: Vec<UntcInstrument>,
}

impl Dataset {
    pub fn untc(&self, code: &InstrumentCode) -> Option<&UntcInstrument> {
        self.untc.iter().find(|u| &u.code == code)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueFile {
    interpretation: Interpretation,
    committee: Vec<CommitteeInfo>,
    instrument: Vec<Instrument>,
}

/// Parse and check every file; all or nothing.
pub fn load(sources: &Sources) -> Result<Dataset, DataError> {
    let catalogue = parse_catalogue(&sources.catalogue)?;
    let participants = parse_states(&sources.states)?;
    let untc = parse_treaties(&sources.treaties, &catalogue)?;
    let (mut actions, status_as_at) = parse_ratifications(&sources.ratifications, &catalogue)?;
    actions.extend(parse_cmw_declarations(
        &sources.cmw_declarations,
        status_as_at,
    )?);
    let registry =
        Registry::new(catalogue, participants, actions, status_as_at).map_err(|error| {
            DataError::File {
                file: sources.ratifications.name.clone(),
                message: error.to_string(),
            }
        })?;
    Ok(Dataset { registry, untc })
}

fn parse_catalogue(source: &Source) -> Result<Catalogue, DataError> {
    let file: CatalogueFile = toml::from_str(&source.text).map_err(|error| {
        let (line, column) = error
            .span()
            .map(|span| line_and_column(&source.text, span.start))
            .unwrap_or((0, 0));
        DataError::invalid(
            Location {
                file: source.name.clone(),
                line,
                column: Some(column),
                field: None,
            },
            error.message().to_string(),
        )
    })?;
    Catalogue::new(file.interpretation, file.committee, file.instrument).map_err(|error| {
        DataError::File {
            file: source.name.clone(),
            message: error.to_string(),
        }
    })
}

/// 1-based line and column of a byte offset.
fn line_and_column(text: &str, offset: usize) -> (u64, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map_or(before.len(), |nl| before.len() - nl - 1)
        + 1;
    (line as u64, column)
}

fn parse_states(source: &Source) -> Result<Vec<Participant>, DataError> {
    let columns = [
        "iso3",
        "iso_short_name",
        "untc_name",
        "un_status",
        "un_regional_group",
        "regional_group_note",
    ];
    let table = Table::parse(source, &columns)?;
    table
        .rows()
        .map(|row| {
            let kind = match row.required("un_status")? {
                "un_member_state" => ParticipantKind::UnMemberState,
                "non_member_observer_state" => ParticipantKind::NonMemberObserverState,
                "non_member_state" => ParticipantKind::NonMemberState,
                "regional_integration_organization" => {
                    ParticipantKind::RegionalIntegrationOrganization
                }
                other => return Err(row.error("un_status", format!("unknown status \"{other}\""))),
            };
            let untc_name = row.required("untc_name")?.to_string();
            let code = participant_code(&row, kind)?;
            let regional_group = row
                .optional("un_regional_group")
                .map(|text| {
                    RegionalGroup::parse(text).ok_or_else(|| {
                        row.error(
                            "un_regional_group",
                            format!("unknown regional group \"{text}\""),
                        )
                    })
                })
                .transpose()?;
            Ok(Participant {
                code,
                name: row
                    .optional("iso_short_name")
                    .unwrap_or(&untc_name)
                    .to_string(),
                untc_name,
                kind,
                regional_group,
                regional_group_note: row.optional("regional_group_note").map(str::to_string),
            })
        })
        .collect()
}

/// ISO alpha-3 from the row, or `EU` for the one regional integration organization.
fn participant_code(row: &Row, kind: ParticipantKind) -> Result<ParticipantCode, DataError> {
    match (row.optional("iso3"), kind) {
        (None, ParticipantKind::RegionalIntegrationOrganization) => {
            Ok(ParticipantCode::parse(EUROPEAN_UNION).expect("EU is a valid participant code"))
        }
        (Some(text), _) => ParticipantCode::parse(text).ok_or_else(|| {
            row.error(
                "iso3",
                format!("invalid ISO 3166-1 alpha-3 code \"{text}\""),
            )
        }),
        (None, _) => Err(row.error("iso3", "value is missing")),
    }
}

fn parse_treaties(
    source: &Source,
    catalogue: &Catalogue,
) -> Result<Vec<UntcInstrument>, DataError> {
    let columns = [
        "instrument",
        "mtdsg_no",
        "treaty_body",
        "title",
        "concluded",
        "entry_into_force_text",
        "untc_signatories_count",
        "untc_parties_count",
        "status_as_at",
        "untc_url",
    ];
    let table = Table::parse(source, &columns)?;
    let mut untc = Vec::new();
    for row in table.rows() {
        let instrument = known_instrument(&row, "instrument", catalogue)?;
        let committee: Committee = row.required("treaty_body")?.parse().map_err(
            |e: pacta_core::committee::UnknownCommittee| row.error("treaty_body", e.to_string()),
        )?;
        if committee != instrument.committee {
            return Err(row.error(
                "treaty_body",
                format!(
                    "UNTC names {committee} but the catalogue says {}",
                    instrument.committee
                ),
            ));
        }
        let eif_text = row.required("entry_into_force_text")?;
        // UNTC wins over the catalogue (DOMAIN.md, "Read with the data"): the two must agree.
        let untc_eif = eif_text
            .split(',')
            .next()
            .and_then(|prefix| Date::strptime("%d %B %Y", prefix.trim()).ok())
            .ok_or_else(|| {
                row.error(
                    "entry_into_force_text",
                    "no leading date (\"4 January 1969, …\")",
                )
            })?;
        if untc_eif != instrument.entry_into_force {
            return Err(row.error(
                "entry_into_force_text",
                format!(
                    "UNTC gives {untc_eif} for {} but data/catalogue.toml says {}",
                    instrument.code, instrument.entry_into_force
                ),
            ));
        }
        untc.push(UntcInstrument {
            code: instrument.code.clone(),
            mtdsg_no: row.required("mtdsg_no")?.to_string(),
            title: row.required("title")?.to_string(),
            concluded: row.required("concluded")?.to_string(),
            entry_into_force_text: eif_text.to_string(),
            signatories: row.number("untc_signatories_count")?,
            parties: row.number("untc_parties_count")?,
            status_as_at: row
                .date("status_as_at")?
                .ok_or_else(|| row.error("status_as_at", "value is missing"))?,
            url: row.required("untc_url")?.to_string(),
        });
    }
    for instrument in catalogue.instruments() {
        if !untc.iter().any(|u| u.code == instrument.code) {
            return Err(DataError::File {
                file: source.name.clone(),
                message: format!("no row for {}", instrument.code),
            });
        }
    }
    Ok(untc)
}

fn known_instrument<'c>(
    row: &Row,
    column: &str,
    catalogue: &'c Catalogue,
) -> Result<&'c Instrument, DataError> {
    let code = row.required(column)?;
    catalogue
        .instrument(code)
        .ok_or_else(|| row.error(column, format!("unknown instrument \"{code}\"")))
}

fn action_kind(
    row: &Row,
    column: &str,
    allowed: fn(ActionKind) -> bool,
) -> Result<ActionKind, DataError> {
    let text = row.required(column)?;
    ActionKind::parse(text)
        .filter(|kind| allowed(*kind))
        .ok_or_else(|| row.error(column, format!("unknown action \"{text}\"")))
}

/// One action per signature and per consent; a bracketed consent is also a
/// denunciation whose date UNTC does not print.
fn parse_ratifications(
    source: &Source,
    catalogue: &Catalogue,
) -> Result<(Vec<TreatyAction>, Date), DataError> {
    let columns = [
        "instrument",
        "participant_untc",
        "iso3",
        "signature_date",
        "signature_type",
        "consent_date",
        "consent_type",
        "is_party_as_at_status_date",
        "consent_bracketed",
        "signature_bracketed",
        "untc_footnotes",
        "status_as_at",
    ];
    let table = Table::parse(source, &columns)?;
    let mut actions = Vec::new();
    let mut status_as_at: Option<Date> = None;
    for row in table.rows() {
        let instrument = known_instrument(&row, "instrument", catalogue)?;
        let participant = match row.optional("iso3") {
            Some(text) => ParticipantCode::parse(text).ok_or_else(|| {
                row.error(
                    "iso3",
                    format!("invalid ISO 3166-1 alpha-3 code \"{text}\""),
                )
            })?,
            None if row.text("participant_untc") == "European Union" => {
                ParticipantCode::parse(EUROPEAN_UNION).expect("EU is a valid participant code")
            }
            None => return Err(row.error("iso3", "value is missing")),
        };
        let row_status = row
            .date("status_as_at")?
            .ok_or_else(|| row.error("status_as_at", "value is missing"))?;
        match status_as_at {
            None => status_as_at = Some(row_status),
            Some(date) if date != row_status => {
                return Err(row.error(
                    "status_as_at",
                    format!("{row_status} differs from the file's {date}"),
                ));
            }
            Some(_) => {}
        }
        let footnotes = row
            .optional("untc_footnotes")
            .map(|f| format!("UNTC footnote(s) {f}"));
        let action = |kind, date, note| TreatyAction {
            instrument: instrument.code.clone(),
            participant: participant.clone(),
            kind,
            date,
            effective: None,
            article: None,
            note,
        };
        let signature_date = row.date("signature_date")?;
        if let Some(date) = signature_date {
            let kind = action_kind(&row, "signature_type", ActionKind::is_signature)?;
            let note = row
                .boolean("signature_bracketed")?
                .then(|| "UNTC prints this signature in brackets".to_string());
            actions.push(action(kind, Some(date), note));
        } else if row.optional("signature_type").is_some() {
            return Err(row.error("signature_date", "signature type given without a date"));
        }
        let consent_date = row.date("consent_date")?;
        let bracketed = row.boolean("consent_bracketed")?;
        if let Some(date) = consent_date {
            let kind = action_kind(&row, "consent_type", ActionKind::is_consent)?;
            actions.push(action(kind, Some(date), footnotes.clone()));
            if bracketed {
                actions.push(action(
                    ActionKind::Denunciation,
                    None,
                    Some(format!(
                        "UNTC prints the consent in brackets: denounced, date not given in the data ({})",
                        footnotes.as_deref().unwrap_or("no footnote")
                    )),
                ));
            }
        } else if row.optional("consent_type").is_some() || bracketed {
            return Err(row.error(
                "consent_date",
                "consent type or brackets given without a date",
            ));
        }
        let party = row.boolean("is_party_as_at_status_date")?;
        if party != (consent_date.is_some() && !bracketed) {
            return Err(row.error(
                "is_party_as_at_status_date",
                format!("says {party}, but the consent columns say otherwise"),
            ));
        }
    }
    let status_as_at = status_as_at.ok_or_else(|| DataError::File {
        file: source.name.clone(),
        message: "no rows".to_string(),
    })?;
    Ok((actions, status_as_at))
}

/// CMW arts. 76 and 77 declarations (UNTC IV-13 declarations section).
fn parse_cmw_declarations(
    source: &Source,
    status_as_at: Date,
) -> Result<Vec<TreatyAction>, DataError> {
    let columns = [
        "iso3",
        "recognizes_art76_interstate",
        "recognizes_art77_individual",
        "declaration_date",
        "declaration_heading_in_untc",
        "note",
        "status_as_at",
    ];
    let table = Table::parse(source, &columns)?;
    let mut actions = Vec::new();
    for row in table.rows() {
        let participant = ParticipantCode::parse(row.required("iso3")?)
            .ok_or_else(|| row.error("iso3", "invalid ISO 3166-1 alpha-3 code"))?;
        if row.date("status_as_at")? != Some(status_as_at) {
            return Err(row.error(
                "status_as_at",
                format!("differs from the ledger's {status_as_at}"),
            ));
        }
        let date = row.date("declaration_date")?;
        let heading = row.required("declaration_heading_in_untc")?;
        let note = Some(match row.optional("note") {
            Some(note) => format!("{heading}; {note}"),
            None => heading.to_string(),
        });
        let declaration = |article: Option<&str>| TreatyAction {
            instrument: InstrumentCode::new("ICRMW"),
            participant: participant.clone(),
            kind: ActionKind::Declaration,
            date,
            effective: None,
            article: article.map(str::to_string),
            note: note.clone(),
        };
        let art76 = row.boolean("recognizes_art76_interstate")?;
        let art77 = row.boolean("recognizes_art77_individual")?;
        if art76 {
            actions.push(declaration(Some("76")));
        }
        if art77 {
            actions.push(declaration(Some("77")));
        }
        if !art76 && !art77 {
            // A declaration that recognizes nothing yet (Türkiye): kept, under no article.
            actions.push(declaration(None));
        }
    }
    Ok(actions)
}
