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
use crate::diagnostic::{Diagnostic, DiagnosticCode};
use crate::error::Span;
use crate::model::document::{
    Annex, Block, Chapeau, Document, DocumentKind, DraftStatus, EnactingFormula, HeadingMarkup,
    Section, Title, Unrecognized,
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
    doc: Document,
    zone: Zone,
    /// Blank lines read and not yet given to a block.
    gap: Gap,
    /// The content of the last non-blank line, to tell a page break from a new block.
    previous: &'a str,
    /// The last part of the header read so far.
    header: Option<HeaderSlot>,
    /// Where the inline reader gathers runs; kept from line to line.
    scratch: Vec<Inline>,
    diagnostics: Vec<Diagnostic>,
}

/// Parses a whole text; never fails.
pub(crate) fn document(text: &str) -> (Document, Vec<Diagnostic>) {
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(body) => (true, body),
        None => (false, text),
    };
    let mut builder = Builder {
        doc: Document {
            bom,
            ..Document::default()
        },
        zone: Zone::Header,
        gap: Gap::none(),
        previous: "",
        header: None,
        scratch: Vec::new(),
        diagnostics: Vec::new(),
    };
    let base = text.len() - body.len();
    for line in lines(body) {
        builder.line(Line {
            offset: line.offset + base,
            ..line
        });
    }
    compact(builder.blocks());
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
            LineKind::Item { num, style, rest } => {
                match open_paragraph(blocks(&mut self.doc, self.zone)) {
                    Some(paragraph) => paragraph.items.push(Item {
                        before,
                        num: num.map(str::to_owned),
                        style,
                        content: inlines(rest, &mut self.scratch),
                        eol,
                    }),
                    None => self.text(line, before, eol),
                }
            }
            LineKind::Heading { markup, text } => self.heading(markup, text, line, before, eol),
            LineKind::Emphasized(text)
                if self.header_accepts(HeaderSlot::Formula) && is_enacting_formula(text) =>
            {
                let formula = EnactingFormula {
                    before,
                    emphasis: true,
                    text: text.to_owned(),
                    eol,
                };
                self.push_header(HeaderSlot::Formula, Block::EnactingFormula(formula));
            }
            LineKind::Status { status, date } if self.header_accepts(HeaderSlot::Status) => {
                let status = DraftStatus {
                    before,
                    status: status.to_owned(),
                    date,
                    eol,
                };
                self.push_header(HeaderSlot::Status, Block::DraftStatus(status));
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
        let zone = match (self.zone, operative) {
            (Zone::Header | Zone::Preamble, true) => Zone::Operative,
            (Zone::Header, false) => Zone::Preamble,
            (zone, _) => zone,
        };
        self.enter(zone);
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
            paragraph.content = inlines(after, &mut self.scratch);
        } else {
            paragraph.content = inlines(rest, &mut self.scratch);
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
            compact(self.blocks());
            self.zone = Zone::Annex;
            self.doc.annexes.push(Annex {
                before,
                markup,
                label: label.to_owned(),
                title: title.map(str::to_owned),
                eol,
                blocks: Vec::new(),
                sections: Vec::new(),
            });
            return;
        }
        if self.zone == Zone::Annex
            && let Some((num, title)) = section_heading(text)
            && !self.doc.annexes.is_empty()
        {
            compact(self.blocks());
            let Some(annex) = self.doc.annexes.last_mut() else {
                return;
            };
            annex.sections.push(Section {
                before,
                markup,
                num,
                title: title.to_owned(),
                eol,
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
            self.push_header(HeaderSlot::Title, Block::Title(title));
        } else if self.header_accepts(HeaderSlot::Kind) {
            let kind = DocumentKind {
                before,
                markup,
                text: text.to_owned(),
                eol,
            };
            self.push_header(HeaderSlot::Kind, Block::DocumentKind(kind));
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
            && let Some(paragraph) = open_paragraph(blocks(&mut self.doc, self.zone))
        {
            let (run, last_eol) = match paragraph.items.last_mut() {
                Some(item) => (&mut item.content, &mut item.eol),
                None => (&mut paragraph.content, &mut paragraph.eol),
            };
            let mut raw = Gap::none();
            raw.push_line(last_eol.as_str());
            raw.push_line(before.as_str());
            run.push(if before.is_none() {
                Inline::LineBreak { raw }
            } else {
                Inline::PageBreak { raw }
            });
            run.extend(inlines(content, &mut self.scratch));
            *last_eol = eol;
            return;
        }
        if self.header_accepts(HeaderSlot::Formula) && is_enacting_formula(content) {
            let formula = EnactingFormula {
                before,
                emphasis: false,
                text: content.to_owned(),
                eol,
            };
            self.push_header(HeaderSlot::Formula, Block::EnactingFormula(formula));
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
                content: inlines(content, &mut self.scratch),
                eol,
                notes: Vec::new(),
            };
            self.blocks().push(Block::Chapeau(chapeau));
            return;
        }
        // Unnumbered preambular paragraphs open with an italic phrase, after the formula.
        let preamble = match self.zone {
            Zone::Preamble => true,
            Zone::Header => self.header == Some(HeaderSlot::Formula),
            Zone::Operative | Zone::Annex => false,
        };
        if preamble && let Some((phrase, after)) = opening(content) {
            self.zone = Zone::Preamble;
            let paragraph = Paragraph {
                before,
                opening: Some(phrase.to_owned()),
                eol,
                ..Paragraph::new(None, inlines(after, &mut self.scratch))
            };
            self.blocks().push(Block::Paragraph(paragraph));
            return;
        }
        self.diagnostics.push(Diagnostic::new(
            DiagnosticCode::UnrecognizedLine,
            super::UNRECOGNIZED,
            Span {
                start: line.offset,
                end: line.offset + content.len(),
                line: line.number,
                // A byte order mark is a character of the first line, as `Span::locate` counts.
                column: if line.number == 1 && self.doc.bom {
                    2
                } else {
                    1
                },
            },
        ));
        self.blocks().push(Block::Unrecognized(Unrecognized {
            before,
            text: content.to_owned(),
            eol,
        }));
    }

    /// Moves to `zone`, compacting the blocks just left.
    fn enter(&mut self, zone: Zone) {
        if zone != self.zone {
            compact(self.blocks());
            self.zone = zone;
        }
    }

    /// The blocks of the part, annex or section the parser stands in.
    fn blocks(&mut self) -> &mut Vec<Block> {
        blocks(&mut self.doc, self.zone)
    }

    /// Whether the header takes this line: the header's parts come in their order, each once.
    fn header_accepts(&self, slot: HeaderSlot) -> bool {
        self.zone == Zone::Header && self.header.is_none_or(|reached| slot > reached)
    }

    fn push_header(&mut self, slot: HeaderSlot, block: Block) {
        self.header = Some(slot);
        self.doc.header.blocks.push(block);
    }
}

