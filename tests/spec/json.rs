//! The JSON contract: golden file, round trip through JSON, and the schema.

use serde_json::{Value, json};
use unga::Document;

use super::{assert_valid_json, draft, schema_validator};

const GOLDEN: &str = "tests/fixtures/gpa-draft-2010-07-19.json";
const SCHEMA: &str = "schema/unga.schema.json";

/// Compares `actual` with the file at `path`, or writes it there when `UNGA_BLESS` is set.
fn check_file(path: &str, actual: &str, regenerate: &str) {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UNGA_BLESS").is_some() {
        std::fs::write(&full, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&full).unwrap_or_default();
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map_or(0, |i| i + 1);
        panic!(
            "{path} differs from what the crate writes (first at line {line}); regenerate it with `{regenerate}` and read the diff"
        );
    }
}

fn to_json(doc: &Document) -> String {
    serde_json::to_string_pretty(doc).unwrap() + "\n"
}

#[test]
fn golden_json_of_the_draft() {
    check_file(GOLDEN, &to_json(&draft()), "UNGA_BLESS=1 cargo test golden");
}

#[test]
fn checked_in_schema_is_current() {
    let schema = serde_json::to_string_pretty(&unga::json_schema()).unwrap() + "\n";
    check_file(
        SCHEMA,
        &schema,
        "cargo run --example schema > schema/unga.schema.json",
    );
}

#[test]
fn text_to_json_to_model_to_text_is_byte_exact() {
    let json = to_json(&draft());
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(back, draft());
    assert_eq!(back.render().unwrap(), unga::DRAFT_2010_07_19);
}

#[test]
fn the_draft_json_validates_against_the_schema() {
    assert_valid_json(&draft());
}

