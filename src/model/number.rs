//! Paragraph and section numbers.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Error;

/// The Latin suffix of an inserted paragraph: `17bis` comes after `17` and before `17ter`.
///
/// Variants are declared in their order, so the derived `Ord` is the drafting order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Suffix {
    /// *bis*, the second paragraph with this number.
    Bis,
    /// *ter*, the third.
    Ter,
    /// *quater*, the fourth.
    Quater,
    /// *quinquies*, the fifth.
    Quinquies,
    /// *sexies*, the sixth.
    Sexies,
    /// *septies*, the seventh.
    Septies,
    /// *octies*, the eighth.
    Octies,
    /// *novies*, the ninth.
    Novies,
    /// *decies*, the tenth.
    Decies,
}

impl Suffix {
    /// Every suffix, in drafting order.
    pub const ALL: [Suffix; 9] = [
        Suffix::Bis,
        Suffix::Ter,
        Suffix::Quater,
        Suffix::Quinquies,
        Suffix::Sexies,
        Suffix::Septies,
        Suffix::Octies,
        Suffix::Novies,
        Suffix::Decies,
    ];

    /// The suffix as drafters write it, in lower case.
    pub const fn as_str(self) -> &'static str {
        match self {
            Suffix::Bis => "bis",
            Suffix::Ter => "ter",
            Suffix::Quater => "quater",
            Suffix::Quinquies => "quinquies",
            Suffix::Sexies => "sexies",
            Suffix::Septies => "septies",
            Suffix::Octies => "octies",
            Suffix::Novies => "novies",
            Suffix::Decies => "decies",
        }
    }
}

impl fmt::Display for Suffix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Suffix {
    type Err = Error;

    /// ```
    /// assert_eq!("ter".parse::<unga::Suffix>()?, unga::Suffix::Ter);
    /// # Ok::<(), unga::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Suffix::ALL.into_iter().find(|suffix| suffix.as_str() == s).ok_or_else(|| Error::InvalidValue {
            what: "suffix",
            value: s.to_owned(),
            expected: "one of bis, ter, quater, quinquies, sexies, septies, octies, novies, decies",
        })
    }
}

impl Serialize for Suffix {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Suffix {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = Cow::<'de, str>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Suffix {
    fn schema_name() -> Cow<'static, str> {
        "Suffix".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The Latin suffix of an inserted paragraph, in drafting order.",
            "enum": Suffix::ALL.map(Suffix::as_str),
        })
    }
}

/// A paragraph number: an optional `PP` prefix (preambular paragraph), a number and an optional
/// Latin suffix, as in `PP9`, `17` or `17ter`.
///
/// Numbers order as a drafter expects (`17 < 17bis < 17ter < 18`) and serialise as their label,
/// the string that [`Display`](fmt::Display) writes and [`FromStr`] reads back.
///
/// ```
/// use unga::{Num, Suffix};
///
/// let n: Num = "17ter".parse()?;
/// assert_eq!(n, Num::new(17).with_suffix(Suffix::Ter));
/// assert!("17".parse::<Num>()? < n && n < "18".parse::<Num>()?);
/// assert_eq!(n.to_string(), "17ter");
/// assert_eq!("PP9".parse::<Num>()?, Num::preambular(9));
/// # Ok::<(), unga::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Num {
    /// Whether the number carries the `PP` prefix of a preambular paragraph.
    pub preambular: bool,
    /// The number itself.
    pub number: u32,
    /// The Latin suffix, if any.
    pub suffix: Option<Suffix>,
}

impl Num {
    /// An operative or annex paragraph number without suffix.
    pub const fn new(number: u32) -> Self {
        Num {
            preambular: false,
            number,
            suffix: None,
        }
    }

    /// A preambular paragraph number, `PP{number}`.
    pub const fn preambular(number: u32) -> Self {
        Num {
            preambular: true,
            number,
            suffix: None,
        }
    }

