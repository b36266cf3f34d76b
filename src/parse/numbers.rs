//! Numbers and dates: paragraph labels, section numerals, the dates of drafts and meetings.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::{all_consuming, map_opt, opt, recognize};
use nom::sequence::preceded;
use nom::{IResult, Parser};

use crate::model::date::{Date, MONTHS};
use crate::model::number::{Num, Suffix};

/// Longest run of digits read as a number: a `u32` has ten (runs that overflow are refused).
const MAX_DIGITS: usize = 10;

fn number(input: &str) -> IResult<&str, u32> {
    map_opt(
        take_while_m_n(1, MAX_DIGITS, |c: char| c.is_ascii_digit()),
        |digits: &str| digits.parse().ok(),
    )
    .parse(input)
}

fn suffix(input: &str) -> IResult<&str, Suffix> {
    // Longest first where one suffix is a prefix of another: none is, so any order reads right.
    alt((
        tag("bis").map(|_| Suffix::Bis),
        tag("ter").map(|_| Suffix::Ter),
        tag("quater").map(|_| Suffix::Quater),
        tag("quinquies").map(|_| Suffix::Quinquies),
        tag("sexies").map(|_| Suffix::Sexies),
        tag("septies").map(|_| Suffix::Septies),
        tag("octies").map(|_| Suffix::Octies),
        tag("novies").map(|_| Suffix::Novies),
        tag("decies").map(|_| Suffix::Decies),
    ))
    .parse(input)
}

