//! A bug in a handler is seen, not hidden: the visitor gets a plain 500 with
//! the security headers, the CGI process exits non-zero so that the web
//! server's log and the tests see it, and the test harness itself refuses such
//! an answer unless a test asks for it. Debug builds (the ones the tests run)
//! panic on request when the request carries `X-Planado-Test-Panic`.

mod common;

use common::Cgi;

#[test]
fn a_panic_in_cgi_is_a_500_with_headers_and_a_failed_exit() {
    let db = common::sqlite();
    let (resp, exit) = Cgi::new("invite", db.url(), "GET", "id=abc")
        .env("HTTP_X_PLANADO_TEST_PANIC", "1")
        .run_unchecked();
    assert_eq!(resp.status, 500, "{}", resp.body);
    assert_eq!(resp.body, "Internal error.\n");
    assert_eq!(exit.code(), Some(planado::edge::EXIT_PANICKED));
    common::assert_security_headers(|h| resp.header(h).map(String::from), "the 500");
    assert!(
        resp.stderr.contains("X-Planado-Test-Panic"),
        "the panic message goes to the log: {}",
        resp.stderr
    );
}

#[test]
fn the_harness_fails_a_test_that_meets_a_panic() {
    let db = common::sqlite();
    let caught = std::panic::catch_unwind(|| {
        Cgi::new("index", db.url(), "GET", "")
            .env("HTTP_X_PLANADO_TEST_PANIC", "1")
            .run()
    });
    assert!(caught.is_err(), "Cgi::run accepted a panicking process");
}

#[test]
fn serve_answers_500_and_goes_on() {
    let server = common::serve(&[]);
    let head = format!(
        "GET /invite?id=abc HTTP/1.1\r\nHost: {}\r\nX-Planado-Test-Panic: 1\r\nConnection: close\r\n\r\n",
        server.addr
    );
    let answer = common::raw_http(&server.addr, head.as_bytes());
    assert_eq!(answer.status, 500, "{}", answer.body);
    common::assert_security_headers(|h| answer.header(h), "serve's 500");
    let next = common::http(&server.addr, "GET", "/", "text/html", None);
    assert_eq!(next.status, 200, "the server goes on after a panic");
}
