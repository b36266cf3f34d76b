//! The second layer: classified lines gathered into blocks, and blocks into the document's
//! parts.
//!
//! The parts follow one another: the header until the first paragraph, the preamble until the
//! first operative (numbered) paragraph, the operative part until the first annex heading, then
//! the annexes and their sections. A line continues the paragraph above it when it follows it
//! directly, or after blank lines (a page break of the Word file) when the paragraph's line does
//! not end a clause and the new line starts in lower case or with an insertion.

use std::mem;

use super::inlines::inlines;
use super::lines::{Label, Line, LineKind, classify, is_enacting_formula, lines, opening};
use crate::error::{Diagnostic, DiagnosticCode, Span};
use crate::model::document::{
    Annex, AnnexHeading, Block, Chapeau, Document, DocumentKind, DraftStatus, EnactingFormula,
    HeadingMarkup, Section, SectionHeading, Title, Unrecognized,
};
use crate::model::inline::Inline;
use crate::model::layout::{Eol, Gap, eol_unchecked};
use crate::model::number::SectionNum;
use crate::model::paragraph::{Item, Paragraph, Status};
use crate::model::revision::{CoFacilitatorNote, RevisionNote};

/// Where the parser stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Zone {
    Header,
    Preamble,
    Operative,
    Annex,
}

struct Builder<'a> {
    text: &'a str,
    doc: Document,
    zone: Zone,
    /// Blank lines read and not yet given to a block.
    gap: Gap,
    /// The content of the last non-blank line, to tell a page break from a new block.
    previous: &'a str,
    diagnostics: Vec<Diagnostic>,
}

/// Parses a whole text; never fails.
pub(crate) fn document(text: &str) -> (Document, Vec<Diagnostic>) {
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(body) => (true, body),
        None => (false, text),
    };
    let mut builder = Builder {
        text,
        doc: Document {
            bom,
            ..Document::default()
        },
        zone: Zone::Header,
        gap: Gap::none(),
        previous: "",
        diagnostics: Vec::new(),
    };
    let base = text.len() - body.len();
    for line in lines(body) {
        builder.line(Line {
            offset: line.offset + base,
            ..line
        });
    }
    builder.doc.trailing = builder.gap;
    (builder.doc, builder.diagnostics)
}

impl<'a> Builder<'a> {
    fn line(&mut self, line: Line<'a>) {
        let kind = classify(line.content);
        if kind == LineKind::Blank {
            self.gap.push_line(line.eol);
            return;
        }
        let before = mem::replace(&mut self.gap, Gap::none());
        let eol = eol_unchecked(line.eol);
        self.block(kind, &line, before, eol);
        self.previous = line.content;
    }

    fn block(&mut self, kind: LineKind<'a>, line: &Line<'a>, before: Gap, eol: Eol) {
        match kind {
            LineKind::Blank => {}
            LineKind::Note { kind, markup, text } => {
                let note = RevisionNote {
                    before,
                    kind,
                    markup,
                    text: text.to_owned(),
                    eol,
                };
                match self.blocks().last_mut() {
                    Some(
                        Block::Paragraph(Paragraph { notes, .. })
                        | Block::Chapeau(Chapeau { notes, .. }),
                    ) => {
                        notes.push(note);
                    }
                    Some(Block::RevisionNotes { notes }) => notes.push(note),
                    _ => self
                        .blocks()
                        .push(Block::RevisionNotes { notes: vec![note] }),
                }
            }
            LineKind::CoFacilitator {
                plural,
                target,
                meeting,
            } => self
                .blocks()
                .push(Block::CoFacilitatorNote(CoFacilitatorNote {
                    before,
                    plural,
                    target,
                    meeting,
                    eol,
                })),
            LineKind::ParagraphStart { label, rest } => self.paragraph(label, rest, before, eol),
            LineKind::Item { num, style, rest } => match self.open_paragraph() {
                Some(paragraph) => paragraph.items.push(Item {
                    before,
                    num: num.map(str::to_owned),
                    style,
                    content: inlines(rest),
                    eol,
                }),
                None => self.text(line, before, eol),
            },
            LineKind::Heading { markup, text } => self.heading(markup, text, line, before, eol),
            LineKind::Emphasized(text)
                if self.header_accepts(HeaderSlot::Formula) && is_enacting_formula(text) =>
            {
                self.blocks().push(Block::EnactingFormula(EnactingFormula {
                    before,
                    emphasis: true,
                    text: text.to_owned(),
                    eol,
                }));
            }
            LineKind::Status { status, date } if self.header_accepts(HeaderSlot::Status) => {
                self.blocks().push(Block::DraftStatus(DraftStatus {
                    before,
                    status: status.to_owned(),
                    date,
                    eol,
                }));
            }
            LineKind::Emphasized(_) | LineKind::Status { .. } | LineKind::Text => {
                self.text(line, before, eol)
            }
        }
    }

