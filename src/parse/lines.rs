//! The first layer: the text cut into lines, each classified by its own content alone.
//!
//! What a line means can depend on where it stands (a bold line is a title in the header and a
//! section heading in the annex); that is the blocks layer's business. This layer only says
//! what a line looks like.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::{all_consuming, opt, rest};
use nom::sequence::{delimited, terminated};
use nom::{IResult, Parser};

use super::numbers::{canonical_num, num_with_raw, whole_long_date};
use crate::model::date::Date;
use crate::model::document::HeadingMarkup;
use crate::model::number::Num;
use crate::model::paragraph::{ItemStyle, Placement};
use crate::model::revision::{NoteMarkup, RevisionKind, Target};

/// One line of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// Byte offset of the line's start in the text.
    pub offset: usize,
    /// The line's number, from 1.
    pub number: usize,
    /// The line without trailing spaces, tabs and line end.
    pub content: &'a str,
    /// Trailing spaces or tabs, then `\n`, `\r\n` or nothing.
    pub eol: &'a str,
}

/// The lines of `text`, each with its end; a text ending in a newline has no empty last line.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    let mut offset = 0;
    let mut number = 0;
    std::iter::from_fn(move || {
        let rest = text.get(offset..).filter(|rest| !rest.is_empty())?;
        let len = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |at| at + 1);
        let raw = rest.get(..len)?;
        let body = match raw.strip_suffix('\n') {
            Some(body) => body.strip_suffix('\r').unwrap_or(body),
            None => raw,
        };
        let content = body.trim_end_matches([' ', '\t']);
        number += 1;
        let line = Line {
            offset,
            number,
            content,
            eol: raw.get(content.len()..).unwrap_or_default(),
        };
        offset += len;
        Some(line)
    })
}

/// What a line looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LineKind<'a> {
    /// Nothing but whitespace.
    Blank,
    /// A note from the Word margin, `Deleted: the`.
    Note {
        kind: RevisionKind,
        markup: NoteMarkup,
        text: &'a str,
    },
    /// `**[New Proposal by Co-Facilitators for ... Forthcoming at ... Meeting]**`.
    CoFacilitator {
        plural: bool,
        target: Target,
        meeting: Date,
    },
    /// The first line of a paragraph: its label, then the rest of the line.
    ParagraphStart { label: Label, rest: &'a str },
    /// `- (a) text`, `- a. text` or `- text`.
    Item {
        num: Option<&'a str>,
        style: ItemStyle,
        rest: &'a str,
    },
    /// A whole line in bold, `**text**`, or an ATX heading, `## text`.
    Heading {
        markup: HeadingMarkup,
        text: &'a str,
    },
    /// A whole line in italics, `*text*`.
    Emphasized(&'a str),
    /// `DRAFT (19 July 2010)`.
    Status { status: &'a str, date: Date },
    /// Anything else.
    Text,
}

/// How a paragraph is labelled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Label {
    /// `PP9 ` or `17ter. `.
    Numbered { num: Num, raw: Option<String> },
    /// `[New Para btwn 55 and 56] `.
    New(Placement),
}

/// Classifies a line's content (without its end).
pub(crate) fn classify(content: &str) -> LineKind<'_> {
    if content.is_empty() {
        return LineKind::Blank;
    }
    // The first byte tells which rules can apply: most lines are tried against one or two.
    let classified = match content.as_bytes().first() {
        Some(b'D' | b'F') => alt((note, status)).parse(content),
        Some(b'-') => alt((note, item)).parse(content),
        Some(b'*') => alt((note, co_facilitator, heading, emphasized)).parse(content),
        Some(b'P') => alt((paragraph_start, status)).parse(content),
        Some(b'0'..=b'9' | b'[') => paragraph_start(content),
        Some(b'#') => heading(content),
        Some(b'A'..=b'Z') => status(content),
        _ => return LineKind::Text,
    };
    classified.map_or(LineKind::Text, |(_, kind)| kind)
}

