//! Exceptions in a series: one occurrence skipped (a holiday) or moved, the
//! rest of the series unchanged, and the link the same. Each exception is
//! keyed by the start the rule gives its occurrence (RFC 5545's
//! `RECURRENCE-ID`), so that the calendar file can name it: a skip becomes an
//! `EXDATE`, a move a `VEVENT` of its own.
//!
//! The rules kept here, for the organiser's page and the API alike: only in a
//! series; only occurrences not yet begun, moved to a time not yet come; a
//! moved occurrence stays between the one before and the one after it (it
//! keeps its place in the count, and each occurrence's room is open until the
//! next one opens); one occurrence is always left; at most
//! [`MAX_EXCEPTIONS`] per meeting.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, Utc};

use super::DomainError;
use super::repeat::Repeat;
use super::schedule::{Schedule, local_time_exists, resolve_local};

/// The most exceptions one meeting keeps (each is a few bytes in its row).
pub const MAX_EXCEPTIONS: usize = 100;

/// What happens to one occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// It does not take place.
    Skip,
    /// It takes place at another time.
    Move(DateTime<Utc>),
}

/// The exceptions of a series, by the rule's start of the occurrence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Exceptions(BTreeMap<DateTime<Utc>, Change>);

impl Exceptions {
    pub fn get(&self, original: DateTime<Utc>) -> Option<Change> {
        self.0.get(&original).copied()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// In the order of the rule's starts.
    pub fn iter(&self) -> impl Iterator<Item = (DateTime<Utc>, Change)> + '_ {
        self.0.iter().map(|(t, c)| (*t, *c))
    }

    /// The stored form: `start` for a skip, `start=moved` for a move (UTC
    /// seconds), comma-separated; empty for none.
    pub fn encode(&self) -> String {
        let entries: Vec<String> = self
            .iter()
            .map(|(original, change)| match change {
                Change::Skip => original.timestamp().to_string(),
                Change::Move(to) => format!("{}={}", original.timestamp(), to.timestamp()),
            })
            .collect();
        entries.join(",")
    }

    /// The stored form back; `None` for text `encode` cannot have written.
    pub fn decode(text: &str) -> Option<Exceptions> {
        let time = |s: &str| {
            s.parse::<i64>()
                .ok()
                .and_then(|t| DateTime::from_timestamp(t, 0))
        };
        let mut map = BTreeMap::new();
        for entry in text.split(',').filter(|e| !e.is_empty()) {
            let (original, change) = match entry.split_once('=') {
                None => (time(entry)?, Change::Skip),
                Some((original, to)) => (time(original)?, Change::Move(time(to)?)),
            };
            map.insert(original, change);
        }
        Some(Exceptions(map))
    }

    /// Those that still name an occurrence of `schedule` (after the organiser
    /// changed the series), if together they still keep its rules; else none.
    pub fn still_fitting(&self, schedule: &Schedule) -> Exceptions {
        let slots: Vec<DateTime<Utc>> = (0..schedule.count)
            .map_while(|n| schedule.slot(n))
            .collect();
        let kept = Exceptions(
            self.0
                .iter()
                .filter(|(original, _)| slots.binary_search(original).is_ok())
                .map(|(t, c)| (*t, *c))
                .collect(),
        );
        let candidate = Schedule {
            exceptions: kept.clone(),
            ..schedule.clone()
        };
        if keeps_its_rules(&candidate, 0) {
            kept
        } else {
            Exceptions::default()
        }
    }
}

/// A change the organiser asks for: skip, move or restore one occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    Skip,
    Move { date_time: NaiveDateTime },
    Restore,
}

