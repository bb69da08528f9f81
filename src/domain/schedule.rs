//! The model: a meeting's schedule and its recurrence arithmetic.
//!
//! Occurrences are computed in the meeting's own time zone by the rules of
//! RFC 5545, so that the server and the `.ics` RRULE describe the same series:
//! - the local wall-clock time stays the same across DST changes;
//! - a monthly series on the 29th, 30th or 31st skips months without that day;
//! - a local time that falls into a DST gap is read with the offset before the
//!   gap (02:30 on the spring-forward day in Berlin becomes 03:30 CEST);
//! - an ambiguous local time (the repeated hour in autumn) is the first one;
//! - "monthly on the same weekday" takes the weekday and its ordinal from the
//!   start date (the second Tuesday: `BYDAY=2TU`) and skips months without it
//!   (a fifth Monday); "on the last weekday" is `BYDAY=-1FR`;
//! - "every weekday" counts meetings, Monday to Friday, not weeks.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

use super::exceptions::{Change, Exceptions};
use super::repeat::{
    Repeat, is_last_weekday, is_weekend, nth_monthly, nth_monthly_weekday, nth_weekday,
    weekday_code, weekday_ordinal,
};

/// When a meeting takes place: the first start, its zone, the rule, the
/// total number of occurrences (1 for a one-off) and the occurrences skipped
/// or moved (`exceptions.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub series_start: DateTime<Utc>,
    pub tz: Tz,
    pub repeat: Repeat,
    pub count: u32,
    pub exceptions: Exceptions,
}

impl Schedule {
    /// The local wall-clock time the series is anchored at (RFC 5545 DTSTART).
    pub fn local_start(&self) -> NaiveDateTime {
        self.series_start.with_timezone(&self.tz).naive_local()
    }

    /// Whether the rule can be built from the start date: "every weekday" must
    /// start on one, "the last Friday" on a last Friday. (RFC 5545 would count
    /// such a start as an extra first meeting; Planado refuses it instead.)
    pub fn fits_its_start(&self) -> bool {
        let date = self.local_start().date();
        match self.repeat {
            Repeat::Weekdays => !is_weekend(date),
            Repeat::MonthlyLastWeekday => is_last_weekday(date),
            _ => true,
        }
    }

    /// For the monthly weekday rules: which (`"1"` … `"5"` or `"last"`) and
    /// which weekday (1 for Monday … 7) the series keeps.
    pub fn weekday_in_month(&self) -> Option<(String, u32)> {
        let date = self.local_start().date();
        let weekday = date.weekday().number_from_monday();
        match self.repeat {
            Repeat::MonthlyWeekday => Some((weekday_ordinal(date).to_string(), weekday)),
            Repeat::MonthlyLastWeekday => Some(("last".to_string(), weekday)),
            _ => None,
        }
    }

    /// RFC 5545 `BYDAY` for the weekday rules, from the start date.
    pub fn byday(&self) -> Option<String> {
        let date = self.local_start().date();
        let day = weekday_code(date.weekday());
        match self.repeat {
            Repeat::MonthlyWeekday => Some(format!("{}{day}", weekday_ordinal(date))),
            Repeat::MonthlyLastWeekday => Some(format!("-1{day}")),
            Repeat::Weekdays => Some("MO,TU,WE,TH,FR".to_string()),
            _ => None,
        }
    }

    /// The start the rule gives occurrence `n` (0-based), before exceptions;
    /// `None` past the end.
    pub fn slot(&self, n: u32) -> Option<DateTime<Utc>> {
        if n >= self.count {
            return None;
        }
        let anchor = self.local_start();
        let local = match (self.repeat, self.repeat.step_days()) {
            (Repeat::None, _) => (n == 0).then_some(anchor)?,
            (_, Some(days)) => anchor.checked_add_signed(Duration::days(days * i64::from(n)))?,
            (Repeat::Monthly, None) => nth_monthly(anchor, n)?,
            (Repeat::MonthlyWeekday | Repeat::MonthlyLastWeekday, None) => {
                nth_monthly_weekday(anchor, n, self.repeat == Repeat::MonthlyLastWeekday)?
            }
            (Repeat::Weekdays, None) => nth_weekday(anchor, n)?,
            _ => return None,
        };
        Some(resolve_local(self.tz, local))
    }

