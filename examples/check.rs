//! Checks a document: `cargo run --example check [-- FILE] [--json]`.
//!
//! Prints each diagnostic in the manner of rustc, or with `--json` a JSON array of objects with
//! `code`, `severity`, `line`, `column` and `message`. Exits with status 1 when any diagnostic is
//! an error. Without FILE, the embedded draft of 19 July 2010.

mod common;

use std::process::ExitCode;

use common::{Source, args, fail, input, output};
use unga::Severity;

/// One diagnostic in the JSON output, its fields in this order.
#[derive(serde::Serialize)]
struct Row<'a> {
    code: &'static str,
    severity: Severity,
    line: usize,
    column: usize,
    message: &'a str,
}

fn main() -> ExitCode {
    let args = args();
    let json = args.json;
    let name = args.file.map_or_else(
        || "gpa-draft-2010-07-19.md".to_owned(),
        |file| file.to_string_lossy().into_owned(),
    );
    let text = match input(Source::Draft) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    let document = unga::parse(&text).document;
    let diagnostics = unga::check(&document);
    let shown = if json {
        let rows: Vec<Row<'_>> = diagnostics
            .iter()
            .map(|d| Row {
                code: d.code.as_str(),
                severity: d.severity,
                line: d.span.line,
                column: d.span.column,
                message: &d.message,
            })
            .collect();
        match serde_json::to_string_pretty(&rows) {
            Ok(json) => json + "\n",
            Err(error) => return fail(&format!("cannot write JSON: {error}")),
        }
    } else {
        let mut shown: String = diagnostics
            .iter()
            .map(|d| d.rustc_style(&text, &name) + "\n")
            .collect();
        let count = |severity| {
            diagnostics
                .iter()
                .filter(|d| d.severity == severity)
                .count()
        };
        shown.push_str(&format!(
            "{}: {} errors, {} warnings, {} notes\n",
            name,
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Note)
        ));
        shown
    };
    let status = output(&shown);
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        ExitCode::FAILURE
    } else {
        status
    }
}
