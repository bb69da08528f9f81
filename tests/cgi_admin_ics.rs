//! The organiser's page and the calendar file through the real CGI binaries,
//! on SQLite and MariaDB.

mod common;

use common::{Backend, Cgi, book, invite_id, query_of};

const NOW: &str = "2026-05-04T08:00:00Z";

fn booked(db: &Backend) -> (serde_json::Value, String, String) {
    let b = book(
        db,
        NOW,
        "name=Vorstand&date=2026-05-05&time=10:00&tz=Europe%2FBerlin&repeat=weekly&count=4",
    );
    let admin_q = query_of(b["admin_url"].as_str().unwrap());
    let invite_q = query_of(b["invite_url"].as_str().unwrap());
    (b, admin_q, invite_q)
}

/// The calendar file of a booking, through its `ics_url`.
fn ics_of(db: &Backend, booking: &serde_json::Value) -> common::Response {
    Cgi::new(
        "ics",
        db.url(),
        "GET",
        &query_of(booking["ics_url"].as_str().unwrap()),
    )
    .at(NOW)
    .run()
}

fn admin(db: &Backend, query: &str) -> Cgi {
    Cgi::new("admin", db.url(), "GET", query).at(NOW)
}

fn admin_post(db: &Backend, query: &str, form: &str) -> Cgi {
    Cgi::new("admin", db.url(), "POST", query)
        .at(NOW)
        .form(form)
}

fn the_organiser_sees_the_meeting(db: Backend) {
    let (b, admin_q, _) = booked(&db);
    let page = admin(&db, &admin_q).run();
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("Tuesday, May 5, 2026 at 10:00\u{202f}AM")
            && page.body.contains("Weekly, 4 meetings"),
        "{}",
        page.body
    );
    assert!(page.body.contains("meeting 1 of 4"));
    assert!(page.body.contains(&format!(
        "value=\"https://planado.test/invite?id={}#config.doNotStoreRoom=true\"",
        invite_id(b["invite_url"].as_str().unwrap())
    )));
    assert_eq!(page.header("Cache-Control"), Some("no-store"));
    let j = admin(&db, &admin_q).json().run().json();
    assert_eq!(
        (j["start"].as_str(), j["tz"].as_str(), j["repeat"].as_str()),
        (
            Some("2026-05-05T08:00:00Z"),
            Some("Europe/Berlin"),
            Some("weekly")
        )
    );
    assert_eq!(
        (
            j["count"].as_u64(),
            j["remaining"].as_u64(),
            j["sequence"].as_u64()
        ),
        (Some(4), Some(4), Some(0))
    );
    // The series from the current meeting on, in the meeting's zone.
    assert_eq!(
        j["upcoming"],
        serde_json::json!([
            "2026-05-05T08:00:00Z",
            "2026-05-12T08:00:00Z",
            "2026-05-19T08:00:00Z",
            "2026-05-26T08:00:00Z"
        ])
    );
    assert!(
        page.body.contains(
            "datetime=\"2026-05-26T08:00:00Z\">Tuesday, May 26, 2026 at 10:00\u{202f}AM</time>"
        ) && page.body.contains("(current)"),
        "{}",
        page.body
    );
    // The PHP Planado's parameter name for the key.
    assert_eq!(
        admin(&db, &admin_q.replace("&key=", "&admin="))
            .run()
            .status,
        200
    );
}

fn a_wrong_key_is_an_unknown_id(db: Backend) {
    let (b, admin_q, _) = booked(&db);
    let id = invite_id(b["invite_url"].as_str().unwrap());
    let wrong = admin(&db, &format!("id={id}&key=aaaaaaaaaaaaaaaaaaaaaaaaaa")).run();
    let unknown = admin(
        &db,
        "id=bbbbbbbbbbbbbbbbbbbbbbbbbb&key=aaaaaaaaaaaaaaaaaaaaaaaaaa",
    )
    .run();
    let no_key = admin(&db, &format!("id={id}")).run();
    assert_eq!(
        (wrong.status, unknown.status, no_key.status),
        (404, 404, 404)
    );
    assert_eq!(wrong.body, unknown.body, "the same answer");
    assert_eq!(wrong.headers, unknown.headers);
    for action in [
        "update&date=2026-06-01&time=09:00",
        "cancel&confirm=yes",
        "enter",
    ] {
        let r = admin_post(
            &db,
            &format!("id={id}&key=wrong"),
            &format!("action={action}"),
        )
        .run();
        assert_eq!(r.status, 404, "{action}");
    }
    // Nothing changed.
    let j = admin(&db, &admin_q).json().run().json();
    assert_eq!(
        (j["sequence"].as_u64(), j["start"].as_str()),
        (Some(0), Some("2026-05-05T08:00:00Z"))
    );
}