/// The blocks of the part, annex or section of `zone`.
fn blocks(doc: &mut Document, zone: Zone) -> &mut Vec<Block> {
    match zone {
        Zone::Header => &mut doc.header.blocks,
        Zone::Preamble => &mut doc.preamble.blocks,
        Zone::Operative => &mut doc.operative.blocks,
        Zone::Annex => match doc.annexes.last_mut() {
            Some(annex) => match annex.sections.last_mut() {
                Some(section) => &mut section.blocks,
                None => &mut annex.blocks,
            },
            // The zone only becomes `Annex` when an annex is pushed.
            None => &mut doc.operative.blocks,
        },
    }
}

/// The last paragraph, if it can still take items and continuations: no block and no
/// revision note has followed it.
fn open_paragraph(blocks: &mut [Block]) -> Option<&mut Paragraph> {
    match blocks.last_mut() {
        Some(Block::Paragraph(paragraph)) if paragraph.notes.is_empty() => Some(paragraph),
        _ => None,
    }
}

/// Shrinks the vector of blocks the parser has left to its size: for a large text the slack of
/// growing vectors would otherwise be a large part of the model's memory.
fn compact(blocks: &mut Vec<Block>) {
    blocks.shrink_to_fit();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::number::Num;

    fn parse(text: &str) -> Document {
        document(text).0
    }

    fn kinds(blocks: &[Block]) -> Vec<&'static str> {
        blocks
            .iter()
            .map(|block| match block {
                Block::Title(_) => "title",
                Block::DraftStatus(_) => "status",
                Block::DocumentKind(_) => "kind",
                Block::EnactingFormula(_) => "formula",
                Block::Chapeau(_) => "chapeau",
                Block::Paragraph(_) => "paragraph",
                Block::CoFacilitatorNote(_) => "co-facilitators",
                Block::RevisionNotes { .. } => "notes",
                Block::Unrecognized(_) => "unrecognized",
            })
            .collect()
    }

    #[test]
    fn parts_follow_one_another() {
        let doc = parse(
            "**Title**\nDRAFT (1 May 2010)\n\n**Kind**\n\n*The General Assembly,*\n\nPP1 *Noting* x,\n\n1. Adopts;\n\n## ANNEX: Plan\n\nWe resolve to:\n\n1. Act;\n\n### I. First\n\n2. Act again;\n",
        );
        assert_eq!(
            kinds(&doc.header.blocks),
            ["title", "status", "kind", "formula"]
        );
        assert_eq!(kinds(&doc.preamble.blocks), ["paragraph"]);
        assert_eq!(kinds(&doc.operative.blocks), ["paragraph"]);
        let annex = &doc.annexes[0];
        assert_eq!(kinds(&annex.blocks), ["chapeau", "paragraph"]);
        assert_eq!(kinds(&annex.sections[0].blocks), ["paragraph"]);
    }

    #[test]
    fn header_parts_come_once_and_in_order() {
        let doc = parse("**Title**\n\n**Kind**\n\n**Third bold line**\n");
        assert_eq!(kinds(&doc.header.blocks), ["title", "kind", "unrecognized"]);
        let doc = parse("*The General Assembly,*\n\n**Late title**\n");
        assert_eq!(kinds(&doc.header.blocks), ["formula", "unrecognized"]);
    }

    #[test]
    fn page_breaks_and_new_blocks() {
        let doc = parse("1. Ensure that measures against\n\noffenders are taken;\n\nlater text\n");
        let paragraph = doc.operative.paragraphs().next().unwrap();
        assert_eq!(paragraph.page_breaks(), 1);
        assert_eq!(
            kinds(&doc.operative.blocks),
            ["paragraph", "unrecognized"],
            "a clause ended: a new block"
        );
        let doc = parse("1. Ensure that\nthe line goes on;\n");
        let paragraph = doc.operative.paragraphs().next().unwrap();
        assert!(
            matches!(paragraph.content[1], Inline::LineBreak { ref raw } if raw.as_str() == "\n")
        );
        let doc = parse("1. Ensure that\n\nCapital letters start a new block\n");
        assert_eq!(kinds(&doc.operative.blocks), ["paragraph", "unrecognized"]);
    }

    #[test]
    fn notes_close_a_paragraph() {
        let doc = parse("1. Adopts;\n\nDeleted: x\n- Deleted:** y\n\n- (a) late item\n");
        let paragraph = doc.operative.paragraphs().next().unwrap();
        assert_eq!(paragraph.notes.len(), 2);
        assert!(paragraph.items.is_empty());
        assert_eq!(kinds(&doc.operative.blocks), ["paragraph", "unrecognized"]);
    }

    #[test]
    fn notes_that_follow_no_paragraph() {
        let doc = parse("Deleted: x\n\n**Title**\n");
        assert_eq!(kinds(&doc.header.blocks), ["notes", "title"]);
    }

    #[test]
    fn items_and_their_continuations() {
        let doc = parse("2. Decides:\n\n- (a) To launch\nthe plan;\n- (b) To act;\n");
        let paragraph = doc.operative.paragraphs().next().unwrap();
        assert_eq!(paragraph.items.len(), 2);
        assert_eq!(paragraph.items[0].plain_text(), "To launch the plan;");
    }

    #[test]
    fn statuses_and_placement() {
        let doc = parse(
            "5. [Paragraph deleted]\n\n43. [Merged with paragraph 42]\n\n[New Para btwn 55 and 56] Recognize;\n\n6. [Merged with paragraph 4 2]\n",
        );
        let statuses: Vec<Status> = doc.operative.paragraphs().map(|p| p.status).collect();
        assert_eq!(
            statuses,
            [
                Status::Deleted,
                Status::Merged {
                    merged_into: Num::new(42)
                },
                Status::Active,
                Status::Active
            ]
        );
        assert!(
            doc.operative
                .paragraphs()
                .nth(2)
                .unwrap()
                .placement
                .is_some()
        );
    }

    #[test]
    fn unrecognised_lines_are_diagnosed_with_their_place() {
        let (_, diagnostics) = document("\u{feff}PP1 x,\n\n???\n");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            (diagnostics[0].span.start, diagnostics[0].span.line),
            (11, 3),
            "3 bytes of BOM, 7 of PP1, 1 blank"
        );
    }
}
