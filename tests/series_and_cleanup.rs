//! Time moves (an injected clock) through whole series on SQLite and MariaDB:
//! the waiting page before each occurrence shows its exact start, the room
//! opens at it with a fresh room id, and the invite is gone after the last,
//! across DST in Europe and America and across month ends, with cleanup
//! running in between or not at all. Then cleanup alone, and three at once.

mod common;

use std::process::{Command, Stdio};

use chrono::{DateTime, Duration, Utc};
use common::{Backend, Cgi, book, query_of};

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn rfc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Runs the `cleanup` binary as cron would; returns (deleted, advanced).
fn cleanup(db: &Backend, now: DateTime<Utc>) -> (u64, u64) {
    parse_report(&common::stdout_of(
        Command::new(common::bin("cleanup"))
            .env_clear()
            .env("PLANADO_DATABASE_URL", db.url())
            .envs(common::clock_env(&rfc(now))),
    ))
}

/// "planado cleanup: deleted 3 meetings, advanced 2 recurring meetings (1 batches, 0 retries)"
fn parse_report(text: &str) -> (u64, u64) {
    let number_after = |word: &str| -> u64 {
        text.split(word)
            .nth(1)
            .and_then(|r| r.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no {word} in {text:?}"))
    };
    (number_after("deleted "), number_after("advanced "))
}

/// Books a series and walks it: before, at and after every occurrence.
fn walk(db: &Backend, booked_at: &str, form: &str, expected_starts: &[&str], with_cleanup: bool) {
    let b = book(db, booked_at, form);
    let q = query_of(b["invite_url"].as_str().unwrap());
    let invite = |now: DateTime<Utc>| Cgi::new("invite", db.url(), "GET", &q).at(&rfc(now));
    let mut rooms: Vec<String> = Vec::new();
    let mut previous: Option<DateTime<Utc>> = None;
    for (i, start) in expected_starts.iter().map(|s| at(s)).enumerate() {
        // An hour before: waiting, with the exact start of this occurrence;
        // unless the previous one is still open then (23 hours after its start
        // or until this one starts).
        let before = start - Duration::hours(1);
        if with_cleanup {
            cleanup(db, before);
        }
        let w = invite(before).json().run();
        let previous_open = previous.is_some_and(|p| before < p + Duration::hours(23));
        if previous_open {
            assert_eq!(
                w.json()["room_url"].as_str(),
                rooms.last().map(String::as_str),
                "occurrence {} still open",
                i - 1
            );
        } else {
            assert_eq!(
                (w.status, w.json()["start"].as_str()),
                (200, Some(rfc(start).as_str())),
                "occurrence {i} of {form}"
            );
            assert_eq!(invite(start - Duration::seconds(1)).run().status, 200);
        }
        previous = Some(start);
        // Open from the start on, in a room of its own.
        let open = invite(start).run();
        assert_eq!(open.status, 303, "occurrence {i} at {start}");
        let room = open.header("Location").unwrap().to_string();
        assert!(!rooms.contains(&room), "occurrence {i} reuses a room");
        assert_eq!(
            invite(start + Duration::hours(1)).run().header("Location"),
            Some(room.as_str())
        );
        rooms.push(room);
    }
    let last = at(expected_starts.last().unwrap());
    if with_cleanup {
        cleanup(db, last + Duration::hours(23));
        assert_eq!(db.count(), 0, "cleanup removed the finished series");
    }
    assert_eq!(invite(last + Duration::hours(23)).run().status, 404);
    assert_eq!(invite(last + Duration::days(400)).run().status, 404);
}

fn weekly_in_berlin_across_spring_dst(db: Backend) {
    let starts = [
        "2026-03-16T09:00:00Z",
        "2026-03-23T09:00:00Z",
        "2026-03-30T08:00:00Z",
        "2026-04-06T08:00:00Z",
    ];
    let form = "name=x&date=2026-03-16&time=10:00&tz=Europe%2FBerlin&repeat=weekly&count=4";
    walk(&db, "2026-03-01T00:00:00Z", form, &starts, false);
    walk(&db, "2026-03-01T00:00:00Z", form, &starts, true);
}

fn biweekly_in_berlin_across_autumn_dst(db: Backend) {
    let starts = [
        "2026-10-19T07:00:00Z",
        "2026-11-02T08:00:00Z",
        "2026-11-16T08:00:00Z",
    ];
    let form = "name=x&date=2026-10-19&time=09:00&tz=Europe%2FBerlin&repeat=biweekly&count=3";
    walk(&db, "2026-10-01T00:00:00Z", form, &starts, true);
}

fn monthly_on_the_31st_in_new_york(db: Backend) {
    // Months without a 31st are skipped (RFC 5545); EST to EDT on the way.
    let starts = [
        "2027-01-31T23:30:00Z",
        "2027-03-31T22:30:00Z",
        "2027-05-31T22:30:00Z",
        "2027-07-31T22:30:00Z",
    ];
    let form = "name=x&date=2027-01-31&time=18:30&tz=America%2FNew_York&repeat=monthly&count=4";
    walk(&db, "2027-01-01T00:00:00Z", form, &starts, false);
    walk(&db, "2027-01-01T00:00:00Z", form, &starts, true);
}

fn daily_into_the_gap_in_los_angeles(db: Backend) {
    // 02:30 does not exist on 14 March 2027: that day it is 03:30 PDT.
    let starts = [
        "2027-03-13T10:30:00Z",
        "2027-03-14T10:30:00Z",
        "2027-03-15T09:30:00Z",
    ];
    let form = "name=x&date=2027-03-13&time=02:30&tz=America%2FLos_Angeles&repeat=daily&count=3";
    walk(&db, "2027-03-01T00:00:00Z", form, &starts, true);
}

fn fourweekly_across_the_year_end_in_sydney(db: Backend) {
    // Sydney leaves summer time on 4 April 2027.
    let starts = [
        "2026-12-21T23:00:00Z",
        "2027-01-18T23:00:00Z",
        "2027-02-15T23:00:00Z",
        "2027-03-15T23:00:00Z",
        "2027-04-13T00:00:00Z",
    ];
    let form = "name=x&date=2026-12-22&time=10:00&tz=Australia%2FSydney&repeat=fourweekly&count=5";
    walk(&db, "2026-12-01T00:00:00Z", form, &starts, false);
}

fn monthly_on_the_second_tuesday_in_berlin(db: Backend) {
    // 10 March 2026 is the second Tuesday; summer time from 29 March on.
    let starts = [
        "2026-03-10T17:00:00Z",
        "2026-04-14T16:00:00Z",
        "2026-05-12T16:00:00Z",
    ];
    let form =
        "name=x&date=2026-03-10&time=18:00&tz=Europe%2FBerlin&repeat=monthly_weekday&count=3";
    walk(&db, "2026-03-01T00:00:00Z", form, &starts, false);
    walk(&db, "2026-03-01T00:00:00Z", form, &starts, true);
}

fn monthly_on_a_fifth_monday_skips_months_without_one(db: Backend) {
    let starts = [
        "2026-03-30T07:00:00Z",
        "2026-06-29T07:00:00Z",
        "2026-08-31T07:00:00Z",
    ];
    let form =
        "name=x&date=2026-03-30&time=09:00&tz=Europe%2FBerlin&repeat=monthly_weekday&count=3";
    walk(&db, "2026-03-01T00:00:00Z", form, &starts, true);
}

fn monthly_on_the_last_friday_in_new_york(db: Backend) {
    // 30 October 2026 is the last Friday; EDT to EST on 1 November.
    let starts = [
        "2026-10-30T16:00:00Z",
        "2026-11-27T17:00:00Z",
        "2026-12-25T17:00:00Z",
    ];
    let form = "name=x&date=2026-10-30&time=12:00&tz=America%2FNew_York&repeat=monthly_last_weekday&count=3";
    walk(&db, "2026-10-01T00:00:00Z", form, &starts, true);
}

fn every_weekday_across_a_weekend_and_dst(db: Backend) {
    // Friday 23 October 2026; Berlin leaves summer time on Sunday 25 October.
    let starts = [
        "2026-10-23T06:30:00Z",
        "2026-10-26T07:30:00Z",
        "2026-10-27T07:30:00Z",
    ];
    let form = "name=x&date=2026-10-23&time=08:30&tz=Europe%2FBerlin&repeat=weekdays&count=3";
    walk(&db, "2026-10-01T00:00:00Z", form, &starts, false);
    walk(&db, "2026-10-01T00:00:00Z", form, &starts, true);
}

/// Doors open early: every occurrence of a weekly series opens 15 minutes
/// before its start, across the change to summer time; the JSON says both
/// instants; the room stays secret until the opening.
fn weekly_opening_early_across_dst(db: Backend) {
    let b = book(
        &db,
        "2026-03-01T00:00:00Z",
        "name=x&date=2026-03-23&time=10:00&tz=Europe%2FBerlin&repeat=weekly&count=3&open_early=15",
    );
    assert_eq!(b["open_early"], 15);
    assert_eq!(b["opens"], "2026-03-23T08:45:00Z");
    let q = query_of(b["invite_url"].as_str().unwrap());
    let invite = |now: DateTime<Utc>| Cgi::new("invite", db.url(), "GET", &q).at(&rfc(now));
    let mut rooms = Vec::new();
    for start in [
        "2026-03-23T09:00:00Z",
        "2026-03-30T08:00:00Z",
        "2026-04-06T08:00:00Z",
    ] {
        let start = at(start);
        let opens = start - Duration::minutes(15);
        let waiting = invite(opens - Duration::seconds(1)).json().run();
        assert_eq!(waiting.status, 200);
        let j = waiting.json();
        assert_eq!(
            (
                j["status"].as_str(),
                j["start"].as_str(),
                j["opens"].as_str()
            ),
            (
                Some("waiting"),
                Some(rfc(start).as_str()),
                Some(rfc(opens).as_str())
            )
        );
        assert!(
            !waiting.body.contains("jitsi"),
            "the room is secret before the opening"
        );
        let page = invite(opens - Duration::seconds(1)).run();
        assert!(page.body.contains("The room opens in"), "{}", page.body);
        let open = invite(opens).run();
        assert_eq!(open.status, 303, "open at {opens}");
        let room = open.header("Location").unwrap().to_string();
        assert!(!rooms.contains(&room));
        rooms.push(room);
    }
}

fn cleanup_deletes_and_advances(db: Backend) {
    let day1 = "2026-06-01T00:00:00Z";
    for _ in 0..3 {
        book(&db, day1, "name=x&date=2026-06-01&time=10:00&tz=UTC");
    }
    for _ in 0..2 {
        book(
            &db,
            day1,
            "name=x&date=2026-06-01&time=10:00&tz=UTC&repeat=daily&count=3",
        );
    }
    book(
        &db,
        day1,
        "name=x&date=2026-06-01&time=10:00&tz=UTC&repeat=weekly&count=2",
    );
    assert_eq!(
        cleanup(&db, at("2026-06-01T11:00:00Z")),
        (0, 0),
        "nothing is over yet"
    );
    // A day later: the one-offs are over, the daily ones at their second
    // occurrence, the weekly one waits for its second.
    assert_eq!(cleanup(&db, at("2026-06-02T10:00:00Z")), (3, 3));
    assert_eq!(db.count(), 3);
    assert_eq!(
        cleanup(&db, at("2026-06-02T10:00:00Z")),
        (0, 0),
        "twice is once"
    );
    // After everything.
    assert_eq!(cleanup(&db, at("2026-06-09T09:00:00Z")), (3, 0));
    assert_eq!(db.count(), 0);
    // As CGI: a short text.
    book(&db, day1, "name=x&date=2026-06-01&time=10:00&tz=UTC");
    let r = Cgi::new("cleanup", db.url(), "GET", "")
        .at("2026-06-05T00:00:00Z")
        .run();
    assert_eq!(r.status, 200);
    assert!(
        r.body.starts_with("deleted 1 meetings, advanced 0"),
        "{}",
        r.body
    );
    let j = Cgi::new("cleanup", db.url(), "GET", "").json().run();
    assert_eq!(j.json()["deleted"], 0);
}

/// Rows as booking writes them, many at once: daily series of 10 from `t0`
/// (half) and one-offs at `t0` (half).
fn insert_many(db: &Backend, n: usize, t0: i64) {
    let mut sql = String::new();
    for i in 0..n {
        let (rule, count) = if i % 2 == 0 {
            ("daily", 10)
        } else {
            ("none", 1)
        };
        sql.push_str(&format!(
            "INSERT INTO meetings (invite_id, room_id, admin_key_hash, series_start, time_zone, repeat_rule, occurrences, occurrence, start_at, due_at, sequence) \
             VALUES ('m{i:08}', 'r{i:08}', X'00', {t0}, 'UTC', '{rule}', {count}, 0, {t0}, {}, 0);\n",
            t0 + 23 * 3600
        ));
    }
    db.execute(&format!("BEGIN;\n{sql}COMMIT;"));
}

fn three_cleanups_at_once_move_each_meeting_once(db: Backend) {
    let n = 3000;
    let t0 = at("2026-06-01T10:00:00Z");
    insert_many(&db, n, t0.timestamp());
    let now = t0 + Duration::days(3) + Duration::hours(1);
    let children: Vec<_> = (0..3)
        .map(|_| {
            Command::new(common::bin("cleanup"))
                .env_clear()
                .env("PLANADO_DATABASE_URL", db.url())
                .envs(common::clock_env(&rfc(now)))
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let (mut deleted, mut advanced) = (0, 0);
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let (d, a) = parse_report(&String::from_utf8_lossy(&out.stdout));
        deleted += d;
        advanced += a;
    }
    assert_eq!(
        (deleted, advanced),
        (n as u64 / 2, n as u64 / 2),
        "each meeting moved exactly once"
    );
    let rows = db.dump();
    assert_eq!(rows.len(), n / 2, "no series lost");
    let start = (t0 + Duration::days(3)).timestamp().to_string();
    for row in rows {
        let cols: Vec<&str> = row.split('|').collect();
        assert!(
            cols[7].contains('3') && cols[8].contains(&start),
            "every series at its 4th occurrence: {row}"
        );
        assert!(!cols[1].contains("r0"), "a fresh room: {row}");
    }
}

fn pages_trigger_a_cleanup_when_asked(db: Backend) {
    let day1 = "2026-06-01T00:00:00Z";
    for _ in 0..2 {
        book(&db, day1, "name=x&date=2026-06-01&time=10:00&tz=UTC");
    }
    let visit = |now: &str| {
        Cgi::new("invite", db.url(), "GET", "id=nothing")
            .at(now)
            .env("PLANADO_CLEANUP", "request")
            .env("PLANADO_CLEANUP_INTERVAL_MINUTES", "5")
            .run()
    };
    assert_eq!(db.count(), 2);
    visit("2026-06-03T00:00:00Z");
    assert_eq!(db.count(), 0, "the first visit cleaned up");
    book(&db, day1, "name=x&date=2026-06-01&time=10:00&tz=UTC");
    visit("2026-06-03T00:04:00Z");
    assert_eq!(db.count(), 1, "not again within the interval");
    visit("2026-06-03T00:05:00Z");
    assert_eq!(db.count(), 0, "again after it");
    // With the default ("cron"), visits never clean up.
    book(&db, day1, "name=x&date=2026-06-01&time=10:00&tz=UTC");
    Cgi::new("invite", db.url(), "GET", "id=nothing")
        .at("2026-06-09T00:00:00Z")
        .run();
    assert_eq!(db.count(), 1);
}

/// Request-triggered cleanup does all that cron does, including forgetting the
/// booking cap's past hours (SECURITY.md promises it).
fn pages_forget_the_booking_caps_past_hours(db: Backend) {
    let booking_at = |now: &str| {
        let r = Cgi::new("booking", db.url(), "POST", "")
            .json()
            .at(now)
            .env("PLANADO_MAX_BOOKINGS_PER_HOUR", "5")
            .form("name=x&date=2026-06-02&time=10:00&tz=UTC")
            .run();
        assert_eq!(r.status, 201, "{}", r.body);
    };
    booking_at("2026-06-01T08:10:00Z");
    booking_at("2026-06-01T09:10:00Z");
    assert_eq!(db.table_count("booking_windows"), 2);
    assert_eq!(db.table_count("booking_counts"), 2, "one key per hour");
    Cgi::new("invite", db.url(), "GET", "id=nothing")
        .at("2026-06-01T10:30:00Z")
        .env("PLANADO_CLEANUP", "request")
        .run();
    assert_eq!(
        (
            db.table_count("booking_windows"),
            db.table_count("booking_counts")
        ),
        (0, 0),
        "the hours that are over are forgotten"
    );
}

on_every_connection!(
    pages_forget_the_booking_caps_past_hours,
    weekly_in_berlin_across_spring_dst,
    biweekly_in_berlin_across_autumn_dst,
    monthly_on_the_31st_in_new_york,
    daily_into_the_gap_in_los_angeles,
    fourweekly_across_the_year_end_in_sydney,
    monthly_on_the_second_tuesday_in_berlin,
    monthly_on_a_fifth_monday_skips_months_without_one,
    monthly_on_the_last_friday_in_new_york,
    every_weekday_across_a_weekend_and_dst,
    weekly_opening_early_across_dst,
    cleanup_deletes_and_advances,
    three_cleanups_at_once_move_each_meeting_once,
    pages_trigger_a_cleanup_when_asked,
);
