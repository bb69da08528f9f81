//! The secrets, each its own type so that one cannot stand in for another:
//! the invite id (the public link), the room id (the Jitsi room, secret until
//! the opening), the admin key (the organiser's) and what the store keeps of
//! it. New ones come straight from the operating system's CSPRNG, derived
//! from nothing the user typed; ids from a request are `parse`d, and what does
//! not parse is never looked up.

use std::fmt;

use data_encoding::BASE32_NOPAD;
use hmac::{Hmac, KeyInit, Mac};
use rand::TryRngCore;
use rand::rngs::OsRng;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::DomainError;

/// Bytes of randomness in an invite id and an admin key (128 bits).
const LINK_ID_BYTES: usize = 16;
/// Bytes of randomness in a room id (160 bits: the room is the real secret).
const ROOM_ID_BYTES: usize = 20;
/// Longest id accepted from a request; longer ones cannot exist.
pub const MAX_ID_LEN: usize = 64;

/// Lowercase base32: URL-safe, case-insensitive to read aloud or type, and
/// lowercase as Jitsi wants room names.
fn random_token(bytes: usize) -> Result<String, DomainError> {
    let mut buf = vec![0u8; bytes];
    OsRng
        .try_fill_bytes(&mut buf)
        .map_err(|e| DomainError::Randomness(e.to_string()))?;
    Ok(BASE32_NOPAD.encode(&buf).to_ascii_lowercase())
}

/// Whether a string can be an id at all: new ids are lowercase base32, the
/// PHP Planado's were decimal numbers.
fn is_plausible(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// An id from a request: trimmed and lowercased (ids are lowercase; a link
/// typed by hand may not be), `None` when it cannot be one.
fn parse_id(text: &str) -> Option<String> {
    let id = text.trim().to_ascii_lowercase();
    is_plausible(&id).then_some(id)
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// One from a request or a row: trimmed, lowercased, `None` when
            /// it cannot be one.
            pub fn parse(text: &str) -> Option<$name> {
                parse_id(text).map($name)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }
    };
}

id_type!(
    /// The public part of a meeting: `invite?id=`.
    InviteId
);
id_type!(
    /// The Jitsi room of one occurrence (a fresh one for each); made by a
    /// [`RoomMinter`].
    RoomId
);

impl InviteId {
    /// A fresh one from the operating system's CSPRNG.
    pub fn new() -> Result<InviteId, DomainError> {
        random_token(LINK_ID_BYTES).map(InviteId)
    }
}

/// Bytes of a room id that are its tag, when the minter has a key.
const ROOM_TAG_BYTES: usize = 4;

/// Makes room ids, and knows its own again: with a key (the reservation
/// backend's secret), the last 32 of a room id's 160 bits are a keyed hash of
/// the other 128, so that Planado can tell a room it made from any other
/// name, even after the room's meeting has moved on or is gone, without
/// keeping a list of past rooms. 128 random bits stay unguessable.
#[derive(Clone, Default)]
pub struct RoomMinter {
    key: Option<[u8; 32]>,
}

impl fmt::Debug for RoomMinter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RoomMinter(keyed: {})", self.key.is_some())
    }
}

impl RoomMinter {
    /// Plain random room ids: no tag.
    pub fn untagged() -> RoomMinter {
        RoomMinter { key: None }
    }

    /// Room ids tagged with a key derived from `secret`.
    pub fn keyed(secret: &str) -> RoomMinter {
        let key = Sha256::new()
            .chain_update(b"planado room tag\0")
            .chain_update(secret.as_bytes())
            .finalize();
        RoomMinter {
            key: Some(key.into()),
        }
    }

    /// A fresh room id from the operating system's CSPRNG (tagged when keyed).
    pub fn mint(&self) -> Result<RoomId, DomainError> {
        let mut buf = [0u8; ROOM_ID_BYTES];
        OsRng
            .try_fill_bytes(&mut buf)
            .map_err(|e| DomainError::Randomness(e.to_string()))?;
        if let Some(tag) = self.tag(&buf[..ROOM_ID_BYTES - ROOM_TAG_BYTES]) {
            buf[ROOM_ID_BYTES - ROOM_TAG_BYTES..].copy_from_slice(&tag);
        }
        Ok(RoomId(BASE32_NOPAD.encode(&buf).to_ascii_lowercase()))
    }

    /// Whether this minter made `room` (always false without a key).
    pub fn made(&self, room: &RoomId) -> bool {
        let Ok(bytes) = BASE32_NOPAD.decode(room.as_str().to_ascii_uppercase().as_bytes()) else {
            return false;
        };
        if bytes.len() != ROOM_ID_BYTES {
            return false;
        }
        let (random, tag) = bytes.split_at(ROOM_ID_BYTES - ROOM_TAG_BYTES);
        self.tag(random)
            .is_some_and(|expected| bool::from(expected.ct_eq(tag)))
    }

    fn tag(&self, random: &[u8]) -> Option<[u8; ROOM_TAG_BYTES]> {
        let key = self.key.as_ref()?;
        let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
        mac.update(random);
        let full = mac.finalize().into_bytes();
        let mut tag = [0u8; ROOM_TAG_BYTES];
        tag.copy_from_slice(&full[..ROOM_TAG_BYTES]);
        Some(tag)
    }
}

/// The organiser's key. Never stored (only its [`AdminKeyHash`]), never
/// printed by `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct AdminKey(String);

