//! The draft of 19 July 2010: every figure below was counted by hand in
//! `documents/gpa-draft-2010-07-19.md`.

use unga::{
    Block, Brackets, Date, HeadingMarkup, Inline, ItemStyle, NoteMarkup, Num, Placement,
    RevisionKind, Status, Target,
};

use super::{all_inlines, assert_round_trip, draft, labels};

#[test]
fn writes_back_byte_for_byte() {
    assert_round_trip(unga::DRAFT_2010_07_19);
    assert_eq!(
        unga::DRAFT_2010_07_19.len(),
        35_351,
        "the embedded copy is the shared draft, byte for byte"
    );
}

#[test]
fn every_line_is_recognised() {
    let parsed = unga::parse(unga::DRAFT_2010_07_19);
    let shown: Vec<String> = parsed
        .diagnostics
        .iter()
        .map(|d| d.located(unga::DRAFT_2010_07_19).to_string())
        .collect();
    assert!(
        shown.is_empty(),
        "unrecognised lines:\n{}",
        shown.join("\n")
    );
}

#[test]
fn header() {
    let doc = draft();
    let header = &doc.header;
    let title = header.title().unwrap();
    assert_eq!(
        title.text,
        "UN Global Plan of Action against Trafficking in Persons"
    );
    assert_eq!(title.markup, HeadingMarkup::Strong);
    assert_eq!(
        title.eol.as_str(),
        "  \n",
        "the title line ends in a Markdown hard break"
    );
    assert_eq!(
        title.before.lines(),
        2,
        "the file opens with two blank lines"
    );
    let status = header.status().unwrap();
    assert_eq!(status.status, "DRAFT");
    assert_eq!(status.date, Date::new(2010, 7, 19).unwrap());
    assert_eq!(header.kind().unwrap().text, "General Assembly Resolution");
    let formula = header.enacting_formula().unwrap();
    assert_eq!(
        (formula.text.as_str(), formula.emphasis),
        ("The General Assembly,", true)
    );
    assert_eq!(formula.body(), "General Assembly");
    assert_eq!(header.blocks.len(), 4);
}

#[test]
fn preamble_pp1_to_pp15_with_their_opening_phrases() {
    let doc = draft();
    let paragraphs: Vec<_> = doc.preamble.paragraphs().collect();
    let expected: Vec<String> = (1..=15).map(|n| format!("PP{n}")).collect();
    assert_eq!(labels(paragraphs.iter().copied()), expected);
    let openings: Vec<&str> = paragraphs
        .iter()
        .map(|p| p.opening.as_deref().unwrap())
        .collect();
    assert_eq!(
        openings,
        [
            "Guided",
            "Reiterating",
            "Recognizing",
            "Recalling",
            "Recalling",
            "Reaffirming",
            "Recognizing",
            "Recalling",
            "Reaffirming",
            "Recalling",
            "Recognizing",
            "Recalling",
            "Recognizing",
            "Recalling",
            "Recognizing",
        ]
    );
    assert!(
        paragraphs[0]
            .plain_text()
            .starts_with("Guided by the purposes and principles of the Charter")
    );
    let pp15 = paragraphs[14];
    assert_eq!(pp15.items.len(), 6, "PP15's bullet list");
    assert!(pp15.items.iter().all(|item| item.num.is_none()));
    assert!(
        pp15.items[0]
            .plain_text()
            .starts_with("promote universal ratification of UNTOC")
    );
    assert!(
        pp15.items[5]
            .plain_text()
            .starts_with("foster cooperation and coordination")
    );
    assert_eq!(
        pp15.notes.len(),
        5,
        "the five bold deletions after the list"
    );
}

