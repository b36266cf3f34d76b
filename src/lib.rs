//! A typed, lossless model of UN resolutions and of their negotiation drafts with tracked
//! changes.
//!
//! `unga` reads the text of a draft resolution, as exported from Word with its tracked changes,
//! into a typed [`Document`]: the header, the preamble (`PP1` to `PP15`), the operative
//! paragraphs, the annex with its sections, each paragraph with its number, status, text,
//! insertions, alternative wordings and the revision notes of the Word margin. The model writes
//! back the text it was read from, byte for byte, and serialises to JSON described by a JSON
//! Schema.
//!
//! The first document is the draft of 19 July 2010 of the UN Global Plan of Action against
//! Trafficking in Persons, embedded as [`DRAFT_2010_07_19`].
//!
//! # Read a draft and write it back
//!
//! ```
//! use unga::Document;
//!
//! let doc: Document = unga::DRAFT_2010_07_19.parse().unwrap();
//! assert_eq!(doc.to_string(), unga::DRAFT_2010_07_19);
//! ```
//!
//! Parsing a `&str` never fails: a line the grammar does not recognise is kept verbatim as an
//! [`Unrecognized`] block, and [`parse`] lists such lines as [`Diagnostic`]s. [`parse_strict`]
//! refuses them instead, and [`parse_bytes`] takes bytes that may not be UTF-8.
//!
//! # Ask questions of a draft
//!
//! ```
//! use unga::{Document, RevisionKind, Status};
//!
//! let doc: Document = unga::DRAFT_2010_07_19.parse().unwrap();
//! let annex = &doc.annexes[0];
//! let deleted: Vec<String> = annex
//!     .paragraphs()
//!     .filter(|p| p.status == Status::Deleted)
//!     .filter_map(|p| p.num.map(|n| n.to_string()))
//!     .collect();
//! assert_eq!(deleted, ["5", "29", "37", "68"]);
//!
//! let section = annex.section("III").unwrap();
//! assert_eq!(section.title, "Prosecuting crimes of trafficking in persons");
//!
//! let deletions = doc.revision_notes().filter(|n| n.kind == RevisionKind::Deleted).count();
//! assert_eq!(deletions, 62);
//! # Ok::<(), unga::Error>(())
//! ```
//!
//! # Edit and write
//!
//! The model, not a copy of the source, is what gets written: change a field and the text
//! changes with it. [`Document::render`] also checks that the text reads back as the model.
//!
//! ```
//! use unga::{Block, Document, Status};
//!
//! let mut doc: Document = "1. Adopts the plan;\n\n2. Decides to act;\n".parse().unwrap();
//! if let Block::Paragraph(p) = &mut doc.operative.blocks[1] {
//!     p.status = Status::Deleted;
//!     p.content.clear();
//! }
//! assert_eq!(doc.render()?, "1. Adopts the plan;\n\n2. [Paragraph deleted]\n");
//! # Ok::<(), unga::Error>(())
//! ```
//!
//! # JSON and JSON Schema
//!
//! Every model type derives `Serialize`, `Deserialize` and `JsonSchema`; [`json_schema`] gives
//! the schema. Numbered units carry `"num"` (`"PP1"`, `"1bis"`, `"a"`, `"I"`), paragraphs
//! `"status"`, enums a snake_case `"kind"`, and arrays keep document order.
//!
//! ```
//! let doc: unga::Document = "PP1 *Guided* by the Charter,\n".parse().unwrap();
//! let json = serde_json::to_value(&doc).unwrap();
//! let pp1 = &json["preamble"]["blocks"][0];
//! assert_eq!(pp1["kind"], "paragraph");
//! assert_eq!(pp1["num"], "PP1");
//! assert_eq!(pp1["status"], "active");
//! assert_eq!(pp1["opening"], "Guided");
//! ```
//!
//! # Limitations
//!
//! - The grammar knows the layout of the 2010 draft. Other layouts parse losslessly, but what
//!   the grammar does not recognise stays in [`Unrecognized`] blocks, one per line.
//! - Unbracketed alternative wordings are found by a rule of thumb: the wordings on either
//!   side of ` / ` reach to a word they share (`as set out in / as outlined in`), or are one
//!   word each.
//! - A paragraph split by a page break is recognised when its line does not end a clause (`.`,
//!   `,`, `;`, `:`, `!`, `?`) and the next line starts in lower case or with an insertion.
//! - A revision note closes its paragraph: an item or a continuation after it is not attached
//!   to the paragraph (the draft has none there).
//! - Emphasis and insertions nest at most 16 deep; deeper markers stay text. Editorial notes
//!   and alternative wordings keep their text as written, without inline markup.
//! - [`references`] knows the instruments and bodies of [`INSTRUMENTS`] and [`BODIES`] by
//!   name only (`the Convention` is not resolved), and takes a resolution's body to be the
//!   nearest body named before its symbol in the same paragraph.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

