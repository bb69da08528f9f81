//! Configuration: a TOML file named by `PLANADO_CONFIG`, every key overridable by
//! the environment variable `PLANADO_<KEY IN UPPER CASE>`.

use std::fmt;
use std::str::FromStr;

use chrono_tz::Tz;
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
    pub cleanup: CleanupMode,
    /// How often page requests may trigger a cleanup when `cleanup = "request"`.
    pub cleanup_interval_minutes: u32,
    /// Most bookings one client (address; IPv6: its /64) may make per hour;
    /// 0: no cap. Addresses are kept only as hourly keyed hashes.
    pub max_bookings_per_hour: u32,
    /// Optional folder with `xx.toml` files that override or add interface languages.
    pub i18n_dir: String,
    /// `planado serve`: the address to listen on.
    pub listen: String,
    /// `planado serve`: the folder with the static files.
    pub htdocs: String,
}

/// Every key the file and the environment may set.
pub const KEYS: &[&str] = &[
    "database_url",
    "jitsi_url",
    "public_url",
    "static_url",
    "default_timezone",
    "privacy_notice_url",
    "expire_after_hours",
    "meeting_minutes",
    "cleanup",
    "cleanup_interval_minutes",
    "max_bookings_per_hour",
    "i18n_dir",
    "listen",
    "htdocs",
];

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
            jitsi_url: "https://meet.jit.si".into(),
            public_url: String::new(),
            static_url: String::new(),
            default_timezone: Tz::UTC,
            privacy_notice_url: String::new(),
            expire_after_hours: 23,
            meeting_minutes: 60,
            cleanup: CleanupMode::Cron,
            cleanup_interval_minutes: 5,
            max_bookings_per_hour: 0,
            i18n_dir: String::new(),
            listen: "127.0.0.1:8080".into(),
            htdocs: "htdocs".into(),
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

/// Raw values as they come from TOML or the environment, before validation.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    database_url: Option<String>,
    jitsi_url: Option<String>,
    public_url: Option<String>,
    static_url: Option<String>,
    default_timezone: Option<String>,
    privacy_notice_url: Option<String>,
    expire_after_hours: Option<u32>,
    meeting_minutes: Option<u32>,
    cleanup: Option<String>,
    cleanup_interval_minutes: Option<u32>,
    max_bookings_per_hour: Option<u32>,
    i18n_dir: Option<String>,
    listen: Option<String>,
    htdocs: Option<String>,
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
    let numeric = matches!(
        key,
        "expire_after_hours"
            | "meeting_minutes"
            | "cleanup_interval_minutes"
            | "max_bookings_per_hour"
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
        let jitsi_url = trim_slash(self.jitsi_url.unwrap_or(d.jitsi_url));
        check_http_url("jitsi_url", &jitsi_url, false)?;
        let public_url = trim_slash(self.public_url.unwrap_or_default());
        check_http_url("public_url", &public_url, true)?;
        let privacy_notice_url = self.privacy_notice_url.unwrap_or_default();
        check_http_url("privacy_notice_url", &privacy_notice_url, true)?;
        let database_url = self.database_url.unwrap_or(d.database_url);
        if !(database_url.starts_with("sqlite:") || database_url.starts_with("mysql://")) {
            return Err(ConfigError(
                "database_url must start with sqlite: or mysql://".into(),
            ));
        }
        Ok(Config {
            database_url,
            jitsi_url,
            public_url,
            static_url: trim_slash(self.static_url.unwrap_or_default()),
            default_timezone,
            privacy_notice_url,
            expire_after_hours,
            meeting_minutes,
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
        })
    }
}

fn trim_slash(url: String) -> String {
    url.trim_end_matches('/').to_string()
}

fn check_http_url(key: &str, url: &str, may_be_empty: bool) -> Result<(), ConfigError> {
    if url.is_empty() && may_be_empty {
        return Ok(());
    }
    let ok = (url.starts_with("https://") || url.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(())
    } else {
        Err(ConfigError(format!(
            "{key} must be an http:// or https:// URL, not {url:?}"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn environment_overrides_file() {
        let file = "jitsi_url = \"https://a.example/\"\nexpire_after_hours = 5\n";
        let env = |k: &str| (k == "expire_after_hours").then(|| "7".to_string());
        let c = Config::from_sources(Some(("p.toml", file)), env).unwrap();
        assert_eq!(c.jitsi_url, "https://a.example");
        assert_eq!(c.expire_after_hours, 7);
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
}
