//! The crate's specification, as tests: one binary, one module per subject.

mod analysis;
mod api;
mod corpus;
mod draft;
mod hostile;
mod json;
mod properties;

use unga::{Block, Document, Inline, Paragraph};

/// The validator of the crate's JSON Schema, built once.
pub fn schema_validator() -> &'static jsonschema::Validator {
    static VALIDATOR: std::sync::OnceLock<jsonschema::Validator> = std::sync::OnceLock::new();
    VALIDATOR.get_or_init(|| jsonschema::validator_for(&unga::json_schema()).unwrap())
}

/// Asserts that the JSON of `doc` validates against the schema, listing the errors if not.
pub fn assert_valid_json(doc: &Document) {
    let instance = serde_json::to_value(doc).unwrap();
    let errors: Vec<String> = schema_validator()
        .iter_errors(&instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "the JSON does not fit the schema: {errors:#?}"
    );
}

/// The embedded draft, parsed.
pub fn draft() -> Document {
    match unga::DRAFT_2010_07_19.parse::<Document>() {
        Ok(doc) => doc,
        Err(never) => match never {},
    }
}

/// Asserts that `text` writes back byte for byte, showing the first differing line if not.
pub fn assert_round_trip(text: &str) {
    let rendered = unga::parse(text).document.to_string();
    if rendered != text {
        let line = rendered
            .split_inclusive('\n')
            .zip(text.split_inclusive('\n'))
            .position(|(a, b)| a != b)
            .map_or(0, |i| i + 1);
        panic!(
            "round trip changed the text at line {line}:\n  read:    {:?}\n  written: {:?}",
            text.split_inclusive('\n').nth(line.saturating_sub(1)),
            rendered.split_inclusive('\n').nth(line.saturating_sub(1))
        );
    }
}

/// Every inline of a document, nested ones included, in document order.
pub fn all_inlines(doc: &Document) -> Vec<&Inline> {
    let mut out = Vec::new();
    for (_, block) in doc.blocks() {
        match block {
            Block::Paragraph(paragraph) => out.extend(paragraph.inlines()),
            Block::Chapeau(chapeau) => out.extend(unga::walk_inlines(&chapeau.content)),
            _ => {}
        }
    }
    out
}

/// The labels of paragraphs, `"-"` for an unnumbered one.
pub fn labels<'a>(paragraphs: impl Iterator<Item = &'a Paragraph>) -> Vec<String> {
    paragraphs
        .map(|p| p.num.map_or_else(|| "-".to_owned(), |n| n.to_string()))
        .collect()
}
