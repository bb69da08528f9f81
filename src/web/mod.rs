//! The HTTP shapes shared by every edge (CGI, FastCGI, `planado serve`):
//! request parsing with limits, content negotiation, who asks (`client.rs`),
//! the failures every handler may answer with and their pages (`failure.rs`),
//! responses and the security headers every answer carries.

pub mod client;
pub mod failure;

use chrono::{DateTime, Utc};
use http::header::{self, HeaderValue};
use http::{Method, StatusCode};
use percent_encoding::percent_decode_str;

use crate::domain::booking_input::Fields;
pub use crate::domain::links::origin;
pub use failure::Failure;

pub type HttpRequest = http::Request<Vec<u8>>;
pub type HttpResponse = http::Response<Vec<u8>>;

/// Largest request body accepted (checked before anything reads the body).
pub const MAX_BODY_BYTES: usize = 16 * 1024;
/// Largest query string accepted.
pub const MAX_QUERY_BYTES: usize = 16 * 1024;
/// Most header fields a request may carry (Apache's `LimitRequestFields`;
/// hyper's limit in `planado serve` is the same).
pub const MAX_HEADERS: usize = 100;
/// Most parameters in a query or a form.
pub const MAX_PARAMS: usize = 64;

/// Decoded `name=value` pairs, in order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Params(pub Vec<(String, String)>);

impl Params {
    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Fields for Params {
    fn field(&self, name: &str) -> Option<&str> {
        self.get(name)
    }
}

/// What the client asked for besides the resource: JSON or HTML, and languages.
#[derive(Debug, Clone, Default)]
pub struct Negotiation {
    pub wants_json: bool,
    pub accept_language: String,
    /// The language the link names (`?lang=`), as given; the catalog decides
    /// whether it is one Planado speaks.
    pub lang: Option<String>,
}

/// A parsed request, the same whether it came through CGI or `planado serve`.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub query: Params,
    pub form: Params,
    pub negotiation: Negotiation,
    /// Where the binaries are reached when `public_url` is not configured.
    pub fallback_base_url: String,
    /// Who asks (for the booking cap), behind trusted proxies if configured.
    pub client: client::Client,
    /// The path below the binary (`PATH_INFO`; in `planado serve` the rest
    /// after the binary's path): `/conference/…` for the reservation backend.
    pub path_info: String,
    /// The `Authorization` header, for the reservation backend's shared secret.
    pub authorization: Option<String>,
    /// `If-None-Match` and `If-Modified-Since`, for the calendar feed.
    pub conditional: Conditional,
}

/// What a client says about the copy it has (RFC 9110, 13.1).
#[derive(Debug, Clone, Default)]
pub struct Conditional {
    pub if_none_match: Option<String>,
    pub if_modified_since: Option<String>,
}

impl Conditional {
    /// Whether the client's copy, of this `etag` and last changed at
    /// `last_modified`, is current. `If-None-Match` decides when it is there;
    /// `If-Modified-Since` only without it (RFC 9110, 13.2.2).
    pub fn is_current(&self, etag: &str, last_modified: Option<DateTime<Utc>>) -> bool {
        if let Some(tags) = &self.if_none_match {
            // A weak comparison: W/"x" matches "x".
            return tags
                .split(',')
                .map(|t| t.trim().trim_start_matches("W/"))
                .any(|t| t == "*" || t == etag);
        }
        match (&self.if_modified_since, last_modified) {
            (Some(since), Some(changed)) => DateTime::parse_from_rfc2822(since.trim())
                .is_ok_and(|since| changed.timestamp() <= since.timestamp()),
            _ => false,
        }
    }
}

/// What the edge (CGI or `planado serve`) knows about a request besides HTTP.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    pub fallback_base_url: String,
    /// The peer's address as the edge saw it (`REMOTE_ADDR`, the socket's peer).
    pub peer: String,
    /// The path below the binary (see `Request::path_info`).
    pub path_info: String,
}

