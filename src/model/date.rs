//! Dates as precise as the articles give them, and loose dates ("about 1996", "by 2031", "2021 to
//! 2031") written and drawn as what they are.

use std::fmt;

/// A calendar date as precise as the articles give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    /// 1 to 12, or `None` when only the year is known.
    pub month: Option<u8>,
    /// 1 to 31, or `None` when only the month or the year is known.
    pub day: Option<u8>,
}

/// How precisely a [`Date`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// The months by name, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Why a date string was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Date {
    pub const fn day(year: u16, month: u8, day: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    pub const fn month(year: u16, month: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: None,
        }
    }

    pub const fn year(year: u16) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists in that month.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let refuse = |why: &str| {
            Err(DateError(format!(
                "`{text}` is not a date: {why} (write YYYY, YYYY-MM or YYYY-MM-DD)"
            )))
        };
        let parts: Vec<&str> = text.split('-').collect();
        let number = |part: &str, digits: usize| -> Option<u16> {
            (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        };
        let Some(year) = parts.first().and_then(|p| number(p, 4)) else {
            return refuse("the year must have four digits");
        };
        if parts.len() > 3 {
            return refuse("too many parts");
        }
        let month = match parts.get(1) {
            None => return Ok(Self::year(year)),
            Some(p) => match number(p, 2) {
                Some(m @ 1..=12) => m as u8,
                _ => return refuse("the month must be 01 to 12"),
            },
        };
        let day = match parts.get(2) {
            None => return Ok(Self::month(year, month)),
            Some(p) => match number(p, 2) {
                Some(d) if d >= 1 && d <= u16::from(days_in_month(year, month)) => d as u8,
                _ => return refuse("that day does not exist in that month"),
            },
        };
        Ok(Self::day(year, month, day))
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The date as a reader expects it: "9 March 2021", "March 2021" or "2021".
    pub fn readable(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[usize::from(m) - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[usize::from(m) - 1], self.year),
            _ => self.year.to_string(),
        }
    }

    /// The same with the month cut to three letters, where room is short: "9 Mar 2021".
    pub fn short(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", &MONTHS[usize::from(m) - 1][..3], self.year),
            (Some(m), None) => format!("{} {}", &MONTHS[usize::from(m) - 1][..3], self.year),
            _ => self.year.to_string(),
        }
    }

    /// The machine-readable form for `<time datetime>`: "2021-03-09", "2021-03" or "2021".
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

/// How sure an event's date is. The articles give some dates exactly, some only by counting back
/// from a round number, some as a bound ("within the next 10 years") and some as a range ("in the
/// next decade"); each is written and drawn as what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Span {
    /// On the date, as precisely as the date is given.
    On,
    /// Around the date: counted back from a round figure.
    About,
    /// At the latest by the date: a bound, not a point.
    By,
    /// From the date to this one.
    To(Date),
}

impl Span {
    /// Reads a date as an editor writes it: "2021-03-09", "about 1996", "by 2031" or
    /// "2021 to 2031". Returns the date (the start of a range) and its span.
    pub fn parse(text: &str) -> Result<(Date, Self), DateError> {
        if let Some(rest) = text.strip_prefix("about ") {
            return Ok((Date::parse(rest)?, Self::About));
        }
        if let Some(rest) = text.strip_prefix("by ") {
            return Ok((Date::parse(rest)?, Self::By));
        }
        if let Some((from, to)) = text.split_once(" to ") {
            let (from, to) = (Date::parse(from)?, Date::parse(to)?);
            if to <= from {
                return Err(DateError(format!(
                    "`{text}` is not a range: it must end after it starts"
                )));
            }
            return Ok((from, Self::To(to)));
        }
        Date::parse(text).map(|date| (date, Self::On)).map_err(|_| {
            DateError(format!(
                "`{text}` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, or `about YYYY`, \
                     `by YYYY` or `YYYY to YYYY` where the article gives no more"
            ))
        })
    }

    /// The date as a reader should read it: "9 March 2021", "about 1996", "by 2031",
    /// "2021 to 2031".
    pub fn readable(self, date: Date) -> String {
        match self {
            Self::On => date.readable(),
            Self::About => format!("about {}", date.readable()),
            Self::By => format!("by {}", date.readable()),
            Self::To(end) => format!("{} to {}", date.readable(), end.readable()),
        }
    }

    /// The span's name in the downloads: "on", "about", "by" or "to".
    pub fn as_str(self) -> &'static str {
        match self {
            Self::On => "on",
            Self::About => "about",
            Self::By => "by",
            Self::To(_) => "to",
        }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_at_each_precision() {
        assert_eq!(Date::parse("2021-03-09"), Ok(Date::day(2021, 3, 9)));
        assert_eq!(Date::parse("2021-03"), Ok(Date::month(2021, 3)));
        assert_eq!(Date::parse("2021"), Ok(Date::year(2021)));
        assert_eq!(
            Date::parse("2021-03").unwrap().precision(),
            Precision::Month
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        for bad in [
            "2021-02-30",
            "2021-13",
            "21-03-09",
            "2021-3-9",
            "March 2021",
            "",
            "2021-03-09-01",
            "2021-00",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad} should be refused");
        }
        assert!(Date::parse("2020-02-29").is_ok());
        assert!(Date::parse("2021-02-29").is_err());
    }

    #[test]
    fn dates_read_as_a_reader_expects() {
        assert_eq!(Date::day(2021, 3, 9).readable(), "9 March 2021");
        assert_eq!(Date::month(2020, 9).readable(), "September 2020");
        assert_eq!(Date::year(2024).readable(), "2024");
        assert_eq!(Date::day(2026, 12, 7).short(), "7 Dec 2026");
        assert_eq!(Date::month(2020, 9).short(), "Sep 2020");
        assert_eq!(Date::day(2021, 3, 9).iso(), "2021-03-09");
    }

    #[test]
    fn loose_dates_read_as_loose_as_they_are() {
        let read = |text| {
            let (date, span) = Span::parse(text).unwrap();
            span.readable(date)
        };
        assert_eq!(read("2021-03-09"), "9 March 2021");
        assert_eq!(read("about 1996"), "about 1996");
        assert_eq!(read("by 2031"), "by 2031");
        assert_eq!(read("2021 to 2031"), "2021 to 2031");
        assert_eq!(read("by 2021-03-14"), "by 14 March 2021");
        assert!(Span::parse("2031 to 2021").is_err());
        assert!(Span::parse("around 1996").is_err());
        assert!(Span::parse("by March").is_err());
    }

    #[test]
    fn dates_order_by_time_with_coarser_dates_first() {
        assert!(Date::year(2021) < Date::month(2021, 1));
        assert!(Date::month(2021, 2) < Date::day(2021, 3, 1));
    }
}
