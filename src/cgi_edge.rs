//! The CGI edge (RFC 3875): environment + stdin in, status + headers + body out.
//!
//! The `cgi` crate (the maintained upstream of `rust-cgi`, 0.8, which also reads
//! `REQUEST_URI`) turns the environment into an `http::Request` and writes the
//! response. It `unwrap`s on much a client can send (a body shorter than
//! `CONTENT_LENGTH`, a huge `CONTENT_LENGTH`, header values `http` refuses, an
//! unknown `SERVER_PROTOCOL`, non-UTF-8 variables), so this module first reads
//! the body itself within the limit and normalises the environment; what cannot
//! be normalised is refused with a proper status. A last-resort guard turns any
//! panic into a plain 500 and a line on stderr.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::panic::{self, AssertUnwindSafe};

use http::{HeaderName, HeaderValue, Method, Uri};

use crate::context::Context;
use crate::handlers::{self, Handler};
use crate::web::{self, Failure, HttpRequest, HttpResponse, MAX_BODY_BYTES};

/// Variables the `cgi` crate copies into `X-CGI-*` headers (and so must be valid
/// header values), besides the `HTTP_*` ones.
const COPIED_VARS: &[&str] = &[
    "AUTH_TYPE",
    "CONTENT_TYPE",
    "GATEWAY_INTERFACE",
    "PATH_INFO",
    "PATH_TRANSLATED",
    "REMOTE_ADDR",
    "REMOTE_HOST",
    "REMOTE_IDENT",
    "REMOTE_USER",
    "REQUEST_URL",
    "SCRIPT_NAME",
    "SCRIPT_URI",
    "SCRIPT_URL",
    "SERVER_PORT",
    "SERVER_SOFTWARE",
];
/// How much of an oversized body is read and dropped before answering 413.
const DRAIN_LIMIT: u64 = 1024 * 1024;
const KNOWN_PROTOCOLS: &[&str] = &["HTTP/0.9", "HTTP/1.0", "HTTP/1.1", "HTTP/2.0"];

/// The exit status after a panic (`EX_SOFTWARE` of sysexits.h): the visitor got
/// a 500, and whoever runs the process (a web server's log, a test) sees the bug.
pub const EXIT_PANICKED: i32 = 70;

/// Runs `handler` as a CGI program. Never panics in front of the visitor.
pub fn run(handler: Handler) {
    if guarded(|| run_guarded(handler), &mut std::io::stdout()) {
        std::process::exit(EXIT_PANICKED);
    }
}

/// The last-resort guard: a panic in `work` becomes a plain 500 on `out`, with
/// the security headers every answer carries; returns whether it panicked. The
/// panic message is already on stderr (the default hook), which the web server
/// writes to its error log.
fn guarded(work: impl FnOnce(), out: &mut impl Write) -> bool {
    if panic::catch_unwind(AssertUnwindSafe(work)).is_ok() {
        return false;
    }
    let _ = write_response(&handlers::panic_response(), out);
    true
}

