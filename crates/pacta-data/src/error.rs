//! The one error type of this crate: where in which file the data is wrong, and how.

use std::fmt;

/// A position in a data file: 1-based line and, where it applies, 1-based column
/// (the field's number in a CSV row) and the field's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: u64,
    pub column: Option<usize>,
    pub field: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)?;
        if let Some(column) = self.column {
            write!(f, ":{column}")?;
        }
        if let Some(field) = &self.field {
            write!(f, " ({field})")?;
        }
        Ok(())
    }
}

/// Bundled or user-supplied data that cannot be loaded. Nothing is loaded when this
/// is returned.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("{path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{location}: {message}")]
    Invalid { location: Location, message: String },
    #[error("{file}: {message}")]
    File { file: String, message: String },
}

impl DataError {
    pub(crate) fn invalid(location: Location, message: impl Into<String>) -> Self {
        DataError::Invalid {
            location,
            message: message.into(),
        }
    }
}
