//! The core flow through the real CGI binaries, on SQLite and on MariaDB:
//! booking, the waiting page, the switch to the room at the start, expiry.

mod common;

use common::{Backend, Cgi, book, invite_id, query_of};

const BOOKED_AT: &str = "2026-03-20T12:00:00Z";

fn weekly_berlin(db: &Backend) -> serde_json::Value {
    // 10:00 in Berlin, across the change to summer time on 29 March.
    book(
        db,
        BOOKED_AT,
        "name=Team+%C3%9Cbung+%22A%22&date=2026-03-23&time=10:00&tz=Europe%2FBerlin&repeat=weekly&count=3",
    )
}

fn booking_answers_with_the_contract_fields(db: Backend) {
    let b = weekly_berlin(&db);
    let invite_url = b["invite_url"].as_str().unwrap();
    assert!(
        invite_url.starts_with("https://planado.test/invite?id="),
        "{invite_url}"
    );
    let name = "%22Team%20%C3%9Cbung%20%5C%22A%5C%22%22";
    assert!(
        invite_url.ends_with(&format!(
            "#config.subject={name}&config.localSubject={name}&config.doNotStoreRoom=true"
        )),
        "{invite_url}"
    );
    assert!(
        b["admin_url"]
            .as_str()
            .unwrap()
            .starts_with("https://planado.test/admin?id=")
    );
    assert!(b["admin_url"].as_str().unwrap().contains("&key="));
    assert_eq!(
        b["ics_url"].as_str().unwrap(),
        format!(
            "https://planado.test/ics?id={}&name=Team%20%C3%9Cbung%20%22A%22",
            invite_id(invite_url)
        )
    );
    assert_eq!(b["start"], "2026-03-23T09:00:00Z");
    assert_eq!(
        (b["tz"].as_str(), b["repeat"].as_str(), b["count"].as_u64()),
        (Some("Europe/Berlin"), Some("weekly"), Some(3))
    );
    let id = invite_id(invite_url);
    assert!(
        id.len() >= 26
            && id
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    );
}

fn waiting_then_open_then_gone(db: Backend) {
    let b = weekly_berlin(&db);
    let q = query_of(b["invite_url"].as_str().unwrap());
    let invite = |now: &str| Cgi::new("invite", db.url(), "GET", &q).at(now);

    // Before the start: the waiting page, and nothing of the room.
    let w = invite(BOOKED_AT).json().run();
    assert_eq!(w.status, 200);
    assert_eq!(w.json()["status"], "waiting");
    assert_eq!(w.json()["start"], "2026-03-23T09:00:00Z");
    let page = invite(BOOKED_AT).run();
    assert_eq!(page.status, 200);
    let id = invite_id(b["invite_url"].as_str().unwrap());
    let refresh = format!(
        "<noscript><meta http-equiv=\"refresh\" content=\"30; url=invite?id={id}\"></noscript>"
    );
    assert!(page.body.contains(&refresh), "{}", page.body);
    assert!(
        page.body
            .contains("Monday, March 23, 2026 at 10:00\u{202f}AM"),
        "{}",
        page.body
    );
    let room0 = db.rooms().pop().unwrap();
    assert_eq!(room0.len(), 32);
    assert!(
        !page.body.contains(&room0) && !w.body.contains(&room0),
        "room id leaked before the start"
    );

    // Ten seconds before: the refresh lands on the start.
    let near = invite("2026-03-23T08:59:50Z").run();
    assert!(near.body.contains("content=\"10; url="), "{}", near.body);

    // At the start: into the room.
    let open = invite("2026-03-23T09:00:00Z").run();
    assert_eq!(open.status, 303);
    let location = open.header("Location").unwrap().to_string();
    assert!(location.starts_with("https://jitsi.test/"), "{location}");
    let room_id = location.trim_start_matches("https://jitsi.test/");
    assert_eq!(room_id.len(), 32);
    assert_eq!(room_id, room_id.to_lowercase());
    assert!(
        !location.contains('#'),
        "the browser keeps the invite link's fragment"
    );
    let j = invite("2026-03-23T09:00:00Z").json().run();
    assert_eq!(j.json()["status"], "open");
    assert_eq!(j.json()["room_url"], location.as_str());

    // The next week, after the change to summer time: still 10:00 in Berlin,
    // and a fresh room.
    let w2 = invite("2026-03-29T12:00:00Z").json().run();
    assert_eq!(w2.json()["start"], "2026-03-30T08:00:00Z");
    let open2 = invite("2026-03-30T08:00:00Z").run();
    assert_eq!(open2.status, 303);
    assert_ne!(
        open2.header("Location").unwrap(),
        location,
        "each occurrence gets a new room"
    );

    // After the last occurrence has expired: gone.
    let gone = invite("2026-04-07T08:00:00Z").run();
    assert_eq!(gone.status, 404);
    assert!(
        gone.body.contains("name=\"id\""),
        "a field to type an invite id"
    );
    assert_eq!(
        invite("2026-04-07T08:00:00Z").json().run().json()["code"],
        "not_found"
    );
}

fn one_off_expires_after_23_hours(db: Backend) {
    let b = book(&db, BOOKED_AT, "name=x&date=2026-03-21&time=09:00&tz=UTC");
    let q = query_of(b["invite_url"].as_str().unwrap());
    let at = |now: &str| Cgi::new("invite", db.url(), "GET", &q).at(now).run().status;
    assert_eq!(at("2026-03-21T08:59:59Z"), 200);
    assert_eq!(at("2026-03-21T09:00:00Z"), 303);
    assert_eq!(at("2026-03-22T07:59:59Z"), 303);
    assert_eq!(at("2026-03-22T08:00:00Z"), 404);
}