    fn paragraph(&mut self, label: Label, rest: &str, before: Gap, eol: Eol) {
        let (num, num_raw, placement) = match label {
            Label::Numbered { num, raw } => (Some(num), raw, None),
            Label::New(placement) => (None, None, Some(placement)),
        };
        let operative = num.is_some_and(|num| !num.preambular);
        self.zone = match (self.zone, operative) {
            (Zone::Header | Zone::Preamble, true) => Zone::Operative,
            (Zone::Header, false) => Zone::Preamble,
            (zone, _) => zone,
        };
        let mut paragraph = Paragraph {
            before,
            num,
            num_raw,
            placement,
            eol,
            ..Paragraph::new(None, Vec::new())
        };
        if rest == "[Paragraph deleted]" {
            paragraph.status = Status::Deleted;
        } else if let Some(merged_into) = rest
            .strip_prefix("[Merged with paragraph ")
            .and_then(|r| r.strip_suffix(']'))
            .and_then(super::numbers::canonical_num)
        {
            paragraph.status = Status::Merged { merged_into };
        } else if let Some((phrase, after)) = opening(rest) {
            paragraph.opening = Some(phrase.to_owned());
            paragraph.content = inlines(after);
        } else {
            paragraph.content = inlines(rest);
        }
        self.blocks().push(Block::Paragraph(paragraph));
    }

    fn heading(
        &mut self,
        markup: HeadingMarkup,
        text: &str,
        line: &Line<'a>,
        before: Gap,
        eol: Eol,
    ) {
        if let Some((label, title)) = annex_heading(text) {
            self.zone = Zone::Annex;
            self.doc.annexes.push(Annex {
                heading: AnnexHeading {
                    before,
                    markup,
                    label: label.to_owned(),
                    title: title.map(str::to_owned),
                    eol,
                },
                blocks: Vec::new(),
                sections: Vec::new(),
            });
            return;
        }
        if self.zone == Zone::Annex
            && let Some((num, title)) = section_heading(text)
            && let Some(annex) = self.doc.annexes.last_mut()
        {
            annex.sections.push(Section {
                heading: SectionHeading {
                    before,
                    markup,
                    num,
                    title: title.to_owned(),
                    eol,
                },
                blocks: Vec::new(),
            });
            return;
        }
        if self.header_accepts(HeaderSlot::Title) {
            let title = Title {
                before,
                markup,
                text: text.to_owned(),
                eol,
            };
            self.blocks().push(Block::Title(title));
        } else if self.header_accepts(HeaderSlot::Kind) {
            let kind = DocumentKind {
                before,
                markup,
                text: text.to_owned(),
                eol,
            };
            self.blocks().push(Block::DocumentKind(kind));
        } else {
            self.text(line, before, eol);
        }
    }

