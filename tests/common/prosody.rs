//! A real Prosody (Debian's 0.12) with Jitsi's own modules from
//! tests/jitsi/jitsi-meet (unchanged), in front of a Planado reservation
//! backend, with the two XMPP peers of tests/jitsi/xmpp.py (slixmpp): a
//! Jitsi Meet client's conference request, and a stand-in for Jicofo that
//! records what reaches it.

use std::io::{BufRead, BufReader, Write};
use std::process::{ChildStdin, ChildStdout, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::{FAKETIME_LIB, Guard, free_port, wait_for_port};

pub const DOMAIN: &str = "meet.test";
pub const MUC: &str = "conference.meet.test";
pub const FOCUS: &str = "focus.meet.test";
pub const LOBBY: &str = "lobby.meet.test";
pub const FOCUS_SECRET: &str = "a-secret-of-the-focus-component";
pub const TOKEN: &str = "0123456789abcdef0123456789abcdef-reservations";

pub fn python() -> String {
    std::env::var("PLANADO_TEST_PYTHON")
        .expect("PLANADO_TEST_PYTHON names a Python with slixmpp; scripts/test sets it up")
}

/// The environment that puts a process's wall clock at `now` and lets it run
/// on from there (the monotonic clock stays real): the same offset for
/// Planado and Prosody, so that they agree.
pub fn clock_at(now: DateTime<Utc>) -> Vec<(String, String)> {
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

/// How the Jitsi domain logs its clients in.
#[derive(Clone)]
pub enum Login {
    /// Anyone, anonymously (a Jitsi without tokens).
    Anonymous,
    /// Jitsi's token authentication with Planado's `jwt_secret` (HS256).
    Secret(String),
    /// Jitsi's token authentication with public keys from a key server
    /// (`asap_key_server`, RS256 with the token's `kid`).
    KeyServer(String),
}

pub const APP_ID: &str = "planado";

/// Prosody as the README configures it for Planado, on loopback ports of the
/// test's own, with the focus component Jicofo would be.
pub fn prosody_config(
    dir: &std::path::Path,
    ports: &Ports,
    api_prefix: &str,
    token: &str,
    login: &Login,
) -> String {
    let plugins = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/jitsi/jitsi-meet/resources/prosody-plugins"
    );
    let dir = dir.display();
    let Ports {
        c2s,
        component,
        http,
    } = ports;
    let authentication = match login {
        Login::Anonymous => "authentication = \"anonymous\"".to_string(),
        Login::Secret(secret) => format!(
            "-- Jitsi's token authentication, as the README gives it.\n    \
             authentication = \"token\"\n    app_id = \"{APP_ID}\"\n    \
             app_secret = \"{secret}\"\n    allow_empty_token = false"
        ),
        Login::KeyServer(url) => format!(
            "-- Jitsi's token authentication, as the README gives it.\n    \
             authentication = \"token\"\n    app_id = \"{APP_ID}\"\n    \
             asap_key_server = \"{url}\"\n    allow_empty_token = false"
        ),
    };
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
http_ports = {{ {http} }}
http_interfaces = {{ "127.0.0.1" }}
https_ports = {{}}
http_default_host = "{DOMAIN}"
consider_bosh_secure = true
modules_disabled = {{ "s2s" }}
modules_enabled = {{ "disco"; "ping"; "saslauth"; "bosh"; }}
log = {{ debug = "{dir}/prosody.log"; }}
storage = "memory"
c2s_require_encryption = false
authentication = "anonymous"

VirtualHost "{DOMAIN}"
    {authentication}
    main_muc = "{MUC}"
    muc_mapper_domain_base = "{DOMAIN}"
    -- Planado's reservation backend, as the README gives it, with the
    -- meeting's door (lobby, password, participant limit).
    modules_enabled = {{ "reservations"; "muc_lobby_rooms"; "persistent_lobby"; }}
    reservations_api_prefix = "{api_prefix}"
    reservations_api_headers = {{
        ["Authorization"] = "Bearer {token}";
    }}
    reservations_api_timeout = 10
    reservations_enable_lobby_support = true
    reservations_enable_password_support = true
    reservations_enable_max_occupants = true
    lobby_muc = "{LOBBY}"

Component "{MUC}" "muc"
    -- The room's token against the room joined, and the organiser's
    -- token making a moderator (both idle without token authentication);
    -- a room's participant limit (the focus does not count).
    modules_enabled = {{ "token_verification"; "token_affiliation"; "muc_max_occupants"; }}
    admins = {{ "focus@{FOCUS}" }}
    muc_room_locking = false
    muc_max_occupants = 500
    muc_access_whitelist = {{ "focus@{FOCUS}" }}

Component "{LOBBY}" "muc"
    restrict_room_creation = true
    muc_room_locking = false
    muc_room_default_public_jids = true

Component "{FOCUS}"
    component_secret = "{FOCUS_SECRET}"
"#
    )
}

