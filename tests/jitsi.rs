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

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::process::{ChildStdin, ChildStdout, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use common::{Backend, Cgi, Guard};
use serde_json::Value;

const DOMAIN: &str = "meet.test";
const MUC: &str = "conference.meet.test";
const FOCUS: &str = "focus.meet.test";
const FOCUS_SECRET: &str = "a-secret-of-the-focus-component";
const TOKEN: &str = "0123456789abcdef0123456789abcdef-reservations";
const FAKETIME_LIB: &str = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";

fn python() -> String {
    std::env::var("PLANADO_TEST_PYTHON")
        .expect("PLANADO_TEST_PYTHON names a Python with slixmpp; scripts/test sets it up")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_for_port(port: u16, what: &str, log: &std::path::Path) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "{what} did not listen on {port}:\n{}",
            std::fs::read_to_string(log).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The environment that puts a process's wall clock at `now` and lets it run
/// on from there (the monotonic clock stays real): the same offset for
/// Planado and Prosody, so that they agree.
fn clock_at(now: DateTime<Utc>) -> Vec<(String, String)> {
    assert!(
        std::path::Path::new(FAKETIME_LIB).exists(),
        "{FAKETIME_LIB} is missing: install Debian's faketime (scripts/test does)"
    );
    let offset = (now - Utc::now()).num_seconds();
    vec![
        ("LD_PRELOAD".into(), FAKETIME_LIB.into()),
        ("FAKETIME".into(), format!("{offset:+}")),
        ("FAKETIME_DONT_FAKE_MONOTONIC".into(), "1".into()),
    ]
}

/// Prosody as the README configures it for Planado, on loopback ports of the
/// test's own, with the focus component Jicofo would be.
fn prosody_config(dir: &std::path::Path, c2s: u16, component: u16, api_prefix: &str) -> String {
    let plugins = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/jitsi/jitsi-meet/resources/prosody-plugins"
    );
    let dir = dir.display();
    format!(
        r#"-- The server around the Jitsi domain (as a Jitsi install has it).
run_as_root = true
pidfile = "{dir}/prosody.pid"
data_path = "{dir}"
plugin_paths = {{ "{plugins}" }}
interfaces = {{ "127.0.0.1" }}
c2s_ports = {{ {c2s} }}
component_ports = {{ {component} }}
component_interface = "127.0.0.1"
http_ports = {{}}
https_ports = {{}}
modules_disabled = {{ "s2s" }}
modules_enabled = {{ "disco"; "ping"; "saslauth"; }}
log = {{ debug = "{dir}/prosody.log"; }}
storage = "memory"
c2s_require_encryption = false
authentication = "anonymous"

VirtualHost "{DOMAIN}"
    authentication = "anonymous"
    main_muc = "{MUC}"
    muc_mapper_domain_base = "{DOMAIN}"
    -- Planado's reservation backend, as the README gives it.
    modules_enabled = {{ "reservations"; }}
    reservations_api_prefix = "{api_prefix}"
    reservations_api_headers = {{
        ["Authorization"] = "Bearer {TOKEN}";
    }}
    reservations_api_timeout = 10

Component "{MUC}" "muc"

Component "{FOCUS}"
    component_secret = "{FOCUS_SECRET}"
"#
    )
}

/// What the stand-in for Jicofo saw, line by line.
type Events = Arc<Mutex<Vec<Value>>>;

/// Planado, Prosody with Jitsi's module, and the focus component, with their
/// clocks at `now` (or real).
struct Stack {
    db: Backend,
    planado: common::Served,
    _prosody: Guard,
    _focus: Guard,
    focus_events: Events,
    c2s: u16,
    dir: tempfile::TempDir,
    clock: Vec<(String, String)>,
}

impl Stack {
    fn start(db: Backend, now: Option<DateTime<Utc>>) -> Stack {
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
        let planado = common::serve(&env);
        let dir = tempfile::tempdir().unwrap();
        let (c2s, component) = (free_port(), free_port());
        let config = dir.path().join("prosody.cfg.lua");
        let api_prefix = format!("http://{}/reservations", planado.addr);
        std::fs::write(
            &config,
            prosody_config(dir.path(), c2s, component, &api_prefix),
        )
        .unwrap();
        let log = dir.path().join("prosody.log");
        let prosody = Command::new("prosody")
            .args(["--config", config.to_str().unwrap(), "-F"])
            .envs(clock.iter().cloned())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Debian's prosody (scripts/test installs it)");
        let prosody = Guard(prosody);
        wait_for_port(c2s, "Prosody", &log);
        wait_for_port(component, "Prosody's component port", &log);
        let (focus, focus_events) = focus(component, dir.path());
        let stack = Stack {
            db,
            planado,
            _prosody: prosody,
            _focus: focus,
            focus_events,
            c2s,
            dir,
            clock,
        };
        stack.wait_for_focus(|e| e["focus"] == "up", "the focus component to log in");
        stack
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("prosody.log")).unwrap_or_default()
    }

    /// Waits until the focus reports an event `matches` (at most 100 s).
    fn wait_for_focus(&self, matches: impl Fn(&Value) -> bool, what: &str) -> Value {
        let deadline = Instant::now() + Duration::from_secs(100);
        loop {
            if let Some(e) = self
                .focus_events
                .lock()
                .unwrap()
                .iter()
                .find(|e| matches(e))
            {
                return e.clone();
            }
            assert!(
                Instant::now() < deadline,
                "waited in vain for {what}:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn focus_saw(&self, room: &str) -> bool {
        self.focus_events
            .lock()
            .unwrap()
            .iter()
            .any(|e| e["focus"] == "request" && e["room"] == room)
    }

    /// A Jitsi client, logged in.
    fn client(&self) -> Client {
        Client::start(self.c2s, self.dir.path())
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

    /// The path of one of Planado's links, to ask `planado serve` for it.
    fn path_of(&self, url: &str) -> String {
        let after = url.split(&self.planado.addr).nth(1).unwrap();
        after.split('#').next().unwrap().to_string()
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

/// A child's standard error, kept in the stack's folder (slixmpp talks when
/// it is stopped).
fn log_file(dir: &std::path::Path, name: &str) -> Stdio {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join(name))
        .unwrap()
        .into()
}

fn focus(component: u16, dir: &std::path::Path) -> (Guard, Events) {
    let mut child = Command::new(python())
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/jitsi/xmpp.py"))
        .args(["focus", &component.to_string(), FOCUS, FOCUS_SECRET, MUC])
        .stdout(Stdio::piped())
        .stderr(log_file(dir, "focus.log"))
        .spawn()
        .expect("Python with slixmpp runs tests/jitsi/xmpp.py");
    let events: Events = Arc::default();
    let out = BufReader::new(child.stdout.take().unwrap());
    let sink = Arc::clone(&events);
    std::thread::spawn(move || {
        for line in out.lines().map_while(Result::ok) {
            if let Ok(event) = serde_json::from_str(&line) {
                sink.lock().unwrap().push(event);
            }
        }
    });
    (Guard(child), events)
}

/// One Jitsi client: it asks the focus for a conference, one room at a time.
struct Client {
    _child: Guard,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

impl Client {
    fn start(c2s: u16, dir: &std::path::Path) -> Client {
        let mut child = Command::new(python())
            .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/jitsi/xmpp.py"))
            .args(["client", &c2s.to_string(), DOMAIN, FOCUS])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(log_file(dir, "clients.log"))
            .spawn()
            .expect("Python with slixmpp runs tests/jitsi/xmpp.py");
        let input = child.stdin.take().unwrap();
        let mut output = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        output.read_line(&mut line).unwrap();
        assert!(
            line.contains("\"client\": \"up\""),
            "the client did not log in: {line:?}"
        );
        Client {
            _child: Guard(child),
            input,
            output,
        }
    }

    /// Asks for the conference in `room`: `{"ok": true}` or the reservation
    /// error (`code`, `text`).
    fn knock(&mut self, room: &str) -> Value {
        writeln!(self.input, "{room}").unwrap();
        let mut line = String::new();
        self.output.read_line(&mut line).unwrap();
        serde_json::from_str(&line).unwrap_or_else(|_| panic!("no answer for {room}: {line:?}"))
    }
}

fn refused(answer: &Value, code: i64, says: &str) {
    assert_eq!(answer["ok"], false, "{answer}");
    assert_eq!(answer["code"], code, "{answer}");
    let text = answer["text"].as_str().unwrap_or_default();
    assert!(text.contains(says), "{answer}");
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
    assert!(stack.focus_saw(&room));
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
    assert!(stack.focus_saw(&room));
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
    let changed = stack
        .cgi("admin", "POST", &admin)
        .json()
        .form("action=update&date=2031-03-07&time=08:30")
        .run();
    assert_eq!(changed.status, 200, "{}", changed.body);
    let new_room = format!("{}@{MUC}", new_rooms(&before)[0]);
    refused(&client.knock(&old_room), 404, "time is over");
    refused(&client.knock(&new_room), 403, "08:30");

    // Cancelled: refused at once.
    let before = stack.db.rooms();
    let cancelled = stack.book("name=c&date=2031-03-05&time=10:00&duration=15");
    let cancelled_room = format!("{}@{MUC}", new_rooms(&before)[0]);
    let cancel_admin = cancelled["admin_url"].as_str().unwrap().to_string();
    let cancel = stack
        .cgi("admin", "POST", &cancel_admin)
        .json()
        .form("action=cancel&confirm=yes")
        .run();
    assert_eq!(cancel.status, 200, "{}", cancel.body);
    refused(&client.knock(&cancelled_room), 404, "time is over");
}

on_both_backends!(
    unbooked_and_early_rooms_are_refused_with_planados_message,
    occurrences_changes_and_tenants_follow_the_booking,
);
