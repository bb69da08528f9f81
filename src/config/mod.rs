//! Configuration: a TOML file named by `PLANADO_CONFIG`, every key overridable by
//! the environment variable `PLANADO_<KEY IN UPPER CASE>`. The keys, their
//! defaults, ranges and variables are one table (`keys.rs`); this module
//! builds the checked [`Config`] from it.

mod database;
mod jitsi;
mod jitsi_whitelist;
pub mod keys;
mod networks;
mod urls;

use std::fmt;
use std::str::FromStr;

use chrono_tz::Tz;

use crate::domain::links::JitsiOverrides;

pub use database::DatabaseUrl;
pub use jitsi::{JwtConfig, JwtKey, MIN_RESERVATIONS_TOKEN_LEN, ReservationsConfig};
pub use jitsi_whitelist::CONFIG_WHITELIST;
pub use keys::KEYS;
use keys::Values;
pub use networks::parse_networks;
use urls::{base_url, contact, http_url, trim_slash};

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
    /// Where the meetings are kept.
    pub database_url: DatabaseUrl,
    /// The permissions of a SQLite file Planado creates (and of its `-wal` and
    /// `-shm`): 0600, or 0640 / 0660 for a group the operator shares it with.
    pub database_file_mode: u32,
    /// The Jitsi Meet server; the room is `{jitsi_url}/{room id}`.
    pub jitsi_url: String,
    /// What every room link sets in Jitsi besides the name.
    pub jitsi_overrides: JitsiOverrides,
    /// Rooms are on the public meet.jit.si, whose rules the pages must tell
    /// organisers and guests.
    pub on_public_jitsi: bool,
    /// The base under which the binaries are reached; empty: derived from the request.
    pub public_url: String,
    /// Where `htdocs/` is served (same origin); empty: beside the binaries.
    pub static_url: String,
    /// The zone assumed when the browser does not send one.
    pub default_timezone: Tz,
    /// When set, visitors see a consent page with this link before entering a room.
    pub privacy_notice_url: String,
    /// Where the accessibility statement sends a visitor who meets a barrier:
    /// an e-mail address or an http(s) address; empty: "tell the operator".
    pub accessibility_contact: String,
    /// How long after its start an occurrence stays open.
    pub expire_after_hours: u32,
    /// Length of the meeting in calendar files.
    pub meeting_minutes: u32,
    /// Minutes before the start at which a new meeting's room opens, unless
    /// the organiser chooses otherwise (0 to 60).
    pub open_early_minutes: u32,
    pub cleanup: CleanupMode,
    /// Whether the pages offer the Google Calendar and Outlook subscriptions.
    pub calendar_vendor_links: bool,
    /// Days a cancelled or finished meeting's feed still answers.
    pub feed_grace_days: u32,
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
    /// `planado serve` and FastCGI: one line per request on standard error,
    /// without the query string (src/edge/access_log.rs).
    pub access_log: bool,
    /// `planado serve`: counts for Prometheus at `/metrics` (src/metrics.rs).
    pub metrics: bool,
    /// `planado serve`: an address of its own for `/metrics` (empty: `listen`).
    pub metrics_listen: String,
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
    /// `planado serve`: time a client has to take an answer once writing it
    /// stalls (then the connection is closed).
    pub serve_write_timeout_seconds: u32,
    /// FastCGI: requests one process handles at once (and its pooled database connections).
    pub fastcgi_threads: u32,
    /// FastCGI: connections one process serves at once, each on a thread of
    /// its own (a silent one holds only its thread, never a handler).
    pub fastcgi_max_connections: u32,
    /// FastCGI: time a request has to arrive whole, from its first record
    /// (and a fresh connection for its first record; a kept one may idle
    /// twice as long).
    pub fastcgi_request_timeout_seconds: u32,
    /// FastCGI: a process exits after this many requests so the web server starts a fresh one; 0: never.
    pub fastcgi_max_requests: u32,
}

#[derive(Debug)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

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

    /// Builds the configuration from a file's text and an environment lookup
    /// (by key name).
    pub fn from_sources(
        file: Option<(&str, &str)>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, ConfigError> {
        let file = match file {
            Some((path, text)) => Some((
                path,
                toml::from_str::<toml::Table>(text)
                    .map_err(|e| ConfigError(format!("{path} is not valid TOML: {e}")))?,
            )),
            None => None,
        };
        build(&Values::read(file, env)?)
    }
}

