//! The optional cap on bookings per client and hour (`max_bookings_per_hour`),
//! without keeping client addresses: a client is SHA-256 of a random secret of
//! the current hour and its address (an IPv6 client by its /64, which one
//! subscriber usually has whole). The secret and the counts of an hour are
//! deleted once it is over (by cleanup), and with the secret gone, nobody can
//! tell which address a count belonged to, not even by trying them all.

use std::net::IpAddr;

use chrono::{DateTime, Utc};
use rand::TryRngCore;
use rand::rngs::OsRng;
use sha2::{Digest, Sha256};

use crate::store::Store;
use crate::web::Failure;
use crate::web::client::Client;

const WINDOW_SECONDS: i64 = 3600;

/// The start of the hour `now` is in.
pub fn window_start(now: DateTime<Utc>) -> i64 {
    now.timestamp() - now.timestamp().rem_euclid(WINDOW_SECONDS)
}

/// Counts a booking by `client`; refuses it (429) past `max` in this hour.
pub fn admit(
    store: &mut dyn Store,
    client: Client,
    now: DateTime<Utc>,
    max: u32,
) -> Result<(), Failure> {
    if max == 0 {
        return Ok(());
    }
    let window = window_start(now);
    let mut fresh = [0u8; 32];
    OsRng
        .try_fill_bytes(&mut fresh)
        .map_err(|e| Failure::Internal(e.to_string()))?;
    let secret = store.window_secret(window, &fresh)?;
    let count = store.count_booking(&client_hash(&secret, client), window)?;
    if count > max {
        let retry_after = (window + WINDOW_SECONDS - now.timestamp()).max(1) as u64;
        return Err(Failure::TooManyRequests(retry_after));
    }
    Ok(())
}

/// The keyed hash that stands for a client within one hour. Clients whose
/// address cannot be read share one hash (the cap fails closed).
pub fn client_hash(secret: &[u8], client: Client) -> Vec<u8> {
    let mut hasher = Sha256::new();
    hasher.update(secret);
    match client {
        Client::Ip(IpAddr::V4(v4)) => hasher.update(v4.octets()),
        Client::Ip(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => hasher.update(v4.octets()),
            None => hasher.update(&v6.octets()[..8]),
        },
        // Longer than any address, so it cannot collide with one.
        Client::Unknown => hasher.update(b"an address that cannot be read"),
    }
    hasher.finalize().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_network_is_one_client() {
        let secret = [7u8; 32];
        let ip = |s: &str| Client::Ip(s.parse().unwrap());
        let a = ip("2001:db8:1:2:aaaa::1");
        let b = ip("2001:db8:1:2:bbbb::2");
        let c = ip("2001:db8:1:3::1");
        assert_eq!(client_hash(&secret, a), client_hash(&secret, b), "one /64");
        assert_ne!(client_hash(&secret, a), client_hash(&secret, c));
        let v4 = ip("192.0.2.1");
        let mapped = ip("::ffff:192.0.2.1");
        assert_ne!(
            client_hash(&secret, Client::Unknown),
            client_hash(&secret, v4)
        );
        assert_eq!(client_hash(&secret, v4), client_hash(&secret, mapped));
        assert_ne!(
            client_hash(&secret, v4),
            client_hash(&[8u8; 32], v4),
            "a new secret, a new hash"
        );
    }

    #[test]
    fn hours() {
        let t: DateTime<Utc> = "2026-05-04T10:59:59Z".parse().unwrap();
        assert_eq!(
            window_start(t),
            "2026-05-04T10:00:00Z"
                .parse::<DateTime<Utc>>()
                .unwrap()
                .timestamp()
        );
    }
}
