//! The third layer: the text of one line cut into inlines (emphasis, insertions, alternative
//! wordings, editorial notes, escapes).
//!
//! Every byte of the line lands in exactly one inline, and each inline renders as the bytes it
//! was read from: what looks like markup but does not close stays text.

use nom::Parser;
use nom::bytes::complete::tag;
use nom::combinator::all_consuming;

use super::numbers::num_with_raw;
use crate::model::inline::{Brackets, Inline};

/// How deep emphasis and insertions may nest before their markers are read as text: deep
/// enough for any draft, shallow enough that hostile input cannot exhaust the stack.
const MAX_DEPTH: usize = 16;

/// How many words an unbracketed alternative may span (`as set out in` has four).
const MAX_OPTION_WORDS: usize = 8;

/// The inlines of one line's text.
pub(crate) fn inlines(line: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    run(line, 0, &mut out);
    out
}

fn run(input: &str, depth: usize, out: &mut Vec<Inline>) {
    let bytes = input.as_bytes();
    let mut text_start = 0;
    let mut i = 0;
    while let Some(found) = bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|b| matches!(b, b'\\' | b'[' | b'*')))
    {
        i += found;
        let rest = input.get(i..).unwrap_or_default();
        let matched = match bytes.get(i) {
            Some(b'\\') => escaped_group(rest).or_else(|| escape(rest)),
            Some(b'[') if depth < MAX_DEPTH => bracket(rest, depth),
            Some(b'*') if depth < MAX_DEPTH => emphasis(rest, depth),
            _ => None,
        };
        match matched {
            Some((len, inline)) => {
                text(input.get(text_start..i).unwrap_or_default(), out);
                out.push(inline);
                i += len;
                text_start = i;
            }
            None => i += 1,
        }
    }
    text(input.get(text_start..).unwrap_or_default(), out);
}

/// `\(`: an escaped ASCII punctuation character.
fn escape(rest: &str) -> Option<(usize, Inline)> {
    let c = rest.strip_prefix('\\')?.chars().next()?;
    c.is_ascii_punctuation()
        .then_some((2, Inline::Escape { char: c }))
}

/// `\[...\]`: brackets escaped inside an insertion, around alternatives or an editorial note.
fn escaped_group(rest: &str) -> Option<(usize, Inline)> {
    let inner_and_rest = rest.strip_prefix("\\[")?;
    let end = inner_and_rest.find("\\]")?;
    let inner = inner_and_rest.get(..end)?;
    Some((end + 4, bracketed(inner, Brackets::Escaped)))
}

/// `[...](#)`, an insertion, or `[...]`, a bracketed note or alternatives.
fn bracket(rest: &str, depth: usize) -> Option<(usize, Inline)> {
    let close = matching_bracket(rest)?;
    let inner = rest.get(1..close)?;
    let after = rest.get(close + 1..)?;
    if after.starts_with("(#)") {
        let mut content = Vec::new();
        run(inner, depth + 1, &mut content);
        return Some((close + 4, Inline::Insertion { content }));
    }
    let renumbering = all_consuming((tag("Formerly "), num_with_raw))
        .or(all_consuming((tag("formerly "), num_with_raw)))
        .parse(inner);
    if let Ok((_, (_, (formerly, _)))) = renumbering {
        let raw = (inner != format!("Formerly {formerly}")).then(|| inner.to_owned());
        return Some((close + 1, Inline::Renumbering { formerly, raw }));
    }
    Some((close + 1, bracketed(inner, Brackets::Plain)))
}

