//! The edges: how a request gets in and its answer out, in the three ways
//! Planado runs. A CGI binary checks at start whether its standard input is a
//! listening socket (as `php-cgi` and libfcgi do): then a FastCGI server
//! started it and it serves requests in a loop (`fastcgi.rs`), otherwise it
//! answers its one CGI request (`cgi.rs`). `planado serve` is the third edge
//! (`serve.rs`). All three call the same handlers through [`respond`], and
//! failures become pages here, in one place.

pub mod cgi;
pub mod fastcgi;
pub mod serve;

use http::StatusCode;
use serde_json::json;

use crate::app::{App, Context};
use crate::error::Failure;
use crate::handlers::{self, Handler};
use crate::i18n::Catalog;
use crate::pages::{self, ErrorPage};
use crate::web::{self, HttpRequest, HttpResponse, Negotiation};

/// The exit status after a panic (`EX_SOFTWARE` of sysexits.h): the visitor got
/// a 500, and whoever runs the process (a web server's log, a test) sees the bug.
pub const EXIT_PANICKED: i32 = 70;

/// Runs `handler` the way this process was started: as FastCGI when standard
/// input is a listening socket, otherwise as one CGI request.
pub fn run(handler: Handler) {
    if fastcgi::stdin_is_listening_socket() {
        fastcgi::serve(handler);
    } else {
        cgi::run(handler);
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
            .unwrap_or_else(|failure| failure_response(&req.negotiation, ctx, failure)),
        Err(failure) => failure_response(&web::negotiate(http_req), ctx, failure),
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
    if crate::client::is_cross_site(header("sec-fetch-site"), header("origin"), own) {
        return Err(Failure::CrossSite);
    }
    Ok(())
}

/// Debug builds only (the tests run those): a request with the header
/// `X-Planado-Test-Panic` panics, so that the tests can see what a bug in a
/// handler does at each edge. Release builds do not contain this.
fn test_panic_hook(http_req: &HttpRequest) {
    if cfg!(debug_assertions) && http_req.headers().contains_key("x-planado-test-panic") {
        panic!("a panic asked for by X-Planado-Test-Panic (debug builds only)");
    }
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
    let mut resp = failure_response(negotiation, ctx, failure);
    web::add_security_headers(&mut resp, &ctx.config.jitsi_url);
    resp
}

/// The error page (or JSON error) for a failure, in the client's language. The
/// details of 500 and 503 go to the log (stderr), never to the visitor.
pub fn failure_response(
    negotiation: &Negotiation,
    ctx: &Context,
    failure: Failure,
) -> HttpResponse {
    log_failure(&failure);
    let t = ctx.languages.negotiate(&negotiation.accept_language);
    let status = failure.status();
    let (title_key, message) = failure_text(&t, &failure);
    let resp = if negotiation.wants_json {
        let code = match &failure {
            Failure::BadInput { key, .. } => key.trim_start_matches("error_").to_string(),
            _ => status
                .canonical_reason()
                .unwrap_or("error")
                .to_ascii_lowercase()
                .replace(' ', "_"),
        };
        web::json(status, &json!({ "error": message, "code": code }))
    } else {
        let page = ErrorPage {
            title: t.get(title_key).to_string(),
            app_base: String::new(),
            static_base: handlers::static_base(ctx),
            message,
            ask_for_id: matches!(failure, Failure::NotFound),
            t: &t,
        };
        let body = pages::render(&page).unwrap_or_else(|_| t.get("error_internal").to_string());
        web::html(status, body)
    };
    with_failure_headers(resp, &failure)
}

/// The details of a 500 or 503 go to the log (stderr), never to the visitor.
pub(crate) fn log_failure(failure: &Failure) {
    if let Failure::Unavailable(detail) | Failure::Internal(detail) = failure {
        eprintln!("planado: {}: {detail}", failure.status().as_u16());
    }
}

/// The headers a failure's answer carries besides its body: the methods a
/// 405 allows, when a 429 may try again, the scheme a 401 wants.
pub(crate) fn with_failure_headers(resp: HttpResponse, failure: &Failure) -> HttpResponse {
    match *failure {
        Failure::MethodNotAllowed(allow) => web::with_allow(resp, allow),
        Failure::TooManyRequests(seconds) => web::with_retry_after(resp, seconds),
        Failure::Unauthorized => web::with_bearer_challenge(resp),
        _ => resp,
    }
}

/// The title key and the message of a failure's page, in `t`'s language.
pub(crate) fn failure_text(t: &Catalog, failure: &Failure) -> (&'static str, String) {
    match failure {
        Failure::Unauthorized => ("error_title", t.get("error_unauthorized").to_string()),
        Failure::BadInput { key, args } => ("error_title", t.fill(key, args)),
        Failure::NotFound => ("notfound_title", t.get("notfound_text").to_string()),
        Failure::CrossSite => ("error_title", t.get("error_cross_site").to_string()),
        Failure::Conflict => ("error_title", t.get("error_changed_meanwhile").to_string()),
        Failure::MethodNotAllowed(_) => ("error_title", t.get("error_method").to_string()),
        Failure::RequestTimeout => ("error_title", t.get("error_timeout").to_string()),
        Failure::TooLarge => ("error_title", t.get("error_too_large").to_string()),
        Failure::UriTooLong => ("error_title", t.get("error_uri_too_long").to_string()),
        Failure::UnsupportedMediaType => ("error_title", t.get("error_media_type").to_string()),
        Failure::TooManyRequests(_) => {
            ("error_title", t.get("error_too_many_bookings").to_string())
        }
        Failure::Unavailable(_) => ("unavailable_title", t.get("error_unavailable").to_string()),
        Failure::Internal(_) => ("error_title", t.get("error_internal").to_string()),
    }
}
