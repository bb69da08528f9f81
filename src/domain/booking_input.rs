//! The booking fields (`name`, `date`, `time`, `tz`, `repeat`, `count`, and the
//! PHP Planado's `recev`/`rectype`), validated strictly into a `Schedule`.

use std::str::FromStr;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};
use chrono_tz::Tz;

use super::DomainError;
use super::exceptions::Exceptions;
use super::meeting::{Choices, LENGTH_MINUTES, MAX_OPEN_EARLY_MINUTES, REMINDER_MINUTES};
use super::repeat::{MAX_OCCURRENCES, Repeat};
use super::schedule::{Schedule, local_time_exists, resolve_local};

/// Where the fields come from: a form, a query, or both (the web layer's
/// parameters); the first value of a name.
pub trait Fields {
    fn field(&self, name: &str) -> Option<&str>;
}

/// Longest conference name, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// How far ahead a meeting may be booked.
pub const MAX_YEARS_AHEAD: i64 = 10;

/// Validates the conference name: any Unicode, 1 to 200 characters, no control
/// characters (they would break mail and calendar lines).
pub fn parse_name(params: &impl Fields) -> Result<String, DomainError> {
    let raw = params.field("name").unwrap_or("");
    // Control characters anywhere, even at the ends that trimming would
    // drop: the name is refused, as the API's pattern says.
    if raw.chars().any(char::is_control) {
        return Err(DomainError::invalid("error_name_invalid"));
    }
    let name = raw.trim().to_string();
    if name.is_empty() {
        return Err(DomainError::invalid("error_name_missing"));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(
            DomainError::invalid("error_name_too_long").arg("max", MAX_NAME_CHARS.to_string())
        );
    }
    if name.chars().any(char::is_control) {
        return Err(DomainError::invalid("error_name_invalid"));
    }
    Ok(name)
}

/// Validates date, time, zone, repetition and count into a schedule that starts
/// no earlier than the current minute.
pub fn parse_schedule(
    params: &impl Fields,
    default_tz: Tz,
    now: DateTime<Utc>,
) -> Result<Schedule, DomainError> {
    let date = parse_date(params.field("date").unwrap_or(""))?;
    let time = parse_time(params.field("time").unwrap_or(""))?;
    let tz = match params.field("tz").map(str::trim).filter(|s| !s.is_empty()) {
        None => default_tz,
        Some(name) => Tz::from_str(name)
            .map_err(|_| DomainError::invalid("error_tz_invalid").arg("tz", name.to_string()))?,
    };
    let (repeat, count) = parse_repetition(params)?;
    let local = date.and_time(time);
    if !local_time_exists(tz, local) {
        return Err(DomainError::invalid("error_time_nonexistent")
            .arg("time", local.format("%Y-%m-%d %H:%M").to_string())
            .arg("tz", tz.name().to_string()));
    }
    let start = resolve_local(tz, local);
    let this_minute = now
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(now);
    if start < this_minute {
        return Err(DomainError::invalid("error_start_past"));
    }
    if start > now + Duration::days(365 * MAX_YEARS_AHEAD) {
        return Err(
            DomainError::invalid("error_start_far").arg("years", MAX_YEARS_AHEAD.to_string())
        );
    }
    let schedule = Schedule {
        series_start: start,
        tz,
        repeat,
        count,
        exceptions: Exceptions::default(),
    };
    if !schedule.fits_its_start() {
        return Err(DomainError::invalid("error_repeat_start"));
    }
    Ok(schedule)
}

/// `open_early`, `duration` and `reminder`; each missing or empty one keeps
/// its value in `defaults`.
pub fn parse_choices(params: &impl Fields, defaults: Choices) -> Result<Choices, DomainError> {
    Ok(Choices {
        open_early_minutes: parse_open_early(params, defaults.open_early_minutes)?,
        length_minutes: parse_length(params, defaults.length_minutes)?,
        reminder_minutes: parse_reminder(params, defaults.reminder_minutes)?,
    })
}

