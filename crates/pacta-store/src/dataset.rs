//! The bundled data in the database: [`Store::import`] writes a [`pacta_data::Dataset`]
//! in one transaction, [`Store::load_dataset`] reads it back into the same registry.
//!
//! An import is all or nothing and idempotent: the files are parsed and checked first
//! (`pacta_data::load`), then, in one transaction, the data in force is replaced only if
//! the files' content hash differs from the one recorded. Every row is inserted alone so
//! that a rejected row is named in the error. Lists keep their file order (`position`),
//! so a load rebuilds exactly what the files build. This module holds no treaty rule:
//! the registry's derivations (participations, entry into force) are recomputed by
//! `pacta_core::Registry::new` on load, never stored.

use jiff::Timestamp;
use jiff::civil::Date;
use pacta_core::catalogue::{CommitteeInfo, Instrument, Interpretation};
use pacta_core::participant::{ParticipantKind, RegionalGroup};
use pacta_core::{
    ActionKind, Catalogue, InstrumentCode, Participant, ParticipantCode, Registry, TreatyAction,
};
use pacta_data::{Dataset, Sources, UntcInstrument};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::types::Json;

use crate::audit::{Actor, AuditEntry, insert_audit};
use crate::{BackendKind, Result, Store, StoreError, micros, on_backend};

/// Bump when the mapping from the files to the rows changes (a change in how
/// `pacta-data` parses counts), so that unchanged files are imported again.
const IMPORT_FORMAT: &str = "pacta-store import format 1";

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportChange {
    /// The database held no data; it now holds the files'.
    Imported,
    /// The database held other data; it was replaced.
    Replaced,
    /// The database already held exactly these files; nothing was written.
    Unchanged,
}

/// The rows the data in force has, per table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportCounts {
    pub committees: u64,
    pub instruments: u64,
    pub participants: u64,
    pub treaty_actions: u64,
    pub untc_instruments: u64,
}

/// The answer of [`Store::import`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportOutcome {
    pub change: ImportChange,
    /// The content hash of the files now in force (`sha256:…`, see [`content_hash`]).
    pub content_hash: String,
    /// The hash of the data this import replaced, if it replaced any.
    pub previous_hash: Option<String>,
    /// When the data in force was imported (for `Unchanged`, the earlier import).
    pub imported_at: Timestamp,
    /// The date the treaty ledger reflects (UNTC "status as at").
    pub status_as_at: Date,
    pub counts: ImportCounts,
}

/// SHA-256 of the files' contents (not their names or paths, so the bundled copy and the
/// same files in a directory hash alike), each labelled and length-prefixed, with the
/// import format. Printed `sha256:<64 hex digits>`.
pub fn content_hash(sources: &Sources) -> String {
    let mut hasher = Sha256::new();
    hasher.update(IMPORT_FORMAT.as_bytes());
    for (label, source) in [
        ("catalogue", &sources.catalogue),
        ("states", &sources.states),
        ("treaties", &sources.treaties),
        ("ratifications", &sources.ratifications),
        ("cmw_declarations", &sources.cmw_declarations),
    ] {
        hasher.update([0]);
        hasher.update(label.as_bytes());
        hasher.update((source.text.len() as u64).to_le_bytes());
        hasher.update(source.text.as_bytes());
    }
    let digest = hasher.finalize();
    let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("sha256:{hex}")
}

/// The snake_case (or UN) name serde gives a unit enum variant.
fn text_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        _ => unreachable!("only unit enums that serialize as strings are stored as text"),
    }
}

/// The inverse of [`text_of`].
fn from_text<T: DeserializeOwned>(text: &str) -> std::result::Result<T, String> {
    serde_json::from_value(serde_json::Value::String(text.to_string()))
        .map_err(|_| format!("unknown value \"{text}\""))
}

fn date_text(date: Option<Date>) -> Option<String> {
    date.map(|d| d.to_string())
}

fn counts_of(dataset: &Dataset) -> ImportCounts {
    let registry = &dataset.registry;
    ImportCounts {
        committees: registry.catalogue().committees().len() as u64,
        instruments: registry.catalogue().instruments().len() as u64,
        participants: registry.participants().len() as u64,
        treaty_actions: registry.actions().len() as u64,
        untc_instruments: dataset.untc.len() as u64,
    }
}

