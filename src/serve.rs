//! `planado serve`: the same handlers in-process behind hyper, plus `htdocs/`.
//! Only the `planado` binary references this module, so the CGI binaries do not
//! link the HTTP server.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use http::Method;
use http::header::{self, HeaderValue};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Bytes;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

use crate::clock;
use crate::context::Context;
use crate::handlers::{self, Handler};
use crate::web::{self, Failure, HttpResponse, MAX_BODY_BYTES};

/// The binaries' paths, as the web server configurations map them ("/" is
/// the booking form too). `htdocs/openapi.yaml` describes each.
pub const ROUTES: &[(&str, Handler)] = &[
    ("/index", handlers::index::handle),
    ("/booking", handlers::booking::handle),
    ("/invite", handlers::invite::handle),
    ("/admin", handlers::admin::handle),
    ("/ics", handlers::ics::handle),
];

pub fn route(path: &str) -> Option<Handler> {
    let path = if path == "/" { "/index" } else { path };
    ROUTES.iter().find(|(p, _)| *p == path).map(|(_, h)| *h)
}

/// Serves until interrupted. Prints the URL to open.
pub fn serve(ctx: Context) -> Result<(), String> {
    let addr: SocketAddr = ctx.config.listen.parse().map_err(|_| {
        format!(
            "listen must be an address such as 127.0.0.1:8080, not {:?}",
            ctx.config.listen
        )
    })?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server runtime: {e}"))?;
    runtime.block_on(accept_loop(ctx, addr))
}

async fn accept_loop(ctx: Context, addr: SocketAddr) -> Result<(), String> {
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    println!("Planado is running: open http://{local}/ (Ctrl+C stops it)");
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = tokio::signal::ctrl_c() => return Ok(()),
        };
        let Ok((stream, peer)) = accepted else {
            continue;
        };
        let ctx = ctx.clone();
        tokio::spawn(async move {
            let service = service_fn(move |req| answer(req, ctx.clone(), local, peer));
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

async fn answer(
    req: http::Request<Incoming>,
    ctx: Context,
    local: SocketAddr,
    peer: SocketAddr,
) -> Result<http::Response<Full<Bytes>>, Infallible> {
    let resp = match collect(req).await {
        Ok(req) => {
            tokio::task::spawn_blocking(move || dispatch(&req, &ctx.at(clock::now()), local, peer))
                .await
                .unwrap_or_else(|_| plain_500())
        }
        Err((negotiation, failure)) => handlers::refusal(&negotiation, &ctx, failure),
    };
    Ok(resp.map(|body| Full::new(Bytes::from(body))))
}

/// Reads the body within the limit, refusing an announced oversize at once.
async fn collect(
    req: http::Request<Incoming>,
) -> Result<web::HttpRequest, (web::Negotiation, Failure)> {
    let (parts, body) = req.into_parts();
    let negotiation = web::negotiate(&http::Request::from_parts(parts.clone(), Vec::new()));
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY_BYTES as u64) {
        return Err((negotiation, Failure::TooLarge));
    }
    match Limited::new(body, MAX_BODY_BYTES).collect().await {
        Ok(collected) => Ok(http::Request::from_parts(
            parts,
            collected.to_bytes().to_vec(),
        )),
        Err(_) => Err((negotiation, Failure::TooLarge)),
    }
}

/// A handler, or a static file, with a last-resort guard against panics.
fn dispatch(
    req: &web::HttpRequest,
    ctx: &Context,
    local: SocketAddr,
    peer: SocketAddr,
) -> HttpResponse {
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| match route(req.uri().path()) {
        Some(handler) => {
            let origin = web::Origin {
                fallback_base_url: fallback_base_url(req, local),
                peer: peer.ip().to_string(),
            };
            handlers::respond(handler, req, ctx, origin)
        }
        None => static_file(req, ctx),
    }));
    outcome.unwrap_or_else(|_| plain_500())
}

fn plain_500() -> HttpResponse {
    eprintln!("planado: 500: a request handler panicked");
    handlers::panic_response()
}

fn fallback_base_url(req: &web::HttpRequest, local: SocketAddr) -> String {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| web::is_plausible_host(h));
    match host {
        Some(h) => format!("http://{h}"),
        None => format!("http://{local}"),
    }
}

/// A file below `htdocs`, by a path without `..`, hidden files or odd bytes.
fn static_file(req: &web::HttpRequest, ctx: &Context) -> HttpResponse {
    let not_found = || handlers::refusal(&web::negotiate(req), ctx, Failure::NotFound);
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return handlers::refusal(
            &web::negotiate(req),
            ctx,
            Failure::MethodNotAllowed("GET, HEAD"),
        );
    }
    let Some(path) = safe_relative_path(req.uri().path()) else {
        return not_found();
    };
    let full = Path::new(&ctx.config.htdocs).join(path);
    let Ok(bytes) = std::fs::read(&full) else {
        return not_found();
    };
    let mut resp = http::Response::new(bytes);
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(&full)),
    );
    web::add_security_headers(&mut resp, &ctx.config.jitsi_url);
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    resp
}

fn safe_relative_path(path: &str) -> Option<PathBuf> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let ok = segments.iter().all(|s| {
        !s.is_empty()
            && !s.starts_with('.')
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
    });
    ok.then(|| segments.iter().collect())
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("html") => "text/html; charset=utf-8",
        Some("yaml") => "application/yaml",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}
