//! Diagnostics: what the parser and the checks notice about a text, each with a stable code, a
//! severity, a place and a message that says what to do.

use std::fmt;

use serde::Serialize;

use crate::error::{Located, Span};

/// What a diagnostic is about; stable, so that scripts can filter on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DiagnosticCode {
    /// A line the grammar does not recognise, kept as an [`crate::Unrecognized`] block.
    UnrecognizedLine,
    /// A paragraph whose number is lower than the one before it in its part (`11` after `13`).
    NumberingOutOfOrder,
    /// Numbers missing between two paragraphs of a part.
    NumberingGap,
    /// Two paragraphs of a part with the same number.
    DuplicateNumber,
    /// A merge, a placement or a co-facilitators' note that names a paragraph that is not there.
    MissingTarget,
    /// A `[` or `]` of the text that no bracket closes or opens.
    UnclosedBracket,
    /// A `*` of the text that closes no emphasis.
    UnclosedEmphasis,
    /// A word written twice in a row, `as as`.
    DoubledWord,
    /// Alternative wordings still open: one is to be chosen.
    OpenAlternatives,
    /// A bracketed note that looks like a status, a renumbering or a placement but is not
    /// written as one (`[Paragraph Deleted]`), so it is read as an editorial note.
    NearMissNote,
    /// A preambular number (`PP3`) outside the preamble.
    MisplacedParagraph,
}

impl DiagnosticCode {
    /// The code as a stable string, `unrecognized_line`.
    pub const fn as_str(self) -> &'static str {
        match self {
            DiagnosticCode::UnrecognizedLine => "unrecognized_line",
            DiagnosticCode::NumberingOutOfOrder => "numbering_out_of_order",
            DiagnosticCode::NumberingGap => "numbering_gap",
            DiagnosticCode::DuplicateNumber => "duplicate_number",
            DiagnosticCode::MissingTarget => "missing_target",
            DiagnosticCode::UnclosedBracket => "unclosed_bracket",
            DiagnosticCode::UnclosedEmphasis => "unclosed_emphasis",
            DiagnosticCode::DoubledWord => "doubled_word",
            DiagnosticCode::OpenAlternatives => "open_alternatives",
            DiagnosticCode::NearMissNote => "near_miss_note",
            DiagnosticCode::MisplacedParagraph => "misplaced_paragraph",
        }
    }

    /// How serious a diagnostic with this code is.
    pub const fn severity(self) -> Severity {
        match self {
            DiagnosticCode::DuplicateNumber | DiagnosticCode::MissingTarget => Severity::Error,
            DiagnosticCode::OpenAlternatives => Severity::Note,
            _ => Severity::Warning,
        }
    }
}

impl fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Something to know: the draft is still being negotiated there.
    Note,
    /// Something that looks wrong.
    Warning,
    /// Something that is wrong: the draft contradicts itself.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// Something noticed about a text: it never stops a parse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// What it is about.
    pub code: DiagnosticCode,
    /// How serious it is.
    pub severity: Severity,
    /// What it says, and what to do.
    pub message: String,
    /// Where.
    pub span: Span,
}

impl Diagnostic {
    pub(crate) fn new(code: DiagnosticCode, message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            message: message.into(),
            span,
        }
    }

    /// The diagnostic with the line of `text` it points at, ready to print.
    pub fn located(&self, text: &str) -> Located {
        Located::new(
            format!("{}: {}", self.code.as_str(), self.message),
            text,
            self.span,
        )
    }

    /// The diagnostic in the manner of rustc: `warning[code]: message`, then ` --> file:line:col`
    /// and the line with a caret. `text` is the text it points into, `file` its name.
    ///
    /// ```
    /// let text = "PP1 x,\n\n???\n";
    /// let parsed = unga::parse(text);
    /// let shown = parsed.diagnostics[0].rustc_style(text, "draft.md");
    /// assert!(shown.starts_with("warning[unrecognized_line]: "));
    /// assert!(shown.contains(" --> draft.md:3:1\n"));
    /// ```
    pub fn rustc_style(&self, text: &str, file: &str) -> String {
        let Span {
            line,
            column,
            start,
            end,
        } = self.span;
        let number = line.to_string();
        let pad = " ".repeat(number.len());
        let line_text: String = self
            .span
            .line_text(text)
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let indent = column.saturating_sub(1);
        let width = text
            .get(start..end)
            .map_or(1, |s| {
                s.split('\n').next().unwrap_or_default().chars().count()
            })
            .clamp(1, line_text.chars().count().saturating_sub(indent).max(1));
        format!(
            "{}[{}]: {}\n{pad}--> {file}:{line}:{column}\n{pad} |\n{number} | {line_text}\n{pad} | {}{}\n",
            self.severity,
            self.code,
            self.message,
            " ".repeat(indent),
            "^".repeat(width)
        )
    }
}
