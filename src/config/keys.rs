//! The one table of configuration keys. Everything else is made from it: the
//! environment variable of each key (`PLANADO_<KEY IN UPPER CASE>`), its
//! default, the range a number must be in, how a value from the environment
//! is read, the list of known keys a typo is told, and the documentation
//! `planado keys` prints (a test checks that `planado.example.toml` and the
//! README name every key).

use std::collections::BTreeMap;

use super::ConfigError;

/// What kind of value a key takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// A whole number in `min..=max`.
    Number {
        min: u32,
        max: u32,
    },
    /// `true` or `false` (in the environment also `1`/`0`, `yes`/`no`).
    Flag,
    /// A list: a TOML array of strings, or one string separated by commas.
    List,
    /// A table of dotted names and JSON values: a TOML table (nested tables
    /// become dotted names), or a JSON object in the environment.
    Table,
}

/// One configuration key.
#[derive(Debug, Clone, Copy)]
pub struct Key {
    pub name: &'static str,
    pub kind: Kind,
    /// The default, as the configuration file would write it.
    pub default: &'static str,
    /// One line for `planado keys`.
    pub doc: &'static str,
}

impl Key {
    /// `PLANADO_DATABASE_URL` for `database_url`.
    pub fn env_name(&self) -> String {
        format!("PLANADO_{}", self.name.to_ascii_uppercase())
    }
}

const fn text(name: &'static str, default: &'static str, doc: &'static str) -> Key {
    Key {
        name,
        kind: Kind::Text,
        default,
        doc,
    }
}

const fn number(
    name: &'static str,
    default: &'static str,
    (min, max): (u32, u32),
    doc: &'static str,
) -> Key {
    Key {
        name,
        kind: Kind::Number { min, max },
        default,
        doc,
    }
}

