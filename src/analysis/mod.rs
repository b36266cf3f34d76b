//! Questions asked of a draft: where a paragraph is, what the text cites, what looks wrong,
//! what the text says once every change is accepted, how much is still open.
//!
//! This layer depends on the model and never the other way round. Everything here answers
//! from the model; spans point into the text the model writes, which for a parsed document is
//! the text it was read from.

mod checks;
mod navigation;
mod references;
mod stats;
mod tables;
mod text;
mod views;

pub use checks::check;
pub use references::{
    DocumentBody, DocumentType, Reference, ReferenceKind, TargetStatus, references,
};
pub use stats::{Row, Statistics, Tally, statistics};
pub use tables::{BODIES, Entry, INSTRUMENTS};
pub use views::{Choice, word_count};