#[test]
fn operative_paragraphs_and_lettered_items() {
    let doc = draft();
    let paragraphs: Vec<_> = doc.operative.paragraphs().collect();
    assert_eq!(labels(paragraphs.iter().copied()), ["1", "2"]);
    assert!(
        paragraphs[0]
            .plain_text()
            .starts_with("Adopts the present resolution")
    );
    let items = &paragraphs[1].items;
    let letters: Vec<&str> = items.iter().map(|i| i.num.as_deref().unwrap()).collect();
    assert_eq!(letters, ["a", "b", "c", "d", "e"]);
    assert!(items.iter().all(|i| i.style == ItemStyle::Parenthesized));
    assert!(
        items[0]
            .plain_text()
            .starts_with("To formally launch the Plan of Action")
    );
}

#[test]
fn annex_heading_chapeau_and_paragraphs_in_document_order() {
    let doc = draft();
    assert_eq!(doc.annexes.len(), 1);
    let annex = &doc.annexes[0];
    assert_eq!(annex.label, "ANNEX");
    assert_eq!(
        annex.title.as_deref(),
        Some("Global Plan of Action to Combat Trafficking in Persons")
    );
    assert_eq!(annex.markup, HeadingMarkup::H2);
    let chapeau = annex.chapeau().unwrap();
    let text = chapeau.plain_text();
    assert!(text.starts_with("We the States Members of the United Nations, reaffirm"));
    assert!(text.ends_with("by adopting an action plan to:"));
    assert_eq!(chapeau.notes.len(), 1);
    assert_eq!(chapeau.notes[0].text, "to");

    let mut expected: Vec<String> = ["1", "1bis"].map(String::from).to_vec();
    expected.extend((2..=10).map(|n| n.to_string()));
    expected.push("10bis".into());
    expected.extend(["13", "11", "12"].map(String::from));
    expected.extend((14..=17).map(|n| n.to_string()));
    expected.extend(["17bis", "17ter"].map(String::from));
    expected.extend((18..=55).map(|n| n.to_string()));
    expected.push("-".into());
    expected.extend((56..=66).map(|n| n.to_string()));
    expected.extend(["69", "67", "68", "70"].map(String::from));
    let found = labels(annex.paragraphs());
    assert_eq!(found, expected);
    assert_eq!(found.len(), 75);
}

#[test]
fn four_sections_whatever_their_markup() {
    let doc = draft();
    let annex = &doc.annexes[0];
    let sections: Vec<_> = annex
        .sections
        .iter()
        .map(|s| {
            (
                s.num.to_string(),
                s.title.as_str(),
                s.markup,
                s.paragraphs().count(),
            )
        })
        .collect();
    assert_eq!(
        sections,
        [
            (
                "I".into(),
                "Preventing trafficking in persons",
                HeadingMarkup::Strong,
                13
            ),
            (
                "II".into(),
                "Protecting and assisting victims of trafficking in persons",
                HeadingMarkup::Strong,
                20
            ),
            (
                "III".into(),
                "Prosecuting crimes of trafficking in persons",
                HeadingMarkup::H3,
                14
            ),
            (
                "IV".into(),
                "Strengthening partnerships against trafficking in persons",
                HeadingMarkup::H4,
                16
            ),
        ]
    );
    assert_eq!(
        annex.blocks.iter().filter_map(Block::as_paragraph).count(),
        12,
        "1 to 10bis stand before section I"
    );
    let items: Vec<&str> = annex.sections[2]
        .paragraphs()
        .next()
        .unwrap()
        .items
        .iter()
        .map(|i| i.num.as_deref().unwrap())
        .collect();
    assert_eq!(items, ["a", "b", "c", "d"], "paragraph 42's items");
    assert!(
        annex.sections[2]
            .paragraphs()
            .next()
            .unwrap()
            .items
            .iter()
            .all(|i| i.style == ItemStyle::Dotted)
    );
}

