//! Opening a SQLite store: made and migrated for the processes that serve
//! and the commands that write, or as it stands for the checks that look.

use rusqlite::Connection;

use super::{BUSY_TIMEOUT, Sqlite, create_with_mode, keep_wal_files, unavailable};
use crate::store::migrations::latest;
use crate::store::{StoreError, StoreResult, Wal};

impl Sqlite {
    /// Opens (and creates with `file_mode`, when missing) the database at `path`.
    pub fn open(path: &str, file_mode: u32, wal: Wal) -> StoreResult<Sqlite> {
        create_with_mode(path, file_mode)?;
        let conn =
            Connection::open(path).map_err(|e| StoreError::Unavailable(format!("{path}: {e}")))?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(unavailable)?;
        if wal == Wal::Keep {
            keep_wal_files(&conn)?;
        }
        let mut store = Sqlite {
            conn,
            applied_on_open: Vec::new(),
        };
        let version: u32 = store
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(unavailable)?;
        if version < latest() {
            store.applied_on_open = store.apply_migrations()?;
        }
        Ok(store)
    }

    /// Opens the database at `path` as it stands: not made when missing, not
    /// migrated (for the readiness check and the export, which must see the
    /// store as it is).
    pub fn open_existing(path: &str, wal: Wal) -> StoreResult<Sqlite> {
        use rusqlite::OpenFlags;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| StoreError::Unavailable(format!("{path}: {e}")))?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(unavailable)?;
        if wal == Wal::Keep {
            keep_wal_files(&conn)?;
        }
        Ok(Sqlite {
            conn,
            applied_on_open: Vec::new(),
        })
    }
}
