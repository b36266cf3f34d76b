//! Writes a document's JSON back as its text: `cargo run --example render [-- FILE]`.
//!
//! Reads the JSON from FILE or standard input. JSON that does not fit the model is refused with
//! serde's line and column, and a model that would not read back as itself with the place of
//! the first block that would differ; both on stderr with exit status 1.

mod common;

use std::process::ExitCode;

use common::{Source, fail, input, output};

fn main() -> ExitCode {
    let json = match input(Source::Stdin) {
        Ok(json) => json,
        Err(message) => return fail(&message),
    };
    let document: unga::Document = match serde_json::from_str(&json) {
        Ok(document) => document,
        Err(error) => return fail(&format!("the JSON does not fit the model: {error}")),
    };
    match document.render() {
        Ok(text) => output(&text),
        Err(error) => fail(&format!("the model cannot be written as itself: {error}")),
    }
}