#[test]
fn deleted_and_merged_paragraphs() {
    let doc = draft();
    let annex = &doc.annexes[0];
    let with_status = |wanted: fn(&Status) -> bool| -> Vec<String> {
        annex
            .paragraphs()
            .filter(|p| wanted(&p.status))
            .map(|p| p.num.unwrap().to_string())
            .collect()
    };
    assert_eq!(
        with_status(|s| *s == Status::Deleted),
        ["5", "29", "37", "68"]
    );
    let merged: Vec<(String, String)> = annex
        .paragraphs()
        .filter_map(|p| match p.status {
            Status::Merged { merged_into } => {
                Some((p.num.unwrap().to_string(), merged_into.to_string()))
            }
            _ => None,
        })
        .collect();
    let pairs = |list: &[(&str, &str)]| {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        merged,
        pairs(&[
            ("43", "42"),
            ("44", "42"),
            ("45", "42"),
            ("46", "42"),
            ("47", "42"),
            ("50", "49"),
            ("52", "49"),
            ("57", "56"),
            ("58", "56"),
            ("62", "60"),
        ])
    );
    assert!(
        annex
            .paragraphs()
            .filter(|p| p.status != Status::Active)
            .all(|p| p.content.is_empty())
    );
}

#[test]
fn the_new_paragraph_between_55_and_56() {
    let doc = draft();
    let new: Vec<_> = doc.annexes[0]
        .paragraphs()
        .filter(|p| p.num.is_none())
        .collect();
    assert_eq!(new.len(), 1);
    assert_eq!(
        new[0].placement,
        Some(Placement {
            after: Num::new(55),
            before: Num::new(56)
        })
    );
    assert!(
        new[0]
            .plain_text()
            .starts_with("Recognize that capacity-building")
    );
    let kinds: Vec<RevisionKind> = new[0].notes.iter().map(|n| n.kind).collect();
    assert_eq!(
        kinds,
        [
            RevisionKind::Deleted,
            RevisionKind::Deleted,
            RevisionKind::Formatted,
            RevisionKind::Formatted
        ]
    );
}

#[test]
fn revision_notes_in_every_markup() {
    let doc = draft();
    let notes: Vec<_> = doc.revision_notes().collect();
    let count = |kind| notes.iter().filter(|n| n.kind == kind).count();
    assert_eq!(count(RevisionKind::Deleted), 62);
    assert_eq!(count(RevisionKind::Formatted), 2);
    let markup = |m| {
        notes
            .iter()
            .filter(|n| n.kind == RevisionKind::Deleted && n.markup == m)
            .count()
    };
    assert_eq!(
        [
            markup(NoteMarkup::Plain),
            markup(NoteMarkup::Strong),
            markup(NoteMarkup::ListItem),
            markup(NoteMarkup::BrokenListItem)
        ],
        [31, 8, 14, 9]
    );
    assert_eq!(
        notes.iter().filter(|n| n.text.is_empty()).count(),
        4,
        "two in PP3, one after 31, one after 32"
    );
    assert!(
        doc.blocks()
            .all(|(_, b)| !matches!(b, Block::RevisionNotes { .. })),
        "every note of the draft follows a paragraph or the chapeau"
    );
    let pp3 = doc.preamble.paragraphs().nth(2).unwrap();
    let texts: Vec<&str> = pp3.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "the",
            "search for",
            "improved",
            "",
            ",",
            "",
            "ing",
            "becoming victims of"
        ]
    );
    let p17 = doc.annexes[0]
        .paragraphs()
        .find(|p| p.num == Some(Num::new(17)))
        .unwrap();
    assert_eq!(p17.notes.len(), 10);
    assert_eq!(p17.notes[9].text, "such labour");
}

