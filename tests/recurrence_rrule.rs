//! The series the server walks is exactly the series the `.ics` describes: an
//! independent expander (the `rrule` crate) reads the DTSTART and RRULE lines
//! of our calendar file, over random zones, starts, rules and counts.

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
};
use chrono_tz::{TZ_VARIANTS, Tz};
use planado::domain::calendar::{Event, calendar};
use planado::domain::schedule::{local_time_exists, resolve_local};
use planado::domain::{Repeat, Schedule};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

fn calendar_of(schedule: &Schedule) -> String {
    let event = Event {
        uid: "x@test".into(),
        sequence: 0,
        stamp: Utc::now(),
        summary: "x".into(),
        description: String::new(),
        url: "https://planado.test/invite?id=x".into(),
        length: Duration::hours(1),
        reminder: None,
        last_modified: None,
        cancelled: false,
        refresh: None,
    };
    calendar(schedule, &event)
}

/// DTSTART and RRULE of the VEVENT, as an `rrule` crate input.
fn rrule_input(ics: &str) -> String {
    let event = ics.split("BEGIN:VEVENT").nth(1).unwrap();
    event
        .split("\r\n")
        .filter(|l| l.starts_with("DTSTART") || l.starts_with("RRULE"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `rrule` crate resolves a local time that does not exist, or exists
/// twice, by adding the time of day to local midnight; where midnight itself
/// does not exist (zones that change at 00:00) it drops the occurrence, which
/// RFC 5545 does not allow. Those cases are left to the Python check in CI.
fn rrule_crate_can_resolve(tz: Tz, local: NaiveDateTime) -> bool {
    tz.from_local_datetime(&local).single().is_some()
        || tz
            .from_local_datetime(&local.date().and_time(NaiveTime::MIN))
            .single()
            .is_some()
}

fn check(tz: Tz, local: NaiveDateTime, repeat: Repeat, count: u32) -> Result<(), TestCaseError> {
    let count = if repeat == Repeat::None { 1 } else { count };
    // Bookings refuse a start that does not exist.
    prop_assume!(local_time_exists(tz, local));
    let mut schedule = Schedule {
        series_start: resolve_local(tz, local),
        tz,
        repeat,
        count,
        exceptions: Default::default(),
    };
    // Bookings refuse a rule that does not fit its start ("every weekday" from
    // a Saturday); such a start gets the weekday rule that fits every start.
    if !schedule.fits_its_start() {
        schedule.repeat = Repeat::MonthlyWeekday;
    }
    let ours: Vec<_> = schedule.occurrences().collect();
    prop_assert_eq!(ours.len() as u32, count);
    // RFC 5545: a time that exists twice is the first of the two.
    let first = tz
        .from_local_datetime(&local)
        .earliest()
        .unwrap()
        .with_timezone(&Utc);
    prop_assert_eq!(ours[0], first, "the start of {} in {}", local, tz.name());
    prop_assume!(ours.iter().all(|t| {
        // The wall-clock time the rule names: as it reads now, or, for one in
        // a gap, as it read before the gap.
        let before_gap =
            t.naive_utc() + Duration::seconds(offset(tz, *t - Duration::hours(6)).into());
        rrule_crate_can_resolve(tz, t.with_timezone(&tz).naive_local())
            && rrule_crate_can_resolve(tz, before_gap)
    }));
    if tz.from_local_datetime(&local).single().is_some() {
        let theirs = expand(&calendar_of(&schedule))?;
        prop_assert_eq!(&ours, &theirs);
    } else if count > 1 {
        // The rrule crate refuses an ambiguous DTSTART. The series from the
        // second occurrence on is the same rule started there: check that.
        let rest = Schedule {
            series_start: ours[1],
            count: count - 1,
            ..schedule.clone()
        };
        prop_assume!(
            tz.from_local_datetime(&rest.local_start())
                .single()
                .is_some()
        );
        // Only the same rule when the second occurrence keeps the wall-clock
        // time: one that falls into a gap (read with the offset before it)
        // would anchor the rest an hour off (Casablanca, 26 January 2031).
        prop_assume!(rest.local_start().time() == local.time());
        let theirs = expand(&calendar_of(&rest))?;
        prop_assert_eq!(&ours[1..], &theirs[..]);
    }
    Ok(())
}

/// The series the `rrule` crate reads from the DTSTART and RRULE of a file.
fn expand(ics: &str) -> Result<Vec<DateTime<Utc>>, TestCaseError> {
    let mut input = rrule_input(ics);
    if !input.contains("RRULE") {
        // A one-off is its DTSTART alone; the crate wants a rule to expand.
        input.push_str("\nRRULE:FREQ=DAILY;COUNT=1");
    }
    let set: rrule::RRuleSet = input
        .parse()
        .map_err(|e| TestCaseError::fail(format!("{input}: {e}")))?;
    Ok(set
        .all(600)
        .dates
        .into_iter()
        .map(|t| t.with_timezone(&Utc))
        .collect())
}

fn any_zone() -> impl Strategy<Value = Tz> {
    (0..TZ_VARIANTS.len()).prop_map(|i| TZ_VARIANTS[i])
}

fn any_repeat() -> impl Strategy<Value = Repeat> {
    (0..Repeat::ALL.len()).prop_map(|i| Repeat::ALL[i])
}

fn any_local() -> impl Strategy<Value = NaiveDateTime> {
    (
        2020i32..2036,
        1u32..=12,
        1u32..=31,
        0u32..24,
        prop::sample::select(vec![0u32, 15, 30, 45]),
    )
        .prop_filter_map("a real date", |(y, m, d, h, min)| {
            NaiveDate::from_ymd_opt(y, m, d).map(|date| date.and_hms_opt(h, min, 0).unwrap())
        })
}

/// The offset of `tz` at `t`, in seconds east of UTC.
fn offset(tz: Tz, t: DateTime<Utc>) -> i32 {
    tz.offset_from_utc_datetime(&t.naive_utc())
        .fix()
        .local_minus_utc()
}

/// The instants in `year` at which the offset of `tz` changes, to the minute,
/// found from chrono-tz's offsets alone (an hourly scan, then bisection).
fn transitions(tz: Tz, year: i32) -> Vec<DateTime<Utc>> {
    let from = Utc.with_ymd_and_hms(year, 1, 1, 0, 0, 0).unwrap();
    let mut found = Vec::new();
    let mut t = from;
    while t.year() == year {
        let next = t + Duration::hours(1);
        if offset(tz, t) != offset(tz, next) {
            let (mut lo, mut hi) = (t, next);
            while hi - lo > Duration::minutes(1) {
                let mid = lo + (hi - lo) / 2;
                if offset(tz, mid) == offset(tz, lo) {
                    lo = mid
                } else {
                    hi = mid
                }
            }
            found.push(hi);
        }
        t = next;
    }
    found
}

/// A zone and its changes of offset in each year of `YEARS`.
type ZoneChanges = (Tz, Vec<Vec<DateTime<Utc>>>);

/// Every zone whose offset changes in 2030, with its changes in each year of
/// the test's range (computed once).
fn zones_with_transitions() -> &'static Vec<ZoneChanges> {
    static ZONES: std::sync::OnceLock<Vec<ZoneChanges>> = std::sync::OnceLock::new();
    ZONES.get_or_init(|| {
        TZ_VARIANTS
            .iter()
            .filter(|tz| !transitions(**tz, 2030).is_empty())
            .map(|tz| (*tz, YEARS.map(|y| transitions(*tz, y)).collect()))
            .collect()
    })
}

const YEARS: std::ops::Range<i32> = 2026..2034;

/// A local start within two hours of a change of offset (in the gap, in the
/// repeated hour, or just beside them), in any zone that has changes.
fn near_a_transition() -> impl Strategy<Value = (Tz, NaiveDateTime)> {
    (
        any::<prop::sample::Index>(),
        0..YEARS.len(),
        any::<prop::sample::Index>(),
        -8i64..=8,
    )
        .prop_filter_map("a year with a change", |(zone, year, which, quarters)| {
            let zones = zones_with_transitions();
            let (tz, by_year) = &zones[zone.index(zones.len())];
            let changes = &by_year[year];
            if changes.is_empty() {
                return None;
            }
            let change = changes[which.index(changes.len())];
            // The wall-clock time at the change, read in the offset before it.
            let wall = change.naive_utc()
                + Duration::seconds(offset(*tz, change - Duration::seconds(1)).into());
            Some((*tz, wall + Duration::minutes(15 * quarters)))
        })
}

/// A failure persists its seed in tests/recurrence_rrule.proptest-regressions,
/// which every run replays first.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(3000))]

    #[test]
    fn server_and_calendar_agree(tz in any_zone(), local in any_local(), repeat in any_repeat(), count in 1u32..=60) {
        check(tz, local, repeat, count)?;
    }

    /// Where the arithmetic is hard: starts within two hours of a change of
    /// offset, in every zone that has changes, ambiguous times included.
    #[test]
    fn agree_across_dst_changes(
        (tz, local) in near_a_transition(),
        repeat in any_repeat(),
        count in 2u32..=30,
    ) {
        check(tz, local, repeat, count)?;
    }
}

/// Cases that were hard before, kept as they are (the regressions file keeps
/// the seeds of generated ones): half-hour and negative DST, changes at
/// midnight, ambiguous and skipped starts, month ends, leap days.
#[test]
fn known_hard_cases() {
    let cases = [
        ("Europe/Berlin", "2026-10-25 02:30", Repeat::Weekly, 5),
        ("Europe/Berlin", "2027-03-28 01:45", Repeat::Daily, 3),
        ("Europe/Berlin", "2024-01-01 00:30", Repeat::None, 1),
        ("Australia/Lord_Howe", "2027-04-04 01:45", Repeat::Daily, 4),
        ("Australia/Lord_Howe", "2026-10-04 01:30", Repeat::Weekly, 6),
        ("Europe/Dublin", "2027-10-31 01:30", Repeat::Biweekly, 6),
        ("Africa/Casablanca", "2027-01-10 02:30", Repeat::Weekly, 30),
        ("America/Havana", "2027-03-13 23:30", Repeat::Daily, 4),
        ("America/Santiago", "2027-04-03 23:30", Repeat::Weekly, 4),
        (
            "America/St_Johns",
            "2027-11-07 01:30",
            Repeat::Fourweekly,
            13,
        ),
        ("Pacific/Chatham", "2027-04-04 03:30", Repeat::Monthly, 12),
        ("America/New_York", "2028-01-31 18:30", Repeat::Monthly, 24),
        ("Europe/London", "2028-02-29 09:00", Repeat::Monthly, 48),
        ("Africa/Abidjan", "2020-01-01 00:00", Repeat::None, 1),
    ];
    for (zone, local, repeat, count) in cases {
        let tz: Tz = zone.parse().unwrap();
        let local = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap();
        // A known case is checked, never set aside: one the check refuses
        // would pass while testing nothing.
        if let Err(e) = check(tz, local, repeat, count) {
            panic!("{zone} {local} {repeat:?} x{count}: {e}");
        }
    }
}

/// The long series at the bound: 520 weekly and monthly occurrences.
#[test]
fn the_longest_series_agree() {
    for (zone, repeat) in [
        ("Europe/Berlin", Repeat::Weekly),
        ("America/New_York", Repeat::Monthly),
    ] {
        let tz: Tz = zone.parse().unwrap();
        let local = NaiveDate::from_ymd_opt(2027, 1, 31)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        check(tz, local, repeat, 520).unwrap();
    }
}
