//! Room tokens for a Jitsi that checks them (Prosody's `mod_token_verification`,
//! `authentication = "token"`): made at the moment a visitor is sent into a
//! room, never stored, never shown before the opening. A token names the room
//! and its window (`nbf` a little before now, `exp` the end of the room's window plus
//! the slack) and whether its holder moderates (the organiser); nothing about
//! any person. Signed by `jsonwebtoken`: HS256 with the shared secret, or RS256
//! with the private key file and its `kid`.

use chrono::{DateTime, Duration, Utc};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::Serialize;

use crate::config::{JwtConfig, JwtKey};
use crate::domain::RoomId;
use crate::domain::links;

/// A token that cannot be made: the key is missing or unusable (a broken
/// installation, answered with a 500).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenError(pub String);

impl std::fmt::Display for TokenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who is sent into which room, until when.
pub struct Grant<'a> {
    pub room: &'a RoomId,
    /// Until when the token lets its holder in (it expires `slack` after it).
    pub until: DateTime<Utc>,
    pub moderator: bool,
}

#[derive(Serialize)]
struct Claims<'a> {
    iss: &'a str,
    aud: &'a str,
    sub: &'a str,
    room: &'a str,
    iat: i64,
    nbf: i64,
    exp: i64,
    context: Context,
}

#[derive(Serialize)]
struct Context {
    user: User,
}

/// Jitsi's role from the token: `moderator` is all Planado says of a user.
#[derive(Serialize)]
struct User {
    moderator: bool,
}

/// The room's URL, with `?jwt=` when tokens are configured and `lang=` with
/// the visitor's language when there is one (Jitsi's language detector reads
/// it from the query; a `config.defaultLanguage` in the fragment would be
/// ignored).
pub fn room_link(
    jitsi_url: &str,
    jwt: Option<&JwtConfig>,
    grant: &Grant<'_>,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<String, TokenError> {
    let mut query = Vec::new();
    if let Some(config) = jwt {
        query.push(format!("jwt={}", mint(config, grant, now)?));
    }
    if !lang.is_empty() {
        query.push(format!("lang={}", links::encode(lang)));
    }
    let url = links::room_url(jitsi_url, grant.room);
    if query.is_empty() {
        Ok(url)
    } else {
        Ok(format!("{url}?{}", query.join("&")))
    }
}

/// A signed token for `grant` at `now`.
pub fn mint(
    config: &JwtConfig,
    grant: &Grant<'_>,
    now: DateTime<Utc>,
) -> Result<String, TokenError> {
    let slack = Duration::minutes(config.slack_minutes.into());
    let claims = Claims {
        iss: &config.app_id,
        aud: &config.audience,
        sub: &config.subject,
        room: grant.room.as_str(),
        iat: now.timestamp(),
        // A little in the past, for clocks that lag behind ours.
        nbf: (now - Duration::minutes(1).max(slack)).timestamp(),
        exp: (grant.until + slack).timestamp(),
        context: Context {
            user: User {
                moderator: grant.moderator,
            },
        },
    };
    let (header, key) = match &config.key {
        JwtKey::Secret(secret) => (
            Header::new(Algorithm::HS256),
            EncodingKey::from_secret(secret.as_bytes()),
        ),
        JwtKey::RsaFile { path, key_id } => {
            let pem = std::fs::read(path)
                .map_err(|e| TokenError(format!("jwt_private_key_file {path}: {e}")))?;
            let mut header = Header::new(Algorithm::RS256);
            header.kid = Some(key_id.clone());
            (header, EncodingKey::from_rsa_pem(&pem))
        }
    };
    let key = key.map_err(|e| TokenError(format!("the token key: {e}")))?;
    jsonwebtoken::encode(&header, &claims, &key)
        .map_err(|e| TokenError(format!("signing a room token: {e}")))
}
