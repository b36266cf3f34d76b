//! Public texts in other layouts (see `tests/fixtures/corpus/SOURCES.md`): they must write back
//! byte for byte, and the structure the grammar knows is found where it can be.

use super::{assert_round_trip, assert_valid_json};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/corpus/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn every_public_text_round_trips() {
    let dir = format!("{}/tests/fixtures/corpus", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "SOURCES.md")
        .collect();
    names.sort();
    assert_eq!(names.len(), 4);
    for name in names {
        let text = fixture(&name);
        assert_round_trip(&text);
        let parsed = unga::parse(&text);
        assert_eq!(parsed.document.render().unwrap(), text, "{name}");
        assert_valid_json(&parsed.document);
    }
}

#[test]
fn iran_draft_formula_and_operative_paragraphs() {
    let doc = unga::parse(&fixture(
        "unga_draft_A-C.3-78-L.41_iran_human_rights_2023_un-bench-eda.txt",
    ))
    .document;
    assert_eq!(
        doc.header.enacting_formula().map(|f| f.text.as_str()),
        Some("The General Assembly,")
    );
    let nums: Vec<u32> = doc
        .operative
        .paragraphs()
        .filter_map(|p| p.num.map(|n| n.number))
        .collect();
    assert_eq!(nums.first(), Some(&1));
    assert!(
        nums.contains(&35),
        "35 numbered operative paragraphs: {nums:?}"
    );
}

#[test]
fn cop21_decision_preamble_in_italics() {
    let doc = unga::parse(&fixture(
        "unfccc_adp_draft_decision_cop21_2015-11-06_okfn.md",
    ))
    .document;
    assert_eq!(
        doc.header.enacting_formula().map(|f| f.text.as_str()),
        Some("The Conference of the Parties,")
    );
    let openings: Vec<&str> = doc
        .preamble
        .paragraphs()
        .filter_map(|p| p.opening.as_deref())
        .take(3)
        .collect();
    assert_eq!(openings, ["Recalling", "Also recalling", "Welcoming"]);
}
