//! The repetition rules: which rule a series follows, how RFC 5545 names it,
//! and the calendar walk that finds its `n`th date (in local wall-clock time;
//! `schedule.rs` turns it into an instant).

use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime, Weekday};

/// Largest number of occurrences a series may have (ten years of weekly meetings).
pub const MAX_OCCURRENCES: u32 = 520;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    None,
    Daily,
    Weekly,
    Biweekly,
    Fourweekly,
    Monthly,
    /// Monthly on the start's weekday and its ordinal in the month.
    MonthlyWeekday,
    /// Monthly on the last of the start's weekday (the start must be one).
    MonthlyLastWeekday,
    /// Monday to Friday (the start must be one of them).
    Weekdays,
}

impl Repeat {
    pub const ALL: [Repeat; 9] = [
        Repeat::None,
        Repeat::Daily,
        Repeat::Weekdays,
        Repeat::Weekly,
        Repeat::Biweekly,
        Repeat::Fourweekly,
        Repeat::Monthly,
        Repeat::MonthlyWeekday,
        Repeat::MonthlyLastWeekday,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Repeat::None => "none",
            Repeat::Daily => "daily",
            Repeat::Weekly => "weekly",
            Repeat::Biweekly => "biweekly",
            Repeat::Fourweekly => "fourweekly",
            Repeat::Monthly => "monthly",
            Repeat::MonthlyWeekday => "monthly_weekday",
            Repeat::MonthlyLastWeekday => "monthly_last_weekday",
            Repeat::Weekdays => "weekdays",
        }
    }

    pub fn parse(s: &str) -> Option<Repeat> {
        Repeat::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// The PHP Planado's `rectype`: `1daily`, `1weekly`, `2weekly`, `4weekly`,
    /// `1monthly`; the older ones without a number (`daily`, `weekly`,
    /// `monthly`), and those its upgrade script wrote with the number behind
    /// (`daily1`).
    pub fn from_legacy(rectype: &str) -> Option<Repeat> {
        let rectype = rectype.trim().to_ascii_lowercase();
        let unit = rectype.trim_matches(|c: char| c.is_ascii_digit());
        let digits: String = rectype.chars().filter(char::is_ascii_digit).collect();
        if unit.chars().any(|c| c.is_ascii_digit()) || digits.len() > 3 {
            return None;
        }
        let number: u32 = if digits.is_empty() {
            1
        } else {
            digits.parse().ok()?
        };
        match (number, unit) {
            (_, "" | "none") => Some(Repeat::None),
            (1, "daily") => Some(Repeat::Daily),
            (1, "weekly") => Some(Repeat::Weekly),
            (2, "weekly") => Some(Repeat::Biweekly),
            (4, "weekly") => Some(Repeat::Fourweekly),
            (1, "monthly") => Some(Repeat::Monthly),
            _ => None,
        }
    }

    /// RFC 5545 `FREQ` and `INTERVAL`; `None` for a one-off.
    pub fn rrule_parts(self) -> Option<(&'static str, u32)> {
        match self {
            Repeat::None => None,
            Repeat::Daily => Some(("DAILY", 1)),
            Repeat::Weekly => Some(("WEEKLY", 1)),
            Repeat::Biweekly => Some(("WEEKLY", 2)),
            Repeat::Fourweekly => Some(("WEEKLY", 4)),
            Repeat::Monthly | Repeat::MonthlyWeekday | Repeat::MonthlyLastWeekday => {
                Some(("MONTHLY", 1))
            }
            Repeat::Weekdays => Some(("WEEKLY", 1)),
        }
    }

    /// Days between occurrences for the fixed-step rules.
    pub(super) fn step_days(self) -> Option<i64> {
        match self {
            Repeat::Daily => Some(1),
            Repeat::Weekly => Some(7),
            Repeat::Biweekly => Some(14),
            Repeat::Fourweekly => Some(28),
            _ => None,
        }
    }
}

/// RFC 5545's two-letter weekday names.
pub(super) fn weekday_code(day: Weekday) -> &'static str {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][day.num_days_from_monday() as usize]
}

