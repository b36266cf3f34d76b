//! The document's text with the place of each piece of the model in it.

use std::cell::Cell;
use std::collections::HashMap;
use std::ops::Range;

use crate::error::Span;
use crate::model::document::{Annex, Document, Place};
use crate::render::{Piece, render_pieces};

/// A piece of the model and the bytes it writes.
#[derive(Debug, Clone)]
pub(crate) struct Located<'a> {
    pub place: Place<'a>,
    pub piece: Piece<'a>,
    pub range: Range<usize>,
}

/// The document's text, its pieces in text order, and where its lines start.
pub(crate) struct TextIndex<'a> {
    pub text: String,
    pub pieces: Vec<Located<'a>>,
    line_starts: Vec<usize>,
    /// The last column computed, `(offset, column)`: spans come mostly in text order, and
    /// counting on from there keeps many spans on one long line linear.
    last_column: Cell<(usize, usize)>,
    /// Each annex's index in the document, by address.
    annexes: HashMap<*const Annex, usize>,
}

impl<'a> TextIndex<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let mut pieces = Vec::new();
        let text = render_pieces(doc, |place, piece, range| {
            pieces.push(Located {
                place,
                piece,
                range,
            });
        });
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1))
            .collect();
        TextIndex {
            text,
            pieces,
            line_starts,
            last_column: Cell::new((0, 1)),
            annexes: doc
                .annexes
                .iter()
                .enumerate()
                .map(|(i, a)| (a as *const Annex, i))
                .collect(),
        }
    }

    /// The index in [`Document::annexes`] of the annex a place is in.
    pub fn annex(&self, place: &Place<'_>) -> Option<usize> {
        place
            .annex
            .and_then(|annex| self.annexes.get(&(annex as *const Annex)))
            .copied()
    }

    /// The text a piece writes.
    pub fn slice(&self, range: &Range<usize>) -> &str {
        self.text.get(range.clone()).unwrap_or_default()
    }

    /// The span of bytes `start..end`, with its line and column, found by binary search.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let line = self.line_starts.partition_point(|&s| s <= start).max(1);
        let line_start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let (from, column) = match self.last_column.get() {
            (offset, column) if offset >= line_start && offset <= start => (offset, column),
            _ => (line_start, 1),
        };
        let column = column + self.text.get(from..start).map_or(0, |s| s.chars().count());
        self.last_column.set((start, column));
        Span {
            start,
            end,
            line,
            column,
        }
    }
}
