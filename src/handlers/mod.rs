//! One module per binary. Each `handle` is a [`Handler`], called by the CGI
//! binary, by the same binary as FastCGI, and by `planado serve` alike. What
//! several pages share lives here; a handler never calls another handler.

pub mod admin;
pub mod booking;
pub mod cleanup;
pub mod ics;
pub mod index;
pub mod invite;
pub mod reservations;

use chrono::{Duration, Timelike};
use http::StatusCode;

use crate::app::Context;
use crate::domain::booking_input::Fields;
use crate::domain::door::{MAX_PARTICIPANTS, MAX_PASSWORD_CHARS, parse_door};
use crate::domain::invitation::length_text;
use crate::domain::meeting::REMINDER_MINUTES;
use crate::domain::{Choices, Door, InviteId, Meeting, Repeat, links};
use crate::i18n::Catalog;
use crate::pages::{self, ChoiceField, DoorForm, FormError, IndexPage};
use crate::store::Store;
use crate::store::pool::StoreHandle;
use crate::web::{self, Failure, HttpResponse, Params, Request};

/// A handler: the request and its context in, an answer or a failure out.
/// The edge (src/edge/) turns a failure into an error page or JSON error.
pub type Handler = fn(&Request, &Context) -> Result<HttpResponse, Failure>;

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

/// The `id=` of a request: missing is a 400; one that cannot be an id is
/// answered as an unknown one (404).
pub fn required_id(req: &Request) -> Result<InviteId, Failure> {
    let id = req.param("id").map(str::trim).unwrap_or("");
    if id.is_empty() {
        return Err(Failure::bad("error_id_missing"));
    }
    InviteId::parse(id).ok_or(Failure::NotFound)
}

/// The repetitions in the visitor's language, for the forms.
pub fn repeat_options(t: &Catalog) -> impl Iterator<Item = (Repeat, String)> + '_ {
    Repeat::ALL
        .into_iter()
        .map(|r| (r, t.get(&format!("repeat_{}", r.as_str())).to_string()))
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
/// (`store::current`).
pub fn current_meeting(
    store: &mut dyn Store,
    invite_id: &InviteId,
    ctx: &Context,
) -> Result<Option<Meeting>, Failure> {
    Ok(crate::store::current::current(
        store,
        invite_id,
        ctx.now,
        ctx.expire(),
        &ctx.rooms,
    )?)
}

/// The organiser enters the room: before the opening, with Jitsi asking the
/// reservation backend, the room is marked as opened, so that Jitsi may create
/// it now (and no refusal it would keep can stand in the guests' way). The
/// mark is the occurrence's start, nothing about a person.
pub fn organiser_enters(
    store: &mut dyn Store,
    ctx: &Context,
    meeting: &Meeting,
) -> Result<(), Failure> {
    if ctx.config.reservations.is_some() && !meeting.room_may_exist(ctx.now) {
        store.open_early(&meeting.invite_id, meeting.start)?;
    }
    Ok(())
}

/// The door of a booking or a change (`current`: what the meeting has). Only
/// a Jitsi that asks Planado's reservation backend keeps a door, so without
/// it a newly closed one is refused (the organiser would trust a lock nobody
/// holds); a door chosen while there was one stays as it is, or opens, and
/// the rest of the meeting can still be changed.
pub fn door_of(params: &impl Fields, ctx: &Context, current: &Door) -> Result<Door, Failure> {
    let door = parse_door(params, current)?;
    if ctx.config.reservations.is_none() && !door.no_more_closed_than(current) {
        return Err(Failure::bad("error_door_needs_jitsi"));
    }
    Ok(door)
}

/// Adds the door's fields to one of the organiser's JSON answers (the
/// booking's, the organiser's page's; the password too).
pub fn add_door_json(answer: &mut serde_json::Value, door: &Door) {
    answer["lobby"] = door.lobby.into();
    answer["password"] = door.password.clone().into();
    answer["max_participants"] = door.max_participants.into();
    answer["password_in_invitation"] = door.password_in_invitation.into();
}

/// The door in words, for the organiser's eyes only (the password too);
/// empty when anyone with the link walks in.
pub fn door_summary(t: &Catalog, door: &Door) -> Vec<String> {
    let mut lines = Vec::new();
    if door.lobby {
        lines.push(t.get("door_lobby_on").to_string());
    }
    if let Some(password) = &door.password {
        let key = if door.password_in_invitation {
            "door_password_shared"
        } else {
            "door_password_private"
        };
        lines.push(t.fill(key, &[("password", password.clone())]));
    }
    if let Some(max) = door.max_participants {
        lines.push(t.fill("door_max_on", &[("max", max.to_string())]));
    }
    lines
}

