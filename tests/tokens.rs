//! Room tokens for a Jitsi that checks them, read by an independent library
//! (Python's PyJWT) with the configured key: the signature, every claim, the
//! window against the meeting; none before the opening; moderator only for the
//! organiser; HS256 with a secret and RS256 with a key id.

mod common;

use common::{Backend, Cgi, book, query_of};
use serde_json::{Value, json};

const NOW: &str = "2026-05-04T08:00:00Z";
const SECRET: &str = "a shared secret of the test's own, long enough for HS256";

/// Verifies the tokens with PyJWT; returns each one's header and claims.
fn verified(cases: Vec<Value>) -> Vec<Value> {
    let python = std::env::var("PLANADO_TEST_PYTHON")
        .expect("PLANADO_TEST_PYTHON names a Python with PyJWT; scripts/test sets it up");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tokens.json");
    std::fs::write(&file, serde_json::to_string(&cases).unwrap()).unwrap();
    let out = std::process::Command::new(&python)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/check_jwt.py"))
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "PyJWT refused a token: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The token in a room URL.
fn token_of(location: &str) -> String {
    let (_, token) = location
        .split_once("?jwt=")
        .unwrap_or_else(|| panic!("no token in {location}"));
    token.split('#').next().unwrap().to_string()
}

fn at(s: &str) -> i64 {
    s.parse::<chrono::DateTime<chrono::Utc>>()
        .unwrap()
        .timestamp()
}

fn hs256_tokens(db: Backend) {
    let env = [
        ("PLANADO_JWT_APP_ID", "planado-test"),
        ("PLANADO_JWT_SECRET", SECRET),
        ("PLANADO_JWT_SLACK_MINUTES", "5"),
    ];
    let b = book(
        &db,
        NOW,
        "name=x&date=2026-05-05&time=10:00&tz=Europe%2FBerlin&open_early=10&duration=90",
    );
    let invite_q = query_of(b["invite_url"].as_str().unwrap());
    let invite = |now: &str| {
        Cgi::new("invite", db.url(), "GET", &invite_q)
            .at(now)
            .envs(&env)
    };
    // Before the opening: a waiting page, no room, no token.
    let waiting = invite("2026-05-05T07:49:59Z").run();
    assert_eq!(waiting.status, 200);
    assert!(!waiting.body.contains("jwt") && !waiting.body.contains("jitsi.test"));
    // At the opening: the room with a token made now.
    let open = invite("2026-05-05T07:50:00Z").run();
    assert_eq!(open.status, 303);
    let location = open.header("Location").unwrap().to_string();
    let room = location
        .trim_start_matches("https://jitsi.test/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let organiser = Cgi::new(
        "admin",
        db.url(),
        "POST",
        &query_of(b["admin_url"].as_str().unwrap()),
    )
    .at(NOW)
    .envs(&env)
    .form("action=enter")
    .run();
    assert_eq!(organiser.status, 303);
    let started = Cgi::new("index", db.url(), "POST", "")
        .at(NOW)
        .envs(&env)
        .form("action=now")
        .run();
    assert_eq!(started.status, 303, "{}", started.body);
    let case = |location: &str| {
        json!({ "token": token_of(location), "alg": "HS256", "key": SECRET,
                "audience": "jitsi", "issuer": "planado-test" })
    };
    // Long after the meeting's end, but in the room's window (23 hours).
    let late = invite("2026-05-05T10:30:00Z").run();
    assert_eq!(late.status, 303);
    // The organiser again, from the opening on.
    let organiser_in_window = Cgi::new(
        "admin",
        db.url(),
        "POST",
        &query_of(b["admin_url"].as_str().unwrap()),
    )
    .at("2026-05-05T08:30:00Z")
    .envs(&env)
    .form("action=enter")
    .run();
    assert_eq!(organiser_in_window.status, 303);
    let tokens = verified(vec![
        case(&location),
        case(organiser.header("Location").unwrap()),
        case(started.header("Location").unwrap()),
        case(late.header("Location").unwrap()),
        case(organiser_in_window.header("Location").unwrap()),
    ]);
    let invitee = &tokens[0]["claims"];
    assert_eq!(tokens[0]["header"]["alg"], "HS256");
    assert_eq!(invitee["iss"], "planado-test");
    assert_eq!(invitee["aud"], "jitsi");
    assert_eq!(invitee["sub"], "jitsi.test", "the Jitsi host by default");
    assert_eq!(invitee["room"], room.as_str());
    assert_eq!(invitee["context"]["user"]["moderator"], false);
    // The room's window: 23 hours from the start (08:00 UTC).
    let window_end = at("2026-05-06T07:00:00Z");
    assert_eq!(
        invitee["exp"],
        window_end + 5 * 60,
        "the end of the room's window plus the slack"
    );
    let late = &tokens[3]["claims"];
    assert!(
        late["exp"].as_i64().unwrap() > at("2026-05-05T10:30:00Z"),
        "a visitor who comes after the meeting's end gets a token that is still valid"
    );
    assert_eq!(late["exp"], window_end + 5 * 60);
    assert!(late["nbf"].as_i64().unwrap() < at("2026-05-05T10:30:00Z"));
    assert_eq!(tokens[4]["claims"]["exp"], window_end + 5 * 60);
    assert_eq!(tokens[4]["claims"]["context"]["user"]["moderator"], true);
    let minted = at("2026-05-05T07:50:00Z");
    assert!(
        invitee["nbf"].as_i64().unwrap() < minted,
        "nbf a little in the past"
    );
    assert!(invitee["nbf"].as_i64().unwrap() >= minted - 10 * 60);
    let keys: Vec<&String> = invitee.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        ["aud", "context", "exp", "iat", "iss", "nbf", "room", "sub"],
        "nothing about a person"
    );
    assert_eq!(tokens[1]["claims"]["context"]["user"]["moderator"], true);
    assert_eq!(tokens[1]["claims"]["room"], room.as_str());
    // The organiser entered a day early: the moderator's token lasts minutes
    // (ten to get in, plus the slack), not until the meeting.
    assert_eq!(
        tokens[1]["claims"]["exp"],
        at(NOW) + 15 * 60,
        "an early token lasts only to get in"
    );
    assert_eq!(tokens[2]["claims"]["context"]["user"]["moderator"], true);
    // Without the configuration, no token.
    let plain = Cgi::new("invite", db.url(), "GET", &invite_q)
        .at("2026-05-05T07:50:00Z")
        .run();
    assert!(!plain.header("Location").unwrap().contains("jwt"));
}

