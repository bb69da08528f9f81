//! What `planado serve` counts, shown at `/metrics` in the Prometheus text
//! format (`metrics = true`; the `metrics` crate and its Prometheus exporter).
//! Counts only: every label is one of a fixed set of words chosen here or
//! a route's name, never an id, a name, an address or a user agent.
//!
//! Nothing is recorded until `planado serve` installs the recorder: in a CGI
//! process (and a FastCGI one) every call here is the `metrics` crate's no-op,
//! a load of an empty global, so the CGI start keeps its instruction budget.

use std::sync::OnceLock;
use std::time::Duration;

use metrics::{
    Unit, counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram,
};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

/// The recorder's handle, once `planado serve` has installed it.
static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Latency buckets in seconds: half a millisecond to ten seconds.
const BUCKETS: [f64; 14] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Installs the recorder (once per process), names every metric and notes
/// the start time and the build's version.
pub fn install() -> Result<(), String> {
    if HANDLE.get().is_some() {
        return Ok(());
    }
    let handle = PrometheusBuilder::new()
        .set_buckets(&BUCKETS)
        .and_then(PrometheusBuilder::install_recorder)
        .map_err(|e| format!("metrics: {e}"))?;
    let _ = HANDLE.set(handle);
    describe();
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    gauge!("planado_process_start_time_seconds").set(started);
    gauge!("planado_build_info", "version" => env!("CARGO_PKG_VERSION")).set(1.0);
    Ok(())
}

/// The text Prometheus scrapes, with the pool's connections as they are now
/// (`(busy, idle)`); `None` when the recorder is not installed.
pub fn render(pool: Option<(u32, u32)>) -> Option<String> {
    let handle = HANDLE.get()?;
    if let Some((busy, idle)) = pool {
        gauge!("planado_pool_connections", "state" => "busy").set(f64::from(busy));
        gauge!("planado_pool_connections", "state" => "idle").set(f64::from(idle));
    }
    handle.run_upkeep();
    Some(handle.render())
}

fn describe() {
    describe_counter!(
        "planado_requests_total",
        "Requests answered, by route and status class."
    );
    describe_histogram!(
        "planado_request_duration_seconds",
        Unit::Seconds,
        "Time from a request's arrival to its answer, by route."
    );
    describe_counter!(
        "planado_bookings_total",
        "Meetings booked (the form, the API, a room started now)."
    );
    describe_counter!(
        "planado_room_entries_total",
        "Visitors handed their meeting's room (by guest or organiser)."
    );
    describe_counter!(
        "planado_waiting_pages_total",
        "Waiting pages served before an opening."
    );
    describe_counter!(
        "planado_reservation_answers_total",
        "Answers to Jitsi's reservation module, by result."
    );
    describe_counter!(
        "planado_cleanup_runs_total",
        "Cleanup batches run by this process."
    );
    describe_counter!(
        "planado_cleanup_deleted_total",
        "Meetings deleted by cleanup (over for good)."
    );
    describe_counter!(
        "planado_cleanup_advanced_total",
        "Series moved on to their next meeting by cleanup."
    );
    describe_gauge!(
        "planado_pool_connections",
        "Pooled database connections, busy or idle."
    );
    describe_histogram!(
        "planado_pool_wait_seconds",
        Unit::Seconds,
        "Time a request waited for a pooled database connection."
    );
    describe_counter!(
        "planado_pool_timeouts_total",
        "Requests that got no database connection in time (answered 503)."
    );
    describe_counter!("planado_store_errors_total", "Database errors, by kind.");
    describe_gauge!(
        "planado_process_start_time_seconds",
        Unit::Seconds,
        "When this process started, in seconds since the Unix epoch."
    );
    describe_gauge!(
        "planado_build_info",
        "The running build's version (always 1)."
    );
}

/// One answered request: its route's name, its status and how long it took.
pub fn request(route: &'static str, status: u16, took: Duration) {
    let class = match status {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    };
    counter!("planado_requests_total", "handler" => route, "status" => class).increment(1);
    histogram!("planado_request_duration_seconds", "handler" => route).record(took.as_secs_f64());
}

pub fn booked() {
    counter!("planado_bookings_total").increment(1);
}

/// Who was handed a room.
#[derive(Debug, Clone, Copy)]
pub enum Entrant {
    Guest,
    Organiser,
}

pub fn room_entry(who: Entrant) {
    let by = match who {
        Entrant::Guest => "guest",
        Entrant::Organiser => "organiser",
    };
    counter!("planado_room_entries_total", "by" => by).increment(1);
}

pub fn waiting_page() {
    counter!("planado_waiting_pages_total").increment(1);
}

/// A reservation answer by its status: granted (200), not yet (403), a room
/// unknown or over (404), a wrong token (401), a malformed question (400).
pub fn reservation_answer(status: u16) {
    let result = match status {
        200 => "granted",
        403 => "not_yet",
        404 => "unknown_or_over",
        401 => "unauthorized",
        400 => "malformed",
        _ => "failed",
    };
    counter!("planado_reservation_answers_total", "result" => result).increment(1);
}

pub fn cleanup_run(deleted: u64, advanced: u64) {
    counter!("planado_cleanup_runs_total").increment(1);
    counter!("planado_cleanup_deleted_total").increment(deleted);
    counter!("planado_cleanup_advanced_total").increment(advanced);
}

pub fn pool_wait(waited: Duration) {
    histogram!("planado_pool_wait_seconds").record(waited.as_secs_f64());
}

pub fn pool_timeout() {
    counter!("planado_pool_timeouts_total").increment(1);
}

/// A store error of a kind (`unavailable`, `not_initialised`, `corrupt`).
pub fn store_error(kind: &'static str) {
    counter!("planado_store_errors_total", "kind" => kind).increment(1);
}
