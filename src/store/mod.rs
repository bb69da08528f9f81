//! The only place that speaks SQL: one trait, a MariaDB and a SQLite backend.
//! Every lookup goes through the primary key (`invite_id`), the `due_at` index
//! or the room index.

pub mod current;
pub mod legacy;
mod mariadb;
mod migrations;
pub mod pool;
mod sqlite;
pub mod transfer;

use std::fmt;

use chrono::{DateTime, Utc};

use crate::config::{Config, DatabaseUrl};
use crate::domain::{AdminKeyHash, Advance, Ended, Exceptions, InviteId, Meeting, RoomId};

pub use mariadb::{MariaDb, node_report, node_urls, retries};
pub use migrations::Migration;
pub use sqlite::{Sqlite, restrict_file_modes};

#[derive(Debug)]
pub enum StoreError {
    /// The database cannot be reached (down, refused, timed out, disk full).
    Unavailable(String),
    /// The schema is missing or older than this program: run `planado init`.
    NotInitialised(String),
    /// A row that cannot be read back (say, a time zone this build does not know).
    Corrupt(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable(e) => write!(f, "database unavailable: {e}"),
            StoreError::NotInitialised(e) => {
                write!(
                    f,
                    "database schema missing or outdated ({e}); run `planado init`"
                )
            }
            StoreError::Corrupt(e) => write!(f, "unreadable row: {e}"),
        }
    }
}

impl std::error::Error for StoreError {}

pub type StoreResult<T> = Result<T, StoreError>;

/// What one cleanup batch did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct CleanupCounts {
    pub deleted: u64,
    pub advanced: u64,
}

/// One step of a cleanup batch: a meeting read at occurrence `from` moves on
/// to `to`, or is deleted when `to` is `None` (its series is over).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub invite_id: InviteId,
    pub from: u32,
    pub to: Option<Advance>,
}

