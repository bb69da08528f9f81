//! MariaDB through the `mysql` crate: one short connection per request, over TCP
//! or a socket (`?socket=/run/mysqld/mysqld.sock`). Galera-safe: no server clock,
//! no table locks; a deadlock or certification failure is retried. A URL with
//! several hosts names a Galera cluster: each connection goes to a ready node.

use std::time::Duration;

use chrono::{DateTime, Utc};
use mysql::prelude::Queryable;
use mysql::{Conn, TxOpts, params};

mod cluster;
mod ended;
mod transfer;

use cluster::wsrep_ready;
pub use cluster::{node_report, node_urls};

use super::migrations::{MIGRATIONS, statements};
use super::{CleanupCounts, MEETING_COLUMNS, MeetingRow, Move, Store, StoreError, StoreResult};
use crate::domain::{AdminKeyHash, Advance, Ended, InviteId, Meeting, RoomId};
use ended::keep_ends_sql;

pub struct MariaDb {
    conn: Conn,
    /// The URL of the one server, or of the cluster node it reached.
    node: String,
    /// A statement failed for want of the server (see `loses_the_server`).
    lost: bool,
    /// Reached through a list of Galera nodes: the node's readiness is
    /// checked with every ping, and reads wait for the cluster's writes.
    cluster: bool,
}

/// Statements retried in this process (deadlocks, certification failures):
/// cleanup reports it, and each retry is logged.
static RETRIES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// How many statements this process has retried so far.
pub fn retries() -> u64 {
    RETRIES.load(std::sync::atomic::Ordering::Relaxed)
}

/// Errors worth one more try: deadlock (Galera reports certification failures
/// the same way), lock wait timeout, node not ready.
const RETRYABLE: &[u16] = &[1213, 1205, 1047];
/// Enough for a row that writers on every node of a cluster change at once
/// (the booking cap's counter of one busy client): `scripts/bench-galera`
/// lost 3 of 1,000 such bookings with four attempts and fixed pauses.
const ATTEMPTS: u32 = 8;

/// A `meetings` row, its columns in the order of `MEETING_COLUMNS`.
fn to_row(mut row: mysql::Row) -> StoreResult<MeetingRow> {
    let mut next = 0;
    let mut take = || {
        let i = next;
        next += 1;
        i
    };
    macro_rules! column {
        () => {{
            let i = take();
            row.take_opt(i)
                .ok_or_else(|| StoreError::Corrupt(format!("column {i} missing")))?
                .map_err(|e| StoreError::Corrupt(format!("column {i}: {e}")))?
        }};
    }
    Ok(MeetingRow {
        invite_id: column!(),
        room_id: column!(),
        admin_key_hash: column!(),
        series_start: column!(),
        time_zone: column!(),
        repeat_rule: column!(),
        occurrences: column!(),
        occurrence: column!(),
        start_at: column!(),
        due_at: column!(),
        sequence: column!(),
        legacy_admin_key: column!(),
        open_early_minutes: column!(),
        length_minutes: column!(),
        reminder_minutes: column!(),
        opened_early_for: column!(),
        lobby: column!(),
        room_password: column!(),
        max_participants: column!(),
        password_in_invitation: column!(),
        exceptions: column!(),
        changed_at: column!(),
    })
}

fn store_error(e: mysql::Error) -> StoreError {
    match &e {
        mysql::Error::MySqlError(me) if me.code == 1146 => {
            StoreError::NotInitialised(me.message.clone())
        }
        _ => StoreError::Unavailable(e.to_string()),
    }
}

/// An error after which the connection is of no more use: the socket or the
/// protocol failed, or the server said it is shutting down (1053), killed the
/// connection (1927), closed it for idleness (4031), or is a Galera node that
/// no longer takes statements (1047). Any other server error is the
/// statement's alone.
fn loses_the_server(e: &mysql::Error) -> bool {
    match e {
        mysql::Error::MySqlError(me) => [1047, 1053, 1927, 4031].contains(&me.code),
        _ => true,
    }
}

fn is_retryable(e: &mysql::Error) -> bool {
    matches!(e, mysql::Error::MySqlError(me) if RETRYABLE.contains(&me.code))
}

const ADVANCE_SQL: &str = "UPDATE meetings SET occurrence = :to, start_at = :start, due_at = :due, room_id = :room \
                           WHERE invite_id = :id AND occurrence = :from";

/// The ids and the key's hash are bound as the text and bytes they are.
macro_rules! bound_as_text {
    ($($name:ident),*) => {$(
        impl From<&$name> for mysql::Value {
            fn from(id: &$name) -> mysql::Value {
                mysql::Value::from(id.as_str())
            }
        }
    )*};
}