fn changing_the_time_keeps_every_link(db: Backend) {
    let (_, admin_q, invite_q) = booked(&db);
    let r = admin_post(
        &db,
        &admin_q,
        "action=update&date=2026-05-07&time=18:30&tz=America%2FNew_York&repeat=monthly&count=2",
    )
    .run();
    assert_eq!(r.status, 303);
    let location = r.header("Location").unwrap();
    assert!(
        location.starts_with("https://planado.test/admin?id=") && location.ends_with("&changed=1"),
        "{location}"
    );
    let after = admin(&db, &format!("{admin_q}&changed=1")).run();
    assert!(after.body.contains("Your changes are saved."));
    let w = Cgi::new("invite", db.url(), "GET", &invite_q)
        .at(NOW)
        .json()
        .run()
        .json();
    assert_eq!(
        w["start"], "2026-05-07T22:30:00Z",
        "the same invite link, the new time"
    );
    let ics = Cgi::new("ics", db.url(), "GET", &invite_q).at(NOW).run();
    assert!(
        ics.body.contains("SEQUENCE:1\r\n")
            && ics
                .body
                .contains("RRULE:FREQ=MONTHLY;INTERVAL=1;COUNT=2\r\n"),
        "{}",
        ics.body
    );
    assert!(
        ics.body
            .contains("DTSTART;TZID=America/New_York:20260507T183000\r\n")
    );
    // JSON, leaving out what stays.
    let j = admin_post(&db, &admin_q, "action=update&time=07:00")
        .json()
        .run();
    assert_eq!(j.status, 200, "{}", j.body);
    assert_eq!(
        (j.json()["start"].as_str(), j.json()["sequence"].as_u64()),
        (Some("2026-05-07T11:00:00Z"), Some(2))
    );
    // Bad changes are refused and change nothing.
    for (form, code) in [
        ("action=update&date=2026-05-01&time=10:00", "start_past"),
        ("action=update&count=521", "count_invalid"),
        ("action=update&date=2026-13-01", "date_invalid"),
        ("action=update&tz=Europe%2FAtlantis", "tz_invalid"),
        ("action=explode", "action_invalid"),
    ] {
        let r = admin_post(&db, &admin_q, form).json().run();
        assert_eq!(
            (r.status, r.json()["code"].as_str()),
            (400, Some(code)),
            "{form}"
        );
    }
    assert_eq!(admin(&db, &admin_q).json().run().json()["sequence"], 2);
}

fn cancelling_asks_first(db: Backend) {
    let (_, admin_q, invite_q) = booked(&db);
    let ask = admin_post(&db, &admin_q, "action=cancel").run();
    assert_eq!(ask.status, 200);
    assert!(
        ask.body.contains("name=\"confirm\" value=\"yes\""),
        "a confirmation step without JavaScript"
    );
    assert_eq!(db.count(), 1);
    let done = admin_post(&db, &admin_q, "action=cancel&confirm=yes").run();
    assert_eq!(done.status, 200);
    assert!(done.body.contains("The conference is cancelled"));
    assert_eq!(db.count(), 0);
    assert_eq!(
        Cgi::new("invite", db.url(), "GET", &invite_q)
            .at(NOW)
            .run()
            .status,
        404
    );
    assert_eq!(admin(&db, &admin_q).run().status, 404);
    // JSON callers cancel in one step.
    let (_, admin_q, _) = booked(&db);
    let j = admin_post(&db, &admin_q, "action=cancel").json().run();
    assert_eq!(
        (j.status, j.json()["status"].as_str()),
        (200, Some("cancelled"))
    );
    assert_eq!(db.count(), 0);
}

fn the_organiser_may_enter_early(db: Backend) {
    let (_, admin_q, invite_q) = booked(&db);
    let r = admin_post(&db, &admin_q, "action=enter").run();
    assert_eq!(r.status, 303);
    let room = db.rooms().pop().unwrap();
    assert_eq!(
        r.header("Location"),
        Some(format!("https://jitsi.test/{room}").as_str())
    );
    // Invitees still wait.
    assert_eq!(
        Cgi::new("invite", db.url(), "GET", &invite_q)
            .at(NOW)
            .run()
            .status,
        200
    );
    let j = admin_post(&db, &admin_q, "action=enter")
        .json()
        .run()
        .json();
    assert_eq!(j["room_url"], format!("https://jitsi.test/{room}"));
}