impl Request {
    /// A parameter from the form body, else from the query string.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.form.get(name).or_else(|| self.query.get(name))
    }

    /// Where the language menu's links lead, `lang=` to be added: this page
    /// again (`?` and its query without `lang`), or the booking form after a
    /// form was sent to an address that only takes forms.
    pub fn menu_base(&self) -> String {
        let kept: Vec<&(String, String)> = self
            .query
            .0
            .iter()
            .filter(|(name, _)| name != "lang")
            .collect();
        if self.method == Method::POST && kept.is_empty() {
            return "index?".to_string();
        }
        format!(
            "?{}",
            serde_urlencoded::to_string(&kept).unwrap_or_default()
        )
    }

    /// Query and form together (form first), for handlers that accept both.
    pub fn all_params(&self) -> Params {
        Params(self.form.0.iter().chain(&self.query.0).cloned().collect())
    }
}

/// Reads what every answer needs (JSON or HTML, languages) from the headers;
/// this cannot fail, so even a refusal is answered in the client's terms.
pub fn negotiate(req: &HttpRequest) -> Negotiation {
    let header_text = |name: header::HeaderName| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    // A client that authenticates with a bearer token is a program (Prosody
    // asking the reservation backend, which sends no `Accept`): JSON.
    let bearer = bearer_token(&header_text(header::AUTHORIZATION)).is_some();
    Negotiation {
        wants_json: bearer || prefers_json(&header_text(header::ACCEPT)),
        accept_language: header_text(header::ACCEPT_LANGUAGE),
        lang: lang_of(req.uri().query().unwrap_or("")),
    }
}

/// The query's `lang=` (a language tag is letters, digits and hyphens, so
/// it needs no decoding; anything else is not one and is left out).
fn lang_of(query: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|pair| pair.strip_prefix("lang="))
        .find(|tag| {
            (2..=35).contains(&tag.len())
                && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        .map(str::to_string)
}

/// Parses an HTTP request into a `Request`, enforcing the limits. `X-Forwarded-For`
/// is believed only from the `trusted_proxies`.
pub fn parse_request(
    req: &HttpRequest,
    origin: Origin,
    trusted_proxies: &[ipnet::IpNet],
) -> Result<Request, Failure> {
    let query_text = req.uri().query().unwrap_or("");
    if query_text.len() > MAX_QUERY_BYTES {
        return Err(Failure::UriTooLong);
    }
    // A URI carries only printable ASCII; anything else was not percent-encoded.
    if !query_text.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(Failure::bad("error_encoding"));
    }
    let query = parse_urlencoded(query_text)?;
    let form = if req.method() == Method::POST {
        parse_body(req)?
    } else {
        Params::default()
    };
    Ok(Request {
        method: req.method().clone(),
        query,
        form,
        negotiation: negotiate(req),
        client: client::identify(
            &origin.peer,
            req.headers()
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok()),
            trusted_proxies,
        ),
        fallback_base_url: origin.fallback_base_url,
        path_info: origin.path_info,
        authorization: header_value(req, header::AUTHORIZATION),
        conditional: Conditional {
            if_none_match: header_value(req, header::IF_NONE_MATCH),
            if_modified_since: header_value(req, header::IF_MODIFIED_SINCE),
        },
    })
}

fn header_value(req: &HttpRequest, name: header::HeaderName) -> Option<String> {
    req.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

fn parse_body(req: &HttpRequest) -> Result<Params, Failure> {
    let body = req.body();
    if body.len() > MAX_BODY_BYTES {
        return Err(Failure::TooLarge);
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let media_type = content_type.split(';').next().unwrap_or("").trim();
    let is_form = media_type.eq_ignore_ascii_case("application/x-www-form-urlencoded");
    let empty = body.is_empty() && media_type.is_empty();
    if !(is_form || empty) {
        return Err(Failure::UnsupportedMediaType);
    }
    let text = std::str::from_utf8(body).map_err(|_| Failure::bad("error_encoding"))?;
    parse_urlencoded(text)
}

/// `application/x-www-form-urlencoded`, refusing what a lenient parser would
/// silently mangle: `%` not followed by two hex digits, bytes that do not decode
/// to UTF-8, and more than `MAX_PARAMS` pairs.
pub fn parse_urlencoded(text: &str) -> Result<Params, Failure> {
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let hex = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_hexdigit);
        if b == b'%' && !(hex(i + 1) && hex(i + 2)) {
            return Err(Failure::bad("error_encoding"));
        }
    }
    if text.split('&').filter(|p| !p.is_empty()).count() > MAX_PARAMS {
        return Err(Failure::bad("error_too_many_params"));
    }
    for part in text.split(['&', '=']) {
        if percent_decode_str(part).decode_utf8().is_err() {
            return Err(Failure::bad("error_encoding"));
        }
    }
    serde_urlencoded::from_str::<Vec<(String, String)>>(text)
        .map(Params)
        .map_err(|_| Failure::bad("error_encoding"))
}

