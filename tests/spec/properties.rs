//! Properties over generated texts and models.

use proptest::prelude::*;

use super::assert_valid_json;
use unga::{
    Annex, Block, Chapeau, Date, Document, DraftStatus, EnactingFormula, Eol, Gap, Header,
    HeadingMarkup, Inline, Item, ItemStyle, NoteMarkup, Num, Operative, Paragraph, Preamble,
    RevisionKind, RevisionNote, Section, SectionNum, Status, Suffix, Title,
};

/// The draft's own markup, as tokens to build texts from.
const TOKENS: &[&str] = &[
    "PP1 ",
    "PP15 ",
    "1. ",
    "17bis. ",
    "2010. ",
    "48 bis. ",
    "- ",
    "- (a) ",
    "- d. ",
    "Deleted:",
    "Deleted: ",
    "**Deleted:** ",
    "- Deleted: ",
    "- Deleted:** ",
    "Formatted: ",
    "[",
    "]",
    "](#)",
    "(#)",
    "\\[",
    "\\]",
    "\\(",
    "\\",
    "*",
    "**",
    " / ",
    "as set out in",
    "as outlined in",
    "[Paragraph deleted]",
    "[Merged with paragraph 42]",
    "[Formerly PP8]",
    "[formerly PP12]",
    "[New Para btwn 55 and 56] ",
    "**I. ",
    "## ANNEX: ",
    "### III. ",
    "#### ",
    "*The General Assembly,*",
    "The General Assembly,",
    "DRAFT (19 July 2010)",
    "*Recalling*",
    "**[New Proposal by Co-Facilitators for Para 36 Forthcoming at 21 July 2010 Meeting]**",
    "**[New Proposals by Co-Facilitators for OP2 Forthcoming at 21 July 2010 Meeting]**",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "\t",
    "word",
    "of",
    "against",
    "Recognize",
    ";",
    ",",
    ":",
    ".",
    "\u{feff}",
    "é",
    "“",
];

fn token_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..60).prop_map(|tokens| tokens.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_round_trips(text in any::<String>()) {
        let parsed = unga::parse(&text);
        prop_assert_eq!(parsed.document.to_string(), text);
    }

    #[test]
    fn markup_soup_round_trips_and_reads_back_the_same(text in token_text()) {
        let doc = unga::parse(&text).document;
        prop_assert_eq!(doc.to_string(), text.clone());
        prop_assert_eq!(doc.render().map_err(|e| e.to_string()), Ok(text));
        assert_valid_json(&doc);
        let json = serde_json::to_string(&doc).unwrap();
        prop_assert_eq!(serde_json::from_str::<Document>(&json).unwrap(), doc);
    }

    #[test]
    fn valid_models_survive_render_then_parse(doc in document()) {
        let text = doc.to_string();
        let reread = unga::parse(&text).document;
        prop_assert_eq!(&reread, &doc, "text:\n{}", text);
        prop_assert!(unga::parse(&text).diagnostics.is_empty());
    }

    #[test]
    fn json_round_trip_of_valid_models(doc in document()) {
        assert_valid_json(&doc);
        let json = serde_json::to_string(&doc).unwrap();
        let back: Document = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, doc);
    }

    #[test]
    fn num_display_and_from_str_are_inverse(num in num()) {
        let label = num.to_string();
        prop_assert_eq!(label.parse::<Num>().unwrap(), num);
        prop_assert_eq!(label.parse::<Num>().unwrap().to_string(), label);
    }

    #[test]
    fn numbers_order_by_number_then_suffix(a in num(), b in num()) {
        let rank = |n: Num| (n.preambular, n.number, n.suffix.map_or(0, |s| 1 + Suffix::ALL.iter().position(|x| *x == s).unwrap()));
        prop_assert_eq!(a.cmp(&b), rank(a).cmp(&rank(b)));
    }

    #[test]
    fn section_numbers_display_and_parse_back(value in 1u16..=SectionNum::MAX) {
        let num = SectionNum::new(value).unwrap();
        prop_assert_eq!(num.to_string().parse::<SectionNum>().unwrap(), num);
    }

    #[test]
    fn dates_display_and_parse_back(year in 1u16..=9999, month in 1u8..=12, day in 1u8..=31) {
        if let Some(date) = Date::new(year, month, day) {
            prop_assert_eq!(date.to_string().parse::<Date>().unwrap(), date);
        }
    }
}

