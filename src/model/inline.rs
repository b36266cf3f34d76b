//! Inline content: the text of a paragraph with its markup and tracked changes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::layout::Gap;
use super::number::Num;

/// One piece of a paragraph's text.
///
/// A paragraph's content is a list of these; rendered one after the other they give the text
/// as written, markup and all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Inline {
    /// Plain text, written as it stands.
    Text {
        /// The text.
        text: String,
    },
    /// Italic text, `*...*`.
    Emphasis {
        /// What is emphasised.
        content: Vec<Inline>,
    },
    /// Bold text, `**...**`.
    Strong {
        /// What is in bold.
        content: Vec<Inline>,
    },
    /// Text inserted with tracked changes on; the Word export writes it as a link to `#`,
    /// `[text](#)`.
    Insertion {
        /// The inserted text.
        content: Vec<Inline>,
    },
    /// Wordings still under negotiation, one of which will stay:
    /// `as set out in / as outlined in`, or bracketed `[as set out in / as outlined in]`.
    Alternatives {
        /// The wordings, in the order written (at least two).
        #[serde(deserialize_with = "at_least_two")]
        #[schemars(length(min = 2))]
        options: Vec<String>,
        /// How the wordings are bracketed.
        #[serde(default, skip_serializing_if = "Brackets::is_none")]
        brackets: Brackets,
    },
    /// A bracketed note of the editors inside the text,
    /// `[Language from para 18 of Salvador Declaration]`.
    EditorialNote {
        /// The note, without its brackets.
        text: String,
        /// Whether the brackets are escaped, `\[...\]`, as inside an insertion.
        #[serde(default, skip_serializing_if = "is_false")]
        escaped: bool,
    },
    /// A note that the paragraph had another number in the previous draft, `[Formerly PP8]`.
    Renumbering {
        /// The former number.
        formerly: Num,
        /// The note as written, without brackets, where it is not `Formerly {formerly}`
        /// (e.g. `formerly PP12`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        raw: Option<String>,
    },
    /// A character escaped with a backslash, `\(`: the character is text, not markup.
    Escape {
        /// The escaped character (ASCII punctuation).
        #[serde(deserialize_with = "punctuation")]
        #[schemars(regex(pattern = r"^[!-/:-@\[-`{-~]$"))]
        char: char,
    },
    /// The end of a line inside a paragraph whose text goes on on the next line.
    LineBreak {
        /// The line's end as written: trailing spaces, then `\n` or `\r\n`.
        raw: Gap,
    },
    /// A page break of the Word file that split the paragraph: its text goes on after one or
    /// more blank lines (PP9 at "of 2008, to appoint ...").
    PageBreak {
        /// The line's end and the blank lines as written.
        raw: Gap,
    },
}

impl Inline {
    /// Plain text.
    pub fn text(text: impl Into<String>) -> Self {
        Inline::Text { text: text.into() }
    }

    /// The visible text, markup removed, insertions accepted and breaks as one space;
    /// alternatives keep their ` / `.
    pub fn push_plain_text(&self, out: &mut String) {
        match self {
            Inline::Text { text } => out.push_str(text),
            Inline::Emphasis { content }
            | Inline::Strong { content }
            | Inline::Insertion { content } => {
                for inline in content {
                    inline.push_plain_text(out);
                }
            }
            Inline::Alternatives { options, brackets } => {
                let (open, close) = match brackets {
                    Brackets::None => ("", ""),
                    Brackets::Plain | Brackets::Escaped => ("[", "]"),
                };
                out.push_str(open);
                out.push_str(&options.join(" / "));
                out.push_str(close);
            }
            Inline::EditorialNote { text, .. } => {
                out.push('[');
                out.push_str(text);
                out.push(']');
            }
            Inline::Renumbering { formerly, raw } => {
                out.push('[');
                match raw {
                    Some(raw) => out.push_str(raw),
                    None => {
                        out.push_str("Formerly ");
                        out.push_str(&formerly.to_string());
                    }
                }
                out.push(']');
            }
            Inline::Escape { char } => out.push(*char),
            Inline::LineBreak { .. } | Inline::PageBreak { .. } => out.push(' '),
        }
    }
}

/// The plain text of a run of inlines; see [`Inline::push_plain_text`].
pub fn plain_text(content: &[Inline]) -> String {
    let mut out = String::new();
    for inline in content {
        inline.push_plain_text(&mut out);
    }
    out
}

/// Every inline of a run, those nested in emphasis and insertions included, depth first in
/// document order.
///
/// ```
/// use unga::{Inline, walk_inlines};
///
/// let content = unga::parse("1. Address the [social](#) factors;\n").document.operative.blocks[0]
///     .as_paragraph()
///     .map(|p| p.content.clone())
///     .unwrap();
/// let kinds: Vec<&str> = walk_inlines(&content)
///     .map(|inline| match inline {
///         Inline::Text { .. } => "text",
///         Inline::Insertion { .. } => "insertion",
///         _ => "other",
///     })
///     .collect();
/// assert_eq!(kinds, ["text", "insertion", "text", "text"]);
/// ```
pub fn walk_inlines(content: &[Inline]) -> impl Iterator<Item = &Inline> {
    let mut stack: Vec<&Inline> = content.iter().rev().collect();
    std::iter::from_fn(move || {
        let next = stack.pop()?;
        if let Inline::Emphasis { content }
        | Inline::Strong { content }
        | Inline::Insertion { content } = next
        {
            stack.extend(content.iter().rev());
        }
        Some(next)
    })
}

/// How alternative wordings are bracketed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Brackets {
    /// Not bracketed: `as set out in / as outlined in`.
    #[default]
    None,
    /// `[as set out in / as outlined in]`.
    Plain,
    /// Escaped, as inside an insertion: `\[as set out in / as outlined in\]`.
    Escaped,
}

impl Brackets {
    fn is_none(&self) -> bool {
        *self == Brackets::None
    }
}

fn at_least_two<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<String>, D::Error> {
    let options = Vec::<String>::deserialize(deserializer)?;
    if options.len() < 2 {
        return Err(serde::de::Error::custom(
            "alternatives need at least two wordings",
        ));
    }
    Ok(options)
}

fn punctuation<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<char, D::Error> {
    let c = char::deserialize(deserializer)?;
    if !c.is_ascii_punctuation() {
        return Err(serde::de::Error::custom(format!(
            "only ASCII punctuation is escaped, not `{c}`"
        )));
    }
    Ok(c)
}

fn is_false(b: &bool) -> bool {
    !*b
}
