//! Writing the model back as text: every `Display` of the crate lives here.
//!
//! Each node writes the bytes it was read from: its blank lines before, its markup, its
//! content, its line end. A model read from a text therefore writes that text back byte for
//! byte; a model built or edited by hand is written from its fields, and [`Document::render`]
//! checks that the result reads back as the same model.

use std::fmt::{self, Display, Formatter, Write};
use std::ops::Range;

use crate::error::{Error, Located, Span};
use crate::model::document::{
    Annex, Block, Chapeau, Document, DocumentKind, DraftStatus, EnactingFormula, HeadingMarkup,
    Part, Place, Section, Title, Unrecognized,
};
use crate::model::inline::{Brackets, Inline};
use crate::model::layout::{Eol, Gap};
use crate::model::number::Num;
use crate::model::paragraph::{Item, ItemStyle, Paragraph, Status};
use crate::model::revision::{CoFacilitatorNote, NoteMarkup, RevisionNote, Target};

impl Display for Document {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if self.bom {
            f.write_char('\u{feff}')?;
        }
        for unit in units(self) {
            unit.fmt(f)?;
        }
        f.write_str(self.trailing.as_str())
    }
}

impl Document {
    /// The text of the model, checked: it is returned only if it reads back as the same model,
    /// up to what a text cannot tell apart (adjacent or empty texts, an empty run of notes, a
    /// raw form that is canonical or no longer says its value, which is not written). A model
    /// read from a text always passes; one built or edited by hand may not, e.g. when a
    /// paragraph's text holds a line break or an insertion's text holds `](#)`, and then the
    /// error points at the first block that would read back differently.
    ///
    /// ```
    /// use unga::{Document, Inline};
    ///
    /// let mut doc: Document = "1. Adopts the plan;\n".parse().unwrap();
    /// assert_eq!(doc.render()?, "1. Adopts the plan;\n");
    ///
    /// let unga::Block::Paragraph(paragraph) = &mut doc.operative.blocks[0] else { unreachable!() };
    /// paragraph.content = vec![Inline::text("Adopts\n2. Decides;")];
    /// let error = doc.render().unwrap_err();
    /// assert_eq!(error.line(), Some(1));
    /// # Ok::<(), unga::Error>(())
    /// ```
    pub fn render(&self) -> Result<String, Error> {
        let text = self.to_string();
        let (reread, _) = crate::parse::document(&text);
        if reread == *self {
            return Ok(text);
        }
        // Compare what the text can tell apart: the normal forms.
        let mut current = self.clone();
        normalize(&mut current);
        if reread == current {
            return Ok(text);
        }
        let mut offset = if self.bom { '\u{feff}'.len_utf8() } else { 0 };
        let theirs = units(&reread);
        for (index, unit) in units(&current).into_iter().enumerate() {
            if theirs.get(index) != Some(&unit) {
                // Point past the blank lines, at the block's first line of text.
                let start = offset + unit.gap_len();
                let span = Span::locate(&text, start, start + unit.to_string().trim_end().len());
                return Err(not_lossless(&text, span, &unit));
            }
            offset += unit.to_string().len();
        }
        let span = Span::locate(&text, offset, text.len());
        Err(Error::NotLossless(Box::new(Located::new(
            "the model's parts or blank lines would not read back as written",
            &text,
            span,
        ))))
    }
}

