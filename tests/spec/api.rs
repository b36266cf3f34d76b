//! The public API: errors with their places, numbers, edits, and texts at the edges.

use unga::{Block, Document, Error, Inline, Num, Paragraph, SectionNum, Status, Suffix};

use super::assert_round_trip;

fn parse(text: &str) -> Document {
    unga::parse(text).document
}

#[test]
fn numbers_order_as_drafters_expect() {
    let mut nums: Vec<Num> = ["18", "17ter", "17", "17bis", "2", "10bis", "17decies"]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
    nums.sort();
    let labels: Vec<String> = nums.iter().map(Num::to_string).collect();
    assert_eq!(
        labels,
        ["2", "10bis", "17", "17bis", "17ter", "17decies", "18"]
    );
    assert_eq!("PP15".parse::<Num>().unwrap(), Num::preambular(15));
    assert_eq!(Suffix::ALL.len(), 9);
    for bad in [
        "",
        "PP",
        "17 bis",
        "017",
        "17Bis",
        "bis",
        "4294967296",
        "pp1",
        "-1",
    ] {
        let error = bad.parse::<Num>().unwrap_err();
        assert!(matches!(error, Error::InvalidValue { .. }), "{bad:?}");
        assert!(error.to_string().contains(&format!("`{bad}`")), "{error}");
    }
    assert_eq!("XIV".parse::<SectionNum>().unwrap().value(), 14);
    assert!("".parse::<SectionNum>().is_err());
}

#[test]
fn bytes_that_are_not_utf8_are_refused_with_their_place() {
    let error = unga::parse_bytes(b"PP1 ok\nPP2 caf\xe9 au lait\n").unwrap_err();
    assert!(matches!(error, Error::NotUtf8(_)));
    let span = error.span().unwrap();
    assert_eq!(
        (span.start, span.end, span.line, span.column),
        (14, 15, 2, 8)
    );
    assert_eq!(
        error.to_string(),
        "the text is not UTF-8: invalid byte at offset 14; convert it to UTF-8 first\n --> line 2, column 8\n  |\n2 | PP2 caf\u{fffd} au lait\n  |        ^"
    );
    assert!(unga::parse_bytes("\u{feff}PP1 ok".as_bytes()).is_ok());
}

#[test]
fn strict_parse_points_at_the_first_unrecognised_line() {
    let text = "PP1 *Guided* by the Charter,\n\n1. Adopts;\n\nwhat is this?\n\nand this\n";
    let error = unga::parse_strict(text).unwrap_err();
    assert_eq!((error.line(), error.column()), (Some(5), Some(1)));
    assert_eq!(
        error.to_string(),
        "unrecognized_line: the grammar does not recognise this line; it is kept verbatim as an `unrecognized` block\n --> line 5, column 1\n  |\n5 | what is this?\n  | ^^^^^^^^^^^^^"
    );
    let parsed = unga::parse(text);
    assert_eq!(parsed.diagnostics.len(), 2);
    assert_eq!(parsed.diagnostics[1].span.line, 7);
    assert!(
        matches!(parsed.document.operative.blocks.last(), Some(Block::Unrecognized(u)) if u.text == "and this")
    );
}

#[test]
fn a_model_that_would_not_read_back_is_refused() {
    let mut doc = parse("1. Adopts the plan;\n\n2. Decides;\n");
    let Some(Block::Paragraph(p)) = doc.operative.blocks.get_mut(1) else {
        panic!()
    };
    p.content = vec![Inline::text("Decides\n3. Also decides;")];
    let error = doc.render().unwrap_err();
    assert!(matches!(error, Error::NotLossless(_)));
    assert_eq!(
        error.line(),
        Some(3),
        "the second paragraph starts on line 3"
    );
    assert!(error.to_string().contains("3 | 2. Decides"), "{error}");

    let mut doc = parse("1. Adopts [this](#);\n");
    let Some(Block::Paragraph(p)) = doc.operative.blocks.get_mut(0) else {
        panic!()
    };
    p.content = vec![Inline::Insertion {
        content: vec![Inline::text("a](#) b")],
    }];
    assert!(
        doc.render().is_err(),
        "an insertion holding `](#)` would read back as two"
    );
}

