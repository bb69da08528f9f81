//! The reservation backend as Prosody's `mod_reservations` uses it: the exact
//! requests the module sends (a form POST to `{prefix}/conference` with
//! `name`, `start_time`, `mail_owner` and the configured `Authorization`
//! header; GET and DELETE of `{prefix}/conference/{id}`), before, at and after
//! the opening of every occurrence of a series (each with a fresh room), the
//! shared secret, unknown rooms, malformed fields; as CGI on both stores and
//! through `planado serve`.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::{Backend, Cgi, Response, book, query_of};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

const TOKEN: &str = "a-reservations-token-of-the-tests-0123456789";
/// What Prosody sends as `mail_owner`: the bare JID of whoever creates the room.
const MAIL_OWNER: &str = "d8c1c0a4@guest.meet.example";
/// A weekly series of three, Tuesdays 10:00 in Berlin (08:00 UTC in May),
/// opening 10 minutes early, 60 minutes long; with `expire_after_hours = 1`
/// each window ends 90 minutes after the start (the end plus 30 minutes).
const SERIES: &str = "name=Weekly&date=2026-05-05&time=10:00&tz=Europe%2FBerlin&repeat=weekly&count=3&open_early=10&duration=60";
const BOOKED_AT: &str = "2026-05-04T08:00:00Z";

fn config() -> Vec<(&'static str, &'static str)> {
    vec![
        ("PLANADO_RESERVATIONS_API_TOKEN", TOKEN),
        ("PLANADO_EXPIRE_AFTER_HOURS", "1"),
    ]
}

