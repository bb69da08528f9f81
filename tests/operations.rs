//! For the people who run it (issue: health, metrics, logs): `planado serve`
//! says whether it is up (`/healthz`) and ready (`/readyz`: the store answers,
//! its schema is current), `planado health` asks it from a shell, the access
//! log names routes and never a key, and `/metrics` is what the real
//! Prometheus scrapes (Debian's `prometheus`; `promtool check metrics` accepts
//! it) and counts what happened, without an id in it.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{http, mariadb, serve, serve_in_shell};

fn planado_health(args: &[&str]) -> std::process::Output {
    Command::new(common::bin("planado"))
        .arg("health")
        .args(args)
        .env_clear()
        .output()
        .unwrap()
}

#[test]
fn healthz_and_readyz_on_sqlite() {
    let s = serve(&[]);
    let up = http(&s.addr, "GET", "/healthz", "*/*", None);
    assert_eq!((up.status, up.body.as_str()), (200, "ok\n"));
    assert_eq!(up.header("cache-control").as_deref(), Some("no-store"));
    let ready = http(&s.addr, "GET", "/readyz", "*/*", None);
    assert_eq!((ready.status, ready.body.as_str()), (200, "ready\n"));
    // A volume that is not there: not ready, and no new empty database.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("planado.sqlite");
    let url = format!("sqlite:{}", file.display());
    let moved = serve(&[("PLANADO_DATABASE_URL", &url)]);
    std::fs::remove_file(&file).unwrap();
    let _ = std::fs::remove_file(dir.path().join("planado.sqlite-wal"));
    let _ = std::fs::remove_file(dir.path().join("planado.sqlite-shm"));
    let gone = http(&moved.addr, "GET", "/readyz", "*/*", None);
    assert_eq!(
        (gone.status, gone.body.as_str()),
        (503, "not ready: the database cannot be reached\n")
    );
    assert!(!file.exists(), "readyz made a database");
    let posted = http(&s.addr, "POST", "/healthz", "*/*", Some(""));
    assert_eq!(posted.status, 405);
    let asked = planado_health(&["--url", &format!("http://{}", s.addr)]);
    assert!(asked.status.success(), "{asked:?}");
    assert_eq!(String::from_utf8_lossy(&asked.stdout), "ready\n");
}

/// A store that went away, and one whose schema is behind: not ready, with
/// the reason and nothing of the database's own words; still up.
#[test]
fn readyz_says_why_it_is_not_ready() {
    let db = mariadb();
    let s = serve(&[("PLANADO_DATABASE_URL", db.url())]);
    assert_eq!(http(&s.addr, "GET", "/readyz", "*/*", None).status, 200);
    db.execute("DELETE FROM planado_schema WHERE version = (SELECT v FROM (SELECT MAX(version) AS v FROM planado_schema) AS t)");
    // The answer of the last second stands for a second.
    let cached = http(&s.addr, "GET", "/readyz", "*/*", None);
    assert_eq!(cached.status, 200, "{}", cached.body);
    std::thread::sleep(Duration::from_millis(1100));
    let behind = http(&s.addr, "GET", "/readyz", "*/*", None);
    assert_eq!(behind.status, 503, "{}", behind.body);
    assert!(
        behind
            .body
            .starts_with("not ready: the database schema is version ")
            && behind.body.ends_with("run planado init\n"),
        "{}",
        behind.body
    );
    let asked = planado_health(&["--url", &format!("http://{}/", s.addr)]);
    assert_eq!(asked.status.code(), Some(1), "{asked:?}");
    assert!(String::from_utf8_lossy(&asked.stderr).contains("run planado init"));

    // The database gone under it: refused within the second, in words of
    // Planado's own (the server's would name the database).
    let name = db.url().rsplit('/').next().unwrap().to_string();
    db.execute(&format!("DROP DATABASE `{name}`"));
    std::thread::sleep(Duration::from_millis(1100));
    let began = Instant::now();
    let down = http(&s.addr, "GET", "/readyz", "*/*", None);
    assert!(
        began.elapsed() < Duration::from_secs(3),
        "{:?}",
        began.elapsed()
    );
    assert_eq!(down.status, 503);
    assert_eq!(down.body, "not ready: the database cannot be reached\n");
    assert!(!down.body.contains(&name));
    assert_eq!(http(&s.addr, "GET", "/healthz", "*/*", None).status, 200);
    // Nothing listening at all.
    let nobody = planado_health(&[
        "--url",
        &format!("http://127.0.0.1:{}", common::free_port()),
    ]);
    assert_eq!(nobody.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&nobody.stderr).contains("not answering"));
}

