//! What a draft refers to: its own paragraphs, UN resolutions and decisions, instruments and
//! their articles, defined terms, and UN bodies.

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::tables::{BODIES, DOCUMENT_BODIES, Entry, INSTRUMENTS, NUMBERED_INSTRUMENTS};
use super::text::{Located, TextIndex};
use crate::error::Span;
use crate::model::document::{Block, Document, Part};
use crate::model::inline::Inline;
use crate::model::number::{Num, SectionNum};
use crate::model::paragraph::Status;
use crate::model::revision::Target;
use crate::render::Piece;

/// A term the text defines, what it stands for, and where its definition ends.
struct Definition {
    term: String,
    stands_for: Option<String>,
    defined_at: usize,
}

/// The longest term a definition may quote, in bytes.
const MAX_TERM_LEN: usize = 200;

/// A reference found in the text, with its place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reference {
    /// What is referred to.
    #[serde(flatten)]
    pub kind: ReferenceKind,
    /// The words that refer, as written.
    pub text: String,
    /// Where they are.
    pub span: Span,
    /// The part they stand in.
    pub part: Part,
    /// In an annex, its index in [`crate::Document::annexes`].
    pub annex: Option<usize>,
    /// The section they stand in, in an annex.
    pub section: Option<SectionNum>,
    /// The paragraph they stand in, if it has a number.
    pub paragraph: Option<Num>,
    /// Whether they stand in a revision note, i.e. in deleted text.
    pub in_revision_note: bool,
}

/// What a reference refers to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReferenceKind {
    /// `[Merged with paragraph 42]`: the paragraph this one was merged into.
    MergedInto {
        /// The paragraph named.
        target: Num,
        /// Whether the part (the same annex, for an annex) has that paragraph.
        status: TargetStatus,
    },
    /// `[Formerly PP8]`: the number the paragraph had in the previous draft, which names a
    /// paragraph of that draft and so is not resolved in this one.
    RenumberedFrom {
        /// The former number.
        former: Num,
    },
    /// `[New Para btwn 55 and 56]`: the paragraphs a new one goes between.
    PlacedBetween {
        /// The paragraph before.
        after: Num,
        /// The paragraph after.
        before: Num,
        /// Whether the part (the same annex, for an annex) has both.
        status: TargetStatus,
    },
    /// The paragraph a co-facilitators' proposal is for: `OP2`, `Para 36`.
    CoFacilitatorTarget {
        /// The part it is in.
        target_part: Part,
        /// Its number.
        target: Num,
        /// Whether the part has that paragraph.
        status: TargetStatus,
    },
    /// A UN resolution or decision by its symbol: `General Assembly resolution 62/141`.
    UnDocument {
        /// The body that adopted it, when the text names one before the symbol.
        body: Option<DocumentBody>,
        /// A resolution or a decision, when the text says which.
        document_type: Option<DocumentType>,
        /// The symbol, `62/141` (or `1888` for the Security Council).
        symbol: String,
    },
    /// An instrument, under its canonical identifier (`untoc`, `ilo_c029`).
    Instrument {
        /// The identifier, from [`crate::INSTRUMENTS`] or a numbered series.
        id: String,
    },
    /// Articles of an instrument: `Article 32 of UNTOC`.
    Article {
        /// The instrument's identifier.
        instrument: String,
        /// The article numbers.
        articles: Vec<u32>,
    },
    /// A term the text defines: `(hereinafter “UNTOC”)`.
    DefinedTerm {
        /// The term.
        term: String,
        /// What it stands for: the instrument or body named just before, if any.
        stands_for: Option<String>,
    },
    /// A later use of a defined term. Where the term is also a name in the tables (`UNTOC`),
    /// the same words are reported as an [`ReferenceKind::Instrument`] or a
    /// [`ReferenceKind::Body`] as well.
    TermUse {
        /// The term.
        term: String,
        /// What it stands for, as its definition says.
        stands_for: Option<String>,
    },
    /// A UN body, office or mechanism, under its canonical identifier (`unodc`).
    Body {
        /// The identifier, from [`crate::BODIES`].
        id: String,
    },
}

