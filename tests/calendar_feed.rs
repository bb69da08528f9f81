//! Calendars that follow the meeting: the feed a calendar subscribes to
//! (`ics?id=…&feed=1`) and a series' exceptions (skip, move, restore), through
//! the CGI binaries on both stores and through `planado serve`. The feed is
//! the series as it stands, with an `EXDATE` per skipped occurrence and a
//! `VEVENT` with `RECURRENCE-ID` per moved one; it is cached for the refresh
//! interval, answers `304` for a current copy, says a cancelled meeting is
//! cancelled (and keeps a finished one as held) for `feed_grace_days`, and is
//! then gone. Bad exceptions get a clear 400 and change nothing.

mod common;

use common::{Backend, Cgi, Response, query_of};
use serde_json::Value;

/// A week and a half before the series: Thursday 10:00 in Berlin, six
/// times, across the change to summer time on 29 March.
const NOW: &str = "2026-03-10T08:00:00Z";
const WEEKLY: &str = "name=Team%2C+weekly&date=2026-03-19&time=10:00&tz=Europe%2FBerlin&repeat=weekly&count=6&duration=60";

fn book(db: &Backend, form: &str) -> Value {
    common::book(db, NOW, form)
}

fn admin_at(db: &Backend, admin_url: &str, now: &str, form: &str) -> Response {
    Cgi::new("admin", db.url(), "POST", &query_of(admin_url))
        .json()
        .at(now)
        .form(form)
        .run()
}

fn admin(db: &Backend, admin_url: &str, form: &str) -> Response {
    admin_at(db, admin_url, NOW, form)
}

