//! The commands of `pacta`, one module per area; each returns a [`crate::output::Report`].

pub mod cases;
pub mod people;
pub mod plan;
pub mod records;
pub mod registry;
pub mod serve;
pub mod store;