/// Every key the file and the environment may set.
pub const KEYS: &[Key] = &[
    text(
        "database_url",
        "sqlite:planado.sqlite",
        "sqlite:PATH, or mysql://user:pass@host:port/db (several hosts: a Galera cluster; ?socket=PATH)",
    ),
    text(
        "database_file_mode",
        "0600",
        "permissions of a SQLite file Planado creates: 0600, 0640 or 0660",
    ),
    text(
        "jitsi_url",
        "https://meet.jit.si",
        "the Jitsi Meet server; rooms are {jitsi_url}/{room}",
    ),
    Key {
        name: "jitsi_link_config",
        kind: Kind::Table,
        default: "{}",
        doc: "Jitsi config keys every room link sets (its configWhitelist only), e.g. \"prejoinConfig.enabled\" = false",
    },
    text(
        "public_url",
        "",
        "where the binaries are reached; empty: from each request",
    ),
    text(
        "static_url",
        "",
        "where htdocs/ is served on the same origin; empty: beside the binaries",
    ),
    text(
        "default_timezone",
        "UTC",
        "the IANA zone assumed when a browser sends none",
    ),
    text(
        "privacy_notice_url",
        "",
        "when set, a consent page with this link before the room",
    ),
    text(
        "accessibility_contact",
        "",
        "an e-mail or web address where visitors report a barrier (the accessibility statement names it)",
    ),
    number(
        "expire_after_hours",
        "23",
        (1, 24 * 365),
        "hours an occurrence stays open after its start",
    ),
    number(
        "meeting_minutes",
        "60",
        (1, 24 * 60),
        "a meeting's length unless the organiser chooses",
    ),
    number(
        "open_early_minutes",
        "0",
        (0, crate::domain::meeting::MAX_OPEN_EARLY_MINUTES),
        "minutes before the start at which a new meeting's room opens",
    ),
    text(
        "cleanup",
        "cron",
        "cron (only the cleanup command) or request (page requests too)",
    ),
    number(
        "cleanup_interval_minutes",
        "5",
        (0, u32::MAX),
        "with cleanup = request: at most this often (0 counts as 1)",
    ),
    Key {
        name: "calendar_vendor_links",
        kind: Kind::Flag,
        default: "true",
        doc: "the pages offer one-click subscriptions for Google Calendar and Outlook on the web",
    },
    number(
        "feed_grace_days",
        "30",
        (0, 3650),
        "days a cancelled or finished meeting's calendar feed still answers (as cancelled or as held)",
    ),
    number(
        "max_bookings_per_hour",
        "0",
        (0, u32::MAX),
        "bookings one client may make per hour; 0: no cap",
    ),
    Key {
        name: "trusted_proxies",
        kind: Kind::List,
        default: "",
        doc: "proxies whose X-Forwarded-For is believed (addresses or networks)",
    },
    text(
        "i18n_dir",
        "",
        "a folder of xx.toml files that change texts or add languages",
    ),
    text(
        "jwt_app_id",
        "",
        "room tokens: the app_id Prosody checks; empty: no tokens",
    ),
    text(
        "jwt_secret",
        "",
        "room tokens: the HS256 secret (Prosody's app_secret)",
    ),
    text(
        "jwt_private_key_file",
        "",
        "room tokens: an RSA private key file (RS256)",
    ),
    text("jwt_key_id", "", "room tokens: the kid of the RSA key"),
    text("jwt_audience", "jitsi", "room tokens: aud"),
    text(
        "jwt_subject",
        "",
        "room tokens: sub; empty: the host of jitsi_url",
    ),
    number(
        "jwt_slack_minutes",
        "5",
        (0, 60),
        "room tokens: tolerance for clocks, in minutes",
    ),
    text(
        "reservations_api_token",
        "",
        "the reservation backend's Bearer secret; empty: off",
    ),
    Key {
        name: "reservations_allow_unbooked",
        kind: Kind::Flag,
        default: "false",
        doc: "the reservation backend lets rooms Planado does not know open too",
    },
    text(
        "listen",
        "127.0.0.1:8080",
        "planado serve: the address to listen on",
    ),
    text(
        "htdocs",
        "htdocs",
        "planado serve: the folder with the static files",
    ),
    number(
        "serve_workers",
        "16",
        (1, 1024),
        "planado serve: requests handled at once",
    ),
    number(
        "serve_max_connections",
        "1024",
        (1, 100_000),
        "planado serve: open connections at most",
    ),
    number(
        "serve_header_timeout_seconds",
        "10",
        (1, 3600),
        "planado serve: seconds for a request's headers, and an idle connection",
    ),
    number(
        "serve_body_timeout_seconds",
        "10",
        (1, 3600),
        "planado serve: seconds for a request's body",
    ),
    number(
        "serve_write_timeout_seconds",
        "10",
        (1, 3600),
        "planado serve: seconds a client has to take an answer once it stalls",
    ),
    number(
        "fastcgi_threads",
        "4",
        (1, 256),
        "FastCGI: requests one process handles at once",
    ),
    number(
        "fastcgi_max_connections",
        "64",
        (1, 4096),
        "FastCGI: connections one process serves at once (FCGI_MAX_CONNS)",
    ),
    number(
        "fastcgi_request_timeout_seconds",
        "30",
        (1, 3600),
        "FastCGI: seconds a request has to arrive whole (a kept connection may idle twice that)",
    ),
    number(
        "fastcgi_max_requests",
        "0",
        (0, u32::MAX),
        "FastCGI: a process exits after this many requests; 0: never",
    ),
    Key {
        name: "access_log",
        kind: Kind::Flag,
        default: "false",
        doc: "planado serve and FastCGI: one line per request on standard error (time, route, method, status, duration, bytes; never the query string)",
    },
    Key {
        name: "metrics",
        kind: Kind::Flag,
        default: "false",
        doc: "planado serve: counts for Prometheus at /metrics (no id, name or address in them)",
    },
    text(
        "metrics_listen",
        "",
        "planado serve: a second address that answers /metrics alone (empty: /metrics on listen)",
    ),
];

/// The key named `name`; every name the code asks for is in the table.
fn key(name: &str) -> &'static Key {
    KEYS.iter()
        .find(|k| k.name == name)
        .unwrap_or_else(|| panic!("configuration key {name} is not in the table"))
}