/// The index of the `]` that closes the `[` at the start of `rest`, nested brackets counted and
/// escaped characters skipped.
fn matching_bracket(rest: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut bytes = rest.bytes().enumerate();
    while let Some((i, b)) = bytes.next() {
        match b {
            b'\\' => {
                bytes.next();
            }
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn bracketed(inner: &str, brackets: Brackets) -> Inline {
    let options: Vec<&str> = inner.split(" / ").collect();
    if options.len() > 1 && options.iter().all(|option| is_option(option)) {
        Inline::Alternatives {
            options: options.into_iter().map(str::to_owned).collect(),
            brackets,
        }
    } else {
        Inline::EditorialNote {
            text: inner.to_owned(),
            escaped: brackets == Brackets::Escaped,
        }
    }
}

fn is_option(option: &str) -> bool {
    !option.is_empty() && option.trim() == option
}

/// `**...**` or `*...*`, bounded by non-space characters.
fn emphasis(rest: &str, depth: usize) -> Option<(usize, Inline)> {
    let bounded = |inner: &str| {
        !inner.is_empty()
            && !inner.starts_with(char::is_whitespace)
            && !inner.ends_with(char::is_whitespace)
    };
    if let Some(after) = rest.strip_prefix("**") {
        let end = after.find("**")?;
        let inner = after.get(..end)?;
        if !bounded(inner) {
            return None;
        }
        let mut content = Vec::new();
        run(inner, depth + 1, &mut content);
        return Some((end + 4, Inline::Strong { content }));
    }
    let after = rest.strip_prefix('*')?;
    let end = after.find('*')?;
    let inner = after.get(..end)?;
    if !bounded(inner) {
        return None;
    }
    let mut content = Vec::new();
    run(inner, depth + 1, &mut content);
    Some((end + 2, Inline::Emphasis { content }))
}

/// Plain text, with unbracketed alternatives (`as set out in / as outlined in`) taken out.
fn text(mut text: &str, out: &mut Vec<Inline>) {
    while let Some((before, options, after)) = alternatives(text) {
        if !before.is_empty() {
            out.push(Inline::text(before));
        }
        out.push(Inline::Alternatives {
            options: options.into_iter().map(str::to_owned).collect(),
            brackets: Brackets::None,
        });
        text = after;
    }
    if !text.is_empty() {
        out.push(Inline::text(text));
    }
}

/// Finds the first ` / ` between two words and the wordings it separates. Alternatives
/// usually share their first and last words (`as set out in / as outlined in`): the left one
/// reaches back to the right one's first word and the right one forward to the left one's last
/// word, within a few words; failing that, each is one word.
fn alternatives(text: &str) -> Option<(&str, [&str; 2], &str)> {
    let mut from = 0;
    loop {
        let at = from + text.get(from..)?.find(" / ")?;
        from = at + 3;
        let left = text.get(..at)?;
        let right = text.get(at + 3..)?;
        // Wordings are runs of whole words next to the separator; punctuation ends them.
        let left_words: Vec<(usize, &str)> = tokens(left)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .take_while(|(_, word)| is_word(word))
            .take(MAX_OPTION_WORDS)
            .collect();
        let right_words: Vec<(usize, &str)> = tokens(right)
            .take_while(|(_, word)| is_word(word))
            .take(MAX_OPTION_WORDS)
            .collect();
        let (Some(&(last_start, last)), Some(&(_, first))) =
            (left_words.first(), right_words.first())
        else {
            continue;
        };
        let start = left_words
            .iter()
            .find(|(_, word)| *word == first)
            .map_or(last_start, |&(start, _)| start);
        let end = right_words
            .iter()
            .find(|(_, word)| *word == last)
            .map_or(first.len(), |&(start, word)| start + word.len());
        return Some((
            text.get(..start)?,
            [left.get(start..)?, right.get(..end)?],
            right.get(end..)?,
        ));
    }
}

/// The space-separated tokens of a text with their byte offsets.
fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(' ').scan(0usize, |offset, token| {
        let start = *offset;
        *offset += token.len() + 1;
        Some((start, token))
    })
}

/// Letters, digits, hyphens and apostrophes: a word that can be part of a wording.
fn is_word(token: &str) -> bool {
    !token.is_empty()
        && token
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '\u{2019}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::number::Num;

    fn t(text: &str) -> Inline {
        Inline::text(text)
    }

    fn alt(options: [&str; 2], brackets: Brackets) -> Inline {
        Inline::Alternatives {
            options: options.map(str::to_owned).to_vec(),
            brackets,
        }
    }

    #[test]
    fn insertion_with_an_escaped_editorial_note() {
        assert_eq!(
            inlines("and [take note, \\[Language from para 18 of Salvador Declaration\\]](#)"),
            [
                t("and "),
                Inline::Insertion {
                    content: vec![
                        t("take note, "),
                        Inline::EditorialNote {
                            text: "Language from para 18 of Salvador Declaration".into(),
                            escaped: true
                        },
                    ]
                },
            ]
        );
    }

    #[test]
    fn escapes_inside_an_insertion() {
        assert_eq!(
            inlines("[Crime \\(UNODC\\) in](#) x"),
            [
                Inline::Insertion {
                    content: vec![
                        t("Crime "),
                        Inline::Escape { char: '(' },
                        t("UNODC"),
                        Inline::Escape { char: ')' },
                        t(" in")
                    ]
                },
                t(" x"),
            ]
        );
    }

    #[test]
    fn alternatives_in_every_form_of_the_draft() {
        assert_eq!(
            inlines("persons, as set out in / as outlined in the Trafficking Protocol"),
            [
                t("persons, "),
                alt(["as set out in", "as outlined in"], Brackets::None),
                t(" the Trafficking Protocol")
            ]
        );
        assert_eq!(
            inlines("cases, as as set out in / as outlined in the"),
            [
                t("cases, as "),
                alt(["as set out in", "as outlined in"], Brackets::None),
                t(" the")
            ],
            "the doubled `as` stays in the text"
        );
        assert_eq!(
            inlines("[\\[as set out in / as outlined in\\]](#) the"),
            [
                Inline::Insertion {
                    content: vec![alt(["as set out in", "as outlined in"], Brackets::Escaped)]
                },
                t(" the")
            ]
        );
        assert_eq!(inlines("[yes / no]"), [alt(["yes", "no"], Brackets::Plain)]);
        assert_eq!(
            inlines("HIV/AIDS and ECOWAS/ECCAS"),
            [t("HIV/AIDS and ECOWAS/ECCAS")]
        );
        assert_eq!(
            inlines("a , / b"),
            [t("a , / b")],
            "punctuation is not a wording"
        );
    }

    #[test]
    fn renumbering_notes_and_editorial_notes() {
        assert_eq!(
            inlines("x, [Formerly PP8]"),
            [
                t("x, "),
                Inline::Renumbering {
                    formerly: Num::preambular(8),
                    raw: None
                }
            ]
        );
        assert_eq!(
            inlines("[formerly PP12]"),
            [Inline::Renumbering {
                formerly: Num::preambular(12),
                raw: Some("formerly PP12".into())
            }]
        );
        assert_eq!(
            inlines("[PARIS AGREEMENT]"),
            [Inline::EditorialNote {
                text: "PARIS AGREEMENT".into(),
                escaped: false
            }]
        );
    }

    #[test]
    fn emphasis_and_unclosed_markers() {
        assert_eq!(
            inlines("*reaffirming* its **role**"),
            [
                Inline::Emphasis {
                    content: vec![t("reaffirming")]
                },
                t(" its "),
                Inline::Strong {
                    content: vec![t("role")]
                },
            ]
        );
        assert_eq!(inlines("a * b [c \\"), [t("a * b [c \\")]);
        assert_eq!(inlines("\\q"), [t("\\q")], "only punctuation is escaped");
    }

    #[test]
    fn deep_nesting_stays_text_past_the_limit() {
        let deep = format!("{}x{}", "[".repeat(40), "](#)".repeat(40));
        let parsed = inlines(&deep);
        let mut depth = 0;
        let mut node = parsed.first();
        while let Some(Inline::Insertion { content }) = node {
            depth += 1;
            node = content.first();
        }
        assert_eq!(depth, MAX_DEPTH);
    }
}
