//! The shipped Apache configurations under real Apache: `apache-example.conf`
//! (mod_cgid), `apache-fcgid-example.conf` (mod_fcgid), and shared hosting with
//! the `.htaccess` files only; on SQLite and on MariaDB.

mod common;
mod web;

#[allow(unused_imports)]
use std::path::{Path, PathBuf};
#[allow(unused_imports)]
use std::process::{Command, Stdio};
#[allow(unused_imports)]
use std::time::{Duration, Instant};

#[allow(unused_imports)]
use common::{Guard, http};
#[allow(unused_imports)]
use web::*;

#[test]
fn shared_hosting_with_htaccess() {
    let site = Site::new(JITSI);
    let (_table, source) = legacy_table();
    import(&site, &source);
    let _server = apache_shared_hosting(&site);
    the_whole_flow(&site);
    site.open_database_files();
    legacy_urls(&site, &source);
    let addr = site.addr();
    assert_eq!(
        http(&addr, "GET", "/cgi-bin/cleanup", "text/plain", None).status,
        403
    );
    assert_eq!(
        http(&addr, "GET", "/cgi-bin/planado.toml", "text/plain", None).status,
        403,
        "the configuration is never served"
    );
    // A database or a configuration put into the web root against the
    // README's advice is not served either.
    let htdocs = site.home().join("htdocs");
    for file in [
        "planado.sqlite",
        "planado.sqlite-wal",
        "planado.sqlite-shm",
        "old.sqlite-journal",
        "planado.toml",
    ] {
        std::fs::write(htdocs.join(file), "secret").unwrap();
        open_to_all(&htdocs.join(file), 0o644);
        let got = http(&addr, "GET", &format!("/{file}"), "text/plain", None);
        assert_eq!(got.status, 403, "/{file} in the web root: {}", got.body);
    }
    std::fs::write(htdocs.join("notes.txt"), "public").unwrap();
    open_to_all(&htdocs.join("notes.txt"), 0o644);
    assert_eq!(
        http(&addr, "GET", "/notes.txt", "text/plain", None).status,
        200,
        "the check can fail: other files are served"
    );
}

#[test]
fn apache_with_mod_fcgid_serves_the_shipped_configuration() {
    let site = Site::new(JITSI);
    let _server = apache_fcgid(&site);
    the_whole_flow_as_fastcgi(&site);
    site.assert_access_log_keeps_no_key();
}

#[test]
fn apache_serves_the_shipped_configuration() {
    let site = Site::new(JITSI);
    let (_table, source) = legacy_table();
    let before = table_checksum(&source);
    let report = import(&site, &source);
    assert!(
        report.starts_with("copied 3 meetings, 1 already present, 3 refused"),
        "{report}"
    );
    assert!(
        report.contains("iid 777: already over")
            && report.contains("iid 1000: no start time")
            && report.contains("unknown rectype \"3monthly\""),
        "{report}"
    );
    assert!(
        import(&site, &source).starts_with("copied 0 meetings, 4 already present, 3 refused"),
        "idempotent"
    );
    assert_eq!(
        table_checksum(&source),
        before,
        "the source table is never changed"
    );
    let _server = apache(&site);
    the_whole_flow(&site);
    site.assert_access_log_keeps_no_key();
    site.open_database_files();
    legacy_urls(&site, &source);
}

/// The whole flow, cancel included, through the shipped Apache configuration
/// on MariaDB.
#[test]
fn apache_on_mariadb() {
    let site = Site::on_mariadb(JITSI);
    let _server = apache(&site);
    the_whole_flow(&site);
}

/// Apache's own FastCGI path, as it runs php-fpm: the shipped
/// `apache-proxy-fcgi-example.conf` in front of the binaries that the shipped
/// systemd socket units start (one socket per binary), on SQLite; the PHP
/// Planado's addresses reach their binaries too.
#[test]
fn apache_with_mod_proxy_fcgi_and_systemd_sockets() {
    let site = Site::new(JITSI);
    let (_table, source) = legacy_table();
    import(&site, &source);
    let _servers = apache_proxy_fcgi(&site);
    the_whole_flow_as_fastcgi(&site);
    site.assert_access_log_keeps_no_key();
    legacy_urls(&site, &source);
    let addr = site.addr();
    assert_eq!(
        http(&addr, "GET", "/cleanup", "text/plain", None).status,
        403
    );
}

/// The same on MariaDB reached over its Unix socket, as shared hosts give it.
#[test]
fn apache_proxy_fcgi_on_mariadb_over_its_socket() {
    let site = Site::with_database(JITSI, Some(common::mariadb_socket()));
    assert!(site.db_url.contains("?socket="), "{}", site.db_url);
    let _servers = apache_proxy_fcgi(&site);
    the_whole_flow_as_fastcgi(&site);
}