/// `duration`: whole minutes, 15 to 720.
fn parse_length(params: &impl Fields, default: u32) -> Result<u32, DomainError> {
    let text = params.field("duration").map(str::trim).unwrap_or("");
    if text.is_empty() {
        return Ok(default);
    }
    let invalid = || {
        DomainError::invalid("error_duration_invalid")
            .arg("min", LENGTH_MINUTES.start().to_string())
            .arg("max", LENGTH_MINUTES.end().to_string())
    };
    let minutes = whole_number(text).ok_or_else(invalid)?;
    LENGTH_MINUTES
        .contains(&minutes)
        .then_some(minutes)
        .ok_or_else(invalid)
}

/// `reminder`: `none` (or 0), 10, 60 or 1440 minutes before.
fn parse_reminder(params: &impl Fields, default: u32) -> Result<u32, DomainError> {
    let text = params.field("reminder").map(str::trim).unwrap_or("");
    if text.is_empty() {
        return Ok(default);
    }
    if text == "none" {
        return Ok(0);
    }
    whole_number(text)
        .filter(|m| REMINDER_MINUTES.contains(m))
        .ok_or_else(|| DomainError::invalid("error_reminder_invalid"))
}

/// Up to four ASCII digits as a number.
pub(crate) fn whole_number(text: &str) -> Option<u32> {
    (text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `open_early`: whole minutes, 0 to 60, before each start at which the room
/// opens; missing or empty: `default`.
fn parse_open_early(params: &impl Fields, default: u32) -> Result<u32, DomainError> {
    let text = params.field("open_early").map(str::trim).unwrap_or("");
    if text.is_empty() {
        return Ok(default);
    }
    // At most two digits: "060" is not a number of minutes a form sends.
    whole_number(text)
        .filter(|m| text.len() <= 2 && *m <= MAX_OPEN_EARLY_MINUTES)
        .ok_or_else(|| {
            DomainError::invalid("error_open_early_invalid")
                .arg("max", MAX_OPEN_EARLY_MINUTES.to_string())
        })
}

/// `date` and `time` as a local wall-clock time (a moved occurrence's).
pub fn parse_local_time(params: &impl Fields) -> Result<NaiveDateTime, DomainError> {
    let date = parse_date(params.field("date").unwrap_or(""))?;
    let time = parse_time(params.field("time").unwrap_or(""))?;
    Ok(date.and_time(time))
}

/// An occurrence as the API names it: its start in RFC 3339
/// (`2026-03-19T09:00:00Z`; another offset names the same instant).
pub fn parse_occurrence(params: &impl Fields) -> Result<DateTime<Utc>, DomainError> {
    let text = params.field("occurrence").map(str::trim).unwrap_or("");
    if text.is_empty() {
        return Err(DomainError::invalid("error_occurrence_missing"));
    }
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| DomainError::invalid("error_occurrence_invalid"))
}

/// `YYYY-MM-DD`, nothing else.
fn parse_date(s: &str) -> Result<NaiveDate, DomainError> {
    let s = s.trim();
    let shaped = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    shaped
        .then(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| {
            DomainError::invalid(if s.is_empty() {
                "error_date_missing"
            } else {
                "error_date_invalid"
            })
        })
}

/// `HH:MM`, or `HH:MM:00` as some browsers send it; nothing else (a leap second
/// or any other seconds would be silently dropped otherwise).
fn parse_time(s: &str) -> Result<NaiveTime, DomainError> {
    let s = s.trim();
    let invalid = || {
        DomainError::invalid(if s.is_empty() {
            "error_time_missing"
        } else {
            "error_time_invalid"
        })
    };
    let (hh_mm, seconds) = match s.len() {
        5 => (s, "00"),
        8 if s.as_bytes()[5] == b':' => (&s[..5], &s[6..]),
        _ => return Err(invalid()),
    };
    let two_digits = |t: &str| t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit());
    let (hours, minutes) = hh_mm.split_once(':').ok_or_else(invalid)?;
    if !(two_digits(hours) && two_digits(minutes) && seconds == "00") {
        return Err(invalid());
    }
    let number = |t: &str| t.parse::<u32>().map_err(|_| invalid());
    NaiveTime::from_hms_opt(number(hours)?, number(minutes)?, 0).ok_or_else(invalid)
}