mod analysis;
mod diagnostic;
mod error;
mod model;
mod parse;
mod render;
mod schema;

use std::convert::Infallible;
use std::str::FromStr;

pub use analysis::{
    BODIES, Choice, DocumentBody, DocumentType, Entry, INSTRUMENTS, Reference, ReferenceKind, Row,
    Statistics, Tally, TargetStatus, check, references, statistics, word_count,
};
pub use diagnostic::{Diagnostic, DiagnosticCode, Severity};
pub use error::{Error, Located, Span};
pub use model::date::Date;
pub use model::document::{
    Annex, Block, Chapeau, Document, DocumentKind, DraftStatus, EnactingFormula, Header,
    HeadingMarkup, Operative, Part, Place, Preamble, Section, Title, Unrecognized,
};
pub use model::inline::{Brackets, Inline, plain_text, walk_inlines};
pub use model::layout::{Eol, Gap};
pub use model::number::{Num, SectionNum, Suffix};
pub use model::paragraph::{Item, ItemStyle, Paragraph, Placement, Status};
pub use model::revision::{CoFacilitatorNote, NoteMarkup, RevisionKind, RevisionNote, Target};
pub use schema::json_schema;

/// The draft of 19 July 2010 of the UN Global Plan of Action against Trafficking in Persons,
/// exported from Word with its tracked changes, byte for byte.
pub const DRAFT_2010_07_19: &str = include_str!("../documents/gpa-draft-2010-07-19.md");

/// A parsed document and what the parser noticed on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The document.
    pub document: Document,
    /// The lines the grammar did not recognise, in text order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses a text into a document, with diagnostics; never fails.
///
/// ```
/// let parsed = unga::parse("PP1 *Guided* by the Charter,\n\nsomething else\n");
/// assert_eq!(parsed.document.preamble.paragraphs().count(), 1);
/// let [diagnostic] = parsed.diagnostics.as_slice() else { panic!() };
/// assert_eq!((diagnostic.span.line, diagnostic.span.column), (3, 1));
/// ```
pub fn parse(text: &str) -> Parsed {
    let (document, diagnostics) = parse::document(text);
    Parsed {
        document,
        diagnostics,
    }
}

/// Parses a text, refusing the first line the grammar does not recognise.
///
/// ```
/// assert!(unga::parse_strict(unga::DRAFT_2010_07_19).is_ok());
/// let error = unga::parse_strict("PP1 *Guided* by the Charter,\n\n???\n").unwrap_err();
/// assert_eq!(error.line(), Some(3));
/// assert!(error.to_string().contains("3 | ???"));
/// ```
pub fn parse_strict(text: &str) -> Result<Document, Error> {
    let Parsed {
        document,
        diagnostics,
    } = parse(text);
    match diagnostics.first() {
        Some(diagnostic) => Err(Error::Unrecognized(Box::new(diagnostic.located(text)))),
        None => Ok(document),
    }
}

/// Parses bytes that should be UTF-8 (with or without a byte order mark).
///
/// ```
/// let error = unga::parse_bytes(b"PP1 caf\xe9\n").unwrap_err();
/// assert_eq!(error.span().map(|s| s.start), Some(7));
/// assert!(error.to_string().contains("offset 7"));
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, Error> {
    let text = std::str::from_utf8(bytes).map_err(|e| Error::not_utf8(bytes, &e))?;
    Ok(parse(text))
}

impl FromStr for Document {
    type Err = Infallible;

    /// Parses any text; see [`parse`] for the diagnostics.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(parse::document(text).0)
    }
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