/// How a treaty action is named in errors: `ICRMW ZWE accession 2024-11-05`.
fn describe_action(action: &TreatyAction) -> String {
    let mut text = format!(
        "{} {} {}",
        action.instrument, action.participant, action.kind
    );
    if let Some(date) = action.date {
        text.push_str(&format!(" {date}"));
    }
    if let Some(article) = &action.article {
        text.push_str(&format!(" art. {article}"));
    }
    text
}

#[derive(sqlx::FromRow)]
struct DatasetRow {
    content_hash: String,
    imported_at: i64,
    status_as_at: String,
    interpretation: Json<Interpretation>,
    counts: Json<ImportCounts>,
}

#[derive(sqlx::FromRow)]
struct CommitteeRow {
    code: String,
    info: Json<CommitteeInfo>,
}

#[derive(sqlx::FromRow)]
struct InstrumentRow {
    code: String,
    info: Json<Instrument>,
}

#[derive(sqlx::FromRow)]
struct ParticipantRow {
    code: String,
    name: String,
    untc_name: String,
    kind: String,
    regional_group: Option<String>,
    regional_group_note: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ActionRow {
    position: i64,
    instrument: String,
    participant: String,
    kind: String,
    date: Option<String>,
    effective: Option<String>,
    article: Option<String>,
    note: Option<String>,
}

#[derive(sqlx::FromRow)]
struct UntcRow {
    code: String,
    mtdsg_no: String,
    title: String,
    concluded: String,
    entry_into_force_text: String,
    signatories: i64,
    parties: i64,
    status_as_at: String,
    url: String,
}

const SELECT_DATASET: &str = "SELECT d.content_hash, d.imported_at, d.status_as_at, \
     d.interpretation, i.counts FROM dataset d JOIN imports i ON i.id = d.import_id \
     WHERE d.id = 1";
const SELECT_COMMITTEES: &str = "SELECT code, info FROM committees ORDER BY position";
const SELECT_INSTRUMENTS: &str = "SELECT code, info FROM instruments ORDER BY position";
const SELECT_PARTICIPANTS: &str = "SELECT code, name, untc_name, kind, regional_group, \
     regional_group_note FROM participants ORDER BY position";
const SELECT_ACTIONS: &str = "SELECT position, instrument, participant, kind, date, \
     effective, article, note FROM treaty_actions ORDER BY position";
const SELECT_UNTC: &str = "SELECT code, mtdsg_no, title, concluded, entry_into_force_text, \
     signatories, parties, status_as_at, url FROM untc_instruments ORDER BY position";

const INSERT_COMMITTEE: &str = "INSERT INTO committees (code, position, name, members, \
     term_years, info) VALUES ($1, $2, $3, $4, $5, $6)";
const INSERT_INSTRUMENT: &str = "INSERT INTO instruments (code, position, kind, parent, \
     committee, short_name, entry_into_force, threshold, info) VALUES \
     ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
const INSERT_PARTICIPANT: &str = "INSERT INTO participants (code, position, name, untc_name, \
     kind, regional_group, regional_group_note) VALUES ($1, $2, $3, $4, $5, $6, $7)";
const INSERT_ACTION: &str = "INSERT INTO treaty_actions (position, instrument, participant, \
     kind, date, effective, article, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
const INSERT_UNTC: &str = "INSERT INTO untc_instruments (code, position, mtdsg_no, title, \
     concluded, entry_into_force_text, signatories, parties, status_as_at, url) VALUES \
     ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
const INSERT_IMPORT: &str = "INSERT INTO imports (content_hash, imported_at, status_as_at, \
     counts) VALUES ($1, $2, $3, $4) RETURNING id";
const UPSERT_DATASET: &str = "INSERT INTO dataset (id, import_id, content_hash, imported_at, \
     status_as_at, interpretation) VALUES (1, $1, $2, $3, $4, $5) ON CONFLICT (id) DO UPDATE \
     SET import_id = excluded.import_id, content_hash = excluded.content_hash, \
     imported_at = excluded.imported_at, status_as_at = excluded.status_as_at, \
     interpretation = excluded.interpretation";
/// Children before parents, so that foreign keys hold at every step.
const DELETE_DATA: [&str; 5] = [
    "DELETE FROM treaty_actions",
    "DELETE FROM untc_instruments",
    "DELETE FROM participants",
    "DELETE FROM instruments",
    "DELETE FROM committees",
];
/// The first statement of an import is a write, so that concurrent imports queue here:
/// SQLite takes its write lock, PostgreSQL locks the row.
const TAKE_IMPORT_LOCK: &str = "UPDATE import_lock SET taken = taken + 1 WHERE id = 1";

impl Store {
    /// Parse and check the files, then make them the data in force, in one transaction.
    ///
    /// Files that fail to load import nothing and the error names the file, line and
    /// field. Files whose content hash is the one recorded change nothing
    /// ([`ImportChange::Unchanged`]). Otherwise the old data is replaced, the import is
    /// recorded in `imports` and in the audit log, all or nothing; a row the database
    /// refuses is named in the error (`treaty_actions row 3191 (ICRMW ZWE accession 2024-11-05)`).
    pub async fn import(&self, sources: &Sources) -> Result<ImportOutcome> {
        let hash = content_hash(sources);
        let dataset = pacta_data::load(sources)?;
        self.import_dataset(&dataset, hash).await
    }