fn num() -> impl Strategy<Value = Num> {
    (
        any::<bool>(),
        0u32..1_000_000_000,
        prop::option::of(prop::sample::select(Suffix::ALL.to_vec())),
    )
        .prop_map(|(preambular, number, suffix)| Num {
            preambular,
            number,
            suffix,
        })
}

/// Lower-case words separated by spaces: text that no grammar rule mistakes for markup.
fn words(min: usize) -> impl Strategy<Value = String> {
    prop::collection::vec("[a-z]{1,8}", min..6).prop_map(|w| w.join(" "))
}

/// A paragraph's text: words, possibly with an insertion and alternatives, ending a clause.
fn content() -> impl Strategy<Value = Vec<Inline>> {
    (
        words(1),
        prop::option::of(words(1)),
        prop::option::of(("[a-z]{1,6}", "[a-z]{1,6}")),
        words(1),
    )
        .prop_map(|(first, inserted, alternatives, last)| {
            let mut content = vec![Inline::text(format!(" {first} "))];
            if let Some(inserted) = inserted {
                content.push(Inline::Insertion {
                    content: vec![Inline::text(inserted)],
                });
                content.push(Inline::text(" "));
            }
            if let Some((a, b)) = alternatives {
                content.push(Inline::Alternatives {
                    options: vec![a, b],
                    brackets: unga::Brackets::Plain,
                });
                content.push(Inline::text(" "));
            }
            content.push(Inline::text(format!("{last};")));
            merge_texts(content)
        })
}

/// Adjacent texts merged, as the grammar reads them.
fn merge_texts(content: Vec<Inline>) -> Vec<Inline> {
    let mut merged: Vec<Inline> = Vec::new();
    for inline in content {
        match (merged.last_mut(), inline) {
            (Some(Inline::Text { text }), Inline::Text { text: more }) => text.push_str(&more),
            (_, inline) => merged.push(inline),
        }
    }
    merged
}

fn notes() -> impl Strategy<Value = Vec<RevisionNote>> {
    let markup = prop::sample::select(vec![
        NoteMarkup::Plain,
        NoteMarkup::Strong,
        NoteMarkup::ListItem,
        NoteMarkup::BrokenListItem,
    ]);
    let kind = prop::sample::select(vec![RevisionKind::Deleted, RevisionKind::Formatted]);
    prop::collection::vec(
        (kind, markup, prop::option::of(words(1)), any::<bool>()),
        0..3,
    )
    .prop_map(|notes| {
        notes
            .into_iter()
            .map(|(kind, markup, text, adjacent)| RevisionNote {
                before: if adjacent {
                    Gap::none()
                } else {
                    Gap::default()
                },
                kind,
                markup,
                text: text.unwrap_or_default(),
                eol: Eol::default(),
            })
            .collect()
    })
}

fn items() -> impl Strategy<Value = Vec<Item>> {
    let style = prop::sample::select(vec![
        None,
        Some(ItemStyle::Parenthesized),
        Some(ItemStyle::Dotted),
    ]);
    (style, prop::collection::vec(words(1), 0..4)).prop_map(|(style, texts)| {
        texts
            .into_iter()
            .enumerate()
            .map(|(i, text)| Item {
                before: if i == 0 { Gap::default() } else { Gap::none() },
                num: style.map(|_| char::from(b'a' + i as u8).to_string()),
                style: style.unwrap_or_default(),
                content: vec![Inline::text(format!("{text};"))],
                eol: Eol::default(),
            })
            .collect()
    })
}

