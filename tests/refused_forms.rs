//! A refused form comes back to the person who sent it (issue: every
//! visitor): the booking form and the organiser's change form answer `400`
//! with what was sent, a summary read out at once (`role="alert"`) whose link
//! leads to the field, and the reason beside the field, tied to it
//! (`aria-invalid`, `aria-describedby`), the door's fields too; a refused
//! skip, move or restore shows the organiser's page with the reason at the
//! top. Nothing is stored, and a program still gets the JSON error.

mod common;

use common::{Backend, Cgi, Response, query_of};
use regex::Regex;

const TOKEN: &str = "a-reservations-token-of-the-form-tests-0123";
const NOW: &str = "2026-05-04T08:00:00Z";
const MEETING: &str = "name=Board&date=2026-05-05&time=10:00&tz=Europe%2FBerlin";

/// A request with the reservation backend on, so that the forms show the door.
fn cgi(db: &Backend, binary: &str, query: &str) -> Cgi {
    Cgi::new(binary, db.url(), "POST", query)
        .env("PLANADO_RESERVATIONS_API_TOKEN", TOKEN)
        .at(NOW)
}

/// The start tag of the element with `id` on the page.
fn tag<'a>(page: &'a str, id: &str) -> &'a str {
    let re = Regex::new(&format!(r#"<(input|select)\b[^>]*\bid="{id}"[^>]*>"#)).unwrap();
    re.find(page)
        .unwrap_or_else(|| panic!("no field {id} on the page:\n{page}"))
        .as_str()
}

/// The refusal is tied to `field` and no other: marked invalid, described by
/// its message, which stands beside it and in the summary's link to it.
fn assert_refused_at(page: &Response, field: &str, words: &str) {
    assert_eq!(
        page.status, 400,
        "{field}: {:?} {}",
        page.headers, page.body
    );
    let body = &page.body;
    let input = tag(body, field);
    assert!(input.contains(r#"aria-invalid="true""#), "{input}");
    let described = Regex::new(r#"aria-describedby="([^"]*)""#).unwrap();
    let ids = &described.captures(input).expect("aria-describedby")[1];
    assert!(
        ids.split(' ').any(|id| id == format!("{field}-error")),
        "{input}"
    );
    let message = Regex::new(&format!(
        r#"<p class="field-error" id="{field}-error">([^<]+)</p>"#
    ))
    .unwrap()
    .captures(body)
    .unwrap_or_else(|| panic!("no message beside {field}:\n{body}"))[1]
        .to_string();
    assert!(message.contains(words), "{field}: {message}");
    assert_eq!(body.matches(r#"aria-invalid="true""#).count(), 1, "{body}");
    assert_eq!(body.matches(r#"class="field-error""#).count(), 1, "{body}");
    let summary = body
        .split(r#"role="alert" id="form-error""#)
        .nth(1)
        .expect("a summary");
    let link = format!(r##"<a href="#{field}">{message}</a>"##);
    assert!(summary.contains(&link), "{link} in {summary}");
}

/// A field's value, as the browser reads it (Askama writes `&` as `&#38;`).
fn value_of(page: &str, id: &str) -> String {
    let input = tag(page, id);
    let re = Regex::new(r#"value="([^"]*)""#).unwrap();
    let value = re
        .captures(input)
        .map(|c| c[1].to_string())
        .unwrap_or_default();
    value
        .replace("&#38;", "&")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
}

/// The `<option>` of the select `id` that is selected.
fn selected(page: &str, id: &str) -> String {
    let select = page.split(&format!(r#"id="{id}""#)).nth(1).unwrap();
    let select = select.split("</select>").next().unwrap();
    let re = Regex::new(r#"<option value="([^"]*)" selected>"#).unwrap();
    let chosen: Vec<_> = re.captures_iter(select).map(|c| c[1].to_string()).collect();
    assert_eq!(chosen.len(), 1, "{select}");
    chosen[0].clone()
}

#[test]
fn a_refused_booking_comes_back_with_what_was_sent_and_the_reason_at_its_field() {
    let db = common::sqlite();
    for (sent, field, words) in [
        ("date=2020-01-01&time=10:00", "date", "past"),
        ("date=2026-02-30&time=10:00", "date", "real date"),
        ("date=2026-05-05&time=25:00", "time", "HH:MM"),
        (
            "date=2026-05-05&time=10:00&repeat=weekly&count=0",
            "count",
            "1",
        ),
        (
            "date=2026-05-05&time=10:00&repeat=hourly",
            "repeat",
            "repetitions",
        ),
        ("date=2026-05-05&time=10:00&duration=1", "duration", "lasts"),
        (
            "date=2026-05-05&time=10:00&max_participants=1",
            "max_participants",
            "2",
        ),
        (
            "date=2026-05-05&time=10:00&password=tab%09in",
            "password",
            "password",
        ),
    ] {
        let form = format!(
            "name=Board+%26+Co&tz=Europe%2FBerlin&open_early=10&reminder=60&door=1&lobby=true{}&{sent}",
            if sent.contains("password=") {
                ""
            } else {
                "&password=s3cret"
            }
        );
        let page = cgi(&db, "booking", "").form(&form).run();
        assert_refused_at(&page, field, words);
        let body = &page.body;
        assert_eq!(value_of(body, "name"), "Board & Co", "{sent}");
        assert_eq!(selected(body, "open_early"), "10", "{sent}");
        assert_eq!(selected(body, "reminder"), "60", "{sent}");
        assert!(tag(body, "lobby").contains("checked"), "{sent}");
        if !sent.contains("password=") {
            assert_eq!(value_of(body, "password"), "s3cret", "{sent}");
        }
    }
    assert_eq!(db.count(), 0, "a refused booking stored nothing");
    // A program gets the JSON error, as before.
    let r = cgi(&db, "booking", "")
        .json()
        .form("name=x&date=2020-01-01&time=10:00")
        .run();
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["code"], "start_past", "{}", r.body);
}

#[test]
fn the_reason_is_in_the_visitors_language() {
    let db = common::sqlite();
    let page = cgi(&db, "booking", "lang=de")
        .form(&format!("{MEETING}&repeat=weekly&count=0"))
        .run();
    assert_refused_at(&page, "count", "ganze Zahl");
    assert!(page.body.contains(r#"<html lang="de""#), "{}", page.body);
}

/// A series of four, booked by the API; its organiser's page's query.
fn series(db: &Backend) -> String {
    let r = cgi(db, "booking", "")
        .json()
        .form(&format!(
            "{MEETING}&repeat=weekly&count=4&door=1&lobby=true"
        ))
        .run();
    assert_eq!(r.status, 201, "{}", r.body);
    query_of(r.json()["admin_url"].as_str().unwrap())
}

fn sequence(db: &Backend, admin: &str) -> u64 {
    let r = Cgi::new("admin", db.url(), "GET", admin)
        .json()
        .at(NOW)
        .run();
    r.json()["sequence"].as_u64().unwrap()
}

#[test]
fn a_refused_change_comes_back_on_the_organisers_page() {
    let db = common::sqlite();
    let admin = series(&db);
    let before = sequence(&db, &admin);
    let change = [
        ("action", "update"),
        ("date", "2026-05-12"),
        ("time", "11:30"),
        ("tz", "Europe/Berlin"),
        ("repeat", "weekly"),
        ("count", "3"),
        ("duration", "90"),
        ("door", "1"),
        ("lobby", "true"),
        ("password", "pw"),
    ];
    for (sent, field, words) in [
        (("tz", "Mars/Olympus"), "tz", "Mars/Olympus"),
        (("date", "2020-01-01"), "date", "past"),
        (("count", "5000"), "count", "1"),
        (("max_participants", "1"), "max_participants", "2"),
    ] {
        let form: Vec<(&str, &str)> = change
            .iter()
            .filter(|(name, _)| *name != sent.0)
            .chain([&sent])
            .copied()
            .collect();
        let form = serde_urlencoded::to_string(&form).unwrap();
        let page = cgi(&db, "admin", &admin).form(&form).run();
        assert_refused_at(&page, field, words);
        let sent = sent.0;
        let body = &page.body;
        let tz = if field == "tz" {
            "Mars/Olympus"
        } else {
            "Europe/Berlin"
        };
        assert_eq!(value_of(body, "tz"), tz, "{sent}");
        let date = if field == "date" {
            "2020-01-01"
        } else {
            "2026-05-12"
        };
        assert_eq!(value_of(body, "date"), date, "{sent}");
        assert_eq!(value_of(body, "time"), "11:30", "{sent}");
        let count = if field == "count" { "5000" } else { "3" };
        assert_eq!(value_of(body, "count"), count, "{sent}");
        assert_eq!(selected(body, "duration"), "90", "{sent}");
        assert_eq!(value_of(body, "password"), "pw", "{sent}");
        // The rest of the page is the organiser's, with its links.
        assert!(body.contains(r#"id="invite-url""#), "{sent}");
    }
    assert_eq!(
        sequence(&db, &admin),
        before,
        "a refused change stored nothing"
    );
    // A program gets the JSON error.
    let r = cgi(&db, "admin", &admin)
        .json()
        .form("action=update&tz=Mars%2FOlympus")
        .run();
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["code"], "tz_invalid", "{}", r.body);
}

#[test]
fn a_refused_skip_or_move_says_why_at_the_top_of_the_page() {
    let db = common::sqlite();
    let admin = series(&db);
    let before = sequence(&db, &admin);
    for (form, words) in [
        // The second meeting moved behind the third.
        (
            "action=move&occurrence=2026-05-12T08:00:00Z&date=2026-05-27&time=10:00",
            "after the one before it",
        ),
        (
            "action=skip&occurrence=2026-05-13T08:00:00Z",
            "no occurrence",
        ),
    ] {
        let page = cgi(&db, "admin", &admin).form(form).run();
        assert_eq!(page.status, 400, "{form}: {}", page.body);
        let alert = page
            .body
            .split(r#"role="alert" id="occurrence-error""#)
            .nth(1)
            .unwrap_or_else(|| panic!("{form}: no reason at the top:\n{}", page.body));
        let alert = alert.split("</div>").next().unwrap();
        assert!(alert.contains(words), "{form}: {alert}");
        assert!(page.body.contains(r#"id="upcoming""#), "{form}");
        assert!(!page.body.contains(r#"aria-invalid="true""#), "{form}");
    }
    assert_eq!(sequence(&db, &admin), before);
}