/// JSON when `Accept` ranks `application/json` above `text/html`.
pub fn prefers_json(accept: &str) -> bool {
    let mut json = 0.0f32;
    let mut html = 0.0f32;
    for range in accept.split(',') {
        let mut parts = range.split(';');
        let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        match media.as_str() {
            "application/json" => json = json.max(q),
            "text/html" => html = html.max(q),
            _ => {}
        }
    }
    json > 0.0 && json > html
}

/// The Content-Security-Policy of every page: nothing from anywhere else, no
/// inline script or style, no framing. Forms go to ourselves, and to the Jitsi
/// server, because browsers apply `form-action` to the redirect into the room.
pub fn content_security_policy(jitsi_url: &str) -> String {
    format!(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; \
         form-action 'self' {}; base-uri 'none'; frame-ancestors 'none'",
        origin(jitsi_url)
    )
}

/// Adds the headers every answer carries. Dynamic answers may carry secrets
/// (ids, keys, rooms), so none of them is stored by a cache, unless the
/// handler said otherwise (the calendar feed, which carries no secret its
/// link does not).
pub fn add_security_headers(resp: &mut HttpResponse, jitsi_url: &str) {
    let cacheable = resp.headers().get(header::CACHE_CONTROL).cloned();
    let h = resp.headers_mut();
    if let Ok(csp) = HeaderValue::from_str(&content_security_policy(jitsi_url)) {
        h.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    let fixed = [
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CACHE_CONTROL, "no-store"),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            header::HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
        (
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=()",
        ),
    ];
    for (name, value) in fixed {
        h.insert(name, HeaderValue::from_static(value));
    }
    if let Some(value) = cacheable {
        h.insert(header::CACHE_CONTROL, value);
    }
}

fn response(status: StatusCode, content_type: &'static str, body: Vec<u8>) -> HttpResponse {
    let mut resp = http::Response::new(body);
    *resp.status_mut() = status;
    resp.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    resp
}

pub fn html(status: StatusCode, body: String) -> HttpResponse {
    response(status, "text/html; charset=utf-8", body.into_bytes())
}

pub fn json(status: StatusCode, value: &serde_json::Value) -> HttpResponse {
    response(status, "application/json", value.to_string().into_bytes())
}

pub fn text(status: StatusCode, body: String) -> HttpResponse {
    response(status, "text/plain; charset=utf-8", body.into_bytes())
}

