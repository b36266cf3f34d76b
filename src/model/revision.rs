//! Notes about the negotiation: the Word margin's revision notes and the co-facilitators'
//! announcements.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::date::Date;
use super::layout::{Eol, Gap};
use super::number::Num;

/// A note from the Word margin, exported as a line of its own after the paragraph it belongs to:
/// `Deleted: the`, `Formatted: No underline, Font color: Auto`.
///
/// ```
/// use unga::{RevisionKind, RevisionNote};
///
/// let note = RevisionNote::deleted("root causes and");
/// assert_eq!(note.kind, RevisionKind::Deleted);
/// assert_eq!(note.to_string(), "\nDeleted: root causes and\n");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "A note from the Word margin: `Deleted: the`, `Formatted: ...`.")]
pub struct RevisionNote {
    /// The blank lines before the note.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub before: Gap,
    /// What the note records.
    pub kind: RevisionKind,
    /// How the export wrote the note.
    #[serde(default, skip_serializing_if = "NoteMarkup::is_plain")]
    pub markup: NoteMarkup,
    /// The note's text after `Deleted:` or `Formatted:`, verbatim: for a deletion, the deleted
    /// words (possibly none).
    pub text: String,
    /// The end of the note's line.
    #[serde(default, skip_serializing_if = "Eol::is_default")]
    pub eol: Eol,
}

impl RevisionNote {
    /// A plain `Deleted: {text}` note, after one blank line.
    pub fn deleted(text: impl Into<String>) -> Self {
        RevisionNote {
            before: Gap::default(),
            kind: RevisionKind::Deleted,
            markup: NoteMarkup::Plain,
            text: text.into(),
            eol: Eol::default(),
        }
    }
}

/// What a revision note records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RevisionKind {
    /// Words deleted with tracked changes on: `Deleted: ...`.
    Deleted,
    /// A change of formatting: `Formatted: ...`.
    Formatted,
}

impl RevisionKind {
    /// The note's label, without the colon.
    pub const fn label(self) -> &'static str {
        match self {
            RevisionKind::Deleted => "Deleted",
            RevisionKind::Formatted => "Formatted",
        }
    }
}

/// The markup the export gave a revision note; the draft uses all four.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NoteMarkup {
    /// `Deleted: text`.
    #[default]
    Plain,
    /// `**Deleted:** text`.
    Strong,
    /// `- Deleted: text`.
    ListItem,
    /// `- Deleted:** text`: a list item whose opening `**` the export lost.
    BrokenListItem,
}

impl NoteMarkup {
    fn is_plain(&self) -> bool {
        *self == NoteMarkup::Plain
    }
}

/// An announcement by the co-facilitators, in bold brackets between paragraphs:
/// `**[New Proposal by Co-Facilitators for Para 36 Forthcoming at 21 July 2010 Meeting]**`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CoFacilitatorNote {
    /// The blank lines before the note.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub before: Gap,
    /// Whether it announces several proposals ("New Proposals") rather than one.
    #[serde(default, skip_serializing_if = "is_false")]
    pub plural: bool,
    /// What the proposal is for.
    pub target: Target,
    /// The date of the meeting at which the proposal is forthcoming.
    pub meeting: Date,
    /// The end of the note's line.
    #[serde(default, skip_serializing_if = "Eol::is_default")]
    pub eol: Eol,
}

/// What a co-facilitators' proposal is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Target {
    /// An operative paragraph of the resolution: `OP2`.
    OperativeParagraph {
        /// Its number.
        num: Num,
    },
    /// A paragraph of the annex: `Para 36`.
    AnnexParagraph {
        /// Its number.
        num: Num,
    },
    /// A subject rather than a paragraph: `references to Trafficking Protocol`.
    Subject {
        /// The subject as written.
        text: String,
    },
}

fn is_false(b: &bool) -> bool {
    !*b
}
