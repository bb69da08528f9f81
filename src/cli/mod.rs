//! The operator's command, `planado`: one dispatch table, each command's
//! body in its own module. `src/bin/planado.rs` only calls [`main`].

mod backup;
mod check;
pub mod cleanup;
mod health;
mod import_legacy;
mod init;
mod serve;

use std::process::ExitCode;

use crate::app::App;

pub use import_legacy::{ImportReport, import};

pub const USAGE: &str = "\
usage: planado COMMAND

commands:
  init              create or migrate the database schema (safe to run again)
  serve [--listen ADDR]
                    run Planado locally (default http://127.0.0.1:8080/, SQLite
                    file planado.sqlite in the current folder)
  cleanup           delete meetings that are over, move series on (for cron)
  import-legacy --from mysql://USER:PASS@HOST/DB --table TABLE
                    copy the PHP Planado's meetings; old links keep working
                    (safe to run again; the source is only read)
  check             check the configuration and the database, and say what is wrong
  health [--url URL]
                    ask a running planado serve whether it is ready (GET /readyz;
                    default: the listen address on loopback); exit status 0 or 1
  export            write every meeting as JSON lines to standard output (a backup,
                    from one consistent snapshot)
  import [FILE]     read an export into the configured store (safe to run again:
                    a meeting already there is left alone, one that differs reported)
  move-store --to URL
                    copy the configured store into another (sqlite:FILE or
                    mysql://...; --to - reads the URL from standard input);
                    every link keeps working there
  keys              list the configuration keys: variable, default, range, purpose
  convert-catalog FILE.toml
                    print an old language file (TOML) as the Fluent file (.ftl)
                    that i18n_dir takes now
  help              show this text

configuration: the TOML file named by PLANADO_CONFIG, and PLANADO_<KEY> variables
(see planado.example.toml)";

/// A command: its arguments after its name in, a message for the operator out
/// when it fails.
type Command = fn(&[String]) -> Result<(), String>;

/// Every command, by name.
const COMMANDS: &[(&str, Command)] = &[
    ("init", init::run),
    ("serve", serve::run),
    ("check", check::run),
    ("health", health::run),
    ("export", backup::export),
    ("import", backup::import),
    ("move-store", backup::move_store),
    ("import-legacy", import_legacy::run),
    ("keys", keys),
    ("convert-catalog", convert_catalog),
];

/// `planado keys`: the configuration table, as documentation.
fn keys(args: &[String]) -> Result<(), String> {
    no_arguments("keys", args)?;
    print!("{}", crate::config::keys::documentation());
    Ok(())
}

/// `planado convert-catalog FILE`: an operator's old language file, converted.
fn convert_catalog(args: &[String]) -> Result<(), String> {
    let [file] = args else {
        return Err(
            "convert-catalog takes one file: planado convert-catalog fr.toml > fr.ftl".into(),
        );
    };
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    print!("{}", crate::i18n::toml_to_ftl(file, &text)?);
    Ok(())
}

/// Runs the command the arguments name.
pub fn main(args: &[String]) -> ExitCode {
    let result = match args.first().map(String::as_str) {
        Some("cleanup") => return cleanup::command(),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(name) => match COMMANDS.iter().find(|(n, _)| *n == name) {
            Some((_, command)) => command(&args[1..]),
            None => Err(format!("unknown command {name:?}\n\n{USAGE}")),
        },
        None => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("planado: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The app from the configuration, or what is wrong with it.
fn app() -> Result<App, String> {
    App::from_env().map_err(|e| e.to_string())
}

/// A command that takes no arguments refuses any.
fn no_arguments(name: &str, args: &[String]) -> Result<(), String> {
    if args.is_empty() {
        Ok(())
    } else {
        Err(format!("{name} takes no arguments\n\n{USAGE}"))
    }
}
