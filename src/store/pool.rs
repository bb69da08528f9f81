//! Store connections kept by a persistent process (r2d2). A connection handed
//! back within the last [`FRESH`] is taken again as it is; one idle longer is
//! checked with a ping first (MariaDB may have restarted meanwhile), and one
//! whose last request lost the server is dropped when it is handed back. So a
//! busy process makes one round trip per query, not two.

use std::ops::{Deref, DerefMut};
use std::time::{Duration, Instant};

use super::{Store, StoreError, Wal, open_url};
use crate::config::{Config, DatabaseUrl};

/// How long a request waits for a connection before it gets a 503. There are
/// as many connections as requests handled at once, so a wait means the
/// server is down or slow to accept: answer soon rather than pile up.
const CHECKOUT_TIMEOUT: Duration = Duration::from_secs(2);

/// How recently a connection must have answered to be taken without a ping.
const FRESH: Duration = Duration::from_secs(1);

pub type Pool = r2d2::Pool<StoreManager>;

/// A pooled connection, and when it was last handed back.
pub struct Kept {
    store: Box<dyn Store>,
    returned: Instant,
}

/// Opens connections to the configured store.
pub struct StoreManager {
    url: DatabaseUrl,
    file_mode: u32,
}

impl r2d2::ManageConnection for StoreManager {
    type Connection = Kept;
    type Error = StoreError;

    fn connect(&self) -> Result<Kept, StoreError> {
        Ok(Kept {
            store: open_url(&self.url, self.file_mode, Wal::Keep)?,
            returned: Instant::now(),
        })
    }

    /// Before a request takes it.
    fn is_valid(&self, conn: &mut Kept) -> Result<(), StoreError> {
        if conn.returned.elapsed() < FRESH {
            return Ok(());
        }
        conn.store.ping()
    }

    /// When a request hands it back.
    fn has_broken(&self, conn: &mut Kept) -> bool {
        conn.returned = Instant::now();
        conn.store.lost_the_server()
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
            StoreHandle::Pooled(kept) => kept.store.as_ref(),
        }
    }
}

impl DerefMut for StoreHandle {
    fn deref_mut(&mut self) -> &mut (dyn Store + 'static) {
        match self {
            StoreHandle::Own(store) => store.as_mut(),
            StoreHandle::Pooled(kept) => kept.store.as_mut(),
        }
    }
}