fn consent_page_when_a_privacy_notice_is_configured(db: Backend) {
    let b = book(&db, BOOKED_AT, "name=x&date=2026-03-21&time=09:00");
    let q = query_of(b["invite_url"].as_str().unwrap());
    let r = Cgi::new("invite", db.url(), "GET", &q)
        .at("2026-03-21T09:00:00Z")
        .env("PLANADO_PRIVACY_NOTICE_URL", "https://planado.test/privacy")
        .run();
    assert_eq!(r.status, 200);
    assert!(r.body.contains("href=\"https://planado.test/privacy\""));
    assert!(r.body.contains("href=\"https://jitsi.test/"));
}

fn nothing_but_ids_and_times_is_stored(db: Backend) {
    let b = book(
        &db,
        BOOKED_AT,
        "name=Geheimprojekt+Kolibri&date=2026-03-23&time=10:00&tz=Europe%2FBerlin",
    );
    let key = b["admin_url"]
        .as_str()
        .unwrap()
        .split("key=")
        .nth(1)
        .unwrap()
        .to_string();
    let dump = db.dump().join("\n");
    assert!(
        !dump.contains("Kolibri") && !dump.to_lowercase().contains(&key),
        "stored: {dump}"
    );
    if let Backend::Sqlite { url, .. } = &db {
        // Nowhere in the file either, not even in free pages or the WAL.
        let path = url.trim_start_matches("sqlite:");
        for file in [path.to_string(), format!("{path}-wal")] {
            if let Ok(bytes) = std::fs::read(&file) {
                assert!(!String::from_utf8_lossy(&bytes).contains("Kolibri"));
                assert!(!String::from_utf8_lossy(&bytes).contains(&key));
            }
        }
    }
}

fn start_a_room_now_stores_nothing(db: Backend) {
    let r = Cgi::new("index", db.url(), "POST", "")
        .form("action=now")
        .run();
    assert_eq!(r.status, 303);
    // Nameless, with Planado's own keys for Jitsi in the fragment.
    let (location, fragment) = r.header("Location").unwrap().split_once('#').unwrap();
    assert!(
        location.starts_with("https://jitsi.test/")
            && location.len() == "https://jitsi.test/".len() + 32
    );
    assert_eq!(fragment, "config.doNotStoreRoom=true");
    let again = Cgi::new("index", db.url(), "POST", "")
        .form("action=now")
        .run();
    assert_ne!(again.header("Location"), r.header("Location"));
    assert_eq!(db.count(), 0);
}

fn legacy_fields_book_a_series(db: Backend) {
    let b = book(
        &db,
        BOOKED_AT,
        "name=x&date=2026-03-23&time=10:00&rectype=2weekly&recev=4",
    );
    assert_eq!(
        (b["repeat"].as_str(), b["count"].as_u64()),
        (Some("biweekly"), Some(5))
    );
}

on_every_connection!(
    booking_answers_with_the_contract_fields,
    waiting_then_open_then_gone,
    one_off_expires_after_23_hours,
    consent_page_when_a_privacy_notice_is_configured,
    nothing_but_ids_and_times_is_stored,
    start_a_room_now_stores_nothing,
    legacy_fields_book_a_series,
);

/// The test hooks (a clock moved by `PLANADO_TEST_NOW`, pauses, a panic on
/// request) are in the tests' builds only: a shipped binary (scripts/test
/// runs this file against the release archive too) does not contain them, so
/// a web server that passes `PLANADO_*` through cannot move its clock.
#[test]
fn test_hooks_exist_only_in_test_builds() {
    let db = common::sqlite();
    let far = "2099-01-01T00:00:00Z";
    let form = Cgi::new("index", db.url(), "GET", "")
        .env("PLANADO_TEST_NOW", far)
        .run();
    assert_eq!(form.status, 200);
    let panicking = Cgi::new("index", db.url(), "GET", "")
        .env("HTTP_X_PLANADO_TEST_PANIC", "1")
        .run_unchecked()
        .0;
    let binary = std::fs::read(common::bin("invite")).unwrap();
    let contains = |needle: &[u8]| binary.windows(needle.len()).any(|w| w == needle);
    if common::shipped() {
        let today = chrono::Utc::now()
            .with_timezone(&chrono_tz::Europe::Berlin)
            .format("%Y-%m-%d")
            .to_string();
        assert!(
            form.body.contains(&format!("value=\"{today}\"")),
            "the shipped form suggests today, whatever PLANADO_TEST_NOW says"
        );
        assert!(!form.body.contains("2099-01-01"));
        assert_eq!(panicking.status, 200, "no panic on request");
        for hook in [
            &b"PLANADO_TEST_NOW"[..],
            b"PLANADO_TEST_PAUSE",
            b"x-planado-test-panic",
        ] {
            assert!(
                !contains(hook),
                "{} is in a shipped binary",
                String::from_utf8_lossy(hook)
            );
        }
    } else {
        assert!(
            form.body.contains("value=\"2099-01-01\""),
            "the test clock moves"
        );
        assert_eq!(panicking.status, 500, "a panic on request");
        assert!(contains(b"PLANADO_TEST_NOW"), "the check above can fail");
    }
}
