//! nginx: the shipped configurations under real nginx (fcgiwrap, and FastCGI servers started by spawn-fcgi).
#![allow(unused_imports)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::*;
use crate::common::{self, Guard, HttpAnswer, http};
use mysql::prelude::Queryable;

pub fn nginx(site: &Site) -> (Guard, Guard) {
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
            (
                "    access_log ",
                format!("    access_log {} planado;", site.access_log().display()),
            ),
        ],
    );
    (run_nginx(site, &example), fcgiwrap)
}

/// nginx in the foreground with a main configuration around `site_block`
/// (a shipped example, adapted).
pub fn run_nginx(site: &Site, site_block: &str) -> Guard {
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
pub fn nginx_fastcgi(site: &Site) -> Vec<Guard> {
    nginx_fastcgi_with(site, &[])
}

pub fn nginx_fastcgi_with(site: &Site, env: &[(&str, &str)]) -> Vec<Guard> {
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
            (
                "    access_log ",
                format!("    access_log {} planado;", site.access_log().display()),
            ),
        ],
    );
    guards.push(run_nginx(site, &example));
    guards
}

/// The ids of the running processes whose program is the site's `bin`.
pub fn running(site: &Site, bin: &str) -> Vec<u32> {
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
