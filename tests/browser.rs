//! A real headless Chromium (Debian `chromium`, driven over WebDriver by
//! `chromedriver`) books through the form as a person would and waits on the
//! invite link until it is taken into the room, with JavaScript and without.
//! The conference name must survive in the fragment all the way into the room.

mod common;

use std::time::{Duration, Instant};

use chrono::Utc;
use fantoccini::{Client, Locator};
use serde_json::json;

use common::browser::*;

const NAME: &str = "Chor-Probe \"Ü\" & Co";
/// Where the consent page's button leads (the page's script has had its say).
async fn enter_href(c: &Client) -> String {
    c.find(Locator::Id("enter"))
        .await
        .unwrap()
        .attr("href")
        .await
        .unwrap()
        .unwrap()
}

/// The fragment of the links booking hands out for `name`.
fn fragment(name: &str) -> String {
    use planado::domain::links::{JitsiOverrides, jitsi_fragment};
    jitsi_fragment(name, &JitsiOverrides::default())
}

async fn book_through_the_form_and_wait(driver_port: u16, p: &Planado, jitsi: &str) {
    let profile = tempfile::tempdir().unwrap();
    let c = chromium(driver_port, true, profile.path()).await;
    let tz: chrono_tz::Tz = "America/New_York".parse().unwrap();
    c.goto(&format!("{}/", p.base)).await.unwrap();
    assert_console_clean(&c, "index", false).await;
    let zone = c
        .find(Locator::Id("tz"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(
        zone.as_deref(),
        Some("America/New_York"),
        "the form sends the browser's zone"
    );
    assert!(text(&c, "#tz-note").await.contains("America/New_York"));

    // The room opens 5 minutes early, 20 to 80 s from now: the waiting page
    // counts down to the opening, not to the start.
    let opens = next_start(tz);
    let start = opens + chrono::Duration::minutes(5);
    type_into(&c, "#name", NAME).await;
    // Set date and time as the pickers would (typing into them depends on the locale).
    c.execute(
        "document.getElementById('date').value = arguments[0]; document.getElementById('time').value = arguments[1];",
        vec![json!(start.format("%Y-%m-%d").to_string()), json!(start.format("%H:%M").to_string())],
    )
    .await
    .unwrap();
    click(&c, "#repeat option[value=weekly]").await;
    click(&c, "#open_early option[value='5']").await;
    clear(&c, "#count").await;
    type_into(&c, "#count", "2").await;
    click(&c, "#booking-form button[type=submit]").await;

    let facts = wait_text(&c, ".facts", NAME).await;
    assert!(
        facts.contains(NAME)
            && facts.contains("America/New_York")
            && facts.contains("Weekly, 2 meetings"),
        "{facts}"
    );
    let invite = value_of(&c, "#invite-url").await;
    assert!(invite.ends_with(&fragment(NAME)), "{invite}");
    assert_console_clean(&c, "booked", false).await;

    click(&c, "#copy").await;
    assert_eq!(
        wait_text(&c, "#copy-status", "Copied").await,
        "Copied to the clipboard"
    );
    let pasted = clipboard(&c).await;
    assert!(
        pasted.starts_with("You are invited to the video conference “Chor-Probe \"Ü\" & Co”."),
        "{pasted}"
    );
    assert!(
        pasted.contains(&format!("Join here: {invite}"))
            && pasted.contains("Weekly, 2 meetings")
            && pasted.contains("The room opens 5 minutes before the start."),
        "{pasted}"
    );

    // The waiting page: the name from the fragment, the local time, a countdown.
    c.goto(&invite).await.unwrap();
    assert_eq!(text(&c, "#subject").await, NAME);
    let local = text(&c, "#local-time").await;
    assert!(
        local.contains(&start.format("%-I:%M").to_string())
            && local.contains(&opens.format("%-I:%M").to_string()),
        "local time {local:?} for {opens} and {start}"
    );
    assert!(text(&c, ".countdown").await.contains("The room opens in"));
    let first = text(&c, "#countdown").await;
    let deadline = Instant::now() + Duration::from_secs(5);
    while text(&c, "#countdown").await == first {
        assert!(Instant::now() < deadline, "the countdown does not run");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_console_clean(&c, "waiting", false).await;

    // The calendar file, built in the browser with the name from the fragment.
    click(&c, "a.calendar-file").await;
    let ics = downloaded(&profile.path().join("downloads")).await;
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded.contains("SUMMARY:Chor-Probe \"Ü\" & Co\r\n"),
        "{ics}"
    );
    assert!(unfolded.contains(&format!("URL:{invite}\r\n")), "{ics}");
    assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    assert_console_clean(&c, "waiting, after the calendar file", false).await;

    // Into the room at the opening, without touching anything, with the name.
    let room = wait_for_url(&c, jitsi, Duration::from_secs(100)).await;
    assert!(
        Utc::now() < start.with_timezone(&Utc) - chrono::Duration::minutes(3),
        "taken in at the opening, minutes before the start"
    );
    assert!(
        room.ends_with(&fragment(NAME)),
        "the fragment reached the room: {room}"
    );
    c.close().await.unwrap();
}

async fn wait_without_javascript(driver_port: u16, p: &Planado, jitsi: &str) {
    let profile = tempfile::tempdir().unwrap();
    let c = chromium(driver_port, false, profile.path()).await;
    let start = next_start(chrono_tz::UTC);
    // Booking without JavaScript: the form as it comes, typed into.
    c.goto(&format!("{}/", p.base)).await.unwrap();
    assert!(
        text(&c, "#tz-note").await.contains("UTC"),
        "without JavaScript the form says which zone it assumed"
    );
    assert!(
        c.find(Locator::Id("copy")).await.is_err()
            || !c
                .find(Locator::Id("copy"))
                .await
                .unwrap()
                .is_displayed()
                .await
                .unwrap()
    );
    type_into(&c, "#name", NAME).await;
    type_into(&c, "#date", &start.format("%m%d%Y").to_string()).await;
    type_into(&c, "#time", &start.format("%I%M%p").to_string()).await;
    click(&c, "#booking-form button[type=submit]").await;
    let facts = wait_text(&c, ".facts", NAME).await;
    assert!(
        // In the browser's language (Chromium's: en-US) and its 12 hours.
        facts.contains(NAME) && facts.contains(&start.format("%-I:%M").to_string()),
        "{facts}"
    );
    assert!(
        !c.find(Locator::Id("copy"))
            .await
            .unwrap()
            .is_displayed()
            .await
            .unwrap(),
        "no copy button without JavaScript"
    );
    let invite = value_of(&c, "#invite-url").await;
    assert_console_clean(&c, "booked without JavaScript", false).await;
    c.goto(&invite).await.unwrap();
    assert!(text(&c, "h1").await.contains("not started yet"));
    assert_console_clean(&c, "waiting without JavaScript", false).await;
    assert!(
        !c.find(Locator::Id("countdown"))
            .await
            .unwrap()
            .is_displayed()
            .await
            .unwrap()
    );
    // The refresh cannot keep the fragment (see templates/waiting.html): the
    // visitor gets into the room on time, without the name as the subject.
    let room = wait_for_url(&c, jitsi, Duration::from_secs(100)).await;
    assert!(!room.contains('#'), "{room}");
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_books_and_is_taken_into_the_room() {
    let jitsi_port = jitsi_stub();
    let jitsi = format!("http://127.0.0.1:{jitsi_port}/");
    let p = planado(jitsi_port);
    let (_driver, driver_port) = chromedriver("America/New_York");
    tokio::join!(
        book_through_the_form_and_wait(driver_port, &p, &jitsi),
        wait_without_javascript(driver_port, &p, &jitsi),
    );
}

/// The smallest contrast ratio (WCAG 2) between any visible text and what is
/// behind it, where it is, and whether the page is wider than the window.
const LOOK: &str = r#"
function rgb(c) { const p = c.match(/[\d.]+/g).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; }
function lum(c) { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); }
function behind(el) { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor); if (c.a > 0) return c; } return rgb('rgb(255,255,255)'); }
let worst = { ratio: 99, where: '' };
for (const el of document.querySelectorAll('body *')) {
  const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own || !el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
  const a = lum(rgb(getComputedStyle(el).color)), b = lum(behind(el));
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  if (ratio < worst.ratio) worst = { ratio, where: el.tagName + ' ' + el.textContent.trim().slice(0, 40) };
}
worst.overflow = document.documentElement.scrollWidth > window.innerWidth + 1;
return worst;
"#;

