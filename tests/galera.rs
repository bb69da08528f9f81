//! A real three-node MariaDB Galera cluster (scripts/galera-cluster, started by
//! scripts/test) under the CGI binaries: a booking is seen through every node
//! at once; cleanups on two nodes at once advance every series exactly once;
//! visitors arriving at a passed occurrence through different nodes share one
//! room; a node killed under load costs nothing but 503s, loses no booking,
//! and rejoins by IST.

mod common;

use std::collections::HashSet;
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use common::{Cgi, Response};
use mysql::prelude::Queryable;

/// The tests share one cluster and one of them kills a node: one at a time.
static CLUSTER: Mutex<()> = Mutex::new(());

struct Cluster {
    /// `127.0.0.1:P` of each node, in order.
    hosts: Vec<String>,
    dir: String,
    database: String,
}

impl Cluster {
    /// A fresh database on the cluster (made through node 1, so on all).
    fn with_database(name: &str) -> Cluster {
        let hosts: Vec<String> = std::env::var("PLANADO_TEST_GALERA")
            .expect("PLANADO_TEST_GALERA lists the cluster's nodes; scripts/test starts one (scripts/galera-cluster start target/galera)")
            .split(',')
            .map(str::to_string)
            .collect();
        assert_eq!(hosts.len(), 3, "three nodes");
        let dir = std::env::var("PLANADO_TEST_GALERA_DIR").expect("PLANADO_TEST_GALERA_DIR");
        let database = format!("planado_test_galera_{name}");
        let cluster = Cluster {
            hosts,
            dir,
            database,
        };
        let mut conn = cluster.node(1);
        conn.query_drop(format!("DROP DATABASE IF EXISTS {}", cluster.database))
            .unwrap();
        conn.query_drop(format!("CREATE DATABASE {}", cluster.database))
            .unwrap();
        let init = common::stdout_of(
            Command::new(common::bin("planado"))
                .arg("init")
                .env_clear()
                .env("PLANADO_DATABASE_URL", cluster.url()),
        );
        assert!(init.contains("applied migrations"), "{init}");
        cluster
    }

    fn url_of(&self, hosts: &[&str]) -> String {
        format!(
            "mysql://planado_test:planado_test@{}/{}",
            hosts.join(","),
            self.database
        )
    }

    /// The cluster URL of all three nodes, as an operator writes it.
    fn url(&self) -> String {
        let hosts: Vec<&str> = self.hosts.iter().map(String::as_str).collect();
        self.url_of(&hosts)
    }

    /// A cluster URL whose only live node is `n` (the other refuses at
    /// once): a process with it lands on node `n`, as a cluster client.
    fn via(&self, n: usize) -> String {
        self.url_of(&["127.0.0.1:1", &self.hosts[n - 1]])
    }

    /// A plain connection to node `n`, for looking at what it holds.
    fn node(&self, n: usize) -> mysql::Conn {
        let url = format!("mysql://planado_test:planado_test@{}/", self.hosts[n - 1]);
        mysql::Conn::new(mysql::Opts::from_url(&url).unwrap()).unwrap()
    }

    fn invite_ids_on(&self, n: usize) -> HashSet<String> {
        self.node(n)
            .query(format!("SELECT invite_id FROM {}.meetings", self.database))
            .unwrap()
            .into_iter()
            .collect()
    }

    fn script(&self, args: &[&str]) -> String {
        let out = Command::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scripts/galera-cluster"
        ))
        .args(args)
        .output()
        .unwrap();
        assert!(
            out.status.success(),
            "galera-cluster {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        if let Ok(mut conn) = std::panic::catch_unwind(|| self.node(1)) {
            let _ = conn.query_drop(format!("DROP DATABASE IF EXISTS {}", self.database));
        }
    }
}

fn rfc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn book(url: &str, now: &str, form: &str) -> Response {
    Cgi::new("booking", url, "POST", "")
        .json()
        .at(now)
        .form(form)
        .run()
}

fn invite(url: &str, now: &str, invite_url: &str) -> Response {
    Cgi::new("invite", url, "GET", &common::query_of(invite_url))
        .json()
        .at(now)
        .run()
}

const NOW: &str = "2026-06-01T08:00:00Z";

#[test]
fn a_booking_is_seen_through_every_node_at_once() {
    let _one = CLUSTER.lock().unwrap_or_else(|e| e.into_inner());
    let cluster = Cluster::with_database("seen");
    for i in 0..30 {
        let (write, read) = (1 + i % 3, [1 + (i + 1) % 3, 1 + (i + 2) % 3]);
        let b = book(
            &cluster.via(write),
            NOW,
            "name=x&date=2026-06-02&time=10:00&tz=Europe%2FBerlin",
        );
        assert_eq!(b.status, 201, "{}", b.body);
        let invite_url = b.json()["invite_url"].as_str().unwrap().to_string();
        for n in read {
            let r = invite(&cluster.via(n), NOW, &invite_url);
            assert_eq!(
                r.status, 200,
                "booked through node {write}, read at once through node {n}: {}",
                r.body
            );
            assert_eq!(r.json()["status"], "waiting");
        }
    }
}

