//! The one place that reads the clock. Everything else gets `now` passed down, so
//! SQL never calls `NOW()` and tests can move time.
//!
//! The test hooks here (a clock a test sets, pauses at named points) exist
//! only in builds with the `test-hooks` feature, the tests'; every other build
//! compiles them out, so no variable a web server passes through can move a
//! shipped binary's clock.

use chrono::{DateTime, Utc};

/// The variable a test sets to another instant (RFC 3339): a CGI process's
/// environment, a FastCGI request's parameters.
#[cfg(feature = "test-hooks")]
pub const TEST_CLOCK_VAR: &str = "PLANADO_TEST_NOW";

/// The time, for a process (a command, a server's stop).
pub fn now() -> DateTime<Utc> {
    request_now(|name| std::env::var(name).ok())
}

/// The time of one request; with `test-hooks`, the instant its `lookup`
/// gives for the test clock variable, when that is one.
pub fn request_now(lookup: impl FnOnce(&str) -> Option<String>) -> DateTime<Utc> {
    #[cfg(feature = "test-hooks")]
    if let Some(t) = lookup(TEST_CLOCK_VAR).and_then(|v| DateTime::parse_from_rfc3339(&v).ok()) {
        return t.with_timezone(&Utc);
    }
    #[cfg(not(feature = "test-hooks"))]
    let _ = lookup;
    Utc::now()
}

/// With `test-hooks` only: waits at a named point when `PLANADO_TEST_PAUSE`
/// is `point:milliseconds`, so that a test can make two processes meet in
/// the middle of a read-then-write.
pub fn test_pause(point: &str) {
    #[cfg(feature = "test-hooks")]
    if let Some(ms) = std::env::var("PLANADO_TEST_PAUSE")
        .ok()
        .and_then(|setting| {
            setting
                .strip_prefix(point)
                .and_then(|rest| rest.strip_prefix(':'))
                .and_then(|ms| ms.parse::<u64>().ok())
        })
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
    #[cfg(not(feature = "test-hooks"))]
    let _ = point;
}