/// The model as its text can express it: raw forms that no longer say their value (which the
/// renderer ignores) or that are canonical are dropped, adjacent texts merged, empty texts and
/// empty runs of notes removed. Two models with the same normal form write the same text.
fn normalize(doc: &mut Document) {
    fn inlines(content: &mut Vec<Inline>) {
        let mut merged: Vec<Inline> = Vec::with_capacity(content.len());
        for mut inline in content.drain(..) {
            match &mut inline {
                Inline::Text { text } if text.is_empty() => continue,
                Inline::Text { text } => {
                    if let Some(Inline::Text { text: previous }) = merged.last_mut() {
                        previous.push_str(text);
                        continue;
                    }
                }
                Inline::Renumbering { formerly, raw } => {
                    let canonical = format!("Formerly {formerly}");
                    if raw
                        .as_deref()
                        .is_some_and(|r| !says_renumbering(r, *formerly) || r == canonical)
                    {
                        *raw = None;
                    }
                }
                Inline::Emphasis { content }
                | Inline::Strong { content }
                | Inline::Insertion { content } => {
                    inlines(content);
                }
                _ => {}
            }
            merged.push(inline);
        }
        *content = merged;
    }
    let annexes = doc.annexes.iter_mut().flat_map(|annex| {
        std::iter::once(&mut annex.blocks)
            .chain(annex.sections.iter_mut().map(|section| &mut section.blocks))
    });
    let parts = [
        &mut doc.header.blocks,
        &mut doc.preamble.blocks,
        &mut doc.operative.blocks,
    ];
    for blocks in parts.into_iter().chain(annexes) {
        blocks.retain(|block| !matches!(block, Block::RevisionNotes { notes } if notes.is_empty()));
        for block in blocks {
            match block {
                Block::Paragraph(paragraph) => {
                    let keep = match (paragraph.num, paragraph.num_raw.as_deref()) {
                        (Some(num), Some(raw)) => says_num(raw, num) && raw != num.to_string(),
                        _ => false,
                    };
                    if !keep {
                        paragraph.num_raw = None;
                    }
                    inlines(&mut paragraph.content);
                    paragraph
                        .items
                        .iter_mut()
                        .for_each(|item| inlines(&mut item.content));
                }
                Block::Chapeau(chapeau) => inlines(&mut chapeau.content),
                _ => {}
            }
        }
    }
}

fn not_lossless(text: &str, span: Span, unit: &Unit<'_>) -> Error {
    let what = match unit {
        Unit::AnnexHeading(_) => "this annex heading",
        Unit::SectionHeading(_) => "this section heading",
        Unit::Block(_, _) => "this block",
    };
    Error::NotLossless(Box::new(Located::new(
        format!(
            "{what} would read back as something else than the model says (or in another part)"
        ),
        text,
        span,
    )))
}

/// The document's pieces in text order, each with the part it belongs to, so that two models
/// can be compared piece by piece; a heading unit stands for its heading line only.
#[derive(Debug)]
enum Unit<'a> {
    Block(PartTag, &'a Block),
    AnnexHeading(&'a Annex),
    SectionHeading(&'a Section),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PartTag {
    Header,
    Preamble,
    Operative,
    Annex,
}

impl PartialEq for Unit<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Unit::Block(a_part, a), Unit::Block(b_part, b)) => a_part == b_part && a == b,
            (Unit::AnnexHeading(a), Unit::AnnexHeading(b)) => {
                (&a.before, a.markup, &a.label, &a.title, &a.eol)
                    == (&b.before, b.markup, &b.label, &b.title, &b.eol)
            }
            (Unit::SectionHeading(a), Unit::SectionHeading(b)) => {
                (&a.before, a.markup, a.num, &a.title, &a.eol)
                    == (&b.before, b.markup, b.num, &b.title, &b.eol)
            }
            _ => false,
        }
    }
}

impl Unit<'_> {
    fn gap_len(&self) -> usize {
        let gap = match self {
            Unit::AnnexHeading(heading) => &heading.before,
            Unit::SectionHeading(heading) => &heading.before,
            Unit::Block(_, block) => match block {
                Block::Title(b) => &b.before,
                Block::DraftStatus(b) => &b.before,
                Block::DocumentKind(b) => &b.before,
                Block::EnactingFormula(b) => &b.before,
                Block::Chapeau(b) => &b.before,
                Block::Paragraph(b) => &b.before,
                Block::CoFacilitatorNote(b) => &b.before,
                Block::RevisionNotes { notes } => match notes.first() {
                    Some(note) => &note.before,
                    None => return 0,
                },
                Block::Unrecognized(b) => &b.before,
            },
        };
        gap.as_str().len()
    }
}

impl Display for Unit<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Unit::Block(_, block) => block.fmt(f),
            Unit::AnnexHeading(annex) => annex_heading(f, annex),
            Unit::SectionHeading(section) => section_heading(f, section),
        }
    }
}

fn part(tag: PartTag, blocks: &[Block]) -> impl Iterator<Item = Unit<'_>> {
    blocks.iter().map(move |b| Unit::Block(tag, b))
}

