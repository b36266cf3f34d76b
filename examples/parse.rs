//! Prints a document as JSON: `cargo run --example parse [-- FILE]`.
//!
//! Without FILE, the embedded draft of 19 July 2010. A file that cannot be read or is not UTF-8
//! gets a message on stderr and exit status 1.

use std::process::ExitCode;

fn main() -> ExitCode {
    let text = match std::env::args_os().nth(1) {
        None => unga::DRAFT_2010_07_19.to_owned(),
        Some(path) => {
            let bytes = match std::fs::read(&path) {
                Ok(bytes) => bytes,
                Err(error) => {
                    eprintln!("error: cannot read {}: {error}", path.to_string_lossy());
                    return ExitCode::FAILURE;
                }
            };
            match unga::parse_bytes(&bytes) {
                Ok(_) => String::from_utf8(bytes).unwrap_or_default(),
                Err(error) => {
                    eprintln!("error: {}: {error}", path.to_string_lossy());
                    return ExitCode::FAILURE;
                }
            }
        }
    };
    let document: unga::Document = match text.parse() {
        Ok(document) => document,
        Err(never) => match never {},
    };
    match serde_json::to_string_pretty(&document) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: cannot write JSON: {error}");
            ExitCode::FAILURE
        }
    }
}