/// One database connection. Each CGI request opens one and drops it at the
/// end; persistent processes keep them in a pool (`pool.rs`).
pub trait Store: Send {
    /// Checks that the connection still works (a pooled connection idle for
    /// a while is checked before a request takes it; MariaDB may have
    /// restarted meanwhile).
    fn ping(&mut self) -> StoreResult<()>;
    /// Whether a statement lost the server (the connection, or a Galera
    /// node no longer ready): a pool drops such a connection.
    fn lost_the_server(&self) -> bool {
        false
    }
    /// Whether every commit is applied by other nodes that readers wait for
    /// (a Galera cluster): cleanup then writes in small, spaced batches.
    fn replicated(&self) -> bool {
        false
    }
    /// Inserts a new meeting.
    fn insert(&mut self, meeting: &Meeting) -> StoreResult<()>;
    /// Inserts a meeting unless one with its invite id exists; returns whether
    /// it inserted (for imports that may run again).
    fn insert_if_absent(&mut self, meeting: &Meeting) -> StoreResult<bool>;
    /// The meeting with this invite id (primary key lookup).
    fn find(&mut self, invite_id: &InviteId) -> StoreResult<Option<Meeting>>;
    /// The meeting whose current occurrence has the room `room_id` (through
    /// the room index), for the reservation backend.
    fn find_by_room(&mut self, room_id: &RoomId) -> StoreResult<Option<Meeting>>;
    /// Moves a meeting from occurrence `from` to a later one, only if it is still
    /// at `from` (so two processes advancing at once advance it exactly once).
    fn advance(&mut self, invite_id: &InviteId, from: u32, to: &Advance) -> StoreResult<bool>;
    /// Replaces schedule, occurrence, start, due time, room and sequence of a
    /// meeting whose sequence is still `expected_sequence`.
    fn reschedule(&mut self, meeting: &Meeting, expected_sequence: u32) -> StoreResult<bool>;
    /// Replaces an admin key imported from the PHP Planado by a new one, only if
    /// the meeting still has that legacy key (so exactly one request renews it).
    fn renew_admin_key(
        &mut self,
        invite_id: &InviteId,
        old_hash: &AdminKeyHash,
        new_hash: &AdminKeyHash,
    ) -> StoreResult<bool>;
    /// Marks the room of the occurrence starting at `start` as opened by the
    /// organiser (before its opening), if that is still the current one.
    fn open_early(&mut self, invite_id: &InviteId, start: DateTime<Utc>) -> StoreResult<bool>;
    /// Deletes a cancelled meeting and keeps, until `forget_at`, what the
    /// calendars subscribed to it need (`ended_meetings`), cancelled at `now`
    /// with the next sequence, in one transaction.
    fn cancel(
        &mut self,
        meeting: &Meeting,
        now: DateTime<Utc>,
        forget_at: DateTime<Utc>,
    ) -> StoreResult<bool>;
    /// What is kept of a meeting cancelled or over (primary key lookup).
    fn find_ended(&mut self, invite_id: &InviteId) -> StoreResult<Option<Ended>>;
    /// Deletes up to `limit` kept ends whose `forget_at` has come.
    fn forget_ended(&mut self, now: DateTime<Utc>, limit: u32) -> StoreResult<u64>;
    /// Up to `limit` meetings whose current occurrence is over (`due_at <= now`)
    /// and which have a later occurrence, oldest first.
    fn due_recurring(&mut self, now: DateTime<Utc>, limit: u32) -> StoreResult<Vec<Meeting>>;
    /// Deletes, in one transaction, up to `limit` meetings whose last
    /// occurrence is over, keeping their ends for `keep_seconds` after it.
    fn delete_finished(
        &mut self,
        now: DateTime<Utc>,
        limit: u32,
        keep_seconds: i64,
    ) -> StoreResult<u64>;
    /// Applies a cleanup batch in one transaction. Each move happens only if the
    /// meeting is still at the occurrence it was read at, so a concurrent cleanup
    /// or invite cannot make it happen twice. A deleted series' end is kept
    /// for `keep_seconds`.
    fn apply_moves(&mut self, moves: &[Move], keep_seconds: i64) -> StoreResult<CleanupCounts>;
    /// Claims the right to run a request-triggered cleanup: true for exactly one
    /// caller per `interval_seconds` (a timestamp row, compare-and-set).
    fn claim_cleanup(&mut self, now: DateTime<Utc>, interval_seconds: i64) -> StoreResult<bool>;
    /// The secret of the booking window starting at `window_start`, made (32
    /// random bytes, `fresh`) by the first caller of that window.
    fn window_secret(&mut self, window_start: i64, fresh: &[u8]) -> StoreResult<Vec<u8>>;
    /// Counts one booking of `client_hash` in the window; returns the count.
    fn count_booking(&mut self, client_hash: &[u8], window_start: i64) -> StoreResult<u32>;
    /// Forgets the secrets and counts of windows before `window_start`.
    fn forget_windows_before(&mut self, window_start: i64) -> StoreResult<()>;
    /// Applies the missing migrations; returns the versions applied.
    fn migrate(&mut self, now: DateTime<Utc>) -> StoreResult<Vec<u32>>;
    /// The schema's version: the last migration applied.
    fn schema_version(&mut self) -> StoreResult<u32>;
    /// How this connection reaches the data, in the operator's words
    /// (`planado check`): over a Unix socket or TCP, to which server; or
    /// which file.
    fn connection(&mut self) -> StoreResult<String>;
    /// Every meeting, then every kept end, from one consistent snapshot,
    /// each handed to `visit` (`planado export`); a visit's error ends it.
    fn export(&mut self, visit: &mut transfer::Visit<'_>) -> StoreResult<()>;
    /// Keeps an ended meeting's row unless one with its invite id is there;
    /// returns whether it inserted (`planado import`).
    fn insert_ended_if_absent(&mut self, row: &EndedRow) -> StoreResult<bool>;
}

/// How the schema of `store` differs from the one this program makes and
/// reads, and what to do, in the operator's words (`None`: it is the same).
pub fn schema_mismatch(store: &mut dyn Store) -> StoreResult<Option<String>> {
    use std::cmp::Ordering;
    let (version, needed) = (store.schema_version()?, migrations::latest());
    Ok(match version.cmp(&needed) {
        Ordering::Equal => None,
        Ordering::Less => Some(format!(
            "the database schema is version {version}, this program needs {needed}: run planado init"
        )),
        Ordering::Greater => Some(format!(
            "the database schema is version {version}, newer than this program's {needed}: install the newer Planado"
        )),
    })
}

/// Opens the store the configuration names (`database_url`).
/// For a process that answers requests: SQLite's `-wal` and `-shm` files stay
/// in place between requests (see `sqlite.rs`).
pub fn open(config: &Config) -> StoreResult<Box<dyn Store>> {
    open_url(&config.database_url, config.database_file_mode, Wal::Keep)
}

/// For the operator's commands (`init`, `check`, `import-legacy`, cron's
/// cleanup), which may run as another user than the web server: SQLite
/// removes the `-wal` and `-shm` files it made when the command ends, so none
/// is left that the web server's user could not open.
pub fn open_for_command(config: &Config) -> StoreResult<Box<dyn Store>> {
    open_url(&config.database_url, config.database_file_mode, Wal::Remove)
}

/// Opens the store at `database_url` as it stands: a missing SQLite file is
/// not made and an old schema not migrated (`/readyz`, `planado export`).
pub fn open_as_it_is(database_url: &DatabaseUrl, wal: Wal) -> StoreResult<Box<dyn Store>> {
    match database_url {
        DatabaseUrl::Sqlite(path) => Ok(Box::new(Sqlite::open_existing(path, wal)?)),
        DatabaseUrl::MariaDb(url) => Ok(Box::new(MariaDb::connect(url)?)),
    }
}

/// Whether a SQLite connection leaves its WAL files when it closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wal {
    Keep,
    Remove,
}

