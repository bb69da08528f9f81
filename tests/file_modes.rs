//! The SQLite file holds ids and rooms: on a shared host, other accounts must
//! not read it. Planado creates it (and SQLite its `-wal` and `-shm`) with
//! `database_file_mode` (0600 by default), whatever the umask, and
//! `planado init` takes away what an older version or a hand left open.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// `planado init` under umask 022, as most hosts have it.
fn init(url: &str, extra: &[(&str, &str)]) -> String {
    common::stdout_of(
        Command::new("sh")
            .args(["-c", "umask 022 && exec \"$0\" init"])
            .arg(common::bin("planado"))
            .env_clear()
            .env("PLANADO_DATABASE_URL", url)
            .envs(extra.iter().copied()),
    )
}

/// The modes of the database file and, while a connection holds them open, of
/// its `-wal` and `-shm` files.
fn modes_while_open(db: &std::path::Path) -> [u32; 3] {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("SELECT COUNT(*) FROM meetings", [], |r| r.get::<_, i64>(0))
        .unwrap();
    let with = |suffix: &str| {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        mode(std::path::Path::new(&p))
    };
    let modes = [mode(db), with("-wal"), with("-shm")];
    drop(conn);
    modes
}

#[test]
fn a_new_database_is_private() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("planado.sqlite");
    init(&format!("sqlite:{}", db.display()), &[]);
    assert_eq!(modes_while_open(&db), [0o600; 3]);
}

#[test]
fn the_operator_may_share_it_with_a_group() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("planado.sqlite");
    init(
        &format!("sqlite:{}", db.display()),
        &[("PLANADO_DATABASE_FILE_MODE", "0660")],
    );
    assert_eq!(modes_while_open(&db), [0o660; 3], "not cut by the umask");
}

#[test]
fn a_booking_creates_the_file_privately_too() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("planado.sqlite");
    let url = format!("sqlite:{}", db.display());
    let r = common::Cgi::new("booking", &url, "POST", "")
        .json()
        .at("2026-05-04T08:00:00Z")
        .form("name=x&date=2026-05-05&time=10:00")
        .run();
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(mode(&db), 0o600);
}

#[test]
fn init_restricts_an_open_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("planado.sqlite");
    let url = format!("sqlite:{}", db.display());
    init(&url, &[]);
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let said = init(&url, &[]);
    assert!(said.contains("from 0644 to 0600"), "{said}");
    assert_eq!(mode(&db), 0o600);
    assert!(init(&url, &[]).contains("up to date"), "nothing more to do");
    let refused = Command::new(common::bin("planado"))
        .arg("init")
        .env_clear()
        .env("PLANADO_DATABASE_URL", &url)
        .env("PLANADO_DATABASE_FILE_MODE", "0666")
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("database_file_mode"),
        "the message names the key"
    );
}

/// A reading request leaves SQLite's `-wal` and `-shm` files where they are:
/// no request creates, checkpoints and deletes them (both stay the same files,
/// with the database's mode). The operator's commands, which may run as
/// another user, leave none behind.
#[test]
fn readers_leave_the_wal_files_in_place() {
    use std::os::unix::fs::MetadataExt;
    let db = common::sqlite();
    let path = db.url().strip_prefix("sqlite:").unwrap().to_string();
    for suffix in ["-wal", "-shm"] {
        let file = format!("{path}{suffix}");
        assert!(
            !std::path::Path::new(&file).exists(),
            "planado init left {file}"
        );
    }
    let booked = common::book(
        &db,
        "2026-03-20T10:00:00Z",
        "name=x&date=2026-03-21&time=09:00&tz=UTC",
    );
    let inode = |suffix: &str| {
        let file = format!("{path}{suffix}");
        let meta = std::fs::metadata(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(meta.mode() & 0o777, 0o600, "{file}");
        meta.ino()
    };
    let before = [inode("-wal"), inode("-shm")];
    let query = common::query_of(booked["invite_url"].as_str().unwrap());
    for _ in 0..3 {
        let r = common::Cgi::new("invite", db.url(), "GET", &query)
            .at("2026-03-20T10:00:00Z")
            .run();
        assert_eq!(r.status, 200, "{}", r.body);
    }
    assert_eq!([inode("-wal"), inode("-shm")], before);
}
