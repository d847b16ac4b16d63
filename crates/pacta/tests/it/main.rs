//! End-to-end runs of the `pacta` binary: the answers the issue names, the formats, the
//! exit code 2 on bad input, and the database commands on a temporary SQLite file.

mod people;
mod plan;
mod records;
mod registry;
mod store;
mod tidy;
