//! The third layer: the text of one line cut into inlines (emphasis, insertions, alternative
//! wordings, editorial notes, escapes).
//!
//! Every byte of the line lands in exactly one inline, and each inline renders as the bytes it
//! was read from: what looks like markup but does not close stays text.

use memchr::{memchr, memchr3, memmem};
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

/// The inlines of one line's text. `scratch` is a buffer the caller keeps from line to line:
/// runs are gathered there and moved out into vectors of exactly their size, so that the model
/// holds no spare capacity and reading a line allocates nothing but what it keeps.
pub(crate) fn inlines(line: &str, scratch: &mut Vec<Inline>) -> Vec<Inline> {
    let mut reader = Reader {
        line,
        pairs: None,
        escaped_close: None,
    };
    reader.run(0, line.len(), 0, scratch)
}

/// Reads a line's runs: the line itself, and the insides of its emphasis and insertions, each
/// a range `start..end` of the line.
///
/// Markers are found with `memchr`, and what needs a look ahead is computed once per line
/// (matching brackets) or cached (the next `\]`), so that a line costs time in proportion to its
/// length whatever it holds; nesting is bounded by [`MAX_DEPTH`].
struct Reader<'a> {
    line: &'a str,
    /// The line's matching brackets, `(open, close)` in order of `open`; computed at the first
    /// `[` that needs them.
    pairs: Option<Vec<(usize, usize)>>,
    /// The last search for `\]`: from where, and what it found.
    escaped_close: Option<(usize, Option<usize>)>,
}

fn is_marker(b: u8) -> bool {
    matches!(b, b'\\' | b'[' | b'*')
}

impl Reader<'_> {
    /// Reads `start..end` into `out` above what it holds, then moves those inlines out.
    fn run(
        &mut self,
        start: usize,
        end: usize,
        depth: usize,
        out: &mut Vec<Inline>,
    ) -> Vec<Inline> {
        let mark = out.len();
        let line = self.line;
        let bytes = line.as_bytes();
        let mut text_start = start;
        let mut i = start;
        while let Some(&b) = bytes.get(i).filter(|_| i < end) {
            // Runs of markers (`[[[`, `***`) are read byte by byte, the rest jumped over.
            if !is_marker(b) {
                match bytes
                    .get(i..end)
                    .and_then(|rest| memchr3(b'\\', b'[', b'*', rest))
                {
                    Some(found) => i += found,
                    None => break,
                }
            }
            let matched = match bytes.get(i) {
                Some(b'\\') => self
                    .escaped_group(i, end)
                    .or_else(|| escape(line.get(i..end).unwrap_or_default())),
                Some(b'[') if depth < MAX_DEPTH => self.bracket(i, end, depth, out),
                Some(b'*') if depth < MAX_DEPTH => self.emphasis(i, end, depth, out),
                _ => None,
            };
            match matched {
                Some((len, inline)) => {
                    text(line.get(text_start..i).unwrap_or_default(), out);
                    out.push(inline);
                    i += len;
                    text_start = i;
                }
                None => i += 1,
            }
        }
        text(line.get(text_start..end).unwrap_or_default(), out);
        out.drain(mark..).collect()
    }

    /// `[...](#)`, an insertion, or `[...]`, a bracketed note or alternatives, at `open`.
    fn bracket(
        &mut self,
        open: usize,
        end: usize,
        depth: usize,
        out: &mut Vec<Inline>,
    ) -> Option<(usize, Inline)> {
        let line = self.line;
        let pairs = self
            .pairs
            .get_or_insert_with(|| matching_brackets(line.as_bytes()));
        let &(o, close) = pairs.get(pairs.partition_point(|&(o, _)| o < open))?;
        // A bracket closed outside this run is no bracket of the run.
        if o != open || close >= end {
            return None;
        }
        let inner = line.get(open + 1..close)?;
        let after = line.get(close + 1..end)?;
        if after.starts_with("(#)") {
            let content = self.run(open + 1, close, depth + 1, out);
            return Some((close + 4 - open, Inline::Insertion { content }));
        }
        let renumbering = all_consuming((tag("Formerly "), num_with_raw))
            .or(all_consuming((tag("formerly "), num_with_raw)))
            .parse(inner);
        if let Ok((_, (_, (formerly, _)))) = renumbering {
            let raw = (inner != format!("Formerly {formerly}")).then(|| inner.to_owned());
            return Some((close + 1 - open, Inline::Renumbering { formerly, raw }));
        }
        Some((close + 1 - open, bracketed(inner, Brackets::Plain)))
    }

    /// `\[...\]` at `start`: brackets escaped inside an insertion, around alternatives or an
    /// editorial note.
    fn escaped_group(&mut self, start: usize, end: usize) -> Option<(usize, Inline)> {
        let bytes = self.line.as_bytes();
        if bytes.get(start + 1) != Some(&b'[') {
            return None;
        }
        let from = start + 2;
        let close = match self.escaped_close {
            // The last search started at or before `from` and found nothing, or found a `\]`
            // at or after `from`: it still holds.
            Some((searched, found)) if searched <= from && found.is_none_or(|at| at >= from) => {
                found
            }
            _ => {
                let found = bytes
                    .get(from..)
                    .and_then(|rest| memmem::find(rest, b"\\]"))
                    .map(|at| at + from);
                self.escaped_close = Some((from, found));
                found
            }
        }
        .filter(|&close| close + 2 <= end)?;
        let inner = self.line.get(from..close)?;
        Some((close + 2 - start, bracketed(inner, Brackets::Escaped)))
    }

    /// `**...**` or `*...*` at `start`, bounded by non-space characters.
    fn emphasis(
        &mut self,
        start: usize,
        end: usize,
        depth: usize,
        out: &mut Vec<Inline>,
    ) -> Option<(usize, Inline)> {
        let bytes = self.line.as_bytes().get(..end)?;
        let strong = bytes.get(start + 1) == Some(&b'*');
        let marker = if strong { 2 } else { 1 };
        let from = start + marker;
        let mut close = from + memchr(b'*', bytes.get(from..)?)?;
        if strong {
            while bytes.get(close + 1) != Some(&b'*') {
                close += 1 + memchr(b'*', bytes.get(close + 1..)?)?;
            }
        }
        let inner = self.line.get(from..close)?;
        let bounded = !inner.is_empty()
            && !inner.starts_with(char::is_whitespace)
            && !inner.ends_with(char::is_whitespace);
        if !bounded {
            return None;
        }
        let content = self.run(from, close, depth + 1, out);
        let inline = if strong {
            Inline::Strong { content }
        } else {
            Inline::Emphasis { content }
        };
        Some((close + marker - start, inline))
    }
}

