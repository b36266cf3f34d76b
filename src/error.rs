//! Errors and diagnostics, each pointing into the text with a byte span, a line and a column.

use std::fmt;

/// A place in a text: a byte range, and the line and column where it starts.
///
/// ```
/// use unga::Span;
///
/// let span = Span::locate("first\nsecond", 9, 12);
/// assert_eq!((span.line, span.column), (2, 4));
/// assert_eq!(span.line_text("first\nsecond"), "second");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Span {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset just past the end.
    pub end: usize,
    /// Line of the start, from 1.
    pub line: usize,
    /// Column of the start in characters, from 1.
    pub column: usize,
}

impl Span {
    /// The span of bytes `start..end` of `text`, with its line and column. Offsets past the
    /// end of the text, or inside a character, are moved back to the nearest character start.
    pub fn locate(text: &str, start: usize, end: usize) -> Span {
        let start = floor_char_boundary(text, start);
        let end = floor_char_boundary(text, end.max(start));
        let before = text.get(..start).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Span {
            start,
            end,
            line: before.bytes().filter(|&b| b == b'\n').count() + 1,
            column: text
                .get(line_start..start)
                .unwrap_or_default()
                .chars()
                .count()
                + 1,
        }
    }

    /// The whole line of `text` the span starts on, without its line end.
    pub fn line_text<'t>(&self, text: &'t str) -> &'t str {
        let start = floor_char_boundary(text, self.start);
        let line_start = text
            .get(..start)
            .and_then(|b| b.rfind('\n'))
            .map_or(0, |i| i + 1);
        let rest = text.get(line_start..).unwrap_or_default();
        let line = rest.split('\n').next().unwrap_or_default();
        line.strip_suffix('\r').unwrap_or(line)
    }
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A message about a place in a text, shown with its line and a caret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// What is wrong there.
    pub message: String,
    /// Where.
    pub span: Span,
    /// The line the span starts on, for display.
    pub line_text: String,
}

impl Located {
    pub(crate) fn new(message: impl Into<String>, text: &str, span: Span) -> Self {
        Located {
            message: message.into(),
            span,
            line_text: span.line_text(text).to_owned(),
        }
    }
}

impl fmt::Display for Located {
    /// In the manner of rustc:
    ///
    /// ```text
    /// unrecognized_line: the grammar does not recognise this line; ...
    ///  --> line 3, column 1
    ///   |
    /// 3 | some text
    ///   | ^^^^^^^^^
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Span { line, column, .. } = self.span;
        let number = line.to_string();
        let pad = " ".repeat(number.len());
        writeln!(f, "{}", self.message)?;
        writeln!(f, "{pad}--> line {line}, column {column}")?;
        writeln!(f, "{pad} |")?;
        // Control characters would move the caret; show them as spaces.
        let shown: String = self
            .line_text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        writeln!(f, "{number} | {shown}")?;
        let indent = column.saturating_sub(1);
        let rest_of_line = shown.chars().count().saturating_sub(indent);
        let underline = self
            .span
            .end
            .saturating_sub(self.span.start)
            .min(rest_of_line)
            .max(1);
        write!(f, "{pad} | {}{}", " ".repeat(indent), "^".repeat(underline))
    }
}

/// Everything that can go wrong in this crate.
///
/// Parsing a `&str` never fails; the errors come from bytes that are not UTF-8, from the strict
/// parse, from a model that cannot be written back as itself, and from values read from strings.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not UTF-8; the span is the first invalid byte, and the line is shown with
    /// the invalid bytes replaced by U+FFFD.
    #[error("{0}")]
    NotUtf8(Box<Located>),
    /// [`crate::parse_strict`] met a line the grammar does not recognise.
    #[error("{0}")]
    Unrecognized(Box<Located>),
    /// [`crate::Document::render`] found that the model would be written as a text that reads
    /// back as another model, e.g. a paragraph's text containing a line break.
    #[error("{0}")]
    NotLossless(Box<Located>),
    /// A string is not a valid value of a model type, e.g. `"17 bis"` for a [`crate::Num`].
    #[error("invalid {what} `{value}`: expected {expected}")]
    InvalidValue {
        /// The type of value.
        what: &'static str,
        /// The string given.
        value: String,
        /// What was expected.
        expected: &'static str,
    },
}

impl Error {
    /// Where in the text the error is, when it points into one.
    pub fn span(&self) -> Option<Span> {
        match self {
            Error::NotUtf8(located)
            | Error::Unrecognized(located)
            | Error::NotLossless(located) => Some(located.span),
            Error::InvalidValue { .. } => None,
        }
    }

    /// The line of the error, from 1.
    pub fn line(&self) -> Option<usize> {
        self.span().map(|span| span.line)
    }

    /// The column of the error in characters, from 1.
    pub fn column(&self) -> Option<usize> {
        self.span().map(|span| span.column)
    }

    pub(crate) fn not_utf8(bytes: &[u8], error: &std::str::Utf8Error) -> Self {
        let offset = error.valid_up_to();
        let valid =
            std::str::from_utf8(bytes.get(..offset).unwrap_or_default()).unwrap_or_default();
        let line_start = valid.rfind('\n').map_or(0, |i| i + 1);
        let line_end = bytes
            .get(offset..)
            .and_then(|rest| memchr::memchr(b'\n', rest))
            .map_or(bytes.len(), |at| offset + at);
        let line_bytes = bytes.get(line_start..line_end).unwrap_or_default();
        let line_text = String::from_utf8_lossy(line_bytes);
        let span = Span {
            start: offset,
            end: offset + error.error_len().unwrap_or(1),
            line: valid.bytes().filter(|&b| b == b'\n').count() + 1,
            column: valid.get(line_start..).unwrap_or_default().chars().count() + 1,
        };
        Error::NotUtf8(Box::new(Located {
            message: format!(
                "the text is not UTF-8: invalid byte at offset {offset}; convert it to UTF-8 first"
            ),
            span,
            line_text: line_text.trim_end_matches('\r').to_owned(),
        }))
    }
}

impl From<std::convert::Infallible> for Error {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}
