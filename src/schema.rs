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

/// Makes `num` required: it is an `Option` that serialises as `null`, never absent.
pub(crate) fn require_num(schema: &mut schemars::Schema) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    let required = object
        .entry("required")
        .or_insert_with(|| serde_json::Value::Array(Vec::new()));
    if let serde_json::Value::Array(names) = required
        && !names.iter().any(|name| name == "num")
    {
        names.push("num".into());
    }
}

/// Refuses properties no subschema names: `deny_unknown_fields` for an object whose schema
/// combines `properties` with the `oneOf` of a flattened enum (JSON Schema 2020-12).
pub(crate) fn deny_unevaluated(schema: &mut schemars::Schema) {
    schema.insert(
        "unevaluatedProperties".to_owned(),
        serde_json::Value::Bool(false),
    );
}