fn rfc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// `yyyy-MM-dd'T'HH:mm:ss.SSSZ`, as the module writes `start_time`.
fn java(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn enc(s: &str) -> String {
    utf8_percent_encode(s, NON_ALPHANUMERIC).to_string()
}

/// A request to the `reservations` CGI binary as a web server passes on
/// Prosody's: the path below the binary in `PATH_INFO`, its headers.
fn prosody(db: &Backend, method: &str, path: &str, now: DateTime<Utc>) -> Cgi {
    Cgi::new("reservations", db.url(), method, "")
        .envs(&config())
        .env("SCRIPT_NAME", "/cgi-bin/reservations")
        .env("PATH_INFO", path)
        .env("HTTP_AUTHORIZATION", &format!("Bearer {TOKEN}"))
        .env("HTTP_USER_AGENT", "Prosody (0.12.4; posix)")
        .env("HTTP_CONNECTION", "close")
        .at(&rfc(now))
}

/// The module's one question: may the room `name` be created now?
fn create(db: &Backend, name: &str, now: DateTime<Utc>) -> Response {
    let form = format!(
        "name={}&start_time={}&mail_owner={}",
        enc(name),
        enc(&java(now)),
        enc(MAIL_OWNER)
    );
    let r = prosody(db, "POST", "/conference", now).form(&form).run();
    assert_eq!(r.header("Content-Type"), Some("application/json"), "{r:?}");
    r
}

fn only_room(db: &Backend) -> String {
    let rooms = db.rooms();
    assert_eq!(rooms.len(), 1, "{rooms:?}");
    rooms[0].clone()
}

/// Runs the `cleanup` binary as cron would.
fn cleanup(db: &Backend, now: DateTime<Utc>) {
    common::stdout_of(
        std::process::Command::new(common::bin("cleanup"))
            .env_clear()
            .env("PLANADO_DATABASE_URL", db.url())
            .env("PLANADO_EXPIRE_AFTER_HOURS", "1")
            .envs(common::clock_env(&rfc(now))),
    );
}

fn every_occurrence_has_its_own_window(db: Backend) {
    let booked = book(&db, BOOKED_AT, SERIES);
    let invite_q = query_of(booked["invite_url"].as_str().unwrap());
    let mut former: Vec<String> = Vec::new();
    for k in 0..3 {
        let start = at("2026-05-05T08:00:00Z") + Duration::weeks(k);
        let opening = start - Duration::minutes(10);
        let end = start + Duration::minutes(90);
        if let Some(previous) = former.last() {
            // The store still holds the last occurrence's room: it is over.
            let r = create(&db, previous, opening - Duration::hours(2));
            assert_eq!(r.status, 404, "occurrence {k}: {}", r.body);
            // Moved on by a visitor (the second) or by cron's cleanup (the third).
            let before = opening - Duration::hours(1);
            if k == 1 {
                let waiting = Cgi::new("invite", db.url(), "GET", &invite_q)
                    .envs(&config())
                    .at(&rfc(before))
                    .run();
                assert_eq!(waiting.status, 200);
            } else {
                cleanup(&db, before);
            }
        }
        let room = only_room(&db);
        assert!(!former.contains(&room), "a fresh room for occurrence {k}");

        // Refused until a margin before the opening (a refusal Prosody keeps
        // is gone by the opening), then let through.
        let margin = planado::domain::meeting::ROOM_BEFORE_OPENING;
        let early = create(&db, &room, opening - margin - Duration::seconds(1));
        assert_eq!(early.status, 403, "{}", early.body);
        assert_eq!(create(&db, &room, opening - margin).status, 200);
        let message = early.json()["message"].as_str().unwrap().to_string();
        assert!(
            message.starts_with("This conference opens on ") && message.contains("Europe/Berlin"),
            "{message}"
        );
        assert_eq!(early.json()["opens"], rfc(opening));

        let open = create(&db, &room, opening);
        assert_eq!(open.status, 200, "{}", open.body);
        let conference = open.json();
        assert_eq!(conference["id"], room.as_str());
        assert_eq!(conference["name"], room.as_str());
        assert_eq!(conference["mail_owner"], MAIL_OWNER);
        assert_eq!(conference["start_time"], java(start));
        assert_eq!(
            conference["duration"],
            90 * 60,
            "Prosody ends the conference at the end of the window"
        );
        let keys: Vec<&String> = conference.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["duration", "id", "mail_owner", "name", "start_time"]);

        // A tenant's room name, in capitals as a visitor may type it: echoed as sent.
        let tenant_name = format!("[acme]{}", room.to_uppercase());
        let tenant = create(&db, &tenant_name, opening + Duration::minutes(5));
        assert_eq!(tenant.status, 200, "{}", tenant.body);
        assert_eq!(tenant.json()["name"], tenant_name.as_str());
        assert_eq!(tenant.json()["id"], room.as_str());

        let fetched = prosody(
            &db,
            "GET",
            &format!("/conference/{room}"),
            start + Duration::minutes(30),
        )
        .run();
        assert_eq!(fetched.status, 200, "{}", fetched.body);
        assert_eq!(fetched.json()["start_time"], conference["start_time"]);
        assert_eq!(fetched.json()["duration"], conference["duration"]);

        // The room is destroyed and made again: DELETE changes nothing.
        let deleted = prosody(&db, "DELETE", &format!("/conference/{room}"), start).run();
        assert_eq!(deleted.status, 200);
        assert_eq!(deleted.json(), serde_json::json!({}));
        assert_eq!(create(&db, &room, end - Duration::seconds(1)).status, 200);

        let late = create(&db, &room, end);
        assert_eq!(late.status, 404, "{}", late.body);
        assert!(
            late.json()["message"]
                .as_str()
                .unwrap()
                .contains("not booked")
        );
        for old in &former {
            assert_eq!(create(&db, old, opening).status, 404, "an earlier room");
        }
        former.push(room);
    }
    cleanup(&db, at("2026-05-20T00:00:00Z"));
    assert_eq!(db.count(), 0, "the series is over and deleted");
    for old in &former {
        assert_eq!(create(&db, old, at("2026-05-19T08:00:00Z")).status, 404);
    }
}

on_both_backends!(every_occurrence_has_its_own_window);

