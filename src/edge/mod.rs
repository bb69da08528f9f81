//! The edges: how a request gets in and its answer out, in the three ways
//! Planado runs. A CGI binary checks at start whether its standard input is a
//! listening socket (as `php-cgi` and libfcgi do): then a FastCGI server
//! started it and it serves requests in a loop (`fastcgi.rs`), otherwise it
//! answers its one CGI request (`cgi.rs`). `planado serve` is the third edge
//! (`serve.rs`). All three call the same handlers through [`respond`], and
//! failures become pages here, in one place.

mod access_log;
pub mod cgi;
pub mod fastcgi;
pub mod health;
pub mod routes;
pub mod serve;
mod timed_io;

use http::StatusCode;

use crate::app::{App, Context};
use crate::handlers::Handler;
use crate::web::{self, Failure, HttpRequest, HttpResponse, Negotiation};

/// How much of an oversized body an edge reads and drops before it answers
/// 413 (so that the web server is not cut off while still sending it); more
/// ends the connection.
pub const DRAIN_LIMIT: usize = 1024 * 1024;

/// How long a stopping process (FastCGI, `planado serve`) waits for the
/// requests in flight.
pub const STOP_GRACE: std::time::Duration = std::time::Duration::from_secs(10);

/// The pause after a failed accept (out of file descriptors, say): 10 ms,
/// doubling up to a second, back to 10 ms after a success. A server waits
/// instead of spinning, and recovers as soon as it can.
pub struct Backoff {
    pause: std::time::Duration,
}

impl Backoff {
    const FIRST: std::time::Duration = std::time::Duration::from_millis(10);
    const MOST: std::time::Duration = std::time::Duration::from_secs(1);

    pub fn new() -> Backoff {
        Backoff { pause: Self::FIRST }
    }

    pub fn reset(&mut self) {
        self.pause = Self::FIRST;
    }

    /// The pause to make now; the next one is twice as long.
    pub fn pause(&mut self) -> std::time::Duration {
        let pause = self.pause;
        self.pause = (self.pause * 2).min(Self::MOST);
        pause
    }
}

impl Default for Backoff {
    fn default() -> Backoff {
        Backoff::new()
    }
}

/// The exit status after a panic (`EX_SOFTWARE` of sysexits.h): the visitor got
/// a 500, and whoever runs the process (a web server's log, a test) sees the bug.
pub const EXIT_PANICKED: i32 = 70;

/// Runs `handler` the way this process was started: as FastCGI when it was
/// given a listening socket (by systemd, or as standard input), otherwise as
/// one CGI request.
pub fn run(handler: Handler) {
    match fastcgi::listening_socket() {
        Some(fd) => fastcgi::serve(handler, fd),
        None => cgi::run(handler),
    }
}

/// A configuration that cannot be read: the operator must fix it; the visitor
/// gets a plain 500 without details.
pub fn configuration_error(detail: &str) -> HttpResponse {
    eprintln!("planado: configuration: {detail}");
    let mut resp = web::text(
        StatusCode::INTERNAL_SERVER_ERROR,
        "Planado is not configured correctly. The operator can find the details in the server log.\n".into(),
    );
    web::add_security_headers(&mut resp, "");
    resp
}

/// The app a process builds once, or the answer it gives every request when
/// its configuration is broken.
pub type Startup = Result<App, String>;

/// Parses an HTTP request, runs `handler`, and adds the security headers. A
/// request that cannot be parsed is answered in the client's language and format.
pub fn respond(
    handler: Handler,
    http_req: &HttpRequest,
    ctx: &Context,
    origin: web::Origin,
) -> HttpResponse {
    test_panic_hook(http_req);
    let parsed = refuse_cross_site(http_req, ctx, &origin)
        .and_then(|()| web::parse_request(http_req, origin, &ctx.config.trusted_proxies));
    let mut resp = match parsed {
        Ok(req) => handler(&req, ctx)
            .unwrap_or_else(|failure| ctx.failure_response(&req.negotiation, failure)),
        Err(failure) => ctx.failure_response(&web::negotiate(http_req), failure),
    };
    web::add_security_headers(&mut resp, &ctx.config.jitsi_url);
    resp
}

/// A browser's form post from another site is refused (403) before a handler
/// runs: a third-party page must not book, change or cancel in a visitor's
/// name, nor spend the visitor's booking cap.
fn refuse_cross_site(
    http_req: &HttpRequest,
    ctx: &Context,
    origin: &web::Origin,
) -> Result<(), Failure> {
    if http_req.method() != http::Method::POST {
        return Ok(());
    }
    let header = |name: &str| http_req.headers().get(name).and_then(|v| v.to_str().ok());
    let own = if ctx.config.public_url.is_empty() {
        &origin.fallback_base_url
    } else {
        &ctx.config.public_url
    };
    if web::client::is_cross_site(header("sec-fetch-site"), header("origin"), own) {
        return Err(Failure::CrossSite);
    }
    Ok(())
}

/// With `test-hooks` only: a request with the header `X-Planado-Test-Panic`
/// panics, so that the tests can see what a bug in a handler does at each
/// edge. Other builds do not contain this.
fn test_panic_hook(http_req: &HttpRequest) {
    #[cfg(feature = "test-hooks")]
    if http_req.headers().contains_key("x-planado-test-panic") {
        panic!("a panic asked for by X-Planado-Test-Panic (test-hooks builds only)");
    }
    #[cfg(not(feature = "test-hooks"))]
    let _ = http_req;
}

/// The last-resort guard every edge puts around a request: a panic in `work`
/// becomes the plain 500 of [`panic_response`], and the second value says it
/// panicked (a CGI process then exits with [`EXIT_PANICKED`]; a persistent
/// one goes on). The panic message is on stderr already (the default hook),
/// which the web server writes to its error log.
pub fn guard(work: impl FnOnce() -> HttpResponse) -> (HttpResponse, bool) {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)) {
        Ok(resp) => (resp, false),
        Err(_) => {
            eprintln!("planado: 500: a request handler panicked");
            (panic_response(), true)
        }
    }
}

/// Where the binaries are reached when `public_url` is not configured, from
/// what the request says: the scheme, the first of `hosts` that can be a host
/// name (a `Host` header, then the server's own name or address; else
/// `localhost`), and the folder of the binaries when it can be in a URL. The
/// same rules for every edge.
pub fn fallback_base_url(https: bool, hosts: &[&str], folder: &str) -> String {
    let scheme = if https { "https" } else { "http" };
    let host = hosts
        .iter()
        .copied()
        .find(|h| web::is_plausible_host(h))
        .unwrap_or("localhost");
    let folder_ok = folder
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/-._~".contains(&b));
    format!("{scheme}://{host}{}", if folder_ok { folder } else { "" })
}

/// The last-resort answer after a panic: a plain 500 that carries the same
/// security headers as every other answer (a strict policy: the configuration
/// may be what broke).
pub fn panic_response() -> HttpResponse {
    let mut resp = web::text(
        StatusCode::INTERNAL_SERVER_ERROR,
        "Internal error.\n".into(),
    );
    web::add_security_headers(&mut resp, "");
    resp
}

/// A failure as a finished answer, security headers included: for the edges,
/// which refuse some requests before any handler runs.
pub fn refusal(negotiation: &Negotiation, ctx: &Context, failure: Failure) -> HttpResponse {
    let mut resp = ctx.failure_response(negotiation, failure);
    web::add_security_headers(&mut resp, &ctx.config.jitsi_url);
    resp
}
