//! Looking paragraphs and sections up by their numbers.

use crate::model::document::{Annex, Document, Operative, Part, Preamble, Section};
use crate::model::number::{Num, SectionNum};
use crate::model::paragraph::Paragraph;

fn find<'a>(
    mut paragraphs: impl Iterator<Item = &'a Paragraph>,
    label: &str,
) -> Option<&'a Paragraph> {
    let num: Num = label.parse().ok()?;
    paragraphs.find(|paragraph| paragraph.num == Some(num))
}

macro_rules! lookup {
    ($($container:ty),*) => {$(
        impl $container {
            /// The paragraph with this label (`"PP9"`, `"17ter"`), if there is one.
            pub fn paragraph(&self, label: &str) -> Option<&Paragraph> {
                find(self.paragraphs(), label)
            }
        }
    )*};
}

lookup!(Preamble, Operative, Section, Annex);

impl Annex {
    /// The section with this roman number (`"III"`), if there is one.
    ///
    /// ```
    /// let doc: unga::Document = unga::DRAFT_2010_07_19.parse().unwrap();
    /// let annex = &doc.annexes[0];
    /// assert_eq!(annex.section("III").unwrap().title, "Prosecuting crimes of trafficking in persons");
    /// assert!(annex.paragraph("17ter").unwrap().plain_text().starts_with("Reinforce efforts"));
    /// ```
    pub fn section(&self, num: &str) -> Option<&Section> {
        let num: SectionNum = num.parse().ok()?;
        self.sections.iter().find(|section| section.num == num)
    }
}

impl Document {
    /// The paragraph with this label in a part: the preamble, the operative part or the first
    /// annex (the one the draft has).
    ///
    /// ```
    /// use unga::{Document, Part};
    ///
    /// let doc: Document = unga::DRAFT_2010_07_19.parse().unwrap();
    /// assert_eq!(doc.paragraph(Part::Preamble, "PP9").unwrap().opening.as_deref(), Some("Reaffirming"));
    /// assert!(doc.paragraph(Part::Operative, "2").is_some());
    /// assert!(doc.paragraph(Part::Annex, "17ter").is_some());
    /// assert!(doc.paragraph(Part::Annex, "PP9").is_none());
    /// ```
    pub fn paragraph(&self, part: Part, label: &str) -> Option<&Paragraph> {
        match part {
            Part::Preamble => self.preamble.paragraph(label),
            Part::Operative => self.operative.paragraph(label),
            Part::Annex => self.annexes.first()?.paragraph(label),
            Part::Header => None,
        }
    }
}