    async fn import_dataset(&self, dataset: &Dataset, hash: String) -> Result<ImportOutcome> {
        let registry = &dataset.registry;
        let catalogue = registry.catalogue();
        let counts = counts_of(dataset);
        let status_as_at = registry.status_as_at();
        let now = self.now();
        let failed = |what: String| self.db(format!("nothing imported: {what}"));
        on_backend!(self, |pool, _kind| {
            let mut tx = pool
                .begin()
                .await
                .map_err(failed("beginning the transaction".into()))?;
            sqlx::query(TAKE_IMPORT_LOCK)
                .execute(&mut *tx)
                .await
                .map_err(failed("locking the dataset".into()))?;
            let current: Option<DatasetRow> = sqlx::query_as(SELECT_DATASET)
                .fetch_optional(&mut *tx)
                .await
                .map_err(failed("reading the dataset in force".into()))?;
            if let Some(current) = &current
                && current.content_hash == hash
            {
                tx.rollback()
                    .await
                    .map_err(failed("ending the transaction".into()))?;
                return Ok(ImportOutcome {
                    change: ImportChange::Unchanged,
                    content_hash: hash,
                    previous_hash: None,
                    imported_at: self.timestamp("dataset", "1", current.imported_at)?,
                    status_as_at: self.date("dataset", "1", &current.status_as_at)?,
                    counts: current.counts.0,
                });
            }
            for statement in DELETE_DATA {
                sqlx::query(statement)
                    .execute(&mut *tx)
                    .await
                    .map_err(failed(format!("clearing the old data ({statement})")))?;
            }
            let import_id: i64 = sqlx::query_scalar(INSERT_IMPORT)
                .bind(&hash)
                .bind(micros(now))
                .bind(status_as_at.to_string())
                .bind(Json(&counts))
                .fetch_one(&mut *tx)
                .await
                .map_err(failed("recording the import".into()))?;
            for (position, committee) in catalogue.committees().iter().enumerate() {
                sqlx::query(INSERT_COMMITTEE)
                    .bind(committee.code.acronym())
                    .bind(position as i64)
                    .bind(&committee.name)
                    .bind(i64::from(committee.members))
                    .bind(i64::from(committee.term_years))
                    .bind(Json(committee))
                    .execute(&mut *tx)
                    .await
                    .map_err(failed(format!(
                        "committees row {} ({})",
                        position + 1,
                        committee.code
                    )))?;
            }
            for (position, instrument) in catalogue.instruments().iter().enumerate() {
                sqlx::query(INSERT_INSTRUMENT)
                    .bind(instrument.code.as_str())
                    .bind(position as i64)
                    .bind(text_of(&instrument.kind))
                    .bind(instrument.parent.as_ref().map(InstrumentCode::as_str))
                    .bind(instrument.committee.acronym())
                    .bind(&instrument.short_name)
                    .bind(instrument.entry_into_force.to_string())
                    .bind(i64::from(instrument.threshold))
                    .bind(Json(instrument))
                    .execute(&mut *tx)
                    .await
                    .map_err(failed(format!(
                        "instruments row {} ({})",
                        position + 1,
                        instrument.code
                    )))?;
            }
            for (position, participant) in registry.participants().iter().enumerate() {
                sqlx::query(INSERT_PARTICIPANT)
                    .bind(participant.code.as_str())
                    .bind(position as i64)
                    .bind(&participant.name)
                    .bind(&participant.untc_name)
                    .bind(text_of(&participant.kind))
                    .bind(participant.regional_group.map(RegionalGroup::name))
                    .bind(&participant.regional_group_note)
                    .execute(&mut *tx)
                    .await
                    .map_err(failed(format!(
                        "participants row {} ({})",
                        position + 1,
                        participant.code
                    )))?;
            }
            for (position, action) in registry.actions().iter().enumerate() {
                sqlx::query(INSERT_ACTION)
                    .bind(position as i64)
                    .bind(action.instrument.as_str())
                    .bind(action.participant.as_str())
                    .bind(action.kind.as_str())
                    .bind(date_text(action.date))
                    .bind(date_text(action.effective))
                    .bind(&action.article)
                    .bind(&action.note)
                    .execute(&mut *tx)
                    .await
                    .map_err(failed(format!(
                        "treaty_actions row {} ({})",
                        position + 1,
                        describe_action(action)
                    )))?;
            }
            for (position, untc) in dataset.untc.iter().enumerate() {
                sqlx::query(INSERT_UNTC)
                    .bind(untc.code.as_str())
                    .bind(position as i64)
                    .bind(&untc.mtdsg_no)
                    .bind(&untc.title)
                    .bind(&untc.concluded)
                    .bind(&untc.entry_into_force_text)
                    .bind(i64::from(untc.signatories))
                    .bind(i64::from(untc.parties))
                    .bind(untc.status_as_at.to_string())
                    .bind(&untc.url)
                    .execute(&mut *tx)
                    .await
                    .map_err(failed(format!(
                        "untc_instruments row {} ({})",
                        position + 1,
                        untc.code
                    )))?;
            }
            sqlx::query(UPSERT_DATASET)
                .bind(import_id)
                .bind(&hash)
                .bind(micros(now))
                .bind(status_as_at.to_string())
                .bind(Json(&catalogue.interpretation))
                .execute(&mut *tx)
                .await
                .map_err(failed("recording the dataset in force".into()))?;
            let entry = AuditEntry {
                actor: Actor::system("import"),
                action: "dataset.import".to_string(),
                target: "dataset".to_string(),
                before: current.as_ref().map(|current| {
                    serde_json::json!({
                        "content_hash": current.content_hash,
                        "status_as_at": current.status_as_at,
                        "counts": current.counts.0,
                    })
                }),
                after: Some(serde_json::json!({
                    "content_hash": hash,
                    "status_as_at": status_as_at,
                    "counts": counts,
                })),
            };
            insert_audit!(&mut *tx, now, entry)
                .await
                .map_err(failed("writing the audit entry".into()))?;
            tx.commit()
                .await
                .map_err(failed("committing the import".into()))?;
            Ok(ImportOutcome {
                change: if current.is_some() {
                    ImportChange::Replaced
                } else {
                    ImportChange::Imported
                },
                content_hash: hash,
                previous_hash: current.map(|current| current.content_hash),
                imported_at: now,
                status_as_at,
                counts,
            })
        })
    }