/// How a page looks at two widths, and that its console stayed clean.
async fn look_at(c: &Client, name: &str) {
    look_at_page(c, name, false).await;
}

async fn look_at_page(c: &Client, name: &str, error_page: bool) {
    assert_console_clean(c, name, error_page).await;
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/target/screenshots"));
    std::fs::create_dir_all(dir).unwrap();
    for (width_name, width, height) in [("desktop", 1280, 1100), ("phone", 390, 1500)] {
        c.set_window_size(width, height).await.unwrap();
        tokio::time::sleep(Duration::from_millis(150)).await;
        let png = c.screenshot().await.unwrap();
        std::fs::write(dir.join(format!("{name}-{width_name}.png")), png).unwrap();
        let look = c.execute(LOOK, vec![]).await.unwrap();
        let ratio = look["ratio"].as_f64().unwrap();
        assert!(
            ratio >= 4.5,
            "{name} at {width_name}: contrast {ratio:.2} at {}",
            look["where"]
        );
        assert_eq!(
            look["overflow"], false,
            "{name} at {width_name} is wider than the window"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_looks_finished() {
    let jitsi_port = jitsi_stub();
    let p = planado_with(
        jitsi_port,
        &[("PLANADO_PRIVACY_NOTICE_URL", "https://planado.test/privacy")],
    );
    let (_driver, driver_port) = chromedriver("Europe/Berlin");
    let profile = tempfile::tempdir().unwrap();
    let c = chromium(driver_port, true, profile.path()).await;

    c.goto(&format!("{}/", p.base)).await.unwrap();
    look_at(&c, "index").await;
    type_into(&c, "#name", "Monatliche Vorstandssitzung des Fördervereins").await;
    click(&c, "#repeat option[value=monthly]").await;
    clear(&c, "#count").await;
    type_into(&c, "#count", "12").await;
    click(&c, "#booking-form button[type=submit]").await;
    wait_text(&c, ".facts", "Monatliche").await;
    let invite = value_of(&c, "#invite-url").await;
    let admin = value_of(&c, "#admin-url").await;
    look_at(&c, "booked").await;

    c.goto(&invite).await.unwrap();
    look_at(&c, "waiting").await;
    c.goto(&admin).await.unwrap();
    look_at(&c, "admin").await;
    click(&c, "form:not(.keep-fragment) button").await;
    wait_text(&c, "h1", "Cancel the conference?").await;
    look_at(&c, "cancel-confirm").await;
    click(&c, "form button.primary").await;
    wait_text(&c, ".lead", "cancelled").await;
    look_at(&c, "cancelled").await;

    c.goto(&format!("{}/invite?id=nothing", p.base))
        .await
        .unwrap();
    look_at_page(&c, "not-found", true).await;
    c.goto(&format!("{}/invite?id=%ff", p.base)).await.unwrap();
    look_at_page(&c, "bad-request", true).await;

    // The consent page, from the start of a meeting booked for now.
    let now = common::now_in_a_fresh_minute().with_timezone(&chrono_tz::Europe::Berlin);
    c.goto(&format!("{}/", p.base)).await.unwrap();
    type_into(&c, "#name", "Jetzt").await;
    c.execute(
        "document.getElementById('date').value = arguments[0]; document.getElementById('time').value = arguments[1];",
        vec![json!(now.format("%Y-%m-%d").to_string()), json!(now.format("%H:%M").to_string())],
    )
    .await
    .unwrap();
    click(&c, "#booking-form button[type=submit]").await;
    wait_text(&c, ".facts", "Jetzt").await;
    let invite_now = value_of(&c, "#invite-url").await;
    c.goto(&invite_now).await.unwrap();
    wait_text(&c, "h1", "Before you enter").await;
    let enter = enter_href(&c).await;
    assert!(
        enter.ends_with(&fragment("Jetzt")),
        "the consent page hands the name on: {enter}"
    );
    common::jitsi::Oracle::start().assert_reads(&enter, Some("Jetzt"), Some("en"));
    look_at(&c, "consent").await;
    c.close().await.unwrap();
}

/// Clears a download folder, so that the next file read is the next one saved.
fn empty(dir: &std::path::Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The name as the calendar file says it: SUMMARY, unfolded.
fn summary_of(ics: &str) -> String {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .find_map(|l| l.strip_prefix("SUMMARY:"))
        .unwrap_or_else(|| panic!("no SUMMARY in {ics}"))
        .to_string()
}

/// The admin link as booking hands it out, with the name in its fragment: the
/// page shows the name, its calendar file carries it, and after "Save changes"
/// the next page still has it, with no error in the console on the way.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admin_link_keeps_its_name_across_a_change() {
    let jitsi_port = jitsi_stub();
    let p = planado(jitsi_port);
    let (_driver, driver_port) = chromedriver("Europe/Berlin");
    let profile = tempfile::tempdir().unwrap();
    let downloads = profile.path().join("downloads");
    let c = chromium(driver_port, true, profile.path()).await;
    c.goto(&format!("{}/", p.base)).await.unwrap();
    type_into(&c, "#name", NAME).await;
    click(&c, "#booking-form button[type=submit]").await;
    wait_text(&c, ".facts", NAME).await;
    let admin = value_of(&c, "#admin-url").await;
    assert!(admin.ends_with(&fragment(NAME)), "{admin}");

    c.goto(&admin).await.unwrap();
    assert_eq!(wait_text(&c, "#subject", NAME).await, NAME);
    assert_console_clean(&c, "admin with its fragment", false).await;
    // The feed with the name, built by the page from the fragment (the page
    // says the calendar provider then sees the name); without it, none.
    let named = c
        .find(fantoccini::Locator::Css(
            "#subscribe-named a[data-named=webcal]",
        ))
        .await
        .unwrap();
    assert!(
        named.is_displayed().await.unwrap(),
        "the named subscription is offered"
    );
    let href = named.attr("href").await.unwrap().unwrap();
    let url = url::Url::parse(&href).unwrap();
    assert_eq!(url.scheme(), "webcal");
    let pairs: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
    assert_eq!(pairs.get("name").map(String::as_str), Some(NAME), "{href}");
    assert_eq!(pairs.get("feed").map(String::as_str), Some("1"), "{href}");
    let google = c
        .find(fantoccini::Locator::Css(
            "#subscribe-named a[data-named=google]",
        ))
        .await
        .unwrap()
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    let cid: std::collections::HashMap<_, _> = url::Url::parse(&google)
        .unwrap()
        .query_pairs()
        .into_owned()
        .collect();
    assert_eq!(cid.get("cid"), Some(&href), "{google}");
    assert!(value_of(&c, "#invite-url").await.ends_with(&fragment(NAME)));
    empty(&downloads);
    click(&c, "a.calendar-file").await;
    assert_eq!(summary_of(&downloaded(&downloads).await), NAME);

    let tomorrow = (Utc::now() + chrono::Duration::days(1))
        .with_timezone(&chrono_tz::Europe::Berlin)
        .format("%Y-%m-%d")
        .to_string();
    c.execute(
        "document.getElementById('date').value = arguments[0]; document.getElementById('time').value = '11:45';",
        vec![json!(tomorrow)],
    )
    .await
    .unwrap();
    click(&c, "form.card.keep-fragment button[type=submit]").await;
    wait_text(&c, ".notice", "saved").await;
    let after = c.current_url().await.unwrap().to_string();
    assert!(
        after.contains("changed=1") && after.ends_with(&fragment(NAME)),
        "the next page keeps the name: {after}"
    );
    assert_eq!(text(&c, "#subject").await, NAME);
    assert!(text(&c, ".facts").await.contains("11:45"));
    assert_console_clean(&c, "admin after saving", false).await;
    empty(&downloads);
    click(&c, "a.calendar-file").await;
    let ics = downloaded(&downloads).await;
    assert_eq!(summary_of(&ics), NAME);
    assert!(ics.contains("T114500\r\n"), "{ics}");
    c.close().await.unwrap();
}

/// The calendar file the page builds from a name in the link's fragment
/// follows the server's rule for every case of tests/data/calendar_names.json
/// (the Rust writer's unit test reads the same table): control characters
/// dropped, RFC 5545 escapes, lines folded at 75 octets with CRLF.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_names_make_the_calendar_lines_the_server_makes() {
    let cases: Vec<serde_json::Value> = serde_json::from_str(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/calendar_names.json"
    )))
    .unwrap();
    let jitsi_port = jitsi_stub();
    let p = planado(jitsi_port);
    let addr = p.base.trim_start_matches("http://").to_string();
    let booked = common::http(
        &addr,
        "POST",
        "/booking",
        "application/json",
        Some(&format!(
            "name=x&date={}&time=10:00&tz=Europe%2FBerlin",
            common::a_day_next_year()
        )),
    );
    assert_eq!(booked.status, 201, "{}", booked.body);
    let plain = booked.json()["invite_url"]
        .as_str()
        .unwrap()
        .split('#')
        .next()
        .unwrap()
        .to_string();
    let (_driver, driver_port) = chromedriver("Europe/Berlin");
    let profile = tempfile::tempdir().unwrap();
    let downloads = profile.path().join("downloads");
    let c = chromium(driver_port, true, profile.path()).await;
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let fragment = fragment(name);
        // A fresh document each time: a link that differs only in its
        // fragment would just scroll.
        c.goto("about:blank").await.unwrap();
        c.goto(&format!("{plain}{fragment}")).await.unwrap();
        empty(&downloads);
        click(&c, "a.calendar-file").await;
        let ics = downloaded(&downloads).await;
        assert_eq!(
            summary_of(&ics),
            case["summary"].as_str().unwrap(),
            "{}: {name:?}",
            case["why"]
        );
        assert!(
            !ics.replace("\r\n", "").contains(['\r', '\n']),
            "{name:?}: only CRLF line ends:\n{ics:?}"
        );
        assert!(
            ics.split("\r\n").all(|l| l.len() <= 75),
            "{name:?}: a line over 75 octets"
        );
        assert_console_clean(&c, &format!("waiting page for {name:?}"), false).await;
    }
    c.close().await.unwrap();
}