fn units(doc: &Document) -> Vec<Unit<'_>> {
    let mut units: Vec<Unit<'_>> = part(PartTag::Header, &doc.header.blocks)
        .chain(part(PartTag::Preamble, &doc.preamble.blocks))
        .chain(part(PartTag::Operative, &doc.operative.blocks))
        .collect();
    for annex in &doc.annexes {
        units.push(Unit::AnnexHeading(annex));
        units.extend(part(PartTag::Annex, &annex.blocks));
        for section in &annex.sections {
            units.push(Unit::SectionHeading(section));
            units.extend(part(PartTag::Annex, &section.blocks));
        }
    }
    units
}

impl Display for Block {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Block::Title(b) => b.fmt(f),
            Block::DraftStatus(b) => b.fmt(f),
            Block::DocumentKind(b) => b.fmt(f),
            Block::EnactingFormula(b) => b.fmt(f),
            Block::Chapeau(b) => b.fmt(f),
            Block::Paragraph(b) => b.fmt(f),
            Block::CoFacilitatorNote(b) => b.fmt(f),
            Block::RevisionNotes { notes } => notes.iter().try_for_each(|note| note.fmt(f)),
            Block::Unrecognized(b) => b.fmt(f),
        }
    }
}

impl HeadingMarkup {
    fn open(self) -> &'static str {
        match self {
            HeadingMarkup::Strong => "**",
            HeadingMarkup::H1 => "# ",
            HeadingMarkup::H2 => "## ",
            HeadingMarkup::H3 => "### ",
            HeadingMarkup::H4 => "#### ",
            HeadingMarkup::H5 => "##### ",
            HeadingMarkup::H6 => "###### ",
        }
    }

    fn close(self) -> &'static str {
        match self {
            HeadingMarkup::Strong => "**",
            _ => "",
        }
    }
}

impl Display for Title {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        heading_line(f, &self.before, self.markup, &self.text, &self.eol)
    }
}

impl Display for DocumentKind {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        heading_line(f, &self.before, self.markup, &self.text, &self.eol)
    }
}

/// A line of text in heading markup, `**text**` or `## text`.
fn heading_line(
    f: &mut Formatter<'_>,
    before: &Gap,
    markup: HeadingMarkup,
    text: &str,
    eol: &Eol,
) -> fmt::Result {
    let (open, close) = (markup.open(), markup.close());
    put(f, &[before.as_str(), open, text, close, eol.as_str()])
}

impl Display for DraftStatus {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{} ({}){}",
            self.before.as_str(),
            self.status,
            self.date.long(),
            self.eol.as_str()
        )
    }
}

impl Display for EnactingFormula {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let star = if self.emphasis { "*" } else { "" };
        write!(
            f,
            "{}{star}{}{star}{}",
            self.before.as_str(),
            self.text,
            self.eol.as_str()
        )
    }
}

impl Display for Chapeau {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        chapeau_text(f, self)?;
        self.notes.iter().try_for_each(|note| note.fmt(f))
    }
}

/// A chapeau without its revision notes.
fn chapeau_text(f: &mut Formatter<'_>, chapeau: &Chapeau) -> fmt::Result {
    f.write_str(chapeau.before.as_str())?;
    write_inlines(f, &chapeau.content)?;
    f.write_str(chapeau.eol.as_str())
}

/// What a piece of the text is, for those who need to know where each part of the model
/// stands in the text (references, diagnostics).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Piece<'a> {
    /// An annex's or a section's heading line.
    Heading,
    /// A block; for a paragraph or a chapeau, without its revision notes.
    Block(&'a Block),
    /// A revision note of the block.
    Note(&'a Block),
}

/// Writes the document as `Display` does, telling `on` where each piece stands.
pub(crate) fn render_pieces<'a>(
    doc: &'a Document,
    on: impl FnMut(Place<'a>, Piece<'a>, Range<usize>),
) -> String {
    let mut writer = PieceWriter {
        out: String::new(),
        on,
    };
    if doc.bom {
        writer.out.push('\u{feff}');
    }
    let place = |part| Place {
        part,
        annex: None,
        section: None,
    };
    writer.blocks(place(Part::Header), &doc.header.blocks);
    writer.blocks(place(Part::Preamble), &doc.preamble.blocks);
    writer.blocks(place(Part::Operative), &doc.operative.blocks);
    for annex in &doc.annexes {
        let at = Place {
            part: Part::Annex,
            annex: Some(annex),
            section: None,
        };
        writer.emit(at, Piece::Heading, &Unit::AnnexHeading(annex));
        writer.blocks(at, &annex.blocks);
        for section in &annex.sections {
            let at = Place {
                section: Some(section),
                ..at
            };
            writer.emit(at, Piece::Heading, &Unit::SectionHeading(section));
            writer.blocks(at, &section.blocks);
        }
    }
    writer.out.push_str(doc.trailing.as_str());
    writer.out
}