/// Skipped and moved occurrences: the backend lets Jitsi create the room at
/// the moved time, not at the rule's, and never for a skipped one; the room
/// and its token are the moved occurrence's.
fn the_backend_follows_the_exceptions(db: Backend) {
    let booked = book(&db, BOOKED_AT, SERIES);
    let admin_q = query_of(booked["admin_url"].as_str().unwrap());
    let invite_q = query_of(booked["invite_url"].as_str().unwrap());
    for form in [
        "action=skip&occurrence=2026-05-12T08:00:00Z",
        // The third from Tuesday 10:00 to Wednesday 15:00 (13:00 UTC).
        "action=move&occurrence=2026-05-19T08:00:00Z&date=2026-05-20&time=15:00",
    ] {
        let r = Cgi::new("admin", db.url(), "POST", &admin_q)
            .envs(&config())
            .json()
            .at(BOOKED_AT)
            .form(form)
            .run();
        assert_eq!(r.status, 200, "{form}: {}", r.body);
    }
    let invite = |now: DateTime<Utc>| {
        Cgi::new("invite", db.url(), "GET", &invite_q)
            .envs(&config())
            .at(&rfc(now))
            .run()
    };
    // Where the second would have opened, and the third by the rule: waiting
    // for Wednesday, and the backend refuses the room until then.
    let moved_opening = at("2026-05-20T12:50:00Z");
    for now in [at("2026-05-12T07:50:00Z"), at("2026-05-19T07:50:00Z")] {
        let waiting = invite(now);
        assert_eq!(waiting.status, 200, "{}", waiting.body);
        let room = only_room(&db);
        let refused = create(&db, &room, now);
        assert_eq!(refused.status, 403, "{}", refused.body);
        assert_eq!(refused.json()["opens"], rfc(moved_opening));
    }
    // At the moved opening the guest goes in, and Jitsi may create that room.
    let open = invite(moved_opening);
    assert_eq!(open.status, 303, "{}", open.body);
    let room = only_room(&db);
    assert!(open.header("Location").unwrap().contains(&room));
    let let_in = create(&db, &room, moved_opening);
    assert_eq!(let_in.status, 200, "{}", let_in.body);
    assert_eq!(
        let_in.json()["start_time"],
        java(at("2026-05-20T13:00:00Z"))
    );
}

on_both_backends!(the_backend_follows_the_exceptions);

/// The organiser's "enter" long before the opening lets Jitsi create the room
/// from then on (the store keeps the occurrence's start, nothing else); a
/// change of the meeting (a new room, another start) needs another "enter".
/// Without the reservation backend "enter" writes nothing.
fn the_organisers_early_entry_opens_the_room(db: Backend) {
    let booked = book(&db, BOOKED_AT, SERIES);
    let admin_q = query_of(booked["admin_url"].as_str().unwrap());
    let opening = at("2026-05-05T07:50:00Z");
    let early = opening - Duration::hours(3);
    let admin = |now: DateTime<Utc>, form: &str, reservations: bool| {
        let cgi = Cgi::new("admin", db.url(), "POST", &admin_q)
            .env("PLANADO_EXPIRE_AFTER_HOURS", "1")
            .at(&rfc(now))
            .form(form);
        if reservations {
            cgi.envs(&config())
        } else {
            cgi
        }
        .run()
    };
    let opened = || db.column("opened_early_for");
    let room = only_room(&db);
    assert_eq!(create(&db, &room, early).status, 403);
    assert_eq!(admin(early, "action=enter", false).status, 303);
    assert_eq!(
        opened(),
        ["NULL"],
        "without the backend, nothing is written"
    );
    assert_eq!(admin(early, "action=enter", true).status, 303);
    assert_eq!(
        opened(),
        [at("2026-05-05T08:00:00Z").timestamp().to_string()]
    );
    let let_in = create(&db, &room, early + Duration::seconds(1));
    assert_eq!(let_in.status, 200, "{}", let_in.body);
    assert_eq!(
        let_in.json()["start_time"],
        java(at("2026-05-05T08:00:00Z"))
    );
    // Moved by an hour: a new room, another start, closed again.
    let moved = admin(early, "action=update&time=11:00", true);
    assert_eq!(moved.status, 303, "{}", moved.body);
    let new_room = only_room(&db);
    assert_ne!(new_room, room);
    assert_eq!(create(&db, &new_room, early).status, 403);
    assert_eq!(create(&db, &room, early).status, 404);
    assert_eq!(admin(early, "action=enter", true).status, 303);
    assert_eq!(create(&db, &new_room, early).status, 200);
}

