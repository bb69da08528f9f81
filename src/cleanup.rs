//! Cleanup: deletes meetings whose last occurrence is over and moves recurring
//! ones on to their current occurrence (with a new room). Set-based and in one
//! transaction per batch; every move is conditional on the occurrence it was
//! read at, so two cleanups at once (or a cleanup and a visitor) move each
//! meeting exactly once. Pages never depend on it having run.

use std::fmt;

use chrono::{DateTime, Duration, Utc};

use crate::domain::{Advance, DomainError, Meeting, RoomMinter, Standing};
use crate::store::{CleanupCounts, Move, Store, StoreError};
use crate::web::Failure;

/// Rows per batch: large enough to be quick, small enough to keep transactions
/// and memory short.
pub const BATCH: u32 = 1000;

/// Rows per batch on a Galera cluster. Every node applies each batch, and a
/// visitor's read on another node waits until it has (`wsrep_sync_wait`): a
/// small batch keeps that wait to milliseconds. Measured in BENCHMARKS.md.
pub const REPLICATED_BATCH: u32 = 100;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    pub deleted: u64,
    pub advanced: u64,
    /// Ended meetings whose feed's grace period is over.
    pub forgotten: u64,
    pub batches: u64,
    /// Statements the database asked to run again (deadlocks; on a Galera
    /// cluster, certification failures when cleanups on two nodes meet).
    pub retries: u64,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "deleted {} meetings, advanced {} recurring meetings, forgot {} ended calendar feeds \
             ({} batches, {} retries)",
            self.deleted, self.advanced, self.forgotten, self.batches, self.retries
        )
    }
}

#[derive(Debug)]
pub enum CleanupError {
    Store(StoreError),
    /// No new room could be made for a meeting's next occurrence.
    Randomness(DomainError),
}

impl fmt::Display for CleanupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CleanupError::Store(e) => e.fmt(f),
            CleanupError::Randomness(e) => e.fmt(f),
        }
    }
}

impl From<StoreError> for CleanupError {
    fn from(e: StoreError) -> Self {
        CleanupError::Store(e)
    }
}

impl From<CleanupError> for Failure {
    fn from(e: CleanupError) -> Failure {
        match e {
            CleanupError::Store(e) => e.into(),
            CleanupError::Randomness(e) => e.into(),
        }
    }
}

/// How long things last: an occurrence's window (`expire`) and what is kept
/// of an ended meeting for its subscribed calendars (`keep_ended`).
#[derive(Debug, Clone, Copy)]
pub struct Lifetimes {
    pub expire: Duration,
    pub keep_ended: Duration,
}

/// Runs batches until nothing is due at `now`.
pub fn run(
    store: &mut dyn Store,
    now: DateTime<Utc>,
    lifetimes: Lifetimes,
    rooms: &RoomMinter,
) -> Result<Report, CleanupError> {
    let retries_before = crate::store::retries();
    forget_past_hours(store, now)?;
    let mut report = Report::default();
    loop {
        let forgotten = store.forget_ended(now, BATCH)?;
        report.forgotten += forgotten;
        if forgotten < u64::from(BATCH) {
            break;
        }
    }
    let replicated = store.replicated();
    let rows = if replicated { REPLICATED_BATCH } else { BATCH };
    loop {
        let began = std::time::Instant::now();
        let (counts, more) = batch(store, now, lifetimes, rooms, rows)?;
        if replicated {
            // As long again for the other nodes' appliers, so that they never
            // fall behind the visitors' reads.
            std::thread::sleep(began.elapsed());
        }
        report.deleted += counts.deleted;
        report.advanced += counts.advanced;
        report.batches += 1;
        if !more {
            report.retries = crate::store::retries() - retries_before;
            return Ok(report);
        }
    }
}

/// What a page request runs with `cleanup = "request"`: the same work as cron,
/// bounded to one batch so that the visitor does not wait for a backlog.
pub fn request_step(
    store: &mut dyn Store,
    now: DateTime<Utc>,
    lifetimes: Lifetimes,
    rooms: &RoomMinter,
) -> Result<CleanupCounts, CleanupError> {
    forget_past_hours(store, now)?;
    store.forget_ended(now, BATCH)?;
    let (counts, _) = batch(store, now, lifetimes, rooms, BATCH)?;
    crate::metrics::cleanup_run(counts.deleted, counts.advanced);
    Ok(counts)
}

/// Hours of the booking cap that are over: their secrets and counts go.
fn forget_past_hours(store: &mut dyn Store, now: DateTime<Utc>) -> Result<(), CleanupError> {
    store.forget_windows_before(crate::booking_limit::window_start(now))?;
    Ok(())
}

/// One batch of up to `rows` of each kind; returns what it did and whether
/// another may find more.
pub fn batch(
    store: &mut dyn Store,
    now: DateTime<Utc>,
    lifetimes: Lifetimes,
    rooms: &RoomMinter,
    rows: u32,
) -> Result<(CleanupCounts, bool), CleanupError> {
    let keep = lifetimes.keep_ended.num_seconds();
    let deleted = store.delete_finished(now, rows, keep)?;
    let due = store.due_recurring(now, rows)?;
    let moves = due
        .iter()
        .map(|m| next_move(m, now, lifetimes.expire, rooms))
        .collect::<Result<Vec<_>, _>>()?;
    let mut counts = store.apply_moves(&moves, keep)?;
    counts.deleted += deleted;
    // Stop when a batch came back short or changed nothing (another cleanup
    // took the rows): what is left is not due, or is someone else's work.
    let full = deleted == u64::from(rows) || due.len() == rows as usize;
    let progressed = counts.deleted + counts.advanced > 0;
    Ok((counts, full && progressed))
}

/// Where a due meeting goes: to its current occurrence with a fresh room, or
/// away when its series is over. A meeting that is not over after all (the
/// operator raised `expire_after_hours`) only gets its due time corrected.
fn next_move(
    m: &Meeting,
    now: DateTime<Utc>,
    expire: Duration,
    rooms: &RoomMinter,
) -> Result<Move, CleanupError> {
    let to = match m
        .at(now, expire, || rooms.mint())
        .map_err(CleanupError::Randomness)?
    {
        Standing::Over => None,
        Standing::Moved(advance) => Some(advance),
        Standing::Current { start } => Some(Advance {
            occurrence: m.occurrence,
            start,
            due_at: m.window_end(expire).unwrap_or(start + expire),
            room_id: m.room_id.clone(),
        }),
    };
    Ok(Move {
        invite_id: m.invite_id.clone(),
        from: m.occurrence,
        to,
    })
}