fn the_calendar_file(db: Backend) {
    let (b, _, _) = booked(&db);
    let ics_q = query_of(b["ics_url"].as_str().unwrap());
    let r = Cgi::new("ics", db.url(), "GET", &ics_q).at(NOW).run();
    assert_eq!(r.status, 200);
    assert_eq!(
        r.header("Content-Type"),
        Some("text/calendar; charset=utf-8")
    );
    assert_eq!(
        r.header("Content-Disposition"),
        Some("attachment; filename=\"meeting.ics\"; filename*=UTF-8''Vorstand%2Eics")
    );
    let id = invite_id(b["invite_url"].as_str().unwrap());
    assert!(
        r.body.split("\r\n").all(|l| l.len() <= 75),
        "folded at 75 octets"
    );
    let unfolded = r.body.replace("\r\n ", "");
    for needle in [
        "BEGIN:VCALENDAR\r\n",
        "METHOD:PUBLISH\r\n",
        "SUMMARY:Vorstand\r\n",
        "SEQUENCE:0\r\n",
        "DTSTART;TZID=Europe/Berlin:20260505T100000\r\n",
        "DTEND;TZID=Europe/Berlin:20260505T110000\r\n",
        "RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=4\r\n",
        "DTSTAMP:20260504T080000Z\r\n",
        &format!("UID:{id}@planado.test\r\n"),
        &format!(
            "URL:https://planado.test/invite?id={id}#config.subject=%22Vorstand%22&config.localSubject=%22Vorstand%22&config.doNotStoreRoom=true\r\n"
        ),
    ] {
        assert!(unfolded.contains(needle), "missing {needle:?}:\n{}", r.body);
    }
    // The same UID on every download, so calendars update instead of duplicating.
    let again = Cgi::new("ics", db.url(), "GET", &ics_q)
        .at("2026-05-04T09:00:00Z")
        .run();
    assert!(again.body.contains(&format!("UID:{id}@planado.test\r\n")));
    // Without a name: a neutral summary.
    let plain = Cgi::new("ics", db.url(), "GET", &format!("id={id}"))
        .at(NOW)
        .env("HTTP_ACCEPT_LANGUAGE", "de")
        .run();
    assert!(plain.body.contains("SUMMARY:Videokonferenz\r\n"));
    // Bad input.
    let long = Cgi::new(
        "ics",
        db.url(),
        "GET",
        &format!("id={id}&name={}", "x".repeat(10_000)),
    )
    .at(NOW)
    .json()
    .run();
    assert_eq!(
        (long.status, long.json()["code"].as_str()),
        (400, Some("name_too_long"))
    );
    assert_eq!(
        Cgi::new("ics", db.url(), "GET", &format!("id={id}&name=a%0Db"))
            .run()
            .status,
        400
    );
    assert_eq!(Cgi::new("ics", db.url(), "GET", "name=x").run().status, 400);
    assert_eq!(
        Cgi::new("ics", db.url(), "GET", "id=unknown&name=x")
            .run()
            .status,
        404
    );
    assert_eq!(
        Cgi::new("ics", db.url(), "POST", &ics_q)
            .form("")
            .run()
            .status,
        405
    );
}

fn pages_carry_the_calendar_for_the_browser(db: Backend) {
    let (_, admin_q, invite_q) = booked(&db);
    let waiting = Cgi::new("invite", db.url(), "GET", &invite_q).at(NOW).run();
    assert!(
        waiting
            .body
            .contains("class=\"calendar-file\" data-ics=\"BEGIN:VCALENDAR"),
        "{}",
        waiting.body
    );
    assert!(waiting.body.contains("SUMMARY:Video conference"));
    assert!(
        !waiting.body.contains(&db.rooms()[0]),
        "no room in the calendar before the start"
    );
    let page = admin(&db, &admin_q).run();
    assert!(page.body.contains("data-ics=\"BEGIN:VCALENDAR"));
}

