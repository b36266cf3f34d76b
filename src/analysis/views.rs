//! Clean views of a draft: the text as it would read adopted, every insertion accepted, every
//! margin note and editorial note dropped, one wording of each alternative kept.

use crate::model::document::{Block, Document};
use crate::model::inline::Inline;
use crate::model::paragraph::{ItemStyle, Paragraph, Status};

/// Which wording of each pair of alternatives a clean view keeps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Choice {
    /// The first wording (`as set out in`).
    #[default]
    First,
    /// The second wording (`as outlined in`).
    Second,
}

/// The words of a text: runs of characters between whitespace.
///
/// ```
/// assert_eq!(unga::word_count("Adopts the  plan;\n"), 3);
/// ```
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

fn push_clean(inline: &Inline, choice: Choice, out: &mut String) {
    match inline {
        Inline::Text { text } => out.push_str(text),
        Inline::Emphasis { content }
        | Inline::Strong { content }
        | Inline::Insertion { content } => {
            content
                .iter()
                .for_each(|inline| push_clean(inline, choice, out));
        }
        Inline::Alternatives { options, .. } => {
            let kept = match choice {
                Choice::First => options.first(),
                Choice::Second => options.get(1),
            };
            out.push_str(kept.map_or("", String::as_str));
        }
        Inline::EditorialNote { .. } | Inline::Renumbering { .. } => {}
        Inline::Escape { char } => out.push(*char),
        Inline::LineBreak { .. } | Inline::PageBreak { .. } => out.push(' '),
    }
}

/// Spaces collapsed and trimmed, as left by dropped notes and joined breaks.
fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn clean_run(content: &[Inline], choice: Choice) -> String {
    let mut out = String::new();
    content
        .iter()
        .for_each(|inline| push_clean(inline, choice, &mut out));
    tidy(&out)
}

impl Paragraph {
    /// The paragraph as it would read adopted: its opening phrase and text with every
    /// insertion accepted, editorial and renumbering notes dropped and one wording of each
    /// alternative kept, then its items, one per line with their letter. A deleted or merged
    /// paragraph has no text.
    ///
    /// ```
    /// use unga::{Choice, Part};
    ///
    /// let doc: unga::Document = unga::DRAFT_2010_07_19.parse().unwrap();
    /// let p25 = doc.paragraph(Part::Annex, "25").unwrap();
    /// assert!(p25.clean_text(Choice::First).contains("persons, as set out in the Trafficking Protocol"));
    /// assert!(p25.clean_text(Choice::Second).contains("persons, as outlined in the Trafficking Protocol"));
    /// ```
    pub fn clean_text(&self, choice: Choice) -> String {
        if self.status != Status::Active {
            return String::new();
        }
        let mut text = self.opening.clone().unwrap_or_default();
        self.content
            .iter()
            .for_each(|inline| push_clean(inline, choice, &mut text));
        let mut out = tidy(&text);
        for item in &self.items {
            out.push('\n');
            match (&item.num, item.style) {
                (Some(num), ItemStyle::Parenthesized) => out.push_str(&format!("({num}) ")),
                (Some(num), ItemStyle::Dotted) => out.push_str(&format!("{num}. ")),
                (None, _) => out.push_str("- "),
            }
            out.push_str(&clean_run(&item.content, choice));
        }
        out
    }

    /// The words of [`Paragraph::clean_text`].
    pub fn word_count(&self, choice: Choice) -> usize {
        word_count(&self.clean_text(choice))
    }
}

impl Document {
    /// The document as it would read adopted: headings, the enacting formula, the chapeau and
    /// every paragraph in force with its label, as [`Paragraph::clean_text`] writes it; revision
    /// notes, co-facilitators' notes and deleted or merged paragraphs left out. Blocks are
    /// separated by a blank line.
    pub fn clean_text(&self, choice: Choice) -> String {
        let mut blocks: Vec<String> = Vec::new();
        let push_blocks = |blocks_out: &mut Vec<String>, list: &[Block]| {
            for block in list {
                let text = match block {
                    Block::Title(b) => b.text.clone(),
                    Block::DraftStatus(b) => format!("{} ({})", b.status, b.date.long()),
                    Block::DocumentKind(b) => b.text.clone(),
                    Block::EnactingFormula(b) => b.text.clone(),
                    Block::Chapeau(b) => clean_run(&b.content, choice),
                    Block::Paragraph(p) if p.status == Status::Active => {
                        let label = match p.num {
                            Some(num) if num.preambular => format!("{num} "),
                            Some(num) => format!("{num}. "),
                            None => String::new(),
                        };
                        format!("{label}{}", p.clean_text(choice))
                    }
                    Block::Unrecognized(b) => b.text.clone(),
                    _ => continue,
                };
                blocks_out.push(text);
            }
        };
        push_blocks(&mut blocks, &self.header.blocks);
        push_blocks(&mut blocks, &self.preamble.blocks);
        push_blocks(&mut blocks, &self.operative.blocks);
        for annex in &self.annexes {
            blocks.push(match &annex.title {
                Some(title) => format!("{}: {title}", annex.label),
                None => annex.label.clone(),
            });
            push_blocks(&mut blocks, &annex.blocks);
            for section in &annex.sections {
                blocks.push(format!("{}. {}", section.num, section.title));
                push_blocks(&mut blocks, &section.blocks);
            }
        }
        blocks.join("\n\n")
    }

    /// The words of [`Document::clean_text`].
    pub fn word_count(&self, choice: Choice) -> usize {
        word_count(&self.clean_text(choice))
    }
}
