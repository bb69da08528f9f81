//! lighttpd: the shipped configurations under real lighttpd (mod_cgi, mod_fastcgi), checked by `lighttpd -tt` first.
#![allow(unused_imports)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::*;
use crate::common::{self, Guard, HttpAnswer, http};
use mysql::prelude::Queryable;

pub fn lighttpd(site: &Site) -> Guard {
    run_lighttpd(site, "lighttpd-example.conf", &[])
}

/// lighttpd with the shipped mod_fastcgi configuration (`bin-path`).
pub fn lighttpd_fastcgi(site: &Site) -> Guard {
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

pub fn run_lighttpd(site: &Site, example_file: &str, more: &[(&str, String)]) -> Guard {
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
        (
            "accesslog.filename",
            format!("accesslog.filename = \"{}\"", site.access_log().display()),
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
