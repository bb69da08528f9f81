//! `planado export` and `import` on MariaDB.

use mysql::params;
use mysql::prelude::Queryable;

use super::ended::to_ended_row;
use super::{MariaDb, store_error, to_row};
use crate::store::transfer::{Record, Visit};
use crate::store::{ENDED_COLUMNS, EndedRow, MEETING_COLUMNS, StoreError, StoreResult};

impl MariaDb {
    /// Both tables from one InnoDB snapshot (`WITH CONSISTENT SNAPSHOT`), row
    /// by row as the server sends them: a large store is never held whole.
    pub(super) fn export_rows(&mut self, visit: &mut Visit<'_>) -> StoreResult<()> {
        // Repeatable read, whatever the server's default: one view for both
        // tables (under read committed each statement would see its own).
        self.conn
            .query_drop("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            .map_err(store_error)?;
        self.conn
            .query_drop("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY")
            .map_err(store_error)?;
        let exported = self.export_in_snapshot(visit);
        let ended = self.conn.query_drop("COMMIT").map_err(store_error);
        exported.and(ended)
    }

    fn export_in_snapshot(&mut self, visit: &mut Visit<'_>) -> StoreResult<()> {
        for (table, columns) in [
            ("meetings", MEETING_COLUMNS),
            ("ended_meetings", ENDED_COLUMNS),
        ] {
            let sql = format!("SELECT {columns} FROM {table} ORDER BY invite_id");
            let rows = self.conn.query_iter(sql).map_err(store_error)?;
            for row in rows {
                let row = row.map_err(store_error)?;
                let record = if table == "meetings" {
                    Record::Meeting(to_row(row)?)
                } else {
                    Record::Ended(to_ended_row(row)?)
                };
                visit(record)
                    .map_err(|e| StoreError::Unavailable(format!("export stopped: {e}")))?;
            }
        }
        Ok(())
    }

    pub(super) fn insert_ended_row(&mut self, e: &EndedRow) -> StoreResult<bool> {
        let p = params! {
            "id" => &e.invite_id, "series" => e.series_start, "tz" => &e.time_zone, "rule" => &e.repeat_rule,
            "count" => e.occurrences, "exceptions" => &e.exceptions, "length" => e.length_minutes,
            "seq" => e.sequence, "changed" => e.changed_at, "cancelled" => e.cancelled, "forget" => e.forget_at,
        };
        // Affects no row on a duplicate id, one on an insert.
        let sql = format!(
            "INSERT INTO ended_meetings ({ENDED_COLUMNS}) VALUES (:id, :series, :tz, :rule, :count, :exceptions, \
             :length, :seq, :changed, :cancelled, :forget) ON DUPLICATE KEY UPDATE invite_id = invite_id"
        );
        self.retry(|c| c.exec_drop(&sql, p.clone()).map(|_| c.affected_rows() == 1))
    }
}
