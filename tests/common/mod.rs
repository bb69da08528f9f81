//! Test helpers: the real binaries as CGI processes (RFC 3875: environment and
//! stdin in, a CGI response on stdout), and real databases, SQLite and MariaDB.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Stdio};

use mysql::prelude::Queryable;

pub mod browser;
pub mod jitsi;
pub mod prosody;

/// The MariaDB server the tests share: `scripts/test` starts a private one
/// (scripts/mariadb-server) and names it in `PLANADO_TEST_MARIADB`. Without
/// it the test fails, saying so; it never skips.
pub fn mariadb_url() -> String {
    std::env::var("PLANADO_TEST_MARIADB").unwrap_or_else(|_| {
        panic!(
            "PLANADO_TEST_MARIADB is not set. scripts/test starts a private MariaDB and sets it; by hand: \
             port=$(scripts/mariadb-server start target/mariadb) and \
             PLANADO_TEST_MARIADB=mysql://planado_test:planado_test@127.0.0.1:$port"
        )
    })
}

/// A MariaDB server of one test's own (scripts/mariadb-server), for the tests
/// that stop it or need its root: in a folder under target/, stopped and
/// removed when the test ends.
pub struct PrivateMariaDb {
    pub dir: tempfile::TempDir,
    pub port: u16,
}

impl PrivateMariaDb {
    pub fn start() -> PrivateMariaDb {
        let base = concat!(env!("CARGO_MANIFEST_DIR"), "/target/test-mariadb");
        std::fs::create_dir_all(base).unwrap();
        let dir = tempfile::Builder::new()
            .prefix("m")
            .tempdir_in(base)
            .unwrap();
        let mut server = PrivateMariaDb { dir, port: 0 };
        server.port = server.run("start").trim().parse().unwrap();
        server
    }

    fn run(&self, action: &str) -> String {
        stdout_of(
            Command::new(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/scripts/mariadb-server"
            ))
            .arg(action)
            .arg(self.dir.path()),
        )
    }

    /// Starts it again after `stop`, on the same port with the same data.
    pub fn restart(&self) {
        self.run("start");
    }

    pub fn stop(&self) {
        self.run("stop");
    }

    /// The test user's URL of a database (created if missing).
    pub fn database(&self, name: &str) -> String {
        self.root_sql(&format!("CREATE DATABASE IF NOT EXISTS `{name}`"));
        format!(
            "mysql://planado_test:planado_test@127.0.0.1:{}/{name}",
            self.port
        )
    }

    /// Runs SQL as root (over the server's socket); returns the rows, tab-separated.
    pub fn root_sql(&self, sql: &str) -> String {
        stdout_of(
            Command::new("mariadb")
                .arg("--no-defaults")
                .arg(format!(
                    "--socket={}/mysqld.sock",
                    self.dir.path().display()
                ))
                .args(["-uroot", "-N", "-B", "-e", sql]),
        )
    }
}

impl Drop for PrivateMariaDb {
    fn drop(&mut self) {
        let _ = Command::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scripts/mariadb-server"
        ))
        .arg("stop")
        .arg(self.dir.path())
        .output();
    }
}

/// The CGI binaries, as a web server's cgi-bin holds them.
pub const CGI_BINARIES: [&str; 7] = [
    "index",
    "booking",
    "invite",
    "admin",
    "ics",
    "cleanup",
    "reservations",
];

/// The binary `name`: the one cargo built for these tests, or, when
/// `PLANADO_TEST_BIN_DIR` names a folder (scripts/test points it at the
/// unpacked release archive once), the one in that folder.
pub fn bin(name: &str) -> String {
    if let Some(dir) = std::env::var_os("PLANADO_TEST_BIN_DIR") {
        // The release archive's layout: `planado` on top, the rest in cgi-bin/.
        let dir = std::path::Path::new(&dir);
        let path = [dir.join(name), dir.join("cgi-bin").join(name)]
            .into_iter()
            .find(|p| p.is_file())
            .unwrap_or_else(|| panic!("PLANADO_TEST_BIN_DIR has no {name}"));
        return path.display().to_string();
    }
    match name {
        "index" => env!("CARGO_BIN_EXE_index"),
        "booking" => env!("CARGO_BIN_EXE_booking"),
        "invite" => env!("CARGO_BIN_EXE_invite"),
        "planado" => env!("CARGO_BIN_EXE_planado"),
        "admin" => env!("CARGO_BIN_EXE_admin"),
        "ics" => env!("CARGO_BIN_EXE_ics"),
        "cleanup" => env!("CARGO_BIN_EXE_cleanup"),
        "reservations" => env!("CARGO_BIN_EXE_reservations"),
        other => panic!("no binary {other}"),
    }
    .to_string()
}