impl AdminKey {
    /// A fresh one from the operating system's CSPRNG.
    pub fn new() -> Result<AdminKey, DomainError> {
        random_token(LINK_ID_BYTES).map(AdminKey)
    }

    /// A key from a request, trimmed; `None` when it cannot be one (then the
    /// request is answered as a wrong key is).
    pub fn parse(text: &str) -> Option<AdminKey> {
        let key = text.trim();
        is_plausible(key).then(|| AdminKey(key.to_string()))
    }

    /// The PHP Planado's admin id, a decimal number.
    pub fn legacy(aid: i64) -> AdminKey {
        AdminKey(aid.to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn hash(&self) -> AdminKeyHash {
        AdminKeyHash(Sha256::digest(self.0.as_bytes()).to_vec())
    }
}

impl fmt::Debug for AdminKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AdminKey(…)")
    }
}

/// What the store keeps of an admin key. The key has at least 128 bits of
/// entropy, so a plain SHA-256 is enough; a slow hash would only slow the server.
#[derive(Clone, PartialEq, Eq)]
pub struct AdminKeyHash(Vec<u8>);

impl AdminKeyHash {
    /// A hash as the store keeps it.
    pub fn from_stored(bytes: Vec<u8>) -> AdminKeyHash {
        AdminKeyHash(bytes)
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Whether `presented` is the key of this hash, compared in constant time.
    pub fn matches(&self, presented: &AdminKey) -> bool {
        bool::from(presented.hash().0.ct_eq(&self.0))
    }

    /// Whether a request's key (`None`: none or malformed) opens a meeting
    /// whose stored hash is `stored` (`None`: unknown id). Always hashes and
    /// compares, so an unknown id, a malformed key and a wrong key take the
    /// same time.
    pub fn opens(stored: Option<&AdminKeyHash>, presented: Option<&AdminKey>) -> bool {
        let dummy = AdminKeyHash(vec![0u8; 32]);
        let unknown = AdminKey(String::new());
        let same = stored
            .unwrap_or(&dummy)
            .matches(presented.unwrap_or(&unknown));
        same & stored.is_some() & presented.is_some()
    }
}

impl fmt::Debug for AdminKeyHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AdminKeyHash({} bytes)", self.0.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_long_lowercase_and_distinct() {
        let mut seen = HashSet::new();
        for _ in 0..1000 {
            let invite = InviteId::new().unwrap();
            let room = RoomMinter::untagged().mint().unwrap();
            assert_eq!(invite.as_str().len(), 26, "128 bits in base32");
            assert_eq!(room.as_str().len(), 32, "160 bits in base32");
            assert_eq!(InviteId::parse(invite.as_str()).as_ref(), Some(&invite));
            assert_eq!(RoomId::parse(room.as_str()).as_ref(), Some(&room));
            assert_eq!(room.as_str(), room.as_str().to_lowercase());
            assert!(seen.insert(invite.to_string()) && seen.insert(room.to_string()));
        }
    }

    #[test]
    fn a_keyed_minter_knows_its_own_rooms() {
        let minter = RoomMinter::keyed("the reservation backend's secret");
        let other = RoomMinter::keyed("another secret");
        let plain = RoomMinter::untagged();
        for _ in 0..200 {
            let room = minter.mint().unwrap();
            assert_eq!(room.as_str().len(), 32);
            assert!(minter.made(&room));
            assert!(!other.made(&room), "another key does not know it");
            assert!(!plain.made(&room));
            let untagged = plain.mint().unwrap();
            assert!(!minter.made(&untagged), "a random id is not taken for ours");
        }
        for name in ["teammeeting", "abc", "impressivewallsgrowquicklyabcdef"] {
            assert!(!minter.made(&RoomId::parse(name).unwrap()), "{name}");
        }
    }

    #[test]
    fn ids_look_random() {
        // Every base32 symbol appears in a few thousand ids at a plausible rate.
        let mut counts = [0usize; 256];
        for _ in 0..2000 {
            for b in RoomMinter::untagged().mint().unwrap().as_str().bytes() {
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
        let key = AdminKey::new().unwrap();
        let stored = key.hash();
        assert!(stored.matches(&key));
        assert!(AdminKeyHash::opens(Some(&stored), Some(&key)));
        let wrong = AdminKey::parse("wrong").unwrap();
        assert!(!stored.matches(&wrong));
        assert!(!AdminKeyHash::opens(Some(&stored), Some(&wrong)));
        assert!(!AdminKeyHash::opens(None, Some(&key)));
        assert!(!AdminKeyHash::opens(Some(&stored), None));
        assert_ne!(stored.as_bytes(), key.as_str().as_bytes());
        assert!(!format!("{key:?}").contains(key.as_str()), "never printed");
    }

    #[test]
    fn implausible_ids_are_refused_and_typed_ones_lowercased() {
        for id in ["", "a b", "x;drop", &"a".repeat(65), "é", "-"] {
            assert_eq!(InviteId::parse(id), None, "{id}");
            assert_eq!(RoomId::parse(id), None, "{id}");
        }
        assert_eq!(
            InviteId::parse(" ABC ").map(|i| i.to_string()).as_deref(),
            Some("abc")
        );
        assert!(InviteId::parse("123456789012345").is_some());
        assert!(AdminKey::parse("ABC").is_none(), "keys are not lowercased");
    }
}
