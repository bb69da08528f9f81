//! The real `ics` output, checked by independent tools: Python's `icalendar`
//! parses it and `recurring_ical_events` expands the series, which must be
//! exactly the series the server walks. `scripts/test` provides the Python
//! environment (PLANADO_TEST_PYTHON); without it this test fails, never skips.

mod common;

use chrono::{Duration, NaiveDate};
use chrono_tz::{TZ_VARIANTS, Tz};
use common::{Cgi, book, query_of};
use planado::meeting::{Repeat, Schedule, local_time_exists, resolve_local};
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
        if local_time_exists(tz, local) {
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
        .enumerate()
    {
        let form = format!(
            "name=Fall+{i}%2C+%22quoted%22%3B+%C3%BC&date={}&time={}&tz={}&repeat={}&count={}",
            case.local.format("%Y-%m-%d"),
            case.local.format("%H:%M"),
            planado::links::encode(case.tz.name()),
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
        };
        let expected: Vec<String> = schedule
            .occurrences()
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            .collect();
        assert_eq!(expected.first().map(String::as_str), b["start"].as_str());
        manifest.push(serde_json::json!({ "file": file, "expected": expected }));
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
