//! Store connections kept by a persistent process (r2d2): each checked with a
//! ping before a request gets it, and replaced when the server went away.

use std::ops::{Deref, DerefMut};
use std::time::Duration;

use super::{Store, StoreError, Wal, open_url};
use crate::config::{Config, DatabaseUrl};

/// How long a request waits for a connection before it gets a 503. There are
/// as many connections as requests handled at once, so a wait means the
/// server is down or slow to accept: answer soon rather than pile up.
const CHECKOUT_TIMEOUT: Duration = Duration::from_secs(2);

pub type Pool = r2d2::Pool<StoreManager>;

/// Opens connections to the configured store.
pub struct StoreManager {
    url: DatabaseUrl,
    file_mode: u32,
}

impl r2d2::ManageConnection for StoreManager {
    type Connection = Box<dyn Store>;
    type Error = StoreError;

    fn connect(&self) -> Result<Box<dyn Store>, StoreError> {
        open_url(&self.url, self.file_mode, Wal::Keep)
    }

    fn is_valid(&self, conn: &mut Box<dyn Store>) -> Result<(), StoreError> {
        conn.ping()
    }

    fn has_broken(&self, _: &mut Box<dyn Store>) -> bool {
        false
    }
}

/// Tells the metrics how long requests waited for a connection, and which
/// got none in time.
#[derive(Debug)]
struct PoolEvents;

impl r2d2::HandleEvent for PoolEvents {
    fn handle_checkout(&self, event: r2d2::event::CheckoutEvent) {
        crate::metrics::pool_wait(event.duration());
    }

    fn handle_timeout(&self, _: r2d2::event::TimeoutEvent) {
        crate::metrics::pool_timeout();
    }
}

/// A pool of up to `size` connections; none is opened before it is needed.
pub fn new(config: &Config, size: u32) -> Pool {
    let manager = StoreManager {
        url: config.database_url.clone(),
        file_mode: config.database_file_mode,
    };
    r2d2::Pool::builder()
        .max_size(size.max(1))
        .min_idle(Some(0))
        .connection_timeout(CHECKOUT_TIMEOUT)
        .event_handler(Box::new(PoolEvents))
        .build_unchecked(manager)
}

/// A request's connection: its own (CGI) or borrowed from the pool.
pub enum StoreHandle {
    Own(Box<dyn Store>),
    Pooled(r2d2::PooledConnection<StoreManager>),
}

impl AsMut<dyn Store> for StoreHandle {
    fn as_mut(&mut self) -> &mut (dyn Store + 'static) {
        &mut **self
    }
}

impl Deref for StoreHandle {
    type Target = dyn Store;
    fn deref(&self) -> &(dyn Store + 'static) {
        match self {
            StoreHandle::Own(store) => store.as_ref(),
            StoreHandle::Pooled(store) => store.as_ref(),
        }
    }
}

impl DerefMut for StoreHandle {
    fn deref_mut(&mut self) -> &mut (dyn Store + 'static) {
        match self {
            StoreHandle::Own(store) => store.as_mut(),
            StoreHandle::Pooled(store) => store.as_mut(),
        }
    }
}