/// Whether an internal reference names a paragraph that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetStatus {
    /// The paragraph is there.
    Found,
    /// No paragraph has that number.
    Missing,
}

/// The body that adopted a resolution or decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DocumentBody {
    /// The General Assembly.
    GeneralAssembly,
    /// The Economic and Social Council.
    EconomicAndSocialCouncil,
    /// The Commission on Human Rights.
    CommissionOnHumanRights,
    /// The Human Rights Council.
    HumanRightsCouncil,
    /// The Security Council.
    SecurityCouncil,
    /// A Conference of the Parties to a convention.
    ConferenceOfTheParties,
}

/// A resolution or a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentType {
    /// A resolution.
    Resolution,
    /// A decision.
    Decision,
}

/// Every reference of the document, in text order.
///
/// ```
/// use unga::ReferenceKind;
///
/// let doc: unga::Document = unga::DRAFT_2010_07_19.parse().unwrap();
/// let refs = unga::references(&doc);
/// let untoc = refs
///     .iter()
///     .filter(|r| matches!(&r.kind, ReferenceKind::Instrument { id } if id == "untoc"))
///     .count();
/// assert!(untoc > 10);
/// ```
pub fn references(doc: &Document) -> Vec<Reference> {
    references_in(doc, &TextIndex::new(doc))
}

/// [`references`], over a text already indexed.
pub(crate) fn references_in(doc: &Document, index: &TextIndex<'_>) -> Vec<Reference> {
    let mut found = Vec::new();
    internal(doc, index, &mut found);
    let mut definitions: Vec<Definition> = Vec::new();
    let needles = Needles::new();
    for piece in &index.pieces {
        if matches!(piece.piece, Piece::Heading) {
            continue;
        }
        external(index, piece, &needles, &mut found, &mut definitions);
    }
    term_uses(index, &definitions, &mut found);
    found.sort_by_key(|r| (r.span.start, Reverse(r.span.end)));
    found
}

/// Where a reference found at `start..end` of `piece` stands.
fn reference(
    index: &TextIndex<'_>,
    piece: &Located<'_>,
    kind: ReferenceKind,
    start: usize,
    end: usize,
) -> Reference {
    let paragraph = match piece.piece {
        Piece::Block(Block::Paragraph(p)) | Piece::Note(Block::Paragraph(p)) => p.num,
        _ => None,
    };
    Reference {
        kind,
        text: index.text.get(start..end).unwrap_or_default().to_owned(),
        span: index.span(start, end),
        part: piece.place.part,
        annex: index.annex(&piece.place),
        section: piece.place.section.map(|s| s.num),
        paragraph,
        in_revision_note: matches!(piece.piece, Piece::Note(..)),
    }
}

/// The numbered paragraphs of each part, an annex's under the annex's index, to resolve
/// internal references in constant time.
struct Numbers {
    paragraphs: HashSet<(Part, usize, Num)>,
}

impl Numbers {
    fn new(doc: &Document, index: &TextIndex<'_>) -> Self {
        let paragraphs = doc
            .paragraphs()
            .filter_map(|(place, paragraph)| {
                Some((place.part, index.annex(&place).unwrap_or(0), paragraph.num?))
            })
            .collect();
        Numbers { paragraphs }
    }

    /// Whether `part` has paragraph `num`: in an annex, the annex the reference stands in (the
    /// first one for a reference from outside the annexes).
    fn status(&self, part: Part, annex: Option<usize>, num: Num) -> TargetStatus {
        let annex = if part == Part::Annex {
            annex.unwrap_or(0)
        } else {
            0
        };
        if self.paragraphs.contains(&(part, annex, num)) {
            TargetStatus::Found
        } else {
            TargetStatus::Missing
        }
    }
}

