//! The PHP Planado: a table made with its exact DDL, the import, and its URLs afterwards.
#![allow(unused_imports)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::*;
use crate::common::{self, Guard, HttpAnswer, http};
use mysql::prelude::Queryable;

/// The PHP Planado's table, with its exact DDL, in a MariaDB database.
pub struct LegacyTable {
    pub admin: String,
    pub name: String,
}

impl Drop for LegacyTable {
    fn drop(&mut self) {
        if let Ok(mut c) = mysql::Conn::new(mysql::Opts::from_url(&self.admin).unwrap()) {
            let _ = c.query_drop(format!("DROP DATABASE IF EXISTS `{}`", self.name));
        }
    }
}

pub const IID: i64 = 846_123_456_789_012;

pub const AID: i64 = 731_987_654_321_098;

pub const RID: i64 = 962_555_444_333_222;

pub fn legacy_table() -> (LegacyTable, String) {
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

pub fn table_checksum(url: &str) -> String {
    let mut c = mysql::Conn::new(mysql::Opts::from_url(url).unwrap()).unwrap();
    let rows: Vec<(String, Option<i64>)> = c.query("CHECKSUM TABLE conferences EXTENDED").unwrap();
    format!("{rows:?}")
}

pub fn import(site: &Site, from: &str) -> String {
    let report = common::stdout_of(
        Command::new(common::bin("planado"))
            .args(["import-legacy", "--from", from, "--table", "conferences"])
            .env_clear()
            .env("PLANADO_CONFIG", site.config()),
    );
    site.open_database_files();
    report
}

pub fn legacy_urls(site: &Site, source: &str) {
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
    let new_path = new_admin
        .split(&addr)
        .nth(1)
        .unwrap()
        .split('#')
        .next()
        .unwrap()
        .to_string();
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
