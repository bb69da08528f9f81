//! `planado export` and `import` on SQLite.

use super::{Sqlite, unavailable};
use crate::store::transfer::{Record, Visit};
use crate::store::{ENDED_COLUMNS, EndedRow, MEETING_COLUMNS, StoreError, StoreResult};

impl Sqlite {
    /// Both tables in one read transaction: in WAL mode its first read fixes
    /// the snapshot, whatever is written meanwhile.
    pub(super) fn export_rows(&mut self, visit: &mut Visit<'_>) -> StoreResult<()> {
        let tx = self.conn.transaction().map_err(unavailable)?;
        for (table, columns) in [
            ("meetings", MEETING_COLUMNS),
            ("ended_meetings", ENDED_COLUMNS),
        ] {
            let sql = format!("SELECT {columns} FROM {table} ORDER BY invite_id");
            let mut statement = tx.prepare(&sql).map_err(unavailable)?;
            let mut rows = statement.query([]).map_err(unavailable)?;
            while let Some(row) = rows.next().map_err(unavailable)? {
                let record = if table == "meetings" {
                    Record::Meeting(Sqlite::row_to_meeting(row).map_err(unavailable)?)
                } else {
                    Record::Ended(Sqlite::row_to_ended(row).map_err(unavailable)?)
                };
                visit(record)
                    .map_err(|e| StoreError::Unavailable(format!("export stopped: {e}")))?;
            }
        }
        tx.commit().map_err(unavailable)
    }

    pub(super) fn insert_ended_row(&mut self, e: &EndedRow) -> StoreResult<bool> {
        self.conn
            .execute(
                &format!(
                    "INSERT INTO ended_meetings ({ENDED_COLUMNS}) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (invite_id) DO NOTHING"
                ),
                super::ended_values(e).as_slice(),
            )
            .map(|n| n == 1)
            .map_err(unavailable)
    }
}
