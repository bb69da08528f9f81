//! Health of `planado serve`, for a load balancer, an orchestrator or a
//! container's health check: `GET /healthz` says the process serves (no store
//! access), `GET /readyz` that it can serve a visitor: the store answers a
//! trivial query within a second on a connection of its own (a pool busy with
//! a crowd does not make it look down), its schema is the one this program
//! needs, and of a Galera cluster at least one node is ready. The reason of a
//! `503` is one line without the database's own words (they may name its
//! user or host). Both answers are cheap and never rate-limited, and no
//! failure of theirs is logged as an error (the access log has a line for
//! each, as for every request). The store is asked at most once a second,
//! by one request at a time; the others in that second get its answer, so
//! that a flood of probes never becomes a flood of connections.

use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant};

use http::header::{self, HeaderValue};
use http::{Method, StatusCode};

use crate::config::{Config, DatabaseUrl};
use crate::store::{self, StoreError};
use crate::web::{self, HttpRequest, HttpResponse};

/// How long the store may take to answer before the process is not ready.
pub const READY_WITHIN: Duration = Duration::from_secs(1);

/// The answer to `/healthz` or `/readyz`, or `None` for another path.
pub fn answer(req: &HttpRequest, config: &Config) -> Option<HttpResponse> {
    let check = match req.uri().path() {
        "/healthz" => None,
        "/readyz" => Some(config),
        _ => return None,
    };
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut resp = web::text(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD\n".into());
        resp.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return Some(resp);
    }
    let (status, line) = match check.map(ready) {
        None => (StatusCode::OK, "ok".to_string()),
        Some(Ok(())) => (StatusCode::OK, "ready".to_string()),
        Some(Err(reason)) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: {reason}"),
        ),
    };
    let mut resp = web::text(status, format!("{line}\n"));
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Some(resp)
}

/// The store's last answer and when it was given.
static LAST: Mutex<Option<(Instant, Result<(), String>)>> = Mutex::new(None);

/// Whether a visitor could be served now, or why not (the answer of the last
/// second, or a fresh one).
pub fn ready(config: &Config) -> Result<(), String> {
    let mut last = LAST.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((at, answer)) = last.as_ref()
        && at.elapsed() < READY_WITHIN
    {
        return answer.clone();
    }
    let answer = ask_the_store(config);
    *last = Some((Instant::now(), answer.clone()));
    answer
}

fn ask_the_store(config: &Config) -> Result<(), String> {
    let (sent, answer) = mpsc::channel();
    let url = config.database_url.clone();
    // A thread of its own, so that a store that hangs costs the probe a
    // second, not the server a worker (the thread ends with the store's own
    // timeouts).
    std::thread::Builder::new()
        .name("planado-readyz".into())
        .spawn(move || {
            let _ = sent.send(store_state(&url));
        })
        .map_err(|_| "cannot start the check".to_string())?;
    match answer.recv_timeout(READY_WITHIN) {
        Ok(state) => state,
        Err(_) => Err(format!(
            "the database did not answer within {} s",
            READY_WITHIN.as_secs()
        )),
    }
}

/// A fresh connection's answer: reachable (on a cluster: a ready node), and
/// the schema's version this program's. The store is taken as it stands: a
/// missing SQLite file is not made, an old schema not migrated.
fn store_state(url: &DatabaseUrl) -> Result<(), String> {
    let cluster = matches!(url, DatabaseUrl::MariaDb(u) if store::node_urls(u).len() > 1);
    let unreachable = |e: StoreError| match e {
        StoreError::NotInitialised(_) => not_initialised(),
        _ if cluster => "no node of the database cluster is ready".to_string(),
        _ => "the database cannot be reached".to_string(),
    };
    let mut conn = store::open_as_it_is(url, store::Wal::Keep).map_err(unreachable)?;
    conn.ping().map_err(unreachable)?;
    match store::schema_mismatch(conn.as_mut()).map_err(unreachable)? {
        None => Ok(()),
        Some(why) => Err(why),
    }
}

fn not_initialised() -> String {
    "the database has no Planado schema: run planado init".to_string()
}