#[test]
fn json_contract_fields() {
    let json = serde_json::to_value(draft()).unwrap();
    let pp1 = &json["preamble"]["blocks"][0];
    assert_eq!(
        (
            pp1["kind"].as_str(),
            pp1["num"].as_str(),
            pp1["status"].as_str()
        ),
        (Some("paragraph"), Some("PP1"), Some("active"))
    );
    let annex = &json["annexes"][0];
    assert_eq!(annex["blocks"][2]["num"], "1bis");
    assert_eq!(annex["sections"][0]["num"], "I");
    let merged = annex["sections"][2]["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["num"] == "43")
        .unwrap();
    assert_eq!(
        (merged["status"].as_str(), merged["merged_into"].as_str()),
        (Some("merged"), Some("42"))
    );
    let new = annex["sections"][3]["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["placement"].is_object())
        .unwrap();
    assert_eq!(new["num"], Value::Null);
    assert_eq!(new["notes"][2]["kind"], "formatted");
    assert_eq!(json["operative"]["blocks"][2]["items"][0]["num"], "a");
    let insertion = &annex["blocks"][3]["content"][1];
    assert_eq!(insertion["kind"], "insertion");
    assert_eq!(annex["blocks"][3]["notes"][0]["kind"], "deleted");
}

/// A walk of the JSON meets paragraphs, items and notes in the order of the text.
#[test]
fn json_arrays_keep_document_order() {
    fn walk(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(num)) = map.get("num") {
                    out.push(num.clone());
                }
                if let Some(Value::String(text)) = map.get("text")
                    && matches!(
                        map.get("kind").and_then(Value::as_str),
                        Some("deleted" | "formatted")
                    )
                {
                    out.push(format!("note:{text}"));
                }
                map.values().for_each(|v| walk(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut seen = Vec::new();
    walk(&serde_json::to_value(draft()).unwrap(), &mut seen);
    let position = |label: &str| seen.iter().position(|s| s == label).unwrap();
    assert!(
        position("PP3") < position("note:search for")
            && position("note:search for") < position("PP4")
    );
    assert!(
        position("13") < position("note:young people")
            && position("note:young people") < position("11")
    );
    assert!(position("42") < position("a") && position("d") < position("43"));
    assert!(position("69") < position("67") && position("67") < position("68"));
}

#[test]
fn the_schema_is_precise() {
    let validator = schema_validator();
    let paragraph = |fields: Value| {
        let mut p = json!({"kind": "paragraph", "num": "1", "status": "active"});
        p.as_object_mut()
            .unwrap()
            .extend(fields.as_object().unwrap().clone());
        json!({"operative": {"blocks": [p]}})
    };
    assert!(validator.is_valid(&paragraph(json!({}))));
    assert!(validator.is_valid(&paragraph(json!({"status": "merged", "merged_into": "42"}))));
    assert!(
        !validator.is_valid(&paragraph(json!({"status": "withdrawn"}))),
        "an unknown status"
    );
    assert!(
        !validator.is_valid(&paragraph(json!({"status": "merged"}))),
        "a merge without its target"
    );
    assert!(
        !validator.is_valid(&paragraph(json!({"num": 1}))),
        "a number where a string belongs"
    );
    assert!(
        !validator.is_valid(&paragraph(json!({"num": "1 bis"}))),
        "a label that is not canonical"
    );
    assert!(
        !validator.is_valid(
            &json!({"operative": {"blocks": [{"kind": "paragraph", "status": "active"}]}})
        ),
        "a missing num"
    );
    assert!(
        !validator.is_valid(&paragraph(json!({"content": [{"kind": "insertion"}]}))),
        "an insertion without content"
    );
    assert!(
        !validator.is_valid(&paragraph(json!({"eol": "x\n"}))),
        "a line end that is not whitespace"
    );
    let inline = |inline: Value| paragraph(json!({"content": [inline]}));
    assert!(validator.is_valid(&inline(json!({"kind": "escape", "char": "("}))));
    assert!(
        !validator.is_valid(&inline(json!({"kind": "escape", "char": "a"}))),
        "only punctuation is escaped"
    );
    assert!(
        !validator.is_valid(&inline(json!({"kind": "alternatives", "options": ["one"]}))),
        "one wording is no alternative"
    );
    assert!(
        !validator.is_valid(&inline(json!({"kind": "line_break", "raw": "junk"}))),
        "a break holds only whitespace"
    );
    assert!(
        !validator.is_valid(&paragraph(json!({"contents": []}))),
        "an unknown field"
    );
    assert!(
        !validator.is_valid(&paragraph(json!({"merged_into": "42"}))),
        "a merge target on an active paragraph"
    );
    assert!(
        !validator.is_valid(&paragraph(json!({"items": [{"num": "A", "content": []}]}))),
        "an item letter in upper case"
    );
    assert!(
        !validator.is_valid(&json!({"preamble": {"blocks": [{"kind": "verse"}]}})),
        "an unknown kind"
    );
}

/// What the schema refuses, serde refuses too: a user who skips validation gets an error, not a
/// different document.
#[test]
fn json_the_schema_refuses_does_not_deserialize() {
    for (json, why) in [
        (
            r#"{"kind": "paragraph", "num": "1", "status": "active", "contents": []}"#,
            "unknown field",
        ),
        (
            r#"{"kind": "paragraph", "num": "1", "status": "active", "merged_into": "42"}"#,
            "merged_into",
        ),
        (
            r#"{"kind": "paragraph", "num": "1", "status": "merged"}"#,
            "merged_into",
        ),
        (
            r#"{"kind": "paragraph", "num": "1", "status": "active", "content": [{"kind": "escape", "char": "a"}]}"#,
            "punctuation",
        ),
        (
            r#"{"kind": "paragraph", "num": "1", "status": "active", "content": [{"kind": "alternatives", "options": ["x"]}]}"#,
            "two wordings",
        ),
        (
            r#"{"kind": "paragraph", "num": "1", "status": "active", "content": [{"kind": "page_break", "raw": "x"}]}"#,
            "blank lines",
        ),
        (
            r#"{"kind": "paragraph", "num": "1", "status": "active", "items": [{"num": "A"}]}"#,
            "item letter",
        ),
    ] {
        let doc = format!(r#"{{"operative": {{"blocks": [{json}]}}}}"#);
        let error = serde_json::from_str::<Document>(&doc).unwrap_err();
        assert!(error.to_string().contains(why), "{why}: {error}");
        assert!(
            !schema_validator().is_valid(&serde_json::from_str::<Value>(&doc).unwrap()),
            "{why}"
        );
    }
}

#[test]
fn json_that_does_not_fit_is_refused_with_its_place() {
    let error = serde_json::from_str::<Document>(
        "{\n  \"operative\": {\"blocks\": [{\"kind\": \"paragraph\", \"num\": 7}]}\n}",
    )
    .unwrap_err();
    assert_eq!(error.line(), 2);
    let error = serde_json::from_str::<Document>(
        r#"{"operative": {"blocks": [{"kind": "paragraph", "num": "7", "status": "withdrawn"}]}}"#,
    )
    .unwrap_err();
    assert!(error.to_string().contains("withdrawn"), "{error}");
}
