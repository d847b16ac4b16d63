//! Integration tests of the bundled data: it loads, and the registry built from it
//! reproduces the facts UNTC and the treaty bodies state.

mod bundled;
mod domain_vectors;
mod laws;
mod malformed;
mod people;
mod records;