/// Whether the binaries under test are the shipped ones (`PLANADO_TEST_BIN_DIR`),
/// which have no test hooks.
pub fn shipped() -> bool {
    std::env::var_os("PLANADO_TEST_BIN_DIR").is_some()
}

/// A loopback port nobody listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits (20 s at most) until something listens on `port`; on failure says
/// `what` did not, with the log at `log` when there is one.
pub fn wait_for_port(port: u16, what: &str, log: Option<&std::path::Path>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "{what} did not listen on {port}:\n{}",
            log.and_then(|l| std::fs::read_to_string(l).ok())
                .unwrap_or_default()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Debian's libfaketime, which moves the clock of a shipped binary (which
/// has no test clock of its own).
pub const FAKETIME_LIB: &str = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";

/// The environment that sets a binary's clock to `now` (RFC 3339): the test
/// clock of a `test-hooks` build, or, for the shipped binaries, libfaketime
/// (the wall clock stands at `now`; timeouts still run on the real one).
pub fn clock_env(now: &str) -> Vec<(String, String)> {
    if shipped() {
        assert!(
            std::path::Path::new(FAKETIME_LIB).exists(),
            "{FAKETIME_LIB} is missing: install Debian's faketime (scripts/test does)"
        );
        let t: chrono::DateTime<chrono::Utc> = now.parse().unwrap();
        return [
            ("LD_PRELOAD", FAKETIME_LIB.to_string()),
            ("FAKETIME", t.format("%Y-%m-%d %H:%M:%S").to_string()),
            ("FAKETIME_DONT_FAKE_MONOTONIC", "1".to_string()),
            ("TZ", "UTC".to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    }
    if !cfg!(feature = "test-hooks") {
        panic!(
            "the tests move the binaries' clock: run them with --features test-hooks (scripts/test does)"
        );
    }
    vec![("PLANADO_TEST_NOW".to_string(), now.to_string())]
}

/// A date about a year from now (`YYYY-MM-DD`), for bookings that must be
/// in the future whenever the tests run.
pub fn a_day_next_year() -> String {
    (chrono::Utc::now() + chrono::Duration::days(400))
        .format("%Y-%m-%d")
        .to_string()
}

/// A database for one test, removed afterwards.
pub enum Backend {
    Sqlite {
        _dir: tempfile::TempDir,
        url: String,
    },
    MariaDb {
        url: String,
        name: String,
        admin: String,
    },
}

impl Backend {
    pub fn url(&self) -> &str {
        match self {
            Backend::Sqlite { url, .. } | Backend::MariaDb { url, .. } => url,
        }
    }

    pub fn is_mariadb(&self) -> bool {
        matches!(self, Backend::MariaDb { .. })
    }

    /// Every stored value of every meeting, as text (for "what is stored" checks).
    pub fn dump(&self) -> Vec<String> {
        let sql = "SELECT invite_id, room_id, HEX(admin_key_hash), series_start, time_zone, repeat_rule, \
                   occurrences, occurrence, start_at, due_at, sequence FROM meetings";
        match self {
            Backend::Sqlite { url, .. } => {
                let path = url.trim_start_matches("sqlite:");
                if !std::path::Path::new(path).exists() {
                    return Vec::new();
                }
                let conn = rusqlite::Connection::open(path).unwrap();
                let mut stmt = conn.prepare(sql).unwrap();
                let rows = stmt
                    .query_map([], |r| {
                        (0..11)
                            .map(|i| {
                                r.get::<_, rusqlite::types::Value>(i)
                                    .map(|v| format!("{v:?}"))
                            })
                            .collect::<Result<Vec<_>, _>>()
                            .map(|v| v.join("|"))
                    })
                    .unwrap();
                rows.map(Result::unwrap).collect()
            }
            Backend::MariaDb { url, .. } => {
                let mut conn = mysql::Conn::new(mysql::Opts::from_url(url).unwrap()).unwrap();
                let rows: Vec<mysql::Row> = conn.query(sql).unwrap();
                rows.into_iter()
                    .map(|r| {
                        r.unwrap()
                            .into_iter()
                            .map(|v| v.as_sql(true))
                            .collect::<Vec<_>>()
                            .join("|")
                    })
                    .collect()
            }
        }
    }

    /// Rows in a table (of the test's own choosing, never from input).
    pub fn table_count(&self, table: &str) -> usize {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        match self {
            Backend::Sqlite { url, .. } => {
                let conn = rusqlite::Connection::open(url.trim_start_matches("sqlite:")).unwrap();
                conn.query_row(&sql, [], |r| r.get::<_, i64>(0)).unwrap() as usize
            }
            Backend::MariaDb { url, .. } => {
                let mut conn = mysql::Conn::new(mysql::Opts::from_url(url).unwrap()).unwrap();
                conn.query_first::<i64, _>(sql).unwrap().unwrap() as usize
            }
        }
    }

    /// One column of every meeting, as text (`NULL` for none); the column is
    /// the test's own choosing, never from input.
    pub fn column(&self, column: &str) -> Vec<String> {
        match self {
            Backend::Sqlite { url, .. } => {
                let conn = rusqlite::Connection::open(url.trim_start_matches("sqlite:")).unwrap();
                let sql = format!("SELECT COALESCE(CAST({column} AS TEXT), 'NULL') FROM meetings");
                let mut stmt = conn.prepare(&sql).unwrap();
                stmt.query_map([], |r| r.get(0))
                    .unwrap()
                    .map(Result::unwrap)
                    .collect()
            }
            Backend::MariaDb { url, .. } => {
                let mut conn = mysql::Conn::new(mysql::Opts::from_url(url).unwrap()).unwrap();
                conn.query(format!(
                    "SELECT COALESCE(CAST({column} AS CHAR), 'NULL') FROM meetings"
                ))
                .unwrap()
            }
        }
    }

    /// The room ids in the store.
    pub fn rooms(&self) -> Vec<String> {
        self.column("room_id")
    }

    pub fn count(&self) -> usize {
        self.dump().len()
    }

    /// Runs SQL against the test database (for setting up odd rows).
    pub fn execute(&self, sql: &str) {
        match self {
            Backend::Sqlite { url, .. } => {
                rusqlite::Connection::open(url.trim_start_matches("sqlite:"))
                    .unwrap()
                    .execute_batch(sql)
                    .unwrap();
            }
            Backend::MariaDb { url, .. } => {
                mysql::Conn::new(mysql::Opts::from_url(url).unwrap())
                    .unwrap()
                    .query_drop(sql)
                    .unwrap();
            }
        }
    }
}

impl Drop for Backend {
    fn drop(&mut self) {
        if let Backend::MariaDb { name, admin, .. } = self
            && let Ok(mut conn) = mysql::Conn::new(mysql::Opts::from_url(admin).unwrap())
        {
            let _ = conn.query_drop(format!("DROP DATABASE IF EXISTS `{name}`"));
        }
    }
}

pub fn sqlite() -> Backend {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("planado.sqlite").display());
    init(&url);
    Backend::Sqlite { _dir: dir, url }
}

/// A fresh MariaDB database with the schema applied by `planado init`. Fails
/// loudly when MariaDB cannot be reached: a test that needs it never skips.
pub fn mariadb() -> Backend {
    let (name, admin) = mariadb_database();
    let url = format!("{admin}/{name}");
    init(&url);
    Backend::MariaDb { url, name, admin }
}

/// A new empty database on the private server: its name, and the URL of the
/// server.
fn mariadb_database() -> (String, String) {
    let admin = mariadb_url();
    let mut conn = mysql::Conn::new(mysql::Opts::from_url(&admin).unwrap()).unwrap_or_else(|e| {
        panic!("MariaDB is not reachable at {admin} ({e}). Run scripts/test, which installs and starts it.")
    });
    let name = format!("planado_test_{}", planado::domain::InviteId::new().unwrap());
    conn.query_drop(format!("CREATE DATABASE `{name}`"))
        .unwrap();
    (name, admin)
}

/// A fresh database as [`mariadb`] makes it, reached over the private
/// server's Unix socket (`localhost` and `?socket=`, as shared hosts give
/// MariaDB) instead of TCP.
pub fn mariadb_socket() -> Backend {
    let dir = std::env::var("PLANADO_TEST_MARIADB_DIR").unwrap_or_else(|_| {
        panic!(
            "PLANADO_TEST_MARIADB_DIR is not set. scripts/test sets it to the private MariaDB's folder \
             (by hand: PLANADO_TEST_MARIADB_DIR=$PWD/target/mariadb)"
        )
    });
    let socket = format!("{dir}/mysqld.sock");
    assert!(
        std::path::Path::new(&socket).exists(),
        "the private MariaDB has no socket at {socket}"
    );
    let (name, admin) = mariadb_database();
    let user = admin
        .trim_start_matches("mysql://")
        .rsplit_once('@')
        .map(|(user, _)| user.to_string())
        .expect("PLANADO_TEST_MARIADB names a user");
    let url = format!("mysql://{user}@localhost/{name}?socket={socket}");
    init(&url);
    Backend::MariaDb { url, name, admin }
}

/// Runs a command to its end; it must succeed. Returns what it printed.
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `planado init` on a database.
fn init(url: &str) {
    stdout_of(
        Command::new(bin("planado"))
            .arg("init")
            .env_clear()
            .env("PLANADO_DATABASE_URL", url),
    );
}

/// A parsed CGI response.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    pub stderr: String,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// One CGI request.
pub struct Cgi {
    pub binary: String,
    pub env: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Cgi {
    /// A GET with a query string, as Apache would run the binary.
    pub fn new(binary: &str, db_url: &str, method: &str, query: &str) -> Cgi {
        let env = [
            ("GATEWAY_INTERFACE", "CGI/1.1"),
            ("REQUEST_METHOD", method),
            ("QUERY_STRING", query),
            ("SCRIPT_NAME", &format!("/{binary}")),
            ("SERVER_NAME", "127.0.0.1"),
            ("SERVER_PORT", "80"),
            ("SERVER_PROTOCOL", "HTTP/1.1"),
            ("SERVER_SOFTWARE", "planado-tests"),
            ("REMOTE_ADDR", "127.0.0.1"),
            ("HTTP_HOST", "planado.test"),
            ("PLANADO_DATABASE_URL", db_url),
            ("PLANADO_JITSI_URL", "https://jitsi.test"),
            ("PLANADO_PUBLIC_URL", "https://planado.test"),
            ("PLANADO_DEFAULT_TIMEZONE", "Europe/Berlin"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        Cgi {
            binary: bin(binary),
            env,
            body: Vec::new(),
        }
    }

    pub fn env(mut self, key: &str, value: &str) -> Cgi {
        self.env.retain(|(k, _)| k != key);
        self.env.push((key.to_string(), value.to_string()));
        self
    }

    pub fn envs(self, pairs: &[(&str, &str)]) -> Cgi {
        pairs.iter().fold(self, |cgi, (k, v)| cgi.env(k, v))
    }

    pub fn without(mut self, key: &str) -> Cgi {
        self.env.retain(|(k, _)| k != key);
        self
    }

    pub fn json(self) -> Cgi {
        self.env("HTTP_ACCEPT", "application/json")
    }

    /// The process's clock at `now` (RFC 3339).
    pub fn at(self, now: &str) -> Cgi {
        clock_env(now)
            .iter()
            .fold(self, |cgi, (k, v)| cgi.env(k, v))
    }

    /// A form body with its CONTENT_TYPE and CONTENT_LENGTH.
    pub fn form(mut self, body: &str) -> Cgi {
        self.body = body.as_bytes().to_vec();
        let len = self.body.len().to_string();
        self.env("CONTENT_TYPE", "application/x-www-form-urlencoded")
            .env("CONTENT_LENGTH", &len)
    }

    /// Runs the request; the process must exit 0 and must not answer 500.
    pub fn run(self) -> Response {
        run_cgi(self.command(), &self.body)
    }

    /// Runs the request and returns the answer and the exit status whatever
    /// they are, for the tests that provoke a failure on purpose.
    pub fn run_unchecked(self) -> (Response, std::process::ExitStatus) {
        run_cgi_unchecked(self.command(), &self.body)
    }

    fn command(&self) -> Command {
        let mut cmd = Command::new(&self.binary);
        cmd.env_clear()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd
    }
}

/// Runs a prepared command as a CGI process and parses its answer. A process
/// that exits non-zero or answers 500 fails the test: that is a bug (a panic,
/// a broken installation), never an expected answer.
pub fn run_cgi(cmd: Command, body: &[u8]) -> Response {
    let (resp, exit) = run_cgi_unchecked(cmd, body);
    assert!(
        exit.success(),
        "CGI process failed ({exit}): {}\n{:?}",
        resp.stderr,
        resp.body
    );
    assert_ne!(
        resp.status, 500,
        "CGI process answered 500: {}\n{}",
        resp.stderr, resp.body
    );
    resp
}

/// Runs a prepared command as a CGI process; no judgement on its outcome.
pub fn run_cgi_unchecked(mut cmd: Command, body: &[u8]) -> (Response, std::process::ExitStatus) {
    let mut child = cmd.spawn().expect("binary runs");
    {
        let mut stdin = child.stdin.take().unwrap();
        let _ = stdin.write_all(body);
    }
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(out.stdout).expect("CGI output is UTF-8");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    // The head ends at the first blank line, whichever line ends it uses.
    let (head, body) = [
        stdout.find("\r\n\r\n").map(|i| (i, 4)),
        stdout.find("\n\n").map(|i| (i, 2)),
    ]
    .into_iter()
    .flatten()
    .min()
    .map(|(i, len)| (&stdout[..i], &stdout[i + len..]))
    .unwrap_or_else(|| panic!("no header end: {stdout:?}\nstderr: {stderr}"));
    let mut headers = Vec::new();
    let mut status = 200;
    for line in head.lines() {
        let (k, v) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("bad header line {line:?}"));
        let v = v.trim().to_string();
        if k.eq_ignore_ascii_case("status") {
            status = v.split(' ').next().unwrap().parse().unwrap();
        }
        headers.push((k.to_string(), v));
    }
    let resp = Response {
        status,
        headers,
        body: body.to_string(),
        stderr,
    };
    assert!(
        !resp.body.contains("panicked") && !resp.body.contains("RUST_BACKTRACE"),
        "panic shown: {}",
        resp.body
    );
    (resp, out.status)
}

/// Books a meeting through the real `booking` binary; returns the JSON answer.
pub fn book(db: &Backend, now: &str, form: &str) -> serde_json::Value {
    let r = Cgi::new("booking", db.url(), "POST", "")
        .json()
        .at(now)
        .form(form)
        .run();
    assert_eq!(r.status, 201, "booking failed: {}", r.body);
    r.json()
}

/// The `id=` of an invite URL.
pub fn invite_id(invite_url: &str) -> String {
    let after = invite_url.split("id=").nth(1).unwrap();
    after.split(['&', '#']).next().unwrap().to_string()
}

/// The path and query of a URL the server handed out, without its fragment
/// (what a client sends in its request line).
pub fn path_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    path.split('#').next().unwrap().to_string()
}

/// The query string of a URL (for running a binary on a link it handed out).
pub fn query_of(url: &str) -> String {
    url.split_once('?')
        .map(|(_, q)| q.split('#').next().unwrap().to_string())
        .unwrap_or_default()
}

/// Generates one test per backend from a function taking a `Backend`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[test]
                fn sqlite() { super::$name(super::common::sqlite()) }
                #[test]
                fn mariadb() { super::$name(super::common::mariadb()) }
            }
        )*
    };
}