fn shown(db: &Backend, admin_url: &str) -> Value {
    let r = Cgi::new("admin", db.url(), "GET", &query_of(admin_url))
        .json()
        .at(NOW)
        .run();
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

/// The feed of a booking, at `now`, with the request's own headers.
fn feed(db: &Backend, booked: &Value, now: &str, headers: &[(&str, &str)]) -> Response {
    let query = format!("{}&feed=1", query_of(booked["ics_url"].as_str().unwrap()))
        .replace(&format!("name={}", name_param(booked)), "");
    Cgi::new("ics", db.url(), "GET", &query)
        .envs(headers)
        .at(now)
        .run()
}

/// The `name=` value of a booking's download link.
fn name_param(booked: &Value) -> String {
    let url = booked["ics_url"].as_str().unwrap();
    url.split("name=").nth(1).unwrap().to_string()
}

/// The `UID:` line of a calendar.
fn uid_of(ics: &str) -> String {
    ics.lines()
        .find(|l| l.starts_with("UID:"))
        .unwrap()
        .to_string()
}

fn unfolded(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

fn statuses(summary: &Value) -> Vec<(String, String)> {
    summary["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["status"].as_str().unwrap().to_string(),
                o["start"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect()
}

fn a_series_with_exceptions_is_followed_everywhere(db: Backend) {
    let b = book(&db, WEEKLY);
    let admin_url = b["admin_url"].as_str().unwrap().to_string();
    let before = shown(&db, &admin_url);
    assert_eq!(before["occurrences"].as_array().unwrap().len(), 6);
    assert!(
        before["feed_url"].as_str().unwrap().ends_with(&format!(
            "ics?id={}&feed=1",
            common::invite_id(b["invite_url"].as_str().unwrap())
        )),
        "{before}"
    );
    let first_feed = feed(&db, &b, NOW, &[]);
    assert_eq!(first_feed.status, 200, "{}", first_feed.body);

    // Skip the second (a holiday), move the third to Friday afternoon.
    let skipped = admin(
        &db,
        &admin_url,
        "action=skip&occurrence=2026-03-26T09:00:00Z",
    );
    assert_eq!(skipped.status, 200, "{}", skipped.body);
    let s = skipped.json();
    assert_eq!(
        (
            s["sequence"].as_u64(),
            s["remaining"].as_u64(),
            s["count"].as_u64()
        ),
        (Some(1), Some(5), Some(6))
    );
    let moved = admin(
        &db,
        &admin_url,
        // Named by its start in another offset: the same instant.
        "action=move&occurrence=2026-04-02T10:00:00%2B02:00&date=2026-04-03&time=15:30",
    );
    assert_eq!(moved.status, 200, "{}", moved.body);
    let m = moved.json();
    assert_eq!(m["sequence"], 2);
    assert_eq!(
        statuses(&m),
        [
            ("held", "2026-03-19T09:00:00Z"),
            ("skipped", "-"),
            ("moved", "2026-04-03T13:30:00Z"),
            ("held", "2026-04-09T08:00:00Z"),
            ("held", "2026-04-16T08:00:00Z"),
            ("held", "2026-04-23T08:00:00Z"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert_eq!(m["occurrences"][2]["occurrence"], "2026-04-02T08:00:00Z");
    assert_eq!(
        m["upcoming"],
        serde_json::json!([
            "2026-03-19T09:00:00Z",
            "2026-04-03T13:30:00Z",
            "2026-04-09T08:00:00Z",
            "2026-04-16T08:00:00Z",
            "2026-04-23T08:00:00Z"
        ])
    );

    // The download and the feed both carry the exceptions.
    let ics = Cgi::new(
        "ics",
        db.url(),
        "GET",
        &query_of(b["ics_url"].as_str().unwrap()),
    )
    .at(NOW)
    .run();
    assert_eq!(ics.status, 200);
    let text = unfolded(&ics.body);
    for needle in [
        "RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=6\r\n",
        "EXDATE;TZID=Europe/Berlin:20260326T100000\r\n",
        "RECURRENCE-ID;TZID=Europe/Berlin:20260402T100000\r\nDTSTART;TZID=Europe/Berlin:20260403T153000\r\nDTEND;TZID=Europe/Berlin:20260403T163000\r\n",
        "SEQUENCE:2\r\n",
        "SUMMARY:Team\\, weekly\r\n",
        "LAST-MODIFIED:20260310T080000Z\r\n",
    ] {
        assert!(text.contains(needle), "download lacks {needle:?}:\n{text}");
    }
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 2, "{text}");
    assert!(
        ics.header("Content-Disposition")
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(ics.header("Cache-Control"), Some("no-store"));

    let f = feed(&db, &b, NOW, &[]);
    assert_eq!(f.status, 200, "{}", f.body);
    let body = unfolded(&f.body);
    for needle in [
        "METHOD:PUBLISH\r\n",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n",
        "X-PUBLISHED-TTL:PT1H\r\n",
        "EXDATE;TZID=Europe/Berlin:20260326T100000\r\n",
        "RECURRENCE-ID;TZID=Europe/Berlin:20260402T100000\r\n",
        "SEQUENCE:2\r\n",
        "DTSTAMP:20260310T080000Z\r\n",
        // Without name= in the link, a neutral summary: the calendar server
        // that fetches the feed never sees the link's fragment.
        "SUMMARY:Video conference\r\n",
    ] {
        assert!(body.contains(needle), "feed lacks {needle:?}:\n{body}");
    }
    assert_eq!(
        uid_of(&body),
        uid_of(&first_feed.body),
        "the same UID for the life of the meeting"
    );
    assert!(f.header("Content-Disposition").is_none());
    assert!(
        f.header("Content-Type")
            .unwrap()
            .starts_with("text/calendar")
    );
    assert_eq!(f.header("Cache-Control"), Some("max-age=3600"));
    assert_eq!(
        f.header("Last-Modified"),
        Some("Tue, 10 Mar 2026 08:00:00 GMT")
    );
    let etag = f.header("ETag").unwrap().to_string();
    assert_ne!(
        Some(etag.as_str()),
        first_feed.header("ETag"),
        "a change, a new ETag"
    );
    assert!(etag.starts_with('"') && etag.ends_with('"'), "{etag}");
    // The same bytes an hour later (the feed is stamped with its last change).
    let later = feed(&db, &b, "2026-03-10T09:00:00Z", &[]);
    assert_eq!(
        (later.body.as_str(), later.header("ETag")),
        (f.body.as_str(), Some(etag.as_str()))
    );
    // The name only when the link carries it.
    let named = Cgi::new(
        "ics",
        db.url(),
        "GET",
        &format!("{}&feed=1", query_of(b["ics_url"].as_str().unwrap())),
    )
    .at(NOW)
    .run();
    assert!(
        unfolded(&named.body).contains("SUMMARY:Team\\, weekly\r\n"),
        "{}",
        named.body
    );

    // A calendar whose copy is current gets a 304 without a body.
    for headers in [
        vec![("HTTP_IF_NONE_MATCH", etag.as_str())],
        vec![("HTTP_IF_NONE_MATCH", &*format!("\"other\", W/{etag}"))],
        vec![("HTTP_IF_MODIFIED_SINCE", "Tue, 10 Mar 2026 08:00:00 GMT")],
        vec![("HTTP_IF_MODIFIED_SINCE", "Wed, 11 Mar 2026 08:00:00 GMT")],
    ] {
        let r = feed(&db, &b, NOW, &headers);
        assert_eq!((r.status, r.body.as_str()), (304, ""), "{headers:?}");
        assert_eq!(r.header("ETag"), Some(etag.as_str()));
        assert_eq!(r.header("Cache-Control"), Some("max-age=3600"));
    }
    for headers in [
        vec![("HTTP_IF_NONE_MATCH", "\"an-old-one\"")],
        vec![("HTTP_IF_MODIFIED_SINCE", "Mon, 09 Mar 2026 08:00:00 GMT")],
        // If-None-Match decides when both are there.
        vec![
            ("HTTP_IF_NONE_MATCH", "\"an-old-one\""),
            ("HTTP_IF_MODIFIED_SINCE", "Wed, 11 Mar 2026 08:00:00 GMT"),
        ],
        vec![("HTTP_IF_MODIFIED_SINCE", "not a date")],
    ] {
        let r = feed(&db, &b, NOW, &headers);
        assert_eq!(r.status, 200, "{headers:?}");
        assert!(r.body.contains("BEGIN:VCALENDAR"));
    }

    // Restore both, by either of its times: the feed is the plain series again.
    let r = admin(
        &db,
        &admin_url,
        "action=restore&occurrence=2026-03-26T09:00:00Z",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let r = admin(
        &db,
        &admin_url,
        "action=restore&occurrence=2026-04-03T13:30:00Z",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["sequence"], 4);
    let plain = unfolded(&feed(&db, &b, NOW, &[]).body);
    assert!(
        !plain.contains("EXDATE") && !plain.contains("RECURRENCE-ID"),
        "{plain}"
    );
    assert!(plain.contains("SEQUENCE:4\r\n"));
    // And again, for what follows.
    for form in [
        "action=skip&occurrence=2026-03-26T09:00:00Z",
        "action=move&occurrence=2026-04-02T08:00:00Z&date=2026-04-03&time=15:30",
    ] {
        let r = admin(&db, &admin_url, form);
        assert_eq!(r.status, 200, "{form}: {}", r.body);
    }

    // The waiting page counts down to the next real meeting: after the
    // first, the moved third (the second is skipped).
    let invite = |now: &str| {
        let r = Cgi::new(
            "invite",
            db.url(),
            "GET",
            &query_of(b["invite_url"].as_str().unwrap()),
        )
        .json()
        .at(now)
        .run();
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()
    };
    assert_eq!(
        invite("2026-03-25T12:00:00Z")["start"],
        "2026-04-03T13:30:00Z"
    );
    assert_eq!(
        invite("2026-04-02T12:00:00Z")["start"],
        "2026-04-03T13:30:00Z"
    );
    let on_friday = invite("2026-04-03T13:00:00Z");
    assert_eq!(on_friday["start"], "2026-04-03T13:30:00Z");
    let at_start = Cgi::new(
        "invite",
        db.url(),
        "GET",
        &query_of(b["invite_url"].as_str().unwrap()),
    )
    .at("2026-04-03T13:30:00Z")
    .run();
    assert_eq!(
        at_start.status, 303,
        "the moved meeting opens at its new time"
    );
    // The count counts held meetings: the moved one is the second of five.
    let during = Cgi::new("admin", db.url(), "GET", &query_of(&admin_url))
        .json()
        .at("2026-04-03T14:00:00Z")
        .run()
        .json();
    assert_eq!(
        (during["occurrence"].as_u64(), during["remaining"].as_u64()),
        (Some(2), Some(4))
    );
}

fn a_change_of_the_series_keeps_the_exceptions_it_still_has(db: Backend) {
    let b = book(&db, WEEKLY);
    let admin_url = b["admin_url"].as_str().unwrap().to_string();
    let r = admin(
        &db,
        &admin_url,
        "action=skip&occurrence=2026-04-09T08:00:00Z",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    // A longer meeting, more meetings: the same occurrences, the skip stays.
    let r = admin(&db, &admin_url, "action=update&duration=90&count=8");
    assert_eq!(r.status, 200, "{}", r.body);
    let s = r.json();
    assert_eq!(s["occurrences"][3]["status"], "skipped", "{s}");
    assert_eq!(
        (s["count"].as_u64(), s["remaining"].as_u64()),
        (Some(8), Some(7))
    );
    // Another time of day: those occurrences are gone, and so is the skip.
    let r = admin(&db, &admin_url, "action=update&time=11:00");
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        statuses(&r.json()).iter().all(|(s, _)| s == "held"),
        "{}",
        r.body
    );
}

/// The first meeting moved a day later: after its time by the rule has
/// passed, the organiser's form (which sends every field as it is) still
/// changes the length, and the series stays whole with its move.
fn a_moved_current_meeting_can_still_be_changed(db: Backend) {
    let b = book(&db, WEEKLY);
    let admin_url = b["admin_url"].as_str().unwrap().to_string();
    let r = admin(
        &db,
        &admin_url,
        "action=move&occurrence=2026-03-19T09:00:00Z&date=2026-03-20&time=15:00",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let later = "2026-03-19T12:00:00Z";
    let page = Cgi::new("admin", db.url(), "GET", &query_of(&admin_url))
        .at(later)
        .run();
    assert!(
        page.body.contains("value=\"2026-03-19\"") && page.body.contains("value=\"10:00\""),
        "the form shows the series by its rule: {}",
        page.body
    );
    let form = "action=update&date=2026-03-19&time=10:00&tz=Europe%2FBerlin&repeat=weekly&count=6&duration=90";
    let r = admin_at(&db, &admin_url, later, form);
    assert_eq!(r.status, 200, "{}", r.body);
    let s = r.json();
    assert_eq!(
        (s["duration"].as_u64(), s["sequence"].as_u64()),
        (Some(90), Some(2))
    );
    assert_eq!(s["start"], "2026-03-20T14:00:00Z");
    assert_eq!(s["occurrences"][0]["status"], "moved", "{s}");
    assert_eq!(s["series_start"], "2026-03-19T09:00:00Z");
    // A real change of the time starts the series again from there.
    let r = admin_at(
        &db,
        &admin_url,
        later,
        "action=update&date=2026-03-26&time=11:00",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["start"], "2026-03-26T10:00:00Z");
    assert!(statuses(&r.json()).iter().all(|(s, _)| s == "held"));
}

fn bad_exceptions_are_refused_and_change_nothing(db: Backend) {
    let b = book(&db, WEEKLY);
    let admin_url = b["admin_url"].as_str().unwrap().to_string();
    let refused = |now: &str, form: &str, code: &str| {
        let r = admin_at(&db, &admin_url, now, form);
        assert_eq!(r.status, 400, "{form}: {}", r.body);
        assert_eq!(r.json()["code"], code, "{form}: {}", r.body);
        assert!(!r.json()["error"].as_str().unwrap().is_empty());
    };
    for (form, code) in [
        ("action=skip", "occurrence_missing"),
        (
            "action=skip&occurrence=2026-03-26+09:00",
            "occurrence_invalid",
        ),
        (
            "action=skip&occurrence=2026-02-30T09:00:00Z",
            "occurrence_invalid",
        ),
        ("action=skip&occurrence=%E2%80%8B", "occurrence_invalid"),
        (
            "action=skip&occurrence=2026-03-26T09:01:00Z",
            "occurrence_unknown",
        ),
        (
            "action=skip&occurrence=2027-03-26T09:00:00Z",
            "occurrence_unknown",
        ),
        (
            "action=restore&occurrence=2026-03-26T09:00:00Z",
            "exception_none",
        ),
        // 02:30 on 29 March does not exist in Berlin.
        (
            "action=move&occurrence=2026-03-26T09:00:00Z&date=2026-03-29&time=02:30",
            "time_nonexistent",
        ),
        // Onto the next one's time, past it, before the one before.
        (
            "action=move&occurrence=2026-03-26T09:00:00Z&date=2026-04-02&time=10:00",
            "exception_order",
        ),
        (
            "action=move&occurrence=2026-03-26T09:00:00Z&date=2026-04-05&time=10:00",
            "exception_order",
        ),
        (
            "action=move&occurrence=2026-03-26T09:00:00Z&date=2026-03-18&time=10:00",
            "exception_order",
        ),
        (
            "action=move&occurrence=2026-03-26T09:00:00Z&date=2026-13-01&time=10:00",
            "date_invalid",
        ),
        (
            "action=move&occurrence=2026-03-26T09:00:00Z&time=10:00",
            "date_missing",
        ),
        (
            "action=move&occurrence=2026-03-26T09:00:00Z&date=2026-03-27&time=25:00",
            "time_invalid",
        ),
        // Into the past.
        (
            "action=move&occurrence=2026-03-26T09:00:00Z&date=2026-03-01&time=10:00",
            "exception_past",
        ),
        (
            "action=skip&occurrence=2026-03-26T09:00:00Z&date=2026-03-27",
            "field_only_for_update",
        ),
        (
            "action=move&occurrence=2026-03-26T09:00:00Z&date=2026-03-27&time=10:00&tz=UTC",
            "field_only_for_update",
        ),
        (
            "action=update&time=11:00&occurrence=",
            "field_only_for_occurrence",
        ),
        (
            "action=cancel&occurrence=2026-03-26T09:00:00Z",
            "field_only_for_occurrence",
        ),
    ] {
        refused(NOW, form, code);
    }
    // Begun, or moved to a time already past.
    refused(
        "2026-03-19T09:30:00Z",
        "action=skip&occurrence=2026-03-19T09:00:00Z",
        "exception_past",
    );
    refused(
        "2026-03-19T09:30:00Z",
        "action=move&occurrence=2026-03-26T09:00:00Z&date=2026-03-19&time=10:15",
        "exception_past",
    );
    let feed = |db: &Backend| super_feed(db, &b);
    let before = feed(&db);
    assert_eq!(shown(&db, &admin_url)["sequence"], 0, "nothing was written");
    // The last meeting left cannot be skipped: that is a cancellation.
    for start in [
        "2026-03-19T09:00:00Z",
        "2026-03-26T09:00:00Z",
        "2026-04-02T08:00:00Z",
        "2026-04-09T08:00:00Z",
        "2026-04-16T08:00:00Z",
    ] {
        let r = admin(&db, &admin_url, &format!("action=skip&occurrence={start}"));
        assert_eq!(r.status, 200, "{}", r.body);
    }
    refused(
        NOW,
        "action=skip&occurrence=2026-04-23T08:00:00Z",
        "exception_last",
    );
    assert_eq!(shown(&db, &admin_url)["sequence"], 5);
    assert_ne!(feed(&db), before);
    // A single meeting has nothing to skip.
    let one = book(&db, "name=x&date=2026-03-19&time=10:00&tz=Europe%2FBerlin");
    let r = admin(
        &db,
        one["admin_url"].as_str().unwrap(),
        "action=skip&occurrence=2026-03-19T09:00:00Z",
    );
    assert_eq!(
        (r.status, r.json()["code"].as_str()),
        (400, Some("exception_one_off"))
    );
    // An unknown feed parameter.
    let r = Cgi::new(
        "ics",
        db.url(),
        "GET",
        &format!("{}&feed=yes", query_of(b["ics_url"].as_str().unwrap())),
    )
    .json()
    .at(NOW)
    .run();
    assert_eq!(
        (r.status, r.json()["code"].as_str()),
        (400, Some("feed_invalid"))
    );
    // An unknown meeting has no feed.
    let r = Cgi::new(
        "ics",
        db.url(),
        "GET",
        "id=unknownunknownunknownunkn&feed=1",
    )
    .at(NOW)
    .run();
    assert_eq!(r.status, 404);
}

fn super_feed(db: &Backend, booked: &Value) -> String {
    feed(db, booked, NOW, &[]).body
}

/// At most 100 exceptions per meeting; the 101st is a 400 with the number.
fn at_most_a_hundred_exceptions(db: Backend) {
    let b = book(
        &db,
        "name=x&date=2026-03-19&time=10:00&tz=UTC&repeat=daily&count=150",
    );
    let admin_url = b["admin_url"].as_str().unwrap().to_string();
    let day = |n: i64| {
        (chrono::DateTime::parse_from_rfc3339("2026-03-19T10:00:00Z").unwrap()
            + chrono::Duration::days(n))
        .with_timezone(&chrono::Utc)
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    };
    for n in 0..100 {
        let r = admin(
            &db,
            &admin_url,
            &format!("action=skip&occurrence={}", day(n)),
        );
        assert_eq!(r.status, 200, "skip {n}: {}", r.body);
    }
    let r = admin(
        &db,
        &admin_url,
        &format!("action=skip&occurrence={}", day(100)),
    );
    assert_eq!(r.status, 400, "{}", r.body);
    assert_eq!(r.json()["code"], "exceptions_too_many");
    assert!(
        r.json()["error"].as_str().unwrap().contains("100"),
        "{}",
        r.body
    );
    let s = shown(&db, &admin_url);
    assert_eq!(
        (s["sequence"].as_u64(), s["remaining"].as_u64()),
        (Some(100), Some(50))
    );
    // The first held meeting is the 101st day's.
    assert_eq!(s["start"], day(100));
    // Restoring one makes room again.
    assert_eq!(
        admin(
            &db,
            &admin_url,
            &format!("action=restore&occurrence={}", day(3))
        )
        .status,
        200
    );
    assert_eq!(
        admin(
            &db,
            &admin_url,
            &format!("action=skip&occurrence={}", day(120))
        )
        .status,
        200
    );
}

/// The row kept of an ended meeting, as text, with its column names.
fn ended_rows(db: &Backend) -> Vec<String> {
    let sql = "SELECT * FROM ended_meetings";
    match db {
        Backend::Sqlite { url, .. } => {
            let conn = rusqlite::Connection::open(url.trim_start_matches("sqlite:")).unwrap();
            let mut stmt = conn.prepare(sql).unwrap();
            let names: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
            let rows = stmt
                .query_map([], |r| {
                    Ok((0..names.len())
                        .map(|i| {
                            format!(
                                "{}={:?}",
                                names[i],
                                r.get::<_, rusqlite::types::Value>(i).unwrap()
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(" "))
                })
                .unwrap();
            rows.map(Result::unwrap).collect()
        }
        Backend::MariaDb { url, .. } => {
            use mysql::prelude::Queryable;
            let mut conn = mysql::Conn::new(mysql::Opts::from_url(url).unwrap()).unwrap();
            let rows: Vec<mysql::Row> = conn.query(sql).unwrap();
            rows.iter()
                .map(|r| {
                    r.columns_ref()
                        .iter()
                        .enumerate()
                        .map(|(i, c)| format!("{}={:?}", c.name_str(), r.as_ref(i).unwrap()))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect()
        }
    }
}

fn cleanup_at(db: &Backend, now: &str) -> String {
    let r = Cgi::new("cleanup", db.url(), "GET", "").at(now).run();
    assert_eq!(r.status, 200, "{}", r.body);
    r.body
}

fn a_cancelled_meeting_tells_its_subscribers(db: Backend) {
    let b = book(&db, WEEKLY);
    let admin_url = b["admin_url"].as_str().unwrap().to_string();
    let room = db.rooms().pop().unwrap();
    let live = feed(&db, &b, NOW, &[]);
    let r = admin_at(
        &db,
        &admin_url,
        "2026-03-11T08:00:00Z",
        "action=cancel&confirm=yes",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(db.count(), 0, "the meeting itself is gone");
    let kept = ended_rows(&db);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(
        !kept[0].contains(&room) && !kept[0].contains("room") && !kept[0].contains("admin"),
        "{kept:?}"
    );
    // The invite link is gone; the feed says cancelled, with a higher sequence.
    let invite = Cgi::new(
        "invite",
        db.url(),
        "GET",
        &query_of(b["invite_url"].as_str().unwrap()),
    )
    .at("2026-03-11T09:00:00Z")
    .run();
    assert_eq!(invite.status, 404);
    let f = feed(&db, &b, "2026-03-12T08:00:00Z", &[]);
    assert_eq!(f.status, 200, "{}", f.body);
    let text = unfolded(&f.body);
    for needle in [
        "METHOD:PUBLISH\r\n",
        "STATUS:CANCELLED\r\n",
        "SEQUENCE:1\r\n",
        "LAST-MODIFIED:20260311T080000Z\r\n",
        "RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=6\r\n",
        "DTSTART;TZID=Europe/Berlin:20260319T100000\r\n",
    ] {
        assert!(text.contains(needle), "{needle:?}:\n{text}");
    }
    assert_eq!(uid_of(&text), uid_of(&live.body));
    assert!(!text.contains(&room));
    let etag = f.header("ETag").unwrap().to_string();
    let again = feed(
        &db,
        &b,
        "2026-03-12T08:00:00Z",
        &[("HTTP_IF_NONE_MATCH", &etag)],
    );
    assert_eq!(again.status, 304);
    // Thirty days after the cancellation: gone, and cleanup forgets it.
    assert_eq!(feed(&db, &b, "2026-04-10T07:59:59Z", &[]).status, 200);
    assert_eq!(feed(&db, &b, "2026-04-10T08:00:00Z", &[]).status, 404);
    assert!(cleanup_at(&db, "2026-04-09T08:00:00Z").contains("forgot 0 ended"));
    assert_eq!(ended_rows(&db).len(), 1);
    assert!(cleanup_at(&db, "2026-04-10T08:00:00Z").contains("forgot 1 ended"));
    assert!(ended_rows(&db).is_empty());
}

fn a_finished_meeting_stays_as_held_for_the_grace_period(db: Backend) {
    // A single meeting of an hour; it is over 23 hours after its start.
    let b = book(
        &db,
        "name=x&date=2026-03-19&time=10:00&tz=Europe%2FBerlin&duration=60",
    );
    let live = feed(&db, &b, NOW, &[]);
    let over = "2026-03-20T09:00:00Z";
    let before_cleanup = feed(&db, &b, over, &[]);
    assert_eq!(
        before_cleanup.body, live.body,
        "over but not yet cleaned up: as it was"
    );
    assert!(cleanup_at(&db, over).starts_with("deleted 1 meetings"));
    assert_eq!(db.count(), 0);
    let kept = ended_rows(&db);
    assert_eq!(kept.len(), 1);
    let f = feed(&db, &b, over, &[]);
    assert_eq!(f.status, 200, "{}", f.body);
    let text = unfolded(&f.body);
    assert!(
        !text.contains("STATUS:CANCELLED"),
        "a held meeting is not shown cancelled: {text}"
    );
    assert!(
        text.contains("SEQUENCE:0\r\n")
            && text.contains("DTSTART;TZID=Europe/Berlin:20260319T100000\r\n"),
        "{text}"
    );
    assert_eq!(uid_of(&text), uid_of(&live.body));
    // feed_grace_days after the end of its window (23 hours after its start).
    assert_eq!(feed(&db, &b, "2026-04-19T07:59:59Z", &[]).status, 200);
    assert_eq!(feed(&db, &b, "2026-04-19T08:00:00Z", &[]).status, 404);
    assert!(cleanup_at(&db, "2026-04-19T08:00:00Z").contains("forgot 1 ended"));
    // A shorter grace period, set by the operator.
    let b = book(&db, "name=x&date=2026-03-19&time=10:00&tz=UTC");
    let short = Cgi::new("cleanup", db.url(), "GET", "")
        .env("PLANADO_FEED_GRACE_DAYS", "0")
        .at(over)
        .run();
    assert!(
        short.body.starts_with("deleted 1 meetings"),
        "{}",
        short.body
    );
    assert_eq!(feed(&db, &b, over, &[]).status, 404);
}

on_both_backends!(
    a_series_with_exceptions_is_followed_everywhere,
    a_change_of_the_series_keeps_the_exceptions_it_still_has,
    a_moved_current_meeting_can_still_be_changed,
    bad_exceptions_are_refused_and_change_nothing,
    at_most_a_hundred_exceptions,
    a_cancelled_meeting_tells_its_subscribers,
    a_finished_meeting_stays_as_held_for_the_grace_period,
);

/// Through `planado serve`: the pages offer the subscription (the vendor
/// links can be turned off), and the feed's 304 and cache header arrive.
#[test]
fn serve_answers_the_feed_and_its_304() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}/planado.db", dir.path().display());
    for (vendors, shown) in [("true", true), ("false", false)] {
        let served = common::serve(&[
            ("PLANADO_DATABASE_URL", &db),
            ("PLANADO_JITSI_URL", "https://jitsi.test"),
            ("PLANADO_CALENDAR_VENDOR_LINKS", vendors),
        ]);
        let addr = &served.addr;
        let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).format("%Y-%m-%d");
        let form = format!("name=Caf%C3%A9&date={tomorrow}&time=10:00&repeat=weekly&count=3");
        let mut page = common::http(addr, "POST", "/booking", "text/html", Some(&form));
        assert_eq!(page.status, 201, "{}", page.body);
        page.body = page.body.replace("&#38;", "&").replace("&amp;", "&");
        let b = common::http(addr, "POST", "/booking", "application/json", Some(&form)).json();
        let feed_url = format!(
            "http://{addr}/ics?id={}&feed=1",
            common::invite_id(b["invite_url"].as_str().unwrap())
        );
        assert_eq!(b["feed_url"], feed_url.as_str());
        let webcal = feed_url.replace("http://", "webcal://");
        let enc = planado::domain::links::encode;
        let google = format!(
            "https://calendar.google.com/calendar/render?cid={}",
            enc(&webcal)
        );
        let outlook = format!(
            "https://outlook.live.com/calendar/0/addfromweb?url={}",
            enc(&feed_url)
        );
        // (The page's booking is another one than the JSON's: its own id.)
        let prefix = format!("href=\"webcal://{addr}/ics?id=");
        assert!(page.body.contains(&prefix), "{}", page.body);
        assert_eq!(
            page.body
                .contains(&format!("\"{}", google.split("%3Fid%3D").next().unwrap())),
            shown,
            "{google}: {}",
            page.body
        );
        assert_eq!(
            page.body
                .contains(&format!("\"{}", outlook.split("%3Fid%3D").next().unwrap())),
            shown
        );
        assert_eq!(
            page.body.matches("calendar.google.com").count(),
            if shown { 2 } else { 0 }
        );
        // The confirmation knows the name and offers it too, saying what it means.
        assert!(
            page.body.contains("&feed=1&name=Caf%C3%A9\""),
            "{}",
            page.body
        );
        assert!(page.body.contains("the calendar provider"));
        let path = common::path_of(&feed_url);
        let first = common::raw_http(
            addr,
            format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
        );
        assert_eq!(first.status, 200, "{}", first.head);
        assert_eq!(
            first.header("Cache-Control").as_deref(),
            Some("max-age=3600")
        );
        common::assert_security_headers(|h| first.header(h), "the feed");
        let etag = first.header("ETag").unwrap();
        let second = common::raw_http(
            addr,
            format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nIf-None-Match: {etag}\r\nConnection: close\r\n\r\n").as_bytes(),
        );
        assert_eq!(second.status, 304, "{}", second.head);
        assert!(second.body.is_empty());
        // The waiting page offers the feed without the name.
        let invite_path = common::path_of(b["invite_url"].as_str().unwrap());
        let mut waiting = common::http(addr, "GET", &invite_path, "text/html", None);
        waiting.body = waiting.body.replace("&#38;", "&").replace("&amp;", "&");
        assert!(
            waiting.body.contains(&format!("href=\"{webcal}\"")),
            "{}",
            waiting.body
        );
        assert!(!waiting.body.contains("name=Caf"));
        assert_eq!(waiting.body.contains("calendar.google.com"), shown);
    }
}