bound_as_text!(InviteId, RoomId);

impl From<&AdminKeyHash> for mysql::Value {
    fn from(hash: &AdminKeyHash) -> mysql::Value {
        mysql::Value::from(hash.as_bytes())
    }
}

fn advance_params(id: &InviteId, from: u32, to: &Advance) -> mysql::Params {
    params! {
        "to" => to.occurrence, "start" => to.start.timestamp(), "due" => to.due_at.timestamp(),
        "room" => &to.room_id, "id" => id, "from" => from,
    }
}

/// One statement for a whole batch of advances: the new values as a derived
/// table, joined on id and the occurrence each was read at.
fn advance_batch_sql(rows: usize) -> String {
    let first =
        "SELECT ? AS id, ? AS from_occ, ? AS to_occ, ? AS start_at, ? AS due_at, ? AS room_id";
    let more = " UNION ALL SELECT ?, ?, ?, ?, ?, ?".repeat(rows.saturating_sub(1));
    format!(
        "UPDATE meetings m JOIN ({first}{more}) v ON m.invite_id = v.id AND m.occurrence = v.from_occ \
         SET m.occurrence = v.to_occ, m.start_at = v.start_at, m.due_at = v.due_at, m.room_id = v.room_id"
    )
}

fn advance_batch_params(rows: &[(&str, u32, &Advance)]) -> mysql::Params {
    let values = rows
        .iter()
        .flat_map(|(id, from, to)| {
            [
                mysql::Value::from(*id),
                mysql::Value::from(*from),
                mysql::Value::from(to.occurrence),
                mysql::Value::from(to.start.timestamp()),
                mysql::Value::from(to.due_at.timestamp()),
                mysql::Value::from(to.room_id.as_str()),
            ]
        })
        .collect();
    mysql::Params::Positional(values)
}

/// One statement for a batch of finished series, each only if still at the
/// occurrence it was read at.
fn delete_batch_sql(rows: usize) -> String {
    let pairs = vec!["(?, ?)"; rows].join(", ");
    format!("DELETE FROM meetings WHERE (invite_id, occurrence) IN ({pairs})")
}

fn delete_batch_params(rows: &[(&str, u32)]) -> mysql::Params {
    mysql::Params::Positional(
        rows.iter()
            .flat_map(|(id, from)| [mysql::Value::from(*id), mysql::Value::from(*from)])
            .collect(),
    )
}

const INSERT_VALUES: &str = "(:id, :room, :hash, :series, :tz, :rule, :count, :occ, :start, :due, :seq, :legacy, :early, :length, :reminder, :opened, :lobby, :password, :max, :in_invitation, :exceptions, :changed)";

fn insert_params(m: &Meeting) -> mysql::Params {
    let r = MeetingRow::from_meeting(m);
    params! {
        "id" => r.invite_id, "room" => r.room_id, "hash" => r.admin_key_hash, "series" => r.series_start,
        "tz" => r.time_zone, "rule" => r.repeat_rule, "count" => r.occurrences, "occ" => r.occurrence,
        "start" => r.start_at, "due" => r.due_at, "seq" => r.sequence, "legacy" => r.legacy_admin_key, "early" => r.open_early_minutes,
        "length" => r.length_minutes, "reminder" => r.reminder_minutes, "opened" => r.opened_early_for,
        "lobby" => r.lobby, "password" => r.room_password, "max" => r.max_participants,
        "in_invitation" => r.password_in_invitation, "exceptions" => r.exceptions, "changed" => r.changed_at,
    }
}

impl MariaDb {
    /// Runs `f`, again after a short pause when the server asks for a retry.
    fn retry<T>(&mut self, mut f: impl FnMut(&mut Conn) -> mysql::Result<T>) -> StoreResult<T> {
        let mut attempt = 1;
        loop {
            match f(&mut self.conn) {
                Err(e) if is_retryable(&e) && attempt < ATTEMPTS => {
                    RETRIES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    eprintln!("planado: retrying after {e}");
                    // Random pauses, so that the writers that collided do
                    // not collide again at the same moment.
                    let pause = rand::random_range(5..=20) * u64::from(attempt);
                    std::thread::sleep(Duration::from_millis(pause));
                    attempt += 1;
                }
                Err(e) => {
                    self.lost |= loses_the_server(&e);
                    return Err(store_error(e));
                }
                Ok(value) => return Ok(value),
            }
        }
    }

