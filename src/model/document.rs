//! The document and its parts: header, preamble, operative part, annexes and their sections.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::date::Date;
use super::inline::{Inline, plain_text};
use super::layout::{Eol, Gap};
use super::number::SectionNum;
use super::paragraph::Paragraph;
use super::revision::{CoFacilitatorNote, RevisionNote};

/// A resolution or draft resolution: header, preamble, operative part and annexes.
///
/// Parse it from text with [`str::parse`] (which never fails) or [`crate::parse`] (which also
/// lists what the grammar did not recognise); write it back with [`Display`](std::fmt::Display),
/// or with [`Document::render`], which also checks that the text reads back as the same model.
///
/// ```
/// use unga::Document;
///
/// let doc: Document = unga::DRAFT_2010_07_19.parse().unwrap();
/// assert_eq!(doc.to_string(), unga::DRAFT_2010_07_19);
/// assert_eq!(doc.header.title().map(|t| t.text.as_str()),
///            Some("UN Global Plan of Action against Trafficking in Persons"));
/// assert_eq!(doc.preamble.paragraphs().count(), 15);
/// assert_eq!(doc.annexes[0].sections.len(), 4);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "A resolution or draft resolution: header, preamble, operative part and annexes."
)]
pub struct Document {
    /// Whether the text starts with a byte order mark.
    #[serde(default, skip_serializing_if = "is_false")]
    pub bom: bool,
    /// What comes before the preamble: title, status and date, kind, enacting formula.
    #[serde(default)]
    pub header: Header,
    /// The preambular paragraphs.
    #[serde(default)]
    pub preamble: Preamble,
    /// The operative paragraphs of the resolution.
    #[serde(default)]
    pub operative: Operative,
    /// The annexes, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annexes: Vec<Annex>,
    /// Blank lines at the end of the text.
    #[serde(default = "Gap::none", skip_serializing_if = "Gap::is_none")]
    pub trailing: Gap,
}

impl Default for Document {
    /// The empty document, which writes as the empty text.
    fn default() -> Self {
        Document {
            bom: false,
            header: Header::default(),
            preamble: Preamble::default(),
            operative: Operative::default(),
            annexes: Vec::new(),
            trailing: Gap::none(),
        }
    }
}

impl Document {
    /// Every paragraph in document order, with the part and section it stands in.
    ///
    /// ```
    /// use unga::{Document, Part};
    ///
    /// let doc: Document = unga::DRAFT_2010_07_19.parse().unwrap();
    /// let (place, pp9) = doc.paragraphs().nth(8).unwrap();
    /// assert_eq!((place.part, pp9.num.unwrap().to_string()), (Part::Preamble, "PP9".to_owned()));
    /// ```
    pub fn paragraphs(&self) -> impl Iterator<Item = (Place<'_>, &Paragraph)> {
        self.blocks().filter_map(|(place, block)| match block {
            Block::Paragraph(paragraph) => Some((place, paragraph)),
            _ => None,
        })
    }

    /// Every block in document order, with the part and section it stands in. Section and
    /// annex headings are not blocks; [`Place`] names their annex and section.
    pub fn blocks(&self) -> impl Iterator<Item = (Place<'_>, &Block)> {
        let place = |part| Place {
            part,
            annex: None,
            section: None,
        };
        let header = self
            .header
            .blocks
            .iter()
            .map(move |b| (place(Part::Header), b));
        let preamble = self
            .preamble
            .blocks
            .iter()
            .map(move |b| (place(Part::Preamble), b));
        let operative = self
            .operative
            .blocks
            .iter()
            .map(move |b| (place(Part::Operative), b));
        let annexes = self.annexes.iter().flat_map(|annex| {
            let top = annex.blocks.iter().map(move |b| {
                (
                    Place {
                        part: Part::Annex,
                        annex: Some(annex),
                        section: None,
                    },
                    b,
                )
            });
            let sections = annex.sections.iter().flat_map(move |section| {
                section.blocks.iter().map(move |b| {
                    (
                        Place {
                            part: Part::Annex,
                            annex: Some(annex),
                            section: Some(section),
                        },
                        b,
                    )
                })
            });
            top.chain(sections)
        });
        header.chain(preamble).chain(operative).chain(annexes)
    }

    /// Every revision note in document order, those attached to paragraphs included.
    pub fn revision_notes(&self) -> impl Iterator<Item = &RevisionNote> {
        self.blocks().flat_map(|(_, block)| block.notes())
    }
}

