//! Checks of a draft's consistency: numbering, targets, markup left open, doubled words, open
//! alternatives, and what the grammar did not recognise.

use std::collections::{HashMap, HashSet};

use super::references::{ReferenceKind, TargetStatus, references_in};
use super::text::TextIndex;
use crate::diagnostic::{Diagnostic, DiagnosticCode};
use crate::error::Span;
use crate::model::document::{Block, Document, Part};
use crate::model::inline::Inline;
use crate::model::number::Num;
use crate::render::Piece;

/// Everything the checks notice about a document, in text order.
///
/// ```
/// use unga::DiagnosticCode;
///
/// let doc: unga::Document = unga::DRAFT_2010_07_19.parse().unwrap();
/// let diagnostics = unga::check(&doc);
/// let out_of_order: Vec<usize> = diagnostics
///     .iter()
///     .filter(|d| d.code == DiagnosticCode::NumberingOutOfOrder)
///     .map(|d| d.span.line)
///     .collect();
/// assert_eq!(out_of_order, [137, 342], "13 stands before 11, and 69 before 67");
/// ```
pub fn check(doc: &Document) -> Vec<Diagnostic> {
    let index = TextIndex::new(doc);
    let mut out = Vec::new();
    numbering(&index, &mut out);
    targets(doc, &index, &mut out);
    text(&index, &mut out);
    unrecognized(&index, &mut out);
    out.sort_by_key(|d| (d.span.start, d.code));
    out
}

/// Numbers out of order, duplicated or missing, part by part (an annex's sections together,
/// since its numbering runs through them).
fn numbering(index: &TextIndex<'_>, out: &mut Vec<Diagnostic>) {
    let mut groups: Vec<Vec<(Num, Span)>> = Vec::new();
    let mut current: Option<(Part, Option<usize>)> = None;
    for piece in &index.pieces {
        let Piece::Block(Block::Paragraph(paragraph)) = piece.piece else {
            continue;
        };
        let Some(num) = paragraph.num else { continue };
        // The label starts after the blank lines.
        let start = piece.range.start + paragraph.before.as_str().len();
        let len = paragraph
            .num_raw
            .as_ref()
            .map_or_else(|| num.to_string().len(), String::len);
        let span = index.span(start, start + len);
        let key = (piece.place.part, index.annex(&piece.place));
        if num.preambular && key.0 != Part::Preamble {
            out.push(Diagnostic::new(
                DiagnosticCode::MisplacedParagraph,
                format!("preambular paragraph {num} stands after the preamble; move it into the preamble, or number it as an operative paragraph"),
                span,
            ));
            // Its number is no part of this part's numbering.
            continue;
        }
        if current != Some(key) {
            groups.push(Vec::new());
            current = Some(key);
        }
        if let Some(group) = groups.last_mut() {
            group.push((num, span));
        }
    }
    for group in &groups {
        let mut seen: HashSet<Num> = HashSet::new();
        // The first span of each number, for the gap diagnostics.
        let mut first: HashMap<(bool, u32), (Num, Span)> = HashMap::new();
        for (i, &(num, span)) in group.iter().enumerate() {
            if !seen.insert(num) {
                out.push(Diagnostic::new(
                    DiagnosticCode::DuplicateNumber,
                    format!("paragraph {num} is numbered twice in this part; renumber one of them"),
                    span,
                ));
            }
            first
                .entry((num.preambular, num.number))
                .or_insert((num, span));
            // The paragraph that stands before a lower number is the one out of place.
            if let Some(&(next, _)) = group.get(i + 1).filter(|(next, _)| *next < num) {
                out.push(Diagnostic::new(
                    DiagnosticCode::NumberingOutOfOrder,
                    format!("paragraph {num} comes before paragraph {next}; move it, or renumber"),
                    span,
                ));
            }
        }
        let mut numbers: Vec<(bool, u32)> = first.keys().copied().collect();
        numbers.sort_unstable();
        // Numbering starts at 1; then every number up to the highest is expected.
        let starts = numbers
            .iter()
            .filter(|(_, n)| *n > 1)
            .filter_map(|&(prefix, n)| {
                let lowest = numbers
                    .iter()
                    .find(|(p, _)| *p == prefix)
                    .map(|&(_, low)| low)?;
                (lowest == n).then_some(((prefix, 0), (prefix, n)))
            });
        let inner = numbers.windows(2).filter_map(|pair| match pair {
            [(p, low), (q, high)] if p == q && *high > low + 1 => Some(((*p, *low), (*q, *high))),
            _ => None,
        });
        for ((prefix, low), key) in starts.chain(inner).collect::<Vec<_>>() {
            let Some(&(num, span)) = first.get(&key) else {
                continue;
            };
            let pp = if prefix { "PP" } else { "" };
            let missing = if key.1 == low + 2 {
                format!("{pp}{}", low + 1)
            } else {
                format!("{pp}{} to {pp}{}", low + 1, key.1 - 1)
            };
            out.push(Diagnostic::new(
                DiagnosticCode::NumberingGap,
                format!("no paragraph is numbered {missing}, before paragraph {num}; renumber, or keep the missing ones as `[Paragraph deleted]`"),
                span,
            ));
        }
    }
}