    /// When occurrence `n` takes place, its exception applied; `None` when it
    /// is skipped or past the end.
    pub fn held_start(&self, n: u32) -> Option<DateTime<Utc>> {
        self.slot(n).and_then(|slot| self.as_held(slot))
    }

    /// A start of the rule with its exception applied (`None`: skipped).
    fn as_held(&self, slot: DateTime<Utc>) -> Option<DateTime<Utc>> {
        if self.exceptions.is_empty() {
            return Some(slot);
        }
        match self.exceptions.get(slot) {
            None => Some(slot),
            Some(Change::Move(to)) => Some(to),
            Some(Change::Skip) => None,
        }
    }

    /// The first occurrence from `n` on that is not skipped, with its start.
    pub fn next_held(&self, n: u32) -> Option<(u32, DateTime<Utc>)> {
        (n..self.count)
            .map_while(|k| self.slot(k).map(|slot| (k, slot)))
            .find_map(|(k, slot)| self.as_held(slot).map(|start| (k, start)))
    }

    /// The occurrences that take place, with their numbers, in order.
    pub fn held(&self) -> impl Iterator<Item = (u32, DateTime<Utc>)> + '_ {
        let mut n = 0;
        std::iter::from_fn(move || {
            let (k, start) = self.next_held(n)?;
            n = k + 1;
            Some((k, start))
        })
    }

    /// How many occurrences take place (the rule's count less the skipped).
    pub fn held_count(&self) -> u32 {
        let skipped = self
            .exceptions
            .iter()
            .filter(|(_, c)| *c == Change::Skip)
            .count();
        self.count.saturating_sub(skipped as u32)
    }

    /// The starts of the occurrences that take place, in order.
    pub fn occurrences(&self) -> impl Iterator<Item = DateTime<Utc>> + '_ {
        self.held().map(|(_, start)| start)
    }

    /// Whether occurrence `n` is over at `now`: `expire` after its start, or as
    /// soon as the next one opens (`open_early` before its start), whichever
    /// comes first.
    fn is_over(&self, n: u32, start: DateTime<Utc>, now: DateTime<Utc>, window: Window) -> bool {
        now >= start + window.expire
            || self
                .next_held(n + 1)
                .is_some_and(|(_, next)| now >= next - window.open_early)
    }

    /// The occurrence that is current at `now`, looking from occurrence `from`
    /// on: the first one not over yet. `None` when the whole series is over.
    pub fn current(
        &self,
        from: u32,
        now: DateTime<Utc>,
        window: Window,
    ) -> Option<(u32, DateTime<Utc>)> {
        let mut n = from;
        loop {
            let (k, start) = self.next_held(n)?;
            if !self.is_over(k, start, now, window) {
                return Some((k, start));
            }
            n = k + 1;
        }
    }

    /// When occurrence `n` stops being current (cleanup's due time).
    pub fn due_at(&self, n: u32, window: Window) -> Option<DateTime<Utc>> {
        let end = self.held_start(n)? + window.expire;
        Some(match self.next_held(n + 1) {
            Some((_, next)) if next - window.open_early < end => next - window.open_early,
            _ => end,
        })
    }
}

/// How long around its start an occurrence is open: from `open_early` before
/// the start until `expire` after it (or until the next one opens).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub open_early: Duration,
    pub expire: Duration,
}

impl Window {
    /// Open from the start (as before doors opened early) until `expire` after it.
    pub fn from_start(expire: Duration) -> Window {
        Window {
            open_early: Duration::zero(),
            expire,
        }
    }
}

