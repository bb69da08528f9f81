//! The real `ics` output, checked by independent tools: Python's `icalendar`
//! parses it and `recurring_ical_events` expands the series, which must be
//! exactly the series the server walks, at every change of offset in every
//! zone that has them. Each file is read twice: with its zone's name (Python
//! then uses its own zone data) and with a name no library knows (Python must
//! then use the VTIMEZONE Planado wrote, which must give the same instants). `scripts/test` provides the Python
//! environment (PLANADO_TEST_PYTHON); without it this test fails, never skips.

mod common;

use chrono::{Duration, NaiveDate};
use chrono_tz::{TZ_VARIANTS, Tz};
use common::{Cgi, book, query_of};
use planado::domain::schedule::{local_time_exists, resolve_local};
use planado::domain::{Repeat, Schedule};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

struct Case {
    tz: Tz,
    local: chrono::NaiveDateTime,
    repeat: Repeat,
    count: u32,
}

fn fixed_cases() -> Vec<Case> {
    let c = |tz: &str, local: &str, repeat, count| Case {
        tz: tz.parse().unwrap(),
        local: chrono::NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap(),
        repeat,
        count,
    };
    vec![
        c("Europe/Berlin", "2026-12-01 10:00", Repeat::Weekly, 30),
        c("Europe/Berlin", "2026-12-06 02:30", Repeat::Weekly, 52), // through both gaps and overlaps
        c("Europe/Berlin", "2027-10-31 02:30", Repeat::Daily, 3),   // an ambiguous start: the first
        c("America/New_York", "2027-01-31 18:30", Repeat::Monthly, 24),
        c("America/Los_Angeles", "2027-03-13 02:30", Repeat::Daily, 5),
        c("America/Sao_Paulo", "2027-01-29 23:30", Repeat::Monthly, 12),
        c(
            "Australia/Lord_Howe",
            "2026-12-01 02:15",
            Repeat::Biweekly,
            40,
        ),
        c("Asia/Kolkata", "2027-02-28 09:00", Repeat::Fourweekly, 13),
        c("Pacific/Chatham", "2027-03-01 03:45", Repeat::Weekly, 20),
        c("Europe/Dublin", "2027-03-01 01:30", Repeat::Weekly, 10),
        c("UTC", "2026-12-24 12:00", Repeat::None, 1),
        c("Africa/Casablanca", "2027-01-10 02:30", Repeat::Weekly, 30),
        // The weekday rules: a second Tuesday, a fifth Monday some months lack,
        // the last Friday, and every weekday across both DST changes.
        c(
            "Europe/Berlin",
            "2027-03-09 18:00",
            Repeat::MonthlyWeekday,
            14,
        ),
        c(
            "Europe/Berlin",
            "2027-03-29 09:00",
            Repeat::MonthlyWeekday,
            8,
        ),
        c(
            "America/New_York",
            "2027-10-29 12:00",
            Repeat::MonthlyLastWeekday,
            14,
        ),
        c("Europe/Berlin", "2027-03-24 02:30", Repeat::Weekdays, 160),
        c(
            "Australia/Lord_Howe",
            "2027-03-31 02:15",
            Repeat::Weekdays,
            40,
        ),
    ]
}

/// Random zones, starts, rules and counts, the same on every run.
fn random_cases(n: usize) -> Vec<Case> {
    let mut rng = StdRng::seed_from_u64(20261121);
    let mut cases = Vec::new();
    while cases.len() < n {
        let tz = TZ_VARIANTS[rng.random_range(0..TZ_VARIANTS.len())];
        let date = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()
            + Duration::days(rng.random_range(0..1500));
        let local = date
            .and_hms_opt(
                rng.random_range(0..24),
                [0, 15, 30, 45][rng.random_range(0..4)],
                0,
            )
            .unwrap();
        let repeat = Repeat::ALL[rng.random_range(0..Repeat::ALL.len())];
        let count = if repeat == Repeat::None {
            1
        } else {
            rng.random_range(1..=40)
        };
        let fits = Schedule {
            series_start: resolve_local(tz, local),
            tz,
            repeat,
            count,
            exceptions: Default::default(),
        }
        .fits_its_start();
        if local_time_exists(tz, local) && fits {
            cases.push(Case {
                tz,
                local,
                repeat,
                count,
            });
        }
    }
    cases
}

