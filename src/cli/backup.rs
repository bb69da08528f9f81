//! `planado export`, `planado import` and `planado move-store --to URL`
//! (src/store/transfer.rs): a backup of the configured store as JSON lines,
//! its restore into any store, and a copy from the configured store to
//! another, after which every invite, organiser and calendar link works there.

use std::io::{BufRead, BufReader, Write};

use super::no_arguments;
use crate::config::{Config, DatabaseUrl};
use crate::store::{self, transfer};

/// `planado export > planado.jsonl`: every meeting, from one snapshot, of
/// the store as it stands (a missing SQLite file is an error, not an empty
/// backup; nothing is migrated).
pub fn export(args: &[String]) -> Result<(), String> {
    no_arguments("export", args)?;
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let mut store = store::open_as_it_is(&config.database_url, store::Wal::Remove)
        .map_err(|e| format!("database: {e}"))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let rows = transfer::export(store.as_mut(), &mut out).map_err(|e| format!("export: {e}"))?;
    out.flush().map_err(|e| format!("export: {e}"))?;
    eprintln!("planado: exported {rows} rows");
    Ok(())
}

/// `planado import < planado.jsonl` (or `planado import FILE`): the header
/// is checked first; then into the configured store, made or migrated; a
/// meeting already there is left alone, one there with other values (or
/// ended there) is reported by its line (and the status is 1).
pub fn import(args: &[String]) -> Result<(), String> {
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let mut input: Box<dyn BufRead> = match args {
        [] => Box::new(std::io::stdin().lock()),
        [file] => Box::new(BufReader::new(
            std::fs::File::open(file).map_err(|e| format!("{file}: {e}"))?,
        )),
        _ => return Err("import takes one file, or reads standard input".into()),
    };
    transfer::read_header(&mut input).map_err(|e| format!("import: {e}"))?;
    let mut store = store::open_for_command(&config).map_err(|e| format!("database: {e}"))?;
    store
        .migrate(crate::clock::now())
        .map_err(|e| format!("database: {e}"))?;
    let report =
        transfer::import(store.as_mut(), &mut input).map_err(|e| format!("import: {e}"))?;
    finish(&report)
}

/// `planado move-store --to URL` (or `--to -`, the URL on standard input, so
/// that its password stays out of the process list and the shell's history):
/// the configured store copied into the one at URL (made or migrated
/// first), then what to change in the configuration.
pub fn move_store(args: &[String]) -> Result<(), String> {
    const USE: &str = "move-store takes --to URL (sqlite:FILE or mysql://USER:PASS@HOST/DB), or --to - to read the URL from standard input";
    let [flag, to] = args else {
        return Err(USE.into());
    };
    if flag != "--to" {
        return Err(USE.into());
    }
    let to = if to == "-" {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(|e| format!("--to -: {e}"))?;
        line.trim().to_string()
    } else {
        to.clone()
    };
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let target =
        DatabaseUrl::parse(&to).map_err(|e| e.to_string().replace("database_url", "--to"))?;
    if target.as_url() == config.database_url.as_url() {
        return Err("--to names the store Planado uses now: nothing to move".into());
    }
    let mut from = store::open_as_it_is(&config.database_url, store::Wal::Remove)
        .map_err(|e| format!("database: {e}"))?;
    let mut into = store::open_url(&target, config.database_file_mode, store::Wal::Remove)
        .map_err(|e| format!("{}: {e}", target.redacted()))?;
    into.migrate(crate::clock::now())
        .map_err(|e| format!("{}: {e}", target.redacted()))?;
    let report = transfer::copy(from.as_mut(), into.as_mut()).map_err(|e| format!("move: {e}"))?;
    println!(
        "to use it, set database_url to the URL given to --to (here without its password: {}), or PLANADO_DATABASE_URL, where Planado reads its configuration, and restart planado serve or the FastCGI processes; the old store is left as it was",
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
