//! The whitespace between and after lines, kept so that the text is written back byte for byte.

use std::borrow::Cow;

/// The whitespace most lines end with or are separated by: kept without allocating.
const COMMON: [&str; 8] = [
    "", "\n", "\n\n", "\r\n", "\r\n\r\n", " \n", "  \n", "\n\n\n",
];

/// `raw` as a shared constant when it is a common one, else as an owned string.
fn intern(raw: &str) -> Cow<'static, str> {
    match COMMON.iter().find(|common| **common == raw) {
        Some(common) => Cow::Borrowed(common),
        None => Cow::Owned(raw.to_owned()),
    }
}

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize};

/// The blank lines before a block, verbatim: each is optional spaces or tabs and a line end
/// (the last line of a text may have none).
///
/// Blocks are usually separated by one blank line, the default (`"\n"`); list items usually
/// follow one another with none (`""`).
///
/// ```
/// use unga::Gap;
///
/// assert_eq!(Gap::default().as_str(), "\n");
/// assert!(Gap::new("\r\n \n").is_some());
/// assert!(Gap::new("text\n").is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Gap(Cow<'static, str>);

impl Gap {
    /// The blank lines `raw`, if that is what it holds.
    pub fn new(raw: impl AsRef<str>) -> Option<Self> {
        let raw = raw.as_ref();
        is_gap(raw).then(|| Gap(intern(raw)))
    }

    /// No blank line.
    pub fn none() -> Self {
        Gap(Cow::Borrowed(""))
    }

    /// The blank lines as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is one blank line ended by `\n`, the default between blocks.
    pub fn is_default(&self) -> bool {
        self.0 == "\n"
    }

    /// Whether there is no blank line, the default between list items.
    pub fn is_none(&self) -> bool {
        self.0.is_empty()
    }

    /// How many blank lines there are.
    pub fn lines(&self) -> usize {
        self.0.bytes().filter(|&b| b == b'\n').count()
    }

    pub(crate) fn push_line(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        if self.0.is_empty() {
            self.0 = intern(raw);
        } else {
            self.0.to_mut().push_str(raw);
        }
    }
}

impl Default for Gap {
    fn default() -> Self {
        Gap(Cow::Borrowed("\n"))
    }
}

// The last line may lack its newline: that is how blank lines end a text without final newline.
fn is_gap(raw: &str) -> bool {
    raw.split_inclusive('\n').all(|line| {
        let body = line.strip_suffix('\n').unwrap_or(line);
        let body = if line.ends_with('\n') {
            body.strip_suffix('\r').unwrap_or(body)
        } else {
            body
        };
        body.bytes().all(|b| b == b' ' || b == b'\t')
    })
}

impl<'de> Deserialize<'de> for Gap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Gap::new(raw).ok_or_else(|| {
            serde::de::Error::custom(
                "a gap holds only blank lines: spaces or tabs, then `\\n` or `\\r\\n`",
            )
        })
    }
}

impl JsonSchema for Gap {
    fn schema_name() -> Cow<'static, str> {
        "Gap".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Blank lines, verbatim: spaces or tabs, then a line end, repeated.",
            "type": "string",
            "pattern": "^([ \\t]*\\r?\\n)*[ \\t]*$",
        })
    }
}

/// The end of a line, verbatim: trailing spaces or tabs, then `\n`, `\r\n`, or nothing at the
/// end of a text without final newline. The default is `"\n"`.
///
/// ```
/// use unga::Eol;
///
/// assert_eq!(Eol::default().as_str(), "\n");
/// assert!(Eol::new("  \r\n").is_some());
/// assert!(Eol::new("\n\n").is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Eol(Cow<'static, str>);

impl Eol {
    /// The line end `raw`, if that is what it holds.
    pub fn new(raw: impl AsRef<str>) -> Option<Self> {
        let raw = raw.as_ref();
        is_eol(raw).then(|| Eol(intern(raw)))
    }

    /// The line end as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is a bare `\n`.
    pub fn is_default(&self) -> bool {
        self.0 == "\n"
    }

    /// Whether the line ends the text without a newline.
    pub fn is_end_of_text(&self) -> bool {
        !self.0.ends_with('\n')
    }
}

impl Default for Eol {
    fn default() -> Self {
        Eol(Cow::Borrowed("\n"))
    }
}

fn is_eol(raw: &str) -> bool {
    let body = raw
        .strip_suffix("\r\n")
        .or_else(|| raw.strip_suffix('\n'))
        .unwrap_or(raw);
    body.bytes().all(|b| b == b' ' || b == b'\t')
}

pub(crate) fn eol_unchecked(raw: &str) -> Eol {
    Eol(intern(raw))
}

impl<'de> Deserialize<'de> for Eol {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Eol::new(raw).ok_or_else(|| {
            serde::de::Error::custom(
                "a line end holds only trailing spaces or tabs, then `\\n`, `\\r\\n` or nothing",
            )
        })
    }
}

impl JsonSchema for Eol {
    fn schema_name() -> Cow<'static, str> {
        "Eol".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A line end, verbatim: trailing spaces or tabs, then `\\n`, `\\r\\n` or nothing.",
            "type": "string",
            "pattern": "^[ \\t]*(\\r?\\n)?$",
        })
    }
}
