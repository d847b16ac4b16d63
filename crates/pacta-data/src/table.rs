//! A CSV table read row by row, with each field located (file, line, column, name) so
//! that every parse error can say exactly where it is.

use jiff::civil::Date;

use crate::error::Location;
use crate::{DataError, Source};

/// A CSV file with a header row, held as records.
pub(crate) struct Table<'a> {
    source: &'a Source,
    headers: Vec<String>,
    /// Each record with the byte offset it starts at (lines are counted only for errors).
    rows: Vec<(u64, csv::StringRecord)>,
}

/// One row, and where it is.
pub(crate) struct Row<'t> {
    table: &'t Table<'t>,
    byte: u64,
    record: &'t csv::StringRecord,
}

/// The 1-based line of the record csv says starts at `byte`. Counted from byte offsets
/// because on CRLF files csv ends a record at the `\r`, so the next record "starts" at the
/// `\n` and csv's own line counter lags by one.
fn line_at(text: &str, byte: u64) -> u64 {
    let end = usize::try_from(byte)
        .unwrap_or(usize::MAX)
        .saturating_add(1)
        .min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u64
        + 1
}

impl<'a> Table<'a> {
    /// Parse the whole file; fails on malformed CSV or a missing `required` column.
    pub(crate) fn parse(source: &'a Source, required: &[&str]) -> Result<Self, DataError> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(source.text.as_bytes());
        let csv_error = |error: csv::Error| {
            let line = error
                .position()
                .map_or(0, |p| line_at(&source.text, p.byte()));
            DataError::invalid(
                Location {
                    file: source.name.clone(),
                    line,
                    column: None,
                    field: None,
                },
                format!("malformed CSV: {error}"),
            )
        };
        let headers: Vec<String> = reader
            .headers()
            .map_err(csv_error)?
            .iter()
            .map(str::to_string)
            .collect();
        for name in required {
            if !headers.iter().any(|h| h == name) {
                return Err(DataError::File {
                    file: source.name.clone(),
                    message: format!("missing column \"{name}\""),
                });
            }
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(csv_error)?;
            let byte = record.position().map_or(0, |p| p.byte());
            rows.push((byte, record));
        }
        Ok(Table {
            source,
            headers,
            rows,
        })
    }

    pub(crate) fn rows(&'a self) -> impl Iterator<Item = Row<'a>> + 'a {
        self.rows.iter().map(move |(byte, record)| Row {
            table: self,
            byte: *byte,
            record,
        })
    }
}

impl Row<'_> {
    fn column(&self, name: &str) -> usize {
        self.table
            .headers
            .iter()
            .position(|h| h == name)
            .expect("Table::parse checked the required columns")
    }

    /// Where a field of this row is.
    pub(crate) fn location(&self, name: &str) -> Location {
        Location {
            file: self.table.source.name.clone(),
            line: line_at(&self.table.source.text, self.byte),
            column: Some(self.column(name) + 1),
            field: Some(name.to_string()),
        }
    }

    pub(crate) fn error(&self, name: &str, message: impl Into<String>) -> DataError {
        DataError::invalid(self.location(name), message)
    }

    /// The field's text, trimmed; empty when the row is short.
    pub(crate) fn text(&self, name: &str) -> &str {
        self.record.get(self.column(name)).unwrap_or("").trim()
    }

    pub(crate) fn optional(&self, name: &str) -> Option<&str> {
        Some(self.text(name)).filter(|text| !text.is_empty())
    }

    pub(crate) fn required(&self, name: &str) -> Result<&str, DataError> {
        self.optional(name)
            .ok_or_else(|| self.error(name, "value is missing"))
    }

    /// An ISO date (`2024-11-05`), or nothing when the cell is empty.
    pub(crate) fn date(&self, name: &str) -> Result<Option<Date>, DataError> {
        self.optional(name)
            .map(|text| {
                text.parse::<Date>().map_err(|_| {
                    self.error(
                        name,
                        format!("invalid date \"{text}\" (expected YYYY-MM-DD)"),
                    )
                })
            })
            .transpose()
    }

    pub(crate) fn boolean(&self, name: &str) -> Result<bool, DataError> {
        match self.text(name) {
            "true" => Ok(true),
            "false" => Ok(false),
            other => Err(self.error(
                name,
                format!("invalid boolean \"{other}\" (expected true or false)"),
            )),
        }
    }

    pub(crate) fn number(&self, name: &str) -> Result<u32, DataError> {
        let text = self.required(name)?;
        text.parse()
            .map_err(|_| self.error(name, format!("invalid number \"{text}\"")))
    }
}