on_both_backends!(hs256_tokens);

#[test]
fn rs256_tokens_carry_their_key_id() {
    let dir = tempfile::tempdir().unwrap();
    let (private, public) = common::rsa_key_pair(dir.path(), "private");
    let db = common::sqlite();
    let b = book(&db, NOW, "name=x&date=2026-05-05&time=10:00&tz=UTC");
    let open = Cgi::new(
        "invite",
        db.url(),
        "GET",
        &query_of(b["invite_url"].as_str().unwrap()),
    )
    .at("2026-05-05T10:00:00Z")
    .env("PLANADO_JWT_APP_ID", "planado-test")
    .env("PLANADO_JWT_PRIVATE_KEY_FILE", private.to_str().unwrap())
    .env("PLANADO_JWT_KEY_ID", "planado-2026")
    .env("PLANADO_JWT_AUDIENCE", "meet")
    .env("PLANADO_JWT_SUBJECT", "*")
    .run();
    assert_eq!(open.status, 303);
    let tokens = verified(vec![json!({
        "token": token_of(open.header("Location").unwrap()),
        "alg": "RS256",
        "key": public,
        "audience": "meet",
        "issuer": "planado-test",
    })]);
    assert_eq!(tokens[0]["header"]["kid"], "planado-2026");
    assert_eq!(tokens[0]["header"]["alg"], "RS256");
    assert_eq!(tokens[0]["claims"]["sub"], "*");
    // The room's window (23 hours from the start) and the default slack (5).
    assert_eq!(tokens[0]["claims"]["exp"], at("2026-05-06T09:05:00Z"));
    // The wrong key does not verify (the check can fail).
    let (_, other_public) = common::rsa_key_pair(dir.path(), "other");
    let python = std::env::var("PLANADO_TEST_PYTHON").unwrap();
    let file = dir.path().join("wrong.json");
    std::fs::write(
        &file,
        json!([{ "token": token_of(open.header("Location").unwrap()), "alg": "RS256",
                 "key": other_public, "audience": "meet", "issuer": "planado-test" }])
        .to_string(),
    )
    .unwrap();
    let refused = std::process::Command::new(python)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/check_jwt.py"))
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        !refused.status.success(),
        "a token verified with another key"
    );
}

#[test]
fn a_broken_token_configuration_is_refused_at_load() {
    use planado::config::Config;
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    };
    for (pairs, says) in [
        (&[("jwt_secret", "s")][..], "jwt_app_id"),
        (&[("jwt_app_id", "a")][..], "exactly one"),
        (
            &[
                ("jwt_app_id", "a"),
                ("jwt_secret", "s"),
                ("jwt_private_key_file", "/k"),
            ][..],
            "exactly one",
        ),
        (
            &[("jwt_app_id", "a"), ("jwt_private_key_file", "/k")][..],
            "jwt_key_id",
        ),
    ] {
        let e = Config::from_sources(None, env(pairs)).unwrap_err();
        assert!(e.to_string().contains(says), "{pairs:?}: {e}");
    }
}
