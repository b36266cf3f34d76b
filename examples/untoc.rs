//! Which paragraphs cite UNTOC, and which of them are still being negotiated?
//! `cargo run --example untoc`
//!
//! A paragraph is still being negotiated when it holds open alternative wordings or tracked
//! insertions, carries margin notes, or a co-facilitators' proposal is announced for it.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Write as _;

use unga::{Block, Inline, Part, ReferenceKind, Target};

fn main() {
    let Ok(doc) = unga::DRAFT_2010_07_19.parse::<unga::Document>();

    // The paragraphs that cite UNTOC, by name, abbreviation or article, outside deleted text.
    let citing: BTreeSet<(Part, unga::Num)> = unga::references(&doc)
        .into_iter()
        .filter(|r| match &r.kind {
            ReferenceKind::Instrument { id } => id == "untoc",
            ReferenceKind::Article { instrument, .. } => instrument == "untoc",
            _ => false,
        })
        .filter(|r| !r.in_revision_note)
        .filter_map(|r| Some((r.part, r.paragraph?)))
        .collect();

    // The paragraphs the co-facilitators announced proposals for.
    let proposals: Vec<(Part, unga::Num)> = doc
        .blocks()
        .filter_map(|(_, block)| match block {
            Block::CoFacilitatorNote(note) => match note.target {
                Target::OperativeParagraph { num } => Some((Part::Operative, num)),
                Target::AnnexParagraph { num } => Some((Part::Annex, num)),
                _ => None,
            },
            _ => None,
        })
        .collect();

    let mut out = String::new();
    let _ = writeln!(out, "{} paragraphs cite UNTOC:", citing.len());
    for (part, num) in citing {
        let Some(paragraph) = doc.paragraph(part, &num.to_string()) else {
            continue;
        };
        let count = |wanted: fn(&Inline) -> bool| paragraph.inlines().filter(|i| wanted(i)).count();
        let alternatives = count(|i| matches!(i, Inline::Alternatives { .. }));
        let insertions = count(|i| matches!(i, Inline::Insertion { .. }));
        let mut open = Vec::new();
        if alternatives > 0 {
            open.push(format!("{alternatives} open alternative(s)"));
        }
        if insertions > 0 {
            open.push(format!("{insertions} insertion(s)"));
        }
        if !paragraph.notes.is_empty() {
            open.push(format!("{} margin note(s)", paragraph.notes.len()));
        }
        if proposals.contains(&(part, num)) {
            open.push("a proposal announced".to_owned());
        }
        let state = if open.is_empty() {
            "settled".to_owned()
        } else {
            format!("negotiated: {}", open.join(", "))
        };
        let text = paragraph.plain_text();
        let opening: Vec<&str> = text.split_whitespace().take(5).collect();
        let place = format!("{part:?} {num}");
        let _ = writeln!(
            out,
            "  {place:<14} {:<45} {state}",
            opening.join(" ") + " ..."
        );
    }
    // A closed pipe (`| head`) is no reason to fail.
    let _ = std::io::stdout().write_all(out.as_bytes());
}
