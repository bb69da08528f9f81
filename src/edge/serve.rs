//! `planado serve`: the same handlers in-process behind hyper, plus `htdocs/`
//! and the health answers (`health.rs`).
//! Fit for production: pooled store connections, a cap on open connections,
//! timeouts for headers (and idle keep-alive), bodies and slow clients,
//! back-off when accepting fails, and a graceful stop on `SIGTERM`. Only the
//! `planado` binary references this module, so the CGI binaries do not link
//! the HTTP server.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use http::Method;
use http::header::{self, HeaderValue};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Bytes;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::Semaphore;

use super::access_log;
use super::routes::route;
use super::timed_io::TimedIo;
use super::{Backoff, STOP_GRACE, guard, panic_response, refusal, respond};
use crate::app::{App, Context};
use crate::clock;
use crate::web::{self, Failure, HttpResponse, MAX_BODY_BYTES};

/// Serves until `SIGTERM` or Ctrl+C, then finishes the requests in flight.
/// Prints the URL to open.
pub fn serve(app: App) -> Result<(), String> {
    let addr: SocketAddr = app.config.listen.parse().map_err(|_| {
        format!(
            "listen must be an address such as 127.0.0.1:8080, not {:?}",
            app.config.listen
        )
    })?;
    let workers = app.config.serve_workers;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        // The handlers block on the database: each runs on a blocking thread,
        // at most `serve_workers` at once (the pool has as many connections).
        .max_blocking_threads(workers as usize)
        .build()
        .map_err(|e| format!("cannot start the server runtime: {e}"))?;
    if app.config.metrics {
        crate::metrics::install()?;
    }
    let app = Arc::new(app.pooled(workers));
    runtime.block_on(accept_loop(app, addr))
}

/// A listener with a deep accept queue: a crowd arriving at once waits in
/// the kernel instead of being refused.
fn listen(addr: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = socket2::Socket::new(
        socket2::Domain::for_address(addr),
        socket2::Type::STREAM,
        None,
    )?;
    socket.set_reuse_address(true)?;
    socket.bind(&addr.into())?;
    socket.listen(4096)?;
    socket.set_nonblocking(true)?;
    TcpListener::from_std(socket.into())
}

/// The limits every connection gets, from the configuration.
struct Limits {
    connections: Arc<Semaphore>,
    header_timeout: Duration,
    body_timeout: Duration,
    write_timeout: Duration,
}

/// The most bytes of requests read ahead on one connection (a client that
/// pipelines): hyper's smallest buffer that still holds a request's headers.
const MAX_READ_AHEAD: usize = 64 * 1024;

async fn accept_loop(app: Arc<App>, addr: SocketAddr) -> Result<(), String> {
    let listener = listen(addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    println!("Planado is running: open http://{local}/ (Ctrl+C stops it)");
    if app.config.metrics && !app.config.metrics_listen.is_empty() {
        metrics_listener(Arc::clone(&app)).await?;
    }
    let config = &app.config;
    let limits = Arc::new(Limits {
        connections: Arc::new(Semaphore::new(config.serve_max_connections as usize)),
        header_timeout: Duration::from_secs(config.serve_header_timeout_seconds.into()),
        body_timeout: Duration::from_secs(config.serve_body_timeout_seconds.into()),
        write_timeout: Duration::from_secs(config.serve_write_timeout_seconds.into()),
    });
    let graceful = GracefulShutdown::new();
    let mut terminate = signal(SignalKind::terminate()).map_err(|e| e.to_string())?;
    let mut backoff = Backoff::new();
    loop {
        // At the cap, new connections wait in the kernel's queue.
        let permit = tokio::select! {
            permit = Arc::clone(&limits.connections).acquire_owned() => permit.map_err(|e| e.to_string())?,
            _ = terminate.recv() => break,
            _ = tokio::signal::ctrl_c() => break,
        };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = terminate.recv() => break,
            _ = tokio::signal::ctrl_c() => break,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => {
                backoff.reset();
                accepted
            }
            Err(e) => {
                // Out of file descriptors, say: wait instead of spinning.
                eprintln!("planado: accept: {e}");
                tokio::time::sleep(backoff.pause()).await;
                continue;
            }
        };
        let (app, limits_for_service) = (Arc::clone(&app), Arc::clone(&limits));
        let service = service_fn(move |req| {
            answer(
                req,
                Arc::clone(&app),
                Arc::clone(&limits_for_service),
                local,
                peer,
            )
        });
        let connection = http1::Builder::new()
            .timer(TokioTimer::new())
            // Also the time an idle keep-alive connection stays open.
            .header_read_timeout(limits.header_timeout)
            // A client that closes its side after its request (`nc -N`,
            // `shutdown(SHUT_WR)`) still gets its answer, as from Apache.
            .half_close(true)
            .max_buf_size(MAX_READ_AHEAD)
            .serve_connection(
                TokioIo::new(TimedIo::new(stream, limits.write_timeout)),
                service,
            );
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(STOP_GRACE) => {
            eprintln!("planado: stopped with requests still in flight after {STOP_GRACE:?}");
        }
    }
    Ok(())
}

