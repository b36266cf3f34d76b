//! Input built to break the parser: each must parse, write back byte for byte, and read back as
//! the same model, without a panic or a stack overflow.

use unga::{Block, Document, Inline};

use super::assert_round_trip;

/// Parses, checks the round trip and the checked render, and returns the document.
fn survive(text: &str) -> Document {
    assert_round_trip(text);
    let doc = unga::parse(text).document;
    assert_eq!(doc.render().map(|t| t.len()).ok(), Some(text.len()));
    doc
}

#[test]
fn bytes_that_are_not_utf8() {
    for (bytes, offset) in [
        (&b"\xff"[..], 0),
        (&b"PP1 ok\n\xc3"[..], 7),
        (&b"1. caf\xc3\xa9 \xe2\x82"[..], 9),
        (&b"\xef\xbb\xbfPP1 \xed\xa0\x80"[..], 7),
    ] {
        let error = unga::parse_bytes(bytes).unwrap_err();
        assert_eq!(error.span().map(|s| s.start), Some(offset), "{bytes:?}");
        assert!(error.to_string().contains(&format!("offset {offset}")));
    }
}

#[test]
fn nul_bytes_and_control_characters() {
    let doc = survive("PP1 *Guided*\0 by \u{7}the Charter,\0\n\n\0\n");
    assert_eq!(doc.preamble.paragraphs().count(), 1);
}

#[test]
fn carriage_returns_alone_and_mixed_with_line_feeds() {
    survive("PP1 a,\rPP2 b,\r\r1. c;\r");
    let doc = survive("PP1 a,\r\n\n1. b;\n\r\n2. c;\r\n");
    let ends: Vec<&str> = doc.operative.paragraphs().map(|p| p.eol.as_str()).collect();
    assert_eq!(ends, ["\n", "\r\n"]);
}

#[test]
fn byte_order_marks() {
    assert!(survive("\u{feff}PP1 a,\n").bom);
    let doc = survive("PP1 a,\n\n\u{feff}1. b;\n");
    assert!(!doc.bom, "a mark after the start is text");
}

#[test]
fn a_hundred_thousand_nested_brackets_and_emphasis_markers() {
    let nested = format!("1. {}x{}\n", "[".repeat(100_000), "](#)".repeat(100_000));
    let doc = survive(&nested);
    let mut depth = 0;
    let mut node = doc
        .operative
        .paragraphs()
        .next()
        .and_then(|p| p.content.first());
    while let Some(Inline::Insertion { content }) = node {
        depth += 1;
        node = content.first();
    }
    assert_eq!(depth, 16, "nesting stops at the limit; the rest is text");
    survive(&format!("1. {}\n", "[".repeat(100_000)));
    survive(&format!("1. {}\n", "]".repeat(100_000)));
    survive(&format!("1. {}\n", "*".repeat(100_000)));
    survive(&format!(
        "1. {}x{}\n",
        "*".repeat(100_000),
        "*".repeat(100_000)
    ));
    survive(&format!(
        "1. {}x{}\n",
        "**".repeat(50_000),
        "**".repeat(50_000)
    ));
    survive(&format!("1. {}\n", "\\[".repeat(100_000)));
    survive(&format!("1. {}\n", "x / ".repeat(100_000)));
}

#[test]
fn a_hundred_thousand_lines_of_one_kind() {
    let blank = survive(&"\n".repeat(100_000));
    assert_eq!(blank.trailing.lines(), 100_000);
    let doc = survive(&"Deleted: x\n".repeat(100_000));
    let Some(Block::RevisionNotes { notes }) = doc.header.blocks.first() else {
        panic!()
    };
    assert_eq!(notes.len(), 100_000);
    survive(&"?\n".repeat(100_000));
    survive(&format!("1. a\n{}b\n", "\n".repeat(100_000)));
    survive(&"- (a) x\n".repeat(100_000));
}

#[test]
fn one_line_of_a_megabyte() {
    survive(&format!("1. {}\n", "word [and](#) *so* on ".repeat(50_000)));
}

/// 100 MB of copies of the draft; `cargo test --release -- --ignored` runs it (`.ci/run` does).
#[test]
#[ignore = "100 MB: run in release with --ignored"]
fn a_hundred_megabytes() {
    let copies = 100_000_000 / unga::DRAFT_2010_07_19.len() + 1;
    let text = unga::DRAFT_2010_07_19.repeat(copies);
    assert!(text.len() >= 100_000_000);
    let doc = unga::parse(&text).document;
    assert_eq!(doc.to_string().len(), text.len());
    assert!(
        doc.to_string() == text,
        "the 100 MB text did not write back byte for byte"
    );
    assert_eq!(doc.annexes.len(), copies);
}

/// Inputs the fuzzer found (`tests/fixtures/regressions/`), each named for what it broke.
#[test]
fn fuzz_regressions() {
    let dir = format!("{}/tests/fixtures/regressions", env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        if let Ok(text) = String::from_utf8(bytes) {
            survive(&text);
        }
        seen += 1;
    }
    assert!(seen >= 1);
    survive("**[New Proposal by Co-Facilitators for OP2 Forthcoming at 21 July 0210 Meeting]**\n");
    survive("DRAFT (1 May 0999)\n");
}

/// The analysis reads hostile texts too, in time proportional to their length.
#[test]
fn analysis_of_hostile_texts() {
    for text in [
        format!(
            "1. {}\n",
            "General Assembly resolution 1/1, ".repeat(20_000)
        ),
        format!(
            "1. {}\n",
            "UNTOC (hereinafter \u{201c}UNTOC\u{201d}) ".repeat(10_000)
        ),
        format!("1. {}\n", "Article 1 of UNTOC, ".repeat(20_000)),
        format!("1. {}\n", "as as ".repeat(20_000)),
        "1. x [\n".repeat(20_000),
        format!("1. {}\n", "/".repeat(100_000)),
        format!("1. ILO Convention 1{}\n", ", 1".repeat(16_000)),
        (0..20_000)
            .map(|i| format!("A (hereinafter \"T{i}\") T{i} "))
            .collect::<String>(),
        (1..20_000)
            .map(|i| format!("{i}. [Merged with paragraph 999999]\n\n"))
            .collect(),
        "1. Again;\n\n".repeat(20_000),
        (1..20_000)
            .map(|i| format!("{}. Gap;\n\n", i * 3))
            .collect(),
    ] {
        let doc = unga::parse(&text).document;
        let refs = unga::references(&doc);
        assert!(
            refs.iter()
                .all(|r| text.get(r.span.start..r.span.end) == Some(r.text.as_str()))
        );
        let diagnostics = unga::check(&doc);
        assert!(diagnostics.iter().all(|d| d.span.end <= text.len()));
        assert_eq!(
            unga::statistics(&doc).total.paragraphs,
            doc.paragraphs().count()
        );
    }
}