/// A key imported from the PHP Planado (an invitee can compute those) opens
/// the admin page once: the page hands out a new key, the old one stops
/// working, and it never takes anyone into the room. What the request asked
/// for is not done with the old key.
fn an_imported_key_is_renewed_on_first_use(db: Backend) {
    let (_, admin_q, invite_q) = booked(&db);
    let key = admin_q.split("key=").nth(1).unwrap().to_string();
    let enter_early = |admin_key: &str| {
        Cgi::new(
            "invite",
            db.url(),
            "GET",
            &format!("{invite_q}&admin={admin_key}"),
        )
        .at(NOW)
        .run()
        .status
    };
    assert_eq!(enter_early(&key), 303, "a key of ours enters early");
    db.execute("UPDATE meetings SET legacy_admin_key = 1");
    assert_eq!(enter_early(&key), 200, "an imported key does not");
    let cancel = admin_post(&db, &admin_q, "action=cancel&confirm=yes")
        .env("HTTP_ACCEPT_LANGUAGE", "de")
        .run();
    assert_eq!(cancel.status, 200, "{}", cancel.body);
    assert!(
        cancel.body.contains("Ihr neuer Verwaltungslink"),
        "{}",
        cancel.body
    );
    assert_eq!(db.count(), 1, "not cancelled with the old key");
    let new_url = cancel
        .body
        .split("id=\"admin-url\" type=\"text\" readonly value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no new link in {}", cancel.body))
        .replace("&#38;", "&")
        .replace("&amp;", "&");
    assert!(
        new_url.starts_with("https://planado.test/admin?id="),
        "{new_url}"
    );
    assert_eq!(
        admin(&db, &admin_q).run().status,
        404,
        "the old key is gone"
    );
    let new_q = query_of(&new_url);
    let page = admin(&db, &new_q).run();
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("admin-url"), "renewed once only");
    let new_key = new_q.split("key=").nth(1).unwrap();
    assert_eq!(enter_early(new_key), 303, "the new key is an ordinary one");
    let cancelled = admin_post(&db, &new_q, "action=cancel&confirm=yes").run();
    assert_eq!(cancelled.status, 200);
    assert_eq!(db.count(), 0);
}

/// Two organisers change the date and the time at the same moment, through two
/// processes: both changes land (each request names only its own field).
/// Forms that say which version they were made from: one lands, the other is
/// told to reload (409), never a silent loss.
fn two_changes_at_once_lose_nothing(db: Backend) {
    let (_, admin_q, _) = booked(&db);
    let at_once = |forms: [&str; 2]| {
        let (statuses, log) = all_at_once(
            forms
                .iter()
                .map(|form| {
                    // Both read, then both wait, then both write: the race, every time.
                    admin_post(&db, &admin_q, form)
                        .json()
                        .env("PLANADO_TEST_PAUSE", "update:300")
                })
                .collect(),
        );
        // One of the two found the other's change when it wrote: they overlapped.
        assert!(
            log.contains("changed meanwhile"),
            "the two did not overlap: {log}"
        );
        statuses
    };
    let state = || admin(&db, &admin_q).json().run().json();
    for round in 0..4u32 {
        let day = 10 + round;
        let minute = 10 + round;
        let statuses = at_once([
            &format!("action=update&date=2026-05-{day}"),
            &format!("action=update&time=11:{minute}"),
        ]);
        assert_eq!(statuses, [200, 200], "round {round}");
        let now = state();
        let expected = planado::domain::schedule::resolve_local(
            chrono_tz::Europe::Berlin,
            chrono::NaiveDate::from_ymd_opt(2026, 5, day)
                .unwrap()
                .and_hms_opt(11, minute, 0)
                .unwrap(),
        );
        assert_eq!(
            now["start"].as_str().unwrap(),
            expected.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "round {round}: both the date and the time"
        );
        assert_eq!(now["sequence"], 2 * (round + 1));
    }
    for round in 0..3u32 {
        let seen = state()["sequence"].as_u64().unwrap();
        let mut statuses = at_once([
            &format!("action=update&sequence={seen}&date=2026-06-01&time=09:00"),
            &format!("action=update&sequence={seen}&date=2026-06-02&time=10:00"),
        ]);
        statuses.sort();
        assert_eq!(
            statuses,
            [200, 409],
            "round {round}: one lands, one is told"
        );
        assert_eq!(state()["sequence"].as_u64().unwrap(), seen + 1);
    }
    let stale = admin_post(&db, &admin_q, "action=update&sequence=0&time=12:00")
        .env("HTTP_ACCEPT_LANGUAGE", "de")
        .run();
    assert_eq!(stale.status, 409);
    assert!(
        stale.body.contains("während Sie sie bearbeitet haben"),
        "{}",
        stale.body
    );
    let page = admin(&db, &admin_q).run();
    let seen = state()["sequence"].as_u64().unwrap();
    assert!(
        page.body
            .contains(&format!("name=\"sequence\" value=\"{seen}\"")),
        "the form says which version it shows"
    );
}

