//! Analysis of the draft: navigation, references, checks, clean views and statistics. Every
//! figure was counted by hand in `documents/gpa-draft-2010-07-19.md` (see the comments).

use std::collections::BTreeMap;

use unga::{
    Choice, DiagnosticCode, DocumentBody, DocumentType, Part, ReferenceKind, Severity, TargetStatus,
};

use super::draft;

fn count_by<K: Ord>(keys: impl Iterator<Item = K>) -> BTreeMap<K, usize> {
    let mut counts = BTreeMap::new();
    for key in keys {
        *counts.entry(key).or_insert(0) += 1;
    }
    counts
}

#[test]
fn paragraphs_by_number_and_part() {
    let doc = draft();
    assert_eq!(
        doc.paragraph(Part::Preamble, "PP9")
            .unwrap()
            .opening
            .as_deref(),
        Some("Reaffirming")
    );
    assert!(
        doc.paragraph(Part::Annex, "17ter")
            .unwrap()
            .plain_text()
            .starts_with("Reinforce efforts")
    );
    assert!(
        doc.paragraph(Part::Operative, "2")
            .unwrap()
            .plain_text()
            .starts_with("Decides")
    );
    assert!(
        doc.paragraph(Part::Operative, "17ter").is_none(),
        "scoped to its part"
    );
    assert!(doc.paragraph(Part::Annex, "not a number").is_none());
    let annex = &doc.annexes[0];
    assert_eq!(
        annex
            .section("IV")
            .unwrap()
            .paragraph("69")
            .unwrap()
            .num
            .unwrap()
            .to_string(),
        "69"
    );
    assert!(annex.section("V").is_none());
    let places = count_by(
        doc.paragraphs()
            .map(|(place, _)| (place.part, place.section.map(|s| s.num.to_string()))),
    );
    let expected: BTreeMap<(Part, Option<String>), usize> = [
        ((Part::Preamble, None), 15),
        ((Part::Operative, None), 2),
        ((Part::Annex, None), 12),
        ((Part::Annex, Some("I".to_owned())), 13),
        ((Part::Annex, Some("II".to_owned())), 20),
        ((Part::Annex, Some("III".to_owned())), 14),
        ((Part::Annex, Some("IV".to_owned())), 16),
    ]
    .into_iter()
    .collect();
    assert_eq!(places, expected);
}