    /// The same number with a Latin suffix.
    #[must_use]
    pub const fn with_suffix(self, suffix: Suffix) -> Self {
        Num {
            suffix: Some(suffix),
            ..self
        }
    }
}

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.preambular {
            f.write_str("PP")?;
        }
        write!(f, "{}", self.number)?;
        if let Some(suffix) = self.suffix {
            f.write_str(suffix.as_str())?;
        }
        Ok(())
    }
}

impl FromStr for Num {
    type Err = Error;

    /// Reads the canonical label only (`PP9`, `17ter`): no spaces, no leading zeros, lower-case
    /// suffix, so that `Display` gives back the same string. Looser forms found in documents
    /// (`48 bis`) are read by the grammar, which keeps them as the raw form of the number.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::parse::numbers::canonical_num(s).ok_or_else(|| Error::InvalidValue {
            what: "paragraph number",
            value: s.to_owned(),
            expected: "an optional `PP`, a number without leading zeros and an optional suffix (`bis` to `decies`), e.g. `PP9` or `17ter`",
        })
    }
}

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = Cow::<'de, str>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The pattern of a [`Num`] label, shared by the schema and the tests.
pub(crate) const NUM_PATTERN: &str =
    "^(PP)?(0|[1-9][0-9]{0,9})(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)?$";

impl JsonSchema for Num {
    fn schema_name() -> Cow<'static, str> {
        "Num".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A paragraph number: optional `PP` prefix, number (at most 4294967295), optional Latin suffix (`PP9`, `17ter`).",
            "type": "string",
            "pattern": NUM_PATTERN,
        })
    }
}

/// The roman number of a section of the annex (`I` to `IV` in the draft).
///
/// Serialises as the roman numeral; only canonical numerals are read, so that the numeral
/// written back is the one read.
///
/// ```
/// use unga::SectionNum;
///
/// let n: SectionNum = "IV".parse()?;
/// assert_eq!(n.value(), 4);
/// assert_eq!(n.to_string(), "IV");
/// assert!("IIII".parse::<SectionNum>().is_err());
/// # Ok::<(), unga::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SectionNum(u16);

impl SectionNum {
    /// The largest number a roman numeral writes without overline.
    pub const MAX: u16 = 3999;

    /// The section number `value`, if it has a roman numeral (1 to 3999).
    pub const fn new(value: u16) -> Option<Self> {
        if value >= 1 && value <= Self::MAX {
            Some(SectionNum(value))
        } else {
            None
        }
    }

    /// The number's value.
    pub const fn value(self) -> u16 {
        self.0
    }
}

const ROMAN: [(u16, &str); 13] = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
];

impl fmt::Display for SectionNum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        for (value, numeral) in ROMAN {
            while rest >= value {
                f.write_str(numeral)?;
                rest -= value;
            }
        }
        Ok(())
    }
}

impl FromStr for SectionNum {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || Error::InvalidValue {
            what: "section number",
            value: s.to_owned(),
            expected: "a canonical roman numeral from I to MMMCMXCIX",
        };
        let mut rest = s;
        let mut value: u16 = 0;
        // Greedy reading, then a check that the canonical spelling is the input: this refuses
        // `IIII`, `VX` and the like without a grammar of its own.
        while !rest.is_empty() {
            let (v, numeral) = ROMAN
                .iter()
                .find(|(_, numeral)| rest.starts_with(numeral))
                .ok_or_else(invalid)?;
            value = value.checked_add(*v).ok_or_else(invalid)?;
            rest = rest.get(numeral.len()..).unwrap_or_default();
        }
        let num = SectionNum::new(value).ok_or_else(invalid)?;
        if num.to_string() == s {
            Ok(num)
        } else {
            Err(invalid())
        }
    }
}

impl Serialize for SectionNum {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SectionNum {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = Cow::<'de, str>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for SectionNum {
    fn schema_name() -> Cow<'static, str> {
        "SectionNum".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A section number as a canonical roman numeral (`I`, `IV`).",
            "type": "string",
            "pattern": "^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$",
            "minLength": 1,
        })
    }
}
