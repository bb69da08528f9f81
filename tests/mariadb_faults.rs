//! Faults on a MariaDB server of the test's own (scripts/mariadb-server): the
//! server stopped under the binaries and started again; cleanup killed while
//! it is inside a batch's transaction; two cleanups whose transactions meet.
//! Each test checks that its fault really happened where it says.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Cgi, PrivateMariaDb};

const NOW: &str = "2026-05-04T08:00:00Z";

fn init(url: &str) {
    common::stdout_of(
        Command::new(common::bin("planado"))
            .arg("init")
            .env_clear()
            .env("PLANADO_DATABASE_URL", url),
    );
}

#[test]
fn an_outage_gives_503_pages_and_service_comes_back_by_itself() {
    let server = PrivateMariaDb::start();
    let url = server.database("planado_test_outage");
    init(&url);
    let booked = Cgi::new("booking", &url, "POST", "")
        .json()
        .at(NOW)
        .form("name=x&date=2026-05-05&time=10:00")
        .run();
    assert_eq!(booked.status, 201, "{}", booked.body);
    let invite_q = common::query_of(booked.json()["invite_url"].as_str().unwrap());

    server.stop();
    let page = Cgi::new("invite", &url, "GET", &invite_q).at(NOW).run();
    assert_eq!(page.status, 503);
    assert!(
        page.body.contains("database cannot be reached") || page.body.contains("database is"),
        "a page that says so: {}",
        page.body
    );
    let refused = Cgi::new("booking", &url, "POST", "")
        .json()
        .at(NOW)
        .form("name=y&date=2026-05-05&time=10:00")
        .run();
    assert_eq!(
        (refused.status, refused.json()["code"].as_str()),
        (503, Some("service_unavailable"))
    );
    assert!(
        refused.stderr.contains("503"),
        "the detail goes to the log: {}",
        refused.stderr
    );

    server.restart();
    let back = Cgi::new("invite", &url, "GET", &invite_q)
        .json()
        .at(NOW)
        .run();
    assert_eq!(back.status, 200, "{}", back.body);
    assert_eq!(back.json()["status"], "waiting");
    let again = Cgi::new("booking", &url, "POST", "")
        .json()
        .at(NOW)
        .form("name=z&date=2026-05-05&time=10:00")
        .run();
    assert_eq!(again.status, 201, "{}", again.body);
}

const SERIES: u32 = 20_000;
const T0: i64 = 1_780_000_000;

/// `SERIES` daily series of ten, all at their first occurrence and due; at
/// `now_for_cleanup()` each belongs at its fourth.
fn due_series(server: &PrivateMariaDb, db: &str) {
    server.root_sql(&format!(
        "USE `{db}`; INSERT INTO meetings (invite_id, room_id, admin_key_hash, series_start, time_zone, repeat_rule, \
         occurrences, occurrence, start_at, due_at, sequence) \
         SELECT CONCAT('s', LPAD(seq, 8, '0')), CONCAT('r0', LPAD(seq, 8, '0')), X'00', {T0}, 'UTC', 'daily', \
         10, 0, {T0}, {T0} + 82800, 0 FROM seq_1_to_{SERIES}"
    ));
}

fn now_for_cleanup() -> String {
    chrono::DateTime::from_timestamp(T0 + 3 * 86_400 + 3600, 0)
        .unwrap()
        .to_rfc3339()
}