on_both_backends!(the_organisers_early_entry_opens_the_room);

fn the_shared_secret_and_unknown_rooms(db: Backend) {
    let booked = book(&db, BOOKED_AT, SERIES);
    let room = only_room(&db);
    let opening = at("2026-05-05T07:50:00Z");
    let form = format!("name={room}&start_time={}", enc(&java(opening)));
    let ask = |auth: Option<&str>| {
        let cgi = prosody(&db, "POST", "/conference", opening).form(&form);
        match auth {
            Some(value) => cgi.env("HTTP_AUTHORIZATION", value),
            None => cgi.without("HTTP_AUTHORIZATION"),
        }
        .run()
    };
    for refused in [
        None,
        Some(""),
        Some("Bearer"),
        Some("Bearer not-the-token"),
        Some(&format!("Bearer {TOKEN}x")),
        Some(&format!("Basic {TOKEN}")),
    ] {
        let r = ask(refused);
        assert_eq!(r.status, 401, "{refused:?}: {}", r.body);
        assert_eq!(
            r.header("WWW-Authenticate"),
            Some("Bearer realm=\"planado\"")
        );
        assert!(r.json()["message"].is_string());
    }
    assert_eq!(ask(Some(&format!("bearer {TOKEN}"))).status, 200);
    assert_eq!(
        ask(Some(&format!("Bearer {TOKEN}"))).json()["mail_owner"],
        ""
    );

    // Off unless configured: the address does not exist.
    let off = prosody(&db, "POST", "/conference", opening)
        .without("PLANADO_RESERVATIONS_API_TOKEN")
        .form(&form)
        .run();
    assert_eq!(off.status, 404);

    let unknown = "abcdefghijklmnopqrstuvwxyz234567";
    let r = create(&db, unknown, opening);
    assert_eq!(r.status, 404);
    assert_eq!(create(&db, "SomeonesOwnRoom", opening).status, 404);
    // A Jitsi shared with other uses: unknown rooms open, booked ones keep their window.
    let shared = |name: &str, now: DateTime<Utc>| {
        let form = format!("name={}&start_time={}", enc(name), enc(&java(now)));
        prosody(&db, "POST", "/conference", now)
            .env("PLANADO_RESERVATIONS_ALLOW_UNBOOKED", "true")
            .form(&form)
            .run()
    };
    let r = shared("SomeonesOwnRoom", opening);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["name"], "SomeonesOwnRoom");
    assert_eq!(r.json()["duration"], 3600, "expire_after_hours");
    assert_eq!(r.json()["start_time"], java(opening));
    assert_eq!(shared(&room, opening - Duration::minutes(3)).status, 403);
    assert_eq!(shared(&room, opening).status, 200);
    // The invitation link is not a room.
    let invite_id = common::invite_id(booked["invite_url"].as_str().unwrap());
    assert_eq!(create(&db, &invite_id, opening).status, 404);
}

on_both_backends!(the_shared_secret_and_unknown_rooms);