/// The loopback ports of one Prosody.
pub struct Ports {
    pub c2s: u16,
    pub component: u16,
    pub http: u16,
}

/// What the stand-in for Jicofo saw, line by line.
pub type Events = Arc<Mutex<Vec<Value>>>;

/// Prosody with Jitsi's reservation module asking `api_prefix` with `token`,
/// and the focus component, their clocks set by `clock` (empty: real).
pub struct Prosody {
    _prosody: Guard,
    _focus: Guard,
    focus_events: Events,
    ports: Ports,
    dir: tempfile::TempDir,
}

impl Prosody {
    pub fn start(api_prefix: &str, token: &str, clock: &[(String, String)]) -> Prosody {
        Prosody::start_with(api_prefix, token, clock, &Login::Anonymous)
    }

    /// The same, its clients logging in as `login` says.
    pub fn start_with(
        api_prefix: &str,
        token: &str,
        clock: &[(String, String)],
        login: &Login,
    ) -> Prosody {
        let dir = tempfile::tempdir().unwrap();
        let ports = Ports {
            c2s: free_port(),
            component: free_port(),
            http: free_port(),
        };
        let config = dir.path().join("prosody.cfg.lua");
        std::fs::write(
            &config,
            prosody_config(dir.path(), &ports, api_prefix, token, login),
        )
        .unwrap();
        let log = dir.path().join("prosody.log");
        let prosody = Command::new("prosody")
            .args(["--config", config.to_str().unwrap(), "-F"])
            .envs(clock.iter().cloned())
            // Debian installs the pure-Lua basexx and inspect, which Jitsi's
            // token modules need, for Lua 5.1 to 5.3 only; Prosody runs 5.4.
            .env("LUA_PATH_5_4", "/usr/share/lua/5.1/?.lua;;")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Debian's prosody (scripts/test installs it)");
        let prosody = Guard(prosody);
        wait_for_port(ports.c2s, "Prosody", Some(&log));
        wait_for_port(ports.component, "Prosody's component port", Some(&log));
        wait_for_port(ports.http, "Prosody's BOSH port", Some(&log));
        let (focus, focus_events) = focus(ports.component, dir.path());
        let started = Prosody {
            _prosody: prosody,
            _focus: focus,
            focus_events,
            ports,
            dir,
        };
        started.wait_for_focus(|e| e["focus"] == "up", "the focus component to log in");
        started
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("prosody.log")).unwrap_or_default()
    }

    /// Waits until the focus reports an event `matches` (at most 100 s).
    pub fn wait_for_focus(&self, matches: impl Fn(&Value) -> bool, what: &str) -> Value {
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

    /// Whether a conference request for `room` has reached the focus by now.
    pub fn focus_saw(&self, room: &str) -> bool {
        self.focus_events
            .lock()
            .unwrap()
            .iter()
            .any(|e| e["focus"] == "request" && e["room"] == room)
    }

    /// Waits for the focus to report the request for `room` (the client may
    /// have its answer before the focus's line has been read here).
    pub fn focus_got(&self, room: &str) {
        self.wait_for_focus(
            |e| e["focus"] == "request" && e["room"] == room,
            &format!("the request for {room} at the focus"),
        );
    }

    /// A Jitsi client, logged in.
    pub fn client(&self) -> Client {
        Client::start(self.ports.c2s, self.dir.path())
    }

    /// A Jitsi Meet web client on BOSH with `token` in its URL, as the
    /// web client opens `room`: logged in, or refused at the login.
    pub fn web_client(&self, room: &str, token: &str) -> Result<WebClient, Value> {
        WebClient::start(self.ports.http, room, token, self.dir.path())
    }
}