fn note(input: &str) -> IResult<&str, LineKind<'_>> {
    let label = |kind: RevisionKind| tag(kind.label()).map(move |_| kind);
    let kind = || alt((label(RevisionKind::Deleted), label(RevisionKind::Formatted)));
    // The broken list item first: `- Deleted:**` also starts like a plain list item.
    let (text, (kind, markup)) = alt((
        delimited(tag("- "), kind(), tag(":**")).map(|k| (k, NoteMarkup::BrokenListItem)),
        delimited(tag("- "), kind(), char(':')).map(|k| (k, NoteMarkup::ListItem)),
        delimited(tag("**"), kind(), tag(":**")).map(|k| (k, NoteMarkup::Strong)),
        terminated(kind(), char(':')).map(|k| (k, NoteMarkup::Plain)),
    ))
    .parse(input)?;
    // The text follows one space; `Deleted:x` is not a note.
    let (rest, text) = alt((
        all_consuming(tag("")),
        all_consuming(tag(" ").and(rest)).map(|(_, t)| t),
    ))
    .parse(text)?;
    Ok((rest, LineKind::Note { kind, markup, text }))
}

fn co_facilitator(input: &str) -> IResult<&str, LineKind<'_>> {
    let (inner, plural) = delimited(
        tag("**[New Proposal"),
        opt(char('s')).map(|s| s.is_some()),
        tag(" by Co-Facilitators for "),
    )
    .parse(input)?;
    let fail = || nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify));
    let inner = inner.strip_suffix(" Meeting]**").ok_or_else(fail)?;
    let (target, meeting) = inner.rsplit_once(" Forthcoming at ").ok_or_else(fail)?;
    let meeting = whole_long_date(meeting).ok_or_else(fail)?;
    let target = if let Some(num) = target.strip_prefix("OP").and_then(canonical_num) {
        Target::OperativeParagraph { num }
    } else if let Some(num) = target.strip_prefix("Para ").and_then(canonical_num) {
        Target::AnnexParagraph { num }
    } else if !target.is_empty() {
        Target::Subject {
            text: target.to_owned(),
        }
    } else {
        return Err(fail());
    };
    Ok((
        "",
        LineKind::CoFacilitator {
            plural,
            target,
            meeting,
        },
    ))
}

fn paragraph_start(input: &str) -> IResult<&str, LineKind<'_>> {
    let numbered = |input| -> IResult<&str, Label> {
        let (rest, (num, raw)) = num_with_raw(input)?;
        // A preambular number is followed by a space, any other by a full stop and a space.
        let (rest, _) = tag(if num.preambular { " " } else { ". " }).parse(rest)?;
        Ok((rest, Label::Numbered { num, raw }))
    };
    let new = |input| -> IResult<&str, Label> {
        let label = || take_while_m_n(1, 20, |c: char| c.is_ascii_alphanumeric());
        let (rest, (_, after, _, before, _)) = (
            tag("[New Para btwn "),
            label(),
            tag(" and "),
            label(),
            tag("] "),
        )
            .parse(input)?;
        match (canonical_num(after), canonical_num(before)) {
            (Some(after), Some(before)) => Ok((rest, Label::New(Placement { after, before }))),
            _ => Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Verify,
            ))),
        }
    };
    let (rest, label) = alt((numbered, new)).parse(input)?;
    Ok(("", LineKind::ParagraphStart { label, rest }))
}

fn item(input: &str) -> IResult<&str, LineKind<'_>> {
    let (after_bullet, _) = tag("- ").parse(input)?;
    let letters = || take_while_m_n(1, 4, |c: char| c.is_ascii_lowercase());
    let lettered = alt((
        delimited(char('('), letters(), tag(") ")).map(|n| (n, ItemStyle::Parenthesized)),
        terminated(letters(), tag(". ")).map(|n| (n, ItemStyle::Dotted)),
    ))
    .parse(after_bullet);
    let lettered: IResult<&str, (&str, ItemStyle)> = lettered;
    let kind = match lettered {
        Ok((rest, (num, style))) => LineKind::Item {
            num: Some(num),
            style,
            rest,
        },
        Err(_) => LineKind::Item {
            num: None,
            style: ItemStyle::default(),
            rest: after_bullet,
        },
    };
    Ok(("", kind))
}

