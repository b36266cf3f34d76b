//! Prints the JSON Schema of the model: `cargo run --example schema`.
//!
//! `cargo run --example schema > schema/unga.schema.json` regenerates the checked-in copy.

mod common;

use std::process::ExitCode;

use common::{fail, output};

fn main() -> ExitCode {
    match serde_json::to_string_pretty(&unga::json_schema()) {
        Ok(json) => output(&(json + "\n")),
        Err(error) => fail(&format!("cannot write the schema: {error}")),
    }
}
