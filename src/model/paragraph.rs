//! Paragraphs, their status and their lettered items.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::inline::{Inline, plain_text, walk_inlines};
use super::layout::{Eol, Gap};
use super::number::Num;
use super::revision::{RevisionKind, RevisionNote};

/// A paragraph of the preamble, the operative part or the annex.
///
/// Its first line starts with its label (`PP9 `, `17ter. `, or for the new paragraph
/// `[New Para btwn 55 and 56] `), its text may go on after page breaks, its lettered items follow
/// it, and the revision notes of the Word margin close it.
///
/// ```
/// use unga::{Document, Status};
///
/// let doc: Document = "PP1 *Guided* by the Charter,\n\n1. Adopts the plan;\n\n2. [Merged with paragraph 1]\n"
///     .parse()
///     .unwrap();
/// let pp1 = &doc.preamble.paragraphs().next().unwrap();
/// assert_eq!(pp1.opening.as_deref(), Some("Guided"));
/// assert_eq!(pp1.plain_text(), "Guided by the Charter,");
/// let op2 = doc.operative.paragraphs().nth(1).unwrap();
/// assert_eq!(op2.status, Status::Merged { merged_into: "1".parse().unwrap() });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(
    description = "A paragraph: label, status, text, items and revision notes.",
    transform = crate::schema::require_num,
    transform = crate::schema::deny_unevaluated
)]
pub struct Paragraph {
    /// The blank lines before the paragraph.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub before: Gap,
    /// The paragraph's number; `None` for a new paragraph not numbered yet, or an unnumbered
    /// preambular paragraph. Always present in JSON, `null` when there is none.
    pub num: Option<Num>,
    /// The number as written, where that is not its canonical label (`48 bis`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_raw: Option<String>,
    /// Whether the paragraph stands, was deleted or was merged into another.
    #[serde(flatten)]
    pub status: Status,
    /// Where a new, unnumbered paragraph goes: `[New Para btwn 55 and 56]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement: Option<Placement>,
    /// The italic opening phrase of a preambular paragraph (`Guided`, `Recalling`), without
    /// its asterisks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening: Option<String>,
    /// The text after the label and the opening phrase.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub content: Vec<Inline>,
    /// The end of the paragraph's last line of text.
    #[serde(default, skip_serializing_if = "Eol::is_default")]
    pub eol: Eol,
    /// The lettered or bulleted items that follow the paragraph's text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
    /// The Word margin's notes on this paragraph, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<RevisionNote>,
}

impl Paragraph {
    /// An active paragraph with this number and text, after one blank line.
    pub fn new(num: Option<Num>, content: Vec<Inline>) -> Self {
        Paragraph {
            before: Gap::default(),
            num,
            num_raw: None,
            status: Status::Active,
            placement: None,
            opening: None,
            content,
            eol: Eol::default(),
            items: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// The text without markup, its opening phrase included, insertions accepted and page
    /// breaks as spaces; the items are not included (see [`Item::plain_text`]).
    pub fn plain_text(&self) -> String {
        let mut text = self.opening.clone().unwrap_or_default();
        text.push_str(&plain_text(&self.content));
        text
    }

    /// The inlines of the text, the items' included, depth first in document order.
    pub fn inlines(&self) -> impl Iterator<Item = &Inline> {
        walk_inlines(&self.content).chain(
            self.items
                .iter()
                .flat_map(|item| walk_inlines(&item.content)),
        )
    }

    /// The page breaks that split the paragraph's text.
    pub fn page_breaks(&self) -> usize {
        self.inlines()
            .filter(|inline| matches!(inline, Inline::PageBreak { .. }))
            .count()
    }

    /// The number the paragraph had before, from its `[Formerly PP8]` note.
    pub fn formerly(&self) -> Option<Num> {
        self.inlines().find_map(|inline| match inline {
            Inline::Renumbering { formerly, .. } => Some(*formerly),
            _ => None,
        })
    }

    /// The revision notes of one kind.
    pub fn notes_of(&self, kind: RevisionKind) -> impl Iterator<Item = &RevisionNote> {
        self.notes.iter().filter(move |note| note.kind == kind)
    }
}

/// The fields of a paragraph's JSON object, read strictly: `status` and `merged_into` stand
/// beside the others, which `#[serde(flatten)]` cannot combine with `deny_unknown_fields`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParagraphFields {
    #[serde(default)]
    before: Gap,
    #[serde(deserialize_with = "required")]
    num: Option<Num>,
    #[serde(default)]
    num_raw: Option<String>,
    status: StatusName,
    #[serde(default)]
    merged_into: Option<Num>,
    #[serde(default)]
    placement: Option<Placement>,
    #[serde(default)]
    opening: Option<String>,
    #[serde(default)]
    content: Vec<Inline>,
    #[serde(default)]
    eol: Eol,
    #[serde(default)]
    items: Vec<Item>,
    #[serde(default)]
    notes: Vec<RevisionNote>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum StatusName {
    Active,
    Deleted,
    Merged,
}

impl<'de> Deserialize<'de> for Paragraph {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let fields = ParagraphFields::deserialize(deserializer)?;
        let status = match (fields.status, fields.merged_into) {
            (StatusName::Active, None) => Status::Active,
            (StatusName::Deleted, None) => Status::Deleted,
            (StatusName::Merged, Some(merged_into)) => Status::Merged { merged_into },
            (StatusName::Merged, None) => {
                return Err(serde::de::Error::custom(
                    "a merged paragraph needs `merged_into`",
                ));
            }
            (_, Some(_)) => {
                return Err(serde::de::Error::custom(
                    "`merged_into` belongs only to a paragraph whose status is `merged`",
                ));
            }
        };
        Ok(Paragraph {
            before: fields.before,
            num: fields.num,
            num_raw: fields.num_raw,
            status,
            placement: fields.placement,
            opening: fields.opening,
            content: fields.content,
            eol: fields.eol,
            items: fields.items,
            notes: fields.notes,
        })
    }
}

/// Reads an `Option` that must be present, possibly `null`: serde otherwise takes a missing
/// field for `None`.
fn required<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    Option::<T>::deserialize(deserializer)
}