/// The schedule with `request` applied to the occurrence `named` (its start
/// as the rule gives it, or as it was moved to), for a meeting whose current
/// occurrence is `current`, at `now`. The occurrence may lie before the
/// current one (skipped ones are passed over), as long as it has not begun.
pub fn apply(
    schedule: &Schedule,
    current: u32,
    named: DateTime<Utc>,
    request: Request,
    now: DateTime<Utc>,
) -> Result<Schedule, DomainError> {
    if schedule.repeat == Repeat::None {
        return Err(DomainError::invalid("error_exception_one_off"));
    }
    let n = find(schedule, named)?;
    let original = schedule.slot(n).ok_or_else(unknown)?;
    if schedule.held_start(n).unwrap_or(original) <= now {
        return Err(DomainError::invalid("error_exception_past"));
    }
    let mut exceptions = schedule.exceptions.0.clone();
    match request {
        Request::Skip => {
            exceptions.insert(original, Change::Skip);
        }
        Request::Restore => {
            if exceptions.remove(&original).is_none() {
                return Err(DomainError::invalid("error_exception_none"));
            }
        }
        Request::Move { date_time } => {
            let tz = schedule.tz;
            if !local_time_exists(tz, date_time) {
                return Err(DomainError::invalid("error_time_nonexistent")
                    .arg("time", date_time.format("%Y-%m-%d %H:%M").to_string())
                    .arg("tz", tz.name().to_string()));
            }
            let to = resolve_local(tz, date_time);
            if to <= now {
                return Err(DomainError::invalid("error_exception_past"));
            }
            if to == original {
                exceptions.remove(&original);
            } else {
                exceptions.insert(original, Change::Move(to));
            }
        }
    }
    if exceptions.len() > MAX_EXCEPTIONS {
        return Err(DomainError::invalid("error_exceptions_too_many")
            .arg("max", MAX_EXCEPTIONS.to_string()));
    }
    let changed = Schedule {
        exceptions: Exceptions(exceptions),
        ..schedule.clone()
    };
    if changed.next_held(current).is_none() {
        return Err(DomainError::invalid("error_exception_last"));
    }
    if !keeps_its_rules(&changed, 0) {
        return Err(DomainError::invalid("error_exception_order"));
    }
    Ok(changed)
}

/// The occurrence that starts at `named`, as the rule has it or as it was moved.
fn find(schedule: &Schedule, named: DateTime<Utc>) -> Result<u32, DomainError> {
    (0..schedule.count)
        .map_while(|n| schedule.slot(n).map(|slot| (n, slot)))
        .find(|&(n, slot)| slot == named || schedule.held_start(n) == Some(named))
        .map(|(n, _)| n)
        .ok_or_else(unknown)
}

fn unknown() -> DomainError {
    DomainError::invalid("error_occurrence_unknown")
}