/// A calendar file download. The file name goes in `filename*` (RFC 6266,
/// UTF-8, percent-encoded), with a plain ASCII `filename` for old clients.
pub fn calendar(body: Vec<u8>, filename: &str) -> HttpResponse {
    let mut resp = response(StatusCode::OK, "text/calendar; charset=utf-8", body);
    let encoded =
        percent_encoding::utf8_percent_encode(filename, percent_encoding::NON_ALPHANUMERIC);
    let value = format!("attachment; filename=\"meeting.ics\"; filename*=UTF-8''{encoded}");
    if let Ok(v) = HeaderValue::from_str(&value) {
        resp.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    resp
}

/// A subscribed calendar's feed: cached for `max_age` by the calendar,
/// with an `ETag` of its bytes and its `Last-Modified`; `304 Not Modified`,
/// without the body, when the client's copy is current.
pub fn calendar_feed(
    conditional: &Conditional,
    body: Vec<u8>,
    last_modified: Option<DateTime<Utc>>,
    max_age: chrono::Duration,
) -> HttpResponse {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(&body);
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    let etag = format!("\"{hex}\"");
    let current = conditional.is_current(&etag, last_modified);
    let (status, body) = if current {
        (StatusCode::NOT_MODIFIED, Vec::new())
    } else {
        (StatusCode::OK, body)
    };
    let mut resp = response(status, "text/calendar; charset=utf-8", body);
    let h = resp.headers_mut();
    let cache = format!("max-age={}", max_age.num_seconds());
    let dated = last_modified.map(|t| t.format("%a, %d %b %Y %H:%M:%S GMT").to_string());
    for (name, value) in [
        (header::ETAG, Some(etag)),
        (header::CACHE_CONTROL, Some(cache)),
        (header::LAST_MODIFIED, dated),
        // The feed's words are in the reader's language.
        (header::VARY, Some("Accept-Language".to_string())),
    ] {
        if let Some(v) = value.and_then(|v| HeaderValue::from_str(&v).ok()) {
            h.insert(name, v);
        }
    }
    resp
}

/// `303 See Other` to `location`. A URL that cannot be a header value (it never
/// should: ours are built from validated parts) becomes a 500, not a panic.
pub fn see_other(location: &str) -> Result<HttpResponse, Failure> {
    let value = HeaderValue::from_str(location).map_err(|_| {
        Failure::Internal(format!(
            "redirect target is not a header value: {location:?}"
        ))
    })?;
    let mut resp = response(
        StatusCode::SEE_OTHER,
        "text/plain; charset=utf-8",
        Vec::new(),
    );
    resp.headers_mut().insert(header::LOCATION, value);
    Ok(resp)
}

pub fn with_retry_after(mut resp: HttpResponse, seconds: u64) -> HttpResponse {
    resp.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    resp
}

/// The token of an `Authorization: Bearer <token>` header (RFC 6750; the
/// scheme in any case).
pub fn bearer_token(authorization: &str) -> Option<&str> {
    authorization
        .split_once(' ')
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
}

/// `WWW-Authenticate` for a 401 (RFC 6750: the client must send a bearer token).
pub fn with_bearer_challenge(mut resp: HttpResponse) -> HttpResponse {
    resp.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Bearer realm=\"planado\""),
    );
    resp
}

pub fn with_allow(mut resp: HttpResponse, allow: &'static str) -> HttpResponse {
    resp.headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static(allow));
    resp
}

/// A host name as it may appear in a URL we hand out: letters, digits, dots,
/// dashes, a port and IPv6 brackets; anything else is ignored.
pub fn is_plausible_host(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 255
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urlencoded_strict() {
        let p = parse_urlencoded("name=Team+%C3%9Cbung&date=2026-01-02&x").unwrap();
        assert_eq!(p.get("name"), Some("Team Übung"));
        assert_eq!(p.get("x"), Some(""));
        for bad in ["a=%zz", "a=%", "a=%4", "a=%ff", "%c3=1", &"a=1&".repeat(65)] {
            assert_eq!(
                parse_urlencoded(bad),
                Err(Failure::bad(match bad.len() > 200 {
                    true => "error_too_many_params",
                    false => "error_encoding",
                })),
                "{bad}"
            );
        }
    }

    #[test]
    fn json_negotiation() {
        assert!(prefers_json("application/json"));
        assert!(prefers_json("application/json, text/plain;q=0.9"));
        assert!(!prefers_json(
            "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8"
        ));
        assert!(!prefers_json(""));
        assert!(!prefers_json("application/json;q=0"));
    }

    #[test]
    fn csp_allows_forms_into_the_room() {
        assert_eq!(
            origin("https://meet.example:8443/path"),
            "https://meet.example:8443"
        );
        assert_eq!(origin("https://meet.jit.si"), "https://meet.jit.si");
        assert!(
            content_security_policy("https://meet.jit.si")
                .contains("form-action 'self' https://meet.jit.si;")
        );
    }

    #[test]
    fn bodies() {
        let post = |ct: Option<&str>, body: &str| {
            let mut b = http::Request::builder().method("POST").uri("/booking");
            if let Some(ct) = ct {
                b = b.header("content-type", ct);
            }
            parse_request(
                &b.body(body.as_bytes().to_vec()).unwrap(),
                Origin::default(),
                &[],
            )
        };
        assert!(
            post(
                Some("application/x-www-form-urlencoded; charset=UTF-8"),
                "a=1"
            )
            .is_ok()
        );
        assert_eq!(
            post(Some("multipart/form-data"), "a=1").unwrap_err(),
            Failure::UnsupportedMediaType
        );
        assert_eq!(
            post(
                Some("application/x-www-form-urlencoded"),
                &"a".repeat(MAX_BODY_BYTES + 1)
            )
            .unwrap_err(),
            Failure::TooLarge
        );
        assert!(post(None, "").is_ok());
    }
}