#[test]
fn insertions_alternatives_and_editorial_notes() {
    let doc = draft();
    let inlines = all_inlines(&doc);
    let insertions = inlines
        .iter()
        .filter(|i| matches!(i, Inline::Insertion { .. }))
        .count();
    assert_eq!(insertions, 22);
    let alternatives: Vec<(&Vec<String>, Brackets)> = inlines
        .iter()
        .filter_map(|i| match i {
            Inline::Alternatives { options, brackets } => Some((options, *brackets)),
            _ => None,
        })
        .collect();
    assert_eq!(alternatives.len(), 8);
    assert!(
        alternatives
            .iter()
            .all(|(options, _)| *options == &["as set out in", "as outlined in"])
    );
    let escaped = alternatives
        .iter()
        .filter(|(_, b)| *b == Brackets::Escaped)
        .count();
    assert_eq!(
        (escaped, alternatives.len() - escaped),
        (3, 5),
        "40, 42b, 42c are bracketed inside insertions"
    );
    let notes: Vec<&str> = inlines
        .iter()
        .filter_map(|i| match i {
            Inline::EditorialNote {
                text,
                escaped: true,
            } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(notes, ["Language from para 18 of Salvador Declaration"]);
    let escapes: Vec<char> = inlines
        .iter()
        .filter_map(|i| match i {
            Inline::Escape { char } => Some(*char),
            _ => None,
        })
        .collect();
    assert_eq!(escapes, ['(', ')'], "\\(UNODC\\) in paragraph 9");
}

#[test]
fn co_facilitator_notes() {
    let doc = draft();
    let notes: Vec<_> = doc
        .blocks()
        .filter_map(|(_, b)| match b {
            Block::CoFacilitatorNote(note) => Some(note),
            _ => None,
        })
        .collect();
    let targets: Vec<&Target> = notes.iter().map(|n| &n.target).collect();
    assert_eq!(
        targets,
        [
            &Target::OperativeParagraph { num: Num::new(2) },
            &Target::Subject {
                text: "references to Trafficking Protocol".into()
            },
            &Target::AnnexParagraph { num: Num::new(36) },
            &Target::AnnexParagraph { num: Num::new(67) },
        ]
    );
    assert!(
        notes
            .iter()
            .all(|n| n.meeting == Date::new(2010, 7, 21).unwrap())
    );
    assert_eq!(
        notes.iter().map(|n| n.plural).collect::<Vec<_>>(),
        [true, false, false, false]
    );
}

#[test]
fn renumbering_notes() {
    let doc = draft();
    let renumbered: Vec<(String, String)> = doc
        .paragraphs()
        .filter_map(|(_, p)| Some((p.num?.to_string(), p.formerly()?.to_string())))
        .collect();
    assert_eq!(
        renumbered,
        [("PP5".into(), "PP8".into()), ("PP8".into(), "PP12".into())]
    );
}

#[test]
fn page_breaks_keep_one_paragraph() {
    let doc = draft();
    let split: Vec<String> = doc
        .paragraphs()
        .filter(|(_, p)| p.page_breaks() > 0)
        .map(|(_, p)| p.num.unwrap().to_string())
        .collect();
    assert_eq!(split, ["PP9", "17", "40", "65"]);
    let pp9 = doc.preamble.paragraphs().nth(8).unwrap();
    assert!(pp9.plain_text().contains(
        "General Assembly resolution 62/141 of 2008, to appoint a Special Representative"
    ));
    assert_eq!(
        pp9.notes.len(),
        1,
        "the bold deletion after the page break belongs to PP9"
    );
}

#[test]
fn edits_change_the_text() {
    let mut doc = draft();
    let Some(Block::Paragraph(p5)) = doc.annexes[0]
        .blocks
        .iter_mut()
        .find(|b| b.as_paragraph().is_some_and(|p| p.num == Some(Num::new(5))))
    else {
        panic!("paragraph 5")
    };
    p5.status = Status::Active;
    p5.content = vec![Inline::text("Restore the paragraph;")];
    let text = doc.render().unwrap();
    assert!(text.contains("\n5. Restore the paragraph;\n"));
    assert!(!text.contains("5. [Paragraph deleted]"));
    assert_eq!(
        text.len(),
        unga::DRAFT_2010_07_19.len() - "[Paragraph deleted]".len() + "Restore the paragraph;".len()
    );
}
