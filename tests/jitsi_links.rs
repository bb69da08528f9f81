//! Every URL Planado sends into Jitsi, read by Jitsi Meet's own code
//! (tests/jitsi/oracle.mjs: parseURLParams.ts, configWhitelist.ts and
//! languageDetector.web.ts, unchanged from the jitsi-meet repository): the
//! invite's redirect (with the invite link's fragment, which the browser
//! keeps), its JSON, the consent page's button, the organiser's early entry,
//! "start a room now"; with tokens and without; on SQLite and MariaDB through
//! the CGI binaries, and through `planado serve`. For every name of
//! tests/data/jitsi_names.json Jitsi must read the name back character for
//! character, keep every key, and take the visitor's language.

mod common;

use common::jitsi::{Oracle, followed};
use common::{Backend, Cgi};
use planado::domain::booking_input::MAX_NAME_CHARS;
use serde_json::json;

/// The names a booking accepts that are hardest for Jitsi's URL parser, and
/// the longest one allowed (of the characters Jitsi folds).
fn names() -> Vec<String> {
    let table: Vec<serde_json::Value> = serde_json::from_str(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/jitsi_names.json"
    )))
    .unwrap();
    let mut names: Vec<String> = table
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    names.push("„“‘’".repeat(MAX_NAME_CHARS / 4));
    names
}

/// A day in the tests' clock: booked at `BOOKED`, opening at 10:00 UTC.
const BOOKED: &str = "2030-06-03T08:00:00Z";
const EARLY: &str = "2030-06-03T09:59:50Z";
const OPEN: &str = "2030-06-03T10:00:30Z";
const SECRET: &str = "a-secret-of-at-least-thirty-two-bytes-0123";

fn form(pairs: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(pairs).unwrap()
}

/// The configurations a room link is made under.
fn setups() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    vec![
        ("no tokens", vec![]),
        (
            "tokens",
            vec![
                ("PLANADO_JWT_APP_ID", "planado"),
                ("PLANADO_JWT_SECRET", SECRET),
            ],
        ),
    ]
}

/// One request through a CGI binary, in the visitor's language.
fn cgi(db: &Backend, env: &[(&str, &str)], binary: &str, method: &str, url: &str) -> Cgi {
    Cgi::new(binary, db.url(), method, &common::query_of(url)).envs(env)
}

/// Every way into Jitsi for a meeting named `name`, read by Jitsi.
fn every_path(db: &Backend, env: &[(&str, &str)], name: &str, oracle: &mut Oracle) {
    let (accept, lang) = if name.len().is_multiple_of(2) {
        ("de-DE,de;q=0.9,en;q=0.5", "de")
    } else {
        ("en-GB", "en")
    };
    let env: Vec<(&str, &str)> = env
        .iter()
        .copied()
        .chain([("HTTP_ACCEPT_LANGUAGE", accept)])
        .collect();
    let tokens = env.iter().any(|(k, _)| *k == "PLANADO_JWT_SECRET");
    let booked = Cgi::new("booking", db.url(), "POST", "")
        .envs(&env)
        .json()
        .at(BOOKED)
        .form(&form(&[
            ("name", name),
            ("date", "2030-06-03"),
            ("time", "12:00"),
            ("tz", "Europe/Berlin"),
        ]))
        .run();
    assert_eq!(booked.status, 201, "{name:?}: {}", booked.body);
    let invite_url = booked.json()["invite_url"].as_str().unwrap().to_string();
    let admin_url = booked.json()["admin_url"].as_str().unwrap().to_string();
    // The invite and admin links themselves carry the fragment Jitsi reads.
    let invite_base = invite_url.split('#').next().unwrap();
    oracle.assert_reads(
        &invite_url.replace(invite_base, "https://jitsi.test/x?lang=en"),
        Some(name),
        Some("en"),
    );

    let into_room = |answer: &common::Response, what: &str| -> String {
        assert_eq!(answer.status, 303, "{what} for {name:?}: {}", answer.body);
        let location = answer.header("Location").unwrap().to_string();
        assert!(location.starts_with("https://jitsi.test/"), "{location}");
        assert!(
            !location.contains('#'),
            "{what}: the link's own fragment goes on: {location}"
        );
        location
    };
    let check_token = |read: &serde_json::Value, what: &str| {
        assert_eq!(
            !read["jwt"].is_null(),
            tokens,
            "{what}: a token iff tokens are on"
        );
    };

    let open = cgi(db, &env, "invite", "GET", &invite_url).at(OPEN).run();
    let url = followed(&into_room(&open, "the invite at the opening"), &invite_url);
    oracle.assert_reads(&url, Some(name), Some(lang));
    check_token(&oracle.read(&url), "the invite");

    let early = cgi(db, &env, "admin", "POST", &admin_url)
        .at(EARLY)
        .form("action=enter")
        .run();
    let url = followed(
        &into_room(&early, "the organiser's early entry"),
        &admin_url,
    );
    oracle.assert_reads(&url, Some(name), Some(lang));
    check_token(&oracle.read(&url), "the organiser's entry");

    // The JSON names the room as the redirect does (an integrator adds
    // the fragment it wants).
    let as_json = cgi(db, &env, "invite", "GET", &invite_url)
        .json()
        .at(OPEN)
        .run();
    assert_eq!(
        as_json.json()["room_url"].as_str(),
        open.header("Location"),
        "{name:?}"
    );

    // The consent page's button, as a browser without JavaScript follows it
    // (with JavaScript the page adds the link's fragment: tests/browser.rs).
    let consent = cgi(db, &env, "invite", "GET", &invite_url)
        .env("PLANADO_PRIVACY_NOTICE_URL", "https://privacy.test/notice")
        .at(OPEN)
        .run();
    assert_eq!(consent.status, 200, "{}", consent.body);
    let button = consent
        .body
        .split("id=\"enter\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no button on the consent page: {}", consent.body))
        .replace("&#38;", "&")
        .replace("&amp;", "&");
    let read = oracle.read(&button);
    oracle.assert_reads(&button, None, Some(lang));
    check_token(&read, "the consent page's button");
}

