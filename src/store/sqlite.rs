//! The embedded default: SQLite in WAL mode with a busy timeout, so concurrent
//! CGI processes wait for each other instead of failing. The schema is created
//! on first use.

use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, TransactionBehavior, params};

use super::migrations::MIGRATIONS;
use super::{
    CleanupCounts, ENDED_COLUMNS, EndedRow, KEPT_COLUMNS, MEETING_COLUMNS, MeetingRow, Move, Store,
    StoreError, StoreResult,
};
use crate::domain::{AdminKeyHash, Advance, Ended, InviteId, Meeting, RoomId};

mod open;
mod transfer;

pub struct Sqlite {
    conn: Connection,
    /// The migrations opening applied (SQLite migrates on first use), for the
    /// next `migrate` call to report (`planado init`).
    applied_on_open: Vec<u32>,
}

/// How long a writer waits for another one before giving up with a 503.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// An `ended_meetings` row's values, in the order of `ENDED_COLUMNS`.
fn ended_values(e: &EndedRow) -> [&dyn rusqlite::ToSql; 11] {
    [
        &e.invite_id,
        &e.series_start,
        &e.time_zone,
        &e.repeat_rule,
        &e.occurrences,
        &e.exceptions,
        &e.length_minutes,
        &e.sequence,
        &e.changed_at,
        &e.cancelled,
        &e.forget_at,
    ]
}

fn unavailable(e: rusqlite::Error) -> StoreError {
    StoreError::Unavailable(e.to_string())
}

/// Creates the database file with `mode` before SQLite does, so that it is
/// not created with the process umask (0644 on most hosts: readable by every
/// account on a shared host). SQLite gives its `-wal` and `-shm` files the
/// permissions of the database file.
fn create_with_mode(path: &str, mode: u32) -> StoreResult<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(path)
    {
        // The umask may have taken bits away (0660 under 022); set them exactly.
        Ok(file) => file
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(|e| StoreError::Unavailable(format!("{path}: {e}"))),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError::Unavailable(format!("{path}: {e}"))),
    }
}

/// Takes away the permissions beyond `mode` from an existing database file and
/// its `-wal` and `-shm` (made by an older version, or by hand); returns the
/// files changed with their old modes. `planado init` runs it.
pub fn restrict_file_modes(path: &str, mode: u32) -> std::io::Result<Vec<(String, u32)>> {
    use std::os::unix::fs::PermissionsExt;
    let mut changed = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let file = format!("{path}{suffix}");
        let Ok(meta) = std::fs::metadata(&file) else {
            continue;
        };
        let old = meta.permissions().mode() & 0o777;
        if old & !mode != 0 {
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(old & mode))?;
            changed.push((file, old));
        }
    }
    Ok(changed)
}

/// Keeps the `-wal` and `-shm` files when the connection closes, and closes
/// without a checkpoint. Without this each CGI request, reading alone, would
/// create both files, checkpoint, and delete them again. The WAL is still
/// checkpointed by writers (SQLite's automatic checkpoint at 1000 pages), so it
/// stays a few megabytes at most.
fn keep_wal_files(conn: &Connection) -> StoreResult<()> {
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
        true,
    )
    .map_err(unavailable)?;
    let mut persist: std::ffi::c_int = 1;
    // SAFETY: `handle()` is this open connection's; "main" names its database;
    // PERSIST_WAL reads and writes one int, which `persist` is.
    let rc = unsafe {
        rusqlite::ffi::sqlite3_file_control(
            conn.handle(),
            c"main".as_ptr(),
            rusqlite::ffi::SQLITE_FCNTL_PERSIST_WAL,
            (&raw mut persist).cast(),
        )
    };
    if rc != rusqlite::ffi::SQLITE_OK {
        return Err(StoreError::Unavailable(format!(
            "SQLite refused to keep its WAL file (code {rc})"
        )));
    }
    Ok(())
}

