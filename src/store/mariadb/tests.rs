//! The connection helpers and the handshake parsing, without a server.

use super::cluster::{node_urls, shown_node};
use mysql_common::constants::{CapabilityFlags, StatusFlags};
use mysql_common::packets::HandshakePacket;

/// The patched version parsing (vendor/mysql_common/PLANADO-PATCH.md)
/// answers what the two regexes it replaces answered.
#[test]
fn version_parsing_matches_the_regexes() {
    let plain = regex::bytes::Regex::new(r"^(\d{1,2})\.(\d{1,2})\.(\d{1,3})(.*)").unwrap();
    let maria =
        regex::bytes::Regex::new(r"^(?:5.5.5-)?(\d{1,2})\.(\d{1,2})\.(\d{1,3})-MariaDB").unwrap();
    let by_regex = |re: &regex::bytes::Regex, text: &[u8]| {
        re.captures(text).map(|c| {
            let n = |i| std::str::from_utf8(&c[i]).unwrap().parse::<u16>().unwrap();
            (n(1), n(2), n(3))
        })
    };
    let versions: &[&[u8]] = &[
        b"10.11.19-MariaDB-0+deb12u1",
        b"5.5.5-10.11.19-MariaDB-0+deb12u1",
        b"5x5x5-11.4.2-MariaDB-log",
        b"11.8.3-MariaDB",
        b"8.0.36",
        b"8.0.36-0ubuntu0.22.04.1",
        b"5.7.44-log",
        b"123.1.1",
        b"1.123.1",
        b"1.1.1234",
        b"1.1.123-MariaDB",
        b"1.1-MariaDB",
        b"-MariaDB",
        b"",
        b"10.6.0-MariaDBX",
        b"5.5.5-",
        b"5.5.5-MariaDB",
        b"5.5.5-8.0.1",
        b"x10.1.1",
    ];
    for v in versions {
        let packet = HandshakePacket::new(
            10,
            *v,
            1,
            [0; 8],
            None::<&[u8]>,
            CapabilityFlags::empty(),
            0,
            StatusFlags::empty(),
            None::<&[u8]>,
        );
        let shown = String::from_utf8_lossy(v);
        assert_eq!(
            packet.server_version_parsed(),
            by_regex(&plain, v),
            "{shown}"
        );
        assert_eq!(
            packet.maria_db_server_version_parsed(),
            by_regex(&maria, v),
            "{shown}"
        );
    }
}

#[test]
fn a_url_with_several_hosts_names_each_node() {
    assert_eq!(
        node_urls("mysql://u:p%40w@h1:3306,h2:3307, h3/planado?socket=/x"),
        [
            "mysql://u:p%40w@h1:3306/planado?socket=/x",
            "mysql://u:p%40w@h2:3307/planado?socket=/x",
            "mysql://u:p%40w@h3/planado?socket=/x",
        ]
    );
    assert_eq!(node_urls("mysql://u@db/planado"), ["mysql://u@db/planado"]);
    assert_eq!(node_urls("mysql://db1,db2"), ["mysql://db1", "mysql://db2"]);
    assert_eq!(shown_node("mysql://u:secret@h2:3307/planado"), "h2:3307");
}
