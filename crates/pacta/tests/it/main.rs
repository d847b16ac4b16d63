//! End-to-end runs of the `pacta` binary: the answers the issue names, the formats, the
//! exit code 2 on bad input, the database commands on a temporary SQLite file, and
//! `pacta serve` on a free port.

mod cases;
mod people;
mod plan;
mod records;
mod registry;
mod serve;
mod store;
mod tidy;
