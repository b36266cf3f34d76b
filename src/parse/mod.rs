//! The grammar, one file per layer: [`lines`] classifies each line, [`blocks`] gathers lines
//! into the document's parts, [`inlines`] reads the text of a line, [`numbers`] reads labels and
//! dates. nom is used inside these modules only; its types never reach the public API.

pub(crate) mod blocks;
pub(crate) mod inlines;
pub(crate) mod lines;
pub(crate) mod numbers;

pub(crate) use blocks::document;

/// What an unrecognised line's diagnostic says.
pub(crate) const UNRECOGNIZED: &str =
    "the grammar does not recognise this line; it is kept verbatim as an `unrecognized` block";
