//! The typed model of a resolution: one file per concept.

pub(crate) mod date;
pub(crate) mod document;
pub(crate) mod inline;
pub(crate) mod layout;
pub(crate) mod number;
pub(crate) mod paragraph;
pub(crate) mod revision;