/// The checked configuration from the values given.
fn build(v: &Values) -> Result<Config, ConfigError> {
    let jitsi_url = base_url("jitsi_url", &v.text("jitsi_url"))?;
    if jitsi_url.is_empty() {
        return Err(ConfigError("jitsi_url must not be empty".into()));
    }
    Ok(Config {
        jwt: jitsi::jwt_config(v, &jitsi_url)?,
        jitsi_overrides: jitsi::link_overrides(v)?,
        on_public_jitsi: is_public_jitsi(&jitsi_url),
        reservations: jitsi::reservations_config(v)?,
        database_url: DatabaseUrl::parse(&v.text("database_url"))?,
        database_file_mode: file_mode(&v.text("database_file_mode"))?,
        trusted_proxies: parse_networks(&v.text("trusted_proxies"))
            .map_err(|e| ConfigError(format!("trusted_proxies: {e}")))?,
        public_url: base_url("public_url", &v.text("public_url"))?,
        jitsi_url,
        static_url: trim_slash(v.text("static_url")),
        default_timezone: time_zone(&v.text("default_timezone"))?,
        privacy_notice_url: http_url("privacy_notice_url", &v.text("privacy_notice_url"))?
            .map(String::from)
            .unwrap_or_default(),
        accessibility_contact: contact("accessibility_contact", &v.text("accessibility_contact"))?,
        expire_after_hours: v.number("expire_after_hours")?,
        meeting_minutes: v.number("meeting_minutes")?,
        open_early_minutes: v.number("open_early_minutes")?,
        cleanup: cleanup_mode(&v.text("cleanup"))?,
        calendar_vendor_links: v.flag("calendar_vendor_links").unwrap_or(true),
        feed_grace_days: v.number("feed_grace_days")?,
        cleanup_interval_minutes: v.number("cleanup_interval_minutes")?.max(1),
        max_bookings_per_hour: v.number("max_bookings_per_hour")?,
        i18n_dir: v.text("i18n_dir"),
        listen: v.text("listen"),
        htdocs: v.text("htdocs"),
        serve_workers: v.number("serve_workers")?,
        serve_max_connections: v.number("serve_max_connections")?,
        serve_header_timeout_seconds: v.number("serve_header_timeout_seconds")?,
        serve_body_timeout_seconds: v.number("serve_body_timeout_seconds")?,
        serve_write_timeout_seconds: v.number("serve_write_timeout_seconds")?,
        fastcgi_threads: v.number("fastcgi_threads")?,
        fastcgi_max_connections: v.number("fastcgi_max_connections")?,
        fastcgi_request_timeout_seconds: v.number("fastcgi_request_timeout_seconds")?,
        fastcgi_max_requests: v.number("fastcgi_max_requests")?,
        access_log: v.flag("access_log").unwrap_or(false),
        metrics: v.flag("metrics").unwrap_or(false),
        metrics_listen: v.text("metrics_listen"),
    })
}

/// The public Jitsi of 8x8 (Planado's default). Since August 2023 it opens a
/// room only after a moderator has joined and signed in there.
pub const PUBLIC_JITSI_HOST: &str = "meet.jit.si";

/// Whether rooms at `jitsi_url` are on the public meet.jit.si (decided once,
/// when the configuration is read).
fn is_public_jitsi(jitsi_url: &str) -> bool {
    url::Url::parse(jitsi_url)
        .ok()
        .and_then(|u| {
            u.host_str()
                .map(|h| h.eq_ignore_ascii_case(PUBLIC_JITSI_HOST))
        })
        .unwrap_or(false)
}

fn time_zone(name: &str) -> Result<Tz, ConfigError> {
    Tz::from_str(name.trim()).map_err(|_| {
        ConfigError(format!(
            "default_timezone {name:?} is not an IANA time zone (for example Europe/Berlin)"
        ))
    })
}

fn cleanup_mode(text: &str) -> Result<CleanupMode, ConfigError> {
    match text.trim() {
        "cron" => Ok(CleanupMode::Cron),
        "request" => Ok(CleanupMode::Request),
        other => Err(ConfigError(format!(
            "cleanup must be \"cron\" or \"request\", not {other:?}"
        ))),
    }
}