fn internal(doc: &Document, index: &TextIndex<'_>, found: &mut Vec<Reference>) {
    let numbers = Numbers::new(doc, index);
    for piece in &index.pieces {
        let text = index.slice(&piece.range);
        let at = |needle: &str| text.find(needle).map(|i| piece.range.start + i);
        let part = piece.place.part;
        let annex = index.annex(&piece.place);
        match piece.piece {
            Piece::Block(Block::Paragraph(p)) => {
                if let Status::Merged { merged_into } = p.status {
                    let needle = format!("[Merged with paragraph {merged_into}]");
                    if let Some(start) = at(&needle) {
                        let kind = ReferenceKind::MergedInto {
                            target: merged_into,
                            status: numbers.status(part, annex, merged_into),
                        };
                        found.push(reference(index, piece, kind, start, start + needle.len()));
                    }
                }
                if let Some(placement) = &p.placement {
                    let needle = format!(
                        "[New Para btwn {} and {}]",
                        placement.after, placement.before
                    );
                    if let Some(start) = at(&needle) {
                        let both = [placement.after, placement.before]
                            .map(|n| numbers.status(part, annex, n));
                        let status = if both.contains(&TargetStatus::Missing) {
                            TargetStatus::Missing
                        } else {
                            TargetStatus::Found
                        };
                        let kind = ReferenceKind::PlacedBetween {
                            after: placement.after,
                            before: placement.before,
                            status,
                        };
                        found.push(reference(index, piece, kind, start, start + needle.len()));
                    }
                }
                // Each note from where the last was found: a note may be written twice.
                let mut cursor = 0;
                for inline in p.inlines() {
                    if let Inline::Renumbering { formerly, .. } = inline {
                        let shown = inline.to_string();
                        let Some(i) = text.get(cursor..).and_then(|rest| rest.find(&shown)) else {
                            continue;
                        };
                        let start = piece.range.start + cursor + i;
                        cursor += i + shown.len();
                        let kind = ReferenceKind::RenumberedFrom { former: *formerly };
                        found.push(reference(index, piece, kind, start, start + shown.len()));
                    }
                }
            }
            Piece::Block(Block::CoFacilitatorNote(note)) => {
                let (target_part, target) = match &note.target {
                    Target::OperativeParagraph { num } => (Part::Operative, *num),
                    Target::AnnexParagraph { num } => (Part::Annex, *num),
                    _ => continue,
                };
                let shown = note.target.to_string();
                if let Some(start) = at(&format!(" for {shown} ")).map(|s| s + 5) {
                    let kind = ReferenceKind::CoFacilitatorTarget {
                        target_part,
                        target,
                        status: numbers.status(target_part, annex, target),
                    };
                    found.push(reference(index, piece, kind, start, start + shown.len()));
                }
            }
            _ => {}
        }
    }
}

/// A name to look for, lower-cased, with its searcher built once.
struct Needle {
    len: usize,
    finder: memchr::memmem::Finder<'static>,
}

impl Needle {
    fn new(name: &str) -> Self {
        let lower = name.to_ascii_lowercase();
        Needle {
            len: lower.len(),
            finder: memchr::memmem::Finder::new(lower.as_bytes()).into_owned(),
        }
    }

    /// Byte offsets of the whole-word occurrences in `haystack` (lower-cased alike).
    fn occurrences<'h>(&'h self, haystack: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
        self.finder.find_iter(haystack).filter(move |&at| {
            let before = at.checked_sub(1).and_then(|i| haystack.get(i));
            let after = haystack.get(at + self.len);
            let word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
            !word(before) && !word(after)
        })
    }
}