impl Sqlite {
    /// The meeting whose `column` (a key: the invite id or the room) is `value`.
    fn find_one(&mut self, column: &str, value: &str) -> StoreResult<Option<Meeting>> {
        let sql = format!("SELECT {MEETING_COLUMNS} FROM meetings WHERE {column} = ?1 LIMIT 1");
        let row = self
            .conn
            .prepare_cached(&sql)
            .and_then(|mut s| s.query_row([value], Self::row_to_meeting).optional())
            .map_err(unavailable)?;
        row.map(MeetingRow::into_meeting).transpose()
    }
    fn row_to_meeting(row: &Row<'_>) -> rusqlite::Result<MeetingRow> {
        Ok(MeetingRow {
            invite_id: row.get(0)?,
            room_id: row.get(1)?,
            admin_key_hash: row.get(2)?,
            series_start: row.get(3)?,
            time_zone: row.get(4)?,
            repeat_rule: row.get(5)?,
            occurrences: row.get(6)?,
            occurrence: row.get(7)?,
            start_at: row.get(8)?,
            due_at: row.get(9)?,
            sequence: row.get(10)?,
            legacy_admin_key: row.get(11)?,
            open_early_minutes: row.get(12)?,
            length_minutes: row.get(13)?,
            reminder_minutes: row.get(14)?,
            opened_early_for: row.get(15)?,
            lobby: row.get(16)?,
            room_password: row.get(17)?,
            max_participants: row.get(18)?,
            password_in_invitation: row.get(19)?,
            exceptions: row.get(20)?,
            changed_at: row.get(21)?,
        })
    }

    fn row_to_ended(row: &Row<'_>) -> rusqlite::Result<EndedRow> {
        Ok(EndedRow {
            invite_id: row.get(0)?,
            series_start: row.get(1)?,
            time_zone: row.get(2)?,
            repeat_rule: row.get(3)?,
            occurrences: row.get(4)?,
            exceptions: row.get(5)?,
            length_minutes: row.get(6)?,
            sequence: row.get(7)?,
            changed_at: row.get(8)?,
            cancelled: row.get(9)?,
            forget_at: row.get(10)?,
        })
    }
}

/// Keeps the end of each meeting `selection` (a query of invite ids, its
/// parameters from ?1 on) names, `keep` (the last parameter) after its due
/// time, before they are deleted.
fn keep_ends_sql(selection: &str, keep: &str) -> String {
    format!(
        "INSERT OR REPLACE INTO ended_meetings ({ENDED_COLUMNS}) SELECT {KEPT_COLUMNS}, 0, due_at + {keep} \
         FROM meetings WHERE invite_id IN ({selection})"
    )
}

const FINISHED_SQL: &str = "SELECT invite_id FROM meetings WHERE due_at <= ?1 AND occurrence + 1 >= occurrences \
                            ORDER BY due_at LIMIT ?2";

const ADVANCE_SQL: &str = "UPDATE meetings SET occurrence = ?1, start_at = ?2, due_at = ?3, room_id = ?4 \
                           WHERE invite_id = ?5 AND occurrence = ?6";

fn advance_values<'a>(
    id: &'a InviteId,
    from: u32,
    to: &'a Advance,
) -> (u32, i64, i64, &'a RoomId, &'a InviteId, u32) {
    (
        to.occurrence,
        to.start.timestamp(),
        to.due_at.timestamp(),
        &to.room_id,
        id,
        from,
    )
}

/// The ids and the key's hash are bound as the text and bytes they are.
macro_rules! bound_as_text {
    ($($name:ident),*) => {$(
        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }
    )*};
}

bound_as_text!(InviteId, RoomId);

impl rusqlite::ToSql for AdminKeyHash {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.as_bytes().into())
    }
}

impl Store for Sqlite {
    /// A local file has no connection to lose.
    fn ping(&mut self) -> StoreResult<()> {
        Ok(())
    }

    fn insert(&mut self, m: &Meeting) -> StoreResult<()> {
        let r = MeetingRow::from_meeting(m);
        self.conn
            .execute(
                &format!("INSERT INTO meetings ({MEETING_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)"),
                params![
                    r.invite_id, r.room_id, r.admin_key_hash, r.series_start, r.time_zone, r.repeat_rule,
                    r.occurrences, r.occurrence, r.start_at, r.due_at, r.sequence, r.legacy_admin_key,
                    r.open_early_minutes, r.length_minutes, r.reminder_minutes, r.opened_early_for,
                    r.lobby, r.room_password, r.max_participants, r.password_in_invitation,
                    r.exceptions, r.changed_at
                ],
            )
            .map(drop)
            .map_err(unavailable)
    }