/// `\(`: an escaped ASCII punctuation character.
fn escape(rest: &str) -> Option<(usize, Inline)> {
    let c = rest.strip_prefix('\\')?.chars().next()?;
    c.is_ascii_punctuation()
        .then_some((2, Inline::Escape { char: c }))
}

/// The matching brackets of a line, `(open, close)` in order of `open`: nested brackets
/// counted, a character after a backslash skipped, an unmatched bracket left out.
fn matching_brackets(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut open = Vec::new();
    let mut i = 0;
    while let Some(found) = bytes
        .get(i..)
        .and_then(|rest| memchr3(b'\\', b'[', b']', rest))
    {
        i += found;
        match bytes.get(i) {
            Some(b'\\') => i += 1,
            Some(b'[') => open.push(i),
            _ => {
                if let Some(start) = open.pop() {
                    pairs.push((start, i));
                }
            }
        }
        i += 1;
    }
    pairs.sort_unstable();
    pairs
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
    let bytes = text.as_bytes();
    let mut from = 0;
    loop {
        let slash = from + memchr(b'/', bytes.get(from..)?)?;
        from = slash + 1;
        if slash == 0 || bytes.get(slash - 1) != Some(&b' ') || bytes.get(slash + 1) != Some(&b' ')
        {
            continue;
        }
        let at = slash - 1;
        let left = text.get(..at)?;
        let right = text.get(at + 3..)?;
        // Wordings are runs of whole words next to the separator; punctuation ends them.
        let left_words: Vec<(usize, &str)> = left
            .rsplit(' ')
            .scan(left.len(), |end, token| {
                let start = *end - token.len();
                *end = start.saturating_sub(1);
                Some((start, token))
            })
            .take_while(|(_, word)| is_word(word))
            .take(MAX_OPTION_WORDS)
            .collect();
        let right_words: Vec<(usize, &str)> = right
            .split(' ')
            .scan(0, |start, token| {
                let at = *start;
                *start += token.len() + 1;
                Some((at, token))
            })
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

    fn inlines(line: &str) -> Vec<Inline> {
        super::inlines(line, &mut Vec::new())
    }
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