/// Every name the finder looks for, built once per document rather than once per paragraph.
struct Needles {
    entries: Vec<(Needle, bool, &'static Entry)>,
    series: Vec<(Needle, &'static str)>,
    articles: [Needle; 2],
    /// What opens a definition (`hereinafter “`, `(“`) and the quote that closes it.
    openers: [(Needle, char); 3],
    bodies: Vec<(Needle, DocumentBody)>,
    types: Vec<(Needle, DocumentType)>,
}

impl Needles {
    fn new() -> Self {
        let entries = INSTRUMENTS
            .iter()
            .map(|entry| (entry, true))
            .chain(BODIES.iter().map(|entry| (entry, false)))
            .flat_map(|(entry, is_instrument)| {
                entry
                    .names
                    .iter()
                    .map(move |name| (Needle::new(name), is_instrument, entry))
            })
            .collect();
        Needles {
            entries,
            series: NUMBERED_INSTRUMENTS
                .iter()
                .map(|(series, prefix)| (Needle::new(series), *prefix))
                .collect(),
            articles: [Needle::new("articles"), Needle::new("article")],
            openers: [
                (Needle::new("hereinafter \u{201c}"), '\u{201d}'),
                (Needle::new("hereinafter \""), '"'),
                (Needle::new("(\u{201c}"), '\u{201d}'),
            ],
            bodies: DOCUMENT_BODIES
                .iter()
                .flat_map(|(body, names)| names.iter().map(move |name| (Needle::new(name), *body)))
                .collect(),
            types: [
                ("resolution", DocumentType::Resolution),
                ("resolutions", DocumentType::Resolution),
                ("decision", DocumentType::Decision),
                ("decisions", DocumentType::Decision),
            ]
            .iter()
            .map(|&(word, kind)| (Needle::new(word), kind))
            .collect(),
        }
    }
}

fn external(
    index: &TextIndex<'_>,
    piece: &Located<'_>,
    needles: &Needles,
    found: &mut Vec<Reference>,
    definitions: &mut Vec<Definition>,
) {
    let text = index.slice(&piece.range);
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let base = piece.range.start;

    // Defined terms first: the quoted term is a definition, not a mention.
    let mut defined: Vec<(usize, usize)> = Vec::new();
    let mut named: Vec<(usize, usize, bool, String)> = Vec::new();
    for (needle, is_instrument, entry) in &needles.entries {
        for at in needle.occurrences(bytes) {
            let end = at + needle.len;
            if !excluded(entry, bytes, end) {
                named.push((at, end, *is_instrument, entry.id.to_owned()));
            }
        }
    }
    for (needle, prefix) in &needles.series {
        for at in needle.occurrences(bytes) {
            // `ILO Convention 29 and 182`: the first number with the series' name, the others
            // alone; a number said twice is one reference.
            let mut seen = Vec::new();
            for (i, (number, start, end)) in
                numbers_after(text, at + needle.len).into_iter().enumerate()
            {
                if seen.contains(&number) {
                    continue;
                }
                seen.push(number);
                let start = if i == 0 { at } else { start };
                named.push((start, end, true, format!("{prefix}{number:03}")));
            }
        }
    }
    // The longest name wins where names of one kind overlap; the same words may name several
    // instruments (`ILO Convention 29 and 182`).
    named.sort_by_key(|&(start, end, is_instrument, _)| (is_instrument, start, Reverse(end)));
    let mut kept: Vec<(usize, usize, bool, String)> = Vec::new();
    let mut reach: [Option<(usize, usize, usize)>; 2] = [None, None];
    for candidate in named {
        let kind = usize::from(candidate.2);
        let keep = match reach.get(kind).copied().flatten() {
            None => true,
            Some((start, end, furthest)) => {
                candidate.0 >= furthest || (candidate.0 == start && candidate.1 == end)
            }
        };
        if keep {
            let furthest = reach
                .get(kind)
                .copied()
                .flatten()
                .map_or(0, |r| r.2)
                .max(candidate.1);
            if let Some(slot) = reach.get_mut(kind) {
                *slot = Some((candidate.0, candidate.1, furthest));
            }
            kept.push(candidate);
        }
    }

    // Names by where they end, for the definitions that follow them.
    let mut by_end: Vec<(usize, &str)> = kept.iter().map(|k| (k.1, k.3.as_str())).collect();
    by_end.sort_unstable();
    // `(hereinafter “UNTOC”)`, `(hereinafter "UNTOC")`, and `(“the Plan of Action”)`; the
    // term follows the opener directly, so no word boundary is asked after it.
    for (opener, close_with) in &needles.openers {
        for at in opener.finder.find_iter(bytes) {
            let term_start = at + opener.len;
            // A term is a few words: an opening quote that no quote closes nearby defines nothing.
            let window = text.get(term_start..).map_or("", |rest| {
                let mut end = rest.len().min(MAX_TERM_LEN);
                while !rest.is_char_boundary(end) {
                    end -= 1;
                }
                rest.get(..end).unwrap_or_default()
            });
            let Some(close) = window.find(*close_with) else {
                continue;
            };
            let term = window.get(..close).unwrap_or_default().to_owned();
            // `(“...”)` defines only when the parenthesis closes right after the quote.
            let parenthesized = bytes.get(at) == Some(&b'(');
            if term.trim().is_empty()
                || (parenthesized
                    && !window
                        .get(close..)
                        .is_some_and(|r| r.starts_with("\u{201d})")))
            {
                continue;
            }
            let term_end = term_start + close;
            defined.push((term_start, term_end));
            // What the term names: the entry it is a name of, else a name just before the
            // parenthesis (`Crime (hereinafter ...`).
            let known = INSTRUMENTS
                .iter()
                .chain(BODIES)
                .find(|entry| entry.names.contains(&term.as_str()));
            let paren = match text.get(..at) {
                Some(before) if !parenthesized && before.ends_with('(') => at - 1,
                _ => at,
            };
            let stands_for = known.map(|entry| entry.id.to_owned()).or_else(|| {
                let before = by_end.partition_point(|&(end, _)| end <= paren);
                let &(end, id) = by_end.get(before.checked_sub(1)?)?;
                (paren.saturating_sub(end) <= 1).then(|| id.to_owned())
            });
            definitions.push(Definition {
                term: term.clone(),
                stands_for: stands_for.clone(),
                defined_at: base + term_end,
            });
            let kind = ReferenceKind::DefinedTerm { term, stands_for };
            found.push(reference(
                index,
                piece,
                kind,
                base + term_start,
                base + term_end,
            ));
        }
    }
    defined.sort_unstable();

    for (start, end, is_instrument, id) in kept {
        // Inside a definition's quotes: the definition itself, not a mention.
        let last = defined.partition_point(|&(s, _)| s <= start);
        if last
            .checked_sub(1)
            .and_then(|i| defined.get(i))
            .is_some_and(|&(_, e)| end <= e)
        {
            continue;
        }
        let kind = if is_instrument {
            ReferenceKind::Instrument { id }
        } else {
            ReferenceKind::Body { id }
        };
        found.push(reference(index, piece, kind, base + start, base + end));
    }

    articles(index, piece, needles, text, bytes, found);
    un_documents(index, piece, needles, text, bytes, found);
}

/// Whether a name found at `..end` is followed by a word that makes it part of another name.
fn excluded(entry: &Entry, lower: &[u8], end: usize) -> bool {
    entry.not_followed_by.iter().any(|after| {
        lower
            .get(end..end + after.len())
            .is_some_and(|next| next.eq_ignore_ascii_case(after.as_bytes()))
    })
}

/// Numbers after `from` (` 29 and 182`, ` 24 and 25`), each with its span.
fn numbers_after(text: &str, from: usize) -> Vec<(u32, usize, usize)> {
    let mut numbers = Vec::new();
    let mut at = from;
    let mut rest = text.get(from..).unwrap_or_default();
    // A space before the first number; a comma or `and` between the others.
    let mut separators: &[&str] = &[" "];
    while let Some(after_sep) = separators.iter().find_map(|sep| rest.strip_prefix(sep)) {
        let digits = after_sep.bytes().take_while(u8::is_ascii_digit).count();
        let next = after_sep.as_bytes().get(digits);
        if digits == 0
            || digits > 4
            || next.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'/')
        {
            break;
        }
        let Some(number) = after_sep.get(..digits).and_then(|d| d.parse().ok()) else {
            break;
        };
        let start = at + (rest.len() - after_sep.len());
        numbers.push((number, start, start + digits));
        let consumed = rest.len() - after_sep.len() + digits;
        at += consumed;
        rest = rest.get(consumed..).unwrap_or_default();
        separators = &[", ", " and "];
    }
    numbers
}

/// `Article 32 of UNTOC`, `Articles of 24 and 25 of UNTOC`.
fn articles(
    index: &TextIndex<'_>,
    piece: &Located<'_>,
    needles: &Needles,
    text: &str,
    lower: &[u8],
    found: &mut Vec<Reference>,
) {
    for needle in &needles.articles {
        for at in needle.occurrences(lower) {
            let mut from = at + needle.len;
            if text
                .get(from..)
                .is_some_and(|rest| rest.starts_with(" of "))
            {
                from += 3;
            }
            let numbers = numbers_after(text, from);
            let Some(&(_, _, end)) = numbers.last() else {
                continue;
            };
            let numbers: Vec<u32> = numbers.into_iter().map(|(n, _, _)| n).collect();
            let Some(after) = text.get(end..).and_then(|rest| rest.strip_prefix(" of ")) else {
                continue;
            };
            let instrument = INSTRUMENTS.iter().find_map(|entry| {
                entry
                    .names
                    .iter()
                    .find(|name| {
                        after
                            .get(..name.len())
                            .is_some_and(|s| s.eq_ignore_ascii_case(name))
                    })
                    .map(|name| (entry.id, name.len()))
            });
            let Some((id, len)) = instrument else {
                continue;
            };
            let kind = ReferenceKind::Article {
                instrument: id.to_owned(),
                articles: numbers,
            };
            let end = end + 4 + len;
            found.push(reference(
                index,
                piece,
                kind,
                piece.range.start + at,
                piece.range.start + end,
            ));
        }
    }
}

/// Where the names of `needles` end in `lower`, in text order, with what each names.
fn mentions<T: Copy>(needles: &[(Needle, T)], lower: &[u8]) -> Vec<(usize, T)> {
    let mut found: Vec<(usize, T)> = needles
        .iter()
        .flat_map(|(needle, value)| {
            needle
                .occurrences(lower)
                .map(move |at| (at + needle.len, *value))
        })
        .collect();
    found.sort_unstable_by_key(|&(end, _)| end);
    found
}

/// Resolutions and decisions: `55/25`, and `Security Council Resolution 1888`.
fn un_documents(
    index: &TextIndex<'_>,
    piece: &Located<'_>,
    needles: &Needles,
    text: &str,
    lower: &[u8],
    found: &mut Vec<Reference>,
) {
    // The mentions of bodies and of the words `resolution` and `decision`, by where they end,
    // so that each symbol finds the last one before it by binary search.
    let bodies = mentions(&needles.bodies, lower);
    let types = mentions(&needles.types, lower);
    fn last_before<T: Copy>(list: &[(usize, T)], at: usize) -> Option<T> {
        let index = list.partition_point(|&(end, _)| end <= at);
        list.get(index.checked_sub(1)?).map(|&(_, value)| value)
    }
    let body_before = |at: usize| last_before(&bodies, at);
    let type_before = |at: usize| last_before(&types, at);
    let mut push = |start: usize, end: usize| {
        let symbol = text.get(start..end).unwrap_or_default().to_owned();
        let kind = ReferenceKind::UnDocument {
            body: body_before(start),
            document_type: type_before(start),
            symbol,
        };
        found.push(reference(
            index,
            piece,
            kind,
            piece.range.start + start,
            piece.range.start + end,
        ));
    };
    let digits = |from: usize| {
        lower.get(from..).map_or(0, |rest| {
            rest.iter().take_while(|b| b.is_ascii_digit()).count()
        })
    };
    let mut i = 0;
    while let Some(slash) = lower
        .get(i..)
        .and_then(|rest| memchr::memchr(b'/', rest))
        .map(|s| s + i)
    {
        i = slash + 1;
        let left = lower.get(..slash).map_or(0, |b| {
            b.iter().rev().take_while(|b| b.is_ascii_digit()).count()
        });
        let right = digits(slash + 1);
        let start = slash - left;
        let end = slash + 1 + right;
        let bounded = |b: Option<&u8>| {
            !b.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'/' || *b == b'.')
        };
        if (1..=4).contains(&left)
            && (1..=4).contains(&right)
            && bounded(start.checked_sub(1).and_then(|s| lower.get(s)))
            && bounded(lower.get(end))
        {
            push(start, end);
        }
    }
    // Series numbered without a slash: `Security Council Resolution 1888`.
    for (end, _) in bodies
        .iter()
        .filter(|b| b.1 == DocumentBody::SecurityCouncil)
    {
        let Some(rest) = lower.get(*end..) else {
            continue;
        };
        if let Some(after) = rest.strip_prefix(b" resolution ") {
            let n = after.iter().take_while(|b| b.is_ascii_digit()).count();
            let next = after.get(n);
            if (1..=5).contains(&n)
                && !next.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'/')
            {
                let start = end + " resolution ".len();
                push(start, start + n);
            }
        }
    }
}

