//! Prints a document as JSON: `cargo run --example parse [-- FILE]`.
//!
//! Without FILE, the embedded draft of 19 July 2010. A missing file or bytes that are not
//! UTF-8 get a message on stderr and exit status 1.

mod common;

use std::process::ExitCode;

use common::{Source, fail, input, output};

fn main() -> ExitCode {
    let text = match input(Source::Draft) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    let document = unga::parse(&text).document;
    match serde_json::to_string_pretty(&document) {
        Ok(json) => output(&(json + "\n")),
        Err(error) => fail(&format!("cannot write JSON: {error}")),
    }
}