struct PieceWriter<F> {
    out: String,
    on: F,
}

impl<'a, F: FnMut(Place<'a>, Piece<'a>, Range<usize>)> PieceWriter<F> {
    fn emit(&mut self, place: Place<'a>, piece: Piece<'a>, shown: &dyn Display) {
        let start = self.out.len();
        let _ = write!(self.out, "{shown}");
        (self.on)(place, piece, start..self.out.len());
    }

    fn blocks(&mut self, place: Place<'a>, blocks: &'a [Block]) {
        for block in blocks {
            match block {
                Block::Paragraph(p) => {
                    self.emit(place, Piece::Block(block), &WithoutNotes::Paragraph(p))
                }
                Block::Chapeau(c) => {
                    self.emit(place, Piece::Block(block), &WithoutNotes::Chapeau(c))
                }
                Block::RevisionNotes { .. } => {}
                _ => self.emit(place, Piece::Block(block), block),
            }
            for note in block.notes() {
                self.emit(place, Piece::Note(block), note);
            }
        }
    }
}

/// A paragraph or a chapeau written without its revision notes.
enum WithoutNotes<'a> {
    Paragraph(&'a Paragraph),
    Chapeau(&'a Chapeau),
}

impl Display for WithoutNotes<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            WithoutNotes::Paragraph(p) => p.write_text(f),
            WithoutNotes::Chapeau(c) => chapeau_text(f, c),
        }
    }
}

impl Display for Unrecognized {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{}{}",
            self.before.as_str(),
            self.text,
            self.eol.as_str()
        )
    }
}

/// An annex's heading line, `## ANNEX: title`.
fn annex_heading(f: &mut Formatter<'_>, annex: &Annex) -> fmt::Result {
    let m = annex.markup;
    put(f, &[annex.before.as_str(), m.open(), &annex.label])?;
    if let Some(title) = &annex.title {
        put(f, &[": ", title])?;
    }
    put(f, &[m.close(), annex.eol.as_str()])
}

/// A section's heading line, `**I. title**`.
fn section_heading(f: &mut Formatter<'_>, section: &Section) -> fmt::Result {
    let m = section.markup;
    put(f, &[section.before.as_str(), m.open()])?;
    write!(f, "{}", section.num)?;
    put(f, &[". ", &section.title, m.close(), section.eol.as_str()])
}

impl Display for Paragraph {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.write_text(f)?;
        self.notes.iter().try_for_each(|note| note.fmt(f))
    }
}

impl Paragraph {
    /// The paragraph without its revision notes: blank lines, label, status, text, items.
    fn write_text(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(self.before.as_str())?;
        if let Some(num) = self.num {
            // The raw form wins while it still says the same number.
            let raw = self.num_raw.as_deref().filter(|raw| says_num(raw, num));
            match raw {
                Some(raw) => f.write_str(raw)?,
                None => write!(f, "{num}")?,
            }
            f.write_str(if num.preambular { " " } else { ". " })?;
        }
        if let Some(placement) = &self.placement {
            write!(
                f,
                "[New Para btwn {} and {}] ",
                placement.after, placement.before
            )?;
        }
        match self.status {
            Status::Active => {}
            Status::Deleted => f.write_str("[Paragraph deleted]")?,
            Status::Merged { merged_into } => write!(f, "[Merged with paragraph {merged_into}]")?,
        }
        if let Some(opening) = &self.opening {
            put(f, &["*", opening, "*"])?;
        }
        write_inlines(f, &self.content)?;
        f.write_str(self.eol.as_str())?;
        self.items.iter().try_for_each(|item| item.fmt(f))
    }
}

