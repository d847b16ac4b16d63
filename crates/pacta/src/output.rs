//! How a command's answer is printed: a table for people, JSON or CSV for programs.
//!
//! Every command builds one [`Report`] (the JSON document, plus the list it contains
//! as rows) and this module prints it in the format asked for; commands never print.

use std::io::Write;

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

/// `--format`: the ways a command can answer. Every command answers in the first
/// three; `ics` (iCalendar) and `svg` (a chart) only where the command has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    Ics,
    Svg,
}

/// A command's answer: a JSON document, and its main list as a table.
pub struct Report {
    /// The whole answer for `--format json`.
    pub json: serde_json::Value,
    /// One line above the table (`--format table` only).
    pub title: String,
    pub header: Vec<&'static str>,
    /// The main list, for `--format table` and `--format csv`.
    pub rows: Vec<Vec<String>>,
    /// Caveats printed under the table (partial data, unknown dates …).
    pub notes: Vec<String>,
    /// Ready-made documents for `--format ics` and `--format svg`.
    pub documents: Vec<(Format, String)>,
}

impl Report {
    pub fn new(json: &impl Serialize, title: String, header: Vec<&'static str>) -> Self {
        Report {
            json: serde_json::to_value(json).expect("reports serialize to JSON"),
            title,
            header,
            rows: Vec::new(),
            notes: Vec::new(),
            documents: Vec::new(),
        }
    }

    pub fn print(&self, format: Format, out: &mut impl Write) -> anyhow::Result<()> {
        match format {
            Format::Ics | Format::Svg => {
                let Some((_, text)) = self.documents.iter().find(|(f, _)| *f == format) else {
                    anyhow::bail!(
                        "this command has no {} output (use table, json or csv)",
                        if format == Format::Ics { "ics" } else { "svg" }
                    );
                };
                out.write_all(text.as_bytes())?;
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, &self.json)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut writer = csv::Writer::from_writer(out);
                writer.write_record(&self.header)?;
                for row in &self.rows {
                    writer.write_record(row)?;
                }
                writer.flush()?;
            }
            Format::Table => {
                writeln!(out, "{}", self.title)?;
                if !self.rows.is_empty() {
                    let mut table = Table::new();
                    table
                        .load_preset(UTF8_FULL_CONDENSED)
                        .set_content_arrangement(ContentArrangement::Disabled)
                        .set_header(&self.header);
                    for row in &self.rows {
                        table.add_row(row);
                    }
                    writeln!(out, "{table}")?;
                }
                for note in &self.notes {
                    writeln!(out, "note: {note}")?;
                }
            }
        }
        Ok(())
    }
}

/// A date or an empty cell.
pub fn cell<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}