    fn select_meetings(&mut self, sql: &str, p: mysql::Params) -> StoreResult<Vec<Meeting>> {
        let rows: Vec<mysql::Row> = self.retry(|c| c.exec(sql, p.clone()))?;
        rows.into_iter()
            .map(|r| to_row(r)?.into_meeting())
            .collect()
    }
}

impl Store for MariaDb {
    fn lost_the_server(&self) -> bool {
        self.lost
    }

    fn replicated(&self) -> bool {
        self.cluster
    }

    fn ping(&mut self) -> StoreResult<()> {
        if !self.cluster {
            return self.conn.ping().map_err(store_error);
        }
        // A pooled connection to a node that has left the cluster's primary
        // component would answer every query with an error: drop it.
        match wsrep_ready(&mut self.conn).map_err(store_error)? {
            Some(false) => Err(StoreError::Unavailable(
                "the node is no longer ready (wsrep_ready = OFF)".into(),
            )),
            _ => Ok(()),
        }
    }

    fn insert(&mut self, m: &Meeting) -> StoreResult<()> {
        let sql = format!("INSERT INTO meetings ({MEETING_COLUMNS}) VALUES {INSERT_VALUES}");
        let p = insert_params(m);
        self.retry(|c| c.exec_drop(&sql, p.clone()))
    }

    fn insert_if_absent(&mut self, m: &Meeting) -> StoreResult<bool> {
        // Affects no row on a duplicate id, one on an insert.
        let sql = format!(
            "INSERT INTO meetings ({MEETING_COLUMNS}) VALUES {INSERT_VALUES} ON DUPLICATE KEY UPDATE invite_id = invite_id"
        );
        let p = insert_params(m);
        self.retry(|c| c.exec_drop(&sql, p.clone()).map(|_| c.affected_rows() == 1))
    }

    fn find(&mut self, invite_id: &InviteId) -> StoreResult<Option<Meeting>> {
        let sql = format!("SELECT {MEETING_COLUMNS} FROM meetings WHERE invite_id = :id");
        Ok(self
            .select_meetings(&sql, params! { "id" => invite_id })?
            .pop())
    }

    fn find_by_room(&mut self, room_id: &RoomId) -> StoreResult<Option<Meeting>> {
        let sql = super::find_by_room_sql(":room");
        Ok(self
            .select_meetings(&sql, params! { "room" => room_id })?
            .pop())
    }

    fn advance(&mut self, invite_id: &InviteId, from: u32, to: &Advance) -> StoreResult<bool> {
        let p = advance_params(invite_id, from, to);
        self.retry(|c| {
            c.exec_drop(ADVANCE_SQL, p.clone())
                .map(|_| c.affected_rows() == 1)
        })
    }

    fn reschedule(&mut self, m: &Meeting, expected_sequence: u32) -> StoreResult<bool> {
        let r = MeetingRow::from_meeting(m);
        let p = params! {
            "series" => r.series_start, "tz" => r.time_zone, "rule" => r.repeat_rule, "count" => r.occurrences,
            "occ" => r.occurrence, "start" => r.start_at, "due" => r.due_at, "room" => r.room_id,
            "seq" => r.sequence, "id" => r.invite_id, "expected" => expected_sequence,
            "early" => r.open_early_minutes, "length" => r.length_minutes,
            "reminder" => r.reminder_minutes, "lobby" => r.lobby, "password" => r.room_password,
            "max" => r.max_participants, "in_invitation" => r.password_in_invitation,
            "exceptions" => r.exceptions, "changed" => r.changed_at, "opened" => r.opened_early_for,
        };
        self.retry(|c| {
            c.exec_drop(
                "UPDATE meetings SET series_start = :series, time_zone = :tz, repeat_rule = :rule, occurrences = :count, \
                 occurrence = :occ, start_at = :start, due_at = :due, room_id = :room, sequence = :seq, \
                 open_early_minutes = :early, length_minutes = :length, reminder_minutes = :reminder, \
                 lobby = :lobby, room_password = :password, max_participants = :max, \
                 password_in_invitation = :in_invitation, exceptions = :exceptions, changed_at = :changed, \
                 opened_early_for = :opened \
                 WHERE invite_id = :id AND sequence = :expected",
                p.clone(),
            )
            .map(|_| c.affected_rows() == 1)
        })
    }

    fn open_early(&mut self, invite_id: &InviteId, start: DateTime<Utc>) -> StoreResult<bool> {
        let p = params! { "id" => invite_id, "start" => start.timestamp() };
        self.retry(|c| {
            c.exec_drop(
                "UPDATE meetings SET opened_early_for = :start WHERE invite_id = :id AND start_at = :start",
                p.clone(),
            )
            .map(|_| c.affected_rows() == 1)
        })
    }