impl Display for Item {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        put(f, &[self.before.as_str(), "- "])?;
        match (&self.num, self.style) {
            (Some(num), ItemStyle::Parenthesized) => put(f, &["(", num, ") "])?,
            (Some(num), ItemStyle::Dotted) => put(f, &[num, ". "])?,
            (None, _) => {}
        }
        write_inlines(f, &self.content)?;
        f.write_str(self.eol.as_str())
    }
}

impl Display for RevisionNote {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let label = self.kind.label();
        f.write_str(self.before.as_str())?;
        match self.markup {
            NoteMarkup::Plain => put(f, &[label, ":"])?,
            NoteMarkup::Strong => put(f, &["**", label, ":**"])?,
            NoteMarkup::ListItem => put(f, &["- ", label, ":"])?,
            NoteMarkup::BrokenListItem => put(f, &["- ", label, ":**"])?,
        }
        if !self.text.is_empty() {
            put(f, &[" ", &self.text])?;
        }
        f.write_str(self.eol.as_str())
    }
}

impl Display for CoFacilitatorNote {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}**[New Proposal{} by Co-Facilitators for {} Forthcoming at {} Meeting]**{}",
            self.before.as_str(),
            if self.plural { "s" } else { "" },
            self.target,
            self.meeting.long(),
            self.eol.as_str()
        )
    }
}

impl Display for Target {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Target::OperativeParagraph { num } => write!(f, "OP{num}"),
            Target::AnnexParagraph { num } => write!(f, "Para {num}"),
            Target::Subject { text } => f.write_str(text),
        }
    }
}

impl Display for Inline {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Inline::Text { text } => f.write_str(text),
            Inline::Emphasis { content } => {
                f.write_char('*')?;
                write_inlines(f, content)?;
                f.write_char('*')
            }
            Inline::Strong { content } => {
                f.write_str("**")?;
                write_inlines(f, content)?;
                f.write_str("**")
            }
            Inline::Insertion { content } => {
                f.write_char('[')?;
                write_inlines(f, content)?;
                f.write_str("](#)")
            }
            Inline::Alternatives { options, brackets } => {
                let (open, close) = match brackets {
                    Brackets::None => ("", ""),
                    Brackets::Plain => ("[", "]"),
                    Brackets::Escaped => ("\\[", "\\]"),
                };
                f.write_str(open)?;
                for (i, option) in options.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" / ")?;
                    }
                    f.write_str(option)?;
                }
                f.write_str(close)
            }
            Inline::EditorialNote { text, escaped } => {
                if *escaped {
                    put(f, &["\\[", text, "\\]"])
                } else {
                    put(f, &["[", text, "]"])
                }
            }
            Inline::Renumbering { formerly, raw } => {
                let raw = raw
                    .as_deref()
                    .filter(|raw| says_renumbering(raw, *formerly));
                match raw {
                    Some(raw) => put(f, &["[", raw, "]"]),
                    None => write!(f, "[Formerly {formerly}]"),
                }
            }
            Inline::Escape { char } => {
                f.write_char('\\')?;
                f.write_char(*char)
            }
            Inline::LineBreak { raw } | Inline::PageBreak { raw } => f.write_str(raw.as_str()),
        }
    }
}

/// Whether a number's raw form still says `num`: the raw form is written only then, so that
/// editing the number is never undone by a stale raw form.
fn says_num(raw: &str, num: Num) -> bool {
    crate::parse::numbers::num_with_raw(raw).is_ok_and(|(rest, (n, _))| rest.is_empty() && n == num)
}

/// Whether a renumbering note's raw form, `formerly PP12`, still says `formerly`.
fn says_renumbering(raw: &str, formerly: Num) -> bool {
    let num = raw
        .strip_prefix("Formerly ")
        .or_else(|| raw.strip_prefix("formerly "));
    num.is_some_and(|num| says_num(num, formerly))
}

/// Writes the pieces one after the other: cheaper than `write!` on the renderer's hot paths.
fn put(f: &mut Formatter<'_>, pieces: &[&str]) -> fmt::Result {
    pieces.iter().try_for_each(|piece| f.write_str(piece))
}

fn write_inlines(f: &mut Formatter<'_>, content: &[Inline]) -> fmt::Result {
    content.iter().try_for_each(|inline| inline.fmt(f))
}