/// An item's letter: present, `null` for a bullet, else one to four lower-case letters.
fn item_num<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let num: Option<String> = required(deserializer)?;
    match num {
        Some(n) if n.is_empty() || n.len() > 4 || !n.bytes().all(|b| b.is_ascii_lowercase()) => {
            Err(serde::de::Error::custom(format!(
                "invalid item letter `{n}`: expected one to four lower-case letters"
            )))
        }
        num => Ok(num),
    }
}

/// Whether a paragraph stands.
///
/// In JSON this is the paragraph's `"status"` field, with `"merged_into"` beside it for a merge.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    /// The paragraph stands.
    #[default]
    Active,
    /// The paragraph was deleted and only its number is left: `5. [Paragraph deleted]`.
    Deleted,
    /// The paragraph was merged into another: `43. [Merged with paragraph 42]`.
    Merged {
        /// The paragraph it was merged into.
        merged_into: Num,
    },
}

/// Where a new paragraph not numbered yet is to go: `[New Para btwn 55 and 56]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    /// The paragraph it follows.
    pub after: Num,
    /// The paragraph it precedes.
    pub before: Num,
}

/// An item of a paragraph's list: lettered, `- (a) ...` or `- a. ...`, or a plain bullet,
/// `- ...`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::schema::require_num)]
pub struct Item {
    /// The blank lines before the item; items usually follow one another directly.
    #[serde(default = "Gap::none", skip_serializing_if = "Gap::is_none")]
    pub before: Gap,
    /// The item's letter (`a`), or `None` for a bullet. Always present in JSON, `null` for a
    /// bullet.
    #[serde(deserialize_with = "item_num")]
    #[schemars(regex(pattern = "^[a-z]{1,4}$"))]
    pub num: Option<String>,
    /// How the letter is written; it has no effect on a bullet.
    #[serde(default, skip_serializing_if = "ItemStyle::is_parenthesized")]
    pub style: ItemStyle,
    /// The item's text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub content: Vec<Inline>,
    /// The end of the item's last line.
    #[serde(default, skip_serializing_if = "Eol::is_default")]
    pub eol: Eol,
}

impl Item {
    /// The text without markup; see [`Inline::push_plain_text`].
    pub fn plain_text(&self) -> String {
        plain_text(&self.content)
    }
}

/// How an item's letter is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ItemStyle {
    /// `- (a) ...`, as in the resolution's paragraph 2.
    #[default]
    Parenthesized,
    /// `- a. ...`, as in the annex's paragraph 42.
    Dotted,
}

impl ItemStyle {
    fn is_parenthesized(&self) -> bool {
        *self == ItemStyle::Parenthesized
    }
}