    fn renew_admin_key(
        &mut self,
        invite_id: &InviteId,
        old_hash: &AdminKeyHash,
        new_hash: &AdminKeyHash,
    ) -> StoreResult<bool> {
        let p = params! { "id" => invite_id, "old" => old_hash, "new" => new_hash };
        self.retry(|c| {
            c.exec_drop(
                "UPDATE meetings SET admin_key_hash = :new, legacy_admin_key = 0 \
                 WHERE invite_id = :id AND admin_key_hash = :old AND legacy_admin_key = 1",
                p.clone(),
            )
            .map(|_| c.affected_rows() == 1)
        })
    }

    fn cancel(
        &mut self,
        m: &Meeting,
        now: DateTime<Utc>,
        forget_at: DateTime<Utc>,
    ) -> StoreResult<bool> {
        self.cancel_keeping_its_end(m, now, forget_at)
    }

    fn find_ended(&mut self, invite_id: &InviteId) -> StoreResult<Option<Ended>> {
        self.find_ended_meeting(invite_id)
    }

    fn forget_ended(&mut self, now: DateTime<Utc>, limit: u32) -> StoreResult<u64> {
        self.forget_ended_meetings(now, limit)
    }

    fn due_recurring(&mut self, now: DateTime<Utc>, limit: u32) -> StoreResult<Vec<Meeting>> {
        let sql = format!(
            "SELECT {MEETING_COLUMNS} FROM meetings WHERE due_at <= :now AND occurrence + 1 < occurrences \
             ORDER BY due_at LIMIT :limit"
        );
        self.select_meetings(&sql, params! { "now" => now.timestamp(), "limit" => limit })
    }

    fn delete_finished(
        &mut self,
        now: DateTime<Utc>,
        limit: u32,
        keep_seconds: i64,
    ) -> StoreResult<u64> {
        let p = params! { "now" => now.timestamp(), "limit" => limit };
        self.retry(|c| {
            let mut tx = c.start_transaction(TxOpts::default())?;
            // The rows are locked by the first read, so both statements see the same ones.
            let ids: Vec<String> = tx.exec(
                "SELECT invite_id FROM meetings WHERE due_at <= :now AND occurrence + 1 >= occurrences \
                 ORDER BY due_at LIMIT :limit FOR UPDATE",
                p.clone(),
            )?;
            if ids.is_empty() {
                tx.commit()?;
                return Ok(0);
            }
            let marks = vec!["?"; ids.len()].join(", ");
            let mut values: Vec<mysql::Value> = ids.iter().map(mysql::Value::from).collect();
            let keep = keep_ends_sql(&format!("invite_id IN ({marks})")).replace(":keep", "?");
            let mut with_keep = vec![mysql::Value::from(keep_seconds)];
            with_keep.append(&mut values.clone());
            tx.exec_drop(keep, mysql::Params::Positional(with_keep))?;
            tx.exec_drop(
                format!("DELETE FROM meetings WHERE invite_id IN ({marks})"),
                mysql::Params::Positional(std::mem::take(&mut values)),
            )?;
            let deleted = tx.affected_rows();
            tx.commit()?;
            Ok(deleted)
        })
    }

    fn apply_moves(&mut self, moves: &[Move], keep_seconds: i64) -> StoreResult<CleanupCounts> {
        let advances: Vec<(&str, u32, &Advance)> = moves
            .iter()
            .filter_map(|m| m.to.as_ref().map(|to| (m.invite_id.as_str(), m.from, to)))
            .collect();
        let deletions: Vec<(&str, u32)> = moves
            .iter()
            .filter(|m| m.to.is_none())
            .map(|m| (m.invite_id.as_str(), m.from))
            .collect();
        self.retry(|c| {
            let mut tx = c.start_transaction(TxOpts::default())?;
            let mut counts = CleanupCounts::default();
            if !advances.is_empty() {
                tx.exec_drop(
                    advance_batch_sql(advances.len()),
                    advance_batch_params(&advances),
                )?;
                counts.advanced = tx.affected_rows();
            }
            if !deletions.is_empty() {
                let pairs = vec!["(?, ?)"; deletions.len()].join(", ");
                let keep = keep_ends_sql(&format!("(invite_id, occurrence) IN ({pairs})"))
                    .replace(":keep", "?");
                let mut values = vec![mysql::Value::from(keep_seconds)];
                if let mysql::Params::Positional(mut pairs) = delete_batch_params(&deletions) {
                    values.append(&mut pairs);
                }
                tx.exec_drop(keep, mysql::Params::Positional(values))?;
                tx.exec_drop(
                    delete_batch_sql(deletions.len()),
                    delete_batch_params(&deletions),
                )?;
                counts.deleted = tx.affected_rows();
            }
            // Lets the fault tests kill a cleanup inside a batch (debug builds).
            crate::clock::test_pause("cleanup-commit");
            tx.commit()?;
            Ok(counts)
        })
    }

