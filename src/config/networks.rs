//! `trusted_proxies`: the addresses and networks whose `X-Forwarded-For` is believed.

use std::net::IpAddr;

use ipnet::IpNet;

/// Parses `trusted_proxies`: addresses or networks (`10.0.0.0/8`), separated
/// by commas or spaces.
pub fn parse_networks(text: &str) -> Result<Vec<IpNet>, String> {
    text.split([',', ' ', '\t', '\n'])
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<IpNet>()
                .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("{s:?} is not an address or a network such as 10.0.0.0/8"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        let nets = parse_networks("127.0.0.1, 10.0.0.0/8 ::1").unwrap();
        assert_eq!(nets.len(), 3);
        assert!(parse_networks("10.0.0.0/33").is_err());
        assert!(parse_networks("").unwrap().is_empty());
    }
}
