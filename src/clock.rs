//! The one place that reads the clock. Everything else gets `now` passed down, so
//! SQL never calls `NOW()` and tests can move time.

use chrono::{DateTime, Utc};

/// Tests (and only tests) may pretend another instant with this variable, an
/// RFC 3339 timestamp. A client cannot set it: CGI passes request headers only as
/// `HTTP_*` variables.
pub const TEST_CLOCK_VAR: &str = "PLANADO_TEST_NOW";

pub fn now() -> DateTime<Utc> {
    now_with(std::env::var(TEST_CLOCK_VAR).ok().as_deref())
}

/// The time, or the instant in `test_now` (the request's `PLANADO_TEST_NOW`
/// variable: a CGI process's environment, a FastCGI request's parameters; both
/// come from the web server's configuration, never from a client).
pub fn now_with(test_now: Option<&str>) -> DateTime<Utc> {
    test_now
        .and_then(|v| DateTime::parse_from_rfc3339(v).ok())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(Utc::now)
}

/// Debug builds only (the tests run those): waits at a named point when
/// `PLANADO_TEST_PAUSE` is `point:milliseconds`, so that a test can make two
/// processes meet in the middle of a read-then-write. Release builds skip it.
pub fn test_pause(point: &str) {
    if !cfg!(debug_assertions) {
        return;
    }
    let Ok(setting) = std::env::var("PLANADO_TEST_PAUSE") else {
        return;
    };
    if let Some(ms) = setting
        .strip_prefix(point)
        .and_then(|rest| rest.strip_prefix(':'))
        .and_then(|ms| ms.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}
