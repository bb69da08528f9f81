//! A real Prosody (Debian's 0.12) with Jitsi's own `mod_reservations.lua`
//! (tests/jitsi/jitsi-meet, unchanged) asks `planado serve` before it lets a
//! room be created, configured as the README tells operators. A real XMPP
//! client (slixmpp) sends the conference request a Jitsi Meet client sends to
//! the focus component; a small component stands in for Jicofo and records
//! what reaches it (tests/jitsi/xmpp.py). The clocks of Planado and Prosody
//! are moved together by libfaketime, so that an opening or the end of a
//! window is seconds away. Planado runs as `planado serve`, on SQLite and
//! MariaDB.

mod common;

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use common::prosody::{Client, DOMAIN, Login, MUC, Prosody, TOKEN, clock_at, refused};
use common::{Backend, Cgi};
use serde_json::Value;

/// Planado, Prosody with Jitsi's module, and the focus component, with their
/// clocks at `now` (or real).
struct Stack {
    db: Backend,
    planado: common::Served,
    prosody: Prosody,
    clock: Vec<(String, String)>,
}

impl Stack {
    fn start(db: Backend, now: Option<DateTime<Utc>>) -> Stack {
        Stack::with(db, now, &Login::Anonymous, &[])
    }

    /// The same, with Prosody's clients logging in as `login` says and
    /// Planado configured with `keys` too.
    fn with(
        db: Backend,
        now: Option<DateTime<Utc>>,
        login: &Login,
        keys: &[(&str, &str)],
    ) -> Stack {
        let clock = now.map(clock_at).unwrap_or_default();
        let mut env: Vec<(&str, &str)> = vec![
            ("PLANADO_DATABASE_URL", db.url()),
            ("PLANADO_JITSI_URL", "https://meet.test"),
            ("PLANADO_RESERVATIONS_API_TOKEN", TOKEN),
            ("PLANADO_DEFAULT_TIMEZONE", "UTC"),
            ("PLANADO_EXPIRE_AFTER_HOURS", "1"),
            ("TZ", "UTC"),
        ];
        env.extend(clock.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        env.extend_from_slice(keys);
        let planado = common::serve(&env);
        let prosody = Prosody::start_with(
            &format!("http://{}/reservations", planado.addr),
            TOKEN,
            &clock,
            login,
        );
        Stack {
            db,
            planado,
            prosody,
            clock,
        }
    }

    fn log(&self) -> String {
        self.prosody.log()
    }

    fn wait_for_focus(&self, matches: impl Fn(&Value) -> bool, what: &str) -> Value {
        self.prosody.wait_for_focus(matches, what)
    }

    fn focus_saw(&self, room: &str) -> bool {
        self.prosody.focus_saw(room)
    }

    fn focus_got(&self, room: &str) {
        self.prosody.focus_got(room)
    }

    fn client(&self) -> Client {
        self.prosody.client()
    }

    /// Books through `planado serve` (its clock decides); returns the JSON.
    fn book(&self, form: &str) -> Value {
        let b = common::http(
            &self.planado.addr,
            "POST",
            "/booking",
            "application/json",
            Some(form),
        );
        assert_eq!(b.status, 201, "{}", b.body);
        b.json()
    }

    /// The path of one of Planado's links (made by `planado serve` or by a
    /// CGI binary), to ask `planado serve` for it.
    fn path_of(&self, url: &str) -> String {
        let after_scheme = url.split_once("://").unwrap().1;
        let path = &after_scheme[after_scheme.find('/').unwrap()..];
        path.split('#').next().unwrap().to_string()
    }

    /// The organiser's `form` on the admin page at `admin_url`, through the
    /// `admin` binary; it must succeed.
    fn organiser_does(&self, admin_url: &str, form: &str) {
        let done = self.cgi("admin", "POST", admin_url).json().form(form).run();
        assert_eq!(done.status, 200, "{form}: {}", done.body);
    }

    /// A CGI binary on the same store, its clock with the stack's.
    fn cgi(&self, binary: &str, method: &str, url: &str) -> Cgi {
        let clock: Vec<(&str, &str)> = self
            .clock
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        Cgi::new(binary, self.db.url(), method, &common::query_of(url))
            .envs(&clock)
            .env("PLANADO_EXPIRE_AFTER_HOURS", "1")
            .env("PLANADO_RESERVATIONS_API_TOKEN", TOKEN)
    }
}

/// Books through the `booking` binary on the store, the day before the
/// tests' meetings (before a stack's clock is set); returns the JSON.
fn book_ahead(db: &Backend, form: &str) -> Value {
    let booked = Cgi::new("booking", db.url(), "POST", "")
        .json()
        .at("2031-03-04T09:00:00Z")
        .env("PLANADO_EXPIRE_AFTER_HOURS", "1")
        .env("PLANADO_DEFAULT_TIMEZONE", "UTC")
        .env("PLANADO_RESERVATIONS_API_TOKEN", TOKEN)
        .form(form)
        .run();
    assert_eq!(booked.status, 201, "{}", booked.body);
    booked.json()
}

/// The only room in the store, as a Jitsi room address.
fn only_room(db: &Backend) -> String {
    let rooms = db.rooms();
    assert_eq!(rooms.len(), 1, "{rooms:?}");
    format!("{}@{MUC}", rooms[0])
}

/// Sleeps until the stack's clock reaches `t`, give or take the second that
/// the offset of the clocks rounds away.
fn sleep_until(now_at_start: DateTime<Utc>, started: Instant, t: DateTime<Utc>) {
    let ahead = (t - now_at_start).to_std().unwrap_or_default();
    if let Some(rest) = ahead.checked_sub(started.elapsed()) {
        std::thread::sleep(rest);
    }
}

/// A minute boundary a while from now, for a meeting the tests place the
/// clocks around.
fn some_opening() -> DateTime<Utc> {
    "2031-03-04T10:00:00Z".parse().unwrap()
}

/// An unknown room is refused with Planado's answer; a booked one before its
/// opening too, with the opening time Planado names; nothing reaches the focus.
fn unbooked_and_early_rooms_are_refused_with_planados_message(db: Backend) {
    let opening = some_opening();
    let now = opening - chrono::Duration::minutes(30);
    let stack = Stack::start(db, Some(now));
    let mut client = stack.client();
    let unknown = format!("nobodybookedthis@{MUC}");
    refused(&client.knock(&unknown), 404, "not booked");
    stack.book("name=x&date=2031-03-04&time=10:00&duration=15");
    let room = only_room(&stack.db);
    let early = client.knock(&room);
    refused(&early, 403, "opens on");
    assert!(early["text"].as_str().unwrap().contains("10:00"), "{early}");
    assert!(!stack.focus_saw(&room) && !stack.focus_saw(&unknown));
}

/// At the opening the request reaches the focus; Prosody takes the window's
/// end from Planado's answer (`duration`) and ends the room there, and the
/// room is refused after it.
#[test]
fn a_room_opens_at_its_opening_and_ends_with_its_window() {
    let opening = some_opening();
    // The window (expire_after_hours = 1) ends at 11:00: be there 20 s before.
    let now = opening + chrono::Duration::minutes(60) - chrono::Duration::seconds(20);
    let db = common::sqlite();
    book_ahead(&db, "name=x&date=2031-03-04&time=10:00&duration=15");
    let stack = Stack::start(db, Some(now));
    let room = only_room(&stack.db);
    let mut client = stack.client();
    assert_eq!(client.knock(&room)["ok"], true, "{}", stack.log());
    stack.focus_got(&room);
    stack.wait_for_focus(
        |e| e["focus"] == "joined" && e["room"] == room,
        "the focus in the room",
    );
    let ended = stack.wait_for_focus(
        |e| e["focus"] == "destroyed" && e["room"] == room,
        "Prosody to end the room at the end of its window",
    );
    assert_eq!(ended["reason"], "Scheduled conference duration exceeded.");
    refused(&client.knock(&room), 404, "time is over");
}

/// The organiser's Jitsi knocks 10 s before the opening (the organiser
/// clicked "enter", or probed the room): Jitsi may create the room, so no
/// refusal stands in the guests' way, and guests at the opening are in at once.
/// Before, Prosody kept the refusal for 30 s and forgot it at its next
/// sweep, a minute later: up to 90 s of guests refused.
#[test]
fn an_early_knock_does_not_lock_the_guests_out() {
    let opening = some_opening();
    let now = opening - chrono::Duration::seconds(15);
    let stack = Stack::start(common::sqlite(), Some(now));
    let started = Instant::now();
    let booked = stack.book("name=x&date=2031-03-04&time=10:00&duration=15");
    let room = only_room(&stack.db);
    let mut organiser = stack.client();
    let mut guest = stack.client();
    sleep_until(now, started, opening - chrono::Duration::seconds(10));
    let early = organiser.knock(&room);
    // (The clocks' offset is whole seconds: a second more makes sure.)
    sleep_until(now, started, opening + chrono::Duration::seconds(1));
    // A guest's link leads to that room at the opening.
    let invite = booked["invite_url"].as_str().unwrap();
    let path = stack.path_of(invite);
    let open = common::http(&stack.planado.addr, "GET", &path, "text/html", None);
    assert_eq!(open.status, 303, "{}", open.head);
    assert!(
        open.header("Location")
            .unwrap()
            .contains(room.split('@').next().unwrap())
    );
    let asked = Instant::now();
    let answer = guest.knock(&room);
    let took = asked.elapsed();
    assert_eq!(
        answer["ok"],
        true,
        "the guest at the opening, after the early knock ({early}): {answer}\n{}",
        stack.log()
    );
    assert!(took < Duration::from_secs(2), "the guest waited {took:?}");
    assert_eq!(early["ok"], true, "{early}");
    println!("guests in after an early knock: {} ms", took.as_millis());
}

/// The organiser's "enter" long before the opening opens the room for Jitsi
/// from that moment: the organiser's Jitsi is let in at once, and the guests
/// who come at the opening find the room there.
#[test]
fn the_organisers_early_entry_opens_the_room_for_jitsi() {
    let opening = some_opening();
    let now = opening - chrono::Duration::minutes(20);
    let stack = Stack::start(common::sqlite(), Some(now));
    let booked = stack.book("name=x&date=2031-03-04&time=10:00&duration=15");
    let room = only_room(&stack.db);
    let admin = booked["admin_url"].as_str().unwrap();
    let path = stack.path_of(admin);
    let enter = common::http(
        &stack.planado.addr,
        "POST",
        &path,
        "text/html",
        Some("action=enter"),
    );
    assert_eq!(enter.status, 303, "{}", enter.body);
    assert!(
        enter
            .header("Location")
            .unwrap()
            .contains(room.split('@').next().unwrap())
    );
    let mut organiser = stack.client();
    let asked = Instant::now();
    assert_eq!(organiser.knock(&room)["ok"], true, "{}", stack.log());
    assert!(asked.elapsed() < Duration::from_secs(2));
    stack.focus_got(&room);
    // Another meeting's room, which nobody entered, is still closed.
    stack.book("name=y&date=2031-03-04&time=10:00&duration=15");
    let other = stack
        .db
        .rooms()
        .into_iter()
        .find(|r| !room.starts_with(r.as_str()))
        .unwrap();
    refused(&organiser.knock(&format!("{other}@{MUC}")), 403, "opens on");
}

/// Every occurrence of a series has its own room: after the first one's
/// window its room is refused, the second one's opens at its opening. A
/// meeting the organiser moves is refused until its new opening, a cancelled
/// one at once. The tenant form (`[tenant]room`) is asked and answered too.
fn occurrences_changes_and_tenants_follow_the_booking(db: Backend) {
    // A daily series of two from 10:00; be at the second one's opening.
    let booked = book_ahead(
        &db,
        "name=x&date=2031-03-04&time=10:00&duration=15&repeat=daily&count=2",
    );
    let first = only_room(&db);
    let now: DateTime<Utc> = "2031-03-05T10:00:05Z".parse().unwrap();
    let stack = Stack::start(db, Some(now));
    // The invite at the second opening moves the series on, to a new room.
    let invite = booked["invite_url"].as_str().unwrap().to_string();
    let open = stack.cgi("invite", "GET", &invite).run();
    assert_eq!(open.status, 303, "{}", open.body);
    let second = only_room(&stack.db);
    assert_ne!(first, second);
    let mut client = stack.client();
    refused(&client.knock(&first), 404, "time is over");
    assert_eq!(client.knock(&second)["ok"], true, "{}", stack.log());

    // Tenants: room@conference.tenant.meet.test is [tenant]room to Planado.
    stack.book("name=y&date=2031-03-05&time=10:00&duration=15");
    let rooms = stack.db.rooms();
    let third = rooms
        .iter()
        .find(|r| !second.starts_with(r.as_str()))
        .unwrap();
    let tenanted = format!("{third}@conference.acme.{DOMAIN}");
    assert_eq!(client.knock(&tenanted)["ok"], true, "{}", stack.log());
    assert!(
        stack.log().contains(&format!("[acme]{third}")),
        "the tenant form was asked"
    );

    // Moved to another day: the old room is refused (a change makes a new
    // room), the new one until its new opening, which Planado names.
    let new_rooms = |before: &[String]| -> Vec<String> {
        stack
            .db
            .rooms()
            .into_iter()
            .filter(|r| !before.contains(r))
            .collect()
    };
    let before = stack.db.rooms();
    let moved = stack.book("name=z&date=2031-03-05&time=10:00&duration=15");
    let old_room = format!("{}@{MUC}", new_rooms(&before)[0]);
    let before = stack.db.rooms();
    let admin = moved["admin_url"].as_str().unwrap().to_string();
    stack.organiser_does(&admin, "action=update&date=2031-03-07&time=08:30");
    let new_room = format!("{}@{MUC}", new_rooms(&before)[0]);
    refused(&client.knock(&old_room), 404, "time is over");
    refused(&client.knock(&new_room), 403, "8:30");

    // Cancelled: refused at once.
    let before = stack.db.rooms();
    let cancelled = stack.book("name=c&date=2031-03-05&time=10:00&duration=15");
    let cancelled_room = format!("{}@{MUC}", new_rooms(&before)[0]);
    let cancel_admin = cancelled["admin_url"].as_str().unwrap().to_string();
    stack.organiser_does(&cancel_admin, "action=cancel&confirm=yes");
    refused(&client.knock(&cancelled_room), 404, "time is over");
}

on_both_backends!(
    unbooked_and_early_rooms_are_refused_with_planados_message,
    occurrences_changes_and_tenants_follow_the_booking,
);

/// How Planado signs its room tokens, and how Jitsi checks them.
struct Signing {
    /// Planado's keys.
    planado: Vec<(&'static str, String)>,
    /// Prosody's token configuration.
    login: Login,
    /// Signs claims as Planado does, but with a key Jitsi does not trust.
    forge: Box<dyn Fn(&str) -> String>,
    /// A key server to keep running (RS256).
    _keys: Option<(common::Guard, tempfile::TempDir)>,
}

const JWT_SECRET: &str = "a-secret-prosody-and-planado-share-0123456789";

fn hs256() -> Signing {
    Signing {
        planado: vec![
            ("PLANADO_JWT_APP_ID", common::prosody::APP_ID.into()),
            ("PLANADO_JWT_SECRET", JWT_SECRET.into()),
        ],
        login: Login::Secret(JWT_SECRET.into()),
        forge: Box::new(|token| {
            resign(
                token,
                jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
                &jsonwebtoken::EncodingKey::from_secret(b"another-secret-nobody-gave-prosody")
                    .unwrap(),
            )
        }),
        _keys: None,
    }
}

/// RS256: Planado's private key, and its public key on a key server as Jitsi
/// asks for it (`asap_key_server`/sha256(kid).pem).
fn rs256() -> Signing {
    const KID: &str = "planado-2031";
    let dir = tempfile::tempdir().unwrap();
    let (private, public) = common::rsa_key_pair(dir.path(), "private");
    let (other, _) = common::rsa_key_pair(dir.path(), "other");
    let folder = dir.path().join("asap");
    std::fs::create_dir(&folder).unwrap();
    use sha2::Digest;
    let hashed: String = sha2::Sha256::digest(KID.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    std::fs::write(folder.join(format!("{hashed}.pem")), public).unwrap();
    let port = common::free_port();
    let server = std::process::Command::new(common::prosody::python())
        .args([
            "-m",
            "http.server",
            "--bind",
            "127.0.0.1",
            &port.to_string(),
            "--directory",
        ])
        .arg(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let server = common::Guard(server);
    common::wait_for_port(port, "the key server", None);
    let other_key = std::fs::read(&other).unwrap();
    Signing {
        planado: vec![
            ("PLANADO_JWT_APP_ID", common::prosody::APP_ID.into()),
            (
                "PLANADO_JWT_PRIVATE_KEY_FILE",
                private.to_str().unwrap().into(),
            ),
            ("PLANADO_JWT_KEY_ID", KID.into()),
        ],
        login: Login::KeyServer(format!("http://127.0.0.1:{port}/asap")),
        forge: Box::new(move |token| {
            let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
            header.kid = Some(KID.into());
            resign(
                token,
                header,
                &jsonwebtoken::EncodingKey::from_rsa_pem(&other_key).unwrap(),
            )
        }),
        _keys: Some((server, dir)),
    }
}

/// The claims of `token`, read without checking its signature.
fn claims(token: &str) -> Value {
    jsonwebtoken::dangerous::insecure_decode::<Value>(token)
        .unwrap()
        .claims
}

/// `token`'s claims signed with `key`.
fn resign(token: &str, header: jsonwebtoken::Header, key: &jsonwebtoken::EncodingKey) -> String {
    jsonwebtoken::encode(&header, &claims(token), key).unwrap()
}

/// The room and the token of a room link (`https://meet.test/ROOM?jwt=…#…`).
fn room_and_token(location: &str) -> (String, String) {
    let rest = location.strip_prefix("https://meet.test/").unwrap();
    let (room, query) = rest.split_once('?').expect("a token in the link");
    let token = query
        .split(['&', '#'])
        .find_map(|p| p.strip_prefix("jwt="))
        .unwrap();
    (format!("{room}@{MUC}"), token.to_string())
}

impl Stack {
    /// Where Planado sends the visitor of `url` (a 303), by GET, or by POST
    /// with `form`.
    fn sent_to(&self, url: &str, form: Option<&str>) -> String {
        let method = if form.is_some() { "POST" } else { "GET" };
        let answer = common::http(
            &self.planado.addr,
            method,
            &self.path_of(url),
            "text/html",
            form,
        );
        assert_eq!(answer.status, 303, "{url}: {}", answer.body);
        answer.header("Location").unwrap().to_string()
    }
}

/// Jitsi's own token modules (mod_auth_token with token/util.lib.lua and
/// luajwtjitsi, mod_token_verification, mod_token_affiliation) in the real
/// Prosody judge Planado's tokens, the web client bringing its token in the
/// BOSH URL as Jitsi Meet does: a guest's token lets its holder into its own
/// room within the window, as a participant; the organiser's makes a
/// moderator; the same token for another room, a token signed with a key
/// Jitsi does not trust, and the token after its `exp` are refused.
fn planados_tokens_are_judged_by_jitsis_token_modules(db: Backend, signing: Signing) {
    let opening = some_opening();
    let now = opening + chrono::Duration::minutes(5);
    let a = book_ahead(&db, "name=a&date=2031-03-04&time=10:00&duration=15");
    let b = book_ahead(&db, "name=b&date=2031-03-04&time=10:00&duration=15");
    let keys: Vec<(&str, &str)> = signing
        .planado
        .iter()
        .map(|(k, v)| (*k, v.as_str()))
        .collect();
    let stack = Stack::with(db, Some(now), &signing.login, &keys);
    let invite = |booked: &Value| stack.sent_to(booked["invite_url"].as_str().unwrap(), None);
    let (room, guest) = room_and_token(&invite(&a));
    let (other_room, _) = room_and_token(&invite(&b));
    let (organisers_room, organiser) =
        room_and_token(&stack.sent_to(a["admin_url"].as_str().unwrap(), Some("action=enter")));
    assert_eq!(organisers_room, room);

    // The guest: logged in by the token, the room asked for (the reservation
    // check), joined as a participant.
    let mut client = stack
        .prosody
        .web_client(&room, &guest)
        .unwrap_or_else(|refused| panic!("{refused}\n{}", stack.log()));
    assert_eq!(client.knock(&room)["ok"], true, "{}", stack.log());
    stack.wait_for_focus(
        |e| e["focus"] == "joined" && e["room"] == room,
        "the focus in the room",
    );
    let joined = client.join(&room);
    assert_eq!(joined["joined"], true, "{joined}\n{}", stack.log());
    assert_eq!(
        (&joined["affiliation"], &joined["role"]),
        (&"member".into(), &"participant".into()),
        "{joined}"
    );

    // The same token in another booked and open room: Jitsi lets the room
    // exist, but not this token in it.
    let mut elsewhere = stack.prosody.web_client(&other_room, &guest).unwrap();
    assert_eq!(elsewhere.knock(&other_room)["ok"], true);
    stack.wait_for_focus(
        |e| e["focus"] == "joined" && e["room"] == other_room,
        "the focus in the other room",
    );
    let mismatch = elsewhere.join(&other_room);
    assert_eq!(mismatch["joined"], false, "{mismatch}");
    assert_eq!(mismatch["condition"], "not-allowed", "{mismatch}");
    assert_eq!(mismatch["text"], "Room and token mismatched", "{mismatch}");

    // The organiser's token: a moderator.
    let mut host = stack.prosody.web_client(&room, &organiser).unwrap();
    let moderator = host.join(&room);
    assert_eq!(moderator["joined"], true, "{moderator}\n{}", stack.log());
    assert_eq!(
        (&moderator["affiliation"], &moderator["role"]),
        (&"owner".into(), &"moderator".into()),
        "{moderator}"
    );

    // Signed with a key Jitsi does not trust: refused at the login.
    let forged = (signing.forge)(&guest);
    assert_eq!(claims(&forged), claims(&guest));
    let refused_login = stack
        .prosody
        .web_client(&room, &forged)
        .err()
        .expect("a forged token is refused");
    assert_eq!(refused_login["condition"], "not-allowed", "{refused_login}");
    assert_eq!(
        refused_login["text"], "Invalid signature",
        "{refused_login}"
    );

    // After its `exp` (the window's end and the slack), in a Prosody whose
    // clock is there: refused.
    let exp = claims(&guest)["exp"].as_i64().unwrap();
    let prosody_at = |seconds: i64| {
        Prosody::start_with(
            &format!("http://{}/reservations", stack.planado.addr),
            TOKEN,
            &clock_at(DateTime::from_timestamp(seconds, 0).unwrap()),
            &signing.login,
        )
    };
    let later = prosody_at(exp + 60);
    let expired = later
        .web_client(&room, &guest)
        .err()
        .expect("an expired token is refused");
    assert_eq!(expired["condition"], "not-allowed", "{expired}");
    assert!(
        expired["text"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Not acceptable by exp"),
        "{expired}"
    );
    // Half a minute before it, the same token still logs in there.
    let before = prosody_at(exp - 30);
    assert!(before.web_client(&room, &guest).is_ok(), "{}", before.log());
}

#[test]
fn hs256_tokens_are_judged_by_jitsis_token_modules_on_sqlite() {
    planados_tokens_are_judged_by_jitsis_token_modules(common::sqlite(), hs256());
}

#[test]
fn hs256_tokens_are_judged_by_jitsis_token_modules_on_mariadb() {
    planados_tokens_are_judged_by_jitsis_token_modules(common::mariadb(), hs256());
}

#[test]
fn rs256_tokens_from_a_key_server_are_judged_by_jitsis_token_modules() {
    planados_tokens_are_judged_by_jitsis_token_modules(common::sqlite(), rs256());
}

/// The door the organiser chose, kept by Jitsi: Jitsi's current
/// `mod_reservations` reads `password`, `max_occupants` and `lobby` from
/// Planado's answer and sets them on the room it creates (with Jitsi's
/// `muc_max_occupants`, `muc_lobby_rooms` and `persistent_lobby`). A
/// password room lets in only who brings the password; a room for two
/// refuses the third; a lobby room sends guests to the lobby.
fn the_door_is_kept_by_jitsi(db: Backend) {
    let opening = some_opening();
    book_ahead(
        &db,
        "name=p&date=2031-03-04&time=10:00&duration=15&password=open-sesame&max_participants=2",
    );
    let guarded = format!("{}@{MUC}", db.rooms()[0]);
    book_ahead(
        &db,
        "name=l&date=2031-03-04&time=10:00&duration=15&lobby=true",
    );
    let lobbied = db
        .rooms()
        .into_iter()
        .map(|r| format!("{r}@{MUC}"))
        .find(|r| *r != guarded)
        .unwrap();
    let stack = Stack::start(db, Some(opening + chrono::Duration::minutes(5)));
    let guest = || stack.prosody.web_client(&guarded, "").unwrap();
    let mut first = guest();
    for room in [&guarded, &lobbied] {
        assert_eq!(first.knock(room)["ok"], true, "{}", stack.log());
        stack.wait_for_focus(
            |e| e["focus"] == "joined" && e["room"] == *room,
            "the focus in the room",
        );
    }
    let without = first.join(&guarded);
    assert_eq!(
        (&without["joined"], &without["condition"]),
        (&false.into(), &"not-authorized".into()),
        "{without}"
    );
    let wrong = first.join_with(&guarded, "guessed");
    assert_eq!(wrong["condition"], "not-authorized", "{wrong}");
    assert_eq!(first.join_with(&guarded, "open-sesame")["joined"], true);
    let mut second = guest();
    assert_eq!(second.join_with(&guarded, "open-sesame")["joined"], true);
    let full = guest().join_with(&guarded, "open-sesame");
    assert_eq!(
        (&full["joined"], &full["condition"]),
        (&false.into(), &"service-unavailable".into()),
        "{full}"
    );
    // The lobby: a guest is not let into the room, but told to wait.
    let waiting = guest().join(&lobbied);
    assert_eq!(waiting["joined"], false, "{waiting}\n{}", stack.log());
    assert_eq!(waiting["condition"], "registration-required", "{waiting}");
}

on_both_backends!(the_door_is_kept_by_jitsi);