/// Opens the store at `database_url`; a new SQLite file gets `file_mode`.
pub fn open_url(
    database_url: &DatabaseUrl,
    file_mode: u32,
    wal: Wal,
) -> StoreResult<Box<dyn Store>> {
    match database_url {
        DatabaseUrl::Sqlite(path) => Ok(Box::new(Sqlite::open(path, file_mode, wal)?)),
        DatabaseUrl::MariaDb(url) => Ok(Box::new(MariaDb::connect(url)?)),
    }
}

/// The columns of the `meetings` table, in the order every SELECT lists them.
pub(crate) const MEETING_COLUMNS: &str = "invite_id, room_id, admin_key_hash, series_start, time_zone, \
     repeat_rule, occurrences, occurrence, start_at, due_at, sequence, legacy_admin_key, open_early_minutes, \
     length_minutes, reminder_minutes, opened_early_for, lobby, room_password, max_participants, \
     password_in_invitation, exceptions, changed_at";

/// The columns of `ended_meetings`, in the order every statement lists them.
pub(crate) const ENDED_COLUMNS: &str = "invite_id, series_start, time_zone, repeat_rule, occurrences, \
     exceptions, length_minutes, sequence, changed_at, cancelled, forget_at";

/// The columns of `meetings` an ended meeting keeps, in the order of
/// `ENDED_COLUMNS` up to `changed_at` (cleanup copies them in SQL).
pub(crate) const KEPT_COLUMNS: &str = "invite_id, series_start, time_zone, repeat_rule, occurrences, \
     exceptions, length_minutes, sequence, changed_at";

/// The statement that finds the meeting whose current room is the bound
/// `placeholder` (both backends run it; the tests EXPLAIN it as it is, to see
/// that it goes through the room index).
pub fn find_by_room_sql(placeholder: &str) -> String {
    format!("SELECT {MEETING_COLUMNS} FROM meetings WHERE room_id = {placeholder} LIMIT 1")
}

