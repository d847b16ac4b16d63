//! The conformance suite of pacta-store: every test in `dataset`, `accounts` and `audit`
//! runs twice, on SQLite (a fresh file per test) and on PostgreSQL (a fresh schema per
//! test) when `PACTA_TEST_POSTGRES_URL` is set. With `PACTA_REQUIRE_POSTGRES=1` (CI) a
//! missing or unreachable PostgreSQL fails the PostgreSQL tests instead of passing them.

mod harness;

mod accounts;
mod audit;
mod cases;
mod dataset;
mod schema;