/// The door's fields on a form, filled with `current`; `None` without a
/// Jitsi that keeps a door (the page says so instead), unless the meeting
/// has one from before (so that the organiser can open it).
pub fn door_form(ctx: &Context, current: &Door) -> Option<DoorForm> {
    let kept = ctx.config.reservations.is_some();
    (kept || !current.is_open()).then(|| DoorForm {
        needs_jitsi: !kept,
        lobby: current.lobby,
        password: current.password.clone().unwrap_or_default(),
        max_participants: current
            .max_participants
            .map(|n| n.to_string())
            .unwrap_or_default(),
        password_in_invitation: current.password_in_invitation,
        max_min: *MAX_PARTICIPANTS.start(),
        max_max: *MAX_PARTICIPANTS.end(),
        password_max: MAX_PASSWORD_CHARS,
    })
}

/// What a new meeting gets when the form or the API leaves a choice out.
pub fn default_choices(ctx: &Context) -> Choices {
    Choices {
        open_early_minutes: ctx.config.open_early_minutes,
        length_minutes: ctx.config.meeting_minutes,
        reminder_minutes: 0,
    }
}

/// Stores a new meeting within the client's booking cap (a booking, or a
/// room started now); returns the connection for what else the request does.
pub fn store_new(req: &Request, ctx: &Context, meeting: &Meeting) -> Result<StoreHandle, Failure> {
    let mut store = ctx.store()?;
    crate::booking_limit::admit(
        store.as_mut(),
        req.client,
        ctx.now,
        ctx.config.max_bookings_per_hour,
    )?;
    store.insert(meeting)?;
    crate::metrics::booked();
    Ok(store)
}

/// With `cleanup = "request"`: one cleanup batch, at most once per
/// `cleanup_interval_minutes` across all processes (a compare-and-set on one
/// state row, on a connection the request already has). Failures only go to
/// the log: the visitor's answer does not depend on it.
pub fn maybe_cleanup(store: &mut dyn Store, ctx: &Context) {
    if ctx.config.cleanup != crate::config::CleanupMode::Request {
        return;
    }
    let interval = i64::from(ctx.config.cleanup_interval_minutes) * 60;
    let outcome = store
        .claim_cleanup(ctx.now, interval)
        .map_err(|e| e.to_string())
        .and_then(|claimed| match claimed {
            true => crate::cleanup::request_step(store, ctx.now, ctx.lifetimes(), &ctx.rooms)
                .map(drop)
                .map_err(|e| e.to_string()),
            false => Ok(()),
        });
    if let Err(e) = outcome {
        eprintln!("planado: request-triggered cleanup: {e}");
    }
}

/// "Subscribe in your calendar": the meeting's feed, without the name and,
/// when the page knows it, with it.
pub fn subscribe_links(ctx: &Context, base: &str, id: &InviteId, name: &str) -> pages::Subscribe {
    pages::Subscribe {
        plain: links::subscription(&links::feed_url(base, id, "")),
        named: (!name.is_empty()).then(|| links::subscription(&links::feed_url(base, id, name))),
        vendors: ctx.config.calendar_vendor_links,
    }
}

/// The feed's address in the organiser's JSON answers.
pub fn add_feed_json(summary: &mut serde_json::Value, base: &str, id: &InviteId) {
    summary["feed_url"] = serde_json::json!(links::feed_url(base, id, ""));
}

/// What the booking form shows again after a refused booking: what was sent
/// and why, the message tied to its field.
pub struct Refused<'a> {
    pub params: &'a Params,
    pub failure: &'a Failure,
}