fn every_name_on(db: Backend) {
    let mut oracle = Oracle::start();
    for (what, env) in setups() {
        for name in names() {
            every_path(&db, &env, &name, &mut oracle);
        }
        // Start a room now: nameless, the server's own fragment.
        let now = Cgi::new("index", db.url(), "POST", "")
            .envs(&env)
            .env("HTTP_ACCEPT_LANGUAGE", "de")
            .form("action=now")
            .run();
        assert_eq!(now.status, 303, "{what}: {}", now.body);
        oracle.assert_reads(now.header("Location").unwrap(), None, Some("de"));
    }
}

#[test]
fn jitsi_reads_every_name_whole_on_sqlite() {
    every_name_on(common::sqlite());
}

#[test]
fn jitsi_reads_every_name_whole_on_mariadb() {
    every_name_on(common::mariadb());
}

/// Before the fix, this is how a German name was lost: Jitsi folds “ to "
/// before JSON.parse, which then fails, and Jitsi drops the subject without a
/// word. The oracle sees exactly that on the plainly JSON-encoded fragment.
#[test]
fn the_oracle_sees_the_typographic_quotes_break_plain_json() {
    let mut oracle = Oracle::start();
    let plain = format!(
        "https://jitsi.test/room#config.subject={}",
        planado::domain::links::encode(&json!("Team „Planung“").to_string())
    );
    let read = oracle.read(&plain);
    assert_eq!(read["config"]["subject"], serde_json::Value::Null, "{read}");
    assert_eq!(read["errors"].as_array().unwrap().len(), 1, "{read}");
}

/// Planado's copy of Jitsi's whitelist (src/config/jitsi_whitelist.rs, which
/// refuses a `jitsi_link_config` key Jitsi would drop) is the vendored file's,
/// and every key Planado sets itself is in it.
#[test]
fn planados_whitelist_is_jitsis() {
    let jitsi = Oracle::whitelist();
    let ours: Vec<String> = planado::config::CONFIG_WHITELIST
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(ours, jitsi);
    for key in ["subject", "localSubject", "doNotStoreRoom", "lobby"] {
        assert!(jitsi.contains(&key.to_string()), "{key}");
    }
}

