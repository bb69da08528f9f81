//! What is kept of an ended meeting for the calendars subscribed to it
//! (`ended_meetings`): written when the organiser cancels and when cleanup
//! deletes a finished series, read by the feed, forgotten by cleanup.

use chrono::{DateTime, Utc};
use mysql::prelude::Queryable;
use mysql::{TxOpts, params};

use super::MariaDb;
use crate::domain::{Ended, InviteId, Meeting};
use crate::store::{ENDED_COLUMNS, EndedRow, KEPT_COLUMNS, StoreError, StoreResult};

/// An `ended_meetings` row, its columns in the order of `ENDED_COLUMNS`.
pub(super) fn to_ended_row(row: mysql::Row) -> StoreResult<EndedRow> {
    type Columns = (
        String,
        i64,
        String,
        String,
        i64,
        Option<String>,
        i64,
        i64,
        i64,
        bool,
        i64,
    );
    let c: Columns =
        mysql::from_row_opt(row).map_err(|e| StoreError::Corrupt(format!("ended meeting: {e}")))?;
    Ok(EndedRow {
        invite_id: c.0,
        series_start: c.1,
        time_zone: c.2,
        repeat_rule: c.3,
        occurrences: c.4,
        exceptions: c.5,
        length_minutes: c.6,
        sequence: c.7,
        changed_at: c.8,
        cancelled: c.9,
        forget_at: c.10,
    })
}

/// Keeps the end of each meeting that `condition` (on `meetings`) names,
/// `:keep` seconds after its due time, before it is deleted.
pub(super) fn keep_ends_sql(condition: &str) -> String {
    format!(
        "INSERT INTO ended_meetings ({ENDED_COLUMNS}) SELECT {KEPT_COLUMNS}, FALSE, due_at + :keep \
         FROM meetings WHERE {condition} ON DUPLICATE KEY UPDATE series_start = VALUES(series_start), \
         time_zone = VALUES(time_zone), repeat_rule = VALUES(repeat_rule), occurrences = VALUES(occurrences), \
         exceptions = VALUES(exceptions), length_minutes = VALUES(length_minutes), sequence = VALUES(sequence), \
         changed_at = VALUES(changed_at), cancelled = VALUES(cancelled), forget_at = VALUES(forget_at)"
    )
}

impl MariaDb {
    pub(super) fn cancel_keeping_its_end(
        &mut self,
        m: &Meeting,
        now: DateTime<Utc>,
        forget_at: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let e = EndedRow::cancelled(m, now, forget_at);
        let p = params! {
            "id" => &e.invite_id, "series" => e.series_start, "tz" => &e.time_zone, "rule" => &e.repeat_rule,
            "count" => e.occurrences, "exceptions" => &e.exceptions, "length" => e.length_minutes,
            "seq" => e.sequence, "changed" => e.changed_at, "cancelled" => e.cancelled, "forget" => e.forget_at,
        };
        let insert = format!(
            "INSERT INTO ended_meetings ({ENDED_COLUMNS}) VALUES (:id, :series, :tz, :rule, :count, :exceptions, \
             :length, :seq, :changed, :cancelled, :forget) ON DUPLICATE KEY UPDATE sequence = VALUES(sequence), \
             changed_at = VALUES(changed_at), cancelled = VALUES(cancelled), forget_at = VALUES(forget_at)"
        );
        self.retry(|c| {
            let mut tx = c.start_transaction(TxOpts::default())?;
            tx.exec_drop(
                "DELETE FROM meetings WHERE invite_id = :id",
                params! { "id" => &m.invite_id },
            )?;
            let deleted = tx.affected_rows() == 1;
            if deleted {
                tx.exec_drop(&insert, p.clone())?;
            }
            tx.commit()?;
            Ok(deleted)
        })
    }

    pub(super) fn find_ended_meeting(
        &mut self,
        invite_id: &InviteId,
    ) -> StoreResult<Option<Ended>> {
        let sql = format!("SELECT {ENDED_COLUMNS} FROM ended_meetings WHERE invite_id = :id");
        let row: Option<mysql::Row> =
            self.retry(|c| c.exec_first(&sql, params! { "id" => invite_id }))?;
        row.map(|r| to_ended_row(r)?.into_ended()).transpose()
    }

    pub(super) fn forget_ended_meetings(
        &mut self,
        now: DateTime<Utc>,
        limit: u32,
    ) -> StoreResult<u64> {
        let p = params! { "now" => now.timestamp(), "limit" => limit };
        self.retry(|c| {
            c.exec_drop(
                "DELETE FROM ended_meetings WHERE forget_at <= :now ORDER BY forget_at LIMIT :limit",
                p.clone(),
            )
            .map(|_| c.affected_rows())
        })
    }
}