/// Generates one test per way to the data: SQLite, MariaDB over TCP and
/// MariaDB over its Unix socket (as shared hosts give it).
#[macro_export]
macro_rules! on_every_connection {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[test]
                fn sqlite() { super::$name(super::common::sqlite()) }
                #[test]
                fn mariadb() { super::$name(super::common::mariadb()) }
                #[test]
                fn mariadb_socket() { super::$name(super::common::mariadb_socket()) }
            }
        )*
    };
}

/// An HTTP answer read off a socket.
#[derive(Debug)]
pub struct HttpAnswer {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl HttpAnswer {
    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// One HTTP/1.1 request on a fresh connection (`Connection: close`), with a
/// form body when `form` is given.
pub fn http(addr: &str, method: &str, path: &str, accept: &str, form: Option<&str>) -> HttpAnswer {
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nAccept: {accept}\r\nConnection: close\r\n"
    );
    if let Some(body) = form {
        head.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    head.push_str("\r\n");
    head.push_str(form.unwrap_or(""));
    raw_http(addr, head.as_bytes())
}

/// Sends `request` as it is on a fresh connection and reads the answer to the
/// end (the request should say `Connection: close`).
pub fn raw_http(addr: &str, request: &[u8]) -> HttpAnswer {
    use std::io::Read;
    let mut s = std::net::TcpStream::connect(addr).unwrap_or_else(|e| panic!("{addr}: {e}"));
    s.write_all(request).unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    let text = String::from_utf8_lossy(&out).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {head:?}"));
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    HttpAnswer {
        status,
        head: head.to_string(),
        body,
    }
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        body = rest[n..].trim_start_matches("\r\n");
    }
    out
}

/// Kills a child process when the test ends, however it ends.
pub struct Guard(pub std::process::Child);

/// Stops the process as its service manager would: `SIGTERM` (Apache,
/// lighttpd and nginx then stop their children, a FastCGI process finishes
/// its request), and `SIGKILL` when it is still there after five seconds.
impl Drop for Guard {
    fn drop(&mut self) {
        let pid = self.0.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while std::time::Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `planado serve` on a free loopback port with a fresh SQLite database in a
/// folder of its own, the repository's htdocs, and `env` on top.
pub struct Served {
    pub addr: String,
    pub server: Guard,
    _dir: tempfile::TempDir,
}

pub fn serve(env: &[(&str, &str)]) -> Served {
    serve_in_shell("", env)
}

/// The same, started by `sh` after `shell_prefix` (a `ulimit`, say).
pub fn serve_in_shell(shell_prefix: &str, env: &[(&str, &str)]) -> Served {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new("sh")
        .args([
            "-c",
            &format!("{shell_prefix} exec \"$0\" serve --listen 127.0.0.1:0"),
        ])
        .arg(bin("planado"))
        .current_dir(dir.path())
        .env_clear()
        .env(
            "PLANADO_HTDOCS",
            concat!(env!("CARGO_MANIFEST_DIR"), "/htdocs"),
        )
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    // "Planado is running: open http://127.0.0.1:PORT/ (Ctrl+C stops it)"
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or_else(|| panic!("no URL in {line:?}"))
        .to_string();
    Served {
        addr,
        server: Guard(child),
        _dir: dir,
    }
}

/// The current time, after waiting out the last seconds of a minute: a test
/// that books "this minute" must not have the minute end under it (a start in
/// a minute that has passed is refused, as it should be).
pub fn now_in_a_fresh_minute() -> chrono::DateTime<chrono::Utc> {
    use chrono::Timelike;
    let now = chrono::Utc::now();
    if now.second() >= 50 {
        std::thread::sleep(std::time::Duration::from_secs(u64::from(61 - now.second())));
    }
    chrono::Utc::now()
}

/// Every answer carries these headers (SECURITY.md), whichever edge sent it.
/// `header` looks one up by name; `what` names the answer in a failure.
pub fn assert_security_headers(header: impl Fn(&str) -> Option<String>, what: &str) {
    let csp = header("Content-Security-Policy").unwrap_or_default();
    for part in [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(part), "{what}: CSP {csp:?} lacks {part}");
    }
    assert!(!csp.contains("unsafe"), "{what}: {csp}");
    for (name, value) in [
        ("Referrer-Policy", "no-referrer"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
    ] {
        assert_eq!(header(name).as_deref(), Some(value), "{what}: {name}");
    }
    assert!(
        header("Permissions-Policy").is_some_and(|p| p.contains("camera=()")),
        "{what}: Permissions-Policy"
    );
    assert!(header("Set-Cookie").is_none(), "{what}: a cookie");
}

/// An RSA key pair for the token tests, made by openssl: the private key in
/// `dir/NAME.pem`, and the public key as PEM text.
pub fn rsa_key_pair(dir: &std::path::Path, name: &str) -> (std::path::PathBuf, String) {
    let private = dir.join(format!("{name}.pem"));
    let run = |args: &[&str]| {
        let made = std::process::Command::new("openssl")
            .args(args)
            .output()
            .expect("openssl makes the test's keys");
        assert!(
            made.status.success(),
            "{}",
            String::from_utf8_lossy(&made.stderr)
        );
        String::from_utf8(made.stdout).unwrap()
    };
    let path = private.to_str().unwrap();
    run(&[
        "genpkey",
        "-algorithm",
        "RSA",
        "-pkeyopt",
        "rsa_keygen_bits:2048",
        "-out",
        path,
    ]);
    let public = run(&["pkey", "-pubout", "-in", path]);
    (private, public)
}
