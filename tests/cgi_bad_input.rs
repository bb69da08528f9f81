//! Bad input of every kind through the real CGI binaries: each gets the right
//! status and a clear message, in HTML and in JSON, and nothing panics, leaks a
//! room or leaves a half-written row.

mod common;

use common::{Backend, Cgi, book, query_of};

const NOW: &str = "2026-05-04T08:00:00Z";
const VALID: &str = "name=Planning&date=2026-05-05&time=10:00&tz=Europe%2FBerlin";

/// A booking with this body gets this status, this JSON code and a message
/// containing this text; and no row is written.
fn refused(db: &Backend, body: &str, status: u16, code: &str, text: &str) {
    let before = db.count();
    let json = Cgi::new("booking", db.url(), "POST", "")
        .json()
        .at(NOW)
        .form(body)
        .run();
    assert_eq!(json.status, status, "{body}: {}", json.body);
    assert_eq!(json.json()["code"], code, "{body}");
    let html = Cgi::new("booking", db.url(), "POST", "")
        .at(NOW)
        .form(body)
        .run();
    assert_eq!(html.status, status, "{body}");
    assert!(
        html.body.contains(text),
        "{body}: expected {text:?} in {}",
        html.body
    );
    assert_eq!(
        html.header("Content-Type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(db.count(), before, "{body}: a refused booking wrote a row");
}

fn booking_fields(db: Backend) {
    let long_name = "n".repeat(201);
    let cases: Vec<(String, u16, &str, &str)> = vec![
        (
            "date=2026-05-05&time=10:00".into(),
            400,
            "name_missing",
            "give the conference a name",
        ),
        (
            format!("name={long_name}&date=2026-05-05&time=10:00"),
            400,
            "name_too_long",
            "at most 200 characters",
        ),
        (
            "name=a%0Ab&date=2026-05-05&time=10:00".into(),
            400,
            "name_invalid",
            "control characters",
        ),
        (
            "name=x&time=10:00".into(),
            400,
            "date_missing",
            "choose a date",
        ),
        (
            "name=x&date=2026-02-30&time=10:00".into(),
            400,
            "date_invalid",
            "YYYY-MM-DD",
        ),
        (
            "name=x&date=05.05.2026&time=10:00".into(),
            400,
            "date_invalid",
            "YYYY-MM-DD",
        ),
        // 9 May 2026 is a Saturday; 5 May is not the last Tuesday of May.
        (
            "name=x&date=2026-05-09&time=10:00&repeat=weekdays&count=5".into(),
            400,
            "repeat_start",
            "must start on a weekday",
        ),
        (
            "name=x&date=2026-05-05&time=10:00&repeat=monthly_last_weekday&count=5".into(),
            400,
            "repeat_start",
            "last one of its month",
        ),
        (
            "name=x&date=2026-05-05&time=10:00&duration=10".into(),
            400,
            "duration_invalid",
            "15 to 720 minutes",
        ),
        (
            "name=x&date=2026-05-05&time=10:00&duration=721".into(),
            400,
            "duration_invalid",
            "15 to 720 minutes",
        ),
        (
            "name=x&date=2026-05-05&time=10:00&reminder=30".into(),
            400,
            "reminder_invalid",
            "offered reminders",
        ),
        (
            "name=x&date=2026-05-05&time=10:00&open_early=61".into(),
            400,
            "open_early_invalid",
            "0 to 60 minutes",
        ),
        (
            "name=x&date=2026-05-05&time=10:00&open_early=-5".into(),
            400,
            "open_early_invalid",
            "0 to 60 minutes",
        ),
        (
            "name=x&date=2026-05-05&time=10:00&open_early=ten".into(),
            400,
            "open_early_invalid",
            "whole minutes",
        ),
        (
            "name=x&date=2026-05-05&time=10:00&repeat=monthly_fifth_weekday&count=5".into(),
            400,
            "repeat_invalid",
            "offered repetitions",
        ),
        (
            "name=x&date=2026-05-05&time=10:00:60".into(),
            400,
            "time_invalid",
            "HH:MM",
        ),
        (
            "name=x&date=2026-05-05&time=25:00".into(),
            400,
            "time_invalid",
            "HH:MM",
        ),
        (
            "name=x&date=2026-05-05&time=10%3A00%3A61".into(),
            400,
            "time_invalid",
            "HH:MM",
        ),
        (
            "name=x&date=2027-03-28&time=02:30&tz=Europe%2FBerlin".into(),
            400,
            "time_nonexistent",
            "does not exist in Europe/Berlin",
        ),
        (
            "name=x&date=2026-05-05&time=10:00&tz=Narnia%2FCair".into(),
            400,
            "tz_invalid",
            "not a known time zone",
        ),
        (
            "name=x&date=2026-05-05&time=10:00&repeat=yearly".into(),
            400,
            "repeat_invalid",
            "offered repetitions",
        ),
        (
            "name=x&date=2026-05-05&time=10:00&repeat=daily&count=521".into(),
            400,
            "count_invalid",
            "from 1 to 520",
        ),
        (
            "name=x&date=2026-05-05&time=10:00&repeat=daily&count=18446744073709551617".into(),
            400,
            "count_invalid",
            "from 1 to 520",
        ),
        (
            "name=x&date=2026-05-05&time=10:00&repeat=daily&count=1e3".into(),
            400,
            "count_invalid",
            "from 1 to 520",
        ),
        (
            "name=x&date=2026-05-04&time=07:59&tz=UTC".into(),
            400,
            "start_past",
            "in the past",
        ),
        (
            "name=x&date=2099-05-04&time=07:59".into(),
            400,
            "start_far",
            "at most 10 years ahead",
        ),
        (
            "name=%zz&date=2026-05-05&time=10:00".into(),
            400,
            "encoding",
            "malformed characters",
        ),
        (
            "name=%ff%fe&date=2026-05-05&time=10:00".into(),
            400,
            "encoding",
            "malformed characters",
        ),
        (
            "name=x&".repeat(65),
            400,
            "too_many_params",
            "too many parameters",
        ),
    ];
    for (body, status, code, text) in cases {
        refused(&db, &body, status, code, text);
    }
    // The edges that are fine: 200 characters of any script, the current minute.
    let ok = Cgi::new("booking", db.url(), "POST", "")
        .json()
        .at(NOW)
        .form(&format!(
            "name={}&date=2026-05-04&time=08:00&tz=UTC",
            "%E6%97%A5".repeat(200)
        ))
        .run();
    assert_eq!(ok.status, 201, "{}", ok.body);
}

fn transport_errors(db: Backend) {
    // Wrong method.
    let r = Cgi::new("booking", db.url(), "GET", "").run();
    assert_eq!((r.status, r.header("Allow")), (405, Some("POST")));
    let r = Cgi::new("invite", db.url(), "DELETE", "id=abc")
        .json()
        .run();
    assert_eq!(
        (r.status, r.json()["code"].as_str()),
        (405, Some("method_not_allowed"))
    );
    // A method that is no token at all.
    assert_eq!(
        Cgi::new("invite", db.url(), "GET /x", "id=abc")
            .run()
            .status,
        405
    );

    // A body over the limit is refused before anything reads it.
    let r = Cgi::new("booking", db.url(), "POST", "")
        .json()
        .env("CONTENT_TYPE", "application/x-www-form-urlencoded")
        .env("CONTENT_LENGTH", "16385")
        .run();
    assert_eq!(
        (r.status, r.json()["code"].as_str()),
        (413, Some("payload_too_large"))
    );
    let r = Cgi::new("booking", db.url(), "POST", "")
        .env("CONTENT_TYPE", "application/x-www-form-urlencoded")
        .env("CONTENT_LENGTH", "99999999999999999999999")
        .run();
    assert_eq!(r.status, 413);
    // A body shorter than announced, and a length that is no number.
    let mut short = Cgi::new("booking", db.url(), "POST", "")
        .at(NOW)
        .json()
        .form(VALID);
    // What arrives is a whole form of its own: only the length shows that
    // the rest is missing.
    short.body.truncate(VALID.len() - 1);
    let r = short.run();
    assert_eq!(
        (r.status, r.json()["code"].as_str()),
        (400, Some("body_incomplete")),
        "{}",
        r.body
    );
    let r = Cgi::new("booking", db.url(), "POST", "")
        .form(VALID)
        .env("CONTENT_LENGTH", "12abc")
        .run();
    assert_eq!(r.status, 400);
    // Not a form.
    let r = Cgi::new("booking", db.url(), "POST", "")
        .at(NOW)
        .form(VALID)
        .env("CONTENT_TYPE", "multipart/form-data; boundary=x")
        .run();
    assert_eq!(r.status, 415);
    let r = Cgi::new("booking", db.url(), "POST", "")
        .at(NOW)
        .form("{\"name\":\"x\"}")
        .env("CONTENT_TYPE", "application/json")
        .json()
        .run();
    assert_eq!(
        (r.status, r.json()["code"].as_str()),
        (415, Some("unsupported_media_type"))
    );
    // A query that is no URI, and one too long.
    assert_eq!(
        Cgi::new("invite", db.url(), "GET", "id=a b").run().status,
        400
    );
    assert_eq!(
        Cgi::new("invite", db.url(), "GET", "id=ä").run().status,
        400
    );
    assert_eq!(
        Cgi::new(
            "invite",
            db.url(),
            "GET",
            &format!("id={}", "a".repeat(20_000))
        )
        .run()
        .status,
        414
    );
    assert_eq!(db.count(), 0);
}

fn invite_ids(db: Backend) {
    let missing = Cgi::new("invite", db.url(), "GET", "").json().run();
    assert_eq!(
        (missing.status, missing.json()["code"].as_str()),
        (400, Some("id_missing"))
    );
    for id in [
        "nosuchmeeting",
        "123456789",
        "x'%20OR%201=1--",
        "%00",
        &"z".repeat(10_000),
        "ABC%2F..%2F",
    ] {
        let r = Cgi::new("invite", db.url(), "GET", &format!("id={id}")).run();
        assert_eq!(r.status, 404, "{id}");
        assert!(r.body.contains("No such conference"));
    }
}

fn hostile_headers_are_survived(db: Backend) {
    let b = book(&db, NOW, VALID);
    let q = query_of(b["invite_url"].as_str().unwrap());
    let hostile: &[(&str, &str)] = &[
        ("SERVER_PROTOCOL", "HTTP/3"),
        ("SERVER_PROTOCOL", "INCLUDED"),
        ("HTTP_ACCEPT_LANGUAGE", "de;q=abc, ,;;q=2, *;q=-1"),
        ("HTTP_ACCEPT_LANGUAGE", "de\u{1}\u{7f}"),
        ("HTTP_ACCEPT", "application/json;q=NaN"),
        ("HTTP_USER_AGENT", "Mozilla \u{e9}\u{1F600}"),
        ("HTTP_X_CGI_CONTENT_TYPE", "text/evil"),
        ("HTTP_", "empty name"),
        ("PATH_INFO", "/a\nb"),
        ("SCRIPT_NAME", "/in vite\u{1}"),
        ("HTTP_HOST", "evil.example\r\nX-Injected: 1"),
        ("REMOTE_USER", "\u{1b}[31mred"),
    ];
    for (key, value) in hostile {
        let r = Cgi::new("invite", db.url(), "GET", &q)
            .at(NOW)
            .env(key, value)
            .run();
        assert_eq!(r.status, 200, "{key}={value:?}: {}", r.body);
        assert!(r.header("X-Injected").is_none());
    }
    // A protocol that is no HTTP version: 505, in the visitor's format.
    for protocol in ["HTTP/9.9", "SHTTP/1.3", "GOPHER"] {
        let r = Cgi::new("invite", db.url(), "GET", &q)
            .at(NOW)
            .json()
            .env("SERVER_PROTOCOL", protocol)
            .run();
        assert_eq!(r.status, 505, "{protocol}: {}", r.body);
        assert!(r.json()["error"].as_str().unwrap().contains("HTTP"));
    }
    // More header fields than a header map can hold (24,577 once made the
    // `http` crate panic): 431.
    let mut crowded = Cgi::new("invite", db.url(), "GET", &q).at(NOW).json();
    for i in 0..24_577 {
        crowded
            .env
            .push((format!("HTTP_X_FIELD_{i}"), "1".to_string()));
    }
    let r = crowded.run();
    assert_eq!(r.status, 431, "{}", r.body);
    // Bytes that are not UTF-8 in a header and in the query.
    use std::os::unix::ffi::OsStrExt;
    let mut cmd = std::process::Command::new(common::bin("invite"));
    cmd.env_clear()
        .env("REQUEST_METHOD", "GET")
        .env("QUERY_STRING", &q)
        .env("PLANADO_DATABASE_URL", db.url())
        .envs(common::clock_env(NOW))
        .env(
            "HTTP_ACCEPT_LANGUAGE",
            std::ffi::OsStr::from_bytes(b"de\xff\xfe"),
        )
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    assert_eq!(common::run_cgi(cmd, b"").status, 200);
    let mut cmd = std::process::Command::new(common::bin("invite"));
    cmd.env_clear()
        .env("REQUEST_METHOD", "GET")
        .env("QUERY_STRING", std::ffi::OsStr::from_bytes(b"id=\xff"))
        .env("PLANADO_DATABASE_URL", db.url())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    assert_eq!(common::run_cgi(cmd, b"").status, 400);
}

fn unreachable_database_is_a_503_in_the_visitors_language(db: Backend) {
    let broken = if db.is_mariadb() {
        "mysql://planado_test:planado_test@127.0.0.1:1/planado_test_none".to_string()
    } else {
        "sqlite:/nonexistent/folder/planado.sqlite".to_string()
    };
    let r = Cgi::new("booking", &broken, "POST", "")
        .at(NOW)
        .form(VALID)
        .env("HTTP_ACCEPT_LANGUAGE", "de-DE,de;q=0.9")
        .run();
    assert_eq!(r.status, 503);
    assert!(
        r.body.contains("Die Datenbank ist gerade nicht erreichbar"),
        "{}",
        r.body
    );
    assert!(
        !r.body.contains("nonexistent") && !r.body.contains(":1"),
        "no details for the visitor"
    );
    assert!(
        r.stderr.contains("503"),
        "the detail goes to the log: {}",
        r.stderr
    );
    let r = Cgi::new("invite", &broken, "GET", "id=abcdef").json().run();
    assert_eq!(
        (r.status, r.json()["code"].as_str()),
        (503, Some("service_unavailable"))
    );
}

/// An international host name in the configuration is written in punycode, so
/// every header can be sent; a URL that cannot be one is refused before
/// anything is written, and `planado check` says what it made of the names.
fn international_urls_work_and_broken_ones_write_nothing(db: Backend) {
    let jitsi = "https://jitsi.bücher.test";
    let b = Cgi::new("booking", db.url(), "POST", "")
        .json()
        .at(NOW)
        .env("PLANADO_JITSI_URL", jitsi)
        .env("PLANADO_PUBLIC_URL", "https://planado.münchen.test")
        .form("name=x&date=2026-05-04&time=10:00&tz=UTC")
        .run();
    assert_eq!(b.status, 201, "{}", b.body);
    let invite_url = b.json()["invite_url"].as_str().unwrap().to_string();
    assert!(
        invite_url.starts_with("https://planado.xn--mnchen-3ya.test/invite?id="),
        "{invite_url}"
    );
    let open = Cgi::new("invite", db.url(), "GET", &query_of(&invite_url))
        .at("2026-05-04T10:00:00Z")
        .env("PLANADO_JITSI_URL", jitsi)
        .run();
    assert_eq!(open.status, 303, "{}", open.body);
    assert!(
        open.header("Location")
            .unwrap()
            .starts_with("https://jitsi.xn--bcher-kva.test/"),
        "{:?}",
        open.header("Location")
    );
    let before = db.count();
    let (refused, _) = Cgi::new("booking", db.url(), "POST", "")
        .json()
        .at(NOW)
        .env("PLANADO_JITSI_URL", "https://jitsi.example/?room=")
        .form(VALID)
        .run_unchecked();
    assert_eq!(
        refused.status, 500,
        "a configuration error: {}",
        refused.body
    );
    assert!(refused.stderr.contains("jitsi_url"), "{}", refused.stderr);
    assert_eq!(db.count(), before, "nothing written");
    let check = common::stdout_of(
        std::process::Command::new(common::bin("planado"))
            .arg("check")
            .env_clear()
            .env("PLANADO_DATABASE_URL", db.url())
            .env("PLANADO_JITSI_URL", jitsi),
    );
    assert!(
        check.contains(
            "https://jitsi.xn--bcher-kva.test (international host name, written in punycode)"
        ),
        "{check}"
    );
}

fn every_answer_carries_the_security_headers(db: Backend) {
    let answers = [
        Cgi::new("index", db.url(), "GET", "").run(),
        Cgi::new("booking", db.url(), "POST", "")
            .at(NOW)
            .form(VALID)
            .run(),
        Cgi::new("booking", db.url(), "GET", "").run(),
        Cgi::new("invite", db.url(), "GET", "id=nothing").run(),
        Cgi::new("index", db.url(), "POST", "")
            .form("action=now")
            .run(),
    ];
    for r in &answers {
        common::assert_security_headers(|h| r.header(h).map(String::from), &r.body);
        assert_eq!(r.header("Cache-Control"), Some("no-store"));
        assert!(
            !r.body.contains("<script>") && !r.body.contains("style=\""),
            "no inline script or style"
        );
    }
}

fn pages_speak_german_and_english(db: Backend) {
    let de = Cgi::new("index", db.url(), "GET", "")
        .env("HTTP_ACCEPT_LANGUAGE", "ko;q=1, de-AT;q=0.8, en;q=0.5")
        .run();
    assert!(
        de.body.contains("<html lang=\"de\" dir=\"ltr\">") && de.body.contains("Konferenz buchen")
    );
    let en = Cgi::new("index", db.url(), "GET", "")
        .env("HTTP_ACCEPT_LANGUAGE", "en-GB, de;q=0.9")
        .run();
    assert!(
        en.body.contains("<html lang=\"en\" dir=\"ltr\">") && en.body.contains("Book a conference")
    );
    assert!(
        en.body
            .contains("Date and time are in the time zone Europe/Berlin."),
        "the form says which zone it assumed"
    );
    let booked = Cgi::new("booking", db.url(), "POST", "")
        .at(NOW)
        .form(VALID)
        .env("HTTP_ACCEPT_LANGUAGE", "de")
        .run();
    assert_eq!(booked.status, 201);
    assert!(
        booked.body.contains("Dienstag, 5. Mai 2026 um 10:00"),
        "{}",
        booked.body
    );
    assert!(
        booked
            .body
            .contains("mailto:?subject=Einladung%3A%20Planning&#38;body="),
        "{}",
        booked.body
    );
}

fn names_are_escaped_everywhere(db: Backend) {
    let body = "name=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%27%26&date=2026-05-05&time=10:00";
    let r = Cgi::new("booking", db.url(), "POST", "")
        .at(NOW)
        .form(body)
        .run();
    assert_eq!(r.status, 201);
    assert!(!r.body.contains("<script>alert"), "{}", r.body);
    assert!(
        r.body.contains("&#60;script&#62;alert(1)") || r.body.contains("&lt;script&gt;alert(1)"),
        "{}",
        r.body
    );
}

/// A name that looks like a placeholder of the invitation text stays a name.
fn placeholders_in_a_name_stay_as_typed(db: Backend) {
    let body = "name=%7Binvite%7D+%7Bics%7D+%7Bstart%7D&date=2026-05-05&time=10:00";
    let r = Cgi::new("booking", db.url(), "POST", "")
        .at(NOW)
        .form(body)
        .run();
    assert_eq!(r.status, 201);
    let invitation = r
        .body
        .split("id=\"invitation\"")
        .nth(1)
        .and_then(|rest| rest.split("</textarea>").next())
        .unwrap_or_else(|| panic!("no invitation text in {}", r.body));
    assert!(
        invitation.contains("“{invite} {ics} {start}”"),
        "{invitation}"
    );
    assert_eq!(
        invitation
            .matches("https://planado.test/invite?id=")
            .count(),
        1,
        "the invite link only where the text has it: {invitation}"
    );
}

on_every_connection!(
    international_urls_work_and_broken_ones_write_nothing,
    placeholders_in_a_name_stay_as_typed,
    booking_fields,
    transport_errors,
    invite_ids,
    hostile_headers_are_survived,
    unreachable_database_is_a_503_in_the_visitors_language,
    every_answer_carries_the_security_headers,
    pages_speak_german_and_english,
    names_are_escaped_everywhere,
);

fn bookings_are_capped_per_client_without_keeping_addresses(db: Backend) {
    let book_from = |addr: &str, now: &str| {
        Cgi::new("booking", db.url(), "POST", "")
            .json()
            .at(now)
            .env("PLANADO_MAX_BOOKINGS_PER_HOUR", "3")
            .env("REMOTE_ADDR", addr)
            .form("name=x&date=2026-05-05&time=10:00&tz=UTC")
            .run()
    };
    let hour = "2026-05-04T08:10:00Z";
    for _ in 0..3 {
        assert_eq!(book_from("192.0.2.1", hour).status, 201);
    }
    let refused = book_from("192.0.2.1", hour);
    assert_eq!(
        (refused.status, refused.json()["code"].as_str()),
        (429, Some("too_many_requests"))
    );
    assert_eq!(
        refused.header("Retry-After"),
        Some("3000"),
        "until the hour is over"
    );
    assert_eq!(book_from("192.0.2.2", hour).status, 201, "another client");
    // One IPv6 /64 is one client.
    for i in 0..3 {
        assert_eq!(book_from(&format!("2001:db8:5:6::{i}"), hour).status, 201);
    }
    assert_eq!(book_from("2001:db8:5:6:ffff::9", hour).status, 429);
    assert_eq!(book_from("2001:db8:5:7::1", hour).status, 201);
    // The next hour starts afresh.
    assert_eq!(book_from("192.0.2.1", "2026-05-04T09:00:00Z").status, 201);
    assert_eq!(db.count(), 3 + 1 + 3 + 1 + 1);
    // Cleanup forgets the hours that are over, secrets and all.
    common::stdout_of(
        std::process::Command::new(common::bin("cleanup"))
            .env_clear()
            .env("PLANADO_DATABASE_URL", db.url())
            .envs(common::clock_env("2026-05-04T10:00:00Z")),
    );
    assert_eq!(db.table_count("booking_counts"), 0);
    assert_eq!(db.table_count("booking_windows"), 0);
}

on_every_connection!(bookings_are_capped_per_client_without_keeping_addresses);

/// Addresses the cap cannot read count as one client (it fails closed);
/// addresses with a port or a zone are read; `X-Forwarded-For` counts only
/// from a proxy the operator trusts.
fn the_cap_fails_closed_and_trusts_only_named_proxies(db: Backend) {
    let book_from = |addr: &str, forwarded: Option<&str>, trusted: &str| {
        let mut cgi = Cgi::new("booking", db.url(), "POST", "")
            .json()
            .at("2026-05-04T08:10:00Z")
            .env("PLANADO_MAX_BOOKINGS_PER_HOUR", "2")
            .env("PLANADO_TRUSTED_PROXIES", trusted)
            .env("REMOTE_ADDR", addr)
            .form("name=x&date=2026-05-05&time=10:00&tz=UTC");
        if let Some(f) = forwarded {
            cgi = cgi.env("HTTP_X_FORWARDED_FOR", f);
        }
        cgi.run().status
    };
    // Unreadable: one shared client.
    assert_eq!(book_from("", None, ""), 201);
    assert_eq!(book_from("not an address", None, ""), 201);
    assert_eq!(book_from("unknown", None, ""), 429);
    // With a port, or an IPv6 zone: the address is read.
    assert_eq!(book_from("192.0.2.10:5555", None, ""), 201);
    assert_eq!(book_from("192.0.2.10", None, ""), 201);
    assert_eq!(book_from("192.0.2.10:6666", None, ""), 429);
    assert_eq!(book_from("fe80::1%eth0", None, ""), 201);
    assert_eq!(book_from("fe80::2%eth1", None, ""), 201, "the same /64");
    assert_eq!(book_from("fe80::3", None, ""), 429);
    // Behind a proxy nobody named, the header is a client's to forge: ignored.
    assert_eq!(book_from("198.51.100.1", Some("203.0.113.1"), ""), 201);
    assert_eq!(book_from("198.51.100.1", Some("203.0.113.2"), ""), 201);
    assert_eq!(book_from("198.51.100.1", Some("203.0.113.3"), ""), 429);
    // Behind a trusted proxy, each forwarded client is its own.
    let trusted = "198.51.100.0/24";
    for client in ["203.0.113.4", "203.0.113.5"] {
        assert_eq!(book_from("198.51.100.1", Some(client), trusted), 201);
        assert_eq!(book_from("198.51.100.2", Some(client), trusted), 201);
        assert_eq!(book_from("198.51.100.1", Some(client), trusted), 429);
    }
    // What a client puts in front of the proxy's own entry changes nothing.
    assert_eq!(
        book_from("198.51.100.1", Some("192.0.2.99, 203.0.113.4"), trusted),
        429
    );
}

/// A form posted by another site's page is refused before anything happens:
/// no booking, no change, and no count against the visitor's cap. API
/// clients, which send neither header, are not affected.
fn cross_site_posts_are_refused(db: Backend) {
    let post = |headers: &[(&str, &str)]| {
        let mut cgi = Cgi::new("booking", db.url(), "POST", "")
            .at(NOW)
            .env("PLANADO_MAX_BOOKINGS_PER_HOUR", "1")
            .form(VALID);
        for (k, v) in headers {
            cgi = cgi.env(k, v);
        }
        cgi.run()
    };
    for hostile in [
        &[("HTTP_SEC_FETCH_SITE", "cross-site")][..],
        &[
            ("HTTP_SEC_FETCH_SITE", "same-site"),
            ("HTTP_ORIGIN", "https://other.planado.test"),
        ],
        &[("HTTP_ORIGIN", "https://evil.example")],
        &[("HTTP_ORIGIN", "http://planado.test")],
    ] {
        let r = post(hostile);
        assert_eq!(r.status, 403, "{hostile:?}: {}", r.body);
        assert!(r.body.contains("another website"), "{}", r.body);
    }
    let admin_post = Cgi::new("admin", db.url(), "POST", "id=x&key=y")
        .env("HTTP_SEC_FETCH_SITE", "cross-site")
        .form("action=cancel&confirm=yes")
        .json()
        .run();
    assert_eq!(
        (admin_post.status, admin_post.json()["code"].as_str()),
        (403, Some("forbidden"))
    );
    assert_eq!(db.count(), 0, "nothing booked");
    assert_eq!(db.table_count("booking_counts"), 0, "the cap is not spent");
    // Our own page (its Referrer-Policy makes the browser send Origin: null).
    let own = post(&[
        ("HTTP_SEC_FETCH_SITE", "same-origin"),
        ("HTTP_ORIGIN", "null"),
    ]);
    assert_eq!(own.status, 201, "{}", own.body);
    assert_eq!(post(&[("HTTP_ORIGIN", "https://planado.test")]).status, 429);
}

/// `planado check` says how it reaches the data: which file, or over which
/// transport to which server; the server's own view decides (a socket's
/// client is `localhost` in its process list).
fn check_names_the_transport(db: Backend) {
    let check = common::stdout_of(
        std::process::Command::new(common::bin("planado"))
            .arg("check")
            .env_clear()
            .env("PLANADO_DATABASE_URL", db.url()),
    );
    let reached = check
        .lines()
        .find(|l| l.starts_with("database: reachable"))
        .unwrap_or_else(|| panic!("{check}"));
    let expected = if let Some((_, socket)) = db.url().split_once("?socket=") {
        format!("database: reachable over the Unix socket {socket} (server ")
    } else if db.is_mariadb() {
        let host = db
            .url()
            .rsplit_once('@')
            .unwrap()
            .1
            .split('/')
            .next()
            .unwrap();
        format!("database: reachable over TCP to {host} (server ")
    } else {
        let file = db.url().trim_start_matches("sqlite:");
        format!("database: reachable in the file {file} (SQLite 3.")
    };
    assert!(reached.starts_with(&expected), "{reached}\nnot {expected}");
    assert!(reached.ends_with(", schema present"), "{reached}");
    assert!(!reached.contains("planado_test:"), "no password: {reached}");
}

on_every_connection!(
    the_cap_fails_closed_and_trusts_only_named_proxies,
    cross_site_posts_are_refused,
    check_names_the_transport
);

/// Without `public_url`, the links come from what the web server says: the
/// scheme (`HTTPS`, `REQUEST_SCHEME`), the host (`Host`, else `SERVER_NAME`,
/// when it can be a host at all) and the folder of the binary; a hostile
/// `Host` never reaches a link.
#[test]
fn links_follow_the_request_when_no_public_url_is_set() {
    let db = common::sqlite();
    let invite_url = |env: &[(&str, &str)]| {
        let r = Cgi::new("booking", db.url(), "POST", "")
            .without("PLANADO_PUBLIC_URL")
            .env("SCRIPT_NAME", "/cgi-bin/booking")
            .envs(env)
            .at(NOW)
            .json()
            .form(VALID)
            .run();
        assert_eq!(r.status, 201, "{env:?}: {}", r.body);
        let url = r.json()["invite_url"].as_str().unwrap().to_string();
        url.split_once("?id=").unwrap().0.to_string()
    };
    assert_eq!(
        invite_url(&[("HTTPS", "on"), ("HTTP_HOST", "planado.example:8443")]),
        "https://planado.example:8443/cgi-bin/invite"
    );
    assert_eq!(
        invite_url(&[("REQUEST_SCHEME", "https"), ("HTTP_HOST", "p.example")]),
        "https://p.example/cgi-bin/invite"
    );
    assert_eq!(
        invite_url(&[("HTTP_HOST", "[2001:db8::1]:8080")]),
        "http://[2001:db8::1]:8080/cgi-bin/invite"
    );
    for hostile in [
        "evil.example/path",
        "user@evil.example",
        "evil.example\"><script>",
        "a b",
        "",
    ] {
        assert_eq!(
            invite_url(&[("HTTP_HOST", hostile), ("SERVER_NAME", "planado.example")]),
            "http://planado.example/cgi-bin/invite",
            "Host {hostile:?}"
        );
    }
    assert_eq!(
        invite_url(&[("HTTP_HOST", "a b"), ("SERVER_NAME", "also bad")]),
        "http://localhost/cgi-bin/invite",
        "neither can be a host"
    );
    assert_eq!(
        invite_url(&[
            ("HTTP_HOST", "p.example"),
            ("SCRIPT_NAME", "/cgi bin/booking")
        ]),
        "http://p.example/invite",
        "a folder that cannot be in a link is left out"
    );
}