/// The part of a document a block stands in; parts order as they stand in a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Part {
    /// Before the preamble.
    Header,
    /// The preambular paragraphs.
    Preamble,
    /// The operative paragraphs.
    Operative,
    /// An annex.
    Annex,
}

/// Where a block stands: its part and, in an annex, the annex and section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place<'a> {
    /// The part.
    pub part: Part,
    /// The annex, in an annex.
    pub annex: Option<&'a Annex>,
    /// The section, in a section of an annex.
    pub section: Option<&'a Section>,
}

/// What comes before the preamble.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// The header's blocks, in document order.
    #[serde(default)]
    pub blocks: Vec<Block>,
}

impl Header {
    /// The document's title.
    pub fn title(&self) -> Option<&Title> {
        self.blocks.iter().find_map(|block| match block {
            Block::Title(title) => Some(title),
            _ => None,
        })
    }

    /// The draft's status and date, `DRAFT (19 July 2010)`.
    pub fn status(&self) -> Option<&DraftStatus> {
        self.blocks.iter().find_map(|block| match block {
            Block::DraftStatus(status) => Some(status),
            _ => None,
        })
    }

    /// The kind of document, `General Assembly Resolution`.
    pub fn kind(&self) -> Option<&DocumentKind> {
        self.blocks.iter().find_map(|block| match block {
            Block::DocumentKind(kind) => Some(kind),
            _ => None,
        })
    }

    /// The enacting formula, `The General Assembly,`.
    pub fn enacting_formula(&self) -> Option<&EnactingFormula> {
        self.blocks.iter().find_map(|block| match block {
            Block::EnactingFormula(formula) => Some(formula),
            _ => None,
        })
    }
}

/// The preamble: paragraphs that recall, recognise and reaffirm (`PP1` to `PP15`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Preamble {
    /// The preamble's blocks, in document order.
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// The operative part: the numbered paragraphs by which the body acts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Operative {
    /// The operative part's blocks, in document order.
    #[serde(default)]
    pub blocks: Vec<Block>,
}

macro_rules! paragraphs_of {
    ($($container:ty),*) => {$(
        impl $container {
            /// The paragraphs, in document order.
            pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
                self.blocks.iter().filter_map(Block::as_paragraph)
            }
        }
    )*};
}

paragraphs_of!(Preamble, Operative, Section);

/// An annex: its heading (`## ANNEX: Global Plan of Action ...`), its chapeau and paragraphs,
/// and its sections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Annex {
    /// The blank lines before the heading.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub before: Gap,
    /// The heading's markup.
    pub markup: HeadingMarkup,
    /// The word that names the annex as written, `ANNEX` (or `Annex`, `ANNEX II`).
    pub label: String,
    /// The annex's title, after `: `.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The end of the heading's line.
    #[serde(default, skip_serializing_if = "Eol::is_default")]
    pub eol: Eol,
    /// The blocks before the first section: the chapeau and the first paragraphs.
    #[serde(default)]
    pub blocks: Vec<Block>,
    /// The sections, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
}

impl Annex {
    /// The chapeau that introduces the annex's paragraphs, `We the States Members ... to:`.
    pub fn chapeau(&self) -> Option<&Chapeau> {
        self.blocks.iter().find_map(|block| match block {
            Block::Chapeau(chapeau) => Some(chapeau),
            _ => None,
        })
    }

    /// All the annex's paragraphs, those in sections included, in document order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.blocks
            .iter()
            .chain(self.sections.iter().flat_map(|section| &section.blocks))
            .filter_map(Block::as_paragraph)
    }
}

/// A section of an annex: its heading, a roman number and a title (`III. Prosecuting crimes
/// of trafficking in persons`), and its blocks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The blank lines before the heading.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub before: Gap,
    /// The heading's markup.
    pub markup: HeadingMarkup,
    /// The section's number.
    pub num: SectionNum,
    /// The section's title, after `. `.
    pub title: String,
    /// The end of the heading's line.
    #[serde(default, skip_serializing_if = "Eol::is_default")]
    pub eol: Eol,
    /// The section's blocks, in document order.
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// How a heading is marked up; the draft uses all of these for the same level of heading.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HeadingMarkup {
    /// In bold on a line of its own, `**I. Preventing ...**`.
    #[default]
    Strong,
    /// `# ...`
    H1,
    /// `## ...`
    H2,
    /// `### ...`
    H3,
    /// `#### ...`
    H4,
    /// `##### ...`
    H5,
    /// `###### ...`
    H6,
}

