//! Configuration: a TOML file named by `PLANADO_CONFIG`, every key overridable by
//! the environment variable `PLANADO_<KEY IN UPPER CASE>`.

use std::fmt;
use std::str::FromStr;

use std::net::IpAddr;

use chrono_tz::Tz;
use ipnet::IpNet;
use serde::Deserialize;

/// When expired meetings are cleaned up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CleanupMode {
    /// Only by `cleanup` (cron) or `planado cleanup`.
    Cron,
    /// Also by ordinary page requests, at most every `cleanup_interval_minutes`.
    Request,
}

#[derive(Debug, Clone)]
pub struct Config {
    /// `sqlite:PATH` or `mysql://user:pass@host:port/db` (`?socket=/path` for a socket).
    pub database_url: String,
    /// The permissions of a SQLite file Planado creates (and of its `-wal` and
    /// `-shm`): 0600, or 0640 / 0660 for a group the operator shares it with.
    pub database_file_mode: u32,
    /// The Jitsi Meet server; the room is `{jitsi_url}/{room id}`.
    pub jitsi_url: String,
    /// The base under which the binaries are reached; empty: derived from the request.
    pub public_url: String,
    /// Where `htdocs/` is served (same origin); empty: beside the binaries.
    pub static_url: String,
    /// The zone assumed when the browser does not send one.
    pub default_timezone: Tz,
    /// When set, visitors see a consent page with this link before entering a room.
    pub privacy_notice_url: String,
    /// How long after its start an occurrence stays open.
    pub expire_after_hours: u32,
    /// Length of the meeting in calendar files.
    pub meeting_minutes: u32,
    /// Minutes before the start at which a new meeting's room opens, unless
    /// the organiser chooses otherwise (0 to 60).
    pub open_early_minutes: u32,
    pub cleanup: CleanupMode,
    /// How often page requests may trigger a cleanup when `cleanup = "request"`.
    pub cleanup_interval_minutes: u32,
    /// Most bookings one client (address; IPv6: its /64) may make per hour;
    /// 0: no cap. Addresses are kept only as hourly keyed hashes.
    pub max_bookings_per_hour: u32,
    /// Proxies in front of Planado whose `X-Forwarded-For` is believed (for the
    /// booking cap); empty: the header is ignored.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Optional folder with `xx.toml` files that override or add interface languages.
    pub i18n_dir: String,
    /// Tokens for a Jitsi that checks them (`mod_token_verification`); `None`:
    /// room links carry no token.
    pub jwt: Option<JwtConfig>,
    /// The reservation backend for Prosody's `mod_reservations`
    /// (`src/handlers/reservations.rs`); `None`: off.
    pub reservations: Option<ReservationsConfig>,
    /// `planado serve`: the address to listen on.
    pub listen: String,
    /// `planado serve`: the folder with the static files.
    pub htdocs: String,
    /// `planado serve`: requests handled at once (and pooled database connections).
    pub serve_workers: u32,
    /// `planado serve`: open connections at most; more wait in the kernel's queue.
    pub serve_max_connections: u32,
    /// `planado serve`: time for a request's headers, and for an idle keep-alive connection's next request.
    pub serve_header_timeout_seconds: u32,
    /// `planado serve`: time for a request's body (then 408).
    pub serve_body_timeout_seconds: u32,
    /// FastCGI: requests one process handles at once (and its pooled database connections).
    pub fastcgi_threads: u32,
    /// FastCGI: a process exits after this many requests so the web server starts a fresh one; 0: never.
    pub fastcgi_max_requests: u32,
}

/// Every key the file and the environment may set.
pub const KEYS: &[&str] = &[
    "database_url",
    "database_file_mode",
    "jitsi_url",
    "public_url",
    "static_url",
    "default_timezone",
    "privacy_notice_url",
    "expire_after_hours",
    "meeting_minutes",
    "open_early_minutes",
    "cleanup",
    "cleanup_interval_minutes",
    "max_bookings_per_hour",
    "trusted_proxies",
    "i18n_dir",
    "jwt_app_id",
    "jwt_secret",
    "jwt_private_key_file",
    "jwt_key_id",
    "jwt_audience",
    "jwt_subject",
    "jwt_slack_minutes",
    "reservations_api_token",
    "reservations_allow_unbooked",
    "listen",
    "htdocs",
    "serve_workers",
    "serve_max_connections",
    "serve_header_timeout_seconds",
    "serve_body_timeout_seconds",
    "fastcgi_threads",
    "fastcgi_max_requests",
];

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

