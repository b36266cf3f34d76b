//! Lists what a document refers to: `cargo run --example refs [-- FILE] [--json]`.
//!
//! Its own paragraphs (merges, renumbering, placements, co-facilitators' targets), UN
//! statuss and decisions, instruments and their articles, defined terms and their uses, UN
//! bodies; each with its line and column. Without FILE, the embedded draft of 19 July 2010.

mod common;

use std::process::ExitCode;

use common::{Source, args, fail, input, output};
use unga::{Reference, ReferenceKind};

fn main() -> ExitCode {
    let json = args().json;
    let text = match input(Source::Draft) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    let document = unga::parse(&text).document;
    let references = unga::references(&document);
    if json {
        return match serde_json::to_string_pretty(&references) {
            Ok(json) => output(&(json + "\n")),
            Err(error) => fail(&format!("cannot write JSON: {error}")),
        };
    }
    output(&references.iter().map(line).collect::<String>())
}

fn line(reference: &Reference) -> String {
    let what = match &reference.kind {
        ReferenceKind::MergedInto { target, status } => {
            format!("merged into {target} ({status:?})")
        }
        ReferenceKind::RenumberedFrom { former } => format!("formerly {former}"),
        ReferenceKind::PlacedBetween {
            after,
            before,
            status,
        } => {
            format!("placed between {after} and {before} ({status:?})")
        }
        ReferenceKind::CoFacilitatorTarget {
            target_part,
            target,
            status,
        } => {
            format!("proposal for {target_part:?} {target} ({status:?})")
        }
        ReferenceKind::UnDocument {
            body,
            document_type,
            symbol,
        } => {
            let body = body.map_or_else(|| "?".to_owned(), |b| format!("{b:?}"));
            let kind = document_type.map_or_else(
                || "document".to_owned(),
                |t| format!("{t:?}").to_lowercase(),
            );
            format!("{body} {kind} {symbol}")
        }
        ReferenceKind::Instrument { id } => format!("instrument {id}"),
        ReferenceKind::Article {
            instrument,
            articles,
        } => format!("{instrument} article(s) {articles:?}"),
        ReferenceKind::DefinedTerm { term, stands_for } => {
            format!(
                "defines \"{term}\" = {}",
                stands_for.as_deref().unwrap_or("?")
            )
        }
        ReferenceKind::TermUse { term, .. } => format!("uses \"{term}\""),
        ReferenceKind::Body { id } => format!("body {id}"),
        _ => "other".to_owned(),
    };
    let paragraph = reference
        .paragraph
        .map_or_else(|| "-".to_owned(), |n| n.to_string());
    let deleted = if reference.in_revision_note {
        "  (in deleted text)"
    } else {
        ""
    };
    format!(
        "{:>4}:{:<4} {:<6} {what}{deleted}\n",
        reference.span.line, reference.span.column, paragraph
    )
}
