//! `planado import-legacy --from mysql://… --table TABLE`: copies the PHP
//! Planado's meetings so that invitations already sent keep working.
//! Idempotent; reads the source only.

use std::fmt;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use super::{USAGE, app};
use crate::domain::RoomMinter;
use crate::domain::legacy::convert;
use crate::store::{self, Store};

#[derive(Debug, Default)]
pub struct ImportReport {
    pub copied: u64,
    pub present: u64,
    pub refused: Vec<String>,
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "copied {} meetings, {} already present, {} refused",
            self.copied,
            self.present,
            self.refused.len()
        )?;
        for reason in &self.refused {
            writeln!(f, "  refused {reason}")?;
        }
        Ok(())
    }
}

/// Copies every row of `table` in the MariaDB database at `source_url`.
pub fn import(
    source_url: &str,
    table: &str,
    store: &mut dyn Store,
    tz: Tz,
    (now, expire): (DateTime<Utc>, Duration),
    rooms: &RoomMinter,
) -> Result<ImportReport, String> {
    let rows = crate::store::legacy::read_rows(source_url, table)?;
    let mut report = ImportReport::default();
    for row in &rows {
        match convert(row, tz, now, expire, rooms) {
            Err(reason) => report.refused.push(reason),
            Ok(meeting) => match store
                .insert_if_absent(&meeting)
                .map_err(|e| e.to_string())?
            {
                true => report.copied += 1,
                false => report.present += 1,
            },
        }
    }
    Ok(report)
}

pub fn run(args: &[String]) -> Result<(), String> {
    let (mut from, mut table) = (None, None);
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n\n{USAGE}"))?;
        match flag.as_str() {
            "--from" => from = Some(value.clone()),
            "--table" => table = Some(value.clone()),
            _ => {
                return Err(format!(
                    "import-legacy takes --from and --table, not {flag}\n\n{USAGE}"
                ));
            }
        }
    }
    let from = from.ok_or_else(|| format!("import-legacy needs --from mysql://…\n\n{USAGE}"))?;
    let table = table.unwrap_or_else(|| "conferences".to_string());
    let app = app()?;
    let ctx = app.at(crate::clock::now());
    let mut store = store::open_for_command(&ctx.config).map_err(|e| e.to_string())?;
    store.migrate(ctx.now).map_err(|e| e.to_string())?;
    let tz = ctx.config.default_timezone;
    let report = import(
        &from,
        &table,
        store.as_mut(),
        tz,
        (ctx.now, ctx.expire()),
        &ctx.rooms,
    )?;
    print!("{report}");
    Ok(())
}