/// With rooms Planado does not know allowed (a Jitsi shared with other
/// uses), Planado's own rooms are still judged by their meetings: a past
/// occurrence's room, before and after its meeting moved on, and the rooms of
/// a series that is over and gone, are never granted again.
fn past_rooms_stay_closed_when_unbooked_rooms_may_open(db: Backend) {
    let booked = Cgi::new("booking", db.url(), "POST", "")
        .envs(&config())
        .at(BOOKED_AT)
        .json()
        .form(SERIES)
        .run();
    assert_eq!(booked.status, 201, "{}", booked.body);
    let invite_q = query_of(booked.json()["invite_url"].as_str().unwrap());
    let shared = |name: &str, now: DateTime<Utc>| {
        let form = format!("name={}&start_time={}", enc(name), enc(&java(now)));
        prosody(&db, "POST", "/conference", now)
            .env("PLANADO_RESERVATIONS_ALLOW_UNBOOKED", "true")
            .form(&form)
            .run()
            .status
    };
    let first = only_room(&db);
    let opening = |week: i32| at("2026-05-05T07:50:00Z") + Duration::weeks(week.into());
    assert_eq!(shared(&first, opening(0)), 200, "its own window");
    // A week later, before anything moved the meeting on: the stored room
    // is a past occurrence's.
    assert_eq!(
        shared(&first, opening(1)),
        404,
        "before the meeting moved on"
    );
    // A visitor moves it on: the past room is in no meeting any more.
    let visit = Cgi::new("invite", db.url(), "GET", &invite_q)
        .envs(&config())
        .at(&rfc(opening(1)))
        .run();
    assert_eq!(visit.status, 303);
    let second = only_room(&db);
    assert_ne!(second, first);
    assert_eq!(shared(&first, opening(1)), 404, "after it moved on");
    assert_eq!(shared(&second, opening(1)), 200);
    // The series is over and cleanup took it: its rooms stay closed.
    let after = opening(3);
    cleanup(&db, after);
    assert_eq!(db.count(), 0);
    for room in [&first, &second] {
        assert_eq!(shared(room, after), 404, "a room of a meeting that is gone");
    }
    // Names Planado never made still open.
    assert_eq!(shared("SomeonesOwnRoom", after), 200);
    assert_eq!(shared("abcdefghijklmnopqrstuvwxyz234567", after), 200);
}

on_both_backends!(past_rooms_stay_closed_when_unbooked_rooms_may_open);

/// A refusal in JSON: the backend's own carry Prosody's `message`; those the
/// edge gives before the backend runs (a body that is too large, not a form,
/// not percent-encoded) carry the API's `error`.
fn assert_json_error(r: &Response) {
    let body = r.json();
    assert!(
        body["message"].is_string() || body["error"].is_string(),
        "{}",
        r.body
    );
}

#[test]
fn malformed_requests_get_json_errors() {
    let db = common::sqlite();
    let now = at("2026-05-05T07:50:00Z");
    let post = |body: &str| prosody(&db, "POST", "/conference", now).form(body).run();
    let start = enc(&java(now));
    for (body, status) in [
        (format!("start_time={start}"), 400),
        (format!("name=&start_time={start}"), 400),
        (format!("name=%5Bacme%5D&start_time={start}"), 400),
        (format!("name=a%0Ab&start_time={start}"), 400),
        (format!("name={}&start_time={start}", "a".repeat(300)), 400),
        ("name=room".to_string(), 400),
        ("name=room&start_time=yesterday".to_string(), 400),
        (
            "name=room&start_time=2026-02-30T10%3A00%3A00.000Z".to_string(),
            400,
        ),
        (format!("name=%zz&start_time={start}"), 400),
    ] {
        let r = post(&body);
        assert_eq!(r.status, status, "{body}: {}", r.body);
        assert_json_error(&r);
    }
    let too_large = post(&format!(
        "name=room&start_time={start}&x={}",
        "a".repeat(20_000)
    ));
    assert_eq!(too_large.status, 413);
    assert_json_error(&too_large);
    let not_a_form = prosody(&db, "POST", "/conference", now)
        .form("{}")
        .env("CONTENT_TYPE", "application/json")
        .run();
    assert_eq!(not_a_form.status, 415);
    assert_json_error(&not_a_form);
    for (method, path, status) in [
        ("GET", "/conference", 405),
        ("PUT", "/conference", 405),
        ("POST", "/conference/abc", 405),
        ("GET", "", 404),
        ("GET", "/", 404),
        ("GET", "/conference/", 404),
        ("GET", "/conference/a/b", 404),
        ("POST", "/conferences", 404),
    ] {
        let r = prosody(&db, method, path, now).run();
        assert_eq!(r.status, status, "{method} {path}: {}", r.body);
        assert_json_error(&r);
        if status == 405 {
            assert!(r.header("Allow").is_some());
        }
        common::assert_security_headers(|h| r.header(h).map(str::to_string), path);
    }
}

