//! The room's door (issue: a door the organiser controls): guests wait in the
//! lobby, a room password, a maximum of participants, chosen at booking and on
//! the organiser's page, by form and by the JSON API, on both stores. The
//! reservation backend hands the door to Jitsi in the fields Jitsi's current
//! `mod_reservations` reads (`lobby`, `password`, `max_occupants`); guests'
//! links knock at the lobby by themselves (`config.lobby.autoKnock`, read by
//! Jitsi's own URL parser); the password reaches the organiser only, and
//! the invitation only when the organiser ticks that; without the reservation
//! backend nothing would keep the door, and it is refused.

mod common;

use common::jitsi::Oracle;
use common::{Backend, Cgi, query_of};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::Value;

const TOKEN: &str = "a-reservations-token-of-the-door-tests-0123";
const NOW: &str = "2026-05-04T08:00:00Z";
const AT_OPENING: &str = "2026-05-05T08:00:00.000Z";
const MEETING: &str = "name=Board&date=2026-05-05&time=10:00&tz=Europe%2FBerlin&duration=60";

fn with_backend(cgi: Cgi) -> Cgi {
    cgi.env("PLANADO_RESERVATIONS_API_TOKEN", TOKEN)
}

fn book(db: &Backend, form: &str) -> common::Response {
    with_backend(Cgi::new("booking", db.url(), "POST", ""))
        .json()
        .at(NOW)
        .form(form)
        .run()
}

