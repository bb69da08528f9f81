//! `planado export`, `planado import` and `planado move-store --to URL`
//! (src/store/transfer.rs): a backup of the configured store as JSON lines,
//! its restore into any store, and a copy from the configured store to
//! another, after which every invite, organiser and calendar link works there.

use std::io::{BufReader, Write};

use super::no_arguments;
use crate::config::{Config, DatabaseUrl};
use crate::store::{self, transfer};

/// `planado export > planado.jsonl`: every meeting, from one snapshot.
pub fn export(args: &[String]) -> Result<(), String> {
    no_arguments("export", args)?;
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let mut store = store::open_for_command(&config).map_err(|e| format!("database: {e}"))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let rows = transfer::export(store.as_mut(), &mut out).map_err(|e| format!("export: {e}"))?;
    out.flush().map_err(|e| format!("export: {e}"))?;
    eprintln!("planado: exported {rows} rows");
    Ok(())
}

/// `planado import < planado.jsonl` (or `planado import FILE`): into the
/// configured store, made or migrated first; a meeting already there is left
/// alone, one there with other values is reported (and the status is 1).
pub fn import(args: &[String]) -> Result<(), String> {
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let mut store = store::open_for_command(&config).map_err(|e| format!("database: {e}"))?;
    store
        .migrate(crate::clock::now())
        .map_err(|e| format!("database: {e}"))?;
    let report = match args {
        [] => transfer::import(store.as_mut(), &mut std::io::stdin().lock()),
        [file] => {
            let opened = std::fs::File::open(file).map_err(|e| format!("{file}: {e}"))?;
            transfer::import(store.as_mut(), &mut BufReader::new(opened))
        }
        _ => return Err("import takes one file, or reads standard input".into()),
    }
    .map_err(|e| format!("import: {e}"))?;
    finish(&report)
}

/// `planado move-store --to URL`: the configured store copied into the one at
/// URL (made or migrated first), then what to change in the configuration.
pub fn move_store(args: &[String]) -> Result<(), String> {
    let [flag, to] = args else {
        return Err("move-store takes --to URL (sqlite:FILE or mysql://USER:PASS@HOST/DB)".into());
    };
    if flag != "--to" {
        return Err("move-store takes --to URL (sqlite:FILE or mysql://USER:PASS@HOST/DB)".into());
    }
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let target =
        DatabaseUrl::parse(to).map_err(|e| e.to_string().replace("database_url", "--to"))?;
    if target.as_url() == config.database_url.as_url() {
        return Err("--to names the store Planado uses now: nothing to move".into());
    }
    let mut from = store::open_for_command(&config).map_err(|e| format!("database: {e}"))?;
    let mut into = store::open_url(&target, config.database_file_mode, store::Wal::Remove)
        .map_err(|e| format!("{}: {e}", target.redacted()))?;
    into.migrate(crate::clock::now())
        .map_err(|e| format!("{}: {e}", target.redacted()))?;
    let report = transfer::copy(from.as_mut(), into.as_mut()).map_err(|e| format!("move: {e}"))?;
    println!(
        "to use it, set database_url = \"{}\" (or PLANADO_DATABASE_URL) where Planado reads its configuration, and restart planado serve or the FastCGI processes; the old store is left as it was",
        target.redacted()
    );
    finish(&report)
}

/// The report, and a failure when some meetings differed.
fn finish(report: &transfer::ImportReport) -> Result<(), String> {
    if report.conflicts.is_empty() {
        println!("{report}");
        Ok(())
    } else {
        Err(report.to_string())
    }
}