#[derive(Debug)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

impl Default for Config {
    fn default() -> Self {
        Config {
            database_url: "sqlite:planado.sqlite".into(),
            database_file_mode: 0o600,
            jitsi_url: "https://meet.jit.si".into(),
            public_url: String::new(),
            static_url: String::new(),
            default_timezone: Tz::UTC,
            privacy_notice_url: String::new(),
            expire_after_hours: 23,
            meeting_minutes: 60,
            open_early_minutes: 0,
            cleanup: CleanupMode::Cron,
            cleanup_interval_minutes: 5,
            max_bookings_per_hour: 0,
            trusted_proxies: Vec::new(),
            i18n_dir: String::new(),
            jwt: None,
            reservations: None,
            listen: "127.0.0.1:8080".into(),
            htdocs: "htdocs".into(),
            serve_workers: 16,
            serve_max_connections: 1024,
            serve_header_timeout_seconds: 10,
            serve_body_timeout_seconds: 10,
            fastcgi_threads: 4,
            fastcgi_max_requests: 0,
        }
    }
}

/// The configuration file: the one `PLANADO_CONFIG` names (Apache calls it
/// `REDIRECT_PLANADO_CONFIG` after an internal rewrite, as in `.htaccess`
/// setups), else `planado.toml` beside the program (shared hosting, where a
/// `cgi-bin` folder is all an operator has), else none.
pub fn config_file() -> Option<std::path::PathBuf> {
    for var in ["PLANADO_CONFIG", "REDIRECT_PLANADO_CONFIG"] {
        if let Some(path) = std::env::var_os(var).filter(|p| !p.is_empty()) {
            return Some(path.into());
        }
    }
    let beside = std::env::current_exe().ok()?.parent()?.join("planado.toml");
    beside.is_file().then_some(beside)
}

/// A list written as one string (`"10.0.0.1, 10.0.0.2"`, as an environment
/// variable must) or as a TOML array.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum StringOrList {
    One(String),
    Many(Vec<String>),
}

impl StringOrList {
    fn joined(self) -> String {
        match self {
            StringOrList::One(s) => s,
            StringOrList::Many(v) => v.join(","),
        }
    }
}

/// Raw values as they come from TOML or the environment, before validation.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    database_url: Option<String>,
    database_file_mode: Option<String>,
    jitsi_url: Option<String>,
    public_url: Option<String>,
    static_url: Option<String>,
    default_timezone: Option<String>,
    privacy_notice_url: Option<String>,
    expire_after_hours: Option<u32>,
    meeting_minutes: Option<u32>,
    open_early_minutes: Option<u32>,
    cleanup: Option<String>,
    cleanup_interval_minutes: Option<u32>,
    max_bookings_per_hour: Option<u32>,
    trusted_proxies: Option<StringOrList>,
    i18n_dir: Option<String>,
    jwt_app_id: Option<String>,
    jwt_secret: Option<String>,
    jwt_private_key_file: Option<String>,
    jwt_key_id: Option<String>,
    jwt_audience: Option<String>,
    jwt_subject: Option<String>,
    jwt_slack_minutes: Option<u32>,
    reservations_api_token: Option<String>,
    reservations_allow_unbooked: Option<bool>,
    listen: Option<String>,
    htdocs: Option<String>,
    serve_workers: Option<u32>,
    serve_max_connections: Option<u32>,
    serve_header_timeout_seconds: Option<u32>,
    serve_body_timeout_seconds: Option<u32>,
    fastcgi_threads: Option<u32>,
    fastcgi_max_requests: Option<u32>,
}

