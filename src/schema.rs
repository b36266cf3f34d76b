//! The JSON Schema of the model.

use crate::model::document::Document;

/// The JSON Schema (draft 2020-12) of the JSON that [`Document`] serialises to.
///
/// A copy is checked in as `schema/unga.schema.json`; the tests fail when the two differ.
///
/// ```
/// let schema = unga::json_schema();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert_eq!(schema["title"], "Document");
/// ```
pub fn json_schema() -> serde_json::Value {
    schemars::schema_for!(Document).to_value()
}