/// Merges, placements and co-facilitators' notes that name no paragraph.
fn targets(doc: &Document, index: &TextIndex<'_>, out: &mut Vec<Diagnostic>) {
    for reference in references_in(doc, index) {
        let (status, what) = match &reference.kind {
            ReferenceKind::MergedInto { target, status } => (
                *status,
                format!("paragraph {target}, which this one was merged into,"),
            ),
            ReferenceKind::PlacedBetween {
                after,
                before,
                status,
            } => (
                *status,
                format!("paragraphs {after} and {before}, between which this one goes,"),
            ),
            ReferenceKind::CoFacilitatorTarget { target, status, .. } => (
                *status,
                format!("paragraph {target}, which the proposal is for,"),
            ),
            _ => continue,
        };
        if status == TargetStatus::Missing {
            out.push(Diagnostic::new(
                DiagnosticCode::MissingTarget,
                format!("{what} is not in this part; correct the number"),
                reference.span,
            ));
        }
    }
}

/// Markup left open, doubled words and open alternatives, in the text of paragraphs and
/// chapeaux (not in revision notes, which quote deleted words as they were).
fn text(index: &TextIndex<'_>, out: &mut Vec<Diagnostic>) {
    for piece in &index.pieces {
        let content: Vec<&Inline> = match piece.piece {
            Piece::Block(Block::Paragraph(p)) => p.inlines().collect(),
            Piece::Block(Block::Chapeau(c)) => {
                crate::model::inline::walk_inlines(&c.content).collect()
            }
            _ => continue,
        };
        let text = index.slice(&piece.range);
        // Across inlines: `as` closes a text and `as` opens the alternatives in `as as set out in`.
        doubled_words(index, piece.range.start, text, out);
        // Inlines appear in the piece's text in order: search each from where the last was found.
        let mut cursor = 0;
        for inline in content {
            let shown = inline.to_string();
            let Some(at) = text
                .get(cursor..)
                .and_then(|rest| rest.find(&shown))
                .map(|i| cursor + i)
            else {
                continue;
            };
            let start = piece.range.start + at;
            match inline {
                Inline::Alternatives { options, .. } => {
                    out.push(Diagnostic::new(
                        DiagnosticCode::OpenAlternatives,
                        format!(
                            "{} wordings are still open ({}); choose one",
                            options.len(),
                            options.join(" / ")
                        ),
                        index.span(start, start + shown.len()),
                    ));
                    cursor = at + shown.len();
                }
                Inline::Text { text: run } => {
                    markup_left_open(index, start, run, out);
                    cursor = at + shown.len();
                }
                Inline::EditorialNote { text: note, .. } => {
                    if let Some((what, canonical)) = near_miss(note) {
                        out.push(Diagnostic::new(
                            DiagnosticCode::NearMissNote,
                            format!("`[{note}]` looks like {what} but is read as an editorial note; write it in the form `{canonical}`"),
                            index.span(start, start + shown.len()),
                        ));
                    }
                    cursor = at + shown.len();
                }
                // Containers: their content follows inside; move past the opening only.
                Inline::Emphasis { .. } | Inline::Strong { .. } | Inline::Insertion { .. } => {
                    cursor = at + 1
                }
                _ => cursor = at + shown.len(),
            }
        }
    }
}

