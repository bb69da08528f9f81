//! The access log of the persistent processes (`access_log = true`): one
//! logfmt line per request on standard error (the journal's, the container's
//! log; a FastCGI process's goes to its web server's error log), with the
//! time, the route, the method, the status, the duration and the bytes sent —
//! never the query string, the path below a route or the client: an invite
//! id or an admin key in a log is a key in the wrong hands, and no line may
//! name a person.

use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use http::{Method, StatusCode};

use super::routes;

/// What is logged of one request.
pub struct Entry<'a> {
    pub at: DateTime<Utc>,
    /// A route's name (`invite`, `admin`, ...), `static`, `healthz`,
    /// `readyz` or `metrics`: never a path a visitor chose.
    pub route: &'a str,
    pub method: &'a Method,
    pub status: StatusCode,
    pub took: Duration,
    pub bytes: usize,
}

impl Entry<'_> {
    pub fn line(&self) -> String {
        format!(
            "time={} route={} method={} status={} duration_ms={:.3} bytes={}",
            self.at.to_rfc3339_opts(SecondsFormat::Millis, true),
            self.route,
            // A method is a token; anything odd is shown as such.
            if self
                .method
                .as_str()
                .bytes()
                .all(|b| b.is_ascii_alphabetic())
            {
                self.method.as_str()
            } else {
                "other"
            },
            self.status.as_u16(),
            self.took.as_secs_f64() * 1000.0,
            self.bytes
        )
    }

    /// A log that cannot be written (a full disk, a reader gone) loses the
    /// line, never the answer.
    pub fn write(&self) {
        use std::io::Write;
        let _ = writeln!(std::io::stderr().lock(), "{}", self.line());
    }
}

/// The route's name a path of `planado serve` reaches, without anything of
/// the path itself.
pub fn route_of(path: &str) -> &'static str {
    match path {
        "/healthz" => "healthz",
        "/readyz" => "readyz",
        "/metrics" => "metrics",
        _ => routes::route_name(path).unwrap_or("static"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_names_the_route_and_nothing_a_visitor_sent() {
        let entry = Entry {
            at: "2026-12-03T10:00:00.25Z".parse().unwrap(),
            route: route_of("/invite"),
            method: &Method::GET,
            status: StatusCode::SEE_OTHER,
            took: Duration::from_micros(1250),
            bytes: 0,
        };
        assert_eq!(
            entry.line(),
            "time=2026-12-03T10:00:00.250Z route=invite method=GET status=303 duration_ms=1.250 bytes=0"
        );
        assert_eq!(route_of("/reservations/conference/secret"), "reservations");
        assert_eq!(route_of("/inv.php"), "invite");
        assert_eq!(route_of("/css/planado.css"), "static");
        assert_eq!(route_of("/some-invite-id-as-a-path"), "static");
        let odd = Method::from_bytes(b"X-1").unwrap();
        let entry = Entry {
            method: &odd,
            ..entry
        };
        assert!(entry.line().contains("method=other"));
    }
}