/// A number as documents write it: `PP9`, `17ter`, `48 bis`, `07`. Returns the value; the
/// caller keeps the consumed text as the raw form. Nothing may follow a suffix but a
/// non-letter, so that `12bisx` is not read as `12bis`.
pub(crate) fn num_lenient(input: &str) -> IResult<&str, Num> {
    let (after_number, (preambular, number)) =
        (opt(tag("PP")).map(|pp| pp.is_some()), number).parse(input)?;
    let ends_word = |rest: &str| !rest.starts_with(|c: char| c.is_alphanumeric());
    let num = Num {
        preambular,
        number,
        suffix: None,
    };
    // Most numbers have no suffix: try one only where a letter or a space follows.
    let may_have_suffix = after_number.starts_with(|c: char| c == ' ' || c.is_ascii_lowercase());
    if may_have_suffix
        && let Ok((rest, suffix)) = preceded(opt(char(' ')), suffix).parse(after_number)
        && ends_word(rest)
    {
        return Ok((
            rest,
            Num {
                suffix: Some(suffix),
                ..num
            },
        ));
    }
    if ends_word(after_number) {
        Ok((after_number, num))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            after_number,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// The canonical label of a number, as [`Num`]'s `Display` writes it, and nothing else.
pub(crate) fn canonical_num(s: &str) -> Option<Num> {
    let (_, num) = all_consuming(num_lenient).parse(s).ok()?;
    (num.to_string() == s).then_some(num)
}

/// A number's label read leniently, with the raw form kept where it is not canonical.
pub(crate) fn num_with_raw(input: &str) -> IResult<&str, (Num, Option<String>)> {
    let (rest, num) = num_lenient(input)?;
    let raw = input.get(..input.len() - rest.len()).unwrap_or_default();
    // What the lenient grammar reads is canonical unless it has a space before its suffix or a
    // leading zero.
    let digits = raw.strip_prefix("PP").unwrap_or(raw);
    let run = digits.bytes().take_while(u8::is_ascii_digit).count();
    let leading_zero = run > 1 && digits.starts_with('0');
    let canonical = !leading_zero && !raw.contains(' ');
    Ok((rest, (num, (!canonical).then(|| raw.to_owned()))))
}

/// A date as UN documents write it, `19 July 2010`, and nothing else (no leading zero).
pub(crate) fn long_date(input: &str) -> IResult<&str, Date> {
    map_opt(
        (
            recognize(take_while_m_n(1, 2, |c: char| c.is_ascii_digit())),
            char(' '),
            alt(MONTHS.map(tag)),
            char(' '),
            take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        ),
        |(day, _, month, _, year): (&str, char, &str, char, &str)| {
            let month = MONTHS.iter().position(|m| *m == month)?;
            let date = Date::new(
                year.parse().ok()?,
                u8::try_from(month + 1).ok()?,
                day.parse().ok()?,
            )?;
            // Only the canonical spelling, so that the date writes back as read.
            (date.day().to_string() == day && !year.starts_with('0')).then_some(date)
        },
    )
    .parse(input)
}

/// An ISO 8601 date, `2010-07-19`.
pub(crate) fn iso_date(s: &str) -> Option<Date> {
    let four = |c: char| c.is_ascii_digit();
    let parsed: IResult<&str, (&str, char, &str, char, &str)> = all_consuming((
        take_while_m_n(4, 4, four),
        char('-'),
        take_while_m_n(2, 2, four),
        char('-'),
        take_while_m_n(2, 2, four),
    ))
    .parse(s);
    let (_, (year, _, month, _, day)) = parsed.ok()?;
    Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// A whole text that is one canonical long date.
pub(crate) fn whole_long_date(s: &str) -> Option<Date> {
    all_consuming(long_date).parse(s).ok().map(|(_, date)| date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lenient_numbers_keep_their_raw_form() {
        assert_eq!(
            num_with_raw("17ter. x").unwrap(),
            (". x", ("17ter".parse().unwrap(), None))
        );
        assert_eq!(
            num_with_raw("48 bis.").unwrap(),
            (
                ".",
                (
                    Num::new(48).with_suffix(Suffix::Bis),
                    Some("48 bis".to_owned())
                )
            )
        );
        assert_eq!(
            num_with_raw("PP12 ").unwrap(),
            (" ", (Num::preambular(12), None))
        );
        assert_eq!(
            num_with_raw("07.").unwrap().1,
            (Num::new(7), Some("07".to_owned()))
        );
        assert!(num_with_raw("12bisx").is_err());
        assert_eq!(
            num_with_raw("1 bisque").unwrap(),
            (" bisque", (Num::new(1), None))
        );
        assert!(
            num_with_raw("4294967296.").is_err(),
            "past u32::MAX is not a paragraph number"
        );
        assert!(
            num_with_raw("12345678901.").is_err(),
            "nor are eleven digits"
        );
        assert_eq!(num_with_raw("4294967295.").unwrap().1.0, Num::new(u32::MAX));
    }

    proptest::proptest! {
        #[test]
        fn the_raw_form_is_kept_exactly_when_it_is_not_canonical(
            label in "(PP)?[0-9]{1,4}( ?(bis|ter|quater|decies))?",
        ) {
            let (rest, (num, raw)) = num_with_raw(&label).unwrap();
            proptest::prop_assert_eq!(rest, "");
            let canonical = num.to_string();
            proptest::prop_assert_eq!(raw.is_none(), canonical == label, "{} read as {}", label, canonical);
        }
    }

    #[test]
    fn canonical_numbers_only() {
        assert_eq!(
            canonical_num("1bis"),
            Some(Num::new(1).with_suffix(Suffix::Bis))
        );
        assert_eq!(canonical_num("1 bis"), None);
        assert_eq!(canonical_num("01"), None);
        assert_eq!(canonical_num("PP"), None);
        assert_eq!(canonical_num(""), None);
    }

    #[test]
    fn dates() {
        assert_eq!(whole_long_date("19 July 2010"), Date::new(2010, 7, 19));
        assert_eq!(whole_long_date("21 July 2010"), Date::new(2010, 7, 21));
        assert_eq!(
            whole_long_date("09 July 2010"),
            None,
            "a leading zero is not how the documents write it"
        );
        assert_eq!(whole_long_date("31 June 2010"), None);
        assert_eq!(
            whole_long_date("21 July 0210"),
            None,
            "found by fuzzing: year 210 would be written back without its zero"
        );
        assert_eq!(iso_date("2010-07-19"), Date::new(2010, 7, 19));
        assert_eq!(iso_date("2010-7-19"), None);
    }
}
