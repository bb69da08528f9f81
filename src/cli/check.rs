//! `planado check`: says what the configuration is (without its secrets),
//! whether the database answers, and what is wrong.

use super::{app, no_arguments};
use crate::config::{Config, DatabaseUrl};
use crate::store;

pub fn run(args: &[String]) -> Result<(), String> {
    no_arguments("check", args)?;
    let app = app()?;
    let ctx = app.at(crate::clock::now());
    println!("configuration: ok");
    println!("  database_url      {}", ctx.config.database_url.redacted());
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
    println!("  languages         {}", ctx.languages.codes().join(", "));
    if ctx.config.on_public_jitsi {
        eprintln!(
            "warning: jitsi_url is the public meet.jit.si, which opens a room only after a moderator has joined and signed in there (with a Google, GitHub or Facebook account): the organiser must join first, guests wait for the host until then, and Planado's tokens, reservations and lobby choices do not apply there. Choose a Jitsi of your own or a provider's for meetings that must open without the organiser (README: Running your own Jitsi)."
        );
    }
    println!("  room tokens       {}", tokens(&ctx.config));
    println!("  reservations      {}", reservations(&ctx.config));
    if let DatabaseUrl::MariaDb(url) = &ctx.config.database_url
        && store::node_urls(url).len() > 1
    {
        println!("database nodes (each connection takes a ready one, in a random order):");
        for line in store::node_report(url) {
            println!("  {line}");
        }
    }
    let mut store = store::open_for_command(&ctx.config).map_err(|e| format!("database: {e}"))?;
    store
        .find(&probe_id())
        .map_err(|e| format!("database: {e}"))?;
    let connection = store.connection().map_err(|e| format!("database: {e}"))?;
    println!("database: reachable {connection}, schema present");
    Ok(())
}

/// An id no meeting has (ids are 26 characters), to see that the table answers.
fn probe_id() -> crate::domain::InviteId {
    crate::domain::InviteId::parse("check").expect("a valid id")
}

/// How room tokens are made, without the key; an RSA key file that cannot be
/// read as a key is an error here rather than at the first meeting's opening.
fn tokens(config: &Config) -> String {
    use crate::config::JwtKey;
    let Some(jwt) = &config.jwt else {
        return "off".to_string();
    };
    let how = match &jwt.key {
        JwtKey::Secret(_) => "HS256 with jwt_secret".to_string(),
        JwtKey::RsaFile { path, key_id } => {
            let grant = crate::token::Grant {
                room: &crate::domain::RoomId::parse("check").expect("a valid id"),
                until: chrono::Utc::now(),
                moderator: false,
            };
            match crate::token::mint(jwt, &grant, chrono::Utc::now()) {
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
fn reservations(config: &Config) -> String {
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