impl Config {
    /// Reads the configuration file (see `config_file`) and the `PLANADO_*`
    /// environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        let file = match config_file() {
            Some(path) => {
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    ConfigError(format!(
                        "cannot read the configuration file {}: {e}",
                        path.display()
                    ))
                })?;
                Some((path.display().to_string(), text))
            }
            None => None,
        };
        let env = |key: &str| std::env::var(format!("PLANADO_{}", key.to_ascii_uppercase())).ok();
        Config::from_sources(file.as_ref().map(|(p, t)| (p.as_str(), t.as_str())), env)
    }

    /// Builds the configuration from a file's text and an environment lookup.
    pub fn from_sources(
        file: Option<(&str, &str)>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, ConfigError> {
        let mut table = match file {
            Some((path, text)) => toml::from_str::<toml::Table>(text)
                .map_err(|e| ConfigError(format!("{path} is not valid TOML: {e}")))?,
            None => toml::Table::new(),
        };
        for key in KEYS {
            if let Some(value) = env(key) {
                table.insert((*key).to_string(), env_value(key, &value)?);
            }
        }
        let raw: RawConfig = table.try_into().map_err(|e| {
            ConfigError(format!(
                "configuration: {e} (known keys: {})",
                KEYS.join(", ")
            ))
        })?;
        raw.validate()
    }
}

/// Environment values are strings; the numeric keys are parsed here so that the
/// message names the variable.
fn env_value(key: &str, value: &str) -> Result<toml::Value, ConfigError> {
    if key == "reservations_allow_unbooked" {
        return match value.trim() {
            "true" | "1" | "yes" => Ok(toml::Value::Boolean(true)),
            "false" | "0" | "no" | "" => Ok(toml::Value::Boolean(false)),
            other => Err(ConfigError(format!(
                "PLANADO_RESERVATIONS_ALLOW_UNBOOKED must be true or false, not {other:?}"
            ))),
        };
    }
    let numeric = matches!(
        key,
        "expire_after_hours"
            | "meeting_minutes"
            | "open_early_minutes"
            | "jwt_slack_minutes"
            | "cleanup_interval_minutes"
            | "max_bookings_per_hour"
            | "serve_workers"
            | "serve_max_connections"
            | "serve_header_timeout_seconds"
            | "serve_body_timeout_seconds"
            | "fastcgi_threads"
            | "fastcgi_max_requests"
    );
    if !numeric {
        return Ok(toml::Value::String(value.to_string()));
    }
    value
        .trim()
        .parse::<u32>()
        .map(|n| toml::Value::Integer(n.into()))
        .map_err(|_| {
            ConfigError(format!(
                "PLANADO_{} must be a whole number, not {value:?}",
                key.to_ascii_uppercase()
            ))
        })
}

