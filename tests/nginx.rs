//! The shipped nginx configurations under real nginx: fcgiwrap
//! (`nginx-example.conf`) and the binaries as FastCGI servers of their own
//! started by spawn-fcgi (`nginx-fastcgi-example.conf`), through a MariaDB
//! restart, and a process that retires after its requests.

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

/// Also: a panic in one request is a 500 with the security headers and the
/// process goes on; SIGTERM ends it cleanly (exit status 0).
#[test]
fn nginx_with_spawn_fcgi_serves_the_shipped_configuration() {
    let site = Site::new(JITSI);
    let mut servers = nginx_fastcgi(&site);
    the_whole_flow_as_fastcgi(&site);
    site.assert_access_log_keeps_no_key();
    let invite = running(&site, "invite");
    let panic = common::raw_http(
        &site.addr(),
        b"GET /invite?id=x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Planado-Test-Panic: 1\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(panic.status, 500, "{}", panic.body);
    common::assert_security_headers(|h| panic.header(h), "a panic through FastCGI");
    let after = common::http(
        &site.addr(),
        "GET",
        "/invite?id=unknownunknownunknownunkn",
        "",
        None,
    );
    assert_eq!(after.status, 404, "{}", after.body);
    assert_eq!(
        running(&site, "invite"),
        invite,
        "the process survived its panic"
    );
    // servers[2] is invite's FastCGI process (spawn-fcgi -n became it).
    let process = &mut servers[2].0;
    Command::new("kill")
        .args(["-TERM", &process.id().to_string()])
        .status()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = process.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "invite did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "invite exited with {status}");
}

#[test]
fn nginx_with_fcgiwrap_serves_the_shipped_configuration() {
    let site = Site::new(JITSI);
    let (_table, source) = legacy_table();
    import(&site, &source);
    let _servers = nginx(&site);
    the_whole_flow(&site);
    site.assert_access_log_keeps_no_key();
    site.open_database_files();
    legacy_urls(&site, &source);
}

/// A FastCGI process keeps its MariaDB connection; when the server restarts
/// under it, visitors get 503 pages during the outage and normal pages again
/// afterwards, from the same process (it checks the connection and replaces it).
#[test]
fn fastcgi_rides_out_a_mariadb_restart() {
    let server = common::PrivateMariaDb::start();
    let url = server.database("planado_test_fastcgi_restart");
    let site = Site::on_url(JITSI, &url);
    let _servers = nginx_fastcgi(&site);
    let invite = book_through(&site);
    let get = || common::http(&site.addr(), "GET", &invite, "text/html", None);
    assert_eq!(get().status, 200);
    let processes = running(&site, "invite");
    server.stop();
    for _ in 0..3 {
        let r = get();
        assert_eq!(r.status, 503, "{}", r.body);
        common::assert_security_headers(|h| r.header(h), "a 503 during the outage");
    }
    server.restart();
    let deadline = Instant::now() + Duration::from_secs(20);
    while get().status != 200 {
        assert!(Instant::now() < deadline, "no recovery after the restart");
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(
        running(&site, "invite"),
        processes,
        "the same process recovered"
    );
}

/// With `fastcgi_max_requests`, a process answers that many requests and then
/// exits cleanly, so that the web server can start a fresh one.
#[test]
fn a_fastcgi_process_retires_after_its_requests() {
    let site = Site::new(JITSI);
    let mut servers = nginx_fastcgi_with(&site, &[("PLANADO_FASTCGI_MAX_REQUESTS", "3")]);
    for _ in 0..3 {
        let r = common::http(
            &site.addr(),
            "GET",
            "/invite?id=unknownunknownunknownunkn",
            "",
            None,
        );
        assert_eq!(r.status, 404, "{}", r.body);
    }
    let process = &mut servers[2].0;
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = process.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "invite did not retire after 3 requests"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "invite exited with {status}");
}
