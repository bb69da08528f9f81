//! Reading the PHP Planado's table for `planado import-legacy`: the source is
//! only read, and its table name (which cannot be a bound parameter) is
//! checked and quoted.

use mysql::prelude::Queryable;

use crate::domain::legacy::LegacyRow;

/// The rows of the source table. Tables from before recurrence have no `recev`
/// and `rectype`; they read as one-offs.
pub fn read_rows(source_url: &str, table: &str) -> Result<Vec<LegacyRow>, String> {
    let valid_name = !table.is_empty()
        && table.len() <= 64
        && table
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if !valid_name {
        return Err(format!(
            "--table {table:?}: a table name has letters, digits and _ only"
        ));
    }
    let opts = mysql::Opts::from_url(source_url).map_err(|e| format!("--from: {e}"))?;
    let mut conn = mysql::Conn::new(opts)
        .map_err(|e| format!("cannot reach the PHP Planado's database: {e}"))?;
    // A table name cannot be a bound parameter; it is checked above and quoted.
    let full = format!("SELECT iid, aid, rid, time, recev, rectype FROM `{table}`");
    let old = format!("SELECT iid, aid, rid, time, NULL, NULL FROM `{table}`");
    type Row = (
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<String>,
    );
    let rows: Vec<Row> = match conn.query(&full) {
        Err(mysql::Error::MySqlError(e)) if e.code == 1054 => {
            conn.query(&old).map_err(|e| e.to_string())?
        }
        other => other.map_err(|e| format!("reading {table}: {e}"))?,
    };
    Ok(rows
        .into_iter()
        .map(|(iid, aid, rid, time, recev, rectype)| LegacyRow {
            iid,
            aid,
            rid,
            time,
            recev,
            rectype,
        })
        .collect())
}
