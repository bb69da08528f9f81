//! Backups and moves (issue: for the people who run it): `planado export`
//! writes every meeting and every kept end with all their columns; `planado
//! import` reads them back into any store, again without harm, reporting a
//! meeting that differs and refusing a file from a newer schema; `planado
//! move-store` copies SQLite into a private MariaDB and back, and the links
//! made before the move (invite, organiser, calendar file, feed) keep working.

mod common;

use std::process::{Command, Output};

use common::{Backend, Cgi, query_of};

const NOW: &str = "2026-05-04T08:00:00Z";
const TOKEN: &str = "a-reservations-token-of-the-backup-tests-01";

fn planado(db: &Backend, args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let mut child = Command::new(common::bin("planado"))
        .args(args)
        .env_clear()
        .env("PLANADO_DATABASE_URL", db.url())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn export(db: &Backend) -> String {
    let out = planado(db, &["export"], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

fn cgi(db: &Backend, binary: &str, method: &str, query: &str) -> Cgi {
    Cgi::new(binary, db.url(), method, query)
        .env("PLANADO_RESERVATIONS_API_TOKEN", TOKEN)
        .at(NOW)
}

/// The links of the meetings a store is filled with.
struct Links {
    invite: String,
    admin: String,
    ics: String,
    feed: String,
    cancelled_feed: String,
}

/// A one-off, a series with a skipped meeting and a door, and a cancelled
/// meeting (its end is kept for the subscribed calendars).
fn fill(db: &Backend) -> Links {
    let book = |form: &str| {
        let r = cgi(db, "booking", "POST", "").json().form(form).run();
        assert_eq!(r.status, 201, "{}", r.body);
        r.json()
    };
    book("name=One&date=2026-05-06&time=09:00&tz=Europe%2FBerlin");
    let series = book(
        "name=Series&date=2026-05-05&time=10:00&tz=Europe%2FBerlin&repeat=weekly&count=5&door=1&lobby=true&password=pw",
    );
    let admin = series["admin_url"].as_str().unwrap().to_string();
    let skipped = cgi(db, "admin", "POST", &query_of(&admin))
        .json()
        .form("action=skip&occurrence=2026-05-12T08:00:00Z")
        .run();
    assert_eq!(skipped.status, 200, "{}", skipped.body);
    let doomed = book("name=Doomed&date=2026-05-07&time=09:00&tz=UTC");
    let cancelled = cgi(
        db,
        "admin",
        "POST",
        &query_of(doomed["admin_url"].as_str().unwrap()),
    )
    .json()
    .form("action=cancel")
    .run();
    assert_eq!(cancelled.status, 200, "{}", cancelled.body);
    let url = |v: &serde_json::Value, key: &str| v[key].as_str().unwrap().to_string();
    Links {
        invite: url(&series, "invite_url"),
        admin,
        ics: url(&series, "ics_url"),
        feed: url(&series, "feed_url"),
        cancelled_feed: url(&doomed, "feed_url"),
    }
}

/// Every link answers as it did before the move.
fn links_work(db: &Backend, links: &Links) {
    let get = |binary: &str, url: &str| cgi(db, binary, "GET", &query_of(url)).run();
    let waiting = get("invite", &links.invite);
    assert_eq!(waiting.status, 200, "{}", waiting.body);
    assert!(waiting.body.contains("id=\"waiting\""), "{}", waiting.body);
    let admin = cgi(db, "admin", "GET", &query_of(&links.admin))
        .json()
        .run();
    assert_eq!(admin.status, 200, "{}", admin.body);
    let summary = admin.json();
    assert_eq!(summary["lobby"], true);
    assert_eq!(summary["password"], "pw");
    assert_eq!(summary["occurrences"][1]["status"], "skipped", "{summary}");
    let ics = get("ics", &links.ics);
    assert_eq!(ics.status, 200);
    assert!(ics.body.contains("BEGIN:VEVENT"));
    let feed = get("ics", &links.feed);
    assert_eq!(feed.status, 200);
    assert!(feed.body.contains("EXDATE"), "the skip: {}", feed.body);
    let gone = get("ics", &links.cancelled_feed);
    assert_eq!(gone.status, 200, "{}", gone.body);
    assert!(gone.body.contains("STATUS:CANCELLED"), "{}", gone.body);
}

#[test]
fn an_export_is_read_back_whole_and_again_without_harm() {
    let source = common::sqlite();
    fill(&source);
    let exported = export(&source);
    let lines: Vec<serde_json::Value> = exported
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["planado_export"], 1);
    assert!(lines[0]["schema"].as_u64().unwrap() >= 10, "{}", lines[0]);
    let meetings = lines.iter().filter(|l| l.get("meeting").is_some()).count();
    let ended = lines.iter().filter(|l| l.get("ended").is_some()).count();
    assert_eq!((meetings, ended, lines.len()), (2, 1, 4), "{exported}");
    let series = lines
        .iter()
        .find_map(|l| l.get("meeting").filter(|m| m["repeat_rule"] == "weekly"))
        .unwrap();
    // Every column, the key only as its hash.
    for column in [
        "admin_key_hash",
        "exceptions",
        "room_password",
        "lobby",
        "changed_at",
        "opened_early_for",
    ] {
        assert!(series.get(column).is_some(), "{column} in {series}");
    }
    assert_eq!(series["admin_key_hash"].as_str().unwrap().len(), 64);
    assert!(
        !exported.contains("Series"),
        "a name is never stored, so never exported"
    );

    let target = common::sqlite();
    let first = planado(&target, &["import"], Some(&exported));
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert_eq!(
        text(&first.stdout).trim(),
        "imported 2 meetings and 1 ended ones; 0 already present"
    );
    assert_eq!(export(&target), exported, "the copy is the original");
    let again = planado(&target, &["import"], Some(&exported));
    assert!(again.status.success());
    assert_eq!(
        text(&again.stdout).trim(),
        "imported 0 meetings and 0 ended ones; 3 already present"
    );

    // A meeting changed in the target since: reported, left as it is.
    target.execute("UPDATE meetings SET sequence = sequence + 5 WHERE repeat_rule = 'weekly'");
    let changed = export(&target);
    let conflict = planado(&target, &["import"], Some(&exported));
    assert_eq!(conflict.status.code(), Some(1));
    let id = series["invite_id"].as_str().unwrap();
    let said = text(&conflict.stderr);
    // Named by its line, never by its invite id (the report goes to cron's mail).
    let line = 1 + exported.lines().position(|l| l.contains(id)).unwrap();
    assert!(
        said.contains(&format!(
            "1 present with other values or ended there, left as they are: line {line}"
        )) && !said.contains(id),
        "{said}"
    );
    assert_eq!(export(&target), changed);
}

/// An old backup never brings a cancelled meeting back: the meeting that
/// has ended in the store since is reported and stays ended.
#[test]
fn an_old_backup_does_not_bring_a_cancelled_meeting_back() {
    let db = common::sqlite();
    let links = fill(&db);
    let backup = export(&db);
    let cancelled = cgi(&db, "admin", "POST", &query_of(&links.admin))
        .json()
        .form("action=cancel")
        .run();
    assert_eq!(cancelled.status, 200, "{}", cancelled.body);
    let restored = planado(&db, &["import"], Some(&backup));
    assert_eq!(
        restored.status.code(),
        Some(1),
        "{}",
        text(&restored.stdout)
    );
    assert!(text(&restored.stderr).contains("1 present with other values or ended there"));
    let gone = cgi(&db, "invite", "GET", &query_of(&links.invite)).run();
    assert_ne!(
        gone.status, 200,
        "the cancelled meeting stays cancelled: {}",
        gone.body
    );
    assert!(!gone.body.contains("id=\"waiting\""));
}

/// `planado export` takes the store as it stands: a wrong path is an error,
/// not an empty backup (nor a new empty database).
#[test]
fn an_export_of_a_missing_store_fails() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere.sqlite");
    let out = Command::new(common::bin("planado"))
        .arg("export")
        .env_clear()
        .env(
            "PLANADO_DATABASE_URL",
            format!("sqlite:{}", missing.display()),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(!missing.exists(), "export made a database");
}

#[test]
fn a_file_that_is_not_an_export_or_from_a_newer_schema_is_refused() {
    let source = common::sqlite();
    fill(&source);
    let exported = export(&source);
    // Refused before the store is even made.
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("fresh.sqlite");
    let untouched = Backend::Sqlite {
        _dir: tempfile::tempdir().unwrap(),
        url: format!("sqlite:{}", fresh.display()),
    };
    let newer = exported.replacen("\"schema\":", "\"schema\":9", 1);
    let refused = planado(&untouched, &["import"], Some(&newer));
    assert!(!fresh.exists(), "a refused file made a database");
    let target = common::sqlite();
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).contains("newer than this Planado's"),
        "{}",
        text(&refused.stderr)
    );
    let garbage = planado(&target, &["import"], Some("id,start\nabc,2026-01-01\n"));
    assert_eq!(garbage.status.code(), Some(1));
    assert!(text(&garbage.stderr).contains("not a Planado export"));
    assert_eq!(target.count(), 0, "nothing of a refused file is written");
    // A broken line after a good one: the import stops there, says where,
    // and the mended file imports the rest.
    let mut lines: Vec<&str> = exported.lines().collect();
    let good = lines[1];
    lines.insert(2, r#"{"meeting":{"invite_id":"x"}}"#);
    let broken = lines.join("\n") + "\n";
    let stopped = planado(&target, &["import"], Some(&broken));
    assert_eq!(stopped.status.code(), Some(1));
    let said = text(&stopped.stderr);
    assert!(
        said.contains("import: line 3: a row this Planado cannot read"),
        "{said}"
    );
    assert_eq!(
        target.count(),
        usize::from(good.contains("\"meeting\"")),
        "{said}"
    );
    let mended = planado(&target, &["import"], Some(&exported));
    assert!(mended.status.success(), "{}", text(&mended.stderr));
    assert_eq!(export(&target), exported);
}

#[test]
fn a_move_to_mariadb_and_back_keeps_every_link() {
    let sqlite = common::sqlite();
    let links = fill(&sqlite);
    let before = export(&sqlite);
    let mariadb = common::mariadb();
    let moved = planado(&sqlite, &["move-store", "--to", mariadb.url()], None);
    assert!(moved.status.success(), "{}", text(&moved.stderr));
    let said = text(&moved.stdout);
    assert!(
        said.contains("imported 2 meetings and 1 ended ones"),
        "{said}"
    );
    assert!(
        said.contains(
            "set database_url to the URL given to --to (here without its password: mysql://"
        ),
        "{said}"
    );
    assert!(
        !said.contains("planado_test:planado_test@"),
        "no password: {said}"
    );
    assert_eq!(export(&mariadb), before, "MariaDB holds what SQLite held");
    links_work(&mariadb, &links);
    assert_eq!(export(&sqlite), before, "the old store is left as it was");

    let back = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", back.path().join("back.sqlite").display());
    // The URL on standard input, out of the process list.
    let returned = planado(
        &mariadb,
        &["move-store", "--to", "-"],
        Some(&format!("{url}\n")),
    );
    assert!(returned.status.success(), "{}", text(&returned.stderr));
    let sqlite_again = Backend::Sqlite { _dir: back, url };
    assert_eq!(export(&sqlite_again), before);
    links_work(&sqlite_again, &links);
    let same = planado(&mariadb, &["move-store", "--to", mariadb.url()], None);
    assert_eq!(same.status.code(), Some(1));
}