    /// A line of text: a paragraph's continuation, an enacting formula, a chapeau, an
    /// unnumbered preambular paragraph, or a line the grammar does not recognise.
    fn text(&mut self, line: &Line<'a>, before: Gap, eol: Eol) {
        let content = line.content;
        let page_break = !before.is_none()
            && !self.previous.ends_with(['.', ',', ';', ':', '!', '?'])
            && content.starts_with(|c: char| c.is_lowercase() || c == '[');
        if (before.is_none() || page_break)
            && let Some(paragraph) = self.open_paragraph()
        {
            let (run, last_eol) = match paragraph.items.last_mut() {
                Some(item) => (&mut item.content, &mut item.eol),
                None => (&mut paragraph.content, &mut paragraph.eol),
            };
            let raw = format!("{}{}", last_eol.as_str(), before.as_str());
            run.push(if before.is_none() {
                Inline::LineBreak { raw }
            } else {
                Inline::PageBreak { raw }
            });
            run.extend(inlines(content));
            *last_eol = eol;
            return;
        }
        if self.header_accepts(HeaderSlot::Formula) && is_enacting_formula(content) {
            self.blocks().push(Block::EnactingFormula(EnactingFormula {
                before,
                emphasis: false,
                text: content.to_owned(),
                eol,
            }));
            return;
        }
        if self.zone == Zone::Annex
            && self
                .doc
                .annexes
                .last()
                .is_some_and(|annex| annex.blocks.is_empty() && annex.sections.is_empty())
        {
            let chapeau = Chapeau {
                before,
                content: inlines(content),
                eol,
                notes: Vec::new(),
            };
            self.blocks().push(Block::Chapeau(chapeau));
            return;
        }
        // Unnumbered preambular paragraphs open with an italic phrase, after the formula.
        let preamble = match self.zone {
            Zone::Preamble => true,
            Zone::Header => self.doc.header.enacting_formula().is_some(),
            Zone::Operative | Zone::Annex => false,
        };
        if preamble && let Some((phrase, after)) = opening(content) {
            self.zone = Zone::Preamble;
            let paragraph = Paragraph {
                before,
                opening: Some(phrase.to_owned()),
                eol,
                ..Paragraph::new(None, inlines(after))
            };
            self.blocks().push(Block::Paragraph(paragraph));
            return;
        }
        self.diagnostics.push(Diagnostic::new(
            DiagnosticCode::UnrecognizedLine,
            "the grammar does not recognise this line; it is kept verbatim as an `unrecognized` block",
            Span::locate(self.text, line.offset, line.offset + content.len()),
        ));
        self.blocks().push(Block::Unrecognized(Unrecognized {
            before,
            text: content.to_owned(),
            eol,
        }));
    }

    /// The blocks of the part, annex or section the parser stands in.
    fn blocks(&mut self) -> &mut Vec<Block> {
        match self.zone {
            Zone::Header => &mut self.doc.header.blocks,
            Zone::Preamble => &mut self.doc.preamble.blocks,
            Zone::Operative => &mut self.doc.operative.blocks,
            Zone::Annex => match self.doc.annexes.last_mut() {
                Some(annex) => match annex.sections.last_mut() {
                    Some(section) => &mut section.blocks,
                    None => &mut annex.blocks,
                },
                // The zone only becomes `Annex` when an annex is pushed.
                None => &mut self.doc.operative.blocks,
            },
        }
    }

    /// The last paragraph, if it can still take items and continuations: no block and no
    /// revision note has followed it.
    fn open_paragraph(&mut self) -> Option<&mut Paragraph> {
        match self.blocks().last_mut() {
            Some(Block::Paragraph(paragraph)) if paragraph.notes.is_empty() => Some(paragraph),
            _ => None,
        }
    }

    /// Whether the header takes this line: the header's parts come in their order, each once.
    fn header_accepts(&self, slot: HeaderSlot) -> bool {
        if self.zone != Zone::Header {
            return false;
        }
        let reached = self
            .doc
            .header
            .blocks
            .iter()
            .filter_map(|block| match block {
                Block::Title(_) => Some(HeaderSlot::Title),
                Block::DraftStatus(_) => Some(HeaderSlot::Status),
                Block::DocumentKind(_) => Some(HeaderSlot::Kind),
                Block::EnactingFormula(_) => Some(HeaderSlot::Formula),
                _ => None,
            })
            .max();
        reached.is_none_or(|reached| slot > reached)
    }
}

/// The parts of a header, in their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum HeaderSlot {
    Title,
    Status,
    Kind,
    Formula,
}

/// `ANNEX: Global Plan ...` gives `("ANNEX", Some("Global Plan ..."))`.
fn annex_heading(text: &str) -> Option<(&str, Option<&str>)> {
    let (label, title) = match text.split_once(": ") {
        Some((label, title)) => (label, Some(title)),
        None => (text, None),
    };
    let rest = label
        .strip_prefix("ANNEX")
        .or_else(|| label.strip_prefix("Annex"))?;
    let numbered = rest.strip_prefix(' ').is_some_and(|n| {
        !n.is_empty() && n.len() <= 8 && n.chars().all(|c| c.is_ascii_alphanumeric())
    });
    (rest.is_empty() || numbered).then_some((label, title))
}

/// `III. Prosecuting ...` gives `(3, "Prosecuting ...")`.
fn section_heading(text: &str) -> Option<(SectionNum, &str)> {
    let (num, title) = text.split_once(". ")?;
    Some((num.parse().ok()?, title))
}