/// The operator's `jitsi_link_config` reaches Jitsi on every link, and Jitsi
/// keeps every key of it.
#[test]
fn the_operators_keys_reach_jitsi() {
    let db = common::sqlite();
    let mut oracle = Oracle::start();
    let env = [(
        "PLANADO_JITSI_LINK_CONFIG",
        r#"{"prejoinConfig.enabled": false, "startWithAudioMuted": true, "toolbarButtons": ["microphone", "hangup"], "defaultLocalDisplayName": "me & „you“"}"#,
    )];
    every_path(&db, &env, "Team „Planung“", &mut oracle);
    let booked = Cgi::new("booking", db.url(), "POST", "")
        .envs(&env)
        .json()
        .at(BOOKED)
        .form("name=x&date=2030-06-03&time=12:00")
        .run();
    let invite_url = booked.json()["invite_url"].as_str().unwrap().to_string();
    let open = cgi(&db, &env, "invite", "GET", &invite_url).at(OPEN).run();
    let url = followed(open.header("Location").unwrap(), &invite_url);
    // No Accept-Language: no `lang`, Jitsi decides.
    let config = oracle.assert_reads(&url, Some("x"), None);
    assert_eq!(config["prejoinConfig"], json!({ "enabled": false }));
    assert_eq!(config["startWithAudioMuted"], json!(true));
    assert_eq!(config["toolbarButtons"], json!(["microphone", "hangup"]));
    assert_eq!(config["defaultLocalDisplayName"], json!("me & „you“"));

    // A key Jitsi would drop is refused when the configuration is read.
    let refused = Cgi::new("invite", db.url(), "GET", &common::query_of(&invite_url))
        .env("PLANADO_JITSI_LINK_CONFIG", r#"{"debug": true}"#)
        .run_unchecked()
        .0;
    assert_eq!(refused.status, 500, "{}", refused.body);
    let check = std::process::Command::new(common::bin("planado"))
        .arg("check")
        .env("PLANADO_DATABASE_URL", db.url())
        .env("PLANADO_JITSI_LINK_CONFIG", r#"{"debug": true}"#)
        .output()
        .unwrap();
    assert!(!check.status.success());
    let said = String::from_utf8_lossy(&check.stderr);
    assert!(
        said.contains("jitsi_link_config: \"debug\" is not in Jitsi Meet's configWhitelist"),
        "{said}"
    );
}

/// The same through `planado serve` on both stores: the invite's redirect
/// for a meeting that starts this minute, and its JSON.
fn through_serve(database_url: &str) {
    let served = common::serve(&[
        ("PLANADO_DATABASE_URL", database_url),
        ("PLANADO_JITSI_URL", "https://jitsi.test"),
        ("PLANADO_DEFAULT_TIMEZONE", "UTC"),
    ]);
    let mut oracle = Oracle::start();
    let now = common::now_in_a_fresh_minute();
    for name in names() {
        let body = form(&[
            ("name", &name),
            ("date", &now.format("%Y-%m-%d").to_string()),
            ("time", &now.format("%H:%M").to_string()),
        ]);
        let booked = common::http(
            &served.addr,
            "POST",
            "/booking",
            "application/json",
            Some(&body),
        );
        assert_eq!(booked.status, 201, "{}", booked.body);
        let invite_url = booked.json()["invite_url"].as_str().unwrap().to_string();
        let path = invite_url
            .split(&served.addr)
            .nth(1)
            .unwrap()
            .split('#')
            .next()
            .unwrap();
        let request = format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\nAccept-Language: de-AT\r\nConnection: close\r\n\r\n",
            served.addr
        );
        let open = common::raw_http(&served.addr, request.as_bytes());
        assert_eq!(open.status, 303, "{}", open.head);
        let url = followed(&open.header("Location").unwrap(), &invite_url);
        oracle.assert_reads(&url, Some(&name), Some("de"));
    }
}

#[test]
fn jitsi_reads_every_name_whole_through_serve_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    through_serve(&format!("sqlite:{}", dir.path().join("p.sqlite").display()));
}

#[test]
fn jitsi_reads_every_name_whole_through_serve_on_mariadb() {
    let db = common::mariadb();
    through_serve(db.url());
}

