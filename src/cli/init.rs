//! `planado init`: creates or migrates the schema (safe to run again), and
//! restricts the modes of an existing SQLite file to `database_file_mode`.

use super::{app, no_arguments};
use crate::config::DatabaseUrl;
use crate::store;

pub fn run(args: &[String]) -> Result<(), String> {
    no_arguments("init", args)?;
    let app = app()?;
    let ctx = app.at(crate::clock::now());
    if let DatabaseUrl::Sqlite(path) = &ctx.config.database_url {
        let mode = ctx.config.database_file_mode;
        for (file, old) in
            store::restrict_file_modes(path, mode).map_err(|e| format!("{path}: {e}"))?
        {
            println!(
                "restricted {file} from {old:04o} to {:04o} (database_file_mode)",
                old & mode
            );
        }
    }
    let mut store = store::open_for_command(&ctx.config).map_err(|e| e.to_string())?;
    let applied = store.migrate(ctx.now).map_err(|e| e.to_string())?;
    if applied.is_empty() {
        println!("schema is up to date ({})", ctx.config.database_url);
    } else {
        println!("applied migrations {applied:?}");
    }
    Ok(())
}
