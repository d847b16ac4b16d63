//! Rebuild when a migration changes: `sqlx::migrate!` embeds the files at compile time,
//! and on stable Rust it cannot tell cargo to watch them itself.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