    /// The data in force, rebuilt into the registry the files build (same catalogue,
    /// participants, ledger and order, hence the same answers), read from one snapshot.
    pub async fn load_dataset(&self) -> Result<Dataset> {
        let read = |table: &str| self.db(format!("reading {table}"));
        let (head, committees, instruments, participants, actions, untc) =
            on_backend!(self, |pool, kind| {
                let mut tx = pool.begin().await.map_err(read("the dataset"))?;
                if kind == BackendKind::Postgres {
                    // One snapshot for every table, even if an import commits meanwhile
                    // (SQLite's read transactions are snapshots already).
                    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                        .execute(&mut *tx)
                        .await
                        .map_err(read("the dataset"))?;
                }
                let head: Option<DatasetRow> = sqlx::query_as(SELECT_DATASET)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(read("dataset"))?;
                let committees: Vec<CommitteeRow> = sqlx::query_as(SELECT_COMMITTEES)
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(read("committees"))?;
                let instruments: Vec<InstrumentRow> = sqlx::query_as(SELECT_INSTRUMENTS)
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(read("instruments"))?;
                let participants: Vec<ParticipantRow> = sqlx::query_as(SELECT_PARTICIPANTS)
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(read("participants"))?;
                let actions: Vec<ActionRow> = sqlx::query_as(SELECT_ACTIONS)
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(read("treaty_actions"))?;
                let untc: Vec<UntcRow> = sqlx::query_as(SELECT_UNTC)
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(read("untc_instruments"))?;
                tx.rollback().await.map_err(read("the dataset"))?;
                (head, committees, instruments, participants, actions, untc)
            });
        let head = head.ok_or_else(|| StoreError::NotImported {
            location: self.location().to_string(),
        })?;
        let committees = committees
            .into_iter()
            .map(|row| self.committee(row))
            .collect::<Result<Vec<_>>>()?;
        let instruments = instruments
            .into_iter()
            .map(|row| self.instrument(row))
            .collect::<Result<Vec<_>>>()?;
        let catalogue = Catalogue::new(head.interpretation.0, committees, instruments)
            .map_err(|error| self.corrupt("instruments", "*", error))?;
        let participants = participants
            .into_iter()
            .map(|row| self.participant(row))
            .collect::<Result<Vec<_>>>()?;
        let actions = actions
            .into_iter()
            .map(|row| self.action(row))
            .collect::<Result<Vec<_>>>()?;
        let status_as_at = self.date("dataset", "1", &head.status_as_at)?;
        let registry = Registry::new(catalogue, participants, actions, status_as_at)
            .map_err(|error| self.corrupt("treaty_actions", "*", error))?;
        let untc = untc
            .into_iter()
            .map(|row| self.untc(row))
            .collect::<Result<Vec<_>>>()?;
        Ok(Dataset { registry, untc })
    }