/// A row as plain values, shared by both backends, and as `planado export`
/// writes it (a field a newer schema added has its default in an older file).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MeetingRow {
    pub invite_id: String,
    pub room_id: String,
    #[serde(with = "transfer::hex")]
    pub admin_key_hash: Vec<u8>,
    pub series_start: i64,
    pub time_zone: String,
    pub repeat_rule: String,
    pub occurrences: i64,
    pub occurrence: i64,
    pub start_at: i64,
    pub due_at: i64,
    pub sequence: i64,
    pub legacy_admin_key: bool,
    pub open_early_minutes: i64,
    pub length_minutes: i64,
    pub reminder_minutes: i64,
    pub opened_early_for: Option<i64>,
    pub lobby: bool,
    pub room_password: Option<String>,
    pub max_participants: Option<i64>,
    pub password_in_invitation: bool,
    pub exceptions: Option<String>,
    pub changed_at: i64,
}

/// An `ended_meetings` row as plain values, shared by both backends (and
/// `planado export`).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EndedRow {
    pub invite_id: String,
    pub series_start: i64,
    pub time_zone: String,
    pub repeat_rule: String,
    pub occurrences: i64,
    pub exceptions: Option<String>,
    pub length_minutes: i64,
    pub sequence: i64,
    pub changed_at: i64,
    pub cancelled: bool,
    pub forget_at: i64,
}

impl MeetingRow {
    pub fn from_meeting(m: &Meeting) -> MeetingRow {
        MeetingRow {
            invite_id: m.invite_id.to_string(),
            room_id: m.room_id.to_string(),
            admin_key_hash: m.admin_key_hash.as_bytes().to_vec(),
            series_start: m.schedule.series_start.timestamp(),
            time_zone: m.schedule.tz.name().to_string(),
            repeat_rule: m.schedule.repeat.as_str().to_string(),
            occurrences: m.schedule.count.into(),
            occurrence: m.occurrence.into(),
            start_at: m.start.timestamp(),
            due_at: m.due_at.timestamp(),
            sequence: m.sequence.into(),
            legacy_admin_key: m.legacy_admin_key,
            open_early_minutes: m.open_early_minutes.into(),
            length_minutes: m.length_minutes.into(),
            reminder_minutes: m.reminder_minutes.into(),
            opened_early_for: m.opened_early_for.map(|t| t.timestamp()),
            lobby: m.door.lobby,
            room_password: m.door.password.clone(),
            max_participants: m.door.max_participants.map(i64::from),
            password_in_invitation: m.door.password_in_invitation,
            exceptions: stored_exceptions(&m.schedule.exceptions),
            changed_at: m.changed_at.map_or(0, |t| t.timestamp()),
        }
    }

    pub fn into_meeting(self) -> StoreResult<Meeting> {
        use crate::domain::Door;
        let corrupt =
            |what: &str| StoreError::Corrupt(format!("meeting {}: {what}", self.invite_id));
        let time = |secs: i64| {
            DateTime::from_timestamp(secs, 0).ok_or_else(|| corrupt("time out of range"))
        };
        let count = |n: i64| u32::try_from(n).map_err(|_| corrupt("count out of range"));
        let schedule = schedule_of(
            &self.invite_id,
            self.series_start,
            &self.time_zone,
            &self.repeat_rule,
            self.occurrences,
            self.exceptions.as_deref(),
        )?;
        Ok(Meeting {
            changed_at: changed_at(self.changed_at),
            start: time(self.start_at)?,
            due_at: time(self.due_at)?,
            occurrence: count(self.occurrence)?,
            sequence: count(self.sequence)?,
            legacy_admin_key: self.legacy_admin_key,
            open_early_minutes: count(self.open_early_minutes)?,
            length_minutes: count(self.length_minutes)?,
            reminder_minutes: count(self.reminder_minutes)?,
            opened_early_for: self.opened_early_for.map(time).transpose()?,
            door: Door {
                lobby: self.lobby,
                max_participants: self.max_participants.map(count).transpose()?,
                password: self.room_password,
                password_in_invitation: self.password_in_invitation,
            },
            schedule,
            invite_id: InviteId::parse(&self.invite_id).ok_or_else(|| corrupt("invite id"))?,
            room_id: RoomId::parse(&self.room_id).ok_or_else(|| corrupt("room id"))?,
            admin_key_hash: AdminKeyHash::from_stored(self.admin_key_hash),
        })
    }
}

