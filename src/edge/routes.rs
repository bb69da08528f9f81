//! The one table of addresses: each page's path, the PHP Planado's addresses
//! that lead to it, and whether the path below it is the handler's
//! (`PATH_INFO`). `planado serve` routes by it; `tests/routes.rs` checks every
//! shipped web-server configuration against it; `htdocs/openapi.yaml`
//! describes the pages marked for the API.

use crate::handlers::{self, Handler};

/// How a path reaches a handler.
pub struct Route {
    /// The binary's name, which is also its path: `invite` at `/invite`.
    pub name: &'static str,
    pub handler: Handler,
    /// The PHP Planado's addresses for the same page, kept working.
    pub legacy: &'static [&'static str],
    /// Whether the path below is the handler's (`/reservations/conference/…`).
    pub takes_path_info: bool,
    /// Whether `htdocs/openapi.yaml` describes it (pages for people and
    /// integrators; the reservation backend is for the Jitsi server).
    pub in_api: bool,
}

const fn page(name: &'static str, handler: Handler, legacy: &'static [&'static str]) -> Route {
    Route {
        name,
        handler,
        legacy,
        takes_path_info: false,
        in_api: true,
    }
}

/// Every address `planado serve` answers besides the static files ("/" is the
/// booking form too). `cleanup` is cron's, never served.
pub const ROUTES: &[Route] = &[
    page("index", handlers::index::handle, &["index.php"]),
    page("booking", handlers::booking::handle, &["booking.php"]),
    page("invite", handlers::invite::handle, &["inv.php", "out.php"]),
    page("admin", handlers::admin::handle, &["admin.php"]),
    page("ics", handlers::ics::handle, &["cal.php"]),
    Route {
        name: "reservations",
        handler: handlers::reservations::handle,
        legacy: &[],
        takes_path_info: true,
        in_api: false,
    },
];

/// The handler for a request path, and the path below it (with its `/`).
pub fn route(path: &str) -> Option<(Handler, &str)> {
    find(path).map(|(r, below)| (r.handler, below))
}

/// The name of the route a request path reaches (for the access log).
pub fn route_name(path: &str) -> Option<&'static str> {
    find(path).map(|(r, _)| r.name)
}

fn find(path: &str) -> Option<(&'static Route, &str)> {
    let path = if path == "/" { "/index" } else { path };
    let rest = path.strip_prefix('/')?;
    let (first, below) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    ROUTES
        .iter()
        .find(|r| r.name == first || r.legacy.contains(&first))
        .filter(|r| below.is_empty() || r.takes_path_info)
        .map(|r| (r, below))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is(path: &str, name: &str) -> bool {
        let wanted = ROUTES.iter().find(|r| r.name == name).unwrap().handler;
        route(path).is_some_and(|(h, _)| std::ptr::fn_addr_eq(h, wanted))
    }

    #[test]
    fn paths_and_the_php_originals() {
        assert!(is("/", "index") && is("/index", "index") && is("/index.php", "index"));
        assert!(is("/inv.php", "invite") && is("/out.php", "invite"));
        assert!(is("/cal.php", "ics") && is("/admin.php", "admin"));
        assert_eq!(
            route("/reservations/conference/x").map(|(_, p)| p),
            Some("/conference/x")
        );
        assert_eq!(route("/reservations").map(|(_, p)| p), Some(""));
        for none in [
            "/reservationsx",
            "/invite/x",
            "/cleanup",
            "/nope",
            "",
            "/css/site.css",
        ] {
            assert!(route(none).is_none(), "{none}");
        }
    }
}
