//! The series the server walks is exactly the series the `.ics` describes: an
//! independent expander (the `rrule` crate) reads the DTSTART and RRULE lines
//! of our calendar file, over random zones, starts, rules and counts.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::{TZ_VARIANTS, Tz};
use planado::calendar::{Event, calendar};
use planado::meeting::{Repeat, Schedule, local_time_exists, resolve_local};
use proptest::prelude::*;

fn calendar_of(schedule: &Schedule) -> String {
    let event = Event {
        uid: "x@test".into(),
        sequence: 0,
        stamp: Utc::now(),
        summary: "x",
        description: String::new(),
        url: "https://planado.test/invite?id=x".into(),
        length: Duration::hours(1),
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
    // Bookings refuse a start that does not exist; the rrule crate's parser
    // refuses one that exists twice.
    prop_assume!(local_time_exists(tz, local) && tz.from_local_datetime(&local).single().is_some());
    let schedule = Schedule {
        series_start: resolve_local(tz, local),
        tz,
        repeat,
        count,
    };
    let ours: Vec<_> = schedule.occurrences().collect();
    prop_assume!(
        ours.iter()
            .all(|t| rrule_crate_can_resolve(tz, t.with_timezone(&tz).naive_local()))
    );
    let mut input = rrule_input(&calendar_of(&schedule));
    if !input.contains("RRULE") {
        // A one-off is its DTSTART alone; the crate wants a rule to expand.
        input.push_str("\nRRULE:FREQ=DAILY;COUNT=1");
    }
    let set: rrule::RRuleSet = input
        .parse()
        .map_err(|e| TestCaseError::fail(format!("{input}: {e}")))?;
    let theirs: Vec<_> = set
        .all(600)
        .dates
        .into_iter()
        .map(|t| t.with_timezone(&Utc))
        .collect();
    prop_assert_eq!(&ours, &theirs, "{}", input);
    prop_assert_eq!(ours.len() as u32, count);
    Ok(())
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn server_and_calendar_agree(tz in any_zone(), local in any_local(), repeat in any_repeat(), count in 1u32..=60) {
        check(tz, local, repeat, count)?;
    }

    /// Around DST changes, where the arithmetic is hard: starts an hour or two
    /// before a change in the zones with most users.
    #[test]
    fn agree_across_dst_changes(
        zone in prop::sample::select(vec!["Europe/Berlin", "America/New_York", "America/Los_Angeles", "Australia/Sydney", "America/Sao_Paulo", "Europe/London", "Australia/Lord_Howe", "America/St_Johns"]),
        year in 2024i32..2034,
        week in 0i64..52,
        hour in 0u32..24,
        repeat in any_repeat(),
        count in 2u32..=30,
    ) {
        let tz: Tz = zone.parse().unwrap();
        let local = NaiveDate::from_ymd_opt(year, 1, 1).unwrap().and_hms_opt(hour, 30, 0).unwrap() + Duration::weeks(week);
        check(tz, local, repeat, count)?;
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