/// The instants in 2027 at which the offset of `tz` changes, to the minute,
/// from chrono-tz's offsets (an hourly scan, then bisection).
fn changes_in_2027(tz: Tz) -> Vec<chrono::DateTime<chrono::Utc>> {
    use chrono::{Offset, TimeZone, Utc};
    let offset = |t: chrono::DateTime<Utc>| {
        tz.offset_from_utc_datetime(&t.naive_utc())
            .fix()
            .local_minus_utc()
    };
    let mut t = Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap();
    let end = Utc.with_ymd_and_hms(2028, 1, 1, 0, 0, 0).unwrap();
    let mut found = Vec::new();
    while t < end {
        let next = t + Duration::hours(1);
        if offset(t) != offset(next) {
            let (mut lo, mut hi) = (t, next);
            while hi - lo > Duration::minutes(1) {
                let mid = lo + (hi - lo) / 2;
                if offset(mid) == offset(lo) {
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

/// In every zone whose offset changes in 2027: weekly series that start
/// within an hour and a half of each change (in the repeated hour too: the
/// first of the two, per RFC 5545) and run for more than a year.
fn cases_at_every_change() -> Vec<Case> {
    use chrono::{Offset, TimeZone};
    let mut rng = StdRng::seed_from_u64(20261129);
    let mut cases = Vec::new();
    for tz in TZ_VARIANTS {
        for change in changes_in_2027(tz) {
            let before = tz
                .offset_from_utc_datetime(&(change - Duration::seconds(1)).naive_utc())
                .fix()
                .local_minus_utc();
            let wall = change.naive_utc() + Duration::seconds(before.into());
            let local = wall + Duration::minutes(15 * rng.random_range(-6..=6));
            if local_time_exists(tz, local) {
                cases.push(Case {
                    tz,
                    local,
                    repeat: Repeat::Weekly,
                    count: 60,
                });
            }
        }
    }
    cases
}

#[test]
fn python_reads_the_same_series() {
    let python = std::env::var("PLANADO_TEST_PYTHON")
        .expect("PLANADO_TEST_PYTHON names a Python with icalendar and recurring_ical_events; scripts/test sets it up");
    let db = common::sqlite();
    let dir = tempfile::tempdir().unwrap();
    let booked_at = "2026-11-21T00:00:00Z";
    let mut manifest = Vec::new();
    for (i, case) in fixed_cases()
        .into_iter()
        .chain(random_cases(150))
        .chain(cases_at_every_change())
        .enumerate()
    {
        // Lengths and reminders vary with the case.
        let duration = [15, 45, 60, 90, 720][i % 5];
        let reminder = [0, 10, 60, 1440][i % 4];
        let form = format!(
            "name=Fall+{i}%2C+%22quoted%22%3B+%C3%BC&date={}&time={}&tz={}&repeat={}&count={}&duration={duration}&reminder={reminder}",
            case.local.format("%Y-%m-%d"),
            case.local.format("%H:%M"),
            planado::domain::links::encode(case.tz.name()),
            case.repeat.as_str(),
            case.count
        );
        let b = book(&db, booked_at, &form);
        let ics = Cgi::new(
            "ics",
            db.url(),
            "GET",
            &query_of(b["ics_url"].as_str().unwrap()),
        )
        .at(booked_at)
        .run();
        assert_eq!(ics.status, 200);
        let file = dir.path().join(format!("case{i}.ics"));
        std::fs::write(&file, &ics.body).unwrap();
        let schedule = Schedule {
            series_start: resolve_local(case.tz, case.local),
            tz: case.tz,
            repeat: case.repeat,
            count: case.count,
            exceptions: Default::default(),
        };
        let expected: Vec<String> = schedule
            .occurrences()
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            .collect();
        assert_eq!(expected.first().map(String::as_str), b["start"].as_str());
        manifest.push(serde_json::json!({
            "file": file,
            "expected": expected,
            "duration_minutes": duration,
            "reminder_minutes": reminder,
        }));
        // The same file with a zone name no library knows: Python must build
        // the zone from Planado's VTIMEZONE, which must give the real instants.
        manifest.push(serde_json::json!({
            "file": file,
            "expected": expected,
            "rename_tzid": case.tz.name(),
        }));
    }
    let manifest_file = dir.path().join("manifest.json");
    std::fs::write(&manifest_file, serde_json::to_string(&manifest).unwrap()).unwrap();
    let out = std::process::Command::new(&python)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/check_ics.py"))
        .arg(&manifest_file)
        .output()
        .unwrap_or_else(|e| panic!("{python}: {e}"));
    let report = String::from_utf8_lossy(&out.stdout);
    println!("{report}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{report}");
}

/// The series with random exceptions, across changes of offset: booked, then
/// skipped, moved and restored through the organiser's API at random; the
/// feed and the download, expanded by `recurring_ical_events` (`EXDATE`,
/// `RECURRENCE-ID`), must give exactly the occurrences the organiser's JSON
/// lists, on both stores.
fn python_expands_series_with_exceptions(db: common::Backend) {
    let python = std::env::var("PLANADO_TEST_PYTHON")
        .expect("PLANADO_TEST_PYTHON names a Python with icalendar and recurring_ical_events; scripts/test sets it up");
    let dir = tempfile::tempdir().unwrap();
    let booked_at = "2026-11-21T00:00:00Z";
    let mut rng = StdRng::seed_from_u64(if db.is_mariadb() { 20261202 } else { 20261203 });
    let zones = [
        "Europe/Berlin",
        "America/New_York",
        "Australia/Lord_Howe",
        "America/Santiago",
        "Pacific/Chatham",
        "Europe/London",
    ];
    let mut manifest = Vec::new();
    let (mut skips, mut moves, mut restores, mut refused_gaps) = (0, 0, 0, 0);
    for i in 0..40 {
        // Half in zones that change their offset, starting near a change.
        let (tz, date): (Tz, NaiveDate) = if i % 2 == 0 {
            let month = [3, 4, 9, 10][rng.random_range(0..4)];
            (
                zones[rng.random_range(0..zones.len())].parse().unwrap(),
                NaiveDate::from_ymd_opt(2027, month, 1).unwrap()
                    + Duration::days(rng.random_range(0..30)),
            )
        } else {
            (
                TZ_VARIANTS[rng.random_range(0..TZ_VARIANTS.len())],
                NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()
                    + Duration::days(rng.random_range(0..700)),
            )
        };
        let local = date
            .and_hms_opt(
                rng.random_range(0..24),
                [0, 15, 30, 45][rng.random_range(0..4)],
                0,
            )
            .unwrap();
        let repeat = Repeat::ALL[rng.random_range(1..Repeat::ALL.len())];
        let count = rng.random_range(3..=30);
        let fits = Schedule {
            series_start: resolve_local(tz, local),
            tz,
            repeat,
            count,
            exceptions: Default::default(),
        }
        .fits_its_start();
        if !fits || !local_time_exists(tz, local) {
            continue;
        }
        let duration = [15, 45, 60, 90][i % 4];
        let reminder = [0, 10, 60, 1440][i % 4];
        let b = book(
            &db,
            booked_at,
            &format!(
                "name=Ausnahme+{i}&date={}&time={}&tz={}&repeat={}&count={count}&duration={duration}&reminder={reminder}",
                local.format("%Y-%m-%d"),
                local.format("%H:%M"),
                planado::domain::links::encode(tz.name()),
                repeat.as_str(),
            ),
        );
        let admin_q = query_of(b["admin_url"].as_str().unwrap());
        let admin = |form: &str| {
            Cgi::new("admin", db.url(), "POST", &admin_q)
                .json()
                .at(booked_at)
                .form(form)
                .run()
        };
        let mut summary = Cgi::new("admin", db.url(), "GET", &admin_q)
            .json()
            .at(booked_at)
            .run()
            .json();
        for _ in 0..rng.random_range(1..=6) {
            let occurrences = summary["occurrences"].as_array().unwrap().clone();
            let k = rng.random_range(0..occurrences.len());
            let named = occurrences[k]["occurrence"].as_str().unwrap();
            let held: Vec<chrono::DateTime<chrono::Utc>> = occurrences
                .iter()
                .filter_map(|o| o["start"].as_str())
                .map(|s| s.parse().unwrap())
                .collect();
            let answer = match (
                occurrences[k]["status"].as_str().unwrap(),
                rng.random_range(0..3),
            ) {
                ("skipped" | "moved", 0) => {
                    restores += 1;
                    admin(&format!("action=restore&occurrence={named}"))
                }
                ("held" | "moved", 1) if held.len() > 1 => {
                    skips += 1;
                    admin(&format!("action=skip&occurrence={named}"))
                }
                ("held" | "moved", _) => {
                    // Somewhere within a third of the way to its neighbours.
                    let start: chrono::DateTime<chrono::Utc> =
                        occurrences[k]["start"].as_str().unwrap().parse().unwrap();
                    let at = held.iter().position(|t| *t == start).unwrap();
                    let before = at
                        .checked_sub(1)
                        .map_or(Duration::days(2), |p| start - held[p]);
                    let after = held.get(at + 1).map_or(Duration::days(2), |n| *n - start);
                    let quarters = |d: Duration| (d.num_minutes() / 3 / 15).max(1);
                    let shift = rng.random_range(-quarters(before)..=quarters(after)) * 15;
                    let to = (start + Duration::minutes(shift)).with_timezone(&tz);
                    // Not into the hour the clocks repeat: RFC 5545 reads such a
                    // time as its first (so does Planado), but
                    // recurring_ical_events 3.8.2 puts a moved occurrence there
                    // at another instant than its own DTSTART says.
                    use chrono::TimeZone;
                    if matches!(
                        tz.from_local_datetime(&to.naive_local()),
                        chrono::LocalResult::Ambiguous(..)
                    ) {
                        continue;
                    }
                    moves += 1;
                    admin(&format!(
                        "action=move&occurrence={named}&date={}&time={}",
                        to.format("%Y-%m-%d"),
                        to.format("%H:%M")
                    ))
                }
                _ => continue,
            };
            match answer.status {
                200 => summary = answer.json(),
                // A local time the clocks skip, or next to a neighbour: refused.
                400 if ["time_nonexistent", "exception_order"]
                    .contains(&answer.json()["code"].as_str().unwrap()) =>
                {
                    refused_gaps += 1
                }
                _ => panic!("case {i}: {}", answer.body),
            }
        }
        let expected: Vec<&str> = summary["occurrences"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|o| o["start"].as_str())
            .collect();
        let mut sorted = expected.clone();
        sorted.sort();
        assert_eq!(expected, sorted, "case {i}: the held ones stay in order");
        for (kind, query) in [
            (
                "feed",
                format!("{}&feed=1", query_of(b["ics_url"].as_str().unwrap())),
            ),
            ("download", query_of(b["ics_url"].as_str().unwrap())),
        ] {
            let ics = Cgi::new("ics", db.url(), "GET", &query).at(booked_at).run();
            assert_eq!(ics.status, 200, "{}", ics.body);
            let file = dir.path().join(format!("case{i}-{kind}.ics"));
            std::fs::write(&file, &ics.body).unwrap();
            manifest.push(serde_json::json!({
                "file": file,
                "expected": expected,
                "duration_minutes": duration,
                "reminder_minutes": reminder,
            }));
        }
    }
    println!("{skips} skips, {moves} moves, {restores} restores, {refused_gaps} refused");
    assert!(
        skips > 10 && moves > 10 && restores > 3,
        "the cases cover every change"
    );
    let manifest_file = dir.path().join("manifest.json");
    std::fs::write(&manifest_file, serde_json::to_string(&manifest).unwrap()).unwrap();
    let out = std::process::Command::new(&python)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/check_ics.py"))
        .arg(&manifest_file)
        .output()
        .unwrap_or_else(|e| panic!("{python}: {e}"));
    let report = String::from_utf8_lossy(&out.stdout);
    println!("{report}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{report}");
}

on_both_backends!(python_expands_series_with_exceptions);
