//! Backups and moves between stores: `planado export` writes every meeting
//! and every kept end as JSON lines (all their columns, the admin key's hash
//! in hex), from one consistent snapshot; `planado import` reads them into any
//! store, leaving a meeting that is already there alone and reporting one that
//! differs (or that has ended there: an old backup never brings a cancelled
//! meeting back); `planado move-store` does both at once. The first line
//! names the format and the schema, so that a file from a newer schema is
//! refused before anything is written. Reports name a conflict by its line
//! (or record), never by its invite id: they go to cron's mail and the
//! journal.

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use super::{EndedRow, MeetingRow, Store, StoreError, migrations};
use crate::domain::InviteId;

/// The format of the lines (a change that old readers cannot read gets a new one).
pub const FORMAT: u32 = 1;

/// The first line of an export.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub planado_export: u32,
    pub schema: u32,
}

/// Every later line: one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Record {
    Meeting(MeetingRow),
    Ended(EndedRow),
}

/// What a store hands each row of an export to.
pub type Visit<'a> = dyn FnMut(Record) -> Result<(), String> + 'a;

/// What went wrong in a transfer, for the operator.
#[derive(Debug)]
pub enum TransferError {
    Store(StoreError),
    /// The file cannot be read as an export (line number, what).
    File(String),
}

impl std::fmt::Display for TransferError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransferError::Store(e) => write!(f, "{e}"),
            TransferError::File(e) => write!(f, "{e}"),
        }
    }
}

impl From<StoreError> for TransferError {
    fn from(e: StoreError) -> TransferError {
        TransferError::Store(e)
    }
}

/// What an import did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub meetings: u64,
    pub ended: u64,
    /// Rows that were there already, exactly so.
    pub present: u64,
    /// Where the rows that are there with other values (or ended there)
    /// stand in the file ("line 3") or the copy ("record 2"): left as they are.
    pub conflicts: Vec<String>,
}

impl std::fmt::Display for ImportReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "imported {} meetings and {} ended ones; {} already present",
            self.meetings, self.ended, self.present
        )?;
        if !self.conflicts.is_empty() {
            write!(
                f,
                "; {} present with other values or ended there, left as they are: {}",
                self.conflicts.len(),
                self.conflicts.join(", ")
            )?;
        }
        Ok(())
    }
}

/// Writes the export of `store` to `out`; returns the rows written.
pub fn export(store: &mut dyn Store, out: &mut dyn Write) -> Result<u64, TransferError> {
    let header = Header {
        planado_export: FORMAT,
        schema: current_schema(store)?,
    };
    let written = |e: std::io::Error| e.to_string();
    let mut line =
        serde_json::to_string(&header).map_err(|e| TransferError::File(e.to_string()))?;
    writeln!(out, "{line}").map_err(|e| TransferError::File(format!("writing: {e}")))?;
    let mut rows = 0;
    store.export(&mut |record| {
        line = serde_json::to_string(&record).map_err(|e| e.to_string())?;
        writeln!(out, "{line}").map_err(written)?;
        rows += 1;
        Ok(())
    })?;
    out.flush()
        .map_err(|e| TransferError::File(format!("writing: {e}")))?;
    Ok(rows)
}

/// Reads and checks the first line of an export (before anything is
/// written anywhere).
pub fn read_header(input: &mut dyn BufRead) -> Result<Header, TransferError> {
    let mut first = String::new();
    let read = input
        .read_line(&mut first)
        .map_err(|e| TransferError::File(format!("line 1: {e}")))?;
    if read == 0 {
        return Err(TransferError::File("the file is empty".into()));
    }
    let header: Header = serde_json::from_str(&first).map_err(|_| {
        TransferError::File("line 1: not a Planado export (planado export writes one)".into())
    })?;
    check_header(&header)?;
    Ok(header)
}

