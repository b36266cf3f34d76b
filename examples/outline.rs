//! Prints a readable outline of a document: `cargo run --example outline [-- FILE]`.
//!
//! Parts and sections, each paragraph with its number, status, opening words and how many
//! revision notes it has. Without FILE, the embedded draft of 19 July 2010.

mod common;

use std::fmt::Write;
use std::process::ExitCode;

use common::{Source, fail, input, output};
use unga::{Block, Document, Paragraph, Status, Target};

/// How many words of a paragraph the outline shows.
const OPENING_WORDS: usize = 8;

fn main() -> ExitCode {
    let text = match input(Source::Draft) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    let parsed = unga::parse(&text);
    let mut out = String::new();
    outline(&parsed.document, &mut out);
    if !parsed.diagnostics.is_empty() {
        let _ = writeln!(
            out,
            "\n{} unrecognised line(s); see `cargo run --example parse`",
            parsed.diagnostics.len()
        );
    }
    output(&out)
}

fn outline(doc: &Document, out: &mut String) {
    let _ = writeln!(out, "Header");
    blocks(&doc.header.blocks, "  ", out);
    let _ = writeln!(
        out,
        "Preamble ({} paragraphs)",
        doc.preamble.paragraphs().count()
    );
    blocks(&doc.preamble.blocks, "  ", out);
    let _ = writeln!(
        out,
        "Operative part ({} paragraphs)",
        doc.operative.paragraphs().count()
    );
    blocks(&doc.operative.blocks, "  ", out);
    for annex in &doc.annexes {
        let title = annex.title.as_deref().unwrap_or_default();
        let _ = writeln!(
            out,
            "{}: {title} ({} paragraphs)",
            annex.label,
            annex.paragraphs().count()
        );
        blocks(&annex.blocks, "  ", out);
        for section in &annex.sections {
            let _ = writeln!(
                out,
                "  Section {}. {} ({} paragraphs)",
                section.num,
                section.title,
                section.paragraphs().count()
            );
            blocks(&section.blocks, "    ", out);
        }
    }
}

fn blocks(blocks: &[Block], indent: &str, out: &mut String) {
    for block in blocks {
        let _ = match block {
            Block::Title(title) => writeln!(out, "{indent}title: {}", title.text),
            Block::DraftStatus(status) => {
                writeln!(out, "{indent}status: {}, {}", status.status, status.date)
            }
            Block::DocumentKind(kind) => writeln!(out, "{indent}kind: {}", kind.text),
            Block::EnactingFormula(formula) => {
                writeln!(out, "{indent}enacting formula: {}", formula.text)
            }
            Block::Chapeau(chapeau) => writeln!(
                out,
                "{indent}chapeau: {}  [{} notes]",
                words(&chapeau.plain_text()),
                chapeau.notes.len()
            ),
            Block::Paragraph(paragraph) => paragraph_line(paragraph, indent, out),
            Block::CoFacilitatorNote(note) => {
                let target = match &note.target {
                    Target::OperativeParagraph { num } => format!("operative paragraph {num}"),
                    Target::AnnexParagraph { num } => format!("annex paragraph {num}"),
                    Target::Subject { text } => text.clone(),
                    _ => note.target.to_string(),
                };
                writeln!(
                    out,
                    "{indent}co-facilitators: proposal for {target}, meeting of {}",
                    note.meeting
                )
            }
            Block::RevisionNotes { notes } => {
                writeln!(out, "{indent}({} revision notes)", notes.len())
            }
            Block::Unrecognized(line) => writeln!(out, "{indent}? {}", words(&line.text)),
            _ => writeln!(out, "{indent}(another block)"),
        };
    }
}

fn paragraph_line(paragraph: &Paragraph, indent: &str, out: &mut String) -> std::fmt::Result {
    let num = match (&paragraph.num, &paragraph.placement) {
        (Some(num), _) => num.to_string(),
        (None, Some(placement)) => format!("new ({}-{})", placement.after, placement.before),
        (None, None) => "-".to_owned(),
    };
    let status = match paragraph.status {
        Status::Active => "active".to_owned(),
        Status::Deleted => "deleted".to_owned(),
        Status::Merged { merged_into } => format!("merged into {merged_into}"),
    };
    let text = paragraph.plain_text();
    let items = match paragraph.items.len() {
        0 => String::new(),
        n => format!(", {n} items"),
    };
    writeln!(
        out,
        "{indent}{num:<7} {status:<15} {}  [{} notes{items}]",
        words(&text),
        paragraph.notes.len()
    )
}

/// The first words of a text, with an ellipsis if there are more.
fn words(text: &str) -> String {
    let mut words = text.split_whitespace();
    let shown: Vec<&str> = words.by_ref().take(OPENING_WORDS).collect();
    let more = if words.next().is_some() { " ..." } else { "" };
    format!("{}{more}", shown.join(" "))
}
