//! CGI (RFC 3875): meta-variables and a body in, status, headers and
//! body out.
//!
//! A request is built from a map of meta-variables, not from the process
//! environment directly, so that FastCGI (whose variables arrive in
//! `FCGI_PARAMS` records) builds its requests the same way. What a client can
//! send that is not valid HTTP (a header value `http` refuses, a query that is
//! no URI, a method that is no token, bytes that are not UTF-8) is dropped or
//! refused with a proper status here, before any handler runs. The answer is
//! written here too, so that no value can make the writing panic; a
//! last-resort guard turns any panic into a 500 and a non-zero exit.

use std::collections::HashMap;
use std::io::{Read, Write};

use http::{HeaderName, HeaderValue, Method, Uri};

use super::{DRAIN_LIMIT, EXIT_PANICKED, Startup, configuration_error, guard, refusal, respond};
use crate::app::App;
use crate::clock;
use crate::handlers::Handler;
use crate::web::{self, Failure, HttpRequest, HttpResponse, MAX_BODY_BYTES};

/// Runs `handler` as a CGI program. Never panics in front of the visitor.
pub fn run(handler: Handler) {
    let (resp, panicked) = guard(|| {
        let vars = MetaVars::from_env();
        let body = read_body(&vars, &mut std::io::stdin().lock());
        let app = App::from_env().map_err(|e| e.to_string());
        answer(handler, &vars, body, &app)
    });
    // A failure to write the answer is not a bug: the client went away.
    let _ = write_response(&resp, &mut std::io::stdout().lock());
    if panicked {
        std::process::exit(EXIT_PANICKED);
    }
}

/// The meta-variables of one request, as text. Names or values that are not
/// UTF-8 are dropped (none of those Planado reads may be), except that a query
/// string that is not UTF-8 is remembered, to be refused.
#[derive(Debug, Default, Clone)]
pub struct MetaVars {
    vars: HashMap<String, String>,
    query_not_utf8: bool,
}

impl MetaVars {
    pub fn from_env() -> MetaVars {
        use std::os::unix::ffi::OsStringExt;
        MetaVars::from_pairs(std::env::vars_os().map(|(k, v)| (k.into_vec(), v.into_vec())))
    }

    pub fn from_pairs(pairs: impl IntoIterator<Item = (Vec<u8>, Vec<u8>)>) -> MetaVars {
        let mut out = MetaVars::default();
        for (key, value) in pairs {
            match (String::from_utf8(key), String::from_utf8(value)) {
                (Ok(k), Ok(v)) => {
                    out.vars.insert(k, v);
                }
                (Ok(k), Err(_)) if k == "QUERY_STRING" => out.query_not_utf8 = true,
                _ => {}
            }
        }
        out
    }

    /// Adds a variable (FastCGI: the process's own test clock).
    pub fn insert(&mut self, name: &str, value: String) {
        self.vars.insert(name.to_string(), value);
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.vars.get(name).map(String::as_str)
    }

    fn text(&self, name: &str) -> &str {
        self.get(name).unwrap_or("")
    }
}

/// The answer to one request: the request as `handler` sees it, or a refusal
/// when it cannot be one, in the client's language and format.
pub fn answer(
    handler: Handler,
    vars: &MetaVars,
    body: Result<Vec<u8>, Failure>,
    app: &Startup,
) -> HttpResponse {
    let app = match app {
        Ok(app) => app,
        Err(e) => return configuration_error(e),
    };
    let ctx = app.at(clock::request_now(|name| {
        vars.get(name).map(str::to_string)
    }));
    let (req, refused) = http_request(vars);
    match refused.map_or(body, Err) {
        Ok(body) => respond(handler, &req.map(|_| body), &ctx, origin(vars)),
        Err(failure) => refusal(&web::negotiate(&req), &ctx, failure),
    }
}