/// A child's standard error, kept in the stack's folder (slixmpp talks when
/// it is stopped).
pub fn log_file(dir: &std::path::Path, name: &str) -> Stdio {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join(name))
        .unwrap()
        .into()
}

pub fn focus(component: u16, dir: &std::path::Path) -> (Guard, Events) {
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
pub struct Client {
    _child: Guard,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

impl Client {
    pub fn start(c2s: u16, dir: &std::path::Path) -> Client {
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
    pub fn knock(&mut self, room: &str) -> Value {
        writeln!(self.input, "{room}").unwrap();
        let mut line = String::new();
        self.output.read_line(&mut line).unwrap();
        serde_json::from_str(&line).unwrap_or_else(|_| panic!("no answer for {room}: {line:?}"))
    }
}

pub fn refused(answer: &Value, code: i64, says: &str) {
    assert_eq!(answer["ok"], false, "{answer}");
    assert_eq!(answer["code"], code, "{answer}");
    let text = answer["text"].as_str().unwrap_or_default();
    assert!(text.contains(says), "{answer}");
}

/// A Jitsi Meet web client on a Jitsi that checks tokens (BOSH).
pub struct WebClient {
    _child: Guard,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

impl WebClient {
    fn start(
        http: u16,
        room: &str,
        token: &str,
        dir: &std::path::Path,
    ) -> Result<WebClient, Value> {
        let mut child = Guard(
            Command::new(python())
                .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/jitsi/xmpp.py"))
                .args(["bosh", &http.to_string(), DOMAIN, FOCUS, room, token])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(log_file(dir, "web-clients.log"))
                .spawn()
                .expect("Python runs tests/jitsi/xmpp.py"),
        );
        let input = child.0.stdin.take().unwrap();
        let mut output = BufReader::new(child.0.stdout.take().unwrap());
        let mut line = String::new();
        output.read_line(&mut line).unwrap();
        let login: Value = serde_json::from_str(&line)
            .unwrap_or_else(|_| panic!("the web client said nothing of its login: {line:?}"));
        if login["login"] != true {
            return Err(login);
        }
        Ok(WebClient {
            _child: child,
            input,
            output,
        })
    }

    fn ask(&mut self, command: &str) -> Value {
        writeln!(self.input, "{command}").unwrap();
        let mut line = String::new();
        self.output.read_line(&mut line).unwrap();
        serde_json::from_str(&line).unwrap_or_else(|_| panic!("no answer to {command}: {line:?}"))
    }

    /// The conference request (the reservation check), as `Client::knock`.
    pub fn knock(&mut self, room: &str) -> Value {
        self.ask(&format!("knock {room}"))
    }

    /// Joins the MUC room `room`: `{"joined": true, "affiliation", "role"}`
    /// or `{"joined": false, "condition", "text"}`.
    pub fn join(&mut self, room: &str) -> Value {
        self.ask(&format!("join {room}"))
    }

    /// Joins `room` with its `password`.
    pub fn join_with(&mut self, room: &str, password: &str) -> Value {
        self.ask(&format!("join {room} {password}"))
    }
}