/// The booking form: empty (400-free, `refused` `None`), or again with what
/// was sent and the reason it was refused (`400`).
pub fn booking_form(
    req: &Request,
    ctx: &Context,
    refused: Option<Refused>,
) -> Result<HttpResponse, Failure> {
    let t = ctx.catalog(req);
    let tz = ctx.config.default_timezone;
    // Suggest the next full hour in the default zone; the browser's script
    // replaces it with the visitor's own.
    let next = (ctx.now.with_timezone(&tz) + Duration::hours(1))
        .with_minute(0)
        .unwrap_or_else(|| ctx.now.with_timezone(&tz));
    let sent = |name: &str, default: String| {
        refused
            .as_ref()
            .and_then(|r| r.params.get(name))
            .map_or(default, str::to_string)
    };
    let repeat = sent("repeat", "none".into());
    let door_form = door_form(ctx, &Door::default());
    let mut choices = choice_fields(&t, default_choices(ctx));
    let error = refused.as_ref().map(|r| {
        keep_sent_choices(&mut choices, r.params);
        let shown = form_fields(&BOOKING_FIELDS, door_form.is_some());
        form_error(&t, r.failure, &shown)
    });
    let door_form = match &refused {
        Some(r) => door_form.map(|form| door_as_sent(form, r.params)),
        None => door_form,
    };
    let page = IndexPage {
        title: t.get("index_title").to_string(),
        chrome: ctx.chrome(req, &t),
        today: ctx.now.with_timezone(&tz).format("%Y-%m-%d").to_string(),
        name: sent("name", String::new()),
        date: sent("date", next.format("%Y-%m-%d").to_string()),
        time: sent("time", next.format("%H:%M").to_string()),
        count: sent("count", "1".into()),
        default_tz: sent("tz", tz.name().to_string()),
        tz_note: t.fill("tz_assumed", &[("tz", tz.name().to_string())]),
        repeats: repeat_options(&t)
            .map(|(r, label)| (r.as_str(), label, r.as_str() == repeat))
            .collect(),
        choices,
        door_form,
        max_count: crate::domain::MAX_OCCURRENCES,
        max_name: crate::domain::booking_input::MAX_NAME_CHARS,
        count_hint: t.fill(
            "field_count_hint",
            &[("max", crate::domain::MAX_OCCURRENCES.to_string())],
        ),
        error,
        t: &t,
    };
    let status = if refused.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    Ok(web::html(status, pages::render(&page)?))
}

/// The booking form's fields besides the door's, by their ids.
const BOOKING_FIELDS: [&str; 8] = [
    "name",
    "date",
    "time",
    "repeat",
    "count",
    "open_early",
    "duration",
    "reminder",
];

/// The fields the organiser's change form shows besides the door's.
pub const CHANGE_FIELDS: [&str; 8] = [
    "date",
    "time",
    "tz",
    "repeat",
    "count",
    "open_early",
    "duration",
    "reminder",
];

/// A form's fields, with the door's when it shows them.
pub fn form_fields(fields: &[&'static str], with_door: bool) -> Vec<&'static str> {
    let door: &[&'static str] = if with_door {
        &["password", "max_participants"]
    } else {
        &[]
    };
    fields.iter().chain(door).copied().collect()
}

/// A refused form's reason, tied to the field it is about when the form
/// (`shown`: its fields' ids) shows that field.
pub fn form_error(t: &Catalog, failure: &Failure, shown: &[&'static str]) -> FormError {
    FormError {
        field: error_field(failure).filter(|field| shown.contains(field)),
        message: web::failure::failure_text(t, failure).1,
    }
}

/// The field a refusal is about, by its message (`None`: the form as a
/// whole).
fn error_field(failure: &Failure) -> Option<&'static str> {
    let Failure::BadInput { key, .. } = failure else {
        return None;
    };
    const FIELDS: &[(&str, &str)] = &[
        ("error_name_", "name"),
        ("error_date_", "date"),
        ("error_start_", "date"),
        ("error_time_", "time"),
        ("error_tz_", "tz"),
        ("error_repeat_", "repeat"),
        ("error_count_", "count"),
        ("error_open_early_", "open_early"),
        ("error_duration_", "duration"),
        ("error_reminder_", "reminder"),
        ("error_password_", "password"),
        ("error_max_participants_", "max_participants"),
    ];
    FIELDS
        .iter()
        .find(|(prefix, _)| key.starts_with(prefix))
        .map(|(_, field)| *field)
}

/// A refused form's choices as it sent them.
pub fn keep_sent_choices(fields: &mut [ChoiceField], params: &Params) {
    for field in fields {
        if let Some(sent) = params.get(field.name) {
            select_sent(&mut field.options, sent.trim());
        }
    }
}

/// Selects the option (value, label, selected) a refused form sent; a value
/// the form does not offer leaves the one shown.
pub fn select_sent<V: ToString>(options: &mut [(V, String, bool)], sent: &str) {
    if options.iter().any(|(value, ..)| value.to_string() == sent) {
        for (value, _, selected) in options {
            *selected = value.to_string() == sent;
        }
    }
}

/// A refused form's door as it sent it (a form sends `door` with its fields).
pub fn door_as_sent(mut form: DoorForm, params: &Params) -> DoorForm {
    if params.get("door").is_some() {
        let text = |name| params.get(name).unwrap_or("").to_string();
        form.lobby = params.get("lobby") == Some("true");
        form.password = text("password");
        form.max_participants = text("max_participants");
        form.password_in_invitation = params.get("password_in_invitation") == Some("true");
    }
    form
}