/// The HTTP request the meta-variables describe (without its body), and the
/// refusal it earns when it is not a valid one.
pub fn http_request(vars: &MetaVars) -> (HttpRequest, Option<Failure>) {
    let mut refusal = None;
    let method = match Method::from_bytes(vars.get("REQUEST_METHOD").unwrap_or("GET").as_bytes()) {
        Ok(m) => m,
        Err(_) => {
            refusal = Some(Failure::MethodNotAllowed("GET, HEAD, POST"));
            Method::GET
        }
    };
    if !is_known_protocol(vars.text("SERVER_PROTOCOL")) {
        refusal.get_or_insert(Failure::ProtocolNotSupported);
    }
    let (uri, uri_refusal) = uri(vars);
    if vars.query_not_utf8 {
        refusal.get_or_insert(Failure::bad("error_encoding"));
    }
    if let Some(f) = uri_refusal {
        refusal.get_or_insert(f);
    }
    let mut req = http::Request::new(Vec::new());
    *req.method_mut() = method;
    *req.uri_mut() = uri;
    let headers = req.headers_mut();
    let mut fields = 0;
    for (key, value) in &vars.vars {
        let name = match key.strip_prefix("HTTP_") {
            Some(name) => name,
            None if key == "CONTENT_TYPE" => "CONTENT_TYPE",
            None => continue,
        };
        // A header map holds at most 32,768 fields and panics beyond; a
        // request needs far fewer.
        fields += 1;
        if fields > web::MAX_HEADERS {
            refusal.get_or_insert(Failure::HeadersTooLarge);
            break;
        }
        if let Some((name, value)) = header(name, value) {
            headers.insert(name, value);
        }
    }
    // Apache hands the Authorization header to CGI programs only when told
    // (`CGIPassAuth`); a `.htaccess` passes it through a rewrite instead, which
    // Apache renames after its internal redirect.
    if !headers.contains_key(http::header::AUTHORIZATION)
        && let Some((name, value)) = vars
            .get("REDIRECT_HTTP_AUTHORIZATION")
            .and_then(|value| header("AUTHORIZATION", value))
    {
        headers.insert(name, value);
    }
    (req, refusal)
}

/// RFC 3875's `SERVER_PROTOCOL`: an HTTP version from 1.0 to 3 as web
/// servers write them (`HTTP/1.1`, `HTTP/2.0`, `HTTP/3`), `INCLUDED` (a
/// server-side include), or none given. Anything else is refused: a request
/// in a protocol Planado does not know cannot be answered in it.
fn is_known_protocol(protocol: &str) -> bool {
    matches!(
        protocol,
        "" | "INCLUDED" | "HTTP/1.0" | "HTTP/1.1" | "HTTP/2" | "HTTP/2.0" | "HTTP/3" | "HTTP/3.0"
    )
}

/// `HTTP_ACCEPT_LANGUAGE` = `de` as the header `accept-language: de`, when both
/// are valid: visible ASCII only (what the `http` crate can give back as text).
fn header(cgi_name: &str, value: &str) -> Option<(HeaderName, HeaderValue)> {
    let name = cgi_name.replace('_', "-").to_ascii_lowercase();
    let value = value.trim();
    let text = value
        .bytes()
        .all(|b| (0x20..0x7f).contains(&b) || b == b'\t');
    if !text {
        return None;
    }
    Some((
        HeaderName::from_bytes(name.as_bytes()).ok()?,
        HeaderValue::from_str(value).ok()?,
    ))
}

/// The URI from `SCRIPT_NAME` and `QUERY_STRING` (the handlers need only the
/// query), refusing a query that is too long or no part of a URI.
fn uri(vars: &MetaVars) -> (Uri, Option<Failure>) {
    let path = vars
        .get("SCRIPT_NAME")
        .filter(|p| p.starts_with('/') && p.parse::<Uri>().is_ok())
        .unwrap_or("/");
    let bare = || {
        path.parse::<Uri>()
            .unwrap_or_else(|_| Uri::from_static("/"))
    };
    let query = vars.text("QUERY_STRING");
    if query.is_empty() {
        return (bare(), None);
    }
    if query.len() > web::MAX_QUERY_BYTES {
        return (bare(), Some(Failure::UriTooLong));
    }
    match format!("{path}?{query}").parse::<Uri>() {
        Ok(uri) => (uri, None),
        Err(_) => (bare(), Some(Failure::bad("error_encoding"))),
    }
}