/// A block: a paragraph, a note between paragraphs, a part of the header, or a line the grammar
/// did not recognise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Block {
    /// The document's title.
    Title(Title),
    /// The draft's status and date.
    DraftStatus(DraftStatus),
    /// The kind of document.
    DocumentKind(DocumentKind),
    /// The enacting formula.
    EnactingFormula(EnactingFormula),
    /// The sentence that introduces an annex's paragraphs.
    Chapeau(Chapeau),
    /// A paragraph.
    Paragraph(Paragraph),
    /// A co-facilitators' announcement.
    CoFacilitatorNote(CoFacilitatorNote),
    /// Revision notes that follow no paragraph.
    RevisionNotes {
        /// The notes, in document order.
        notes: Vec<RevisionNote>,
    },
    /// A line the grammar did not recognise, kept verbatim.
    Unrecognized(Unrecognized),
}

impl Block {
    /// The paragraph, if this is one.
    pub fn as_paragraph(&self) -> Option<&Paragraph> {
        match self {
            Block::Paragraph(paragraph) => Some(paragraph),
            _ => None,
        }
    }

    /// The revision notes this block holds: a paragraph's or chapeau's, or a run of notes.
    pub fn notes(&self) -> &[RevisionNote] {
        match self {
            Block::Paragraph(Paragraph { notes, .. })
            | Block::Chapeau(Chapeau { notes, .. })
            | Block::RevisionNotes { notes } => notes,
            _ => &[],
        }
    }
}

/// The document's title: `**UN Global Plan of Action against Trafficking in Persons**`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Title {
    /// The blank lines before the title.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub before: Gap,
    /// The title's markup.
    pub markup: HeadingMarkup,
    /// The title.
    pub text: String,
    /// The end of the title's line.
    #[serde(default, skip_serializing_if = "Eol::is_default")]
    pub eol: Eol,
}

/// The draft's status and date: `DRAFT (19 July 2010)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftStatus {
    /// The blank lines before the line.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub before: Gap,
    /// The status as written, `DRAFT`.
    pub status: String,
    /// The draft's date; written `19 July 2010`.
    pub date: Date,
    /// The end of the line.
    #[serde(default, skip_serializing_if = "Eol::is_default")]
    pub eol: Eol,
}

/// The kind of document: `**General Assembly Resolution**`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentKind {
    /// The blank lines before the line.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub before: Gap,
    /// The line's markup.
    pub markup: HeadingMarkup,
    /// The kind, `General Assembly Resolution`.
    pub text: String,
    /// The end of the line.
    #[serde(default, skip_serializing_if = "Eol::is_default")]
    pub eol: Eol,
}

/// The enacting formula that opens the resolution: `*The General Assembly,*`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnactingFormula {
    /// The blank lines before the line.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub before: Gap,
    /// Whether the formula is in italics, as the draft writes it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub emphasis: bool,
    /// The formula, `The General Assembly,`.
    pub text: String,
    /// The end of the line.
    #[serde(default, skip_serializing_if = "Eol::is_default")]
    pub eol: Eol,
}

impl EnactingFormula {
    /// The body that acts, `General Assembly`.
    pub fn body(&self) -> &str {
        let text = self.text.strip_prefix("The ").unwrap_or(&self.text);
        text.strip_suffix(',').unwrap_or(text)
    }
}

/// The sentence that introduces an annex's paragraphs: `We the States Members ... to:`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Chapeau {
    /// The blank lines before the chapeau.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub before: Gap,
    /// The chapeau's text.
    pub content: Vec<Inline>,
    /// The end of its line.
    #[serde(default, skip_serializing_if = "Eol::is_default")]
    pub eol: Eol,
    /// The Word margin's notes on it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<RevisionNote>,
}

impl Chapeau {
    /// The text without markup; see [`Inline::push_plain_text`].
    pub fn plain_text(&self) -> String {
        plain_text(&self.content)
    }
}

/// A line the grammar did not recognise, kept verbatim so that nothing is lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unrecognized {
    /// The blank lines before the line.
    #[serde(default, skip_serializing_if = "Gap::is_default")]
    pub before: Gap,
    /// The line, without its end.
    pub text: String,
    /// The end of the line.
    #[serde(default, skip_serializing_if = "Eol::is_default")]
    pub eol: Eol,
}

fn is_false(b: &bool) -> bool {
    !*b
}
