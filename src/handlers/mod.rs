//! One module per binary. Each `handle` is `fn(Request, &Context) -> HttpResponse`,
//! called by the CGI binary and by `planado serve` alike.

pub mod admin;
pub mod booking;
pub mod cleanup;
pub mod ics;
pub mod index;
pub mod invite;

use http::StatusCode;
use serde_json::json;

use crate::context::Context;
use crate::i18n::Catalog;
use crate::pages::{self, ErrorPage};
use crate::web::{self, Failure, HttpRequest, HttpResponse, Negotiation, Request};

pub type Handler = fn(Request, &Context) -> HttpResponse;

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
        Ok(req) => handler(req, ctx),
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

/// Turns a handler's result into the response, failures into error pages.
pub fn finish(req: &Request, ctx: &Context, result: Result<HttpResponse, Failure>) -> HttpResponse {
    result.unwrap_or_else(|failure| failure_response(&req.negotiation, ctx, failure))
}

/// The error page (or JSON error) for a failure, in the client's language. The
/// details of 500 and 503 go to the log (stderr), never to the visitor.
pub fn failure_response(
    negotiation: &Negotiation,
    ctx: &Context,
    failure: Failure,
) -> HttpResponse {
    if let Failure::Unavailable(detail) | Failure::Internal(detail) = &failure {
        eprintln!("planado: {}: {detail}", failure.status().as_u16());
    }
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
            static_base: static_base(ctx),
            message,
            ask_for_id: matches!(failure, Failure::NotFound),
            t: &t,
        };
        let body = pages::render(&page).unwrap_or_else(|_| t.get("error_internal").to_string());
        web::html(status, body)
    };
    match failure {
        Failure::MethodNotAllowed(allow) => web::with_allow(resp, allow),
        Failure::TooManyRequests(seconds) => web::with_retry_after(resp, seconds),
        _ => resp,
    }
}

fn failure_text(t: &Catalog, failure: &Failure) -> (&'static str, String) {
    match failure {
        Failure::BadInput { key, args } => ("error_title", t.fill(key, args)),
        Failure::NotFound => ("notfound_title", t.get("notfound_text").to_string()),
        Failure::CrossSite => ("error_title", t.get("error_cross_site").to_string()),
        Failure::Conflict => ("error_title", t.get("error_changed_meanwhile").to_string()),
        Failure::MethodNotAllowed(_) => ("error_title", t.get("error_method").to_string()),
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

/// The prefix for static files in pages: relative ("") beside the binaries, or
/// the configured `static_url`.
pub fn static_base(ctx: &Context) -> String {
    if ctx.config.static_url.is_empty() {
        String::new()
    } else {
        format!("{}/", ctx.config.static_url)
    }
}

/// `Allow` values and the check that goes with them.
pub fn require_method(
    req: &Request,
    allowed: &[http::Method],
    allow: &'static str,
) -> Result<(), Failure> {
    if allowed.contains(&req.method) {
        Ok(())
    } else {
        Err(Failure::MethodNotAllowed(allow))
    }
}

/// The `id=` of a request, trimmed and lowercased (ids are lowercase; a link
/// typed by hand may not be); missing is a 400.
pub fn required_id(req: &Request) -> Result<String, Failure> {
    let id = req.param("id").map(str::trim).unwrap_or("");
    if id.is_empty() {
        return Err(Failure::bad("error_id_missing"));
    }
    Ok(id.to_ascii_lowercase())
}

/// The repetitions in the visitor's language, for the forms.
pub fn repeat_options(t: &Catalog) -> impl Iterator<Item = (crate::meeting::Repeat, String)> + '_ {
    crate::meeting::Repeat::ALL
        .into_iter()
        .map(|r| (r, t.get(&format!("repeat_{}", r.as_str())).to_string()))
}

/// A JSON answer with a status.
pub fn json_ok(status: StatusCode, value: serde_json::Value) -> Result<HttpResponse, Failure> {
    Ok(web::json(status, &value))
}

/// RFC 3339 in UTC with a `Z`, as the contract's `start` fields are written.
pub fn rfc3339(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The meeting behind an invite id as it stands now, advanced in the store when
/// its stored occurrence has passed (so correctness never waits for cleanup).
/// `None` for an id that is unknown, malformed or whose series is over.
pub fn current_meeting(
    store: &mut dyn crate::store::Store,
    invite_id: &str,
    ctx: &Context,
) -> Result<Option<crate::meeting::Meeting>, Failure> {
    use crate::context::store_failure;
    if !crate::ids::is_plausible_id(invite_id) {
        return Ok(None);
    }
    // A concurrent cleanup or visitor may advance the same row; then read again.
    for _ in 0..3 {
        let Some(mut meeting) = store.find(invite_id).map_err(store_failure)? else {
            return Ok(None);
        };
        let now = meeting.at(ctx.now, ctx.expire(), crate::ids::new_room_id);
        let Some((_, advance)) = now.map_err(|e| Failure::Internal(e.to_string()))? else {
            return Ok(None);
        };
        let Some(advance) = advance else {
            return Ok(Some(meeting));
        };
        if store
            .advance(invite_id, meeting.occurrence, &advance)
            .map_err(store_failure)?
        {
            meeting.apply(advance);
            return Ok(Some(meeting));
        }
    }
    Err(Failure::Unavailable(format!(
        "meeting {invite_id} kept changing while being read"
    )))
}

/// With `cleanup = "request"`: one cleanup batch, at most once per
/// `cleanup_interval_minutes` across all processes (a compare-and-set on one
/// state row, on a connection the request already has). Failures only go to
/// the log: the visitor's answer does not depend on it.
pub fn maybe_cleanup(store: &mut dyn crate::store::Store, ctx: &Context) {
    if ctx.config.cleanup != crate::config::CleanupMode::Request {
        return;
    }
    let interval = i64::from(ctx.config.cleanup_interval_minutes) * 60;
    let outcome = store
        .claim_cleanup(ctx.now, interval)
        .map_err(|e| e.to_string())
        .and_then(|claimed| match claimed {
            true => crate::cleanup::request_step(store, ctx.now, ctx.expire())
                .map(drop)
                .map_err(|e| e.to_string()),
            false => Ok(()),
        });
    if let Err(e) = outcome {
        eprintln!("planado: request-triggered cleanup: {e}");
    }
}