/// What the edge knows about a request besides HTTP: where the binaries are
/// reached and who asks.
fn origin(vars: &MetaVars) -> web::Origin {
    web::Origin {
        fallback_base_url: fallback_base_url(vars),
        peer: vars.text("REMOTE_ADDR").to_string(),
        path_info: vars.text("PATH_INFO").to_string(),
    }
}

/// Reads exactly `CONTENT_LENGTH` bytes from `input`, refusing an oversized
/// body before reading it.
pub fn read_body(vars: &MetaVars, input: &mut impl Read) -> Result<Vec<u8>, Failure> {
    let declared = vars.text("CONTENT_LENGTH").trim();
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
            let _ = std::io::copy(&mut input.take(DRAIN_LIMIT as u64), &mut std::io::sink());
            return Err(Failure::TooLarge);
        }
    };
    let mut body = Vec::with_capacity(length);
    input
        .take(length as u64)
        .read_to_end(&mut body)
        .map_err(|_| Failure::bad("error_body_incomplete"))?;
    if body.len() < length {
        return Err(Failure::bad("error_body_incomplete"));
    }
    Ok(body)
}

/// Where the binaries are reached, from what the web server says, for when
/// `public_url` is not configured: HTTPS as the server reports it, the host,
/// and the folder of `SCRIPT_NAME`.
fn fallback_base_url(vars: &MetaVars) -> String {
    let https =
        vars.text("HTTPS").eq_ignore_ascii_case("on") || vars.text("REQUEST_SCHEME") == "https";
    let script = vars.text("SCRIPT_NAME");
    let folder = script.rsplit_once('/').map(|(dir, _)| dir).unwrap_or("");
    super::fallback_base_url(
        https,
        &[vars.text("HTTP_HOST"), vars.text("SERVER_NAME")],
        folder,
    )
}

/// A response in CGI form (RFC 3875, 6.2): a `Status` line, the headers, a
/// blank line, the body.
pub fn write_response(resp: &HttpResponse, out: &mut impl Write) -> std::io::Result<()> {
    out.write_all(&response_bytes(resp))?;
    out.flush()
}