    /// The content hash and time of the data in force, if any was imported.
    pub async fn dataset_hash(&self) -> Result<Option<(String, Timestamp)>> {
        let row: Option<(String, i64)> = on_backend!(self, |pool, _kind| {
            sqlx::query_as("SELECT content_hash, imported_at FROM dataset WHERE id = 1")
                .fetch_optional(pool)
                .await
                .map_err(self.db("reading dataset"))?
        });
        row.map(|(hash, at)| Ok((hash, self.timestamp("dataset", "1", at)?)))
            .transpose()
    }

    fn timestamp(&self, table: &'static str, key: &str, micros: i64) -> Result<Timestamp> {
        Timestamp::from_microsecond(micros).map_err(|error| self.corrupt(table, key, error))
    }

    fn date(&self, table: &'static str, key: &str, text: &str) -> Result<Date> {
        text.parse::<Date>()
            .map_err(|_| self.corrupt(table, key, format!("invalid date \"{text}\"")))
    }

    fn optional_date(
        &self,
        table: &'static str,
        key: &str,
        text: Option<&str>,
    ) -> Result<Option<Date>> {
        text.map(|text| self.date(table, key, text)).transpose()
    }

    fn number<T: TryFrom<i64>>(&self, table: &'static str, key: &str, value: i64) -> Result<T> {
        T::try_from(value).map_err(|_| self.corrupt(table, key, format!("{value} out of range")))
    }

    fn committee(&self, row: CommitteeRow) -> Result<CommitteeInfo> {
        let info = row.info.0;
        if info.code.acronym() != row.code {
            return Err(self.corrupt(
                "committees",
                &row.code,
                format!("info is for {}", info.code),
            ));
        }
        Ok(info)
    }