/// `repeat` + `count`, or the PHP Planado's `rectype` + `recev` (further events).
fn parse_repetition(params: &impl Fields) -> Result<(Repeat, u32), DomainError> {
    let (repeat, count) = match (params.field("repeat"), params.field("rectype")) {
        (Some(r), _) if !r.is_empty() => (
            Repeat::parse(r).ok_or_else(|| DomainError::invalid("error_repeat_invalid"))?,
            parse_count(params.field("count"), 0)?,
        ),
        (_, Some(legacy)) if !legacy.is_empty() => (
            Repeat::from_legacy(legacy)
                .ok_or_else(|| DomainError::invalid("error_repeat_invalid"))?,
            parse_count(params.field("recev"), 1)?,
        ),
        _ => (Repeat::None, 1),
    };
    Ok(if repeat == Repeat::None {
        (Repeat::None, 1)
    } else {
        (repeat, count)
    })
}

/// A whole number of occurrences; `extra` is added for `recev`, which counts the
/// events after the first.
fn parse_count(value: Option<&str>, extra: u32) -> Result<u32, DomainError> {
    let value = value.map(str::trim).filter(|s| !s.is_empty());
    let Some(value) = value else { return Ok(1) };
    let too_many =
        || DomainError::invalid("error_count_invalid").arg("max", MAX_OCCURRENCES.to_string());
    if !value.bytes().all(|b| b.is_ascii_digit()) || value.len() > 6 {
        return Err(too_many());
    }
    let count = value.parse::<u32>().map_err(|_| too_many())? + extra;
    if (1..=MAX_OCCURRENCES).contains(&count) {
        Ok(count)
    } else {
        Err(too_many())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Pairs(Vec<(String, String)>);

    impl Fields for Pairs {
        fn field(&self, name: &str) -> Option<&str> {
            self.0
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        }
    }

    fn params(pairs: &[(&str, &str)]) -> Pairs {
        Pairs(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    fn now() -> DateTime<Utc> {
        "2026-06-01T09:59:30Z".parse().unwrap()
    }

    fn key(r: Result<Schedule, DomainError>) -> &'static str {
        match r {
            Err(DomainError::Invalid { key, .. }) => key,
            other => panic!("expected a bad-input failure, got {other:?}"),
        }
    }

    #[test]
    fn a_valid_weekly_booking() {
        let p = params(&[
            ("date", "2026-06-02"),
            ("time", "10:00"),
            ("tz", "Europe/Berlin"),
            ("repeat", "weekly"),
            ("count", "5"),
        ]);
        let s = parse_schedule(&p, Tz::UTC, now()).unwrap();
        assert_eq!(s.series_start.to_rfc3339(), "2026-06-02T08:00:00+00:00");
        assert_eq!((s.repeat, s.count), (Repeat::Weekly, 5));
    }

    #[test]
    fn the_current_minute_is_not_the_past() {
        let p = params(&[("date", "2026-06-01"), ("time", "09:59")]);
        assert!(parse_schedule(&p, Tz::UTC, now()).is_ok());
        let p = params(&[("date", "2026-06-01"), ("time", "09:58")]);
        assert_eq!(key(parse_schedule(&p, Tz::UTC, now())), "error_start_past");
    }

    #[test]
    fn strict_fields() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[("time", "10:00")], "error_date_missing"),
            (
                &[("date", "2026-6-2"), ("time", "10:00")],
                "error_date_invalid",
            ),
            (
                &[("date", "2026-02-30"), ("time", "10:00")],
                "error_date_invalid",
            ),
            (
                &[("date", "２０２６-06-02"), ("time", "10:00")],
                "error_date_invalid",
            ),
            (&[("date", "2026-06-02")], "error_time_missing"),
            (
                &[("date", "2026-06-02"), ("time", "24:00")],
                "error_time_invalid",
            ),
            (
                &[("date", "2026-06-02"), ("time", "10:60")],
                "error_time_invalid",
            ),
            (
                &[("date", "2026-06-02"), ("time", "1000")],
                "error_time_invalid",
            ),
            (
                &[("date", "2026-06-02"), ("time", "10:00:60")],
                "error_time_invalid",
            ),
            (
                &[("date", "2026-06-02"), ("time", "10:00:01")],
                "error_time_invalid",
            ),
            (
                &[("date", "2026-06-02"), ("time", "10:0:00")],
                "error_time_invalid",
            ),
            (
                &[("date", "2026-06-02"), ("time", "+1:00")],
                "error_time_invalid",
            ),
            (
                &[
                    ("date", "2026-06-02"),
                    ("time", "10:00"),
                    ("tz", "Mars/Olympus"),
                ],
                "error_tz_invalid",
            ),
            (
                &[
                    ("date", "2026-06-02"),
                    ("time", "10:00"),
                    ("repeat", "hourly"),
                ],
                "error_repeat_invalid",
            ),
            (
                &[
                    ("date", "2026-06-02"),
                    ("time", "10:00"),
                    ("repeat", "daily"),
                    ("count", "0"),
                ],
                "error_count_invalid",
            ),
            (
                &[
                    ("date", "2026-06-02"),
                    ("time", "10:00"),
                    ("repeat", "daily"),
                    ("count", "521"),
                ],
                "error_count_invalid",
            ),
            (
                &[
                    ("date", "2026-06-02"),
                    ("time", "10:00"),
                    ("repeat", "daily"),
                    ("count", "99999999999999999999"),
                ],
                "error_count_invalid",
            ),
            (
                &[
                    ("date", "2026-06-02"),
                    ("time", "10:00"),
                    ("repeat", "daily"),
                    ("count", "-3"),
                ],
                "error_count_invalid",
            ),
            (
                &[("date", "2040-06-02"), ("time", "10:00")],
                "error_start_far",
            ),
            (
                &[
                    ("date", "2027-03-28"),
                    ("time", "02:30"),
                    ("tz", "Europe/Berlin"),
                ],
                "error_time_nonexistent",
            ),
        ];
        for (fields, expected) in cases {
            assert_eq!(
                key(parse_schedule(&params(fields), Tz::UTC, now())),
                *expected,
                "{fields:?}"
            );
        }
    }

    #[test]
    fn seconds_may_only_be_zero() {
        let p = params(&[("date", "2026-06-02"), ("time", "10:15:00")]);
        let s = parse_schedule(&p, Tz::UTC, now()).unwrap();
        assert_eq!(s.series_start.to_rfc3339(), "2026-06-02T10:15:00+00:00");
    }

    #[test]
    fn legacy_fields() {
        let p = params(&[
            ("date", "2026-06-02"),
            ("time", "10:00"),
            ("rectype", "2weekly"),
            ("recev", "3"),
        ]);
        let s = parse_schedule(&p, Tz::UTC, now()).unwrap();
        assert_eq!((s.repeat, s.count), (Repeat::Biweekly, 4));
    }

    #[test]
    fn names() {
        assert_eq!(
            parse_name(&params(&[("name", " Übung 🎉 ")])).unwrap(),
            "Übung 🎉"
        );
        assert!(parse_name(&params(&[("name", &"é".repeat(200))])).is_ok());
        assert!(parse_name(&params(&[("name", &"é".repeat(201))])).is_err());
        assert!(parse_name(&params(&[("name", "a\nb")])).is_err());
        assert!(
            parse_name(&params(&[("name", "P0\r")])).is_err(),
            "a control character at the end"
        );
        assert!(parse_name(&params(&[])).is_err());
    }
}