/// The bytes of a response in CGI form (FastCGI sends the same on its stdout).
pub fn response_bytes(resp: &HttpResponse) -> Vec<u8> {
    let status = resp.status();
    let mut head = format!(
        "Status: {} {}\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or("")
    );
    for (name, value) in resp.headers() {
        // A value that is not text is left out rather than sent half (ours
        // are all built from checked parts; this is the last line).
        if let Ok(value) = value.to_str() {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(resp.body());
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &[u8])]) -> MetaVars {
        MetaVars::from_pairs(
            pairs
                .iter()
                .map(|(k, v)| (k.as_bytes().to_vec(), v.to_vec())),
        )
    }

    #[test]
    fn a_panic_becomes_a_plain_500_with_the_security_headers() {
        let (resp, panicked) = guard(|| panic!("a bug in a handler"));
        assert!(panicked);
        let out = String::from_utf8(response_bytes(&resp)).unwrap();
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
        let (fine, panicked) = guard(|| web::text(http::StatusCode::OK, "ok".into()));
        assert!(!panicked);
        assert_eq!(fine.status(), 200);
    }

    #[test]
    fn headers_http_cannot_give_back_as_text_are_dropped() {
        assert!(header("ACCEPT", "text/html").is_some());
        assert!(header("ACCEPT", "a\nb").is_none());
        assert!(header("ACCEPT", "\u{e9}").is_none());
        assert!(header("", "x").is_none());
        assert!(header("A B", "x").is_none());
    }

    #[test]
    fn a_request_from_variables() {
        let (req, refusal) = http_request(&vars(&[
            ("REQUEST_METHOD", b"POST"),
            ("SCRIPT_NAME", b"/planado/booking"),
            ("QUERY_STRING", b"a=1"),
            ("CONTENT_TYPE", b"application/x-www-form-urlencoded"),
            ("HTTP_ACCEPT_LANGUAGE", b"de"),
            ("HTTP_USER_AGENT", b"caf\xc3\xa9"),
            ("HTTP_ACCEPT", b"\xff"),
        ]));
        assert!(refusal.is_none());
        assert_eq!(req.method(), Method::POST);
        assert_eq!(req.uri().query(), Some("a=1"));
        assert_eq!(req.headers()["accept-language"], "de");
        assert_eq!(
            req.headers()["content-type"],
            "application/x-www-form-urlencoded"
        );
        assert!(req.headers().get("user-agent").is_none());
        assert!(req.headers().get("accept").is_none());
    }

    #[test]
    fn requests_that_are_not_http_are_refused() {
        let refusal = |pairs: &[(&str, &[u8])]| http_request(&vars(pairs)).1;
        assert_eq!(
            refusal(&[("REQUEST_METHOD", b"GET /x")]),
            Some(Failure::MethodNotAllowed("GET, HEAD, POST"))
        );
        assert_eq!(
            refusal(&[("QUERY_STRING", b"id=\xff")]),
            Some(Failure::bad("error_encoding"))
        );
        assert_eq!(
            refusal(&[("QUERY_STRING", b"id=a b")]),
            Some(Failure::bad("error_encoding"))
        );
        let long = format!("id={}", "a".repeat(web::MAX_QUERY_BYTES));
        assert_eq!(
            refusal(&[("QUERY_STRING", long.as_bytes())]),
            Some(Failure::UriTooLong)
        );
        assert_eq!(refusal(&[("SCRIPT_NAME", b"/in vite\x01")]), None);
        for known in ["HTTP/1.0", "HTTP/1.1", "HTTP/2.0", "HTTP/3", "INCLUDED"] {
            assert_eq!(refusal(&[("SERVER_PROTOCOL", known.as_bytes())]), None);
        }
        for unknown in ["HTTP/0.9", "HTTP/9.9", "SHTTP/1.3", "http/1.1", "GOPHER"] {
            assert_eq!(
                refusal(&[("SERVER_PROTOCOL", unknown.as_bytes())]),
                Some(Failure::ProtocolNotSupported),
                "{unknown}"
            );
        }
        let crowd: Vec<(String, Vec<u8>)> = (0..24_577)
            .map(|i| (format!("HTTP_X_{i}"), b"1".to_vec()))
            .collect();
        let crowded = MetaVars::from_pairs(crowd.into_iter().map(|(k, v)| (k.into_bytes(), v)));
        assert_eq!(
            http_request(&crowded).1,
            Some(Failure::HeadersTooLarge),
            "more header fields than a header map holds: 431, not a panic"
        );
    }

    #[test]
    fn bodies_are_read_within_the_limit() {
        let with_length = |n: &str| vars(&[("CONTENT_LENGTH", n.as_bytes())]);
        let mut input: &[u8] = b"abcdef";
        assert_eq!(read_body(&with_length("3"), &mut input).unwrap(), b"abc");
        let mut short: &[u8] = b"ab";
        assert!(read_body(&with_length("3"), &mut short).is_err());
        let mut input: &[u8] = b"";
        assert_eq!(
            read_body(&with_length("99999999999999999999"), &mut input),
            Err(Failure::TooLarge)
        );
        assert!(read_body(&with_length("1x"), &mut input).is_err());
        assert_eq!(read_body(&MetaVars::default(), &mut input).unwrap(), b"");
    }

    #[test]
    fn responses_in_cgi_form() {
        let resp = web::text(http::StatusCode::NOT_FOUND, "no".into());
        let bytes = String::from_utf8(response_bytes(&resp)).unwrap();
        assert_eq!(
            bytes,
            "Status: 404 Not Found\r\ncontent-type: text/plain; charset=utf-8\r\n\r\nno"
        );
    }
}
