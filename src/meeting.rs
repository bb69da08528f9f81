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

use crate::standing::Standing;
use chrono::{
    DateTime, Datelike, Duration, LocalResult, Months, NaiveDate, NaiveDateTime, Offset, TimeZone,
    Utc, Weekday,
};
use chrono_tz::Tz;

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
    fn step_days(self) -> Option<i64> {
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
fn weekday_code(day: Weekday) -> &'static str {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][day.num_days_from_monday() as usize]
}

/// Which of its weekday a date is in its month: 1 for the first … 5.
fn weekday_ordinal(date: NaiveDate) -> u32 {
    (date.day() - 1) / 7 + 1
}

/// Whether a date is the last of its weekday in its month.
fn is_last_weekday(date: NaiveDate) -> bool {
    date.checked_add_signed(Duration::days(7))
        .is_none_or(|later| later.month() != date.month())
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// When a meeting takes place: the first start, its zone, the rule and the
/// total number of occurrences (1 for a one-off).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub series_start: DateTime<Utc>,
    pub tz: Tz,
    pub repeat: Repeat,
    pub count: u32,
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

    /// The start of occurrence `n` (0-based), or `None` past the end.
    pub fn occurrence(&self, n: u32) -> Option<DateTime<Utc>> {
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

    /// All occurrences in order.
    pub fn occurrences(&self) -> impl Iterator<Item = DateTime<Utc>> + '_ {
        (0..self.count).map_while(|n| self.occurrence(n))
    }

    /// Whether occurrence `n` is over at `now`: `expire` after its start, or as
    /// soon as the next one opens (`open_early` before its start), whichever
    /// comes first.
    fn is_over(&self, n: u32, start: DateTime<Utc>, now: DateTime<Utc>, window: Window) -> bool {
        now >= start + window.expire
            || self
                .occurrence(n + 1)
                .is_some_and(|next| now >= next - window.open_early)
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
            let start = self.occurrence(n)?;
            if !self.is_over(n, start, now, window) {
                return Some((n, start));
            }
            n += 1;
        }
    }

    /// When occurrence `n` stops being current (cleanup's due time).
    pub fn due_at(&self, n: u32, window: Window) -> Option<DateTime<Utc>> {
        let end = self.occurrence(n)? + window.expire;
        Some(match self.occurrence(n + 1) {
            Some(next) if next - window.open_early < end => next - window.open_early,
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

/// The most minutes a room may open before the start.
pub const MAX_OPEN_EARLY_MINUTES: u32 = 60;
/// The shortest and the longest meeting, in minutes.
pub const LENGTH_MINUTES: std::ops::RangeInclusive<u32> = 15..=720;
/// The reminders a calendar entry may carry, in minutes before (0: none).
pub const REMINDER_MINUTES: [u32; 4] = [0, 10, 60, 1440];
/// How long a room stays open after a meeting's end (when that is later than
/// `expire_after_hours` after its start).
const GRACE_AFTER_END: Duration = Duration::minutes(30);

/// A booked meeting as the store keeps it: the three secrets (the admin key
/// only as a hash), the schedule, and which occurrence is the current one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub invite_id: String,
    pub room_id: String,
    pub admin_key_hash: Vec<u8>,
    pub schedule: Schedule,
    /// Index of the current occurrence, 0-based.
    pub occurrence: u32,
    /// Start of the current occurrence.
    pub start: DateTime<Utc>,
    /// When the current occurrence stops being current (cleanup looks here).
    pub due_at: DateTime<Utc>,
    /// Grows with every change by the organiser (the `.ics` SEQUENCE).
    pub sequence: u32,
    /// The admin key came from the PHP Planado, whose keys an invitee can
    /// compute: it is good for one visit to the admin page, which renews it.
    pub legacy_admin_key: bool,
    /// Minutes before each start at which the room opens (0 to 60).
    pub open_early_minutes: u32,
    /// How long each meeting lasts, in minutes (15 to 720); 0 for meetings
    /// booked before lengths existed: the configured `meeting_minutes`.
    pub length_minutes: u32,
    /// Minutes before each meeting at which the invitees' calendars remind
    /// them (0: no reminder).
    pub reminder_minutes: u32,
}

/// What the organiser chose besides the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Choices {
    pub open_early_minutes: u32,
    pub length_minutes: u32,
    pub reminder_minutes: u32,
}

/// What moving a meeting to a later occurrence writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advance {
    pub occurrence: u32,
    pub start: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    /// Each occurrence gets a fresh room, so a former participant cannot come back.
    pub room_id: String,
}