fn cleanup(url: &str, pause_ms: u32) -> std::process::Child {
    Command::new(common::bin("cleanup"))
        .env_clear()
        .env("PLANADO_DATABASE_URL", url)
        .env("PLANADO_TEST_NOW", now_for_cleanup())
        .env("PLANADO_TEST_PAUSE", format!("cleanup-commit:{pause_ms}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// How many series are at occurrence 0, at occurrence 3, and how many are
/// half-written: a start, due time or room that does not belong to the
/// occurrence the row says.
fn tally(server: &PrivateMariaDb, db: &str) -> (u32, u32, u32) {
    let day = 86_400;
    let out = server.root_sql(&format!(
        "SELECT SUM(occurrence = 0 AND start_at = {T0} AND room_id LIKE 'r0%'), \
                SUM(occurrence = 3 AND start_at = {T0} + 3 * {day} AND due_at = {T0} + 3 * {day} + 82800 \
                    AND room_id NOT LIKE 'r0%' AND LENGTH(room_id) = 32), \
                COUNT(*) FROM `{db}`.meetings"
    ));
    let n: Vec<u32> = out
        .split_whitespace()
        .map(|v| v.parse().unwrap_or(0))
        .collect();
    (n[0], n[1], n[2] - n[0] - n[1])
}

/// Waits until `check` holds, or fails after `limit` saying `what`. (Not more
/// often than every 150 ms: InnoDB refreshes what `innodb_trx` shows only when
/// it was not read for 100 ms.)
fn wait_for(what: &str, limit: Duration, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !check() {
        assert!(Instant::now() < deadline, "never saw {what}");
        std::thread::sleep(Duration::from_millis(150));
    }
}

fn parse_advanced(report: &str) -> u32 {
    report
        .split("advanced ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count in {report:?}"))
}

#[test]
fn cleanup_killed_inside_a_batch_leaves_nothing_half_written() {
    let server = PrivateMariaDb::start();
    let db = "planado_test_kill";
    let url = server.database(db);
    init(&url);
    due_series(&server, db);
    let mut victim = cleanup(&url, 400);
    // Some batches committed, and the next one inside its transaction with
    // rows changed but not committed: that is where the kill lands.
    let mut committed = 0;
    wait_for(
        "a batch in flight after two committed",
        Duration::from_secs(60),
        || {
            committed = tally(&server, db).1;
            let in_flight = server.root_sql(
            "SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_rows_modified >= 1000",
        );
            committed >= 2000 && in_flight.trim() == "1"
        },
    );
    victim.kill().unwrap();
    victim.wait().unwrap();
    let (waiting, moved, broken) = tally(&server, db);
    assert_eq!(broken, 0, "half-written series after the kill");
    assert_eq!(moved % 1000, 0, "only whole batches: {moved}");
    assert!(moved >= committed && moved < SERIES, "{moved} moved");
    assert_eq!(waiting + moved, SERIES);

    let rerun = cleanup(&url, 0).wait_with_output().unwrap();
    assert!(rerun.status.success());
    let report = String::from_utf8_lossy(&rerun.stdout);
    assert_eq!(parse_advanced(&report), SERIES - moved, "{report}");
    assert_eq!(tally(&server, db), (0, SERIES, 0), "every series once");
}

#[test]
fn two_cleanups_at_once_meet_and_move_each_series_once() {
    let server = PrivateMariaDb::start();
    let db = "planado_test_twice";
    let url = server.database(db);
    init(&url);
    due_series(&server, db);
    let both = [cleanup(&url, 300), cleanup(&url, 300)];
    // Their transactions meet: both open at the same moment, one waiting for
    // the rows the other holds.
    wait_for(
        "two cleanup transactions at once",
        Duration::from_secs(60),
        || {
            let seen = server.root_sql(
                "SELECT COUNT(DISTINCT trx_mysql_thread_id), SUM(trx_state = 'LOCK WAIT') \
             FROM information_schema.innodb_trx",
            );
            let n: Vec<u32> = seen
                .split_whitespace()
                .map(|v| v.parse().unwrap_or(0))
                .collect();
            n.len() == 2 && n[0] >= 2 && n[1] >= 1
        },
    );
    let mut advanced = 0;
    for child in both {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        advanced += parse_advanced(&String::from_utf8_lossy(&out.stdout));
    }
    assert_eq!(advanced, SERIES, "each series advanced once between them");
    assert_eq!(tally(&server, db), (0, SERIES, 0));
}