/// Runs the requests as processes started together; their statuses and
/// what they wrote to the log.
fn all_at_once(cgis: Vec<Cgi>) -> (Vec<u16>, String) {
    let children: Vec<_> = cgis
        .iter()
        .map(|cgi| {
            let mut cmd = std::process::Command::new(&cgi.binary);
            cmd.env_clear()
                .envs(cgi.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            let mut child = cmd.spawn().unwrap();
            use std::io::Write;
            child.stdin.take().unwrap().write_all(&cgi.body).unwrap();
            child
        })
        .collect();
    let mut log = String::new();
    let statuses = children
        .into_iter()
        .map(|child| {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "{stderr}");
            log.push_str(&stderr);
            let text = String::from_utf8(out.stdout).unwrap();
            text.split_once("\r\n")
                .and_then(|(status, _)| status.split(' ').nth(1))
                .unwrap()
                .parse::<u16>()
                .unwrap()
        })
        .collect();
    (statuses, log)
}

/// Twelve changes without a version at the same moment (twelve tabs saved at
/// once): every one lands, one after another, none is lost and none is told
/// the database is unavailable (three of twelve were, with three attempts).
fn twelve_changes_at_once_all_land(db: Backend) {
    let (_, admin_q, _) = booked(&db);
    let forms: Vec<String> = (0..12)
        .map(|i| format!("action=update&time=11:{:02}", 10 + i))
        .collect();
    let (statuses, log) = all_at_once(
        forms
            .iter()
            .map(|form| {
                // All read, all wait, all write: eleven lose the first race.
                admin_post(&db, &admin_q, form)
                    .json()
                    .env("PLANADO_TEST_PAUSE", "update:150")
            })
            .collect(),
    );
    assert_eq!(statuses, vec![200; 12], "{log}");
    let lost = log.matches("changed meanwhile").count();
    assert!(
        lost >= 11,
        "the twelve overlapped: {lost} lost a race\n{log}"
    );
    let state = admin(&db, &admin_q).json().run().json();
    assert_eq!(state["sequence"], 12, "each change applied once");
}

on_every_connection!(
    twelve_changes_at_once_all_land,
    a_length_and_a_reminder,
    a_monthly_weekday_series_is_named_and_written,
    the_organiser_opens_the_doors_early,
    two_changes_at_once_lose_nothing,
    an_imported_key_is_renewed_on_first_use,
    the_organiser_sees_the_meeting,
    a_wrong_key_is_an_unknown_id,
    changing_the_time_keeps_every_link,
    cancelling_asks_first,
    the_organiser_may_enter_early,
    the_calendar_file,
    pages_carry_the_calendar_for_the_browser,
);

/// A monthly series on a weekday: the organiser's page names the day it
/// keeps, in both languages, and the calendar file says `BYDAY`.
fn a_monthly_weekday_series_is_named_and_written(db: Backend) {
    let b = book(
        &db,
        NOW,
        "name=x&date=2026-05-29&time=10:00&tz=Europe%2FBerlin&repeat=monthly_last_weekday&count=6",
    );
    let admin_q = query_of(b["admin_url"].as_str().unwrap());
    let en = admin(&db, &admin_q).run();
    assert!(
        en.body.contains("Monthly on the last Friday, 6 meetings"),
        "{}",
        en.body
    );
    let de = admin(&db, &admin_q).env("HTTP_ACCEPT_LANGUAGE", "de").run();
    assert!(
        de.body.contains("Monatlich am letzten Freitag, 6 Termine"),
        "{}",
        de.body
    );
    let j = admin(&db, &admin_q).json().run().json();
    assert_eq!(
        j["upcoming"].as_array().map(Vec::len),
        Some(5),
        "five of six"
    );
    assert_eq!(j["upcoming"][1], "2026-06-26T08:00:00Z");
    let ics = ics_of(&db, &b);
    assert!(
        ics.body
            .contains("RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR;COUNT=6\r\n"),
        "{}",
        ics.body
    );
}