/// A value as the file or the environment gave it, checked against its kind.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Text(String),
    Number(u32),
    Flag(bool),
    Table(serde_json::Map<String, serde_json::Value>),
}

/// The values given, by key: the file's, overridden by the environment's.
#[derive(Debug, Default)]
pub struct Values {
    given: BTreeMap<&'static str, Value>,
}

impl Values {
    /// Reads the file's table and the environment, refusing unknown keys and
    /// values of the wrong kind, with the key's (or variable's) name.
    pub fn read(
        file: Option<(&str, toml::Table)>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Values, ConfigError> {
        let mut values = Values::default();
        if let Some((path, table)) = file {
            for (name, value) in table {
                let Some(key) = KEYS.iter().find(|k| k.name == name) else {
                    return Err(ConfigError(format!(
                        "{path}: unknown key {name:?} (known keys: {})",
                        KEYS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
                    )));
                };
                let value = from_toml(key, value)
                    .map_err(|why| ConfigError(format!("{path}: {} {why}", key.name)))?;
                values.given.insert(key.name, value);
            }
        }
        for key in KEYS {
            if let Some(text) = env(key.name) {
                let value = from_env(key, &text)
                    .map_err(|why| ConfigError(format!("{} {why}", key.env_name())))?;
                values.given.insert(key.name, value);
            }
        }
        Ok(values)
    }

    /// A text key's value, or its default.
    pub fn text(&self, name: &str) -> String {
        match self.given.get(key(name).name) {
            Some(Value::Text(s)) => s.clone(),
            _ => key(name).default.to_string(),
        }
    }

    /// A text key's value when it was given (not empty), else `None`.
    pub fn given_text(&self, name: &str) -> Option<String> {
        match self.given.get(key(name).name) {
            Some(Value::Text(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            _ => None,
        }
    }

    /// A number key's value, or its default; within the table's range.
    pub fn number(&self, name: &str) -> Result<u32, ConfigError> {
        let key = key(name);
        let value = match self.given.get(key.name) {
            Some(Value::Number(n)) => *n,
            _ => key
                .default
                .parse()
                .expect("a number key's default is a number"),
        };
        match key.kind {
            Kind::Number { min, max } if (min..=max).contains(&value) => Ok(value),
            Kind::Number { min, max } => Err(ConfigError(format!(
                "{name} must be between {min} and {max}, not {value}"
            ))),
            _ => unreachable!("{name} is not a number key"),
        }
    }

    /// A table key's value (dotted names and JSON values), or empty.
    pub fn table(&self, name: &str) -> serde_json::Map<String, serde_json::Value> {
        match self.given.get(key(name).name) {
            Some(Value::Table(map)) => map.clone(),
            _ => serde_json::Map::new(),
        }
    }

    /// A flag key's value, or its default; `None` when it was not given.
    pub fn flag(&self, name: &str) -> Option<bool> {
        match self.given.get(key(name).name) {
            Some(Value::Flag(b)) => Some(*b),
            _ => None,
        }
    }
}

/// A file's value, by the key's kind.
fn from_toml(key: &Key, value: toml::Value) -> Result<Value, String> {
    match (key.kind, value) {
        (Kind::Text, toml::Value::String(s)) => Ok(Value::Text(s)),
        (Kind::Number { .. }, toml::Value::Integer(n)) => u32::try_from(n)
            .map(Value::Number)
            .map_err(|_| format!("must be a whole number from 0, not {n}")),
        (Kind::Flag, toml::Value::Boolean(b)) => Ok(Value::Flag(b)),
        (Kind::List, toml::Value::String(s)) => Ok(Value::Text(s)),
        (Kind::List, toml::Value::Array(items)) => items
            .into_iter()
            .map(|item| match item {
                toml::Value::String(s) => Ok(s),
                other => Err(format!("must list strings, not {other}")),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(|items| Value::Text(items.join(","))),
        (Kind::Table, toml::Value::Table(table)) => {
            let mut flat = serde_json::Map::new();
            flatten("", table, &mut flat)?;
            Ok(Value::Table(flat))
        }
        (Kind::Table, other) => Err(format!("must be a table, not {other}")),
        (Kind::Text, other) => Err(format!("must be a string, not {other}")),
        (Kind::Number { .. }, other) => Err(format!("must be a whole number, not {other}")),
        (Kind::Flag, other) => Err(format!("must be true or false, not {other}")),
        (Kind::List, other) => Err(format!("must be a list of strings, not {other}")),
    }
}

/// A TOML table as dotted names: `prejoinConfig = { enabled = false }` is
/// `"prejoinConfig.enabled" = false`.
fn flatten(
    prefix: &str,
    table: toml::Table,
    out: &mut serde_json::Map<String, serde_json::Value>,
) -> Result<(), String> {
    for (name, value) in table {
        let name = if prefix.is_empty() {
            name
        } else {
            format!("{prefix}.{name}")
        };
        match value {
            toml::Value::Table(inner) => flatten(&name, inner, out)?,
            toml::Value::Datetime(d) => {
                return Err(format!("{name}: a date is not a JSON value ({d})"));
            }
            other => {
                let json = serde_json::to_value(&other).map_err(|e| format!("{name}: {e}"))?;
                out.insert(name, json);
            }
        }
    }
    Ok(())
}

/// An environment variable's value (always text), by the key's kind.
fn from_env(key: &Key, text: &str) -> Result<Value, String> {
    match key.kind {
        Kind::Text | Kind::List => Ok(Value::Text(text.to_string())),
        Kind::Table if text.trim().is_empty() => Ok(Value::Table(serde_json::Map::new())),
        Kind::Table => match serde_json::from_str(text) {
            Ok(serde_json::Value::Object(map)) => Ok(Value::Table(map)),
            _ => Err(format!(
                "must be a JSON object, like {{\"prejoinConfig.enabled\": false}}, not {text:?}"
            )),
        },
        Kind::Number { .. } => text
            .trim()
            .parse::<u32>()
            .map(Value::Number)
            .map_err(|_| format!("must be a whole number, not {text:?}")),
        Kind::Flag => match text.trim() {
            "true" | "1" | "yes" => Ok(Value::Flag(true)),
            "false" | "0" | "no" | "" => Ok(Value::Flag(false)),
            other => Err(format!("must be true or false, not {other:?}")),
        },
    }
}

/// The table as `planado keys` prints it: each key, its variable, its
/// default and range, and what it is for.
pub fn documentation() -> String {
    let mut out = String::new();
    for key in KEYS {
        let range = match key.kind {
            Kind::Number { min, max } => format!(", {min} to {max}"),
            Kind::Flag => ", true or false".to_string(),
            Kind::List => ", a list".to_string(),
            Kind::Table => ", a table".to_string(),
            Kind::Text => String::new(),
        };
        out.push_str(&format!(
            "{} ({}; default {:?}{range})\n    {}\n",
            key.name,
            key.env_name(),
            key.default,
            key.doc
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_is_of_its_kind_and_in_range() {
        for key in KEYS {
            match key.kind {
                Kind::Number { min, max } => {
                    let n: u32 = key.default.parse().unwrap();
                    assert!((min..=max).contains(&n), "{}", key.name);
                }
                Kind::Flag => assert!(["true", "false"].contains(&key.default)),
                Kind::Text | Kind::List | Kind::Table => {}
            }
            assert!(
                !key.doc.is_empty(),
                "{} has a line of documentation",
                key.name
            );
        }
        let mut names: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), KEYS.len(), "no key twice");
    }

    #[test]
    fn the_documentation_names_every_key_and_variable() {
        let doc = documentation();
        for key in KEYS {
            assert!(doc.contains(&key.env_name()), "{}", key.name);
        }
        assert!(doc.contains("PLANADO_SERVE_WORKERS; default \"16\", 1 to 1024"));
    }
}