    fn instrument(&self, row: InstrumentRow) -> Result<Instrument> {
        let info = row.info.0;
        if info.code.as_str() != row.code {
            return Err(self.corrupt(
                "instruments",
                &row.code,
                format!("info is for {}", info.code),
            ));
        }
        Ok(info)
    }

    fn participant(&self, row: ParticipantRow) -> Result<Participant> {
        let table = "participants";
        let key = row.code.as_str();
        Ok(Participant {
            code: ParticipantCode::parse(key)
                .ok_or_else(|| self.corrupt(table, key, "invalid participant code"))?,
            name: row.name,
            untc_name: row.untc_name,
            kind: from_text::<ParticipantKind>(&row.kind)
                .map_err(|error| self.corrupt(table, key, error))?,
            regional_group: row
                .regional_group
                .as_deref()
                .map(|text| {
                    RegionalGroup::parse(text).ok_or_else(|| {
                        self.corrupt(table, key, format!("unknown regional group \"{text}\""))
                    })
                })
                .transpose()?,
            regional_group_note: row.regional_group_note,
        })
    }

    fn action(&self, row: ActionRow) -> Result<TreatyAction> {
        let table = "treaty_actions";
        let key = (row.position + 1).to_string();
        let key = key.as_str();
        Ok(TreatyAction {
            instrument: InstrumentCode::new(row.instrument),
            participant: ParticipantCode::parse(&row.participant).ok_or_else(|| {
                self.corrupt(
                    table,
                    key,
                    format!("invalid participant code \"{}\"", row.participant),
                )
            })?,
            kind: ActionKind::parse(&row.kind).ok_or_else(|| {
                self.corrupt(table, key, format!("unknown action \"{}\"", row.kind))
            })?,
            date: self.optional_date(table, key, row.date.as_deref())?,
            effective: self.optional_date(table, key, row.effective.as_deref())?,
            article: row.article,
            note: row.note,
        })
    }

    fn untc(&self, row: UntcRow) -> Result<UntcInstrument> {
        let table = "untc_instruments";
        let key = row.code.as_str();
        Ok(UntcInstrument {
            code: InstrumentCode::new(key),
            mtdsg_no: row.mtdsg_no,
            title: row.title,
            concluded: row.concluded,
            entry_into_force_text: row.entry_into_force_text,
            signatories: self.number(table, key, row.signatories)?,
            parties: self.number(table, key, row.parties)?,
            status_as_at: self.date(table, key, &row.status_as_at)?,
            url: row.url,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pacta_core::catalogue::InstrumentKind;

    #[test]
    fn the_content_hash_ignores_file_names_and_sees_any_change_of_text() {
        let bundled = Sources::bundled();
        let hash = content_hash(&bundled);
        assert!(
            hash.starts_with("sha256:") && hash.len() == 7 + 64,
            "{hash}"
        );
        let mut renamed = bundled.clone();
        renamed.states.name = "/elsewhere/states.csv".to_string();
        assert_eq!(content_hash(&renamed), hash);
        let mut edited = bundled.clone();
        edited.states.text.push('\n');
        assert_ne!(content_hash(&edited), hash);
        // The same bytes moved from one file to the next must not hash alike.
        let mut moved = bundled;
        let tail = moved
            .catalogue
            .text
            .split_off(moved.catalogue.text.len() - 1);
        moved.states.text.insert_str(0, &tail);
        assert_ne!(content_hash(&moved), hash);
    }

    #[test]
    fn enum_texts_round_trip() {
        for kind in [
            ParticipantKind::UnMemberState,
            ParticipantKind::NonMemberObserverState,
            ParticipantKind::NonMemberState,
            ParticipantKind::RegionalIntegrationOrganization,
        ] {
            assert_eq!(from_text::<ParticipantKind>(&text_of(&kind)), Ok(kind));
        }
        for kind in [InstrumentKind::Core, InstrumentKind::Protocol] {
            assert_eq!(from_text::<InstrumentKind>(&text_of(&kind)), Ok(kind));
        }
        assert_eq!(text_of(&InstrumentKind::Protocol), "protocol");
        assert!(from_text::<ParticipantKind>("empire").is_err());
    }
}