async fn answer(
    req: http::Request<Incoming>,
    app: Arc<App>,
    limits: Arc<Limits>,
    local: SocketAddr,
    peer: SocketAddr,
) -> Result<http::Response<Full<Bytes>>, Infallible> {
    let now = clock::now();
    let began = std::time::Instant::now();
    let (route, method) = (access_log::route_of(req.uri().path()), req.method().clone());
    let collected = tokio::time::timeout(limits.body_timeout, collect(req)).await;
    let resp = match collected {
        Ok(Ok(req)) => {
            // At most `serve_workers` run at once (the runtime's blocking
            // threads); the others wait in its queue.
            let app = Arc::clone(&app);
            tokio::task::spawn_blocking(move || dispatch(&req, &app.at(clock::now()), local, peer))
                .await
                .unwrap_or_else(|_| panic_response())
        }
        Ok(Err((negotiation, failure))) => refusal(&negotiation, &app.at(now), failure),
        Err(_) => {
            let mut resp = refusal(
                &web::Negotiation::default(),
                &app.at(now),
                Failure::RequestTimeout,
            );
            resp.headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            resp
        }
    };
    crate::metrics::request(route, resp.status().as_u16(), began.elapsed());
    if app.config.access_log {
        access_log::Entry {
            at: now,
            route,
            method: &method,
            status: resp.status(),
            took: began.elapsed(),
            bytes: resp.body().len(),
        }
        .write();
    }
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
    if let Some(mut resp) = super::health::answer(req, &ctx.config) {
        web::add_security_headers(&mut resp, &ctx.config.jitsi_url);
        return resp;
    }
    if req.uri().path() == "/metrics"
        && ctx.config.metrics_listen.is_empty()
        && let Some(resp) = metrics_answer(req, ctx)
    {
        return resp;
    }
    let (resp, _) = guard(|| match route(req.uri().path()) {
        Some((handler, path_info)) => {
            // PATH_INFO as a web server hands it to CGI: percent-decoded.
            let Ok(path_info) = percent_encoding::percent_decode_str(path_info).decode_utf8()
            else {
                return refusal(&web::negotiate(req), ctx, Failure::bad("error_encoding"));
            };
            let origin = web::Origin {
                fallback_base_url: fallback_base_url(req, local),
                peer: peer.ip().to_string(),
                path_info: path_info.into_owned(),
            };
            respond(handler, req, ctx, origin)
        }
        None => static_file(req, ctx),
    });
    resp
}

/// `/metrics` in the Prometheus text format; `None` with metrics off (the
/// path is then a static file's, and not found).
fn metrics_answer(req: &web::HttpRequest, ctx: &Context) -> Option<HttpResponse> {
    let text = crate::metrics::render(ctx.pool_state())?;
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return Some(refusal(
            &web::negotiate(req),
            ctx,
            Failure::MethodNotAllowed("GET, HEAD"),
        ));
    }
    let mut resp = web::text(http::StatusCode::OK, text);
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    web::add_security_headers(&mut resp, &ctx.config.jitsi_url);
    Some(resp)
}

/// `metrics_listen`: an address that answers `/metrics` alone (for a
/// Prometheus that should not reach the pages, or the pages' port not it).
async fn metrics_listener(app: Arc<App>) -> Result<(), String> {
    let addr: SocketAddr = app.config.metrics_listen.parse().map_err(|_| {
        format!(
            "metrics_listen must be an address such as 127.0.0.1:9100, not {:?}",
            app.config.metrics_listen
        )
    })?;
    let listener = listen(addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            };
            let app = Arc::clone(&app);
            let service = service_fn(move |req: http::Request<Incoming>| {
                let app = Arc::clone(&app);
                async move {
                    let (parts, _) = req.into_parts();
                    let req = http::Request::from_parts(parts, Vec::new());
                    let ctx = app.at(clock::now());
                    let resp = match req.uri().path() {
                        "/metrics" => metrics_answer(&req, &ctx),
                        _ => None,
                    }
                    .unwrap_or_else(|| refusal(&web::negotiate(&req), &ctx, Failure::NotFound));
                    Ok::<_, Infallible>(resp.map(|body| Full::new(Bytes::from(body))))
                }
            });
            let connection = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(Duration::from_secs(10))
                .serve_connection(TokioIo::new(stream), service);
            tokio::spawn(connection);
        }
    });
    Ok(())
}

/// Plain HTTP (a proxy in front that speaks HTTPS names itself in
/// `public_url`), the `Host` header or the address it listens on, no folder.
fn fallback_base_url(req: &web::HttpRequest, local: SocketAddr) -> String {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    super::fallback_base_url(false, &[host, &local.to_string()], "")
}

/// A file below `htdocs`, by a path without `..`, hidden files or odd bytes.
fn static_file(req: &web::HttpRequest, ctx: &Context) -> HttpResponse {
    let not_found = || refusal(&web::negotiate(req), ctx, Failure::NotFound);
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return refusal(
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