/// Which of its weekday a date is in its month: 1 for the first … 5.
pub(super) fn weekday_ordinal(date: NaiveDate) -> u32 {
    (date.day() - 1) / 7 + 1
}

/// Whether a date is the last of its weekday in its month.
pub(super) fn is_last_weekday(date: NaiveDate) -> bool {
    date.checked_add_signed(Duration::days(7))
        .is_none_or(|later| later.month() != date.month())
}

pub(super) fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The `n`th month on the anchor's day of the month, skipping months that do
/// not have that day (RFC 5545: invalid dates are ignored, not moved).
pub(super) fn nth_monthly(anchor: NaiveDateTime, n: u32) -> Option<NaiveDateTime> {
    let first_of_month = anchor.date().with_day(1)?;
    let mut found = 0;
    for k in 0.. {
        let month = first_of_month.checked_add_months(Months::new(k))?;
        if let Some(date) = NaiveDate::from_ymd_opt(month.year(), month.month(), anchor.day()) {
            if found == n {
                return Some(date.and_time(anchor.time()));
            }
            found += 1;
        }
    }
    None
}

/// The `n`th month's day on the anchor's weekday and ordinal (or the last such
/// weekday), skipping months that lack it (a fifth Monday).
pub(super) fn nth_monthly_weekday(
    anchor: NaiveDateTime,
    n: u32,
    last: bool,
) -> Option<NaiveDateTime> {
    let weekday = anchor.weekday();
    let ordinal = weekday_ordinal(anchor.date());
    let first_of_month = anchor.date().with_day(1)?;
    let mut found = 0;
    for k in 0..(n + 1) * 3 + 12 {
        let month = first_of_month.checked_add_months(Months::new(k))?;
        let date = if last {
            let next = month.checked_add_months(Months::new(1))?;
            let last_day = next.pred_opt()?;
            let back = (7 + last_day.weekday().num_days_from_monday()
                - weekday.num_days_from_monday())
                % 7;
            Some(last_day - Duration::days(back.into()))
        } else {
            let ahead =
                (7 + weekday.num_days_from_monday() - month.weekday().num_days_from_monday()) % 7;
            let date = month + Duration::days(i64::from(ahead + (ordinal - 1) * 7));
            (date.month() == month.month()).then_some(date)
        };
        if let Some(date) = date {
            if found == n {
                return Some(date.and_time(anchor.time()));
            }
            found += 1;
        }
    }
    None
}

/// The `n`th weekday (Monday to Friday) from the anchor, itself the 0th.
pub(super) fn nth_weekday(anchor: NaiveDateTime, n: u32) -> Option<NaiveDateTime> {
    let from_monday = anchor.weekday().num_days_from_monday();
    if from_monday > 4 {
        return None;
    }
    let total = from_monday + n;
    let days = i64::from(total / 5 * 7 + total % 5) - i64::from(from_monday);
    anchor.checked_add_signed(Duration::days(days))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_rectypes() {
        assert_eq!(Repeat::from_legacy("1daily"), Some(Repeat::Daily));
        assert_eq!(Repeat::from_legacy("weekly"), Some(Repeat::Weekly));
        assert_eq!(Repeat::from_legacy("2weekly"), Some(Repeat::Biweekly));
        assert_eq!(Repeat::from_legacy("4weekly"), Some(Repeat::Fourweekly));
        assert_eq!(Repeat::from_legacy("1monthly"), Some(Repeat::Monthly));
        assert_eq!(Repeat::from_legacy(""), Some(Repeat::None));
        assert_eq!(Repeat::from_legacy("3weekly"), None);
        assert_eq!(Repeat::from_legacy("daily1"), Some(Repeat::Daily));
        assert_eq!(Repeat::from_legacy("weekly2"), Some(Repeat::Biweekly));
        assert_eq!(Repeat::from_legacy("1week1y"), None);
        assert_eq!(Repeat::from_legacy("yearly"), None);
        assert_eq!(Repeat::from_legacy("99999999999999999999daily"), None);
    }
}