/// Whether the held occurrences from `from` on start one after the other, no
/// two at the same time, and at least one is held.
fn keeps_its_rules(schedule: &Schedule, from: u32) -> bool {
    let starts: Vec<DateTime<Utc>> = schedule
        .held()
        .filter(|&(n, _)| n >= from)
        .map(|(_, t)| t)
        .collect();
    !starts.is_empty() && starts.windows(2).all(|w| w[0] < w[1])
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;
    use chrono_tz::Tz;

    fn weekly(count: u32) -> Schedule {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let local = NaiveDateTime::parse_from_str("2026-03-19 10:00", "%Y-%m-%d %H:%M").unwrap();
        Schedule {
            series_start: resolve_local(tz, local),
            tz,
            repeat: Repeat::Weekly,
            count,
            exceptions: Exceptions::default(),
        }
    }

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn key(e: DomainError) -> &'static str {
        match e {
            DomainError::Invalid { key, .. } => key,
            DomainError::Randomness(_) => "randomness",
        }
    }

    #[test]
    fn the_stored_form_round_trips() {
        let s = weekly(4);
        let now = s.series_start - Duration::days(1);
        let second = s.slot(1).unwrap();
        let s = apply(&s, 0, second, Request::Skip, now).unwrap();
        let third = s.slot(2).unwrap();
        let moved = Request::Move {
            date_time: local("2026-04-03 15:30"),
        };
        let s = apply(&s, 0, third, moved, now).unwrap();
        let text = s.exceptions.encode();
        assert_eq!(
            text,
            format!("{},{}=1775223000", second.timestamp(), third.timestamp())
        );
        assert_eq!(Exceptions::decode(&text), Some(s.exceptions.clone()));
        for bad in ["x", "1=", "=1", "1=2=3", "99999999999999999999"] {
            assert_eq!(Exceptions::decode(bad), None, "{bad}");
        }
        assert_eq!(Exceptions::decode(""), Some(Exceptions::default()));
    }

    #[test]
    fn skips_and_moves_change_the_held_occurrences() {
        let s = weekly(4);
        let now = s.series_start - Duration::days(1);
        let first = s.slot(0).unwrap();
        let s = apply(&s, 0, first, Request::Skip, now).unwrap();
        assert_eq!(s.next_held(0), Some((1, s.slot(1).unwrap())));
        assert_eq!(s.held().count(), 3);
        // The third on Friday afternoon instead of Thursday morning.
        let third = s.slot(2).unwrap();
        let friday = Request::Move {
            date_time: local("2026-04-03 15:30"),
        };
        let s = apply(&s, 0, third, friday, now).unwrap();
        assert_eq!(
            s.held_start(2).unwrap().to_rfc3339(),
            "2026-04-03T13:30:00+00:00"
        );
        // Restore by the moved time or by the rule's.
        let moved = s.held_start(2).unwrap();
        let back = apply(&s, 0, moved, Request::Restore, now).unwrap();
        assert_eq!(back.held_start(2), Some(third));
        assert_eq!(
            key(apply(&back, 0, third, Request::Restore, now).unwrap_err()),
            "error_exception_none"
        );
    }

    #[test]
    fn what_is_refused() {
        let s = weekly(3);
        let now = s.series_start - Duration::days(1);
        let at = |n| s.slot(n).unwrap();
        let refused = |s: &Schedule, named, r, now| key(apply(s, 0, named, r, now).unwrap_err());
        // Past the next one, onto the one before, into the spring gap.
        let past_next = Request::Move {
            date_time: local("2026-04-02 11:00"),
        };
        assert_eq!(refused(&s, at(1), past_next, now), "error_exception_order");
        let onto = Request::Move {
            date_time: local("2026-03-19 10:00"),
        };
        assert_eq!(refused(&s, at(1), onto, now), "error_exception_order");
        let gap = Request::Move {
            date_time: local("2026-03-29 02:30"),
        };
        assert_eq!(refused(&s, at(1), gap, now), "error_time_nonexistent");
        // Not an occurrence; begun; into the past; the last one left.
        assert_eq!(
            refused(&s, at(0) + Duration::minutes(1), Request::Skip, now),
            "error_occurrence_unknown"
        );
        assert_eq!(
            refused(&s, at(0), Request::Skip, at(0)),
            "error_exception_past"
        );
        let earlier = Request::Move {
            date_time: local("2026-03-17 10:00"),
        };
        assert_eq!(
            refused(&s, at(0), earlier, at(0) - Duration::days(1)),
            "error_exception_past"
        );
        let s2 = apply(&s, 0, at(0), Request::Skip, now).unwrap();
        let s2 = apply(&s2, 0, at(1), Request::Skip, now).unwrap();
        assert_eq!(
            refused(&s2, at(2), Request::Skip, now),
            "error_exception_last"
        );
        // A one-off has no occurrences to skip.
        let one = Schedule {
            repeat: Repeat::None,
            count: 1,
            ..weekly(1)
        };
        assert_eq!(
            refused(&one, at(0), Request::Skip, now),
            "error_exception_one_off"
        );
    }

    #[test]
    fn at_most_a_hundred() {
        let mut s = Schedule {
            repeat: Repeat::Daily,
            ..weekly(200)
        };
        let now = s.series_start - Duration::days(1);
        for n in 0..MAX_EXCEPTIONS as u32 {
            s = apply(&s, 0, s.slot(n).unwrap(), Request::Skip, now).unwrap();
        }
        let next = s.slot(MAX_EXCEPTIONS as u32).unwrap();
        assert_eq!(
            key(apply(&s, 0, next, Request::Skip, now).unwrap_err()),
            "error_exceptions_too_many"
        );
    }

    #[test]
    fn a_changed_series_keeps_what_still_fits() {
        let s = weekly(4);
        let now = s.series_start - Duration::days(1);
        let s = apply(&s, 0, s.slot(1).unwrap(), Request::Skip, now).unwrap();
        let longer = Schedule {
            count: 8,
            ..s.clone()
        };
        assert_eq!(s.exceptions.still_fitting(&longer), s.exceptions);
        let later = Schedule {
            series_start: s.series_start + Duration::hours(1),
            ..s.clone()
        };
        assert!(s.exceptions.still_fitting(&later).is_empty());
    }
}
