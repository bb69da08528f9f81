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