/// On the public meet.jit.si (the default), the organiser's pages and the
/// guests' waiting page say what its sign-in rule means; elsewhere they do
/// not, and `planado check` warns about it.
#[test]
fn the_public_jitsi_is_named_honestly() {
    let db = common::sqlite();
    for (jitsi, public) in [("https://meet.jit.si", true), ("https://jitsi.test", false)] {
        let env = [("PLANADO_JITSI_URL", jitsi), ("HTTP_ACCEPT_LANGUAGE", "en")];
        let page = |r: common::Response, what: &str| {
            assert_eq!(r.status, 200, "{what}: {}", r.body);
            assert_eq!(
                r.body.contains("class=\"notice host-note\""),
                public,
                "{what} on {jitsi}"
            );
            r.body
        };
        let booked = Cgi::new("booking", db.url(), "POST", "")
            .envs(&env)
            .at(BOOKED)
            .form("name=x&date=2030-06-03&time=12:00")
            .run();
        assert_eq!(booked.status, 201, "{}", booked.body);
        let body = booked.body.clone();
        if public {
            assert!(
                body.contains("opens a room only once a moderator has joined and signed in"),
                "{body}"
            );
        }
        let admin = body
            .split("id=\"admin-url\" type=\"text\" readonly value=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap()
            .replace("&#38;", "&");
        let invite = body
            .split("id=\"invite-url\" type=\"text\" readonly value=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap()
            .replace("&#38;", "&");
        page(
            cgi(&db, &env, "admin", "GET", &admin).at(BOOKED).run(),
            "the organiser's page",
        );
        let waiting = page(
            cgi(&db, &env, "invite", "GET", &invite).at(BOOKED).run(),
            "the waiting page",
        );
        if public {
            assert!(waiting.contains("waiting for the host"), "{waiting}");
        }
        let german = cgi(&db, &env, "invite", "GET", &invite)
            .env("HTTP_ACCEPT_LANGUAGE", "de")
            .at(BOOKED)
            .run();
        assert_eq!(german.body.contains("auf den Gastgeber gewartet"), public);
        let check = std::process::Command::new(common::bin("planado"))
            .arg("check")
            .env("PLANADO_DATABASE_URL", db.url())
            .env("PLANADO_JITSI_URL", jitsi)
            .output()
            .unwrap();
        assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&check.stderr)
                .contains("warning: jitsi_url is the public meet.jit.si"),
            public
        );
    }
}

/// Every language Planado speaks goes on to Jitsi as one Jitsi knows: its
/// own language detector (languageDetector.web.ts, with its
/// lang/languages.json) reads the room link's `?lang=` as that language,
/// whether a link chose it or the browser asked for it.
#[test]
fn jitsi_takes_every_language_planado_speaks() {
    let db = common::sqlite();
    let mut oracle = Oracle::start();
    let known: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/jitsi/jitsi-meet/lang/languages.json"
        )))
        .unwrap();
    let mut tags: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/i18n"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".ftl").map(str::to_string)
        })
        .collect();
    tags.sort();
    assert_eq!(tags.len(), 16, "{tags:?}");
    let booked = Cgi::new("booking", db.url(), "POST", "")
        .json()
        .at(BOOKED)
        .form("name=x&date=2030-06-03&time=10:00&tz=UTC")
        .run();
    let invite_url = booked.json()["invite_url"].as_str().unwrap().to_string();
    for tag in &tags {
        // Jitsi's name for the language: its own key, or Simplified Chinese
        // as the Chinese of China.
        let expected = match tag.as_str() {
            "zh-Hans" => "zh-CN".to_string(),
            _ => known
                .keys()
                .find(|k| k.eq_ignore_ascii_case(tag))
                .unwrap_or_else(|| panic!("Jitsi has no language {tag}"))
                .clone(),
        };
        assert!(
            known.contains_key(&expected),
            "{tag}: Jitsi has no {expected}"
        );
        let chosen = match invite_url.split_once('#') {
            Some((link, fragment)) => format!("{link}&lang={tag}#{fragment}"),
            None => format!("{invite_url}&lang={tag}"),
        };
        let asked = [("HTTP_ACCEPT_LANGUAGE", tag.as_str())];
        for (how, url, env) in [
            ("?lang=", &chosen, &[][..]),
            ("Accept-Language", &invite_url, &asked[..]),
        ] {
            let open = cgi(&db, env, "invite", "GET", url).at(OPEN).run();
            assert_eq!(open.status, 303, "{tag} by {how}: {}", open.body);
            let room = followed(open.header("Location").unwrap(), url);
            oracle.assert_reads(&room, Some("x"), Some(&expected));
        }
    }
}