/// A booking through the JSON API: its invite and admin links.
fn book(addr: &str, form: &str) -> (String, String) {
    let answer = http(addr, "POST", "/booking", "application/json", Some(form));
    assert_eq!(answer.status, 201, "{}", answer.body);
    let json = answer.json();
    let path = |key: &str| common::path_of(json[key].as_str().unwrap());
    (path("invite_url"), path("admin_url"))
}

#[test]
fn the_access_log_names_routes_and_never_a_key() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("stderr.log");
    let s = serve_in_shell(
        &format!("exec 2>{};", log.display()),
        &[("PLANADO_ACCESS_LOG", "true")],
    );
    let next_year = common::a_day_next_year();
    let (invite, admin) = book(
        &s.addr,
        &format!("name=Board&date={next_year}&time=10:00&tz=UTC"),
    );
    let waiting = http(&s.addr, "GET", &invite, "text/html", None);
    assert_eq!(waiting.status, 200);
    assert_eq!(http(&s.addr, "GET", &admin, "text/html", None).status, 200);
    let wrong_key = admin.replace("key=", "key=x");
    assert_eq!(
        http(&s.addr, "GET", &wrong_key, "text/html", None).status,
        404
    );
    assert_eq!(
        http(&s.addr, "GET", "/css/planado.css", "*/*", None).status,
        200
    );
    assert_eq!(http(&s.addr, "GET", "/readyz", "*/*", None).status, 200);
    drop(s);
    let written = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = written.lines().filter(|l| l.starts_with("time=")).collect();
    assert_eq!(lines.len(), 6, "{written}");
    let line_re = regex::Regex::new(
        r"^time=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z route=[a-z]+ method=[A-Z]+ status=\d{3} duration_ms=\d+\.\d{3} bytes=\d+$",
    )
    .unwrap();
    for line in &lines {
        assert!(line_re.is_match(line), "{line}");
    }
    let routes: Vec<String> = lines
        .iter()
        .map(|l| {
            l.split(' ')
                .find_map(|f| f.strip_prefix("route="))
                .unwrap()
                .to_string()
                + " "
                + l.split(' ')
                    .find_map(|f| f.strip_prefix("status="))
                    .unwrap()
        })
        .collect();
    assert_eq!(
        routes,
        [
            "booking 201",
            "invite 200",
            "admin 200",
            "admin 404",
            "static 200",
            "readyz 200"
        ]
    );
    // Not the invite id, not the key, not a name, not an address.
    let id = common::invite_id(&invite);
    let key = admin
        .split("key=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    for secret in [id.as_str(), key, "Board", "127.0.0.1", "?"] {
        assert!(
            !written.contains(secret),
            "{secret:?} in the log:\n{written}"
        );
    }
}

/// `/metrics` is off unless asked for.
#[test]
fn no_metrics_unless_asked_for() {
    let s = serve(&[]);
    assert_eq!(http(&s.addr, "GET", "/metrics", "*/*", None).status, 404);
}

/// One value of a Prometheus text exposition (`name{labels}` as written).
fn sample(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' '))
        .unwrap_or_else(|| panic!("no {series} in\n{text}"))
        .parse()
        .unwrap()
}

