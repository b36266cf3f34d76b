//! Prints the revision statistics of a document: `cargo run --example report [-- FILE]`.
//!
//! Per part and per section of the annex: paragraphs in force, deleted and merged, margin
//! notes, insertions and open alternatives. Without FILE, the embedded draft of 19 July 2010.

mod common;

use std::process::ExitCode;

use common::{Source, fail, input, output};

fn main() -> ExitCode {
    let text = match input(Source::Draft) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    let document = unga::parse(&text).document;
    output(&unga::statistics(&document).to_string())
}