/// What an editorial note looks like but is not written as: the canonical forms the grammar
/// reads (`[Paragraph deleted]`, `[Merged with paragraph 42]`, `[Formerly PP8]`, `[New Para
/// btwn 55 and 56]`).
fn near_miss(note: &str) -> Option<(&'static str, &'static str)> {
    let lower = note.trim().to_ascii_lowercase();
    let forms = [
        ("paragraph deleted", "a deletion", "[Paragraph deleted]"),
        ("merged with", "a merge", "[Merged with paragraph 42]"),
        ("formerly", "a renumbering", "[Formerly PP8]"),
        ("new para", "a placement", "[New Para btwn 55 and 56]"),
    ];
    forms
        .into_iter()
        .find(|(start, _, _)| lower.starts_with(start))
        .map(|(_, what, canonical)| (what, canonical))
}

/// The lines the grammar did not recognise, as the parser reports them.
fn unrecognized(index: &TextIndex<'_>, out: &mut Vec<Diagnostic>) {
    for piece in &index.pieces {
        let Piece::Block(Block::Unrecognized(line)) = piece.piece else {
            continue;
        };
        let start = piece.range.start + line.before.as_str().len();
        out.push(Diagnostic::new(
            DiagnosticCode::UnrecognizedLine,
            crate::parse::UNRECOGNIZED,
            index.span(start, start + line.text.len()),
        ));
    }
}

fn markup_left_open(index: &TextIndex<'_>, start: usize, run: &str, out: &mut Vec<Diagnostic>) {
    let bytes = run.as_bytes();
    for (i, c) in run.char_indices() {
        let (code, message) = match c {
            '[' | ']' => (
                DiagnosticCode::UnclosedBracket,
                format!("`{c}` has no matching bracket; close it, or escape it as `\\{c}`"),
            ),
            // A `*` between spaces is no markup (`2 * 3`).
            '*' if !(i
                .checked_sub(1)
                .and_then(|j| bytes.get(j))
                .is_some_and(u8::is_ascii_whitespace)
                && bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace)) =>
            {
                (
                    DiagnosticCode::UnclosedEmphasis,
                    "`*` opens or closes no emphasis; pair it, or escape it as `\\*`".to_owned(),
                )
            }
            _ => continue,
        };
        out.push(Diagnostic::new(
            code,
            message,
            index.span(start + i, start + i + 1),
        ));
    }
}

/// Words written twice in a row, whatever markup stands between them: `as as`, and
/// `as [\[as set out in ...\]](#)`, which reads `as as` once the insertion is accepted.
fn doubled_words(index: &TextIndex<'_>, start: usize, text: &str, out: &mut Vec<Diagnostic>) {
    let mut previous: Option<(usize, &str)> = None;
    let mut between_markup_only = true;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !c.is_alphabetic() {
            // Spaces and markup may stand between the words; anything else separates them.
            between_markup_only &=
                c.is_whitespace() || matches!(c, '[' | ']' | '\\' | '*' | '(' | '#' | ')');
            continue;
        }
        let mut end = at + c.len_utf8();
        while let Some(&(next, c)) = chars.peek() {
            if !c.is_alphabetic() {
                break;
            }
            end = next + c.len_utf8();
            chars.next();
        }
        let word = text.get(at..end).unwrap_or_default();
        let spaced = at > 0
            && text
                .get(..at)
                .is_some_and(|before| before.ends_with(|c: char| !c.is_alphanumeric()));
        if let Some((first, prev)) = previous
            && between_markup_only
            && spaced
            && prev.eq_ignore_ascii_case(word)
            && text
                .get(first + prev.len()..at)
                .is_some_and(|gap| gap.contains(char::is_whitespace))
        {
            out.push(Diagnostic::new(
                DiagnosticCode::DoubledWord,
                format!("`{word}` is written twice; delete one"),
                index.span(start + first, start + end),
            ));
        }
        previous = Some((at, word));
        between_markup_only = true;
    }
}