impl RawConfig {
    fn validate(self) -> Result<Config, ConfigError> {
        let d = Config::default();
        let default_timezone = match self.default_timezone {
            None => d.default_timezone,
            Some(name) => Tz::from_str(&name).map_err(|_| {
                ConfigError(format!(
                    "default_timezone {name:?} is not an IANA time zone (for example Europe/Berlin)"
                ))
            })?,
        };
        let cleanup = match self.cleanup.as_deref() {
            None | Some("cron") => CleanupMode::Cron,
            Some("request") => CleanupMode::Request,
            Some(other) => {
                return Err(ConfigError(format!(
                    "cleanup must be \"cron\" or \"request\", not {other:?}"
                )));
            }
        };
        let expire_after_hours = self.expire_after_hours.unwrap_or(d.expire_after_hours);
        if !(1..=24 * 365).contains(&expire_after_hours) {
            return Err(ConfigError(
                "expire_after_hours must be between 1 and 8760".into(),
            ));
        }
        let meeting_minutes = self.meeting_minutes.unwrap_or(d.meeting_minutes);
        if !(1..=24 * 60).contains(&meeting_minutes) {
            return Err(ConfigError(
                "meeting_minutes must be between 1 and 1440".into(),
            ));
        }
        let jitsi_url = base_url("jitsi_url", &self.jitsi_url.unwrap_or(d.jitsi_url))?;
        if jitsi_url.is_empty() {
            return Err(ConfigError("jitsi_url must not be empty".into()));
        }
        let public_url = base_url("public_url", &self.public_url.unwrap_or_default())?;
        let privacy_notice_url = http_url(
            "privacy_notice_url",
            &self.privacy_notice_url.unwrap_or_default(),
        )?
        .map(String::from)
        .unwrap_or_default();
        let database_url = self.database_url.unwrap_or(d.database_url);
        if !(database_url.starts_with("sqlite:") || database_url.starts_with("mysql://")) {
            return Err(ConfigError(
                "database_url must start with sqlite: or mysql://".into(),
            ));
        }
        let database_file_mode = match self.database_file_mode.as_deref().map(str::trim) {
            None => d.database_file_mode,
            Some("0600" | "600") => 0o600,
            Some("0640" | "640") => 0o640,
            Some("0660" | "660") => 0o660,
            Some(other) => {
                return Err(ConfigError(format!(
                    "database_file_mode must be \"0600\" (only the binaries' user), \"0640\" or \"0660\" (and its group), not {other:?}"
                )));
            }
        };
        let trusted_proxies = parse_networks(
            &self
                .trusted_proxies
                .map(StringOrList::joined)
                .unwrap_or_default(),
        )
        .map_err(|e| ConfigError(format!("trusted_proxies: {e}")))?;
        let jwt = jwt_config(
            JwtFields {
                app_id: self.jwt_app_id,
                secret: self.jwt_secret,
                private_key_file: self.jwt_private_key_file,
                key_id: self.jwt_key_id,
                audience: self.jwt_audience,
                subject: self.jwt_subject,
                slack_minutes: self.jwt_slack_minutes,
            },
            &jitsi_url,
        )?;
        let reservations = reservations_config(
            self.reservations_api_token,
            self.reservations_allow_unbooked,
        )?;
        Ok(Config {
            jwt,
            reservations,
            database_url,
            database_file_mode,
            trusted_proxies,
            jitsi_url,
            public_url,
            static_url: trim_slash(self.static_url.unwrap_or_default()),
            default_timezone,
            privacy_notice_url,
            expire_after_hours,
            meeting_minutes,
            open_early_minutes: in_range(
                "open_early_minutes",
                self.open_early_minutes,
                d.open_early_minutes,
                0..=crate::domain::meeting::MAX_OPEN_EARLY_MINUTES,
            )?,
            cleanup,
            cleanup_interval_minutes: self
                .cleanup_interval_minutes
                .unwrap_or(d.cleanup_interval_minutes)
                .max(1),
            max_bookings_per_hour: self
                .max_bookings_per_hour
                .unwrap_or(d.max_bookings_per_hour),
            i18n_dir: self.i18n_dir.unwrap_or_default(),
            listen: self.listen.unwrap_or(d.listen),
            htdocs: self.htdocs.unwrap_or(d.htdocs),
            serve_workers: in_range(
                "serve_workers",
                self.serve_workers,
                d.serve_workers,
                1..=1024,
            )?,
            serve_max_connections: in_range(
                "serve_max_connections",
                self.serve_max_connections,
                d.serve_max_connections,
                1..=100000,
            )?,
            serve_header_timeout_seconds: in_range(
                "serve_header_timeout_seconds",
                self.serve_header_timeout_seconds,
                d.serve_header_timeout_seconds,
                1..=3600,
            )?,
            serve_body_timeout_seconds: in_range(
                "serve_body_timeout_seconds",
                self.serve_body_timeout_seconds,
                d.serve_body_timeout_seconds,
                1..=3600,
            )?,
            fastcgi_threads: in_range(
                "fastcgi_threads",
                self.fastcgi_threads,
                d.fastcgi_threads,
                1..=256,
            )?,
            fastcgi_max_requests: in_range(
                "fastcgi_max_requests",
                self.fastcgi_max_requests,
                d.fastcgi_max_requests,
                0..=4294967295,
            )?,
        })
    }
}