/// Every name of tests/data/jitsi_names.json, from the fragment Planado hands
/// out, as the page's script reads it: the waiting page shows it character for
/// character, its calendar file says it as the server's file does, and the
/// consent page's button carries the link's fragment on (Jitsi's own parser
/// reads the name back from it, whole).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_browser_and_the_server_read_every_name_alike() {
    let table: Vec<serde_json::Value> = serde_json::from_str(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/jitsi_names.json"
    )))
    .unwrap();
    let jitsi_port = jitsi_stub();
    let p = planado_with(
        jitsi_port,
        &[("PLANADO_PRIVACY_NOTICE_URL", "https://privacy.test/")],
    );
    let addr = p.base.trim_start_matches("http://").to_string();
    let book = |date: String, time: String| {
        let b = common::http(
            &addr,
            "POST",
            "/booking",
            "application/json",
            Some(&format!("name=x&date={date}&time={time}&tz=UTC")),
        );
        assert_eq!(b.status, 201, "{}", b.body);
        b.json()
    };
    let later = book(common::a_day_next_year(), "10:00".into());
    let now = common::now_in_a_fresh_minute();
    let open = book(
        now.format("%Y-%m-%d").to_string(),
        now.format("%H:%M").to_string(),
    );
    let plain = |b: &serde_json::Value| {
        b["invite_url"]
            .as_str()
            .unwrap()
            .split('#')
            .next()
            .unwrap()
            .to_string()
    };
    let (_driver, driver_port) = chromedriver("UTC");
    let profile = tempfile::tempdir().unwrap();
    let downloads = profile.path().join("downloads");
    let c = chromium(driver_port, true, profile.path()).await;
    let mut oracle = common::jitsi::Oracle::start();
    for case in &table {
        let name = case["name"].as_str().unwrap();
        c.goto("about:blank").await.unwrap();
        c.goto(&format!("{}{}", plain(&later), fragment(name)))
            .await
            .unwrap();
        let shown = c
            .execute(
                "return document.getElementById('subject').textContent;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(shown, json!(name), "the waiting page shows {name:?}");
        empty(&downloads);
        click(&c, "a.calendar-file").await;
        let in_browser = summary_of(&downloaded(&downloads).await);
        let from_server = common::http(
            &addr,
            "GET",
            &format!(
                "/ics?id={}&name={}",
                common::invite_id(later["invite_url"].as_str().unwrap()),
                planado::domain::links::encode(name)
            ),
            "text/calendar",
            None,
        );
        assert_eq!(from_server.status, 200);
        assert_eq!(
            in_browser,
            summary_of(&from_server.body),
            "{}: {name:?}",
            case["why"]
        );

        c.goto("about:blank").await.unwrap();
        c.goto(&format!("{}{}", plain(&open), fragment(name)))
            .await
            .unwrap();
        wait_text(&c, "h1", "Before you enter").await;
        let enter = enter_href(&c).await;
        oracle.assert_reads(&enter, Some(name), Some("en"));
        assert_console_clean(&c, &format!("pages for {name:?}"), false).await;
    }
    c.close().await.unwrap();
}