    fn insert_if_absent(&mut self, m: &Meeting) -> StoreResult<bool> {
        let r = MeetingRow::from_meeting(m);
        self.conn
            .execute(
                &format!(
                    "INSERT INTO meetings ({MEETING_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22) \
                     ON CONFLICT (invite_id) DO NOTHING"
                ),
                params![
                    r.invite_id, r.room_id, r.admin_key_hash, r.series_start, r.time_zone, r.repeat_rule,
                    r.occurrences, r.occurrence, r.start_at, r.due_at, r.sequence, r.legacy_admin_key,
                    r.open_early_minutes, r.length_minutes, r.reminder_minutes, r.opened_early_for,
                    r.lobby, r.room_password, r.max_participants, r.password_in_invitation,
                    r.exceptions, r.changed_at
                ],
            )
            .map(|n| n == 1)
            .map_err(unavailable)
    }

    fn find(&mut self, invite_id: &InviteId) -> StoreResult<Option<Meeting>> {
        self.find_one("invite_id", invite_id.as_str())
    }

    fn find_by_room(&mut self, room_id: &RoomId) -> StoreResult<Option<Meeting>> {
        let row = self
            .conn
            .prepare_cached(&super::find_by_room_sql("?1"))
            .and_then(|mut s| s.query_row([room_id], Self::row_to_meeting).optional())
            .map_err(unavailable)?;
        row.map(MeetingRow::into_meeting).transpose()
    }

    fn advance(&mut self, invite_id: &InviteId, from: u32, to: &Advance) -> StoreResult<bool> {
        let v = advance_values(invite_id, from, to);
        self.conn
            .execute(ADVANCE_SQL, params![v.0, v.1, v.2, v.3, v.4, v.5])
            .map(|n| n == 1)
            .map_err(unavailable)
    }

    fn reschedule(&mut self, m: &Meeting, expected_sequence: u32) -> StoreResult<bool> {
        let r = MeetingRow::from_meeting(m);
        self.conn
            .execute(
                "UPDATE meetings SET series_start = ?1, time_zone = ?2, repeat_rule = ?3, occurrences = ?4, \
                 occurrence = ?5, start_at = ?6, due_at = ?7, room_id = ?8, sequence = ?9, \
                 open_early_minutes = ?12, length_minutes = ?13, reminder_minutes = ?14, \
                 lobby = ?15, room_password = ?16, max_participants = ?17, password_in_invitation = ?18, \
                 exceptions = ?19, changed_at = ?20, opened_early_for = ?21 \
                 WHERE invite_id = ?10 AND sequence = ?11",
                params![
                    r.series_start, r.time_zone, r.repeat_rule, r.occurrences, r.occurrence, r.start_at,
                    r.due_at, r.room_id, r.sequence, r.invite_id, expected_sequence, r.open_early_minutes,
                    r.length_minutes, r.reminder_minutes, r.lobby, r.room_password, r.max_participants,
                    r.password_in_invitation, r.exceptions, r.changed_at, r.opened_early_for
                ],
            )
            .map(|n| n == 1)
            .map_err(unavailable)
    }

    fn open_early(&mut self, invite_id: &InviteId, start: DateTime<Utc>) -> StoreResult<bool> {
        self.conn
            .execute(
                "UPDATE meetings SET opened_early_for = ?1 WHERE invite_id = ?2 AND start_at = ?1",
                params![start.timestamp(), invite_id],
            )
            .map(|n| n == 1)
            .map_err(unavailable)
    }