/// The `jwt_*` keys as given.
struct JwtFields {
    app_id: Option<String>,
    secret: Option<String>,
    private_key_file: Option<String>,
    key_id: Option<String>,
    audience: Option<String>,
    subject: Option<String>,
    slack_minutes: Option<u32>,
}

/// Tokens are on when `jwt_app_id` is set; then exactly one key must be.
fn jwt_config(f: JwtFields, jitsi_url: &str) -> Result<Option<JwtConfig>, ConfigError> {
    let given = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let (secret, file, key_id) = (given(f.secret), given(f.private_key_file), given(f.key_id));
    let Some(app_id) = given(f.app_id) else {
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
            key_id: key_id.ok_or_else(|| {
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
        audience: given(f.audience).unwrap_or_else(|| "jitsi".to_string()),
        subject: given(f.subject).unwrap_or(host),
        slack_minutes: in_range("jwt_slack_minutes", f.slack_minutes, 5, 0..=60)?,
    }))
}

/// The reservation backend is on when `reservations_api_token` is set.
fn reservations_config(
    token: Option<String>,
    allow_unbooked: Option<bool>,
) -> Result<Option<ReservationsConfig>, ConfigError> {
    let token = token.map(|t| t.trim().to_string()).unwrap_or_default();
    if token.is_empty() {
        if allow_unbooked == Some(true) {
            return Err(ConfigError(
                "reservations_allow_unbooked is true, but reservations_api_token is not: the reservation backend is off without its token".into(),
            ));
        }
        return Ok(None);
    }
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

/// A number from the configuration, or its default, within `range`.
fn in_range(
    key: &str,
    value: Option<u32>,
    default: u32,
    range: std::ops::RangeInclusive<u32>,
) -> Result<u32, ConfigError> {
    let value = value.unwrap_or(default);
    if range.contains(&value) {
        Ok(value)
    } else {
        Err(ConfigError(format!(
            "{key} must be between {} and {}, not {value}",
            range.start(),
            range.end()
        )))
    }
}

fn trim_slash(url: String) -> String {
    url.trim_end_matches('/').to_string()
}

/// An `http://` or `https://` URL as it can go into a header and a page: the
/// `url` crate writes an international host in punycode and percent-encodes a
/// path, so whatever the operator typed becomes ASCII. Empty stays empty
/// (`None`); anything else that is not such a URL is refused with the key's name.
fn http_url(key: &str, text: &str) -> Result<Option<url::Url>, ConfigError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let refuse = |why: &str| {
        ConfigError(format!(
            "{key} must be an http:// or https:// URL ({why}), not {text:?}"
        ))
    };
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(refuse("no spaces or control characters"));
    }
    let url = url::Url::parse(text).map_err(|e| refuse(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(refuse("scheme http or https, and a host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(refuse("no user name or password"));
    }
    Ok(Some(url))
}

/// A URL under which Planado appends paths (`{public_url}/invite?id=`,
/// `{jitsi_url}/{room}`): no query or fragment, no slash at the end.
fn base_url(key: &str, text: &str) -> Result<String, ConfigError> {
    let Some(url) = http_url(key, text)? else {
        return Ok(String::new());
    };
    if url.query().is_some() || url.fragment().is_some() {
        return Err(ConfigError(format!(
            "{key} must not have a query (?…) or a fragment (#…): {text:?}"
        )));
    }
    Ok(trim_slash(url.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        let nets = parse_networks("127.0.0.1, 10.0.0.0/8 ::1").unwrap();
        assert_eq!(nets.len(), 3);
        assert!(parse_networks("10.0.0.0/33").is_err());
        assert!(parse_networks("").unwrap().is_empty());
    }

    #[test]
    fn defaults_follow_the_contract() {
        let c = Config::from_sources(None, none).unwrap();
        assert_eq!(c.jitsi_url, "https://meet.jit.si");
        assert_eq!(c.expire_after_hours, 23);
        assert_eq!(c.default_timezone, Tz::UTC);
    }

    #[test]
    fn the_example_file_is_valid() {
        let text = include_str!("../../planado.example.toml");
        let c = Config::from_sources(Some(("planado.example.toml", text)), none).unwrap();
        assert_eq!(c.database_file_mode, 0o600);
        assert!(c.trusted_proxies.is_empty());
        let every_key_shown = KEYS.iter().all(|k| text.contains(&format!("\n{k} = ")));
        assert!(every_key_shown, "planado.example.toml explains every key");
    }

    #[test]
    fn environment_overrides_file() {
        let file = "jitsi_url = \"https://a.example/\"\nexpire_after_hours = 5\n";
        let env = |k: &str| (k == "expire_after_hours").then(|| "7".to_string());
        let c = Config::from_sources(Some(("p.toml", file)), env).unwrap();
        assert_eq!(c.jitsi_url, "https://a.example");
        assert_eq!(c.expire_after_hours, 7);
    }

    #[test]
    fn urls_become_ascii_or_are_refused() {
        let with = |key: &'static str, value: &'static str| {
            move |k: &str| (k == key).then(|| value.to_string())
        };
        let c =
            Config::from_sources(None, with("jitsi_url", "https://Bücher.example/räume/")).unwrap();
        assert_eq!(c.jitsi_url, "https://xn--bcher-kva.example/r%C3%A4ume");
        let c =
            Config::from_sources(None, with("public_url", "https://münchen.example:8443")).unwrap();
        assert_eq!(c.public_url, "https://xn--mnchen-3ya.example:8443");
        assert!(c.public_url.is_ascii());
        let c = Config::from_sources(
            None,
            with("privacy_notice_url", "https://ä.example/datenschutz?x=ü#s"),
        )
        .unwrap();
        assert!(c.privacy_notice_url.is_ascii(), "{}", c.privacy_notice_url);
        for (key, bad) in [
            ("jitsi_url", "meet.example"),
            ("jitsi_url", "ftp://meet.example"),
            ("jitsi_url", ""),
            ("jitsi_url", "https://meet example"),
            ("jitsi_url", "https://a\u{0}b.example"),
            ("jitsi_url", "https://xn--.example"),
            ("public_url", "https://p.example/?a=1"),
            ("public_url", "https://p.example/#top"),
            ("public_url", "https://user:pw@p.example"),
            ("public_url", "https://"),
        ] {
            let env = move |k: &str| (k == key).then(|| bad.to_string());
            let e = Config::from_sources(None, env).unwrap_err();
            assert!(e.0.contains(key), "{key}={bad:?}: {e}");
        }
    }

    #[test]
    fn bad_values_name_the_key() {
        let e = Config::from_sources(Some(("p.toml", "nope = 1")), none).unwrap_err();
        assert!(e.0.contains("nope"), "{e}");
        let env = |k: &str| (k == "default_timezone").then(|| "Mars/Base".to_string());
        let e = Config::from_sources(None, env).unwrap_err();
        assert!(e.0.contains("default_timezone"), "{e}");
        let env = |k: &str| (k == "meeting_minutes").then(|| "x".to_string());
        assert!(
            Config::from_sources(None, env)
                .unwrap_err()
                .0
                .contains("PLANADO_MEETING_MINUTES")
        );
    }

    const LONG: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn the_reservation_backend_needs_a_long_token() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Config::from_sources(None, none).unwrap().reservations, None);
        let c = Config::from_sources(
            None,
            env(&[
                ("reservations_api_token", LONG),
                ("reservations_allow_unbooked", "yes"),
            ]),
        )
        .unwrap();
        let r = c.reservations.unwrap();
        assert!(r.allow_unbooked);
        assert!(
            !format!("{r:?}").contains(LONG),
            "the token is never printed"
        );
        for bad in [
            &[("reservations_api_token", "short")][..],
            &[(
                "reservations_api_token",
                "0123456789abcdef 0123456789abcdef",
            )],
            &[("reservations_allow_unbooked", "true")],
            &[
                ("reservations_api_token", LONG),
                ("reservations_allow_unbooked", "maybe"),
            ],
        ] {
            let e = Config::from_sources(None, env(bad)).unwrap_err();
            assert!(
                e.0.contains("RESERVATIONS") || e.0.contains("reservations"),
                "{e}"
            );
        }
    }
}