/// A response in CGI form (RFC 3875, 6.2): a `Status` line, the headers, a
/// blank line, the body.
pub fn write_response(resp: &HttpResponse, out: &mut impl Write) -> std::io::Result<()> {
    let status = resp.status();
    let mut head = format!(
        "Status: {} {}\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or("")
    );
    for (name, value) in resp.headers() {
        // Header values are checked by the `http` crate on the way in; a value
        // that is not text is left out rather than sent half.
        if let Ok(value) = value.to_str() {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    out.write_all(resp.body())?;
    out.flush()
}

fn run_guarded(handler: Handler) {
    let early = normalise_environment();
    let body = match early {
        Ok(()) => read_body(),
        Err(f) => Err(f),
    };
    let ctx = Context::from_env();
    let origin = web::Origin {
        fallback_base_url: fallback_base_url(),
        client: std::env::var("REMOTE_ADDR")
            .ok()
            .and_then(|a| a.trim().parse().ok()),
    };
    // The crate must not read stdin (we did, within the limit).
    set_env("CONTENT_LENGTH", "0");
    cgi::handle(move |req: HttpRequest| {
        let ctx = match ctx {
            Ok(ctx) => ctx,
            Err(e) => return configuration_error(&e.to_string()),
        };
        match body {
            Ok(body) => {
                let req = with_content_type(req.map(|_| body));
                handlers::respond(handler, &req, &ctx, origin)
            }
            Err(failure) => handlers::refusal(&web::negotiate(&req), &ctx, failure),
        }
    });
}

/// The crate files `CONTENT_TYPE` under `X-CGI-Content-Type`; the handlers
/// read the standard header.
fn with_content_type(mut req: HttpRequest) -> HttpRequest {
    req.headers_mut().remove(http::header::CONTENT_TYPE);
    if let Some(v) = std::env::var("CONTENT_TYPE")
        .ok()
        .and_then(|v| HeaderValue::from_str(&v).ok())
    {
        req.headers_mut().insert(http::header::CONTENT_TYPE, v);
    }
    req
}

/// SAFETY of `set_var`/`remove_var`: called only from `run`, on the main thread,
/// before anything else runs that could read the environment concurrently.
fn set_env(key: &str, value: &str) {
    unsafe { std::env::set_var(key, value) }
}

fn remove_env(key: &OsString) {
    unsafe { std::env::remove_var(key) }
}

/// Makes the environment safe for the `cgi` crate; refuses what it cannot fix.
fn normalise_environment() -> Result<(), Failure> {
    let mut refusal = None;
    for (key, value) in std::env::vars_os() {
        let (Some(k), Some(v)) = (key.to_str(), value.to_str()) else {
            // Non-UTF-8: the crate's `env::vars()` would panic.
            if key.to_str() == Some("QUERY_STRING") {
                refusal.get_or_insert(Failure::bad("error_encoding"));
            }
            remove_env(&key);
            continue;
        };
        let header_like = k.starts_with("HTTP_") || COPIED_VARS.contains(&k);
        // A client must not pose as the server's own X-CGI-* meta-variables.
        if (header_like && !is_safe_header(k, v)) || k.starts_with("HTTP_X_CGI_") {
            remove_env(&key);
        }
    }
    if let Ok(p) = std::env::var("SERVER_PROTOCOL")
        && !KNOWN_PROTOCOLS.contains(&p.as_str())
    {
        remove_env(&OsString::from("SERVER_PROTOCOL"));
    }
    let method = std::env::var("REQUEST_METHOD").unwrap_or_else(|_| "GET".into());
    if Method::from_bytes(method.as_bytes()).is_err() {
        set_env("REQUEST_METHOD", "GET");
        refusal.get_or_insert(Failure::MethodNotAllowed("GET, HEAD, POST"));
    }
    normalise_uri(&mut refusal);
    refusal.map_or(Ok(()), Err)
}

/// The crate builds the URI from `REQUEST_URI`; we only need the query, so the
/// URI is rebuilt from `SCRIPT_NAME` and `QUERY_STRING`, checked by `http`.
fn normalise_uri(refusal: &mut Option<Failure>) {
    let path = std::env::var("SCRIPT_NAME")
        .ok()
        .filter(|p| p.starts_with('/') && p.parse::<Uri>().is_ok())
        .unwrap_or_else(|| "/".into());
    let query = std::env::var("QUERY_STRING").unwrap_or_default();
    let uri = if query.is_empty() {
        path.clone()
    } else {
        format!("{path}?{query}")
    };
    if query.len() > web::MAX_QUERY_BYTES {
        refusal.get_or_insert(Failure::UriTooLong);
        set_env("REQUEST_URI", &path);
    } else if uri.parse::<Uri>().is_err() {
        refusal.get_or_insert(Failure::bad("error_encoding"));
        set_env("REQUEST_URI", &path);
    } else {
        set_env("REQUEST_URI", &uri);
    }
    remove_env(&OsString::from("QUERY_STRING"));
}

fn is_safe_header(key: &str, value: &str) -> bool {
    let name = key.strip_prefix("HTTP_").unwrap_or(key).replace('_', "-");
    HeaderName::from_bytes(name.as_bytes()).is_ok()
        && value
            .bytes()
            .all(|b| (0x20..0x7f).contains(&b) || b == b'\t')
        && HeaderValue::from_str(value.trim()).is_ok()
}

/// Reads exactly `CONTENT_LENGTH` bytes, refusing an oversized one before
/// reading anything.
fn read_body() -> Result<Vec<u8>, Failure> {
    let declared = std::env::var("CONTENT_LENGTH").unwrap_or_default();
    let declared = declared.trim();
    if declared.is_empty() {
        return Ok(Vec::new());
    }
    if !declared.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Failure::bad("error_body_incomplete"));
    }
    let length = match declared.parse::<usize>() {
        Ok(n) if n <= MAX_BODY_BYTES => n,
        _ => {
            // Read (and drop) a moderate excess, so that the web server is not
            // cut off while still sending it and the client sees the 413.
            let _ = std::io::copy(
                &mut std::io::stdin().take(DRAIN_LIMIT),
                &mut std::io::sink(),
            );
            return Err(Failure::TooLarge);
        }
    };
    let mut body = Vec::with_capacity(length);
    std::io::stdin()
        .take(length as u64)
        .read_to_end(&mut body)
        .map_err(|_| Failure::bad("error_body_incomplete"))?;
    if body.len() < length {
        return Err(Failure::bad("error_body_incomplete"));
    }
    Ok(body)
}