#[test]
fn metrics_count_what_happened_without_an_id_in_them() {
    let s = serve(&[("PLANADO_METRICS", "true")]);
    let scrape = || {
        let answer = http(&s.addr, "GET", "/metrics", "*/*", None);
        assert_eq!(answer.status, 200);
        assert!(
            answer
                .header("content-type")
                .unwrap()
                .starts_with("text/plain; version=0.0.4")
        );
        answer.body
    };
    let next_year = common::a_day_next_year();
    let (invite, admin) = book(
        &s.addr,
        &format!("name=Board&date={next_year}&time=10:00&tz=UTC"),
    );
    for _ in 0..3 {
        assert_eq!(http(&s.addr, "GET", &invite, "text/html", None).status, 200);
    }
    let entered = http(&s.addr, "POST", &admin, "text/html", Some("action=enter"));
    assert_eq!(entered.status, 303);
    let text = scrape();
    assert_eq!(sample(&text, "planado_bookings_total"), 1.0);
    assert_eq!(sample(&text, "planado_waiting_pages_total"), 3.0);
    assert_eq!(
        sample(&text, r#"planado_room_entries_total{by="organiser"}"#),
        1.0
    );
    assert_eq!(
        sample(
            &text,
            r#"planado_requests_total{handler="invite",status="2xx"}"#
        ),
        3.0
    );
    assert_eq!(
        sample(
            &text,
            r#"planado_requests_total{handler="admin",status="3xx"}"#
        ),
        1.0
    );
    assert_eq!(
        sample(
            &text,
            r#"planado_request_duration_seconds_count{handler="invite"}"#
        ),
        3.0
    );
    assert!(
        text.contains("# TYPE planado_request_duration_seconds histogram"),
        "{text}"
    );
    assert!(sample(&text, "planado_process_start_time_seconds") > 1.7e9);
    assert_eq!(
        sample(
            &text,
            &format!(
                "planado_build_info{{version=\"{}\"}}",
                env!("CARGO_PKG_VERSION")
            )
        ),
        1.0
    );
    assert!(
        text.contains("planado_pool_connections{state=\"idle\"}"),
        "{text}"
    );
    // Nothing of the meeting, the visitor or the organiser.
    let id = common::invite_id(&invite);
    for secret in [id.as_str(), "Board", "127.0.0.1", "Mozilla"] {
        assert!(!text.contains(secret), "{secret:?} in the metrics");
    }
    // promtool, Prometheus's own checker, accepts the exposition.
    let (status, said) = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(std::process::Stdio::piped())
        .output_with(text.as_bytes());
    assert!(status.success(), "promtool: {said}\n{text}");
}

/// Runs a command with `input` on its standard input; its status and what it said.
trait OutputWith {
    fn output_with(&mut self, input: &[u8]) -> (std::process::ExitStatus, String);
}

impl OutputWith for Command {
    fn output_with(&mut self, input: &[u8]) -> (std::process::ExitStatus, String) {
        use std::io::Write;
        let mut child = self
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("promtool is installed (scripts/test installs prometheus)");
        child.stdin.take().unwrap().write_all(input).unwrap();
        let out = child.wait_with_output().unwrap();
        let said = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status, said)
    }
}

/// The real Prometheus scrapes a running `planado serve` on its own metrics
/// address: `up` is 1, and the bookings counter rises after a booking.
#[test]
fn prometheus_scrapes_planado() {
    let metrics_port = common::free_port();
    let metrics_addr = format!("127.0.0.1:{metrics_port}");
    let s = serve(&[
        ("PLANADO_METRICS", "true"),
        ("PLANADO_METRICS_LISTEN", &metrics_addr),
    ]);
    // Not on the pages' address.
    assert_eq!(http(&s.addr, "GET", "/metrics", "*/*", None).status, 404);
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("prometheus.yml");
    std::fs::write(
        &config,
        format!(
            "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\nscrape_configs:\n  - job_name: planado\n    static_configs:\n      - targets: [\"{metrics_addr}\"]\n"
        ),
    )
    .unwrap();
    let port = common::free_port();
    let _prometheus = common::Guard(
        Command::new("prometheus")
            .arg(format!("--config.file={}", config.display()))
            .arg(format!(
                "--storage.tsdb.path={}",
                dir.path().join("data").display()
            ))
            .arg(format!("--web.listen-address=127.0.0.1:{port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("prometheus is installed (scripts/test installs it)"),
    );
    common::wait_for_port(port, "prometheus", None);
    let api = format!("127.0.0.1:{port}");
    let query = |q: &str| -> Option<f64> {
        let path = format!(
            "/api/v1/query?query={}",
            percent_encoding::utf8_percent_encode(q, percent_encoding::NON_ALPHANUMERIC)
        );
        let answer = http(&api, "GET", &path, "application/json", None);
        let json: serde_json::Value = serde_json::from_str(&answer.body).ok()?;
        json["data"]["result"][0]["value"][1].as_str()?.parse().ok()
    };
    let until = |q: &str, want: f64| {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let got = query(q);
            if got == Some(want) {
                return;
            }
            assert!(Instant::now() < deadline, "{q}: {got:?}, not {want}");
            std::thread::sleep(Duration::from_millis(250));
        }
    };
    until(r#"up{job="planado"}"#, 1.0);
    let next_year = common::a_day_next_year();
    book(
        &s.addr,
        &format!("name=x&date={next_year}&time=10:00&tz=UTC"),
    );
    until("planado_bookings_total", 1.0);
    let (invite, _) = book(
        &s.addr,
        &format!("name=x&date={next_year}&time=11:00&tz=UTC"),
    );
    until("planado_bookings_total", 2.0);
    // A visit: the waiting page.
    assert_eq!(http(&s.addr, "GET", &invite, "text/html", None).status, 200);
    until("planado_waiting_pages_total", 1.0);
    until(
        r#"sum(planado_requests_total{handler="booking",status="2xx"})"#,
        2.0,
    );
}