/// A local wall-clock time in `tz` as an instant, by RFC 5545's rules for
/// times that do not exist (gap: the offset before it) or exist twice (the first).
pub fn resolve_local(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
        LocalResult::None => {
            let before = tz
                .offset_from_local_datetime(&(local - Duration::days(1)))
                .earliest()
                .map(|o| o.fix())
                .unwrap_or_else(|| tz.offset_from_utc_datetime(&local).fix());
            DateTime::from_naive_utc_and_offset(local - before, Utc)
        }
    }
}

/// Whether a local time exists exactly as written in `tz` (not in a DST gap).
pub fn local_time_exists(tz: Tz, local: NaiveDateTime) -> bool {
    !matches!(tz.from_local_datetime(&local), LocalResult::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(tz: Tz, s: &str) -> DateTime<Utc> {
        let local = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        resolve_local(tz, local)
    }

    fn local(tz: Tz, t: DateTime<Utc>) -> String {
        t.with_timezone(&tz).format("%Y-%m-%d %H:%M %Z").to_string()
    }

    #[test]
    fn weekly_berlin_stays_at_ten_across_dst() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let s = Schedule {
            series_start: at(tz, "2026-03-19 10:00"),
            tz,
            repeat: Repeat::Weekly,
            count: 3,
            exceptions: Exceptions::default(),
        };
        let got: Vec<String> = s.occurrences().map(|t| local(tz, t)).collect();
        assert_eq!(
            got,
            [
                "2026-03-19 10:00 CET",
                "2026-03-26 10:00 CET",
                "2026-04-02 10:00 CEST"
            ]
        );
        assert_eq!(s.slot(1).unwrap() - s.slot(0).unwrap(), Duration::days(7));
        assert_eq!(
            s.slot(2).unwrap() - s.slot(1).unwrap(),
            Duration::hours(24 * 7 - 1)
        );
    }

    #[test]
    fn monthly_on_the_31st_skips_short_months() {
        let tz: Tz = "America/New_York".parse().unwrap();
        let s = Schedule {
            series_start: at(tz, "2027-01-31 18:30"),
            tz,
            repeat: Repeat::Monthly,
            count: 4,
            exceptions: Exceptions::default(),
        };
        let got: Vec<String> = s.occurrences().map(|t| local(tz, t)).collect();
        assert_eq!(
            got,
            [
                "2027-01-31 18:30 EST",
                "2027-03-31 18:30 EDT",
                "2027-05-31 18:30 EDT",
                "2027-07-31 18:30 EDT"
            ]
        );
    }

    #[test]
    fn a_time_in_the_gap_moves_forward_by_the_gap() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let s = Schedule {
            series_start: at(tz, "2026-03-22 02:30"),
            tz,
            repeat: Repeat::Weekly,
            count: 3,
            exceptions: Exceptions::default(),
        };
        let got: Vec<String> = s.occurrences().map(|t| local(tz, t)).collect();
        assert_eq!(
            got,
            [
                "2026-03-22 02:30 CET",
                "2026-03-29 03:30 CEST",
                "2026-04-05 02:30 CEST"
            ]
        );
        let local_2_30 =
            NaiveDateTime::parse_from_str("2026-03-29 02:30", "%Y-%m-%d %H:%M").unwrap();
        assert!(!local_time_exists(tz, local_2_30));
    }

    #[test]
    fn an_ambiguous_time_is_the_first() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        assert_eq!(
            local(tz, at(tz, "2026-10-25 02:30")),
            "2026-10-25 02:30 CEST"
        );
    }

    #[test]
    fn current_occurrence_follows_the_clock() {
        let tz = Tz::UTC;
        let s = Schedule {
            series_start: at(tz, "2026-01-01 10:00"),
            tz,
            repeat: Repeat::Daily,
            count: 3,
            exceptions: Exceptions::default(),
        };
        let expire = Duration::hours(23);
        let before = at(tz, "2025-12-31 10:00");
        assert_eq!(
            s.current(0, before, Window::from_start(expire)).unwrap().0,
            0
        );
        assert_eq!(
            s.current(0, at(tz, "2026-01-01 12:00"), Window::from_start(expire))
                .unwrap()
                .0,
            0
        );
        assert_eq!(
            s.current(0, at(tz, "2026-01-02 09:30"), Window::from_start(expire))
                .unwrap()
                .0,
            1
        );
        assert_eq!(
            s.current(0, at(tz, "2026-01-03 10:00"), Window::from_start(expire))
                .unwrap()
                .0,
            2
        );
        assert_eq!(
            s.current(0, at(tz, "2026-01-04 09:00"), Window::from_start(expire)),
            None
        );
        // An expiry longer than the step hands over at the next start.
        assert_eq!(
            s.current(
                0,
                at(tz, "2026-01-02 10:00"),
                Window::from_start(Duration::hours(48))
            )
            .unwrap()
            .0,
            1
        );
        assert_eq!(
            s.due_at(0, Window::from_start(Duration::hours(48))),
            Some(at(tz, "2026-01-02 10:00"))
        );
    }

    fn series(tz: &str, start: &str, repeat: Repeat, count: u32) -> (Schedule, Vec<String>) {
        let tz: Tz = tz.parse().unwrap();
        let s = Schedule {
            series_start: at(tz, start),
            tz,
            repeat,
            count,
            exceptions: Exceptions::default(),
        };
        let shown = s.occurrences().map(|t| local(tz, t)).collect();
        (s, shown)
    }

    #[test]
    fn monthly_on_the_same_weekday() {
        // 10 March 2026 is the second Tuesday.
        let (s, shown) = series(
            "Europe/Berlin",
            "2026-03-10 18:00",
            Repeat::MonthlyWeekday,
            3,
        );
        assert_eq!(
            shown,
            [
                "2026-03-10 18:00 CET",
                "2026-04-14 18:00 CEST",
                "2026-05-12 18:00 CEST"
            ]
        );
        assert_eq!(s.byday().as_deref(), Some("2TU"));
        assert_eq!(s.weekday_in_month(), Some(("2".to_string(), 2)));
        // 30 March 2026 is a fifth Monday: months without one are skipped.
        let (s, shown) = series(
            "Europe/Berlin",
            "2026-03-30 09:00",
            Repeat::MonthlyWeekday,
            3,
        );
        assert_eq!(
            shown,
            [
                "2026-03-30 09:00 CEST",
                "2026-06-29 09:00 CEST",
                "2026-08-31 09:00 CEST"
            ]
        );
        assert_eq!(s.byday().as_deref(), Some("5MO"));
    }

    #[test]
    fn monthly_on_the_last_weekday() {
        // 27 March 2026 is the last Friday of March.
        let (s, shown) = series(
            "America/New_York",
            "2026-03-27 12:00",
            Repeat::MonthlyLastWeekday,
            3,
        );
        assert_eq!(
            shown,
            [
                "2026-03-27 12:00 EDT",
                "2026-04-24 12:00 EDT",
                "2026-05-29 12:00 EDT"
            ]
        );
        assert!(s.fits_its_start());
        assert_eq!(s.byday().as_deref(), Some("-1FR"));
        let (s, _) = series(
            "America/New_York",
            "2026-03-20 12:00",
            Repeat::MonthlyLastWeekday,
            3,
        );
        assert!(!s.fits_its_start(), "20 March is not the last Friday");
    }

    #[test]
    fn every_weekday_counts_meetings() {
        // Thursday 26 March 2026, across the weekend and the DST change.
        let (s, shown) = series("Europe/Berlin", "2026-03-26 08:30", Repeat::Weekdays, 4);
        assert_eq!(
            shown,
            [
                "2026-03-26 08:30 CET",
                "2026-03-27 08:30 CET",
                "2026-03-30 08:30 CEST",
                "2026-03-31 08:30 CEST"
            ]
        );
        assert_eq!(s.byday().as_deref(), Some("MO,TU,WE,TH,FR"));
        let (s, _) = series("Europe/Berlin", "2026-03-28 08:30", Repeat::Weekdays, 4);
        assert!(!s.fits_its_start(), "a Saturday start");
    }
}
