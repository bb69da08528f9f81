//! `planado init` on a database made by the previous release, with meetings in
//! it: the missing migration is applied, the meetings keep working, and what
//! the new schema allows (a weekday repetition's longer name, a room that opens
//! early, a skipped occurrence, a kept end) can be booked.

mod common;

use common::{Backend, Cgi, book, query_of};

const NOW: &str = "2026-05-04T08:00:00Z";

/// Turns a fresh database back into schema version 3, as an earlier release
/// left it (without the columns of 5 and 6 and the room index of 7).
fn make_it_version_3(db: &Backend) {
    for column in [
        "open_early_minutes",
        "length_minutes",
        "reminder_minutes",
        "opened_early_for",
        "lobby",
        "room_password",
        "max_participants",
        "password_in_invitation",
        "exceptions",
        "changed_at",
    ] {
        db.execute(&format!("ALTER TABLE meetings DROP COLUMN {column}"));
    }
    db.execute("DROP TABLE ended_meetings");
    db.execute(if db.is_mariadb() {
        "DROP INDEX meetings_room ON meetings"
    } else {
        "DROP INDEX meetings_room"
    });
    if db.is_mariadb() {
        db.execute(
            "ALTER TABLE meetings MODIFY repeat_rule VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL",
        );
        db.execute("DELETE FROM planado_schema WHERE version > 3");
    } else {
        db.execute("PRAGMA user_version = 3");
    }
}

fn init(db: &Backend) -> String {
    common::stdout_of(
        std::process::Command::new(common::bin("planado"))
            .arg("init")
            .env_clear()
            .env("PLANADO_DATABASE_URL", db.url()),
    )
}

fn an_older_schema_with_meetings_is_migrated(db: Backend) {
    let old = book(
        &db,
        NOW,
        "name=x&date=2026-05-05&time=10:00&tz=Europe%2FBerlin&repeat=weekly&count=4",
    );
    make_it_version_3(&db);
    assert_eq!(
        init(&db).trim(),
        "applied migrations [4, 5, 6, 7, 8, 9, 10]"
    );
    assert!(
        init(&db).starts_with("schema is up to date"),
        "init runs again"
    );
    let invite = Cgi::new(
        "invite",
        db.url(),
        "GET",
        &query_of(old["invite_url"].as_str().unwrap()),
    )
    .at(NOW)
    .json()
    .run();
    assert_eq!(invite.json()["start"], "2026-05-05T08:00:00Z");
    assert_eq!(
        invite.json()["opens"],
        "2026-05-05T08:00:00Z",
        "opens at the start, as before"
    );
    let new = book(
        &db,
        NOW,
        "name=x&date=2026-05-29&time=10:00&tz=Europe%2FBerlin&repeat=monthly_last_weekday&count=3&open_early=10&duration=45&reminder=10",
    );
    assert_eq!(new["repeat"], "monthly_last_weekday");
    assert_eq!(db.count(), 2);
    // A meeting from before has no known last change until its next one;
    // its feed still answers, and it takes exceptions and a cancellation.
    let feed = Cgi::new(
        "ics",
        db.url(),
        "GET",
        &format!("{}&feed=1", query_of(old["ics_url"].as_str().unwrap())),
    )
    .at(NOW)
    .run();
    assert_eq!(feed.status, 200, "{}", feed.body);
    assert!(feed.header("Last-Modified").is_none() && !feed.body.contains("LAST-MODIFIED"));
    let admin = |form: &str| {
        Cgi::new(
            "admin",
            db.url(),
            "POST",
            &query_of(old["admin_url"].as_str().unwrap()),
        )
        .json()
        .at(NOW)
        .form(form)
        .run()
    };
    let skipped = admin("action=skip&occurrence=2026-05-12T08:00:00Z");
    assert_eq!(skipped.status, 200, "{}", skipped.body);
    assert_eq!(admin("action=cancel").status, 200);
    assert_eq!(db.table_count("ended_meetings"), 1);
}

on_both_backends!(an_older_schema_with_meetings_is_migrated);