#[test]
fn internal_references_resolve() {
    let refs = unga::references(&draft());
    let merged: Vec<(String, String)> = refs
        .iter()
        .filter_map(|r| match &r.kind {
            ReferenceKind::MergedInto {
                target,
                status: TargetStatus::Found,
            } => Some((r.paragraph?.to_string(), target.to_string())),
            _ => None,
        })
        .collect();
    assert_eq!(merged.len(), 10, "43 to 47, 50, 52, 57, 58, 62");
    assert_eq!(merged[0], ("43".to_owned(), "42".to_owned()));
    assert_eq!(merged[9], ("62".to_owned(), "60".to_owned()));
    let renumbered: Vec<(String, String, usize)> = refs
        .iter()
        .filter_map(|r| match &r.kind {
            ReferenceKind::RenumberedFrom { former } => {
                Some((r.paragraph?.to_string(), former.to_string(), r.span.line))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        renumbered,
        [
            ("PP5".into(), "PP8".into(), 36),
            ("PP8".into(), "PP12".into(), 48)
        ]
    );
    let placed: Vec<_> = refs
        .iter()
        .filter(|r| matches!(r.kind, ReferenceKind::PlacedBetween { .. }))
        .collect();
    assert_eq!(placed.len(), 1);
    assert_eq!(placed[0].text, "[New Para btwn 55 and 56]");
    assert!(matches!(
        placed[0].kind,
        ReferenceKind::PlacedBetween {
            status: TargetStatus::Found,
            ..
        }
    ));
    let targets: Vec<(&str, usize)> = refs
        .iter()
        .filter(|r| {
            matches!(
                r.kind,
                ReferenceKind::CoFacilitatorTarget {
                    status: TargetStatus::Found,
                    ..
                }
            )
        })
        .map(|r| (r.text.as_str(), r.span.line))
        .collect();
    assert_eq!(targets, [("OP2", 91), ("Para 36", 241), ("Para 67", 344)]);
}

#[test]
fn un_documents_by_symbol_and_body() {
    use DocumentBody::*;
    let refs = unga::references(&draft());
    let documents: Vec<(Option<DocumentBody>, Option<DocumentType>, &str, bool)> = refs
        .iter()
        .filter_map(|r| match &r.kind {
            ReferenceKind::UnDocument {
                body,
                document_type,
                symbol,
            } => Some((*body, *document_type, symbol.as_str(), r.in_revision_note)),
            _ => None,
        })
        .collect();
    let resolution = Some(DocumentType::Resolution);
    assert_eq!(
        documents,
        [
            (Some(GeneralAssembly), resolution, "55/25", false),
            (Some(GeneralAssembly), resolution, "61/180", false),
            (Some(GeneralAssembly), resolution, "63/194", false),
            (Some(GeneralAssembly), resolution, "64/178", false),
            (Some(GeneralAssembly), resolution, "61/144", false),
            (Some(GeneralAssembly), resolution, "58/137", false),
            (Some(CommissionOnHumanRights), resolution, "2004/110", false),
            (Some(HumanRightsCouncil), resolution, "6/14", false),
            (Some(CommissionOnHumanRights), resolution, "1990/68", false),
            (Some(GeneralAssembly), resolution, "62/141", false),
            (Some(SecurityCouncil), resolution, "1888", true),
            (Some(EconomicAndSocialCouncil), resolution, "2006/27", false),
            (Some(GeneralAssembly), resolution, "61/180", false),
            (
                Some(ConferenceOfTheParties),
                Some(DocumentType::Decision),
                "1/5",
                false
            ),
            (
                Some(ConferenceOfTheParties),
                Some(DocumentType::Decision),
                "2/3",
                false
            ),
            (
                Some(ConferenceOfTheParties),
                Some(DocumentType::Decision),
                "3/3",
                false
            ),
        ]
    );
}

#[test]
fn instruments_and_articles_under_canonical_identifiers() {
    let refs = unga::references(&draft());
    let instruments = count_by(refs.iter().filter_map(|r| match &r.kind {
        ReferenceKind::Instrument { id } => Some(id.as_str()),
        _ => None,
    }));
    // UNTOC: 15 "UNTOC" less 2 definitions, and 6 full names. The Protocol: 18 "Trafficking
    // Protocol" less 2 definitions, 2 full names, 1 "Trafficking in Persons Protocol".
    let expected: BTreeMap<&str, usize> = [
        ("cedaw", 3),
        ("crc", 3),
        ("crc_opac", 2),
        ("crc_opsc", 2),
        ("ilo_c029", 2),
        ("ilo_c182", 2),
        ("slavery_convention_1956", 2),
        ("trafficking_protocol", 19),
        ("uncac", 1),
        ("untoc", 19),
    ]
    .into_iter()
    .collect();
    assert_eq!(instruments, expected);
    let articles: Vec<(&str, &[u32], usize)> = refs
        .iter()
        .filter_map(|r| match &r.kind {
            ReferenceKind::Article {
                instrument,
                articles,
            } => Some((instrument.as_str(), articles.as_slice(), r.span.line)),
            _ => None,
        })
        .collect();
    assert_eq!(
        articles,
        [
            ("untoc", &[32][..], 117),
            ("untoc", &[24, 25][..], 211),
            ("untoc", &[12][..], 280)
        ]
    );
}

#[test]
fn defined_terms_and_their_uses() {
    let refs = unga::references(&draft());
    let definitions: Vec<(&str, Option<&str>, usize)> = refs
        .iter()
        .filter_map(|r| match &r.kind {
            ReferenceKind::DefinedTerm { term, stands_for } => {
                Some((term.as_str(), stands_for.as_deref(), r.span.line))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        definitions,
        [
            ("UNTOC", Some("untoc"), 40),
            ("Trafficking Protocol", Some("trafficking_protocol"), 40),
            ("the Plan of Action", None, 89), // `(“the Plan of Action”)` in operative paragraph 1
            ("Trafficking Protocol", Some("trafficking_protocol"), 109),
            ("UNTOC", Some("untoc"), 115),
            ("ICAT", Some("icat"), 133),
        ]
    );
    let uses = count_by(refs.iter().filter_map(|r| match &r.kind {
        ReferenceKind::TermUse { term, .. } => Some(term.as_str()),
        _ => None,
    }));
    // Every occurrence after the first definition, definitions left out; ICAT in PP10 comes
    // before it is defined in annex paragraph 10bis.
    assert_eq!(uses.get("UNTOC"), Some(&13));
    assert_eq!(uses.get("Trafficking Protocol"), Some(&16));
    assert_eq!(uses.get("ICAT"), Some(&2));
    assert_eq!(
        uses.get("the Plan of Action"),
        Some(&6),
        "paragraph 2 and its items (a), (b), (d), (e) twice"
    );
}

#[test]
fn un_bodies_and_mechanisms() {
    let refs = unga::references(&draft());
    let bodies = count_by(refs.iter().filter_map(|r| match &r.kind {
        ReferenceKind::Body { id } => Some(id.as_str()),
        _ => None,
    }));
    let expected: BTreeMap<&str, usize> = [
        ("icat", 5),
        ("ilo", 2),
        ("iom", 3),
        ("ohchr", 4),
        ("sr_sale_of_children", 2),
        ("sr_slavery", 2),
        ("sr_trafficking", 2),
        ("sr_violence_against_women", 1),
        ("srsg_sexual_violence_in_conflict", 2),
        ("srsg_violence_against_children", 2),
        ("un_gift", 4),
        ("unicef", 4),
        ("unodc", 9),
    ]
    .into_iter()
    .collect();
    assert_eq!(
        bodies, expected,
        "ILO in `ILO Convention` names a convention, not the body"
    );
}

/// Each reference's words are what it says they are, where the span says.
#[test]
fn every_reference_names_what_it_refers_to() {
    let names = |id: &str| {
        unga::INSTRUMENTS
            .iter()
            .chain(unga::BODIES)
            .find(|e| e.id == id)
            .map_or(&[][..], |e| e.names)
    };
    let refs = unga::references(&draft());
    // 16 internal, 16 UN documents, 55 instruments, 3 articles, 6 definitions, 37 uses of
    // defined terms, 42 bodies: the figures of the tests above.
    assert_eq!(refs.len(), 175);
    for r in &refs {
        let text = r.text.as_str();
        let named = |id: &str| names(id).iter().any(|n| n.eq_ignore_ascii_case(text));
        let ok = match &r.kind {
            ReferenceKind::MergedInto { target, .. } => {
                text == format!("[Merged with paragraph {target}]")
            }
            ReferenceKind::RenumberedFrom { former } => {
                text.eq_ignore_ascii_case(&format!("[Formerly {former}]"))
            }
            ReferenceKind::PlacedBetween { after, before, .. } => {
                text == format!("[New Para btwn {after} and {before}]")
            }
            ReferenceKind::CoFacilitatorTarget {
                target_part: Part::Operative,
                target,
                ..
            } => text == format!("OP{target}"),
            ReferenceKind::CoFacilitatorTarget { target, .. } => text == format!("Para {target}"),
            ReferenceKind::UnDocument { symbol, .. } => text == symbol,
            ReferenceKind::Instrument { id } if id.starts_with("ilo_c") => {
                text.ends_with(id.trim_start_matches("ilo_c").trim_start_matches('0'))
            }
            ReferenceKind::Instrument { id } | ReferenceKind::Body { id } => named(id),
            ReferenceKind::Article {
                instrument,
                articles,
            } => {
                text.to_lowercase().starts_with("article")
                    && names(instrument).iter().any(|n| text.ends_with(n))
                    && articles.iter().all(|a| text.contains(&a.to_string()))
            }
            ReferenceKind::DefinedTerm { term, .. } | ReferenceKind::TermUse { term, .. } => {
                text == term
            }
            _ => false,
        };
        assert!(ok, "{r:?}");
        assert_eq!(
            unga::DRAFT_2010_07_19.get(r.span.start..r.span.end),
            Some(text),
            "{r:?}"
        );
    }
}

#[test]
fn references_at_the_edges() {
    let refs = |text: &str| unga::references(&unga::parse(text).document);
    // A merge resolves in the annex it stands in.
    let two_annexes = "## ANNEX I: A\n\n1. One;\n\n## ANNEX II: B\n\n1. One;\n\n2. Two;\n\n3. [Merged with paragraph 2]\n";
    let statuses: Vec<TargetStatus> = refs(two_annexes)
        .iter()
        .filter_map(|r| match r.kind {
            ReferenceKind::MergedInto { status, .. } => Some(status),
            _ => None,
        })
        .collect();
    assert_eq!(statuses, [TargetStatus::Found]);
    // A note written twice has two places.
    let columns: Vec<usize> = refs("1. a [Formerly 3] b [Formerly 3];\n")
        .iter()
        .map(|r| r.span.column)
        .collect();
    assert_eq!(columns, [6, 21]);
    // An empty term defines nothing; a numbered convention said twice is one reference.
    assert!(refs("1. The Thing (hereinafter \"\") and more;\n").is_empty());
    let ilo: Vec<(String, String)> = refs("1. ILO Convention 29, 29 and 182;\n")
        .into_iter()
        .filter_map(|r| match r.kind {
            ReferenceKind::Instrument { id } => Some((id, r.text)),
            _ => None,
        })
        .collect();
    assert_eq!(
        ilo,
        [
            ("ilo_c029".into(), "ILO Convention 29".into()),
            ("ilo_c182".into(), "182".into())
        ]
    );
    // A term stands for the name right before its parenthesis, not for any name before it.
    let far = refs("1. UNODC works; it sets up a fund (hereinafter \"the Fund\");\n");
    assert!(far.iter().any(|r| matches!(&r.kind, ReferenceKind::DefinedTerm { term, stands_for: None } if term == "the Fund")));
}

#[test]
fn diagnostics_of_the_draft() {
    let doc = draft();
    let diagnostics = unga::check(&doc);
    let summary: Vec<(DiagnosticCode, usize)> =
        diagnostics.iter().map(|d| (d.code, d.span.line)).collect();
    use DiagnosticCode::*;
    assert_eq!(
        summary,
        [
            (NumberingOutOfOrder, 137), // 13 before 11
            (OpenAlternatives, 201),    // 25
            (DoubledWord, 221),         // 31: as as
            (OpenAlternatives, 221),
            (DoubledWord, 225), // 32
            (OpenAlternatives, 225),
            (OpenAlternatives, 231), // 34
            (DoubledWord, 247),      // 38
            (OpenAlternatives, 247),
            (OpenAlternatives, 253),    // 40, in an insertion
            (OpenAlternatives, 264),    // 42 b
            (DoubledWord, 265), // 42 c: `as [\[as set out in`, once the insertion is accepted
            (OpenAlternatives, 265), // 42 c
            (NumberingOutOfOrder, 342), // 69 before 67
        ]
    );
    assert!(diagnostics.iter().all(|d| d.severity != Severity::Error));
    for d in &diagnostics {
        let text = &unga::DRAFT_2010_07_19[d.span.start..d.span.end];
        match d.code {
            OpenAlternatives => assert!(text.contains("as set out in / as outlined in"), "{text}"),
            DoubledWord => assert!(text == "as as" || text == "as [\\[as", "{text}"),
            NumberingOutOfOrder => assert!(text == "13" || text == "69", "{text}"),
            _ => unreachable!(),
        }
    }
}

#[test]
fn diagnostics_of_a_broken_text() {
    let text = "PP1 *Recalling* the the Charter,\n\n1. Adopts [this;\n\n2. [Merged with paragraph 9]\n\n2. Decides *so;\n\n5. Acts;\n\n??\n";
    let doc = unga::parse(text).document;
    let found: Vec<(DiagnosticCode, Severity, usize, usize)> = unga::check(&doc)
        .iter()
        .map(|d| (d.code, d.severity, d.span.line, d.span.column))
        .collect();
    use DiagnosticCode::*;
    use Severity::*;
    assert_eq!(
        found,
        [
            (DoubledWord, Warning, 1, 17),
            (UnclosedBracket, Warning, 3, 11),
            (MissingTarget, Error, 5, 4),
            (DuplicateNumber, Error, 7, 1),
            (UnclosedEmphasis, Warning, 7, 12),
            (NumberingGap, Warning, 9, 1),
            (UnrecognizedLine, Warning, 11, 1),
        ]
    );
    let messages = |text: &str| -> Vec<String> {
        unga::check(&unga::parse(text).document)
            .into_iter()
            .map(|d| d.message)
            .collect()
    };
    assert_eq!(
        messages("PP1 a,\n\nPP3 b,\n"),
        [
            "no paragraph is numbered PP2, before paragraph PP3; renumber, or keep the missing ones as `[Paragraph deleted]`"
        ]
    );
    assert_eq!(
        messages("3. Acts;\n"),
        [
            "no paragraph is numbered 1 to 2, before paragraph 3; renumber, or keep the missing ones as `[Paragraph deleted]`"
        ]
    );
    assert!(
        messages("1. Two * three;\n").is_empty(),
        "a spaced asterisk is no markup"
    );
}

#[test]
fn clean_views() {
    let doc = draft();
    let p = |part, num| doc.paragraph(part, num).unwrap();
    let pp5 = p(Part::Preamble, "PP5").clean_text(Choice::First);
    assert!(
        pp5.ends_with(
            "to prevent, suppress and punish trafficking in persons and to protect victims,"
        ),
        "{pp5}"
    );
    let four = p(Part::Annex, "4").clean_text(Choice::First);
    assert!(
        four.ends_with("in the review of the implementation of the Convention,"),
        "the editorial note is dropped: {four}"
    );
    assert!(
        p(Part::Annex, "9")
            .clean_text(Choice::First)
            .contains("Drugs and Crime (UNODC) in the global fight")
    );
    let forty = p(Part::Annex, "40").clean_text(Choice::Second);
    assert!(forty.contains("proceedings against offenders in a manner not prejudicial to the rights of the defence as outlined in the Trafficking Protocol;"), "{forty}");
    assert_eq!(p(Part::Annex, "5").clean_text(Choice::First), "", "deleted");
    assert_eq!(p(Part::Annex, "43").clean_text(Choice::First), "", "merged");
    let two = p(Part::Operative, "2").clean_text(Choice::First);
    assert_eq!(
        two.lines().count(),
        6,
        "the paragraph and its items (a) to (e)"
    );
    assert!(
        two.lines()
            .nth(1)
            .unwrap()
            .starts_with("(a) To formally launch")
    );
    // Guided by the purposes and principles of the Charter of the United Nations and
    // reaffirming its role under the Charter, including on questions related to development,
    // peace and security and human rights,
    assert_eq!(p(Part::Preamble, "PP1").word_count(Choice::First), 32);
    // `as set out in` has one word more than `as outlined in`, eight times.
    assert_eq!(
        doc.word_count(Choice::First),
        doc.word_count(Choice::Second) + 8
    );
    let clean = doc.clean_text(Choice::First);
    assert!(
        !clean.contains("Deleted:")
            && !clean.contains("](#)")
            && !clean.contains("Co-Facilitators")
    );
    assert!(clean.starts_with(
        "UN Global Plan of Action against Trafficking in Persons\n\nDRAFT (19 July 2010)"
    ));
    assert!(
        clean
            .contains("\n\nIII. Prosecuting crimes of trafficking in persons\n\n42. Implement all")
    );
}

#[test]
fn revision_statistics() {
    let stats = unga::statistics(&draft());
    let rows: Vec<(String, [usize; 7])> = stats
        .rows
        .iter()
        .map(|row| {
            let t = row.tally;
            let name = format!(
                "{:?} {}",
                row.part,
                row.section.map(|s| s.to_string()).unwrap_or_default()
            );
            (
                name,
                [
                    t.paragraphs,
                    t.active,
                    t.deleted,
                    t.merged,
                    t.notes,
                    t.insertions,
                    t.open_alternatives,
                ],
            )
        })
        .collect();
    let expected: Vec<(String, [usize; 7])> = [
        ("Preamble ", [15, 15, 0, 0, 20, 0, 0]), // notes: PP2 1, PP3 8, PP5-7 1 each, PP9 1, PP12 1, PP13 1, PP15 5
        ("Operative ", [2, 2, 0, 0, 0, 0, 0]),
        ("Annex ", [12, 11, 1, 0, 3, 4, 0]), // the chapeau's note, 2's and 4's; insertions in 2, 4, 8, 9
        ("Annex I", [13, 13, 0, 0, 19, 10, 0]),
        ("Annex II", [20, 18, 2, 0, 12, 2, 6]),
        ("Annex III", [14, 7, 0, 7, 3, 6, 2]),
        ("Annex IV", [16, 12, 1, 3, 7, 0, 0]),
    ]
    .into_iter()
    .map(|(name, counts)| (name.to_owned(), counts))
    .collect();
    assert_eq!(rows, expected);
    let t = stats.total;
    assert_eq!(
        [
            t.paragraphs,
            t.active,
            t.deleted,
            t.merged,
            t.notes,
            t.insertions,
            t.open_alternatives
        ],
        [92, 78, 4, 10, 64, 22, 8]
    );
}

#[test]
fn analysis_of_the_public_texts_never_panics() {
    let dir = format!("{}/tests/fixtures/corpus", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let doc = unga::parse(&text).document;
        for r in unga::references(&doc) {
            assert_eq!(text.get(r.span.start..r.span.end), Some(r.text.as_str()));
        }
        for d in unga::check(&doc) {
            assert!(d.span.end <= text.len());
            let _ = d.rustc_style(&text, "corpus");
        }
        let _ = unga::statistics(&doc).to_string();
        let _ = doc.clean_text(Choice::Second);
    }
}
