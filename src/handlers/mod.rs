//! One module per binary. Each `handle` is a [`Handler`], called by the CGI
//! binary, by the same binary as FastCGI, and by `planado serve` alike.

pub mod admin;
pub mod booking;
pub mod cleanup;
pub mod ics;
pub mod index;
pub mod invite;
pub mod reservations;

use http::StatusCode;

use crate::app::Context;
use crate::i18n::Catalog;
use crate::meeting::{Choices, REMINDER_MINUTES};
use crate::pages::ChoiceField;

use crate::error::Failure;
use crate::web::{self, HttpResponse, Request};

/// A handler: the request and its context in, an answer or a failure out.
/// The edge (src/edge/) turns a failure into an error page or JSON error.
pub type Handler = fn(&Request, &Context) -> Result<HttpResponse, Failure>;

/// The prefix for static files in pages: relative ("") beside the binaries, or
/// the configured `static_url`.
pub fn static_base(ctx: &Context) -> String {
    if ctx.config.static_url.is_empty() {
        String::new()
    } else {
        format!("{}/", ctx.config.static_url)
    }
}

/// `Allow` values and the check that goes with them.
pub fn require_method(
    req: &Request,
    allowed: &[http::Method],
    allow: &'static str,
) -> Result<(), Failure> {
    if allowed.contains(&req.method) {
        Ok(())
    } else {
        Err(Failure::MethodNotAllowed(allow))
    }
}

/// The `id=` of a request, trimmed and lowercased (ids are lowercase; a link
/// typed by hand may not be); missing is a 400.
pub fn required_id(req: &Request) -> Result<String, Failure> {
    let id = req.param("id").map(str::trim).unwrap_or("");
    if id.is_empty() {
        return Err(Failure::bad("error_id_missing"));
    }
    Ok(id.to_ascii_lowercase())
}

/// The repetitions in the visitor's language, for the forms.
pub fn repeat_options(t: &Catalog) -> impl Iterator<Item = (crate::meeting::Repeat, String)> + '_ {
    crate::meeting::Repeat::ALL
        .into_iter()
        .map(|r| (r, t.get(&format!("repeat_{}", r.as_str())).to_string()))
}

/// "45 minutes", "1 h", "1 h 30 min" in the visitor's language.
pub fn length_text(t: &Catalog, length: chrono::Duration) -> String {
    let minutes = length.num_minutes();
    let (hours, rest) = (minutes / 60, minutes % 60);
    match (hours, rest) {
        (0, m) => t.fill("length_minutes", &[("minutes", m.to_string())]),
        (h, 0) => t.fill("length_hours", &[("hours", h.to_string())]),
        (h, m) => t.fill(
            "length_hours_minutes",
            &[("hours", h.to_string()), ("minutes", m.to_string())],
        ),
    }
}

/// The form's three choices besides the schedule (when the room opens, the
/// length, the reminder), each with `current` selected.
pub fn choice_fields(t: &Catalog, current: Choices) -> Vec<ChoiceField> {
    let field = |name, label: &str, options| ChoiceField {
        name,
        label: t.get(label).to_string(),
        options,
    };
    vec![
        field(
            "open_early",
            "field_open_early",
            minute_options(&[0, 5, 10, 15], current.open_early_minutes, |m| match m {
                0 => t.get("open_early_0").to_string(),
                _ => t.fill("open_early_n", &[("minutes", m.to_string())]),
            }),
        ),
        field(
            "duration",
            "field_duration",
            minute_options(
                &[15, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720],
                current.length_minutes,
                |m| length_text(t, chrono::Duration::minutes(m.into())),
            ),
        ),
        field(
            "reminder",
            "field_reminder",
            minute_options(&REMINDER_MINUTES, current.reminder_minutes, |m| {
                t.get(&format!("reminder_{m}")).to_string()
            }),
        ),
    ]
}

/// The offered minutes (and `current` when it is another value, set by the
/// API or the configuration), labelled, `current` selected.
fn minute_options(
    offered: &[u32],
    current: u32,
    label: impl Fn(u32) -> String,
) -> Vec<(u32, String, bool)> {
    let mut minutes = offered.to_vec();
    if !minutes.contains(&current) {
        minutes.push(current);
        minutes.sort_unstable();
    }
    minutes
        .into_iter()
        .map(|m| (m, label(m), m == current))
        .collect()
}

/// A JSON answer with a status.
pub fn json_ok(status: StatusCode, value: serde_json::Value) -> Result<HttpResponse, Failure> {
    Ok(web::json(status, &value))
}

/// RFC 3339 in UTC with a `Z`, as the contract's `start` fields are written.
pub fn rfc3339(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The meeting behind an invite id as it stands at the request's instant
/// (`standing::current`).
pub fn current_meeting(
    store: &mut dyn crate::store::Store,
    invite_id: &str,
    ctx: &Context,
) -> Result<Option<crate::meeting::Meeting>, Failure> {
    crate::standing::current(store, invite_id, ctx.now, ctx.expire())
}

/// With `cleanup = "request"`: one cleanup batch, at most once per
/// `cleanup_interval_minutes` across all processes (a compare-and-set on one
/// state row, on a connection the request already has). Failures only go to
/// the log: the visitor's answer does not depend on it.
pub fn maybe_cleanup(store: &mut dyn crate::store::Store, ctx: &Context) {
    if ctx.config.cleanup != crate::config::CleanupMode::Request {
        return;
    }
    let interval = i64::from(ctx.config.cleanup_interval_minutes) * 60;
    let outcome = store
        .claim_cleanup(ctx.now, interval)
        .map_err(|e| e.to_string())
        .and_then(|claimed| match claimed {
            true => crate::cleanup::request_step(store, ctx.now, ctx.expire())
                .map(drop)
                .map_err(|e| e.to_string()),
            false => Ok(()),
        });
    if let Err(e) = outcome {
        eprintln!("planado: request-triggered cleanup: {e}");
    }
}
