//! The pure core of pacta: the vocabulary of the UN human rights treaty body
//! system and the rules the treaties set, as plain data and pure functions.
//!
//! This crate does no I/O, spawns no threads and never reads the clock: "today"
//! is always a parameter. Parsing of bundled files lives in `pacta-data`,
//! persistence in `pacta-store`, presentation in `pacta-web` and the binary.

pub mod committee;

pub use committee::Committee;
pub mod access;
pub mod action;
pub mod case;
pub mod catalogue;
pub mod communication;
pub mod cycle;
pub mod document;
pub mod eif;
pub mod election;
pub mod general_comment;
pub mod member;
pub mod participant;
pub mod procedure;
pub mod rapporteur;
pub mod record;
pub mod registry;
pub mod reporting;
pub mod session;
pub mod stats;
pub mod summary;
pub mod symbol;
pub mod text;

pub use action::{ActionKind, TreatyAction};
pub use catalogue::{Catalogue, Instrument, InstrumentCode};
pub use participant::{Participant, ParticipantCode};
pub use registry::Registry;
pub use symbol::{Symbol, SymbolError};
