//! The shipped `apache-example.conf` and `lighttpd-example.conf` under real
//! Apache (mod_cgid) and lighttpd (mod_cgi) on loopback high ports, with only
//! their `Define` / `var.` lines changed: the whole flow over HTTP, static files,
//! the closed cleanup, and the PHP Planado's URLs after an `import-legacy` from
//! a table made with its exact DDL.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{HttpAnswer, http};
use mysql::prelude::Queryable;

use common::Guard;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn open_to_all(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// An install as the README describes it: binaries in cgi-bin, static files
/// in htdocs, a configuration file, a SQLite database the web server's user
/// may write.
struct Site {
    dir: tempfile::TempDir,
    port: u16,
    db_url: String,
    /// A MariaDB database, dropped at the end (none: SQLite in the site's folder).
    _mariadb: Option<common::Backend>,
}

impl Site {
    fn new(jitsi: &str) -> Site {
        Site::with_database(jitsi, None)
    }

    /// The same install on a MariaDB database of its own.
    fn on_mariadb(jitsi: &str) -> Site {
        Site::with_database(jitsi, Some(common::mariadb()))
    }

    /// The same install on a database at `url` (a server of the test's own).
    fn on_url(jitsi: &str, url: &str) -> Site {
        Site::build(jitsi, Some(url.to_string()), None)
    }

    fn with_database(jitsi: &str, mariadb: Option<common::Backend>) -> Site {
        let url = mariadb.as_ref().map(|db| db.url().to_string());
        Site::build(jitsi, url, mariadb)
    }

    fn build(jitsi: &str, url: Option<String>, mariadb: Option<common::Backend>) -> Site {
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
        let port = free_port();
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

    fn home(&self) -> PathBuf {
        self.dir.path().join("planado")
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("planado.toml")
    }

    fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// The WAL and shared-memory files the web server's user must write too.
    fn open_database_files(&self) {
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

fn copy_dir(from: &Path, to: &Path) {
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
fn shipped(file: &str, replace: &[(&str, String)]) -> String {
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

fn wait_until_up(addr: &str, what: &str, log: &Path, server: &mut Guard) {
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

/// A shipped Apache example with its two `Define` lines set to the site.
fn shipped_apache(site: &Site, file: &str) -> String {
    shipped(
        file,
        &[
            (
                "Define PLANADO_HOME",
                format!("Define PLANADO_HOME {}", site.home().display()),
            ),
            (
                "Define PLANADO_CONFIG",
                format!("Define PLANADO_CONFIG {}", site.config().display()),
            ),
        ],
    )
}

fn apache(site: &Site) -> Guard {
    let dir = site.dir.path();
    let example = shipped_apache(site, "apache-example.conf");
    std::fs::write(dir.join("planado-apache.conf"), example).unwrap();
    run_apache(
        site,
        &[],
        &format!("Include {}/planado-apache.conf\n", dir.display()),
    )
}

/// Apache with the shipped mod_fcgid configuration.
fn apache_fcgid(site: &Site) -> Guard {
    let dir = site.dir.path();
    let example = shipped_apache(site, "apache-fcgid-example.conf");
    std::fs::write(dir.join("planado-apache-fcgid.conf"), example).unwrap();
    let ipc = dir.join("fcgid");
    std::fs::create_dir(&ipc).unwrap();
    open_to_all(&ipc, 0o777);
    run_apache(
        site,
        &["fcgid"],
        &format!(
            "FcgidIPCDir {d}/fcgid\nFcgidProcessTableFile {d}/fcgid/shm\nInclude {d}/planado-apache-fcgid.conf\n",
            d = dir.display()
        ),
    )
}

/// Apache in the foreground with a main configuration that loads the modules
/// the README names, listens on the site's port and ends with `site_part`.
fn run_apache(site: &Site, extra_modules: &[&str], site_part: &str) -> Guard {
    let dir = site.dir.path();
    let modules = extra_modules.iter().copied().chain([
        "mpm_event",
        "authz_core",
        "authz_host",
        "cgid",
        "alias",
        "rewrite",
        "mime",
        "dir",
        "env",
        "headers",
        "expires",
    ]);
    let mut main = String::from("ServerRoot /usr/lib/apache2\n");
    for m in modules {
        main.push_str(&format!("LoadModule {m}_module modules/mod_{m}.so\n"));
    }
    main.push_str(&format!(
        "Listen 127.0.0.1:{port}\nServerName 127.0.0.1\nUser www-data\nGroup www-data\nPidFile {d}/apache.pid\n\
         ErrorLog {d}/logs/apache-error.log\nScriptSock {d}/cgid.sock\nTypesConfig /etc/mime.types\n{site_part}",
        port = site.port,
        d = dir.display()
    ));
    std::fs::write(dir.join("apache.conf"), main).unwrap();
    let child = Command::new("apache2")
        .args([
            "-f",
            &dir.join("apache.conf").display().to_string(),
            "-DFOREGROUND",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("apache2 is installed (scripts/test installs it)");
    let mut guard = Guard(child);
    wait_until_up(
        &site.addr(),
        "Apache",
        &dir.join("logs/apache-error.log"),
        &mut guard,
    );
    guard
}

fn lighttpd(site: &Site) -> Guard {
    run_lighttpd(site, "lighttpd-example.conf", &[])
}

/// lighttpd with the shipped mod_fastcgi configuration (`bin-path`).
fn lighttpd_fastcgi(site: &Site) -> Guard {
    let sockets = site.dir.path().join("sockets");
    std::fs::create_dir(&sockets).unwrap();
    open_to_all(&sockets, 0o777);
    run_lighttpd(
        site,
        "lighttpd-fastcgi-example.conf",
        &[(
            "var.planado_sockets",
            format!("var.planado_sockets = \"{}\"", sockets.display()),
        )],
    )
}

fn run_lighttpd(site: &Site, example_file: &str, more: &[(&str, String)]) -> Guard {
    let dir = site.dir.path();
    let mut replace = more.to_vec();
    replace.extend([
        (
            "var.planado_home",
            format!("var.planado_home = \"{}\"", site.home().display()),
        ),
        (
            "var.planado_config",
            format!("var.planado_config = \"{}\"", site.config().display()),
        ),
    ]);
    let example = shipped(example_file, &replace);
    std::fs::write(dir.join("planado-lighttpd.conf"), example).unwrap();
    let main = format!(
        "server.port = {port}\nserver.bind = \"127.0.0.1\"\nserver.username = \"www-data\"\nserver.groupname = \"www-data\"\n\
         server.errorlog = \"{d}/logs/lighttpd-error.log\"\nserver.pid-file = \"{d}/lighttpd.pid\"\n\
         include \"{d}/planado-lighttpd.conf\"\n",
        port = site.port,
        d = dir.display()
    );
    std::fs::write(dir.join("lighttpd.conf"), main).unwrap();
    // The shipped configuration is one lighttpd takes without a warning.
    let checked = Command::new("lighttpd")
        .args([
            "-tt",
            "-f",
            &dir.join("lighttpd.conf").display().to_string(),
        ])
        .output()
        .expect("lighttpd is installed (scripts/test installs it)");
    let said = String::from_utf8_lossy(&checked.stderr).into_owned()
        + &String::from_utf8_lossy(&checked.stdout);
    assert!(
        checked.status.success() && !said.contains("WARNING"),
        "lighttpd -tt on {example_file}: {said}"
    );
    let child = Command::new("lighttpd")
        .args(["-D", "-f", &dir.join("lighttpd.conf").display().to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("lighttpd is installed (scripts/test installs it)");
    let mut guard = Guard(child);
    wait_until_up(
        &site.addr(),
        "lighttpd",
        &dir.join("logs/lighttpd-error.log"),
        &mut guard,
    );
    guard
}

/// The reservation backend's shared secret in every site's configuration.
const RESERVATIONS_TOKEN: &str = "the-web-server-tests-reservation-token";

/// Prosody's question through the web server: the path below the binary and
/// the Authorization header must both reach it.
fn reservations(addr: &str, room: &str) {
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
const JITSI: &str = "https://jitsi.test";

fn the_whole_flow(site: &Site) {
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
            "name=Now&date={}&time={}",
            now.format("%Y-%m-%d"),
            now.format("%H:%M")
        )),
    );
    assert_eq!(b_now.status, 201, "{}", b_now.body);
    let open = http(
        &addr,
        "GET",
        &path(b_now.json()["invite_url"].as_str().unwrap()),
        "text/html",
        None,
    );
    assert_eq!(open.status, 303, "{}", open.head);
    headers(&open, "the way into the room");
    let room = open
        .header("Location")
        .unwrap()
        .strip_prefix(&format!("{JITSI}/"))
        .unwrap()
        .to_string();
    reservations(&addr, &room);

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

/// The PHP Planado's table, with its exact DDL, in a MariaDB database.
struct LegacyTable {
    admin: String,
    name: String,
}

impl Drop for LegacyTable {
    fn drop(&mut self) {
        if let Ok(mut c) = mysql::Conn::new(mysql::Opts::from_url(&self.admin).unwrap()) {
            let _ = c.query_drop(format!("DROP DATABASE IF EXISTS `{}`", self.name));
        }
    }
}

const IID: i64 = 846_123_456_789_012;
const AID: i64 = 731_987_654_321_098;
const RID: i64 = 962_555_444_333_222;

fn legacy_table() -> (LegacyTable, String) {
    let admin = common::mariadb_url();
    let mut conn = mysql::Conn::new(mysql::Opts::from_url(&admin).unwrap())
        .expect("MariaDB (scripts/test starts it)");
    let name = format!(
        "planado_test_legacy_{}",
        planado::domain::InviteId::new().unwrap()
    );
    conn.query_drop(format!("CREATE DATABASE `{name}`"))
        .unwrap();
    conn.query_drop(format!("USE `{name}`")).unwrap();
    // misc/upgrade_db.php of the PHP Planado, verbatim but for the table name variable.
    conn.query_drop("CREATE TABLE IF NOT EXISTS conferences (\n    iid BIGINT,\n    aid BIGINT,\n    rid BIGINT,\n    time BIGINT,\n    recev BIGINT,\n    rectype CHAR(16))").unwrap();
    let now = chrono::Utc::now().timestamp();
    let rows = [
        format!("({IID}, {AID}, {RID}, {}, 0, NULL)", now + 86400), // tomorrow
        format!("(111, 222, 333, {}, 3, '1weekly')", now - 8 * 86400), // a running series
        format!("(444, 555, 666, {}, 2, 'daily')", now - 3600),     // old rectype, open now
        format!("(777, 888, 999, {}, 0, NULL)", now - 3 * 86400),   // over
        "(1000, 2000, 3000, NULL, 0, NULL)".to_string(),            // broken
        format!("(1001, 2001, 3001, {}, 1, '3monthly')", now + 86400), // unknown rectype
        format!("({IID}, 1, 2, {}, 0, NULL)", now + 7200), // duplicate iid (no primary key)
    ];
    conn.query_drop(format!(
        "INSERT INTO conferences VALUES {}",
        rows.join(", ")
    ))
    .unwrap();
    let url = format!("{admin}/{name}");
    (LegacyTable { admin, name }, url)
}

fn table_checksum(url: &str) -> String {
    let mut c = mysql::Conn::new(mysql::Opts::from_url(url).unwrap()).unwrap();
    let rows: Vec<(String, Option<i64>)> = c.query("CHECKSUM TABLE conferences EXTENDED").unwrap();
    format!("{rows:?}")
}

fn import(site: &Site, from: &str) -> String {
    let report = common::stdout_of(
        Command::new(common::bin("planado"))
            .args(["import-legacy", "--from", from, "--table", "conferences"])
            .env_clear()
            .env("PLANADO_CONFIG", site.config()),
    );
    site.open_database_files();
    report
}

fn legacy_urls(site: &Site, source: &str) {
    let addr = site.addr();
    let get = |path: &str| -> HttpAnswer { http(&addr, "GET", path, "text/html", None) };
    assert_eq!(get("/index.php").status, 200);
    let old_form = http(
        &addr,
        "POST",
        "/booking.php",
        "application/json",
        Some("name=x&date=2099-01-01&time=10:00"),
    );
    assert_eq!(
        (old_form.status, old_form.json()["code"].as_str()),
        (400, Some("start_far")),
        "the form's fields arrive: {}",
        old_form.body
    );
    let waiting = get(&format!("/inv.php?id={IID}"));
    assert_eq!(waiting.status, 200, "{}", waiting.body);
    assert!(waiting.body.contains("has not started yet"));
    // The old admin id could be computed by an invitee: it no longer takes
    // anyone into the room, and it opens the admin page once, which hands out
    // a new key.
    let organiser = get(&format!("/inv.php?id={IID}&admin={AID}"));
    assert_eq!(
        (organiser.status, organiser.header("Location")),
        (200, None),
        "the invitee's view: {}",
        organiser.body
    );
    let wrong = get(&format!("/inv.php?id={IID}&admin=1"));
    assert_eq!(
        wrong.status, 200,
        "a wrong admin id gets the invitee's view"
    );
    assert_eq!(get(&format!("/admin.php?id={IID}&admin=1")).status, 404);
    let renewed = http(
        &addr,
        "GET",
        &format!("/admin.php?id={IID}&admin={AID}"),
        "application/json",
        None,
    );
    assert_eq!(renewed.status, 200, "{}", renewed.body);
    let new_admin = renewed.json()["admin_url"].as_str().unwrap().to_string();
    assert!(
        new_admin.contains(&format!("admin?id={IID}&key="))
            && !new_admin.ends_with(&format!("key={AID}")),
        "{new_admin}"
    );
    assert_eq!(
        get(&format!("/admin.php?id={IID}&admin={AID}")).status,
        404,
        "the old admin id works once"
    );
    let new_path = new_admin.split(&addr).nth(1).unwrap().to_string();
    let page = get(&new_path);
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("new admin link"), "renewed only once");
    let cal = get(&format!(
        "/cal.php?name=Alte+Runde&time=1700000000&id={IID}&rec=0&rtype=none"
    ));
    assert_eq!(cal.status, 200);
    assert!(
        cal.body.contains("SUMMARY:Alte Runde\r\n") && cal.body.contains("BEGIN:VTIMEZONE"),
        "{}",
        cal.body
    );
    assert_eq!(
        get(&format!("/out.php?room={RID}")).header("Location"),
        Some(format!("{JITSI}/{RID}"))
    );
    // The running series: open now? No: between occurrences, waiting for the next.
    let series = http(&addr, "GET", "/inv.php?id=111", "application/json", None);
    assert_eq!(series.status, 200, "{}", series.body);
    let open = get("/inv.php?id=444");
    let room = open.header("Location").unwrap_or_default();
    assert_eq!(open.status, 303);
    assert!(
        room.starts_with(&format!("{JITSI}/")) && room.len() == JITSI.len() + 33,
        "a fresh room, not the computable 666: {room}"
    );
    assert_eq!(get("/inv.php?id=777").status, 404, "over, not imported");
    let _ = source;
}

/// Shared hosting: the host's Apache with a cgi-bin folder, and only the
/// shipped `htaccess-example` (as `.htaccess`) and `planado.toml` beside the
/// binaries to configure Planado.
fn apache_shared_hosting(site: &Site) -> Guard {
    let htdocs = site.home().join("htdocs");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("htaccess-example"),
        htdocs.join(".htaccess"),
    )
    .unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("htaccess-cgi-bin-example"),
        site.home().join("cgi-bin/.htaccess"),
    )
    .unwrap();
    shared_hosting_apache(site, &site.home())
}

/// The host's Apache serving `home/htdocs` as the web root and `home/cgi-bin`
/// as its cgi-bin, each folder configured by its own `.htaccess`, with the
/// site's configuration as `planado.toml` beside the binaries.
fn shared_hosting_apache(site: &Site, home: &Path) -> Guard {
    std::fs::copy(site.config(), home.join("cgi-bin/planado.toml")).unwrap();
    let site_part = format!(
        "DocumentRoot {h}\n<Directory {h}>\n  AllowOverride All\n  Require all granted\n</Directory>\n\
         ScriptAlias /cgi-bin/ {c}/\n<Directory {c}>\n  Options +ExecCGI\n  AllowOverride All\n  Require all granted\n</Directory>\n",
        h = home.join("htdocs").display(),
        c = home.join("cgi-bin").display(),
    );
    run_apache(site, &[], &site_part)
}

#[test]
fn shared_hosting_with_htaccess() {
    let site = Site::new(JITSI);
    let (_table, source) = legacy_table();
    import(&site, &source);
    let _server = apache_shared_hosting(&site);
    the_whole_flow(&site);
    site.open_database_files();
    legacy_urls(&site, &source);
    let addr = site.addr();
    assert_eq!(
        http(&addr, "GET", "/cgi-bin/cleanup", "text/plain", None).status,
        403
    );
    assert_eq!(
        http(&addr, "GET", "/cgi-bin/planado.toml", "text/plain", None).status,
        403,
        "the configuration is never served"
    );
    // A database or a configuration put into the web root against the
    // README's advice is not served either.
    let htdocs = site.home().join("htdocs");
    for file in [
        "planado.sqlite",
        "planado.sqlite-wal",
        "planado.sqlite-shm",
        "old.sqlite-journal",
        "planado.toml",
    ] {
        std::fs::write(htdocs.join(file), "secret").unwrap();
        open_to_all(&htdocs.join(file), 0o644);
        let got = http(&addr, "GET", &format!("/{file}"), "text/plain", None);
        assert_eq!(got.status, 403, "/{file} in the web root: {}", got.body);
    }
    std::fs::write(htdocs.join("notes.txt"), "public").unwrap();
    open_to_all(&htdocs.join("notes.txt"), 0o644);
    assert_eq!(
        http(&addr, "GET", "/notes.txt", "text/plain", None).status,
        200,
        "the check can fail: other files are served"
    );
}

fn nginx(site: &Site) -> (Guard, Guard) {
    let dir = site.dir.path();
    let socket = dir.join("fcgiwrap.sock");
    let fcgiwrap = Command::new("fcgiwrap")
        .args(["-s", &format!("unix:{}", socket.display())])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("fcgiwrap is installed (scripts/test installs it)");
    let fcgiwrap = Guard(fcgiwrap);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !socket.exists() {
        assert!(
            Instant::now() < deadline,
            "fcgiwrap did not create {}",
            socket.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    open_to_all(&socket, 0o777);
    let example = shipped(
        "nginx-example.conf",
        &[
            (
                "    listen 80;",
                format!("    listen 127.0.0.1:{};", site.port),
            ),
            (
                "    set $planado_bin",
                format!(
                    "    set $planado_bin    {};",
                    site.home().join("cgi-bin").display()
                ),
            ),
            (
                "    set $planado_config",
                format!("    set $planado_config {};", site.config().display()),
            ),
            (
                "    set $fcgiwrap",
                format!("    set $fcgiwrap       unix:{};", socket.display()),
            ),
            (
                "    root ",
                format!("    root {};", site.home().join("htdocs").display()),
            ),
        ],
    );
    (run_nginx(site, &example), fcgiwrap)
}

/// nginx in the foreground with a main configuration around `site_block`
/// (a shipped example, adapted).
fn run_nginx(site: &Site, site_block: &str) -> Guard {
    let dir = site.dir.path();
    std::fs::write(dir.join("planado-nginx.conf"), site_block).unwrap();
    // The shipped block includes Debian's fastcgi_params from nginx's own folder.
    std::fs::copy("/etc/nginx/fastcgi_params", dir.join("fastcgi_params")).unwrap();
    let main = format!(
        "daemon off;\npid {d}/nginx.pid;\nerror_log {d}/logs/nginx-error.log;\nevents {{}}\n\
         http {{\n  include /etc/nginx/mime.types;\n  access_log off;\n  client_body_temp_path {d}/nginx-body;\n\
         fastcgi_temp_path {d}/nginx-fastcgi;\n  include {d}/planado-nginx.conf;\n}}\n",
        d = dir.display()
    );
    std::fs::write(dir.join("nginx.conf"), main).unwrap();
    let child = Command::new("nginx")
        .args(["-c", &dir.join("nginx.conf").display().to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("nginx is installed (scripts/test installs it)");
    let mut guard = Guard(child);
    wait_until_up(
        &site.addr(),
        "nginx",
        &dir.join("logs/nginx-error.log"),
        &mut guard,
    );
    guard
}

/// nginx with the shipped FastCGI configuration, each binary a FastCGI server
/// of its own started by spawn-fcgi as the README shows (in the foreground
/// here, so that the guards stop them).
fn nginx_fastcgi(site: &Site) -> Vec<Guard> {
    nginx_fastcgi_with(site, &[])
}

fn nginx_fastcgi_with(site: &Site, env: &[(&str, &str)]) -> Vec<Guard> {
    let dir = site.dir.path();
    let sockets = dir.join("sockets");
    std::fs::create_dir(&sockets).unwrap();
    let mut guards = Vec::new();
    for bin in ["index", "booking", "invite", "admin", "ics", "reservations"] {
        let socket = sockets.join(format!("{bin}.socket"));
        let child = Command::new("spawn-fcgi")
            .args(["-n", "-M", "0666", "-b", "4096", "-s"])
            .arg(&socket)
            .arg("--")
            .arg(site.home().join("cgi-bin").join(bin))
            .env("PLANADO_CONFIG", site.config())
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn-fcgi is installed (scripts/test installs it)");
        guards.push(Guard(child));
        let deadline = Instant::now() + Duration::from_secs(10);
        while !socket.exists() {
            assert!(
                Instant::now() < deadline,
                "spawn-fcgi made no {}",
                socket.display()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    let example = shipped(
        "nginx-fastcgi-example.conf",
        &[
            (
                "    listen 80;",
                format!("    listen 127.0.0.1:{};", site.port),
            ),
            (
                "    set $planado_sockets",
                format!("    set $planado_sockets {};", sockets.display()),
            ),
            (
                "    root ",
                format!("    root {};", site.home().join("htdocs").display()),
            ),
        ],
    );
    guards.push(run_nginx(site, &example));
    guards
}

/// The ids of the running processes whose program is the site's `bin`.
fn running(site: &Site, bin: &str) -> Vec<u32> {
    let program = site.home().join("cgi-bin").join(bin);
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == program)
        })
        .collect()
}

/// The whole flow through a FastCGI configuration, and proof that it was
/// FastCGI: the same `invite` process answered many requests and is still
/// there afterwards (a CGI process ends with its request).
fn the_whole_flow_as_fastcgi(site: &Site) {
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

#[test]
fn apache_with_mod_fcgid_serves_the_shipped_configuration() {
    let site = Site::new(JITSI);
    let _server = apache_fcgid(&site);
    the_whole_flow_as_fastcgi(&site);
}

#[test]
fn lighttpd_with_mod_fastcgi_serves_the_shipped_configuration() {
    let site = Site::on_mariadb(JITSI);
    let _server = lighttpd_fastcgi(&site);
    the_whole_flow_as_fastcgi(&site);
}

/// Also: a panic in one request is a 500 with the security headers and the
/// process goes on; SIGTERM ends it cleanly (exit status 0).
#[test]
fn nginx_with_spawn_fcgi_serves_the_shipped_configuration() {
    let site = Site::new(JITSI);
    let mut servers = nginx_fastcgi(&site);
    the_whole_flow_as_fastcgi(&site);
    let invite = running(&site, "invite");
    let panic = common::raw_http(
        &site.addr(),
        b"GET /invite?id=x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Planado-Test-Panic: 1\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(panic.status, 500, "{}", panic.body);
    common::assert_security_headers(|h| panic.header(h), "a panic through FastCGI");
    let after = common::http(
        &site.addr(),
        "GET",
        "/invite?id=unknownunknownunknownunkn",
        "",
        None,
    );
    assert_eq!(after.status, 404, "{}", after.body);
    assert_eq!(
        running(&site, "invite"),
        invite,
        "the process survived its panic"
    );
    // servers[2] is invite's FastCGI process (spawn-fcgi -n became it).
    let process = &mut servers[2].0;
    Command::new("kill")
        .args(["-TERM", &process.id().to_string()])
        .status()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = process.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "invite did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "invite exited with {status}");
}

#[test]
fn nginx_with_fcgiwrap_serves_the_shipped_configuration() {
    let site = Site::new(JITSI);
    let (_table, source) = legacy_table();
    import(&site, &source);
    let _servers = nginx(&site);
    the_whole_flow(&site);
    site.open_database_files();
    legacy_urls(&site, &source);
}

#[test]
fn apache_serves_the_shipped_configuration() {
    let site = Site::new(JITSI);
    let (_table, source) = legacy_table();
    let before = table_checksum(&source);
    let report = import(&site, &source);
    assert!(
        report.starts_with("copied 3 meetings, 1 already present, 3 refused"),
        "{report}"
    );
    assert!(
        report.contains("iid 777: already over")
            && report.contains("iid 1000: no start time")
            && report.contains("unknown rectype \"3monthly\""),
        "{report}"
    );
    assert!(
        import(&site, &source).starts_with("copied 0 meetings, 4 already present, 3 refused"),
        "idempotent"
    );
    assert_eq!(
        table_checksum(&source),
        before,
        "the source table is never changed"
    );
    let _server = apache(&site);
    the_whole_flow(&site);
    site.open_database_files();
    legacy_urls(&site, &source);
}

#[test]
fn lighttpd_serves_the_shipped_configuration() {
    let site = Site::new(JITSI);
    let (_table, source) = legacy_table();
    import(&site, &source);
    let _server = lighttpd(&site);
    the_whole_flow(&site);
    site.open_database_files();
    legacy_urls(&site, &source);
}

/// The whole flow, cancel included, through the shipped Apache configuration
/// on MariaDB.
#[test]
fn apache_on_mariadb() {
    let site = Site::on_mariadb(JITSI);
    let _server = apache(&site);
    the_whole_flow(&site);
}

/// Books a meeting for tomorrow through the site; returns the invite path.
fn book_through(site: &Site) -> String {
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

/// A FastCGI process keeps its MariaDB connection; when the server restarts
/// under it, visitors get 503 pages during the outage and normal pages again
/// afterwards, from the same process (it checks the connection and replaces it).
#[test]
fn fastcgi_rides_out_a_mariadb_restart() {
    let server = common::PrivateMariaDb::start();
    let url = server.database("planado_test_fastcgi_restart");
    let site = Site::on_url(JITSI, &url);
    let _servers = nginx_fastcgi(&site);
    let invite = book_through(&site);
    let get = || common::http(&site.addr(), "GET", &invite, "text/html", None);
    assert_eq!(get().status, 200);
    let processes = running(&site, "invite");
    server.stop();
    for _ in 0..3 {
        let r = get();
        assert_eq!(r.status, 503, "{}", r.body);
        common::assert_security_headers(|h| r.header(h), "a 503 during the outage");
    }
    server.restart();
    let deadline = Instant::now() + Duration::from_secs(20);
    while get().status != 200 {
        assert!(Instant::now() < deadline, "no recovery after the restart");
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(
        running(&site, "invite"),
        processes,
        "the same process recovered"
    );
}

/// With `fastcgi_max_requests`, a process answers that many requests and then
/// exits cleanly, so that the web server can start a fresh one.
#[test]
fn a_fastcgi_process_retires_after_its_requests() {
    let site = Site::new(JITSI);
    let mut servers = nginx_fastcgi_with(&site, &[("PLANADO_FASTCGI_MAX_REQUESTS", "3")]);
    for _ in 0..3 {
        let r = common::http(
            &site.addr(),
            "GET",
            "/invite?id=unknownunknownunknownunkn",
            "",
            None,
        );
        assert_eq!(r.status, 404, "{}", r.body);
    }
    let process = &mut servers[2].0;
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = process.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "invite did not retire after 3 requests"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "invite exited with {status}");
}

/// What scripts/release made (target/dist); scripts/test builds it first.
fn release_dir() -> PathBuf {
    let dir = std::env::var_os("PLANADO_TEST_RELEASE").expect(
        "PLANADO_TEST_RELEASE names scripts/release's target/dist (scripts/test builds it)",
    );
    PathBuf::from(dir)
}

/// The one file in the release folder whose name ends with `suffix`.
fn released(suffix: &str) -> PathBuf {
    let found: Vec<PathBuf> = std::fs::read_dir(release_dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    assert_eq!(found.len(), 1, "one *{suffix} in the release: {found:?}");
    found[0].clone()
}

/// The x86_64 release archive unpacked into `into`; returns its top folder.
fn unpacked_archive(into: &Path) -> PathBuf {
    unpacked("x86_64", into)
}

/// The release archive of `arch` unpacked into `into`; returns its top folder.
fn unpacked(arch: &str, into: &Path) -> PathBuf {
    let archive = released(&format!("-{arch}-linux.tar.gz"));
    let status = Command::new("tar")
        .arg("-xzf")
        .arg(&archive)
        .arg("-C")
        .arg(into)
        .status()
        .unwrap();
    assert!(status.success(), "tar -xzf {}", archive.display());
    let name = archive.file_name().unwrap().to_string_lossy();
    into.join(name.trim_end_matches(".tar.gz"))
}

/// The highest `GLIBC_x.y` symbol version a binary needs, as (x, y), as
/// `objdump -T` lists them (`readelf -V` for another architecture's binary).
fn highest_glibc(binary: &Path) -> (u32, u32) {
    let x86 = elf_machine(binary).contains("X86-64");
    let (tool, flag) = if x86 {
        ("objdump", "-T")
    } else {
        ("readelf", "-V")
    };
    let out = Command::new(tool).arg(flag).arg(binary).output().unwrap();
    assert!(out.status.success(), "{tool} {flag} {}", binary.display());
    String::from_utf8_lossy(&out.stdout)
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter_map(|w| w.strip_prefix("GLIBC_"))
        .filter_map(|v| {
            let mut parts = v.split('.').map(|n| n.parse::<u32>().ok());
            Some((parts.next()??, parts.next().flatten().unwrap_or(0)))
        })
        .max()
        .unwrap_or((0, 0))
}

/// The machine line of `readelf -h`.
fn elf_machine(binary: &Path) -> String {
    let out = Command::new("readelf")
        .arg("-h")
        .arg(binary)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find(|l| l.trim_start().starts_with("Machine:"))
        .unwrap_or_default()
        .to_string()
}

/// The shared libraries a binary names (`readelf -d`).
fn needed(binary: &Path) -> Vec<String> {
    let out = Command::new("readelf")
        .arg("-d")
        .arg(binary)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains("(NEEDED)"))
        .filter_map(|l| l.split('[').nth(1)?.split(']').next().map(str::to_string))
        .collect()
}

/// Every shipped binary of `top` (an unpacked archive) is built for
/// `machine`, runs on glibc 2.17 (CentOS 7), needs nothing but glibc, is
/// stripped and executable.
fn binaries_need_only_old_glibc(top: &Path, machine: &str) {
    let glibc_parts = [
        "libc.so.6",
        "libm.so.6",
        "libpthread.so.0",
        "libdl.so.2",
        "librt.so.1",
        "ld-linux-x86-64.so.2",
        "ld-linux-aarch64.so.1",
    ];
    let binaries = common::CGI_BINARIES
        .iter()
        .map(|b| top.join("cgi-bin").join(b))
        .chain([top.join("planado")]);
    for binary in binaries {
        let what = binary.display().to_string();
        assert!(
            elf_machine(&binary).contains(machine),
            "{what} is for {machine}"
        );
        assert!(
            highest_glibc(&binary) <= (2, 17),
            "{what} needs a newer glibc"
        );
        let libraries = needed(&binary);
        assert!(
            !libraries.is_empty(),
            "{what} is dynamically linked to glibc"
        );
        for lib in &libraries {
            assert!(glibc_parts.contains(&lib.as_str()), "{what} needs {lib}");
        }
        let sections = Command::new("readelf")
            .arg("-S")
            .arg(&binary)
            .output()
            .unwrap();
        assert!(
            !String::from_utf8_lossy(&sections.stdout).contains(".symtab"),
            "{what} is stripped"
        );
        let mode = std::fs::metadata(&binary).unwrap().permissions().mode();
        assert_eq!(mode & 0o111, 0o111, "{what} is executable");
    }
}

/// The x86_64 archive: old glibc and nothing else, and what the README
/// promises, checked by its sums.
#[test]
fn the_release_runs_on_old_linux_hosts() {
    let dir = tempfile::tempdir().unwrap();
    let top = unpacked_archive(dir.path());
    binaries_need_only_old_glibc(&top, "X86-64");
    for shipped in [
        "README.md",
        "LICENSE",
        "SHA256SUMS",
        "htdocs/.htaccess",
        "htdocs/css/planado.css",
        "cgi-bin/.htaccess",
        "examples/planado.example.toml",
        "examples/apache-example.conf",
        "examples/apache-fcgid-example.conf",
        "examples/lighttpd-example.conf",
        "examples/lighttpd-fastcgi-example.conf",
        "examples/nginx-example.conf",
        "examples/nginx-fastcgi-example.conf",
        "examples/htaccess-example",
        "examples/htaccess-cgi-bin-example",
    ] {
        assert!(top.join(shipped).is_file(), "the archive has {shipped}");
    }
    let sums = Command::new("sha256sum")
        .args(["--check", "--strict", "--quiet", "SHA256SUMS"])
        .current_dir(&top)
        .output()
        .unwrap();
    assert!(
        sums.status.success(),
        "{}",
        String::from_utf8_lossy(&sums.stdout)
    );
    let listed = std::fs::read_to_string(top.join("SHA256SUMS")).unwrap();
    assert!(listed.contains("  cgi-bin/invite\n") && listed.contains("  planado\n"));
}

/// The aarch64 archive: the same checks, and its binaries book and answer an
/// invite under qemu's user-mode emulation with Debian's cross glibc.
#[test]
fn the_arm_release_runs_on_old_linux_hosts() {
    let dir = tempfile::tempdir().unwrap();
    let top = unpacked("aarch64", dir.path());
    binaries_need_only_old_glibc(&top, "AArch64");
    let emulated = |binary: &Path| {
        let mut cmd = Command::new("qemu-aarch64-static");
        cmd.args(["-L", "/usr/aarch64-linux-gnu"]).arg(binary);
        cmd
    };
    let db = format!("sqlite:{}/arm.sqlite", dir.path().display());
    let init = emulated(&top.join("planado"))
        .arg("init")
        .env_clear()
        .env("PLANADO_DATABASE_URL", &db)
        .output()
        .expect(
            "qemu-aarch64-static (scripts/test installs qemu-user-static and libc6-arm64-cross)",
        );
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    let run = |binary: &str, cgi: common::Cgi| {
        let mut cmd = emulated(&top.join("cgi-bin").join(binary));
        cmd.env_clear()
            .envs(cgi.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        common::run_cgi(cmd, &cgi.body)
    };
    let now = "2026-05-04T08:00:00Z";
    let booked = run(
        "booking",
        common::Cgi::new("booking", &db, "POST", "")
            .at(now)
            .json()
            .form("name=Arm&date=2026-05-05&time=10:00&tz=Europe%2FBerlin"),
    );
    assert_eq!(booked.status, 201, "{}", booked.body);
    let invite_url = booked.json()["invite_url"].as_str().unwrap().to_string();
    let query = common::query_of(&invite_url);
    let waiting = run(
        "invite",
        common::Cgi::new("invite", &db, "GET", &query)
            .at(now)
            .json(),
    );
    assert_eq!(waiting.status, 200, "{}", waiting.body);
    assert_eq!(waiting.json()["status"], "waiting");
}

/// "Upload these two folders": the archive's cgi-bin and htdocs as they are,
/// with their own .htaccess files, under the host's Apache, and a
/// planado.toml beside the binaries, serve the whole flow.
#[test]
fn the_release_archive_is_a_shared_hosting_install() {
    let site = Site::new(JITSI);
    let top = unpacked_archive(site.dir.path());
    open_to_all(&top, 0o755);
    let _server = shared_hosting_apache(&site, &top);
    the_whole_flow(&site);
    let addr = site.addr();
    for closed in ["/cgi-bin/cleanup", "/cgi-bin/planado.toml"] {
        assert_eq!(
            http(&addr, "GET", closed, "text/plain", None).status,
            403,
            "{closed}"
        );
    }
}

fn dpkg(args: &[&str]) -> std::process::Output {
    Command::new("dpkg")
        .args(args)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .output()
        .unwrap()
}

/// What the package puts on the machine, and what purging it must take away.
const PACKAGE_PATHS: [&str; 8] = [
    "/usr/lib/cgi-bin/planado",
    "/usr/bin/planado",
    "/usr/share/planado",
    "/etc/planado",
    "/etc/cron.d/planado",
    "/etc/apache2/conf-available/planado.conf",
    "/lib/systemd/system/planado.service",
    "/var/lib/planado",
];

/// The Debian package on this machine: installed with dpkg, its Apache
/// configuration enabled and serving the flow, cron's cleanup as the planado
/// user on the database the web server wrote, then purged without a trace.
#[test]
fn the_debian_package_installs_serves_and_purges() {
    let deb = released("_amd64.deb");
    if dpkg(&["-s", "planado"]).status.success() {
        assert!(
            dpkg(&["--purge", "planado"]).status.success(),
            "an earlier install purged"
        );
    }
    let installed = dpkg(&["-i", &deb.display().to_string()]);
    assert!(
        installed.status.success(),
        "dpkg -i: {}{}",
        String::from_utf8_lossy(&installed.stdout),
        String::from_utf8_lossy(&installed.stderr)
    );
    for path in PACKAGE_PATHS {
        assert!(Path::new(path).exists(), "the package installed {path}");
    }
    let user = Command::new("id").arg("planado").output().unwrap();
    let groups = String::from_utf8_lossy(&user.stdout).to_string();
    assert!(
        user.status.success() && groups.contains("(www-data)"),
        "{groups}"
    );
    let state = std::fs::metadata("/var/lib/planado").unwrap();
    assert_eq!(state.permissions().mode() & 0o7777, 0o2770);
    assert!(
        Path::new("/var/lib/planado/planado.sqlite").exists(),
        "postinst ran planado init"
    );
    let unit = Command::new("systemd-analyze")
        .args(["verify", "/lib/systemd/system/planado.service"])
        .output()
        .expect("systemd-analyze (scripts/test installs systemd)");
    assert!(
        unit.status.success(),
        "systemd-analyze verify: {}",
        String::from_utf8_lossy(&unit.stderr)
    );

    let enabled = Command::new("a2enconf")
        .args(["-q", "planado"])
        .output()
        .unwrap();
    assert!(enabled.status.success(), "a2enconf planado");
    {
        let site = Site::new(JITSI);
        let _server = run_apache(
            &site,
            &[],
            "Include /etc/apache2/conf-enabled/planado.conf\n",
        );
        packaged_flow(&site.addr());
    }
    let cron = Command::new("runuser")
        .args([
            "-u",
            "planado",
            "--",
            "env",
            "PLANADO_CONFIG=/etc/planado/planado.toml",
        ])
        .args(["/usr/bin/planado", "cleanup"])
        .output()
        .unwrap();
    assert!(
        cron.status.success(),
        "cleanup as cron runs it: {}",
        String::from_utf8_lossy(&cron.stderr)
    );

    let purged = dpkg(&["--purge", "planado"]);
    assert!(
        purged.status.success(),
        "dpkg --purge: {}",
        String::from_utf8_lossy(&purged.stderr)
    );
    for path in PACKAGE_PATHS
        .iter()
        .chain(&["/etc/apache2/conf-enabled/planado.conf"])
    {
        assert!(!Path::new(path).exists(), "{path} is left after purging");
    }
    assert!(
        !Command::new("id")
            .arg("planado")
            .output()
            .unwrap()
            .status
            .success()
    );
    assert!(!dpkg(&["-s", "planado"]).status.success());
}

/// The flow under the package's Apache configuration, at /planado/.
fn packaged_flow(addr: &str) {
    let index = http(addr, "GET", "/planado/", "text/html", None);
    assert_eq!(index.status, 200, "{}", index.body);
    assert!(index.body.contains("Book a conference"));
    common::assert_security_headers(|h| index.header(h), "the packaged index");
    let css = http(addr, "GET", "/planado/css/planado.css", "text/css", None);
    assert_eq!(css.status, 200);
    let now = common::now_in_a_fresh_minute();
    let b = http(
        addr,
        "POST",
        "/planado/booking",
        "application/json",
        Some(&format!(
            "name=Packaged&date={}&time={}&tz=UTC",
            now.format("%Y-%m-%d"),
            now.format("%H:%M")
        )),
    );
    assert_eq!(b.status, 201, "{}", b.body);
    let invite_url = b.json()["invite_url"].as_str().unwrap().to_string();
    let prefix = format!("http://{addr}/planado/invite?id=");
    assert!(invite_url.starts_with(&prefix), "{invite_url}");
    let path = invite_url
        .trim_start_matches(&format!("http://{addr}"))
        .split('#')
        .next()
        .unwrap()
        .to_string();
    let open = http(addr, "GET", &path, "text/html", None);
    assert_eq!(open.status, 303, "{}", open.body);
    assert!(
        open.header("Location")
            .unwrap()
            .starts_with("https://meet.jit.si/")
    );
    assert_eq!(
        http(addr, "GET", "/planado/cleanup", "text/plain", None).status,
        404
    );
}
