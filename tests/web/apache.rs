//! Apache: the shipped configurations under real Apache (mod_cgid, mod_fcgid, shared hosting with `.htaccess`).
#![allow(unused_imports)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::*;
use crate::common::{self, Guard, HttpAnswer, http};
use mysql::prelude::Queryable;

/// A shipped Apache example with its two `Define` lines set to the site.
pub fn shipped_apache(site: &Site, file: &str) -> String {
    shipped(
        file,
        &[
            (
                "Define PLANADO_HOME",
                format!("Define PLANADO_HOME {}", site.home().display()),
            ),
            (
                "Define PLANADO_CONFIG",
                format!("Define PLANADO_CONFIG {}", site.config().display()),
            ),
            (
                "Define PLANADO_ACCESS_LOG",
                format!("Define PLANADO_ACCESS_LOG {}", site.access_log().display()),
            ),
        ],
    )
}

pub fn apache(site: &Site) -> Guard {
    let dir = site.dir.path();
    let example = shipped_apache(site, "apache-example.conf");
    std::fs::write(dir.join("planado-apache.conf"), example).unwrap();
    run_apache(
        site,
        &[],
        &format!("Include {}/planado-apache.conf\n", dir.display()),
    )
}

/// Apache with the shipped mod_fcgid configuration.
pub fn apache_fcgid(site: &Site) -> Guard {
    let dir = site.dir.path();
    let example = shipped_apache(site, "apache-fcgid-example.conf");
    std::fs::write(dir.join("planado-apache-fcgid.conf"), example).unwrap();
    let ipc = dir.join("fcgid");
    std::fs::create_dir(&ipc).unwrap();
    open_to_all(&ipc, 0o777);
    run_apache(
        site,
        &["fcgid"],
        &format!(
            "FcgidIPCDir {d}/fcgid\nFcgidProcessTableFile {d}/fcgid/shm\nInclude {d}/planado-apache-fcgid.conf\n",
            d = dir.display()
        ),
    )
}

/// Apache in the foreground with a main configuration that loads the modules
/// the README names, listens on the site's port and ends with `site_part`.
pub fn run_apache(site: &Site, extra_modules: &[&str], site_part: &str) -> Guard {
    let dir = site.dir.path();
    let modules = extra_modules.iter().copied().chain([
        "mpm_event",
        "authz_core",
        "authz_host",
        "cgid",
        "alias",
        "rewrite",
        "mime",
        "dir",
        "env",
        "headers",
        "expires",
        "setenvif",
    ]);
    let mut main = String::from("ServerRoot /usr/lib/apache2\n");
    for m in modules {
        main.push_str(&format!("LoadModule {m}_module modules/mod_{m}.so\n"));
    }
    main.push_str(&format!(
        "Listen 127.0.0.1:{port}\nServerName 127.0.0.1\nUser www-data\nGroup www-data\nPidFile {d}/apache.pid\n\
         ErrorLog {d}/logs/apache-error.log\nScriptSock {d}/cgid.sock\nTypesConfig /etc/mime.types\n{site_part}",
        port = site.port,
        d = dir.display()
    ));
    std::fs::write(dir.join("apache.conf"), main).unwrap();
    let child = Command::new("apache2")
        .args([
            "-f",
            &dir.join("apache.conf").display().to_string(),
            "-DFOREGROUND",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("apache2 is installed (scripts/test installs it)");
    let mut guard = Guard(child);
    wait_until_up(
        &site.addr(),
        "Apache",
        &dir.join("logs/apache-error.log"),
        &mut guard,
    );
    guard
}

/// Shared hosting: the host's Apache with a cgi-bin folder, and only the
/// shipped `htaccess-example` (as `.htaccess`) and `planado.toml` beside the
/// binaries to configure Planado.
pub fn apache_shared_hosting(site: &Site) -> Guard {
    let htdocs = site.home().join("htdocs");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("htaccess-example"),
        htdocs.join(".htaccess"),
    )
    .unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("htaccess-cgi-bin-example"),
        site.home().join("cgi-bin/.htaccess"),
    )
    .unwrap();
    shared_hosting_apache(site, &site.home())
}

/// The host's Apache serving `home/htdocs` as the web root and `home/cgi-bin`
/// as its cgi-bin, each folder configured by its own `.htaccess`, with the
/// site's configuration as `planado.toml` beside the binaries.
pub fn shared_hosting_apache(site: &Site, home: &Path) -> Guard {
    std::fs::copy(site.config(), home.join("cgi-bin/planado.toml")).unwrap();
    let site_part = format!(
        "DocumentRoot {h}\n<Directory {h}>\n  AllowOverride All\n  Require all granted\n</Directory>\n\
         ScriptAlias /cgi-bin/ {c}/\n<Directory {c}>\n  Options +ExecCGI\n  AllowOverride All\n  Require all granted\n</Directory>\n",
        h = home.join("htdocs").display(),
        c = home.join("cgi-bin").display(),
    );
    run_apache(site, &[], &site_part)
}