#[test]
fn a_built_model_renders_from_its_fields() {
    let p = Paragraph::new(
        Some("17bis".parse().unwrap()),
        vec![Inline::text("Stress the role of education;")],
    );
    let doc = Document {
        annexes: vec![unga::Annex {
            before: unga::Gap::none(),
            markup: unga::HeadingMarkup::H2,
            label: "ANNEX".into(),
            title: Some("Plan".into()),
            eol: unga::Eol::default(),
            blocks: vec![Block::Paragraph(p)],
            sections: vec![],
        }],
        ..Document::default()
    };
    assert_eq!(
        doc.render().unwrap(),
        "## ANNEX: Plan\n\n17bis. Stress the role of education;\n"
    );
}

#[test]
fn a_stale_raw_number_gives_way_to_the_edited_value() {
    let mut doc = parse("48 bis. Ensure;\n");
    let Some(Block::Paragraph(p)) = doc.operative.blocks.get_mut(0) else {
        panic!()
    };
    assert_eq!(
        (p.num.unwrap().to_string(), p.num_raw.as_deref()),
        ("48bis".into(), Some("48 bis"))
    );
    assert_eq!(doc.to_string(), "48 bis. Ensure;\n");
    let Some(Block::Paragraph(p)) = doc.operative.blocks.get_mut(0) else {
        panic!()
    };
    p.num = Some(Num::new(49));
    assert_eq!(doc.render().unwrap(), "49. Ensure;\n");
}

#[test]
fn deleting_a_paragraph_through_the_model() {
    let mut doc = parse("PP1 *Recalling* its resolutions,\n\n1. Adopts;\n\n2. Decides;\n");
    let Some(Block::Paragraph(p)) = doc.operative.blocks.get_mut(1) else {
        panic!()
    };
    p.status = Status::Merged {
        merged_into: Num::new(1),
    };
    p.content.clear();
    assert_eq!(
        doc.render().unwrap(),
        "PP1 *Recalling* its resolutions,\n\n1. Adopts;\n\n2. [Merged with paragraph 1]\n"
    );
}

#[test]
fn texts_at_the_edges_round_trip() {
    for text in [
        "",
        "\n",
        "\n\n\n",
        "   ",
        "no final newline",
        "\u{feff}PP1 *Guided* by the Charter,\r\n\r\n1. Adopts;\r\n",
        "1. Adopts;  \n\t\n2. Decides;\t",
        "mixed\r\nline\nends\r\n\r\n",
        "a lone\rcarriage return\r",
        "nul \0 bytes\n",
        "1.\n- (a)\n- \n[](#)\n**\n*\n\\\n",
        "PP1 x\n\n\n\ncontinued after blank lines\n",
        "[New Para btwn 1 and 2] Text\n",
    ] {
        assert_round_trip(text);
        assert_eq!(parse(text).render().unwrap(), text, "{text:?}");
    }
}

#[test]
fn bom_and_crlf_are_kept_in_the_model() {
    let doc = parse("\u{feff}PP1 *Guided* by the Charter,\r\n\r\n1. Adopts;\r\n");
    assert!(doc.bom);
    let pp1 = doc.preamble.paragraphs().next().unwrap();
    assert_eq!(pp1.eol.as_str(), "\r\n");
    let op1 = doc.operative.paragraphs().next().unwrap();
    assert_eq!(op1.before.as_str(), "\r\n");
}

#[test]
fn diagnostics_can_be_shown() {
    let text = "PP1 x,\n\n???\n";
    let parsed = unga::parse(text);
    let shown = parsed.diagnostics[0].located(text).to_string();
    assert!(shown.ends_with("3 | ???\n  | ^^^"), "{shown}");
}

#[test]
fn render_accepts_what_a_text_cannot_tell_apart() {
    let mut doc = parse("1. Adopts the plan;\n");
    let Some(Block::Paragraph(p)) = doc.operative.blocks.get_mut(0) else {
        panic!()
    };
    p.content = vec![
        Inline::text("Adopts "),
        Inline::text(""),
        Inline::text("the plan;"),
    ];
    p.num_raw = Some("1".into());
    doc.operative
        .blocks
        .push(Block::RevisionNotes { notes: vec![] });
    assert_eq!(doc.render().unwrap(), "1. Adopts the plan;\n");
}

#[test]
fn a_located_message_never_panics() {
    let located = unga::Located {
        message: "m".into(),
        span: unga::Span {
            start: 5,
            end: 1,
            line: 0,
            column: 0,
        },
        line_text: "x".into(),
    };
    assert_eq!(
        located.to_string(),
        "m\n --> line 0, column 0\n  |\n0 | x\n  | ^"
    );
}
