//! What the web-server tests share: a site of its own (a folder, a port, a
//! database, a configuration), the shipped configurations under real Apache,
//! lighttpd and nginx with only their `Define` / `var.` / `set` lines
//! changed, the whole flow over HTTP, and the PHP Planado's URLs after an
//! `import-legacy` from a table made with its exact DDL. One test file per
//! server uses it (`apache.rs`, `lighttpd.rs`, `nginx.rs`, `release.rs`).
#![allow(dead_code, unused_imports)]

mod apache;
mod legacy;
mod lighttpd;
mod nginx;

pub use apache::*;
pub use legacy::*;
pub use lighttpd::*;
pub use nginx::*;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::prosody::{MUC, Prosody, refused};
use crate::common::{self, Guard, HttpAnswer, http};
use mysql::prelude::Queryable;

pub fn open_to_all(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// An install as the README describes it: binaries in cgi-bin, static files
/// in htdocs, a configuration file, a SQLite database the web server's user
/// may write.
pub struct Site {
    pub dir: tempfile::TempDir,
    pub port: u16,
    pub db_url: String,
    /// A MariaDB database, dropped at the end (none: SQLite in the site's folder).
    pub _mariadb: Option<common::Backend>,
}

impl Site {
    pub fn new(jitsi: &str) -> Site {
        Site::with_database(jitsi, None)
    }

    /// The same install on a MariaDB database of its own.
    pub fn on_mariadb(jitsi: &str) -> Site {
        Site::with_database(jitsi, Some(common::mariadb()))
    }

    /// The same install on a database at `url` (a server of the test's own).
    pub fn on_url(jitsi: &str, url: &str) -> Site {
        Site::build(jitsi, Some(url.to_string()), None)
    }

    pub fn with_database(jitsi: &str, mariadb: Option<common::Backend>) -> Site {
        let url = mariadb.as_ref().map(|db| db.url().to_string());
        Site::build(jitsi, url, mariadb)
    }

    pub fn build(jitsi: &str, url: Option<String>, mariadb: Option<common::Backend>) -> Site {
        let dir = tempfile::tempdir().unwrap();
        open_to_all(dir.path(), 0o755);
        let home = dir.path().join("planado");
        let cgi = home.join("cgi-bin");
        std::fs::create_dir_all(&cgi).unwrap();
        for bin in common::CGI_BINARIES {
            std::fs::copy(common::bin(bin), cgi.join(bin)).unwrap();
        }
        copy_dir(
            Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/htdocs")),
            &home.join("htdocs"),
        );
        let logs = dir.path().join("logs");
        std::fs::create_dir(&logs).unwrap();
        open_to_all(&logs, 0o777);
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        open_to_all(&data, 0o777);
        let port = common::free_port();
        let db_url =
            url.unwrap_or_else(|| format!("sqlite:{}", data.join("planado.sqlite").display()));
        let config = format!(
            "database_url = \"{db_url}\"\njitsi_url = \"{jitsi}\"\npublic_url = \"http://127.0.0.1:{port}\"\ndefault_timezone = \"Europe/Berlin\"\nreservations_api_token = \"{RESERVATIONS_TOKEN}\"\n"
        );
        std::fs::write(dir.path().join("planado.toml"), config).unwrap();
        common::stdout_of(
            Command::new(common::bin("planado"))
                .arg("init")
                .env_clear()
                .env("PLANADO_DATABASE_URL", &db_url),
        );
        let site = Site {
            dir,
            port,
            db_url,
            _mariadb: mariadb,
        };
        // The web server's user writes the database and its -wal and -shm files.
        site.open_database_files();
        site
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("planado")
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("planado.toml")
    }

    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Where the shipped configurations' access log goes in the tests.
    pub fn access_log(&self) -> PathBuf {
        self.dir.path().join("logs/planado-access.log")
    }

    /// The web server's access log after the whole flow: a line per request,
    /// the pages' paths in it, and no query string (no invite id, no admin
    /// key), no path below `/reservations`, no client address.
    pub fn assert_access_log_keeps_no_key(&self) {
        let path = self.access_log();
        // lighttpd writes its log out about once a second.
        let deadline = Instant::now() + Duration::from_secs(5);
        let log = loop {
            let log = std::fs::read_to_string(&path).unwrap_or_default();
            if log.contains(" /admin ") || Instant::now() > deadline {
                break log;
            }
            std::thread::sleep(Duration::from_millis(100));
        };
        let lines: Vec<&str> = log.lines().collect();
        assert!(lines.len() >= 10, "{log}");
        for route in ["/booking", "/invite", "/admin"] {
            assert!(
                lines.iter().any(|l| l.contains(&format!(" {route} "))),
                "no {route} in the access log:\n{log}"
            );
        }
        for line in &lines {
            for kept in ["?", "id=", "key=", "127.0.0.1", "/reservations/conference"] {
                assert!(!line.contains(kept), "{kept:?} in the access log: {line}");
            }
        }
    }

    /// The WAL and shared-memory files the web server's user must write too.
    pub fn open_database_files(&self) {
        for suffix in ["", "-wal", "-shm"] {
            let p = PathBuf::from(format!(
                "{}{suffix}",
                self.db_url.trim_start_matches("sqlite:")
            ));
            if p.exists() {
                open_to_all(&p, 0o666);
            }
        }
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The shipped configuration with only its install lines changed.
pub fn shipped(file: &str, replace: &[(&str, String)]) -> String {
    let mut text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    for (line_start, new_line) in replace {
        let old = text
            .lines()
            .find(|l| l.starts_with(line_start))
            .unwrap_or_else(|| panic!("{file} has no line {line_start}"))
            .to_string();
        text = text.replace(&old, new_line);
    }
    text
}

pub fn wait_until_up(addr: &str, what: &str, log: &Path, server: &mut Guard) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(addr).is_err() {
        let log = std::fs::read_to_string(log).unwrap_or_default();
        let exited = server.0.try_wait().unwrap();
        assert!(
            exited.is_none() && Instant::now() < deadline,
            "{what} did not start on {addr} ({exited:?}):\n{log}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The reservation backend's shared secret in every site's configuration.
pub const RESERVATIONS_TOKEN: &str = "the-web-server-tests-reservation-token";

/// Prosody's question through the web server: the path below the binary and
/// the Authorization header must both reach it.
pub fn reservations(addr: &str, room: &str) {
    let ask = |path: &str, auth: bool, body: &str| {
        let mut head = format!(
            "POST /reservations{path} HTTP/1.1\r\nHost: {addr}\r\nUser-Agent: Prosody (0.12.4; posix)\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            body.len()
        );
        if auth {
            head.push_str(&format!("Authorization: Bearer {RESERVATIONS_TOKEN}\r\n"));
        }
        common::raw_http(addr, format!("{head}\r\n{body}").as_bytes())
    };
    let form = format!(
        "name={room}&start_time={}&mail_owner=owner%40guest.meet.example",
        chrono::Utc::now().format("%Y-%m-%dT%H%%3A%M%%3A%S.000Z")
    );
    let open = ask("/conference", true, &form);
    assert_eq!(open.status, 200, "{}\n{}", open.head, open.body);
    assert_eq!(open.json()["id"], room);
    assert_eq!(open.json()["mail_owner"], "owner@guest.meet.example");
    common::assert_security_headers(|h| open.header(h), "a reservation");
    let refused = ask("/conference", false, &form);
    assert_eq!(refused.status, 401, "{}", refused.body);
    let unknown = ask(
        "/conference",
        true,
        "name=nobodysroom&start_time=2026-01-01T00%3A00%3A00.000Z",
    );
    assert_eq!(unknown.status, 404, "{}", unknown.body);
}

/// A stand-in for Jitsi; the tests only look at where they are sent.
pub const JITSI: &str = "https://jitsi.test";

pub fn the_whole_flow(site: &Site) {
    let addr = site.addr();
    let headers = |answer: &HttpAnswer, what: &str| {
        common::assert_security_headers(|h| answer.header(h), what);
    };
    let index = http(&addr, "GET", "/", "text/html", None);
    assert_eq!(index.status, 200, "{}", index.body);
    assert!(index.body.contains("Book a conference"));
    headers(&index, "the index");
    assert_eq!(http(&addr, "GET", "/index", "text/html", None).status, 200);
    let css = http(&addr, "GET", "/css/planado.css", "text/css", None);
    assert_eq!(css.status, 200);
    assert!(css.header("Content-Type").unwrap().starts_with("text/css"));
    assert!(
        css.header("Expires").is_some()
            || css
                .header("Cache-Control")
                .is_some_and(|c| c.contains("max-age")),
        "{}",
        css.head
    );
    assert_eq!(
        http(&addr, "GET", "/cgi-bin/", "text/html", None).status / 100,
        4,
        "no listing of the binaries"
    );

    // Book for tomorrow: waiting. Book for this minute: open.
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let b = http(
        &addr,
        "POST",
        "/booking",
        "application/json",
        Some(&format!("name=Web+server&date={tomorrow}&time=10:00")),
    );
    assert_eq!(b.status, 201, "{}", b.body);
    headers(&b, "a booking");
    let invite_url = b.json()["invite_url"].as_str().unwrap().to_string();
    assert!(
        invite_url.starts_with(&format!("http://{addr}/invite?id=")),
        "{invite_url}"
    );
    let path = |url: &str| {
        url.split(&addr)
            .nth(1)
            .unwrap()
            .split('#')
            .next()
            .unwrap()
            .to_string()
    };
    let waiting = http(&addr, "GET", &path(&invite_url), "application/json", None);
    assert_eq!(waiting.json()["status"], "waiting");
    let page = http(&addr, "GET", &path(&invite_url), "text/html", None);
    assert!(page.body.contains("has not started yet"));
    headers(&page, "the waiting page");

    let now = common::now_in_a_fresh_minute().with_timezone(&chrono_tz::Europe::Berlin);
    let b_now = http(
        &addr,
        "POST",
        "/booking",
        "application/json",
        Some(&format!(
            "name=Team+%E2%80%9EPlanung%E2%80%9C+%5C%26+Co&date={}&time={}&password=flow-secret",
            now.format("%Y-%m-%d"),
            now.format("%H:%M")
        )),
    );
    assert_eq!(b_now.status, 201, "{}", b_now.body);
    let invite_now = b_now.json()["invite_url"].as_str().unwrap().to_string();
    let open = http(&addr, "GET", &path(&invite_now), "text/html", None);
    assert_eq!(open.status, 303, "{}", open.head);
    headers(&open, "the way into the room");
    let location = open.header("Location").unwrap();
    // Jitsi's own parser reads the name whole from where the browser lands.
    common::jitsi::Oracle::start().assert_reads(
        &common::jitsi::followed(&location, &invite_now),
        Some("Team „Planung“ \\& Co"),
        None,
    );
    let room = location
        .strip_prefix(&format!("{JITSI}/"))
        .unwrap()
        .to_string();
    reservations(&addr, &room);
    // Jitsi's own reservation module, in a real Prosody, asks through this
    // web server as the README configures it.
    let prosody = Prosody::start(
        &format!("http://{addr}/reservations"),
        RESERVATIONS_TOKEN,
        &[],
    );
    let mut client = prosody.client();
    let room_jid = format!("{room}@{MUC}");
    assert_eq!(client.knock(&room_jid)["ok"], true, "{}", prosody.log());
    prosody.focus_got(&room_jid);
    // The door the organiser chose reached Jitsi through this web server.
    let mut guest = prosody.web_client(&room_jid, "").unwrap();
    prosody.wait_for_focus(
        |e| e["focus"] == "joined" && e["room"] == room_jid,
        "the focus in the room",
    );
    assert_eq!(guest.join(&room_jid)["condition"], "not-authorized");
    assert_eq!(guest.join_with(&room_jid, "flow-secret")["joined"], true);
    refused(
        &client.knock(&format!("nobodybookedthis@{MUC}")),
        404,
        "not booked",
    );

    // The organiser changes the time; the calendar follows.
    let admin = path(b.json()["admin_url"].as_str().unwrap());
    let admin_page = http(&addr, "GET", &admin, "text/html", None);
    assert_eq!(admin_page.status, 200);
    headers(&admin_page, "the admin page");
    let changed = http(
        &addr,
        "POST",
        &admin,
        "application/json",
        Some("action=update&time=11:30"),
    );
    assert_eq!(changed.status, 200, "{}", changed.body);
    assert_eq!(changed.json()["sequence"], 1);
    let ics = http(
        &addr,
        "GET",
        &path(b.json()["ics_url"].as_str().unwrap()),
        "*/*",
        None,
    );
    assert_eq!(ics.status, 200);
    assert!(
        ics.header("Content-Type")
            .unwrap()
            .starts_with("text/calendar")
    );
    assert!(
        ics.body.contains("SEQUENCE:1\r\n") && ics.body.contains("T113000\r\n"),
        "{}",
        ics.body
    );
    headers(&ics, "the calendar file");

    a_feed_through(&addr);

    // The organiser cancels: the invite link is gone.
    let cancelled = http(
        &addr,
        "POST",
        &admin,
        "application/json",
        Some("action=cancel&confirm=yes"),
    );
    assert_eq!(
        (cancelled.status, cancelled.json()["status"].as_str()),
        (200, Some("cancelled")),
        "{}",
        cancelled.body
    );
    headers(&cancelled, "a cancellation");
    assert_eq!(
        http(&addr, "GET", &path(&invite_url), "application/json", None).status,
        404
    );

    // Errors keep their status and headers through the web server.
    let not_found = http(&addr, "GET", "/invite?id=nothing", "text/html", None);
    assert_eq!(not_found.status, 404);
    headers(&not_found, "a 404");
    let wrong_method = http(&addr, "GET", "/booking", "text/html", None);
    assert_eq!(wrong_method.status, 405);
    headers(&wrong_method, "a 405");
    let too_large = http(
        &addr,
        "POST",
        "/booking",
        "application/json",
        Some(&"a=b&".repeat(5000)),
    );
    assert_eq!(too_large.status, 413);
    headers(&too_large, "a 413");
    // (%ff: not UTF-8. lighttpd would re-encode a broken %zz itself.)
    let malformed = http(&addr, "GET", "/invite?id=%ff", "application/json", None);
    assert_eq!(
        malformed.status, 400,
        "{}\n{}",
        malformed.head, malformed.body
    );
    // lighttpd refuses %ff itself, with a page of its own; Planado's answer
    // (JSON, as asked) carries Planado's headers.
    if malformed.body.starts_with('{') {
        headers(&malformed, "a 400");
    }
    // Cleanup is not public.
    assert_eq!(
        http(&addr, "GET", "/cleanup", "text/plain", None).status,
        403
    );
}

/// A calendar's feed through the web server: a series with a skipped
/// occurrence (`EXDATE`), the feed's own cache header (not the pages'
/// `no-store`), its `ETag`, and `304` for a calendar whose copy is current,
/// which needs the web server to hand `If-None-Match` to Planado.
pub fn a_feed_through(addr: &str) {
    let next_week = (chrono::Utc::now() + chrono::Duration::days(7)).date_naive();
    let b = http(
        addr,
        "POST",
        "/booking",
        "application/json",
        Some(&format!(
            "name=Feed&date={next_week}&time=10:00&tz=UTC&repeat=weekly&count=3"
        )),
    );
    assert_eq!(b.status, 201, "{}", b.body);
    let b = b.json();
    let admin = common::path_of(b["admin_url"].as_str().unwrap());
    let second = (next_week + chrono::Duration::days(7)).format("%Y-%m-%dT10:00:00Z");
    let skipped = http(
        addr,
        "POST",
        &admin,
        "application/json",
        Some(&format!("action=skip&occurrence={second}")),
    );
    assert_eq!(skipped.status, 200, "{}", skipped.body);
    let feed = common::path_of(b["feed_url"].as_str().unwrap());
    let get = |extra: &str| {
        common::raw_http(
            addr,
            format!("GET {feed} HTTP/1.1\r\nHost: {addr}\r\n{extra}Connection: close\r\n\r\n")
                .as_bytes(),
        )
    };
    let first = get("");
    assert_eq!(first.status, 200, "{}\n{}", first.head, first.body);
    assert!(
        first.body.contains(&format!(
            "EXDATE;TZID=UTC:{}\r\n",
            (next_week + chrono::Duration::days(7)).format("%Y%m%dT100000")
        )),
        "{}",
        first.body
    );
    assert_eq!(
        first.header("Cache-Control").as_deref(),
        Some("max-age=3600"),
        "{}",
        first.head
    );
    common::assert_security_headers(|h| first.header(h), "the feed");
    let etag = first
        .header("ETag")
        .unwrap_or_else(|| panic!("no ETag: {}", first.head));
    let again = get(&format!("If-None-Match: {etag}\r\n"));
    assert_eq!(again.status, 304, "{}", again.head);
    assert!(again.body.is_empty());
    let modified = first.header("Last-Modified").unwrap();
    assert_eq!(
        get(&format!("If-Modified-Since: {modified}\r\n")).status,
        304
    );
}

/// The whole flow through a FastCGI configuration, and proof that it was
/// FastCGI: the same `invite` process answered many requests and is still
/// there afterwards (a CGI process ends with its request).
pub fn the_whole_flow_as_fastcgi(site: &Site) {
    the_whole_flow(site);
    let before = running(site, "invite");
    assert!(!before.is_empty(), "no invite process stays running");
    for _ in 0..20 {
        let r = common::http(
            &site.addr(),
            "GET",
            "/invite?id=unknownunknownunknownunkn",
            "",
            None,
        );
        assert_eq!(r.status, 404, "{}", r.body);
    }
    let after = running(site, "invite");
    assert!(
        before.iter().any(|pid| after.contains(pid)),
        "the invite processes changed: {before:?} -> {after:?}"
    );
}

/// Books a meeting for tomorrow through the site; returns the invite path.
pub fn book_through(site: &Site) -> String {
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let b = common::http(
        &site.addr(),
        "POST",
        "/booking",
        "application/json",
        Some(&format!("name=x&date={tomorrow}&time=10:00")),
    );
    assert_eq!(b.status, 201, "{}", b.body);
    let url = b.json()["invite_url"].as_str().unwrap().to_string();
    url.trim_start_matches(&format!("http://{}", site.addr()))
        .to_string()
}