/// Apache with the shipped mod_proxy_fcgi configuration, in front of the
/// binaries started the way the shipped systemd units start them (see
/// [`systemd_sockets`]). The binaries' guards come first, Apache's last.
pub fn apache_proxy_fcgi(site: &Site) -> Vec<Guard> {
    let dir = site.dir.path();
    let sockets = dir.join("sockets");
    let mut guards = systemd_sockets(site, &sockets);
    let example = shipped(
        "apache-proxy-fcgi-example.conf",
        &[
            (
                "Define PLANADO_HOME",
                format!("Define PLANADO_HOME {}", site.home().display()),
            ),
            (
                "Define PLANADO_SOCKETS",
                format!("Define PLANADO_SOCKETS {}", sockets.display()),
            ),
            (
                "Define PLANADO_ACCESS_LOG",
                format!("Define PLANADO_ACCESS_LOG {}", site.access_log().display()),
            ),
        ],
    );
    std::fs::write(dir.join("planado-apache-proxy-fcgi.conf"), example).unwrap();
    guards.push(run_apache(
        site,
        &["proxy", "proxy_fcgi"],
        &format!("Include {}/planado-apache-proxy-fcgi.conf\n", dir.display()),
    ));
    guards
}

/// The binaries' FastCGI sockets as the shipped `planado-fastcgi@.socket` and
/// `planado-fastcgi@.service` make them: the units, with the site's paths in
/// them, pass `systemd-analyze verify` without a word; then, for each binary,
/// systemd's own `systemd-socket-activate` listens on the unit's
/// `ListenStream` and starts the unit's `ExecStart` with its `Environment` at
/// the first connection, passing the socket as `LISTEN_FDS` (as systemd
/// does); the socket gets the unit's owner and mode. (The units' `User=` and
/// hardening need systemd itself; here the binaries run as the test's user.)
pub fn systemd_sockets(site: &Site, sockets: &Path) -> Vec<Guard> {
    let units = site.dir.path().join("systemd");
    std::fs::create_dir_all(&units).unwrap();
    let socket_unit = shipped(
        "planado-fastcgi@.socket",
        &[(
            "ListenStream=",
            format!("ListenStream={}/%i.socket", sockets.display()),
        )],
    );
    let service_unit = shipped(
        "planado-fastcgi@.service",
        &[
            (
                "ExecStart=",
                format!("ExecStart={}/%i", site.home().join("cgi-bin").display()),
            ),
            (
                "Environment=PLANADO_CONFIG=",
                format!("Environment=PLANADO_CONFIG={}", site.config().display()),
            ),
        ],
    );
    std::fs::write(units.join("planado-fastcgi@.socket"), &socket_unit).unwrap();
    std::fs::write(units.join("planado-fastcgi@.service"), &service_unit).unwrap();
    let fastcgi_binaries = ["index", "booking", "invite", "admin", "ics", "reservations"];
    let mut verify = Command::new("systemd-analyze");
    verify.args(["verify", "--man=no"]).current_dir(&units);
    for bin in fastcgi_binaries {
        verify.arg(format!("./planado-fastcgi@{bin}.socket"));
        verify.arg(format!("./planado-fastcgi@{bin}.service"));
    }
    let verified = verify
        .output()
        .expect("systemd-analyze is installed (scripts/test installs systemd)");
    let said = String::from_utf8_lossy(&verified.stderr).to_string()
        + &String::from_utf8_lossy(&verified.stdout);
    assert!(
        verified.status.success() && said.trim().is_empty(),
        "systemd-analyze verify on the shipped units: {said}"
    );
    std::fs::create_dir_all(sockets).unwrap();
    fastcgi_binaries
        .iter()
        .map(|bin| socket_activated(&socket_unit, &service_unit, bin))
        .collect()
}

/// The values of `key=` in a unit, `%i` as `instance`.
fn unit_values(unit: &str, key: &str, instance: &str) -> Vec<String> {
    unit.lines()
        .filter_map(|line| line.strip_prefix(key)?.strip_prefix('='))
        .map(|value| value.replace("%i", instance))
        .collect()
}

/// One binary behind its socket, as systemd runs the pair of units.
fn socket_activated(socket_unit: &str, service_unit: &str, bin: &str) -> Guard {
    let one = |unit: &str, key: &str| {
        let values = unit_values(unit, key, bin);
        assert_eq!(values.len(), 1, "one {key} in the unit");
        values[0].clone()
    };
    let socket = PathBuf::from(one(socket_unit, "ListenStream"));
    let mut activate = Command::new("systemd-socket-activate");
    activate
        .arg(format!("--listen={}", socket.display()))
        .arg(format!("--fdname={bin}"));
    for variable in unit_values(service_unit, "Environment", bin) {
        activate.arg(format!("--setenv={variable}"));
    }
    let child = activate
        .arg(one(service_unit, "ExecStart"))
        .env_clear()
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("systemd-socket-activate is installed (scripts/test installs systemd)");
    let guard = Guard(child);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !socket.exists() {
        assert!(Instant::now() < deadline, "no {}", socket.display());
        std::thread::sleep(Duration::from_millis(20));
    }
    let owner = format!(
        "{}:{}",
        one(socket_unit, "SocketUser"),
        one(socket_unit, "SocketGroup")
    );
    common::stdout_of(Command::new("chown").arg(owner).arg(&socket));
    let mode = u32::from_str_radix(&one(socket_unit, "SocketMode"), 8).unwrap();
    open_to_all(&socket, mode);
    guard
}