fn heading(input: &str) -> IResult<&str, LineKind<'_>> {
    if let Some(inner) = input.strip_prefix("**").and_then(|s| s.strip_suffix("**"))
        && !inner.is_empty()
        && !inner.contains("**")
    {
        return Ok((
            "",
            LineKind::Heading {
                markup: HeadingMarkup::Strong,
                text: inner,
            },
        ));
    }
    let (text, hashes) = terminated(take_while_m_n(1, 6, |c| c == '#'), char(' ')).parse(input)?;
    let markup = match hashes.len() {
        1 => HeadingMarkup::H1,
        2 => HeadingMarkup::H2,
        3 => HeadingMarkup::H3,
        4 => HeadingMarkup::H4,
        5 => HeadingMarkup::H5,
        _ => HeadingMarkup::H6,
    };
    Ok(("", LineKind::Heading { markup, text }))
}

fn emphasized(input: &str) -> IResult<&str, LineKind<'_>> {
    let inner = input
        .strip_prefix('*')
        .and_then(|s| s.strip_suffix('*'))
        .filter(|inner| !inner.is_empty() && !inner.contains('*'))
        .ok_or_else(|| {
            nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify))
        })?;
    Ok(("", LineKind::Emphasized(inner)))
}

fn status(input: &str) -> IResult<&str, LineKind<'_>> {
    let fail = || nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify));
    let (status, date) = input
        .strip_suffix(')')
        .and_then(|s| s.split_once(" ("))
        .ok_or_else(fail)?;
    let is_status = status.starts_with(|c: char| c.is_ascii_uppercase())
        && status.chars().all(|c| c.is_alphabetic() || c == ' ');
    let date = whole_long_date(date)
        .filter(|_| is_status)
        .ok_or_else(fail)?;
    Ok(("", LineKind::Status { status, date }))
}

/// Splits the italic opening phrase off a paragraph's text: `*Guided* by ...` gives
/// `("Guided", " by ...")`.
pub(crate) fn opening(rest: &str) -> Option<(&str, &str)> {
    let after_star = rest.strip_prefix('*').filter(|s| !s.starts_with('*'))?;
    let (phrase, after) = after_star.split_once('*')?;
    let bounded = !phrase.is_empty()
        && !phrase.starts_with(char::is_whitespace)
        && !phrase.ends_with(char::is_whitespace);
    bounded.then_some((phrase, after))
}