    fn renew_admin_key(
        &mut self,
        invite_id: &InviteId,
        old_hash: &AdminKeyHash,
        new_hash: &AdminKeyHash,
    ) -> StoreResult<bool> {
        self.conn
            .execute(
                "UPDATE meetings SET admin_key_hash = ?1, legacy_admin_key = 0 \
                 WHERE invite_id = ?2 AND admin_key_hash = ?3 AND legacy_admin_key = 1",
                params![new_hash, invite_id, old_hash],
            )
            .map(|n| n == 1)
            .map_err(unavailable)
    }

    fn cancel(
        &mut self,
        m: &Meeting,
        now: DateTime<Utc>,
        forget_at: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let e = EndedRow::cancelled(m, now, forget_at);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        let deleted = tx
            .execute("DELETE FROM meetings WHERE invite_id = ?1", [&m.invite_id])
            .map_err(unavailable)?;
        if deleted == 1 {
            tx.execute(
                &format!(
                    "INSERT OR REPLACE INTO ended_meetings ({ENDED_COLUMNS}) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                ),
                ended_values(&e).as_slice(),
            )
            .map_err(unavailable)?;
        }
        tx.commit().map_err(unavailable)?;
        Ok(deleted == 1)
    }

    fn find_ended(&mut self, invite_id: &InviteId) -> StoreResult<Option<Ended>> {
        let sql = format!("SELECT {ENDED_COLUMNS} FROM ended_meetings WHERE invite_id = ?1");
        let row = self
            .conn
            .prepare_cached(&sql)
            .and_then(|mut s| s.query_row([invite_id], Self::row_to_ended).optional())
            .map_err(unavailable)?;
        row.map(EndedRow::into_ended).transpose()
    }

    fn forget_ended(&mut self, now: DateTime<Utc>, limit: u32) -> StoreResult<u64> {
        self.conn
            .execute(
                "DELETE FROM ended_meetings WHERE invite_id IN (SELECT invite_id FROM ended_meetings \
                 WHERE forget_at <= ?1 ORDER BY forget_at LIMIT ?2)",
                params![now.timestamp(), limit],
            )
            .map(|n| n as u64)
            .map_err(unavailable)
    }

    fn due_recurring(&mut self, now: DateTime<Utc>, limit: u32) -> StoreResult<Vec<Meeting>> {
        let sql = format!(
            "SELECT {MEETING_COLUMNS} FROM meetings WHERE due_at <= ?1 AND occurrence + 1 < occurrences \
             ORDER BY due_at LIMIT ?2"
        );
        let rows = self
            .conn
            .prepare_cached(&sql)
            .and_then(|mut s| {
                s.query_map(params![now.timestamp(), limit], Self::row_to_meeting)?
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(unavailable)?;
        rows.into_iter().map(MeetingRow::into_meeting).collect()
    }

    fn delete_finished(
        &mut self,
        now: DateTime<Utc>,
        limit: u32,
        keep_seconds: i64,
    ) -> StoreResult<u64> {
        // SQLite's DELETE has no LIMIT by default; the subquery walks the index.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        tx.execute(
            &keep_ends_sql(FINISHED_SQL, "?3"),
            params![now.timestamp(), limit, keep_seconds],
        )
        .map_err(unavailable)?;
        let deleted = tx
            .execute(
                &format!("DELETE FROM meetings WHERE invite_id IN ({FINISHED_SQL})"),
                params![now.timestamp(), limit],
            )
            .map_err(unavailable)?;
        tx.commit().map_err(unavailable)?;
        Ok(deleted as u64)
    }

    fn apply_moves(&mut self, moves: &[Move], keep_seconds: i64) -> StoreResult<CleanupCounts> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        let mut counts = CleanupCounts::default();
        for m in moves {
            match &m.to {
                Some(to) => {
                    let v = advance_values(&m.invite_id, m.from, to);
                    counts.advanced += tx
                        .execute(ADVANCE_SQL, params![v.0, v.1, v.2, v.3, v.4, v.5])
                        .map_err(unavailable)? as u64;
                }
                None => {
                    tx.execute(
                        &keep_ends_sql(
                            "SELECT invite_id FROM meetings WHERE invite_id = ?1 AND occurrence = ?2",
                            "?3",
                        ),
                        params![m.invite_id, m.from, keep_seconds],
                    )
                    .map_err(unavailable)?;
                    counts.deleted += tx
                        .execute(
                            "DELETE FROM meetings WHERE invite_id = ?1 AND occurrence = ?2",
                            params![m.invite_id, m.from],
                        )
                        .map_err(unavailable)? as u64;
                }
            }
        }
        tx.commit().map_err(unavailable)?;
        Ok(counts)
    }

    fn claim_cleanup(&mut self, now: DateTime<Utc>, interval_seconds: i64) -> StoreResult<bool> {
        self.conn
            .execute(
                "UPDATE planado_state SET value = ?1 WHERE name = 'last_cleanup' AND value <= ?2",
                params![now.timestamp(), now.timestamp() - interval_seconds],
            )
            .map(|n| n == 1)
            .map_err(unavailable)
    }

    fn window_secret(&mut self, window_start: i64, fresh: &[u8]) -> StoreResult<Vec<u8>> {
        self.conn
            .execute(
                "INSERT INTO booking_windows (window_start, secret) VALUES (?1, ?2) ON CONFLICT (window_start) DO NOTHING",
                params![window_start, fresh],
            )
            .map_err(unavailable)?;
        self.conn
            .query_row(
                "SELECT secret FROM booking_windows WHERE window_start = ?1",
                [window_start],
                |r| r.get(0),
            )
            .map_err(unavailable)
    }

    fn count_booking(&mut self, client_hash: &[u8], window_start: i64) -> StoreResult<u32> {
        self.conn
            .query_row(
                "INSERT INTO booking_counts (client_hash, window_start, bookings) VALUES (?1, ?2, 1) \
                 ON CONFLICT (client_hash) DO UPDATE SET bookings = bookings + 1 RETURNING bookings",
                params![client_hash, window_start],
                |r| r.get(0),
            )
            .map_err(unavailable)
    }

    fn forget_windows_before(&mut self, window_start: i64) -> StoreResult<()> {
        for sql in [
            "DELETE FROM booking_counts WHERE window_start < ?1",
            "DELETE FROM booking_windows WHERE window_start < ?1",
        ] {
            self.conn
                .execute(sql, [window_start])
                .map_err(unavailable)?;
        }
        Ok(())
    }

    fn migrate(&mut self, _now: DateTime<Utc>) -> StoreResult<Vec<u32>> {
        let mut applied = std::mem::take(&mut self.applied_on_open);
        applied.extend(self.apply_migrations()?);
        Ok(applied)
    }

    fn export(&mut self, visit: &mut super::transfer::Visit<'_>) -> StoreResult<()> {
        self.export_rows(visit)
    }

    fn insert_ended_if_absent(&mut self, row: &EndedRow) -> StoreResult<bool> {
        self.insert_ended_row(row)
    }

    fn schema_version(&mut self) -> StoreResult<u32> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(unavailable)
    }

    fn connection(&mut self) -> StoreResult<String> {
        let (version, journal): (String, String) = self
            .conn
            .query_row(
                "SELECT sqlite_version(), * FROM pragma_journal_mode",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(unavailable)?;
        let path = self.conn.path().unwrap_or("(in memory)");
        Ok(format!(
            "in the file {path} (SQLite {version}, journal mode {journal})"
        ))
    }
}

impl Sqlite {
    fn apply_migrations(&mut self) -> StoreResult<Vec<u32>> {
        // WAL lets readers go on while one process writes; it must be set outside
        // a transaction and is remembered by the database file.
        self.conn
            .query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
            .map_err(unavailable)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(unavailable)?;
        // Read again inside the write lock: another process may have migrated.
        let current: u32 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(unavailable)?;
        let mut applied = Vec::new();
        for m in MIGRATIONS.iter().filter(|m| m.version > current) {
            tx.execute_batch(m.sqlite)
                .map_err(|e| StoreError::NotInitialised(format!("migration {}: {e}", m.version)))?;
            tx.execute_batch(&format!("PRAGMA user_version = {}", m.version))
                .map_err(unavailable)?;
            applied.push(m.version);
        }
        tx.commit().map_err(unavailable)?;
        Ok(applied)
    }
}