/// "planado cleanup: deleted 3 meetings, advanced 2 recurring meetings (1 batches, 0 retries)"
fn cleanup_report(url: &str, now: DateTime<Utc>) -> std::process::Child {
    Command::new(common::bin("cleanup"))
        .env_clear()
        .env("PLANADO_DATABASE_URL", url)
        .env("PLANADO_TEST_NOW", rfc(now))
        // Each batch waits before its commit, so that the two cleanups hold
        // their transactions at the same time and the cluster must settle it.
        .env("PLANADO_TEST_PAUSE", "cleanup-commit:300")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

fn number_after(text: &str, word: &str) -> u64 {
    text.split(word)
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .and_then(|n| n.trim_end_matches([',', ')']).parse().ok())
        .unwrap_or_else(|| panic!("no {word} in {text:?}"))
}

#[test]
fn cleanups_on_two_nodes_at_once_move_every_series_once() {
    let _one = CLUSTER.lock().unwrap_or_else(|e| e.into_inner());
    let cluster = Cluster::with_database("cleanup");
    let (series, one_offs) = (240, 60);
    for i in 0..series + one_offs {
        let form = if i < series {
            "name=s&date=2026-06-02&time=10:00&tz=UTC&repeat=weekly&count=3"
        } else {
            "name=o&date=2026-06-02&time=10:00&tz=UTC"
        };
        assert_eq!(book(&cluster.via(1 + i % 3), NOW, form).status, 201);
    }
    let week = chrono::Duration::weeks(1);
    let after_first: DateTime<Utc> = "2026-06-03T12:00:00Z".parse().unwrap();
    let mut retries = 0;
    for round in 0..3 {
        let at = after_first + week * round;
        let a = cleanup_report(&cluster.via(1), at);
        let b = cleanup_report(&cluster.via(2), at);
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        assert!(
            a.status.success() && b.status.success(),
            "{}{}",
            String::from_utf8_lossy(&a.stderr),
            String::from_utf8_lossy(&b.stderr)
        );
        let (a, b) = (
            String::from_utf8_lossy(&a.stdout).to_string(),
            String::from_utf8_lossy(&b.stdout).to_string(),
        );
        let advanced = number_after(&a, "advanced ") + number_after(&b, "advanced ");
        let deleted = number_after(&a, "deleted ") + number_after(&b, "deleted ");
        retries += number_after(&a, "batches, ") + number_after(&b, "batches, ");
        let round = round as usize;
        let (want_advanced, want_deleted) = match round {
            0 => (series, one_offs),
            1 => (series, 0),
            _ => (0, series),
        };
        assert_eq!(advanced as usize, want_advanced, "round {round}: {a}{b}");
        assert_eq!(deleted as usize, want_deleted, "round {round}: {a}{b}");
        let left: Vec<(u32, u32)> = cluster
            .node(3)
            .query(format!(
                "SELECT occurrence, COUNT(*) FROM {}.meetings GROUP BY occurrence",
                cluster.database
            ))
            .unwrap();
        let expected = if round < 2 {
            vec![(round as u32 + 1, series as u32)]
        } else {
            vec![]
        };
        assert_eq!(left, expected, "round {round}, read through node 3");
    }
    eprintln!(
        "galera: two cleanups at once on two nodes, {} series and {} one-offs over three rounds: {retries} statements retried",
        series, one_offs
    );
    assert!(
        retries >= 1,
        "the two cleanups overlapped: the cluster refused one's commit and it ran again"
    );
}

#[test]
fn visitors_of_a_passed_occurrence_through_every_node_share_one_room() {
    let _one = CLUSTER.lock().unwrap_or_else(|e| e.into_inner());
    let cluster = Cluster::with_database("room");
    let b = book(
        &cluster.url(),
        NOW,
        "name=x&date=2026-06-02&time=10:00&tz=UTC&repeat=weekly&count=4",
    );
    let invite_url = b.json()["invite_url"].as_str().unwrap().to_string();
    let second = "2026-06-09T10:00:30Z";
    let visitors: Vec<_> = (0..24)
        .map(|i| {
            let url = cluster.via(1 + i % 3);
            let invite_url = invite_url.clone();
            std::thread::spawn(move || {
                Cgi::new("invite", &url, "GET", &common::query_of(&invite_url))
                    .at(second)
                    .run()
            })
        })
        .collect();
    let rooms: HashSet<String> = visitors
        .into_iter()
        .map(|v| {
            let r = v.join().unwrap();
            assert_eq!(r.status, 303, "{}", r.body);
            r.header("Location").unwrap().to_string()
        })
        .collect();
    assert_eq!(rooms.len(), 1, "one room for everyone: {rooms:?}");
    let stored: Vec<String> = cluster
        .node(3)
        .query(format!("SELECT room_id FROM {}.meetings", cluster.database))
        .unwrap();
    assert!(rooms.iter().next().unwrap().ends_with(&stored[0]));
}

#[test]
fn a_node_killed_under_load_loses_nothing_and_rejoins() {
    let _one = CLUSTER.lock().unwrap_or_else(|e| e.into_inner());
    let cluster = Cluster::with_database("kill");
    let url = cluster.url();
    let now = Utc::now();
    let date = (now + chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let form = format!("name=load&date={date}&time=10:00&tz=UTC");
    let stop_at = Instant::now() + Duration::from_secs(9);
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let (url, form) = (url.clone(), form.clone());
            std::thread::spawn(move || {
                let mut booked = Vec::new();
                let mut statuses = Vec::new();
                while Instant::now() < stop_at {
                    let b = Cgi::new("booking", &url, "POST", "")
                        .json()
                        .form(&form)
                        .run();
                    statuses.push(b.status);
                    if b.status == 201 {
                        let invite_url = b.json()["invite_url"].as_str().unwrap().to_string();
                        booked.push(common::invite_id(&invite_url));
                        let v = Cgi::new("invite", &url, "GET", &common::query_of(&invite_url))
                            .json()
                            .run();
                        statuses.push(v.status);
                    }
                }
                (booked, statuses)
            })
        })
        .collect();
    std::thread::sleep(Duration::from_secs(2));
    cluster.script(&["kill", &cluster.dir, "3"]);
    std::thread::sleep(Duration::from_secs(3));
    let rejoin_seconds = cluster.script(&["rejoin", &cluster.dir, "3"]);
    let mut booked = Vec::new();
    let mut statuses = Vec::new();
    for w in workers {
        let (b, s) = w.join().unwrap();
        booked.extend(b);
        statuses.extend(s);
    }
    for status in &statuses {
        assert!(
            [200, 201, 503].contains(status),
            "a visitor saw {status} while a node died and came back"
        );
    }
    let unavailable = statuses.iter().filter(|s| **s == 503).count();
    assert!(
        booked.len() > 20,
        "the load went on: {} bookings",
        booked.len()
    );
    for n in [1, 2, 3] {
        let held = cluster.invite_ids_on(n);
        let missing: Vec<&String> = booked.iter().filter(|id| !held.contains(*id)).collect();
        assert!(
            missing.is_empty(),
            "node {n} lacks bookings that were confirmed: {missing:?}"
        );
    }
    let log = std::fs::read_to_string(format!("{}/node3/error.log", cluster.dir)).unwrap();
    assert!(log.contains("IST received"), "node 3 caught up by IST");
    let status = cluster.script(&["status", &cluster.dir, "3"]);
    assert_eq!(status, "size=3 ready=ON state=Synced");
    let served = Cgi::new(
        "invite",
        &cluster.via(3),
        "GET",
        &format!("id={}", booked[0]),
    )
    .json()
    .run();
    assert_eq!(served.status, 200, "node 3 serves again: {}", served.body);
    eprintln!(
        "galera: a node killed under load: {} requests, {} bookings, {unavailable} answered 503; the node rejoined in {rejoin_seconds} s",
        statuses.len(),
        booked.len()
    );
}