/// The organiser changes when the room opens; the calendar file and the
/// invitation say it.
fn the_organiser_opens_the_doors_early(db: Backend) {
    let (_, admin_q, invite_q) = booked(&db);
    let j = admin_post(&db, &admin_q, "action=update&open_early=10")
        .json()
        .run()
        .json();
    assert_eq!(
        (j["open_early"].as_u64(), j["opens"].as_str()),
        (Some(10), Some("2026-05-05T07:50:00Z"))
    );
    assert_eq!(j["sequence"], 1);
    let page = admin(&db, &admin_q).run();
    assert!(
        page.body
            .contains("<option value=\"10\" selected>10 minutes before</option>"),
        "{}",
        page.body
    );
    let ics = Cgi::new("ics", db.url(), "GET", &invite_q).at(NOW).run();
    assert!(
        ics.body
            .replace("\r\n ", "")
            .contains("The room opens 10 minutes before the start."),
        "{}",
        ics.body
    );
    let at = |now: &str| {
        Cgi::new("invite", db.url(), "GET", &invite_q)
            .at(now)
            .run()
            .status
    };
    assert_eq!(at("2026-05-05T07:49:59Z"), 200);
    assert_eq!(at("2026-05-05T07:50:00Z"), 303);
    let form = "name=Vorstand&date=2026-05-05&time=10:00&tz=Europe%2FBerlin&open_early=5";
    let b = book(&db, NOW, form);
    assert_eq!(b["opens"], "2026-05-05T07:55:00Z");
    let booked_page = Cgi::new("booking", db.url(), "POST", "")
        .at(NOW)
        .form(form)
        .run();
    assert!(
        booked_page
            .body
            .contains("The room opens 5 minutes before the start."),
        "the invitation says it: {}",
        booked_page.body
    );
}

/// A length and a reminder: `DTEND` and a `VALARM` in the calendar file, the
/// length on the waiting and the organiser's pages, and a room that stays open
/// until the end (plus half an hour) when that is later than
/// `expire_after_hours`.
fn a_length_and_a_reminder(db: Backend) {
    let b = book(
        &db,
        NOW,
        "name=x&date=2026-05-05&time=10:00&tz=Europe%2FBerlin&duration=180&reminder=60",
    );
    assert_eq!(
        (b["duration"].as_u64(), b["reminder"].as_u64()),
        (Some(180), Some(60))
    );
    let ics = ics_of(&db, &b);
    for needle in [
        "DTSTART;TZID=Europe/Berlin:20260505T100000\r\n",
        "DTEND;TZID=Europe/Berlin:20260505T130000\r\n",
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nTRIGGER:-PT1H\r\nEND:VALARM\r\n",
    ] {
        assert!(ics.body.contains(needle), "{needle:?} in {}", ics.body);
    }
    let invite_q = query_of(b["invite_url"].as_str().unwrap());
    let invite = |now: &str| {
        Cgi::new("invite", db.url(), "GET", &invite_q)
            .at(now)
            .env("PLANADO_EXPIRE_AFTER_HOURS", "1")
    };
    assert!(invite(NOW).run().body.contains("It lasts 3 hours."));
    assert_eq!(
        invite("2026-05-05T10:29:59Z").run().status,
        303,
        "open until the end + 30 min"
    );
    assert_eq!(invite("2026-05-05T11:30:00Z").run().status, 404);
    let admin_q = query_of(b["admin_url"].as_str().unwrap());
    let page = admin(&db, &admin_q).run();
    assert!(
        page.body.contains("<dd id=\"length\">3 hours</dd>"),
        "{}",
        page.body
    );
    let j = admin_post(&db, &admin_q, "action=update&duration=90&reminder=none")
        .json()
        .run()
        .json();
    assert_eq!(
        (j["duration"].as_u64(), j["reminder"].as_u64()),
        (Some(90), Some(0))
    );
    let ics = Cgi::new("ics", db.url(), "GET", &invite_q).at(NOW).run();
    assert!(
        ics.body
            .contains("DTEND;TZID=Europe/Berlin:20260505T113000\r\n")
    );
    assert!(!ics.body.contains("VALARM"), "{}", ics.body);
    let de = admin(&db, &admin_q).env("HTTP_ACCEPT_LANGUAGE", "de").run();
    assert!(de.body.contains("1 Stunde und 30 Minuten"), "{}", de.body);
}