/// Whether a line's text is an enacting formula, `The General Assembly,`.
pub(crate) fn is_enacting_formula(text: &str) -> bool {
    text.len() <= 80
        && text.strip_prefix("The ").is_some_and(|body| {
            body.strip_suffix(',').is_some_and(|body| {
                body.starts_with(|c: char| c.is_uppercase()) && !body.contains([',', '*', '[', ']'])
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::number::Suffix;

    fn kinds(text: &str) -> Vec<LineKind<'_>> {
        lines(text).map(|line| classify(line.content)).collect()
    }

    #[test]
    fn lines_keep_their_ends() {
        let all: Vec<_> = lines("a  \r\n\nb\t\nc").collect();
        assert_eq!(
            all.iter()
                .map(|l| (l.offset, l.content, l.eol))
                .collect::<Vec<_>>(),
            [
                (0, "a", "  \r\n"),
                (5, "", "\n"),
                (6, "b", "\t\n"),
                (9, "c", "")
            ]
        );
        assert_eq!(lines("").count(), 0);
        assert_eq!(
            lines("x\r").next().map(|l| l.content),
            Some("x\r"),
            "a lone CR is text"
        );
    }

    #[test]
    fn revision_notes_in_every_markup_of_the_draft() {
        let note = |kind, markup, text| LineKind::Note { kind, markup, text };
        use NoteMarkup::*;
        use RevisionKind::*;
        assert_eq!(
            kinds(
                "Deleted: the\nDeleted:\n**Deleted:** framework\n- Deleted: ,\n- Deleted:** in\nFormatted: No underline, Font color: Auto"
            ),
            [
                note(Deleted, Plain, "the"),
                note(Deleted, Plain, ""),
                note(Deleted, Strong, "framework"),
                note(Deleted, ListItem, ","),
                note(Deleted, BrokenListItem, "in"),
                note(Formatted, Plain, "No underline, Font color: Auto"),
            ]
        );
        assert_eq!(classify("Deleted:x"), LineKind::Text);
    }

    #[test]
    fn co_facilitator_notes() {
        assert_eq!(
            classify(
                "**[New Proposals by Co-Facilitators for OP2 Forthcoming at 21 July 2010 Meeting]**"
            ),
            LineKind::CoFacilitator {
                plural: true,
                target: Target::OperativeParagraph { num: Num::new(2) },
                meeting: Date::new(2010, 7, 21).unwrap(),
            }
        );
        assert_eq!(
            classify(
                "**[New Proposal by Co-Facilitators for references to Trafficking Protocol Forthcoming at 21 July 2010 Meeting]**"
            ),
            LineKind::CoFacilitator {
                plural: false,
                target: Target::Subject {
                    text: "references to Trafficking Protocol".into()
                },
                meeting: Date::new(2010, 7, 21).unwrap(),
            }
        );
    }

    #[test]
    fn paragraph_labels() {
        let start = |content| match classify(content) {
            LineKind::ParagraphStart { label, rest } => Some((label, rest)),
            _ => None,
        };
        assert_eq!(
            start("PP1 *Guided* by"),
            Some((
                Label::Numbered {
                    num: Num::preambular(1),
                    raw: None
                },
                "*Guided* by"
            ))
        );
        assert_eq!(
            start("17ter. Reinforce"),
            Some((
                Label::Numbered {
                    num: Num::new(17).with_suffix(Suffix::Ter),
                    raw: None
                },
                "Reinforce"
            ))
        );
        assert_eq!(
            start("[New Para btwn 55 and 56] Recognize"),
            Some((
                Label::New(Placement {
                    after: Num::new(55),
                    before: Num::new(56)
                }),
                "Recognize"
            ))
        );
        assert_eq!(
            start("1 Adopts"),
            None,
            "an operative number needs its full stop"
        );
        assert_eq!(
            start("PP1. Guided"),
            None,
            "a preambular number takes no full stop"
        );
        assert_eq!(
            start("2010. A year"),
            Some((
                Label::Numbered {
                    num: Num::new(2010),
                    raw: None
                },
                "A year"
            ))
        );
    }

    #[test]
    fn items_headings_and_header_lines() {
        assert_eq!(
            classify("- (a) To formally"),
            LineKind::Item {
                num: Some("a"),
                style: ItemStyle::Parenthesized,
                rest: "To formally"
            }
        );
        assert_eq!(
            classify("- d. Combating"),
            LineKind::Item {
                num: Some("d"),
                style: ItemStyle::Dotted,
                rest: "Combating"
            }
        );
        assert_eq!(
            classify("- promote"),
            LineKind::Item {
                num: None,
                style: ItemStyle::Parenthesized,
                rest: "promote"
            }
        );
        assert_eq!(
            classify("#### IV. Strengthening"),
            LineKind::Heading {
                markup: HeadingMarkup::H4,
                text: "IV. Strengthening"
            }
        );
        assert_eq!(
            classify("**I. Preventing**"),
            LineKind::Heading {
                markup: HeadingMarkup::Strong,
                text: "I. Preventing"
            }
        );
        assert_eq!(
            classify("*The General Assembly,*"),
            LineKind::Emphasized("The General Assembly,")
        );
        assert_eq!(
            classify("DRAFT (19 July 2010)"),
            LineKind::Status {
                status: "DRAFT",
                date: Date::new(2010, 7, 19).unwrap()
            }
        );
        assert_eq!(classify("#hashtag"), LineKind::Text);
        assert_eq!(classify("**a** and **b**"), LineKind::Text);
    }

    #[test]
    fn openings_and_formulas() {
        assert_eq!(opening("*Guided* by"), Some(("Guided", " by")));
        assert_eq!(opening("**Guided** by"), None);
        assert_eq!(opening("* Guided* by"), None);
        assert!(is_enacting_formula("The General Assembly,"));
        assert!(!is_enacting_formula("The General Assembly"));
        assert!(!is_enacting_formula("The plan, as adopted,"));
    }
}
