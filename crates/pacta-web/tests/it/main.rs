//! Tests of the web layer: the API (with insta snapshots), the pages, the languages,
//! the calendars, the people registers, accounts and CSRF, the role matrix, a real
//! socket, and the browser test (headless Chromium + axe-core).

mod accounts;
mod api;
mod browser;
mod calendar;
mod cases;
mod i18n;
mod pages;
mod people;
mod roles;
mod socket;
mod support;
