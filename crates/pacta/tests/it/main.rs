//! End-to-end runs of the `pacta` binary: the answers the issue names, the formats, and
//! the exit code 2 on bad input.

mod people;
mod records;
mod registry;
mod tidy;