fn paragraph(preambular: bool) -> impl Strategy<Value = Paragraph> {
    let status = prop::sample::select(vec![0u8, 0, 0, 1, 2]);
    (
        1u32..200,
        prop::option::of(prop::sample::select(Suffix::ALL.to_vec())),
        status,
        content(),
        items(),
        notes(),
    )
        .prop_map(move |(number, suffix, status, content, items, notes)| {
            let num = Num {
                preambular,
                number,
                suffix,
            };
            let mut p = Paragraph::new(Some(num), content);
            p.notes = notes;
            match status {
                0 => {
                    p.items = items;
                    if preambular {
                        p.opening = Some("Recalling".into());
                    } else if let Some(Inline::Text { text }) = p.content.first_mut() {
                        *text = text.trim_start().to_owned();
                    }
                }
                1 => {
                    p.status = Status::Deleted;
                    p.content.clear();
                }
                _ => {
                    p.status = Status::Merged {
                        merged_into: Num::new(number + 1),
                    };
                    p.content.clear();
                }
            }
            p
        })
}

fn blocks(preambular: bool) -> impl Strategy<Value = Vec<Block>> {
    prop::collection::vec(paragraph(preambular).prop_map(Block::Paragraph), 0..4)
}

fn header() -> impl Strategy<Value = Header> {
    (words(1), 1000u16..3000, 1u8..=12, 1u8..=28).prop_map(|(title, year, month, day)| Header {
        blocks: vec![
            Block::Title(Title {
                before: Gap::none(),
                markup: HeadingMarkup::Strong,
                text: format!("Plan {title}"),
                eol: Eol::new("  \n").unwrap(),
            }),
            Block::DraftStatus(DraftStatus {
                before: Gap::none(),
                status: "DRAFT".into(),
                date: Date::new(year, month, day).unwrap(),
                eol: Eol::default(),
            }),
            Block::EnactingFormula(EnactingFormula {
                before: Gap::default(),
                emphasis: true,
                text: "The General Assembly,".into(),
                eol: Eol::default(),
            }),
        ],
    })
}

fn annex() -> impl Strategy<Value = Annex> {
    let markup = prop::sample::select(vec![
        HeadingMarkup::Strong,
        HeadingMarkup::H3,
        HeadingMarkup::H4,
    ]);
    (
        words(1),
        words(1),
        blocks(false),
        prop::collection::vec((markup, 1u16..40, words(1), blocks(false)), 0..3),
    )
        .prop_map(|(title, chapeau, mut blocks, sections)| {
            blocks.insert(
                0,
                Block::Chapeau(Chapeau {
                    before: Gap::default(),
                    content: vec![Inline::text(format!("{chapeau}:"))],
                    eol: Eol::default(),
                    notes: vec![],
                }),
            );
            Annex {
                before: Gap::default(),
                markup: HeadingMarkup::H2,
                label: "ANNEX".into(),
                title: Some(title),
                eol: Eol::default(),
                blocks,
                sections: sections
                    .into_iter()
                    .map(|(markup, num, title, blocks)| Section {
                        before: Gap::default(),
                        markup,
                        num: SectionNum::new(num).unwrap(),
                        title,
                        eol: Eol::default(),
                        blocks,
                    })
                    .collect(),
            }
        })
}

/// Models that a text can express: what the grammar would read from their own rendering.
fn document() -> impl Strategy<Value = Document> {
    (
        header(),
        blocks(true),
        blocks(false),
        prop::option::of(annex()),
    )
        .prop_map(|(header, preamble, operative, annex)| Document {
            bom: false,
            header,
            preamble: Preamble { blocks: preamble },
            operative: Operative { blocks: operative },
            annexes: annex.into_iter().collect(),
            trailing: Gap::none(),
        })
}
