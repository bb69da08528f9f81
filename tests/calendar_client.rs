//! A real subscribing client: vdirsyncer (PyPI; its `http` storage reads a
//! subscribed calendar, its `filesystem` storage is the local copy), subscribed
//! to a meeting's feed through a real web server (the shipped lighttpd
//! configuration, the binaries as CGI). After each change by the organiser
//! (the whole meeting moved, one occurrence skipped, one moved, the meeting
//! cancelled) a sync brings the change into the local copy: a higher
//! `SEQUENCE`, the `EXDATE`, the `RECURRENCE-ID`, `STATUS:CANCELLED`, in one
//! item, while the feed keeps its `UID`. A sync with nothing changed changes
//! nothing. Two things vdirsyncer 0.21 does its own way: its `http` storage
//! replaces every UID by a hash of the item (`_ignore_uids`, for providers
//! whose UIDs change on every request), so a change arrives as the old item
//! deleted and the new one copied, and the UID is checked on the feed itself;
//! and it sends no conditional requests (it reads the whole feed each time),
//! so the `304` is checked beside it with the feed's `ETag`, through the
//! same server.

mod common;
mod web;

use std::path::{Path, PathBuf};
use std::process::Command;

use web::*;

struct Subscriber {
    config: PathBuf,
    local: PathBuf,
    vdirsyncer: PathBuf,
}

impl Subscriber {
    fn new(dir: &Path, feed: &str) -> Subscriber {
        let python = std::env::var("PLANADO_TEST_PYTHON").expect(
            "PLANADO_TEST_PYTHON names a Python environment with vdirsyncer; scripts/test sets it up",
        );
        let vdirsyncer = Path::new(&python).with_file_name("vdirsyncer");
        assert!(
            vdirsyncer.exists(),
            "{} is missing (scripts/test installs vdirsyncer)",
            vdirsyncer.display()
        );
        let local = dir.join("local");
        std::fs::create_dir_all(&local).unwrap();
        std::fs::create_dir_all(dir.join("status")).unwrap();
        let config = dir.join("vdirsyncer.conf");
        std::fs::write(
            &config,
            format!(
                "[general]\nstatus_path = \"{status}/\"\n\n[pair meeting]\na = \"feed\"\nb = \"local\"\n\
                 collections = null\nconflict_resolution = \"a wins\"\n\n[storage feed]\ntype = \"http\"\nurl = \"{feed}\"\n\n\
                 [storage local]\ntype = \"filesystem\"\npath = \"{local}/\"\nfileext = \".ics\"\n",
                status = dir.join("status").display(),
                local = local.display(),
            ),
        )
        .unwrap();
        let s = Subscriber {
            config,
            local,
            vdirsyncer,
        };
        s.run(&["discover", "meeting"]);
        s
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new(&self.vdirsyncer)
            .arg("-c")
            .arg(&self.config)
            .args(args)
            .env("LC_ALL", "C.UTF-8")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "vdirsyncer {args:?}: {said}");
        assert!(!said.contains("error"), "vdirsyncer {args:?}: {said}");
        said
    }

    /// Syncs; returns what vdirsyncer said and the one item of the local copy, unfolded.
    fn sync(&self) -> (String, String) {
        let said = self.run(&["sync"]);
        let items: Vec<PathBuf> = std::fs::read_dir(&self.local)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(items.len(), 1, "{items:?}: {said}");
        let text = std::fs::read_to_string(&items[0]).unwrap();
        (said, text.replace("\r\n ", ""))
    }
}

fn field<'a>(ics: &'a str, name: &str) -> Vec<&'a str> {
    ics.lines()
        .filter_map(|l| l.trim_end_matches('\r').strip_prefix(name))
        .collect()
}