/// With the reservation backend on, "start a room now" books the room for
/// now, so that the Jitsi server lets it be created.
fn a_room_started_now_is_booked(db: Backend) {
    let now = at("2026-05-05T07:50:00Z");
    let started = Cgi::new("index", db.url(), "POST", "")
        .envs(&config())
        .at(&rfc(now))
        .form("action=now")
        .run();
    assert_eq!(started.status, 303, "{}", started.body);
    let room = started
        .header("Location")
        .unwrap()
        .trim_start_matches("https://jitsi.test/")
        .split('#')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(only_room(&db), room);
    let r = create(&db, &room, now + Duration::seconds(5));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["start_time"], java(now));
    // Without the reservation backend, nothing is stored.
    let plain = Cgi::new("index", db.url(), "POST", "")
        .at(&rfc(now))
        .form("action=now")
        .run();
    assert_eq!(plain.status, 303);
    assert_eq!(db.count(), 1);
    // With rooms Planado does not know allowed, a room started now is not
    // booked, and Jitsi lets it be created as any unbooked room (it carries
    // no tag that would make it one of Planado's past rooms).
    let unbooked = Cgi::new("index", db.url(), "POST", "")
        .envs(&config())
        .env("PLANADO_RESERVATIONS_ALLOW_UNBOOKED", "true")
        .at(&rfc(now))
        .form("action=now")
        .run();
    assert_eq!(unbooked.status, 303);
    assert_eq!(db.count(), 1, "not booked");
    let room = unbooked
        .header("Location")
        .unwrap()
        .trim_start_matches("https://jitsi.test/")
        .to_string();
    let form = format!("name={room}&start_time={}", enc(&java(now)));
    let asked = prosody(&db, "POST", "/conference", now)
        .env("PLANADO_RESERVATIONS_ALLOW_UNBOOKED", "true")
        .form(&form)
        .run();
    assert_eq!(asked.status, 200, "{}", asked.body);
}

on_both_backends!(a_room_started_now_is_booked);

