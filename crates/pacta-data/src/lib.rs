//! pacta's bundled data and its parsers: the files in `data/` turned into
//! [`pacta_core`] values, with errors that name the file, line and field.
//!
//! The files are compiled into the binary ([`Sources::bundled`]) so that pacta works
//! from any directory; [`Sources::from_dir`] reads the same files from disk for people
//! who maintain their own copy. Parsing is all-or-nothing: one bad row and
//! [`load`] returns the error and no data. This crate knows nothing about databases,
//! HTTP or output formats.

/// A bundled data file: its name as shown in errors and its text, compiled in. Defined
/// before the modules so that every loader uses the same one.
macro_rules! bundled {
    ($file:literal) => {
        $crate::Source {
            name: concat!("data/", $file).to_string(),
            text: include_str!(concat!("../../../data/", $file)).to_string(),
        }
    };
}

mod error;
pub mod history;
mod ledger;
pub mod people;
pub mod records;
mod source;
mod table;

pub use error::DataError;
pub use ledger::{Dataset, UntcInstrument, load};
pub use records::{RecordSources, Records, load_records};
pub use source::{Source, Sources};
