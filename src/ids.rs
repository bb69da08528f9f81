//! Secrets: invite ids, admin keys and room ids, straight from the operating
//! system's CSPRNG, derived from nothing the user typed.

use data_encoding::BASE32_NOPAD;
use rand::TryRngCore;
use rand::rngs::OsRng;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Bytes of randomness in an invite id and an admin key (128 bits).
const LINK_ID_BYTES: usize = 16;
/// Bytes of randomness in a room id (160 bits: the room is the real secret).
const ROOM_ID_BYTES: usize = 20;
/// Longest id accepted from a request; longer ones cannot exist.
pub const MAX_ID_LEN: usize = 64;

#[derive(Debug)]
pub struct RandomnessUnavailable(pub String);

impl std::fmt::Display for RandomnessUnavailable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the operating system's random source failed: {}", self.0)
    }
}

/// Lowercase base32: URL-safe, case-insensitive to read aloud or type, and
/// lowercase as Jitsi wants room names.
fn random_token(bytes: usize) -> Result<String, RandomnessUnavailable> {
    let mut buf = vec![0u8; bytes];
    OsRng
        .try_fill_bytes(&mut buf)
        .map_err(|e| RandomnessUnavailable(e.to_string()))?;
    Ok(BASE32_NOPAD.encode(&buf).to_ascii_lowercase())
}

pub fn new_invite_id() -> Result<String, RandomnessUnavailable> {
    random_token(LINK_ID_BYTES)
}

pub fn new_admin_key() -> Result<String, RandomnessUnavailable> {
    random_token(LINK_ID_BYTES)
}

pub fn new_room_id() -> Result<String, RandomnessUnavailable> {
    random_token(ROOM_ID_BYTES)
}

/// What the store keeps of an admin key. The key has at least 128 bits of
/// entropy, so a plain SHA-256 is enough; a slow hash would only slow the server.
pub fn hash_admin_key(key: &str) -> Vec<u8> {
    Sha256::digest(key.as_bytes()).to_vec()
}

/// Compares a presented key with a stored hash in constant time. With no stored
/// hash (unknown id) it still hashes and compares, so both take the same time.
pub fn admin_key_matches(presented: &str, stored: Option<&[u8]>) -> bool {
    let presented = hash_admin_key(presented);
    let dummy = [0u8; 32];
    let (stored, known) = match stored {
        Some(s) => (s, true),
        None => (&dummy[..], false),
    };
    bool::from(presented.ct_eq(stored)) & known
}

/// Whether a string from a request can be an id at all: new ids are lowercase
/// base32, the PHP Planado's were decimal numbers. Anything else is not looked up.
pub fn is_plausible_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_long_lowercase_and_distinct() {
        let mut seen = HashSet::new();
        for _ in 0..1000 {
            let invite = new_invite_id().unwrap();
            let room = new_room_id().unwrap();
            assert_eq!(invite.len(), 26, "128 bits in base32");
            assert_eq!(room.len(), 32, "160 bits in base32");
            assert!(is_plausible_id(&invite) && is_plausible_id(&room));
            assert_eq!(room, room.to_lowercase());
            assert!(seen.insert(invite) && seen.insert(room));
        }
    }

    #[test]
    fn ids_look_random() {
        // Every base32 symbol appears in a few thousand ids at a plausible rate.
        let mut counts = [0usize; 256];
        for _ in 0..2000 {
            for b in new_room_id().unwrap().bytes() {
                counts[b as usize] += 1;
            }
        }
        let used: Vec<usize> = counts.iter().copied().filter(|&c| c > 0).collect();
        assert_eq!(used.len(), 32);
        let expected = 2000 * 32 / 32;
        assert!(used.iter().all(|&c| c > expected / 2 && c < expected * 2));
    }

    #[test]
    fn admin_keys_compare_by_hash() {
        let key = new_admin_key().unwrap();
        let stored = hash_admin_key(&key);
        assert!(admin_key_matches(&key, Some(&stored)));
        assert!(!admin_key_matches("wrong", Some(&stored)));
        assert!(!admin_key_matches(&key, None));
        assert_ne!(stored, key.as_bytes());
    }

    #[test]
    fn implausible_ids_are_refused() {
        for id in ["", "ABC", "a b", "x;drop", &"a".repeat(65), "é"] {
            assert!(!is_plausible_id(id), "{id}");
        }
        assert!(is_plausible_id("123456789012345"));
    }
}
