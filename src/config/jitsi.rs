//! The keys for a Jitsi of the operator's own: room tokens (`jwt_*`) and the
//! reservation backend (`reservations_*`), each on only when its key is set,
//! and then checked as a whole.

use std::fmt;

use super::ConfigError;
use super::jitsi_whitelist::whitelisted;
use super::keys::Values;
use crate::domain::links::JitsiOverrides;

/// How room tokens are made (src/token.rs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JwtConfig {
    /// `iss`: the app id Prosody's `app_id` names.
    pub app_id: String,
    pub key: JwtKey,
    /// `aud` (default `jitsi`).
    pub audience: String,
    /// `sub`: the Jitsi domain, or `*` (default: the host of `jitsi_url`).
    pub subject: String,
    /// Tolerance on both ends of a token's validity, in minutes.
    pub slack_minutes: u32,
}

/// The reservation backend: the secret Prosody sends as `Authorization:
/// Bearer …`, and whether rooms Planado does not know may be created.
#[derive(Clone, PartialEq, Eq)]
pub struct ReservationsConfig {
    pub api_token: String,
    pub allow_unbooked: bool,
}

/// Never print the token (`planado check`, logs).
impl fmt::Debug for ReservationsConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ReservationsConfig {{ api_token: …, allow_unbooked: {} }}",
            self.allow_unbooked
        )
    }
}

/// The shortest `reservations_api_token` accepted (a guessable one would let
/// anyone ask which rooms exist).
pub const MIN_RESERVATIONS_TOKEN_LEN: usize = 24;

/// The signing key: a shared secret (HS256), or an RSA private key file with
/// its key id (RS256, for `asap_key_server` setups; the file is read when a
/// token is made).
#[derive(Clone, PartialEq, Eq)]
pub enum JwtKey {
    Secret(String),
    RsaFile { path: String, key_id: String },
}

/// Never print the secret (`planado check`, logs).
impl fmt::Debug for JwtKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JwtKey::Secret(_) => f.write_str("Secret(…)"),
            JwtKey::RsaFile { path, key_id } => write!(f, "RsaFile({path}, kid {key_id})"),
        }
    }
}

/// Tokens are on when `jwt_app_id` is set; then exactly one key must be.
pub(super) fn jwt_config(v: &Values, jitsi_url: &str) -> Result<Option<JwtConfig>, ConfigError> {
    let secret = v.given_text("jwt_secret");
    let file = v.given_text("jwt_private_key_file");
    let Some(app_id) = v.given_text("jwt_app_id") else {
        if secret.is_some() || file.is_some() {
            return Err(ConfigError(
                "jwt_secret or jwt_private_key_file is set, but jwt_app_id is not: set it to the app_id of Prosody's token configuration".into(),
            ));
        }
        return Ok(None);
    };
    let key = match (secret, file) {
        (Some(secret), None) => JwtKey::Secret(secret),
        (None, Some(path)) => JwtKey::RsaFile {
            path,
            key_id: v.given_text("jwt_key_id").ok_or_else(|| {
                ConfigError("jwt_private_key_file needs jwt_key_id (the kid Prosody's asap_key_server serves)".into())
            })?,
        },
        _ => {
            return Err(ConfigError(
                "with jwt_app_id, set exactly one of jwt_secret (HS256) and jwt_private_key_file (RS256)".into(),
            ));
        }
    };
    let host = url::Url::parse(jitsi_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "*".to_string());
    Ok(Some(JwtConfig {
        app_id,
        key,
        // Empty means the default, as it always did.
        audience: v
            .given_text("jwt_audience")
            .unwrap_or_else(|| "jitsi".to_string()),
        subject: v.given_text("jwt_subject").unwrap_or(host),
        slack_minutes: v.number("jwt_slack_minutes")?,
    }))
}

/// The reservation backend is on when `reservations_api_token` is set.
pub(super) fn reservations_config(v: &Values) -> Result<Option<ReservationsConfig>, ConfigError> {
    let allow_unbooked = v.flag("reservations_allow_unbooked");
    let Some(token) = v.given_text("reservations_api_token") else {
        if allow_unbooked == Some(true) {
            return Err(ConfigError(
                "reservations_allow_unbooked is true, but reservations_api_token is not: the reservation backend is off without its token".into(),
            ));
        }
        return Ok(None);
    };
    let printable = token.bytes().all(|b| b.is_ascii_graphic());
    if token.len() < MIN_RESERVATIONS_TOKEN_LEN || !printable {
        return Err(ConfigError(format!(
            "reservations_api_token must be at least {MIN_RESERVATIONS_TOKEN_LEN} visible ASCII characters without spaces (make one with: openssl rand -hex 32)"
        )));
    }
    Ok(Some(ReservationsConfig {
        api_token: token,
        allow_unbooked: allow_unbooked.unwrap_or(false),
    }))
}

/// `jitsi_link_config`: the operator's keys for every room link, each one
/// Jitsi takes from a link (else Jitsi would drop it without a word). The name
/// is Planado's own (`subject`, `localSubject`).
pub(super) fn link_overrides(v: &Values) -> Result<JitsiOverrides, ConfigError> {
    let table = v.table("jitsi_link_config");
    for key in table.keys() {
        let refuse = |why: String| Err(ConfigError(format!("jitsi_link_config: {key:?} {why}")));
        if let Some(bare) = key.strip_prefix("config.") {
            return refuse(format!("is written without \"config.\": {bare:?}"));
        }
        if !key.split('.').all(|part| {
            !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        }) {
            return refuse("is not a Jitsi config key (letters, digits, _ and dots)".into());
        }
        if ["subject", "localSubject"].contains(&key.as_str()) {
            return refuse("is the conference name, which Planado sets from each link".into());
        }
        if !whitelisted(key) {
            return refuse(
                "is not in Jitsi Meet's configWhitelist, so Jitsi would ignore it in a link (planado keys; https://github.com/jitsi/jitsi-meet/blob/master/react/features/base/config/configWhitelist.ts)".into(),
            );
        }
    }
    Ok(JitsiOverrides::with(table))
}
