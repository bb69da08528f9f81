//! The one place that reads the clock. Everything else gets `now` passed down, so
//! SQL never calls `NOW()` and tests can move time.

use chrono::{DateTime, Utc};

/// Tests (and only tests) may pretend another instant with this variable, an
/// RFC 3339 timestamp. A client cannot set it: CGI passes request headers only as
/// `HTTP_*` variables.
pub const TEST_CLOCK_VAR: &str = "PLANADO_TEST_NOW";

pub fn now() -> DateTime<Utc> {
    std::env::var(TEST_CLOCK_VAR)
        .ok()
        .and_then(|v| DateTime::parse_from_rfc3339(&v).ok())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(Utc::now)
}
