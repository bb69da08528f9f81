//! `index`: the booking form, and "start a room now".

use chrono::{Duration, Timelike};
use http::{Method, StatusCode};
use serde_json::json;

use super::{default_choices, json_ok, require_method, store_new};
use crate::app::Context;
use crate::domain::booking_input::MAX_NAME_CHARS;
use crate::domain::{
    AdminKey, Exceptions, InviteId, MAX_OCCURRENCES, Meeting, Repeat, RoomId, RoomMinter, Schedule,
    links,
};
use crate::pages::{self, IndexPage};
use crate::web::{self, Failure, HttpResponse, Request};

pub fn handle(req: &Request, ctx: &Context) -> Result<HttpResponse, Failure> {
    require_method(
        req,
        &[Method::GET, Method::HEAD, Method::POST],
        "GET, HEAD, POST",
    )?;
    if req.method == Method::POST {
        return match req.param("action") {
            Some("now") => start_room_now(req, ctx),
            _ => Err(Failure::bad("error_action_invalid")),
        };
    }
    if req.negotiation.wants_json {
        return json_ok(
            StatusCode::OK,
            json!({
                "booking_url": format!("{}/booking", ctx.base_url(req)),
                "repeat": Repeat::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
                "max_count": MAX_OCCURRENCES,
                "default_timezone": ctx.config.default_timezone.name(),
            }),
        );
    }
    booking_form(req, ctx)
}

/// A fresh secret room, straight into Jitsi; nothing is stored.
fn start_room_now(req: &Request, ctx: &Context) -> Result<HttpResponse, Failure> {
    let booked = ctx
        .config
        .reservations
        .as_ref()
        .is_some_and(|r| !r.allow_unbooked);
    // A room that is not booked must not carry Planado's tag: the backend
    // would take it for one of Planado's rooms whose meeting is gone.
    let room = if booked {
        ctx.rooms.mint()?
    } else {
        RoomMinter::untagged().mint()?
    };
    if booked {
        book_for_now(req, ctx, &room)?;
    }
    // Whoever starts a room now organises it: a moderator's token, for one
    // meeting's length.
    let grant = crate::token::Grant {
        room: &room,
        until: ctx.now + ctx.default_length(),
        moderator: true,
    };
    let room_url = crate::token::room_link(
        &ctx.config.jitsi_url,
        ctx.config.jwt.as_ref(),
        &grant,
        &ctx.visitor_language(req),
        ctx.now,
    )?;
    if req.negotiation.wants_json {
        return json_ok(
            StatusCode::OK,
            json!({ "status": "open", "room_url": room_url }),
        );
    }
    // Nameless: the form posts none, and the page has no fragment to keep.
    web::see_other(&format!(
        "{room_url}{}",
        links::jitsi_fragment("", &ctx.config.jitsi_overrides)
    ))
}

/// With the reservation backend on, the Jitsi server creates only booked
/// rooms: a room started now is booked, as a one-off from now with nobody's
/// links (its invite id and admin key are thrown away), counted against the
/// booking cap like any booking, deleted by cleanup after its window.
fn book_for_now(req: &Request, ctx: &Context, room: &RoomId) -> Result<(), Failure> {
    let schedule = Schedule {
        series_start: ctx.now,
        tz: ctx.config.default_timezone,
        repeat: Repeat::None,
        count: 1,
        exceptions: Exceptions::default(),
    };
    let meeting = Meeting::new(
        InviteId::new()?,
        room.clone(),
        AdminKey::new()?.hash(),
        schedule,
        default_choices(ctx),
        ctx.expire(),
        ctx.now,
    );
    store_new(req, ctx, &meeting).map(drop)
}

fn booking_form(req: &Request, ctx: &Context) -> Result<HttpResponse, Failure> {
    let t = ctx.catalog(req);
    let tz = ctx.config.default_timezone;
    // Suggest the next full hour in the default zone; the browser's script
    // replaces it with the visitor's own.
    let next = (ctx.now.with_timezone(&tz) + Duration::hours(1))
        .with_minute(0)
        .unwrap_or_else(|| ctx.now.with_timezone(&tz));
    let page = IndexPage {
        title: t.get("index_title").to_string(),
        app_base: String::new(),
        static_base: ctx.static_base(),
        today: ctx.now.with_timezone(&tz).format("%Y-%m-%d").to_string(),
        next_hour: next.format("%H:%M").to_string(),
        default_tz: tz.name().to_string(),
        tz_note: t.fill("tz_assumed", &[("tz", tz.name().to_string())]),
        repeats: super::repeat_options(&t)
            .map(|(r, label)| (r.as_str(), label))
            .collect(),
        choices: super::choice_fields(&t, default_choices(ctx)),
        door_form: super::door_form(ctx, &crate::domain::Door::default()),
        max_count: MAX_OCCURRENCES,
        max_name: MAX_NAME_CHARS,
        count_hint: t.fill("field_count_hint", &[("max", MAX_OCCURRENCES.to_string())]),
        t: &t,
    };
    Ok(web::html(StatusCode::OK, pages::render(&page)?))
}