/// `planado serve` on the cluster is ready while one node is (here with a
/// URL whose first node refuses, as one that is down does).
#[test]
fn ready_while_a_node_of_the_cluster_is() {
    let _one = CLUSTER.lock().unwrap_or_else(|e| e.into_inner());
    let cluster = Cluster::with_database("ready");
    let s = common::serve(&[("PLANADO_DATABASE_URL", &cluster.url())]);
    let ready = common::http(&s.addr, "GET", "/readyz", "*/*", None);
    assert_eq!((ready.status, ready.body.as_str()), (200, "ready\n"));
    let one_left = common::serve(&[("PLANADO_DATABASE_URL", &cluster.via(2))]);
    let ready = common::http(&one_left.addr, "GET", "/readyz", "*/*", None);
    assert_eq!((ready.status, ready.body.as_str()), (200, "ready\n"));
    // `planado check` names each node's state and the node it reached.
    let check = common::stdout_of(
        std::process::Command::new(common::bin("planado"))
            .arg("check")
            .env_clear()
            .env("PLANADO_DATABASE_URL", cluster.via(2)),
    );
    assert!(check.contains("  127.0.0.1:1: unreachable"), "{check}");
    assert!(
        check.contains(&format!(
            "  {}: up, wsrep_ready ON, Synced, cluster of 3",
            cluster.hosts[1]
        )),
        "{check}"
    );
    let reached = format!(
        "database: reachable over TCP to {} (server ",
        cluster.hosts[1]
    );
    assert!(
        check.contains(&reached) && check.contains(", a Galera node, "),
        "{check}"
    );
}