fn file_mode(text: &str) -> Result<u32, ConfigError> {
    match text.trim() {
        "0600" | "600" => Ok(0o600),
        "0640" | "640" => Ok(0o640),
        "0660" | "660" => Ok(0o660),
        other => Err(ConfigError(format!(
            "database_file_mode must be \"0600\" (only the binaries' user), \"0640\" or \"0660\" (and its group), not {other:?}"
        ))),
    }
}

impl Default for Config {
    /// Every key at its default.
    fn default() -> Self {
        Config::from_sources(None, |_| None).expect("the defaults are a valid configuration")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::links;

    fn none(_: &str) -> Option<String> {
        None
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
        let every_key_shown = KEYS
            .iter()
            .all(|k| text.contains(&format!("\n{} = ", k.name)));
        assert!(every_key_shown, "planado.example.toml explains every key");
    }

    #[test]
    fn the_readme_names_every_key() {
        let readme = include_str!("../../README.md");
        for key in KEYS {
            assert!(readme.contains(&format!("`{}`", key.name)), "{}", key.name);
        }
    }

    #[test]
    fn what_older_configurations_said_still_holds() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        let c = Config::from_sources(None, env(&[("cleanup_interval_minutes", "0")])).unwrap();
        assert_eq!(c.cleanup_interval_minutes, 1, "0 counts as 1");
        let c = Config::from_sources(None, env(&[("cleanup_interval_minutes", "10080")])).unwrap();
        assert_eq!(c.cleanup_interval_minutes, 10080);
        let c = Config::from_sources(
            None,
            env(&[
                ("jwt_app_id", "planado"),
                ("jwt_secret", "a secret"),
                ("jwt_audience", ""),
            ]),
        )
        .unwrap();
        assert_eq!(
            c.jwt.unwrap().audience,
            "jitsi",
            "an empty audience is the default"
        );
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

    #[test]
    fn jitsi_link_config_takes_only_what_jitsi_takes() {
        let file = |text: &str| Config::from_sources(Some(("planado.toml", text)), none);
        let c = file(
            "[jitsi_link_config]\n\"prejoinConfig.enabled\" = false\nlobby = { autoKnock = true }\nstartWithAudioMuted = true\n",
        )
        .unwrap();
        let keys: Vec<(String, String)> = c
            .jitsi_overrides
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let pair = |k: &str, v: &str| (k.to_string(), v.to_string());
        assert_eq!(
            keys,
            [
                pair("doNotStoreRoom", "true"),
                pair("lobby.autoKnock", "true"),
                pair("prejoinConfig.enabled", "false"),
                pair("startWithAudioMuted", "true"),
            ]
        );
        let env = |k: &str| {
            (k == "jitsi_link_config")
                .then(|| r#"{"doNotStoreRoom": false, "toolbarButtons": ["chat"]}"#.to_string())
        };
        let c = Config::from_sources(None, env).unwrap();
        assert_eq!(
            links::jitsi_fragment("", &c.jitsi_overrides),
            "#config.doNotStoreRoom=false&config.toolbarButtons=%5B%22chat%22%5D"
        );
        for (bad, says) in [
            (
                "jitsi_link_config = { debug = true }",
                "not in Jitsi Meet's configWhitelist",
            ),
            (
                "jitsi_link_config = { \"prejoinConfig.other\" = 1 }",
                "configWhitelist",
            ),
            (
                "jitsi_link_config = { \"config.startWithAudioMuted\" = true }",
                "without \"config.\"",
            ),
            ("jitsi_link_config = { subject = \"x\" }", "conference name"),
            (
                "jitsi_link_config = { \"a b\" = 1 }",
                "not a Jitsi config key",
            ),
            (
                "jitsi_link_config = { lobby = 1979-05-27 }",
                "not a JSON value",
            ),
            ("jitsi_link_config = true", "must be a table"),
        ] {
            let e = file(bad).unwrap_err();
            assert!(e.0.contains(says), "{bad}: {e}");
        }
        let e = Config::from_sources(None, |k: &str| {
            (k == "jitsi_link_config").then(|| "prejoinConfig.enabled=false".to_string())
        })
        .unwrap_err();
        assert!(
            e.0.contains("PLANADO_JITSI_LINK_CONFIG must be a JSON object"),
            "{e}"
        );
    }
}