impl Meeting {
    /// A new meeting at the first occurrence of `schedule`, with the
    /// organiser's choices.
    pub fn new(
        invite_id: String,
        room_id: String,
        admin_key_hash: Vec<u8>,
        schedule: Schedule,
        choices: Choices,
        expire: Duration,
    ) -> Meeting {
        let start = schedule.series_start;
        let mut meeting = Meeting {
            invite_id,
            room_id,
            admin_key_hash,
            schedule,
            occurrence: 0,
            start,
            due_at: start + expire,
            sequence: 0,
            legacy_admin_key: false,
            open_early_minutes: choices.open_early_minutes,
            length_minutes: choices.length_minutes,
            reminder_minutes: choices.reminder_minutes,
        };
        if let Some(due_at) = meeting.window_end(expire) {
            meeting.due_at = due_at;
        }
        meeting
    }

    /// When the stored occurrence stops being current with the configured
    /// `expire`: the end of its window, or the next occurrence's opening.
    pub fn window_end(&self, expire: Duration) -> Option<DateTime<Utc>> {
        self.schedule.due_at(self.occurrence, self.window(expire))
    }

    /// This meeting's window with the configured `expire`: an occurrence stays
    /// open `expire` after its start, or until its end plus a grace period
    /// when that is later.
    pub fn window(&self, expire: Duration) -> Window {
        let until_end = Duration::minutes(self.length_minutes.into()) + GRACE_AFTER_END;
        Window {
            open_early: Duration::minutes(self.open_early_minutes.into()),
            expire: if self.length_minutes == 0 {
                expire
            } else {
                expire.max(until_end)
            },
        }
    }

    /// The organiser's choices, to carry them into a changed meeting.
    pub fn choices(&self) -> Choices {
        Choices {
            open_early_minutes: self.open_early_minutes,
            length_minutes: self.length_minutes,
            reminder_minutes: self.reminder_minutes,
        }
    }

    /// How long each meeting lasts; `configured` for meetings booked before
    /// lengths existed.
    pub fn length(&self, configured: Duration) -> Duration {
        match self.length_minutes {
            0 => configured,
            m => Duration::minutes(m.into()),
        }
    }

    /// When the room of the current occurrence opens: the one instant that
    /// decides between the waiting page and the room.
    pub fn opens(&self) -> DateTime<Utc> {
        self.start - Duration::minutes(self.open_early_minutes.into())
    }

    /// Where the meeting stands at `now`: its stored occurrence, a later one
    /// (with the move the store must make; `room` makes the new room id, only
    /// called then, and may fail), or over.
    pub fn at<E>(
        &self,
        now: DateTime<Utc>,
        expire: Duration,
        room: impl FnOnce() -> Result<String, E>,
    ) -> Result<Standing, E> {
        let window = self.window(expire);
        let Some((n, start)) = self.schedule.current(self.occurrence, now, window) else {
            return Ok(Standing::Over);
        };
        if n == self.occurrence {
            return Ok(Standing::Current { start });
        }
        let Some(due_at) = self.schedule.due_at(n, window) else {
            return Ok(Standing::Over);
        };
        Ok(Standing::Moved(Advance {
            occurrence: n,
            start,
            due_at,
            room_id: room()?,
        }))
    }

    pub fn apply(&mut self, advance: Advance) {
        self.occurrence = advance.occurrence;
        self.start = advance.start;
        self.due_at = advance.due_at;
        self.room_id = advance.room_id;
    }

    /// The starts of the current occurrence and up to `n - 1` after it.
    pub fn upcoming(&self, n: usize) -> impl Iterator<Item = DateTime<Utc>> + '_ {
        (self.occurrence..self.schedule.count)
            .map_while(|k| self.schedule.occurrence(k))
            .take(n)
    }

    /// Occurrences left, the current one included.
    pub fn remaining(&self) -> u32 {
        self.schedule.count.saturating_sub(self.occurrence)
    }
}

/// The `n`th month on the anchor's day of the month, skipping months that do
/// not have that day (RFC 5545: invalid dates are ignored, not moved).
fn nth_monthly(anchor: NaiveDateTime, n: u32) -> Option<NaiveDateTime> {
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
fn nth_monthly_weekday(anchor: NaiveDateTime, n: u32, last: bool) -> Option<NaiveDateTime> {
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
fn nth_weekday(anchor: NaiveDateTime, n: u32) -> Option<NaiveDateTime> {
    let from_monday = anchor.weekday().num_days_from_monday();
    if from_monday > 4 {
        return None;
    }
    let total = from_monday + n;
    let days = i64::from(total / 5 * 7 + total % 5) - i64::from(from_monday);
    anchor.checked_add_signed(Duration::days(days))
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
        assert_eq!(
            s.occurrence(1).unwrap() - s.occurrence(0).unwrap(),
            Duration::days(7)
        );
        assert_eq!(
            s.occurrence(2).unwrap() - s.occurrence(1).unwrap(),
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

    fn series(tz: &str, start: &str, repeat: Repeat, count: u32) -> (Schedule, Vec<String>) {
        let tz: Tz = tz.parse().unwrap();
        let s = Schedule {
            series_start: at(tz, start),
            tz,
            repeat,
            count,
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