/// Where the binaries are reached, from what the web server says, for when
/// `public_url` is not configured: scheme, host and the folder of `SCRIPT_NAME`.
fn fallback_base_url() -> String {
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    let https = var("HTTPS").eq_ignore_ascii_case("on") || var("REQUEST_SCHEME") == "https";
    let scheme = if https { "https" } else { "http" };
    let host = [var("HTTP_HOST"), var("SERVER_NAME")]
        .into_iter()
        .find(|h| web::is_plausible_host(h))
        .unwrap_or_else(|| "localhost".into());
    let script = var("SCRIPT_NAME");
    let folder = script.rsplit_once('/').map(|(dir, _)| dir).unwrap_or("");
    let folder_ok = folder
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/-._~".contains(&b));
    format!("{scheme}://{host}{}", if folder_ok { folder } else { "" })
}

/// A configuration that cannot be read: the operator must fix it; the visitor
/// gets a plain 500 without details.
fn configuration_error(detail: &str) -> HttpResponse {
    eprintln!("planado: configuration: {detail}");
    let mut resp = web::text(
        http::StatusCode::INTERNAL_SERVER_ERROR,
        "Planado is not configured correctly. The operator can find the details in the server log.\n".into(),
    );
    web::add_security_headers(&mut resp, "");
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_a_plain_500_with_the_security_headers() {
        let mut out = Vec::new();
        assert!(guarded(|| panic!("a bug in a handler"), &mut out));
        let out = String::from_utf8(out).unwrap();
        assert!(
            out.starts_with("Status: 500 Internal Server Error\r\n"),
            "{out}"
        );
        for header in [
            "content-security-policy: default-src 'none';",
            "x-content-type-options: nosniff\r\n",
            "referrer-policy: no-referrer\r\n",
            "cache-control: no-store\r\n",
            "x-frame-options: DENY\r\n",
        ] {
            assert!(out.contains(header), "{header} missing in {out}");
        }
        assert!(out.ends_with("\r\n\r\nInternal error.\n"));
        let mut quiet = Vec::new();
        assert!(!guarded(|| {}, &mut quiet));
        assert!(quiet.is_empty());
    }

    #[test]
    fn header_values_the_http_crate_refuses_are_not_safe() {
        assert!(is_safe_header("HTTP_ACCEPT", "text/html"));
        assert!(!is_safe_header("HTTP_ACCEPT", "a\nb"));
        assert!(!is_safe_header("HTTP_ACCEPT", "\u{e9}"));
        assert!(!is_safe_header("HTTP_", "x"));
        assert!(!is_safe_header("HTTP_A B", "x"));
    }
}
