//! `database_url`: which store, named once and checked at load.

use std::fmt;

use super::ConfigError;

/// Where the meetings are kept.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// `sqlite:PATH`: the embedded default, a file.
    Sqlite(String),
    /// `mysql://user:pass@host:port/db`, with `?socket=PATH` for a Unix
    /// socket; several hosts (`host1,host2`) name a Galera cluster.
    MariaDb(String),
}

impl DatabaseUrl {
    pub fn parse(text: &str) -> Result<DatabaseUrl, ConfigError> {
        let text = text.trim();
        if let Some(path) = text.strip_prefix("sqlite:") {
            if path.is_empty() {
                return Err(ConfigError(
                    "database_url sqlite: needs a file, for example sqlite:planado.sqlite".into(),
                ));
            }
            return Ok(DatabaseUrl::Sqlite(path.to_string()));
        }
        if text.starts_with("mysql://") {
            return Ok(DatabaseUrl::MariaDb(text.to_string()));
        }
        Err(ConfigError(
            "database_url must start with sqlite: or mysql://".into(),
        ))
    }

    /// The URL as configured, password included (for connecting only; print
    /// it with `redacted`).
    pub fn as_url(&self) -> String {
        match self {
            DatabaseUrl::Sqlite(path) => format!("sqlite:{path}"),
            DatabaseUrl::MariaDb(url) => url.clone(),
        }
    }

    /// The URL without its password: `user:***@` when there is one.
    pub fn redacted(&self) -> String {
        let url = self.as_url();
        match (url.find("://"), url.rfind('@')) {
            (Some(scheme_end), Some(at)) if at > scheme_end => {
                let userinfo = &url[scheme_end + 3..at];
                let shown = match userinfo.split_once(':') {
                    Some((user, "")) => format!("{user}:"),
                    Some((user, _password)) => format!("{user}:***"),
                    None => userinfo.to_string(),
                };
                format!("{}{shown}{}", &url[..scheme_end + 3], &url[at..])
            }
            _ => url,
        }
    }
}

/// Never the password (logs, `planado check`).
impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> DatabaseUrl {
        DatabaseUrl::parse(text).unwrap()
    }

    #[test]
    fn passwords_are_hidden_and_nothing_is_invented() {
        assert_eq!(
            url("mysql://u:secret@h:3306/db").redacted(),
            "mysql://u:***@h:3306/db"
        );
        assert_eq!(url("mysql://root@h/db").redacted(), "mysql://root@h/db");
        assert_eq!(url("mysql://u:@h/db").redacted(), "mysql://u:@h/db");
        assert_eq!(
            url("sqlite:/tmp/a@b.sqlite").redacted(),
            "sqlite:/tmp/a@b.sqlite"
        );
        assert!(!format!("{:?}", url("mysql://u:secret@h/db")).contains("secret"));
    }

    #[test]
    fn only_the_two_stores() {
        assert_eq!(url("sqlite:x.db"), DatabaseUrl::Sqlite("x.db".into()));
        for bad in ["postgres://h/db", "sqlite:", "", "mysql:/h"] {
            assert!(DatabaseUrl::parse(bad).is_err(), "{bad}");
        }
    }
}