/// Reads the rows of an export (after its header) into `store`. A line that
/// cannot be read ends the import there; the lines before it are in, and an
/// import of the mended file again takes the rest.
pub fn import(
    store: &mut dyn Store,
    input: &mut dyn BufRead,
) -> Result<ImportReport, TransferError> {
    let mut report = ImportReport::default();
    for (n, line) in input.lines().enumerate() {
        let at = format!("line {}", n + 2);
        let bad = |what: String| TransferError::File(format!("{at}: {what}"));
        let line = line.map_err(|e| bad(e.to_string()))?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Record = serde_json::from_str(&line).map_err(|e| bad(e.to_string()))?;
        add(store, record, &at, &mut report).map_err(|e| match e {
            TransferError::File(what) => bad(what),
            other => other,
        })?;
    }
    Ok(report)
}

/// Copies every row of `from` into `to` (as an export and an import would).
pub fn copy(from: &mut dyn Store, to: &mut dyn Store) -> Result<ImportReport, TransferError> {
    current_schema(from)?;
    let mut report = ImportReport::default();
    let mut failed = None;
    let mut n = 0;
    let exported = {
        let mut visit = |record| {
            n += 1;
            add(to, record, &format!("record {n}"), &mut report).map_err(|e| {
                let message = e.to_string();
                failed = Some(e);
                message
            })
        };
        from.export(&mut visit)
    };
    // The target's own error, rather than the export's word for it.
    exported.map_err(|e| failed.take().unwrap_or(TransferError::Store(e)))?;
    Ok(report)
}

/// The schema of a store to be read: this Planado's own (its columns are the
/// ones read).
fn current_schema(store: &mut dyn Store) -> Result<u32, TransferError> {
    match super::schema_mismatch(store)? {
        None => Ok(migrations::latest()),
        Some(why) => Err(TransferError::File(why)),
    }
}

fn check_header(header: &Header) -> Result<(), TransferError> {
    let ours = migrations::latest();
    if header.planado_export != FORMAT {
        return Err(TransferError::File(format!(
            "the export is in format {}, this Planado reads format {FORMAT}",
            header.planado_export
        )));
    }
    if header.schema > ours {
        return Err(TransferError::File(format!(
            "the export comes from schema {}, newer than this Planado's {ours}: import it with the Planado that wrote it, or a newer one",
            header.schema
        )));
    }
    Ok(())
}

/// One row into `store` (`at`: where it stands, for the report): inserted,
/// already there exactly so, or there with other values or on the other side
/// (a meeting that has ended there, an end of one that is live there): a
/// conflict, reported and left alone.
fn add(
    store: &mut dyn Store,
    record: Record,
    at: &str,
    report: &mut ImportReport,
) -> Result<(), TransferError> {
    let unreadable = |e: StoreError| {
        // The store's word names the invite id; the report names the line.
        let what = e.to_string();
        let what = what
            .rsplit(": ")
            .next()
            .unwrap_or("out of range")
            .to_string();
        TransferError::File(format!("a row this Planado cannot read ({what})"))
    };
    let id_of = |id: &str| {
        InviteId::parse(id)
            .ok_or_else(|| TransferError::File("an invite id that cannot be one".into()))
    };
    let same = match record {
        Record::Meeting(row) => {
            let meeting = row.clone().into_meeting().map_err(unreadable)?;
            if store.find_ended(&meeting.invite_id)?.is_some() {
                false
            } else if store.insert_if_absent(&meeting)? {
                report.meetings += 1;
                return Ok(());
            } else {
                let there = store.find(&meeting.invite_id)?;
                there.map(|m| MeetingRow::from_meeting(&m)).as_ref() == Some(&row)
            }
        }
        Record::Ended(row) => {
            let id = id_of(&row.invite_id)?;
            row.clone().into_ended().map_err(unreadable)?;
            if store.find(&id)?.is_some() {
                false
            } else if store.insert_ended_if_absent(&row)? {
                report.ended += 1;
                return Ok(());
            } else {
                let there = store.find_ended(&id)?;
                there.map(|e| EndedRow::from_ended(&e)).as_ref() == Some(&row)
            }
        }
    };
    if same {
        report.present += 1;
    } else {
        report.conflicts.push(at.to_string());
    }
    Ok(())
}

/// The admin key's hash as lowercase hex in the file.
pub mod hex {
    use data_encoding::HEXLOWER;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&HEXLOWER.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        HEXLOWER
            .decode(text.as_bytes())
            .map_err(serde::de::Error::custom)
    }
}
