//! Revision statistics: per part and per section, how many paragraphs are in force, deleted or
//! merged, and how many margin notes, insertions and open alternatives there are.

use std::fmt;

use serde::Serialize;

use crate::model::document::{Block, Document, Part};
use crate::model::inline::{Inline, walk_inlines};
use crate::model::number::SectionNum;
use crate::model::paragraph::Status;

/// The counts of one part or section, or of the whole document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Paragraphs, whatever their status.
    pub paragraphs: usize,
    /// Paragraphs in force.
    pub active: usize,
    /// Deleted paragraphs.
    pub deleted: usize,
    /// Paragraphs merged into another.
    pub merged: usize,
    /// Revision notes from the Word margin.
    pub notes: usize,
    /// Tracked insertions.
    pub insertions: usize,
    /// Alternative wordings still open.
    pub open_alternatives: usize,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.paragraphs += other.paragraphs;
        self.active += other.active;
        self.deleted += other.deleted;
        self.merged += other.merged;
        self.notes += other.notes;
        self.insertions += other.insertions;
        self.open_alternatives += other.open_alternatives;
    }

    fn of(blocks: &[Block]) -> Tally {
        let mut tally = Tally::default();
        for block in blocks {
            tally.notes += block.notes().len();
            let inlines: Vec<&Inline> = match block {
                Block::Paragraph(p) => {
                    tally.paragraphs += 1;
                    match p.status {
                        Status::Active => tally.active += 1,
                        Status::Deleted => tally.deleted += 1,
                        Status::Merged { .. } => tally.merged += 1,
                    }
                    p.inlines().collect()
                }
                Block::Chapeau(c) => walk_inlines(&c.content).collect(),
                _ => continue,
            };
            for inline in inlines {
                match inline {
                    Inline::Insertion { .. } => tally.insertions += 1,
                    Inline::Alternatives { .. } => tally.open_alternatives += 1,
                    _ => {}
                }
            }
        }
        tally
    }
}

/// The revision statistics of a document: a row per part and per section of an annex (the
/// annex's paragraphs before its first section have a row of their own; the header has a row
/// when it holds anything counted), and the total, which the rows add up to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statistics {
    /// The rows, in document order.
    pub rows: Vec<Row>,
    /// The whole document.
    pub total: Tally,
}

/// The counts of one part, annex or section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The part.
    pub part: Part,
    /// In an annex, the annex's index in [`crate::Document::annexes`].
    pub annex: Option<usize>,
    /// In a section of an annex, its number.
    pub section: Option<SectionNum>,
    /// The counts.
    pub tally: Tally,
}

/// Counts paragraphs by status, margin notes, insertions and open alternatives.
///
/// ```
/// let doc: unga::Document = unga::DRAFT_2010_07_19.parse().unwrap();
/// let stats = unga::statistics(&doc);
/// assert_eq!((stats.total.paragraphs, stats.total.deleted, stats.total.merged), (92, 4, 10));
/// assert_eq!((stats.total.notes, stats.total.insertions, stats.total.open_alternatives), (64, 22, 8));
/// ```
pub fn statistics(doc: &Document) -> Statistics {
    let row = |part, annex, section, blocks: &[Block]| Row {
        part,
        annex,
        section,
        tally: Tally::of(blocks),
    };
    let mut rows = Vec::new();
    let header = row(Part::Header, None, None, &doc.header.blocks);
    if header.tally != Tally::default() {
        rows.push(header);
    }
    rows.push(row(Part::Preamble, None, None, &doc.preamble.blocks));
    rows.push(row(Part::Operative, None, None, &doc.operative.blocks));
    for (i, annex) in doc.annexes.iter().enumerate() {
        rows.push(row(Part::Annex, Some(i), None, &annex.blocks));
        for section in &annex.sections {
            rows.push(row(
                Part::Annex,
                Some(i),
                Some(section.num),
                &section.blocks,
            ));
        }
    }
    let mut total = Tally::default();
    rows.iter().for_each(|row| total.add(&row.tally));
    Statistics { rows, total }
}

impl fmt::Display for Statistics {
    /// A table for people to read.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<22} {:>10} {:>6} {:>7} {:>6} {:>6} {:>10} {:>12}",
            "part",
            "paragraphs",
            "active",
            "deleted",
            "merged",
            "notes",
            "insertions",
            "alternatives"
        )?;
        let line = |f: &mut fmt::Formatter<'_>, name: &str, t: &Tally| {
            writeln!(
                f,
                "{name:<22} {:>10} {:>6} {:>7} {:>6} {:>6} {:>10} {:>12}",
                t.paragraphs,
                t.active,
                t.deleted,
                t.merged,
                t.notes,
                t.insertions,
                t.open_alternatives
            )
        };
        let annexes = self
            .rows
            .iter()
            .filter(|row| row.annex.is_some() && row.section.is_none())
            .count();
        for row in &self.rows {
            let name = match (row.part, row.annex, row.section) {
                (Part::Header, ..) => "header".to_owned(),
                (Part::Preamble, ..) => "preamble".to_owned(),
                (Part::Operative, ..) => "operative part".to_owned(),
                (_, _, Some(num)) => format!("  section {num}"),
                (_, Some(i), None) if annexes > 1 => format!("annex {}", i + 1),
                _ => "annex".to_owned(),
            };
            line(f, &name, &row.tally)?;
        }
        line(f, "total", &self.total)
    }
}