#[test]
fn vdirsyncer_follows_every_change() {
    let site = Site::new(JITSI);
    let _server = lighttpd(&site);
    let addr = site.addr();
    let start = (chrono::Utc::now() + chrono::Duration::days(7)).date_naive();
    let b = common::http(
        &addr,
        "POST",
        "/booking",
        "application/json",
        Some(&format!(
            "name=Sync&date={start}&time=10:00&tz=Europe%2FBerlin&repeat=weekly&count=4"
        )),
    );
    assert_eq!(b.status, 201, "{}", b.body);
    let b = b.json();
    let path = common::path_of;
    let admin_path = path(b["admin_url"].as_str().unwrap());
    let admin = |form: &str| {
        let r = common::http(&addr, "POST", &admin_path, "application/json", Some(form));
        assert_eq!(r.status, 200, "{form}: {}", r.body);
        r.json()
    };
    let dir = tempfile::tempdir().unwrap();
    let client = Subscriber::new(dir.path(), b["feed_url"].as_str().unwrap());

    let (said, first) = client.sync();
    assert!(said.contains("Copying (uploading)"), "{said}");
    let feed = path(b["feed_url"].as_str().unwrap());
    let feed_uid = || {
        let f = common::raw_http(
            &addr,
            format!("GET {feed} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
        );
        assert_eq!(f.status, 200, "{}", f.head);
        field(&f.body, "UID:")
            .first()
            .map(|u| u.to_string())
            .unwrap()
    };
    let uid = feed_uid();
    assert_eq!(field(&first, "UID:").len(), 1, "{first}");
    assert_eq!(field(&first, "SEQUENCE:"), ["0"]);
    assert!(
        first.contains(&format!(
            "DTSTART;TZID=Europe/Berlin:{}T100000",
            start.format("%Y%m%d")
        )),
        "{first}"
    );

    // Nothing changed: nothing copied, the local copy as it was.
    let (said, same) = client.sync();
    assert!(!said.contains("Copying"), "{said}");
    assert_eq!(same, first);
    // (A conditional client is answered 304 by the same server.)
    let plain = common::raw_http(
        &addr,
        format!("GET {feed} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    );
    let etag = plain.header("ETag").unwrap();
    let conditional = common::raw_http(
        &addr,
        format!("GET {feed} HTTP/1.1\r\nHost: {addr}\r\nIf-None-Match: {etag}\r\nConnection: close\r\n\r\n").as_bytes(),
    );
    assert_eq!(conditional.status, 304, "{}", conditional.head);

    // The whole meeting moves to 11:30.
    let changed = admin("action=update&time=11:30");
    let slot = |k: usize| {
        changed["occurrences"][k]["occurrence"]
            .as_str()
            .unwrap()
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
    };
    let (said, moved) = client.sync();
    assert!(
        said.contains("Copying") && said.contains("Deleting"),
        "{said}"
    );
    assert_eq!(feed_uid(), uid);
    assert_eq!(field(&moved, "SEQUENCE:"), ["1"]);
    assert!(
        moved.contains(&format!(
            "DTSTART;TZID=Europe/Berlin:{}T113000",
            start.format("%Y%m%d")
        )),
        "{moved}"
    );

    // The second is skipped.
    let second = slot(1);
    let occurrence = second.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    admin(&format!("action=skip&occurrence={occurrence}"));
    let (_, skipped) = client.sync();
    assert_eq!(feed_uid(), uid);
    assert_eq!(field(&skipped, "SEQUENCE:"), ["2"]);
    let local = |t: chrono::DateTime<chrono::Utc>| {
        t.with_timezone(&chrono_tz::Europe::Berlin)
            .format("%Y%m%dT%H%M%S")
            .to_string()
    };
    assert_eq!(
        field(&skipped, "EXDATE;TZID=Europe/Berlin:"),
        [local(second).as_str()],
        "{skipped}"
    );

    // The third moves to the next day.
    let third = slot(2);
    let to = (third + chrono::Duration::days(1)).with_timezone(&chrono_tz::Europe::Berlin);
    admin(&format!(
        "action=move&occurrence={}&date={}&time=15:00",
        third.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        to.format("%Y-%m-%d")
    ));
    let (_, moved_one) = client.sync();
    assert_eq!(field(&moved_one, "SEQUENCE:"), ["3", "3"], "{moved_one}");
    let uids = field(&moved_one, "UID:");
    assert!(
        uids.len() == 2 && uids[0] == uids[1],
        "one item, one UID: {moved_one}"
    );
    assert_eq!(feed_uid(), uid);
    assert_eq!(
        field(&moved_one, "RECURRENCE-ID;TZID=Europe/Berlin:"),
        [local(third).as_str()]
    );
    assert!(
        moved_one.contains(&format!(
            "DTSTART;TZID=Europe/Berlin:{}T150000",
            to.format("%Y%m%d")
        )),
        "{moved_one}"
    );

    // Cancelled: the local copy says so, instead of keeping a dead entry.
    admin("action=cancel&confirm=yes");
    let (said, cancelled) = client.sync();
    assert!(said.contains("Copying"), "{said}");
    assert_eq!(feed_uid(), uid);
    assert!(
        field(&cancelled, "SEQUENCE:").iter().all(|s| *s == "4"),
        "{cancelled}"
    );
    assert!(
        field(&cancelled, "STATUS:")
            .iter()
            .all(|s| *s == "CANCELLED")
            && !field(&cancelled, "STATUS:").is_empty(),
        "{cancelled}"
    );
}