/// The exceptions as stored: NULL for none.
fn stored_exceptions(exceptions: &Exceptions) -> Option<String> {
    (!exceptions.is_empty()).then(|| exceptions.encode())
}

/// 0 is "not known" (meetings booked before schema 10).
fn changed_at(secs: i64) -> Option<DateTime<Utc>> {
    (secs > 0)
        .then(|| DateTime::from_timestamp(secs, 0))
        .flatten()
}

/// A schedule from its stored columns.
fn schedule_of(
    invite_id: &str,
    series_start: i64,
    time_zone: &str,
    repeat_rule: &str,
    occurrences: i64,
    exceptions: Option<&str>,
) -> StoreResult<crate::domain::Schedule> {
    use crate::domain::{Repeat, Schedule};
    let corrupt = |what: &str| StoreError::Corrupt(format!("meeting {invite_id}: {what}"));
    Ok(Schedule {
        series_start: DateTime::from_timestamp(series_start, 0)
            .ok_or_else(|| corrupt("time out of range"))?,
        tz: time_zone
            .parse()
            .map_err(|_| corrupt("unknown time zone"))?,
        repeat: Repeat::parse(repeat_rule).ok_or_else(|| corrupt("unknown repetition"))?,
        count: u32::try_from(occurrences).map_err(|_| corrupt("count out of range"))?,
        exceptions: Exceptions::decode(exceptions.unwrap_or(""))
            .ok_or_else(|| corrupt("unreadable exceptions"))?,
    })
}

impl EndedRow {
    /// The row of what is kept of an ended meeting.
    pub fn from_ended(e: &Ended) -> EndedRow {
        EndedRow {
            invite_id: e.invite_id.to_string(),
            series_start: e.schedule.series_start.timestamp(),
            time_zone: e.schedule.tz.name().to_string(),
            repeat_rule: e.schedule.repeat.as_str().to_string(),
            occurrences: e.schedule.count.into(),
            exceptions: stored_exceptions(&e.schedule.exceptions),
            length_minutes: e.length_minutes.into(),
            sequence: e.sequence.into(),
            changed_at: e.changed_at.map_or(0, |t| t.timestamp()),
            cancelled: e.cancelled,
            forget_at: e.forget_at.timestamp(),
        }
    }

    /// The row kept when `m` is cancelled at `now`.
    pub fn cancelled(m: &Meeting, now: DateTime<Utc>, forget_at: DateTime<Utc>) -> EndedRow {
        EndedRow {
            invite_id: m.invite_id.to_string(),
            series_start: m.schedule.series_start.timestamp(),
            time_zone: m.schedule.tz.name().to_string(),
            repeat_rule: m.schedule.repeat.as_str().to_string(),
            occurrences: m.schedule.count.into(),
            exceptions: stored_exceptions(&m.schedule.exceptions),
            length_minutes: m.length_minutes.into(),
            sequence: i64::from(m.sequence) + 1,
            changed_at: now.timestamp(),
            cancelled: true,
            forget_at: forget_at.timestamp(),
        }
    }

    pub fn into_ended(self) -> StoreResult<Ended> {
        let corrupt =
            |what: &str| StoreError::Corrupt(format!("ended meeting {}: {what}", self.invite_id));
        let count = |n: i64| u32::try_from(n).map_err(|_| corrupt("count out of range"));
        Ok(Ended {
            schedule: schedule_of(
                &self.invite_id,
                self.series_start,
                &self.time_zone,
                &self.repeat_rule,
                self.occurrences,
                self.exceptions.as_deref(),
            )?,
            length_minutes: count(self.length_minutes)?,
            sequence: count(self.sequence)?,
            changed_at: changed_at(self.changed_at),
            cancelled: self.cancelled,
            forget_at: DateTime::from_timestamp(self.forget_at, 0)
                .ok_or_else(|| corrupt("time out of range"))?,
            invite_id: InviteId::parse(&self.invite_id).ok_or_else(|| corrupt("invite id"))?,
        })
    }
}
