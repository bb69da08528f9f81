//! The operator's command: `planado init | serve | cleanup | import-legacy | check`.

use std::process::ExitCode;

use planado::app::App;
use planado::store;

const USAGE: &str = "\
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
  help              show this text

configuration: the TOML file named by PLANADO_CONFIG, and PLANADO_<KEY> variables
(see planado.example.toml)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("init") => init(),
        Some("serve") => serve(&args[1..]),
        Some("check") => check(),
        Some("import-legacy") => import_legacy(&args[1..]),
        Some("cleanup") => return planado::cleanup::command(),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command {other:?}\n\n{USAGE}")),
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

fn app() -> Result<App, String> {
    App::from_env().map_err(|e| e.to_string())
}

fn init() -> Result<(), String> {
    let app = app()?;
    let ctx = app.at(planado::clock::now());
    if let Some(path) = ctx.config.database_url.strip_prefix("sqlite:") {
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
        println!(
            "schema is up to date ({})",
            ctx.config.database_url.split('@').next_back().unwrap_or("")
        );
    } else {
        println!("applied migrations {applied:?}");
    }
    Ok(())
}

fn serve(args: &[String]) -> Result<(), String> {
    let mut app = app()?;
    match args {
        [] => {}
        [flag, addr] if flag == "--listen" => app.config.listen = addr.clone(),
        _ => return Err(format!("serve takes only --listen ADDR\n\n{USAGE}")),
    }
    // Create or migrate the schema before the first visitor comes.
    let mut store = store::open_for_command(&app.config).map_err(|e| e.to_string())?;
    store
        .migrate(planado::clock::now())
        .map_err(|e| e.to_string())?;
    drop(store);
    if !std::path::Path::new(&app.config.htdocs).is_dir() {
        eprintln!(
            "planado: warning: htdocs folder {:?} not found; pages will lack style and scripts",
            app.config.htdocs
        );
    }
    planado::edge::serve::serve(app)
}

fn import_legacy(args: &[String]) -> Result<(), String> {
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
    let ctx = app.at(planado::clock::now());
    let mut store = store::open_for_command(&ctx.config).map_err(|e| e.to_string())?;
    store.migrate(ctx.now).map_err(|e| e.to_string())?;
    let tz = ctx.config.default_timezone;
    let report = planado::legacy::import(&from, &table, store.as_mut(), tz, ctx.now, ctx.expire())?;
    print!("{report}");
    Ok(())
}

fn check() -> Result<(), String> {
    let app = app()?;
    let ctx = app.at(planado::clock::now());
    println!("configuration: ok");
    println!("  database_url      {}", redact(&ctx.config.database_url));
    println!("  jitsi_url         {}", shown_url(&ctx.config.jitsi_url));
    println!(
        "  public_url        {}",
        if ctx.config.public_url.is_empty() {
            "(from each request)".to_string()
        } else {
            shown_url(&ctx.config.public_url)
        }
    );
    println!("  default_timezone  {}", ctx.config.default_timezone.name());
    println!(
        "  languages         {}",
        ctx.languages.codes().collect::<Vec<_>>().join(", ")
    );
    println!("  room tokens       {}", tokens(&ctx.config));
    println!("  reservations      {}", reservations(&ctx.config));
    if store::node_urls(&ctx.config.database_url).len() > 1 {
        println!("database nodes (each connection takes a ready one, in a random order):");
        for line in store::node_report(&ctx.config.database_url) {
            println!("  {line}");
        }
    }
    let mut store = store::open_for_command(&ctx.config).map_err(|e| format!("database: {e}"))?;
    store.find("check").map_err(|e| format!("database: {e}"))?;
    println!("database: reachable, schema present");
    Ok(())
}

/// How room tokens are made, without the key; an RSA key file that cannot be
/// read as a key is an error here rather than at the first meeting's opening.
fn tokens(config: &planado::config::Config) -> String {
    use planado::config::JwtKey;
    let Some(jwt) = &config.jwt else {
        return "off".to_string();
    };
    let how = match &jwt.key {
        JwtKey::Secret(_) => "HS256 with jwt_secret".to_string(),
        JwtKey::RsaFile { path, key_id } => {
            let grant = planado::token::Grant {
                room: "check",
                end: chrono::Utc::now(),
                moderator: false,
            };
            match planado::token::mint(jwt, &grant, chrono::Utc::now()) {
                Ok(_) => format!("RS256 with {path} (kid {key_id})"),
                Err(e) => format!("RS256 with {path}: cannot sign ({e:?})"),
            }
        }
    };
    format!(
        "{how}; iss {}, aud {}, sub {}, slack {} min",
        jwt.app_id, jwt.audience, jwt.subject, jwt.slack_minutes
    )
}

/// Whether the reservation backend answers, without its token.
fn reservations(config: &planado::config::Config) -> String {
    match &config.reservations {
        None => "off".to_string(),
        Some(r) if r.allow_unbooked => {
            "on (Bearer token set); rooms Planado does not know may open too".to_string()
        }
        Some(_) => "on (Bearer token set); only booked rooms in their window".to_string(),
    }
}

/// A configured URL, with a note when its host was written in punycode (the
/// configuration may have named it in another script).
fn shown_url(url: &str) -> String {
    if url.contains("://xn--") || url.contains(".xn--") {
        format!("{url} (international host name, written in punycode)")
    } else {
        url.to_string()
    }
}

/// The database URL without its password, for printing: `user:***@` when
/// there is a password, and otherwise exactly what is there.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            let shown = match userinfo.split_once(':') {
                Some((user, "")) => format!("{user}:"),
                Some((user, _password)) => format!("{user}:***"),
                None => userinfo.to_string(),
            };
            format!("{}{shown}{}", &url[..scheme_end + 3], &url[at..])
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_are_hidden_and_nothing_is_invented() {
        assert_eq!(
            redact("mysql://u:secret@h:3306/db"),
            "mysql://u:***@h:3306/db"
        );
        assert_eq!(redact("mysql://root@h/db"), "mysql://root@h/db");
        assert_eq!(redact("mysql://u:@h/db"), "mysql://u:@h/db");
        assert_eq!(redact("sqlite:/tmp/a@b.sqlite"), "sqlite:/tmp/a@b.sqlite");
    }
}
