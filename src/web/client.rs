//! Who sends a request, as far as Planado needs to know it: the address the
//! booking cap counts, and whether a browser's form post comes from another
//! site. Addresses are only ever kept as keyed hashes (`booking_limit`).

use std::net::{IpAddr, SocketAddr};

use ipnet::IpNet;

/// The client of a request, for the booking cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Client {
    Ip(IpAddr),
    /// An address that cannot be read. All such clients count as one, so that
    /// a broken or odd setup makes the cap stricter, never ineffective.
    Unknown,
}

/// An address as web servers write it: `192.0.2.1`, `2001:db8::1`, with a port
/// (`192.0.2.1:5555`, `[2001:db8::1]:443`) or an IPv6 zone (`fe80::1%eth0`).
pub fn parse_address(text: &str) -> Option<IpAddr> {
    let text = text.trim();
    if let Ok(ip) = text.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Ok(socket) = text.parse::<SocketAddr>() {
        return Some(socket.ip());
    }
    let without_zone = text.trim_start_matches('[').split(['%', ']']).next()?;
    without_zone.parse::<IpAddr>().ok()
}

/// The client behind `peer` (the address the edge saw). Only when `peer` is
/// one of the `trusted` proxies is `X-Forwarded-For` read: from its right end,
/// past further trusted proxies, to the first address that is not one. A
/// client cannot forge the header past a proxy that appends to it.
pub fn identify(peer: &str, forwarded_for: Option<&str>, trusted: &[IpNet]) -> Client {
    let Some(peer) = parse_address(peer) else {
        return Client::Unknown;
    };
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return Client::Ip(peer);
    }
    let Some(header) = forwarded_for else {
        return Client::Ip(peer);
    };
    let mut nearest = peer;
    for hop in header.rsplit(',') {
        match parse_address(hop) {
            Some(ip) if is_trusted(&ip) => nearest = ip,
            Some(ip) => return Client::Ip(ip),
            None => return Client::Unknown,
        }
    }
    // Every hop is a proxy of ours: the first of them asked.
    Client::Ip(nearest)
}

/// Whether a browser says that a request comes from another site: by
/// `Sec-Fetch-Site` (every current browser sends it), else by an `Origin` that
/// names another origin than `own_origin` (`scheme://host[:port]`). Requests
/// without either header (API clients, old browsers) are not judged.
/// (`Origin: null` says nothing: our own pages send it, since their
/// `Referrer-Policy` is `no-referrer`.)
pub fn is_cross_site(sec_fetch_site: Option<&str>, origin: Option<&str>, own_origin: &str) -> bool {
    if let Some(site) = sec_fetch_site {
        return !matches!(site.trim(), "same-origin" | "none");
    }
    match origin.map(str::trim) {
        None | Some("null") => false,
        Some(origin) => normal_origin(origin) != normal_origin(own_origin),
    }
}

/// `scheme://host[:port]` in lower case, without the scheme's default port.
fn normal_origin(origin: &str) -> String {
    let origin = crate::domain::links::origin(origin).to_ascii_lowercase();
    origin
        .strip_suffix(":443")
        .filter(|o| o.starts_with("https://"))
        .or_else(|| {
            origin
                .strip_suffix(":80")
                .filter(|o| o.starts_with("http://"))
        })
        .map(String::from)
        .unwrap_or(origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_as_web_servers_write_them() {
        let ip = |s: &str| parse_address(s).map(|a| a.to_string());
        assert_eq!(ip("192.0.2.10").as_deref(), Some("192.0.2.10"));
        assert_eq!(ip(" 192.0.2.10:5555 ").as_deref(), Some("192.0.2.10"));
        assert_eq!(ip("fe80::1%eth0").as_deref(), Some("fe80::1"));
        assert_eq!(ip("[2001:db8::1]:443").as_deref(), Some("2001:db8::1"));
        assert_eq!(ip("[fe80::1%25eth0]:80").as_deref(), Some("fe80::1"));
        assert_eq!(ip(""), None);
        assert_eq!(ip("unknown"), None);
    }

    #[test]
    fn unreadable_peers_are_one_client() {
        assert_eq!(identify("", None, &[]), Client::Unknown);
        assert_eq!(identify("x", None, &[]), Client::Unknown);
        assert_eq!(
            identify("192.0.2.10:5555", None, &[]),
            Client::Ip("192.0.2.10".parse().unwrap())
        );
    }

    #[test]
    fn forwarded_for_only_from_trusted_proxies() {
        let trusted: Vec<IpNet> = ["127.0.0.1/32", "10.0.0.0/8"]
            .iter()
            .map(|n| n.parse().unwrap())
            .collect();
        let ip = |s: &str| Client::Ip(s.parse().unwrap());
        let xff = Some("203.0.113.7, 198.51.100.2, 10.1.2.3");
        assert_eq!(identify("127.0.0.1", xff, &trusted), ip("198.51.100.2"));
        assert_eq!(
            identify("192.0.2.1", xff, &trusted),
            ip("192.0.2.1"),
            "not a proxy"
        );
        assert_eq!(
            identify("127.0.0.1", xff, &[]),
            ip("127.0.0.1"),
            "none trusted"
        );
        assert_eq!(identify("127.0.0.1", None, &trusted), ip("127.0.0.1"));
        assert_eq!(
            identify("127.0.0.1", Some("bogus"), &trusted),
            Client::Unknown
        );
        assert_eq!(
            identify("127.0.0.1", Some("10.0.0.1"), &trusted),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn cross_site_by_fetch_metadata_or_origin() {
        let own = "https://planado.example";
        assert!(is_cross_site(Some("cross-site"), None, own));
        assert!(is_cross_site(Some("same-site"), None, own));
        assert!(!is_cross_site(Some("same-origin"), Some("null"), own));
        assert!(!is_cross_site(Some("none"), None, own));
        assert!(is_cross_site(None, Some("https://evil.example"), own));
        assert!(!is_cross_site(
            None,
            Some("https://Planado.example:443"),
            own
        ));
        assert!(is_cross_site(None, Some("http://planado.example"), own));
        assert!(!is_cross_site(None, Some("null"), own));
        assert!(!is_cross_site(None, None, own));
    }
}