/// Later uses of each defined term, whole words, case as defined.
fn term_uses(index: &TextIndex<'_>, definitions: &[Definition], found: &mut Vec<Reference>) {
    let definition_starts: HashSet<usize> = found
        .iter()
        .filter(|r| matches!(r.kind, ReferenceKind::DefinedTerm { .. }))
        .map(|r| r.span.start)
        .collect();
    // Each term once, under its first word: one pass over the text looks every word up.
    let mut by_first_word: HashMap<&str, Vec<&Definition>> = HashMap::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for definition in definitions {
        let term = definition.term.as_str();
        let first = term
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        if !first.is_empty() && seen.insert(term) {
            by_first_word.entry(first).or_default().push(definition);
        }
    }
    if by_first_word.is_empty() {
        return;
    }
    for piece in &index.pieces {
        if matches!(piece.piece, Piece::Heading) {
            continue;
        }
        let text = index.slice(&piece.range);
        let bytes = text.as_bytes();
        let mut word_start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if c.is_alphanumeric() {
                word_start.get_or_insert(i);
                continue;
            }
            let Some(at) = word_start.take() else {
                continue;
            };
            let Some(terms) = text.get(at..i).and_then(|word| by_first_word.get(word)) else {
                continue;
            };
            for definition in terms {
                let Definition {
                    term,
                    stands_for,
                    defined_at,
                } = definition;
                let defined_at = *defined_at;
                let start = piece.range.start + at;
                let whole = text
                    .get(at..)
                    .is_some_and(|rest| rest.starts_with(term.as_str()))
                    && !bytes
                        .get(at + term.len())
                        .is_some_and(u8::is_ascii_alphanumeric);
                if !whole || start < defined_at || definition_starts.contains(&start) {
                    continue;
                }
                let kind = ReferenceKind::TermUse {
                    term: term.clone(),
                    stands_for: stands_for.clone(),
                };
                found.push(reference(index, piece, kind, start, start + term.len()));
            }
        }
    }
}