/// The same backend under `planado serve`, at `/reservations/conference`.
#[test]
fn through_planado_serve() {
    let mut env = config();
    env.push(("PLANADO_JITSI_URL", "https://jitsi.test"));
    let served = common::serve(&env);
    let now = common::now_in_a_fresh_minute();
    let local = now.with_timezone(&chrono_tz::Europe::Berlin);
    let form = format!(
        "name=Now&date={}&time={}&tz=Europe%2FBerlin",
        local.format("%Y-%m-%d"),
        enc(&local.format("%H:%M").to_string())
    );
    let booked = common::http(
        &served.addr,
        "POST",
        "/booking",
        "application/json",
        Some(&form),
    );
    assert_eq!(booked.status, 201, "{}", booked.body);
    let invite_url = booked.json()["invite_url"].as_str().unwrap().to_string();
    let path = invite_url.split_once(&served.addr).unwrap().1.to_string();
    let visit = common::http(&served.addr, "GET", &path, "text/html", None);
    assert_eq!(visit.status, 303, "the meeting has started");
    let room = visit
        .header("Location")
        .unwrap()
        .trim_start_matches("https://jitsi.test/")
        .to_string();
    let request = |method: &str, path: &str, auth: &str, body: &str| {
        let mut head = format!(
            "{method} /reservations{path} HTTP/1.1\r\nHost: {}\r\nUser-Agent: Prosody (0.12.4; posix)\r\nConnection: close\r\n{auth}",
            served.addr
        );
        if !body.is_empty() {
            head.push_str(&format!(
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
                body.len()
            ));
        }
        common::raw_http(&served.addr, format!("{head}\r\n{body}").as_bytes())
    };
    let bearer = format!("Authorization: Bearer {TOKEN}\r\n");
    let ask = format!(
        "name={room}&start_time={}&mail_owner={}",
        enc(&java(Utc::now())),
        enc(MAIL_OWNER)
    );
    let open = request("POST", "/conference", &bearer, &ask);
    assert_eq!(open.status, 200, "{}", open.body);
    assert_eq!(open.json()["id"], room.as_str());
    assert_eq!(open.json()["mail_owner"], MAIL_OWNER);
    let fetched = request("GET", &format!("/conference/{room}"), &bearer, "");
    assert_eq!(fetched.status, 200);
    assert_eq!(fetched.json()["start_time"], open.json()["start_time"]);
    // The path below the binary is decoded, as web servers decode PATH_INFO
    // for CGI: a tenant's brackets sent percent-encoded name the same room.
    let tenanted = request("GET", &format!("/conference/%5Bacme%5D{room}"), &bearer, "");
    assert_eq!(tenanted.status, 200, "{}", tenanted.body);
    assert_eq!(tenanted.json()["id"], room.as_str());
    assert_eq!(tenanted.json()["name"], format!("[acme]{room}"));
    assert_eq!(
        request("GET", "/conference/%ff", &bearer, "").status,
        400,
        "a path that does not decode to UTF-8"
    );
    assert_eq!(
        request("DELETE", &format!("/conference/{room}"), &bearer, "").status,
        200
    );
    let refused = request("POST", "/conference", "", &ask);
    assert_eq!(refused.status, 401);
    assert!(refused.header("WWW-Authenticate").is_some());
    let unknown = request(
        "GET",
        "/conference/abcdefghijklmnopqrstuvwxyz234567",
        &bearer,
        "",
    );
    assert_eq!(unknown.status, 404);
    assert_eq!(request("GET", "/elsewhere", &bearer, "").status, 404);
    // Not a prefix match of another name.
    let elsewhere = common::http(
        &served.addr,
        "GET",
        "/reservationsx",
        "application/json",
        None,
    );
    assert_eq!(elsewhere.status, 404);
}

/// Finding a meeting by its room goes through the room index (migration 7),
/// never through a scan of every meeting.
fn the_room_is_found_through_its_index(db: Backend) {
    book(&db, BOOKED_AT, SERIES);
    let room = only_room(&db);
    // The store's own statement, with the room in place of its placeholder.
    let query = planado::store::find_by_room_sql(&format!("'{room}'"));
    let plan = match &db {
        Backend::Sqlite { .. } => {
            let conn = rusqlite::Connection::open(db.url().trim_start_matches("sqlite:")).unwrap();
            let mut stmt = conn
                .prepare(&format!("EXPLAIN QUERY PLAN {query}"))
                .unwrap();
            let details: Vec<String> = stmt
                .query_map([], |row| row.get(3))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            details.join("; ")
        }
        Backend::MariaDb { url, .. } => {
            use mysql::prelude::Queryable;
            let mut conn = mysql::Conn::new(mysql::Opts::from_url(url).unwrap()).unwrap();
            let keys: Vec<Option<String>> = conn
                .query_map(format!("EXPLAIN {query}"), |row: mysql::Row| {
                    row.get::<Option<String>, _>("key").flatten()
                })
                .unwrap();
            format!("{keys:?}")
        }
    };
    assert!(plan.contains("meetings_room"), "{plan}");
}

on_both_backends!(the_room_is_found_through_its_index);
