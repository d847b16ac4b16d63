//! Integration tests of the planner: laws on random instances, optima known by
//! enumeration, the model's rules one by one, and the plan of the bundled data.

mod bundled;
mod enumeration;
mod laws;
mod rules;
mod support;
