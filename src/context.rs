//! What a handler needs besides the request: configuration, languages, the
//! current time (read once, at the edge) and a way to open the store.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

use crate::clock;
use crate::config::{Config, ConfigError};
use crate::i18n::{Catalog, Languages};
use crate::store::{self, Store, StoreError};
use crate::web::{Failure, Request};

#[derive(Clone)]
pub struct Context {
    pub config: Arc<Config>,
    pub languages: Arc<Languages>,
    pub now: DateTime<Utc>,
}

impl Context {
    /// Configuration and languages from the environment, the time from the clock.
    pub fn from_env() -> Result<Context, ConfigError> {
        let config = Config::from_env()?;
        let languages = Languages::load(&config.i18n_dir)?;
        Ok(Context {
            config: Arc::new(config),
            languages: Arc::new(languages),
            now: clock::now(),
        })
    }

    /// The same configuration at another instant (`planado serve`: one per request).
    pub fn at(&self, now: DateTime<Utc>) -> Context {
        Context {
            now,
            ..self.clone()
        }
    }

    pub fn store(&self) -> Result<Box<dyn Store>, Failure> {
        store::open(&self.config).map_err(store_failure)
    }

    pub fn catalog(&self, req: &Request) -> Catalog {
        self.languages.negotiate(&req.negotiation.accept_language)
    }

    /// How long an occurrence stays open after its start.
    pub fn expire(&self) -> Duration {
        Duration::hours(self.config.expire_after_hours.into())
    }

    /// Where the binaries are reached, for the links Planado hands out.
    pub fn base_url(&self, req: &Request) -> String {
        if self.config.public_url.is_empty() {
            req.fallback_base_url.trim_end_matches('/').to_string()
        } else {
            self.config.public_url.clone()
        }
    }
}

/// Every store error is, for the visitor, "the database is unavailable"; the
/// detail goes to the log.
pub fn store_failure(e: StoreError) -> Failure {
    Failure::Unavailable(e.to_string())
}