    fn claim_cleanup(&mut self, now: DateTime<Utc>, interval_seconds: i64) -> StoreResult<bool> {
        let p =
            params! { "now" => now.timestamp(), "before" => now.timestamp() - interval_seconds };
        self.retry(|c| {
            c.exec_drop(
                "UPDATE planado_state SET value = :now WHERE name = 'last_cleanup' AND value <= :before",
                p.clone(),
            )
            .map(|_| c.affected_rows() == 1)
        })
    }

    fn window_secret(&mut self, window_start: i64, fresh: &[u8]) -> StoreResult<Vec<u8>> {
        let p = params! { "w" => window_start, "s" => fresh };
        self.retry(|c| {
            c.exec_drop(
                "INSERT INTO booking_windows (window_start, secret) VALUES (:w, :s) \
                 ON DUPLICATE KEY UPDATE window_start = window_start",
                p.clone(),
            )
        })?;
        let secret: Option<Vec<u8>> = self.retry(|c| {
            c.exec_first(
                "SELECT secret FROM booking_windows WHERE window_start = :w",
                params! { "w" => window_start },
            )
        })?;
        secret.ok_or_else(|| StoreError::Unavailable("booking window secret vanished".into()))
    }

    fn count_booking(&mut self, client_hash: &[u8], window_start: i64) -> StoreResult<u32> {
        let p = params! { "h" => client_hash, "w" => window_start };
        self.retry(|c| {
            let mut tx = c.start_transaction(TxOpts::default())?;
            tx.exec_drop(
                "INSERT INTO booking_counts (client_hash, window_start, bookings) VALUES (:h, :w, 1) \
                 ON DUPLICATE KEY UPDATE bookings = bookings + 1",
                p.clone(),
            )?;
            let n: Option<u32> = tx.exec_first("SELECT bookings FROM booking_counts WHERE client_hash = :h", p.clone())?;
            tx.commit()?;
            Ok(n.unwrap_or(1))
        })
    }

    fn forget_windows_before(&mut self, window_start: i64) -> StoreResult<()> {
        let p = params! { "w" => window_start };
        self.retry(|c| {
            c.exec_drop(
                "DELETE FROM booking_counts WHERE window_start < :w",
                p.clone(),
            )?;
            c.exec_drop(
                "DELETE FROM booking_windows WHERE window_start < :w",
                p.clone(),
            )
        })
    }

    fn migrate(&mut self, now: DateTime<Utc>) -> StoreResult<Vec<u32>> {
        self.retry(|c| {
            c.query_drop(
                "CREATE TABLE IF NOT EXISTS planado_schema (version INT NOT NULL, applied_at BIGINT NOT NULL, \
                 PRIMARY KEY (version)) ENGINE=InnoDB",
            )
        })?;
        let done: Vec<u32> = self.retry(|c| c.query("SELECT version FROM planado_schema"))?;
        let mut applied = Vec::new();
        for m in MIGRATIONS.iter().filter(|m| !done.contains(&m.version)) {
            for statement in statements(m.mariadb) {
                self.retry(|c| c.query_drop(&statement)).map_err(|e| {
                    StoreError::NotInitialised(format!("migration {}: {e}", m.version))
                })?;
            }
            self.retry(|c| {
                c.exec_drop(
                    "INSERT IGNORE INTO planado_schema (version, applied_at) VALUES (:v, :t)",
                    params! { "v" => m.version, "t" => now.timestamp() },
                )
            })?;
            applied.push(m.version);
        }
        Ok(applied)
    }

    fn export(&mut self, visit: &mut super::transfer::Visit<'_>) -> StoreResult<()> {
        self.export_rows(visit)
    }

    fn insert_ended_if_absent(&mut self, row: &super::EndedRow) -> StoreResult<bool> {
        self.insert_ended_row(row)
    }

    fn schema_version(&mut self) -> StoreResult<u32> {
        // No table yet is no schema (1146, NotInitialised).
        let version: Option<Option<u32>> =
            self.retry(|c| c.query_first("SELECT MAX(version) FROM planado_schema"))?;
        Ok(version.flatten().unwrap_or(0))
    }

    fn connection(&mut self) -> StoreResult<String> {
        self.describe_connection()
    }
}

#[cfg(test)]
mod tests;