/// What the reservation backend tells Jitsi of the only room, at the opening.
fn reservation(db: &Backend) -> Value {
    let rooms = db.rooms();
    assert_eq!(rooms.len(), 1, "{rooms:?}");
    let enc = |s: &str| utf8_percent_encode(s, NON_ALPHANUMERIC).to_string();
    let form = format!(
        "name={}&start_time={}&mail_owner=guest%40meet.test",
        enc(&rooms[0]),
        enc(AT_OPENING)
    );
    let r = with_backend(Cgi::new("reservations", db.url(), "POST", ""))
        .env("PATH_INFO", "/conference")
        .env("HTTP_AUTHORIZATION", &format!("Bearer {TOKEN}"))
        .at("2026-05-05T08:00:00Z")
        .form(&form)
        .run();
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

fn admin(db: &Backend, admin_url: &str, form: &str) -> common::Response {
    with_backend(Cgi::new("admin", db.url(), "POST", &query_of(admin_url)))
        .json()
        .at(NOW)
        .form(form)
        .run()
}

fn a_closed_door_reaches_jitsi(db: Backend) {
    let booked = book(
        &db,
        &format!("{MEETING}&lobby=true&password=s%C3%A9same%2042&max_participants=6"),
    );
    assert_eq!(booked.status, 201, "{}", booked.body);
    let b = booked.json();
    assert_eq!(b["lobby"], true);
    assert_eq!(b["password"], "sésame 42");
    assert_eq!(b["max_participants"], 6);
    assert_eq!(b["password_in_invitation"], false);
    let answer = reservation(&db);
    assert_eq!(answer["lobby"], true, "{answer}");
    assert_eq!(answer["password"], "sésame 42", "{answer}");
    assert_eq!(answer["max_occupants"], 6, "{answer}");

    // Guests' links knock at the lobby by themselves, as Jitsi reads them.
    let mut jitsi = Oracle::start();
    let read = jitsi.read(b["invite_url"].as_str().unwrap());
    assert_eq!(read["config"]["lobby"]["autoKnock"], true, "{read}");
    assert_eq!(read["dropped"], serde_json::json!([]), "{read}");

    // An API change names only what it changes: the rest of the door stays.
    let changed = admin(
        &db,
        b["admin_url"].as_str().unwrap(),
        "action=update&max_participants=12",
    );
    assert_eq!(changed.status, 200, "{}", changed.body);
    let c = changed.json();
    assert_eq!(
        (c["lobby"].clone(), c["max_participants"].clone()),
        (true.into(), 12.into())
    );
    assert_eq!(c["password"], "sésame 42");
    let answer = reservation(&db);
    assert_eq!(answer["max_occupants"], 12, "{answer}");

    // The page's form sends every field: an unticked box opens the lobby,
    // an empty password removes it.
    let opened = admin(
        &db,
        b["admin_url"].as_str().unwrap(),
        "action=update&door=1&password=&max_participants=",
    );
    assert_eq!(opened.status, 200, "{}", opened.body);
    let o = opened.json();
    assert_eq!(o["lobby"], false);
    assert!(
        o["password"].is_null() && o["max_participants"].is_null(),
        "{o}"
    );
    let answer = reservation(&db);
    for field in ["lobby", "password", "max_occupants"] {
        assert!(answer.get(field).is_none(), "{field}: {answer}");
    }
    let read = jitsi.read(o["invite_url"].as_str().unwrap());
    assert!(read["config"].get("lobby").is_none(), "{read}");
}

/// A GET of one of the meeting's links (`ics_url`, `invite_url`) through
/// its binary, before the opening.
fn get(db: &Backend, binary: &str, url: &Value) -> common::Response {
    let r = with_backend(Cgi::new(
        binary,
        db.url(),
        "GET",
        &query_of(url.as_str().unwrap()),
    ))
    .at(NOW)
    .run();
    assert_eq!(r.status, 200, "{binary}: {}", r.body);
    r
}

/// The booking confirmation's page for `door`, and the invitation on it.
fn confirmation(db: &Backend, door: &str) -> (String, String) {
    let page = with_backend(Cgi::new("booking", db.url(), "POST", ""))
        .at(NOW)
        .form(&format!("{MEETING}&door=1&{door}"))
        .run();
    assert_eq!(page.status, 201, "{}", page.body);
    let invitation = page.body.split("id=\"invitation\"").nth(1).unwrap();
    let invitation = invitation.split("</textarea>").next().unwrap().to_string();
    (page.body, invitation)
}

fn the_password_is_the_organisers(db: Backend) {
    let secret = "only-for-the-organiser";
    // The confirmation (the organiser's) shows it, the invitation on it does not.
    let (page, invitation) = confirmation(&db, &format!("password={secret}"));
    assert!(page.contains(secret));
    assert!(!invitation.contains(secret), "{invitation}");
    let b = book(&db, &format!("{MEETING}&password={secret}")).json();
    let calendar = get(&db, "ics", &b["ics_url"]);
    assert!(!calendar.body.contains(secret), "{}", calendar.body);
    assert!(!get(&db, "invite", &b["invite_url"]).body.contains(secret));
    // Ticked: the invitation and the calendar file carry it.
    let (_, invitation) = confirmation(&db, "password=shared-one&password_in_invitation=true");
    assert!(invitation.contains("shared-one"), "{invitation}");
    let b = book(
        &db,
        &format!("{MEETING}&password=shared-two&password_in_invitation=true"),
    )
    .json();
    let calendar = get(&db, "ics", &b["ics_url"]);
    assert!(calendar.body.contains("shared-two"), "{}", calendar.body);
}

on_both_backends!(a_closed_door_reaches_jitsi, the_password_is_the_organisers);

#[test]
fn without_a_jitsi_that_asks_the_door_is_refused_and_the_page_says_why() {
    let db = common::sqlite();
    let refused = Cgi::new("booking", db.url(), "POST", "")
        .json()
        .at(NOW)
        .form(&format!("{MEETING}&lobby=true"))
        .run();
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert!(
        refused.json()["error"]
            .as_str()
            .unwrap()
            .contains("reservations_api_token")
    );
    assert!(db.rooms().is_empty());
    // An open door is no choice: booked as ever.
    let open = Cgi::new("booking", db.url(), "POST", "")
        .json()
        .at(NOW)
        .form(&format!("{MEETING}&door=1&password=&max_participants="))
        .run();
    assert_eq!(open.status, 201, "{}", open.body);
    let admin_url = open.json()["admin_url"].as_str().unwrap().to_string();
    let organisers = Cgi::new("admin", db.url(), "GET", &query_of(&admin_url))
        .at(NOW)
        .run();
    assert!(
        organisers.body.contains("door-needs-jitsi"),
        "{}",
        organisers.body
    );
    let form = Cgi::new("index", db.url(), "GET", "").at(NOW).run();
    assert!(form.body.contains("door-needs-jitsi") && !form.body.contains("name=\"lobby\""));
    let with = with_backend(Cgi::new("index", db.url(), "GET", ""))
        .at(NOW)
        .run();
    assert!(with.body.contains("name=\"lobby\"") && !with.body.contains("door-needs-jitsi"));
}

#[test]
fn a_door_out_of_range_is_refused() {
    let db = common::sqlite();
    for (field, key) in [
        ("max_participants=1", "participants"),
        ("max_participants=1001", "participants"),
        ("max_participants=many", "participants"),
        ("lobby=perhaps", "lobby"),
        (&*format!("password={}", "x".repeat(65)), "password"),
        ("password=tab%09in", "password"),
    ] {
        let r = book(&db, &format!("{MEETING}&{field}"));
        assert_eq!(r.status, 400, "{field}: {}", r.body);
        let error = r.json()["error"].as_str().unwrap().to_lowercase();
        assert!(error.contains(key), "{field}: {error}");
    }
    assert!(db.rooms().is_empty());
}

/// A door chosen while Jitsi asked Planado stays when the operator turns the
/// reservation backend off: the meeting can still be changed, the door
/// opened, but no lock added.
#[test]
fn a_door_from_before_stays_changeable_without_the_backend() {
    let db = common::sqlite();
    let b = book(&db, &format!("{MEETING}&lobby=true&password=kept")).json();
    let admin_url = b["admin_url"].as_str().unwrap();
    let without = |form: &str| {
        Cgi::new("admin", db.url(), "POST", &query_of(admin_url))
            .json()
            .at(NOW)
            .form(form)
            .run()
    };
    let moved = without("action=update&time=11:00");
    assert_eq!(moved.status, 200, "{}", moved.body);
    assert_eq!(
        (
            moved.json()["lobby"].clone(),
            moved.json()["password"].clone()
        ),
        (true.into(), "kept".into())
    );
    let locked = without("action=update&max_participants=4");
    assert_eq!(locked.status, 400, "{}", locked.body);
    let page = Cgi::new("admin", db.url(), "GET", &query_of(admin_url))
        .at(NOW)
        .run();
    assert!(page.body.contains("name=\"lobby\"") && page.body.contains("door-needs-jitsi"));
    let opened = without("action=update&door=1&password=kept");
    assert_eq!(opened.status, 200, "{}", opened.body);
    assert_eq!(opened.json()["lobby"], false);
    let opened = without("action=update&door=1");
    assert!(opened.json()["password"].is_null(), "{}", opened.body);
    let page = Cgi::new("admin", db.url(), "GET", &query_of(admin_url))
        .at(NOW)
        .run();
    assert!(!page.body.contains("name=\"lobby\""));
}
