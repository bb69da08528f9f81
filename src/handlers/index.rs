//! `index`: the booking form, "start a room now", and the accessibility
//! statement.
//!
//! Parameters: `GET` `page=accessibility` for the statement; `POST`
//! `action=now` for a room now; `lang` on every page (the language menu's).

use http::{Method, StatusCode};
use serde_json::json;

use super::{default_choices, json_ok, require_method, store_new};
use crate::app::Context;
use crate::domain::{
    AdminKey, Exceptions, InviteId, MAX_OCCURRENCES, Meeting, Repeat, RoomId, RoomMinter, Schedule,
    links,
};
use crate::pages::{self, AccessibilityPage};
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
    match req.param("page") {
        None => super::booking_form(req, ctx, None),
        Some("accessibility") => accessibility_statement(req, ctx),
        Some(_) => Err(Failure::NotFound),
    }
}

/// What was tested, how, the known limits, and where to report a barrier
/// (`accessibility_contact`).
fn accessibility_statement(req: &Request, ctx: &Context) -> Result<HttpResponse, Failure> {
    let t = ctx.catalog(req);
    let contact = &ctx.config.accessibility_contact;
    // The sentence names the contact once: the link goes where it stands.
    const MARK: &str = "\u{1}";
    let sentence = t.fill(
        "accessibility_report_contact",
        &[("contact", MARK.to_string())],
    );
    let (before, after) = sentence.split_once(MARK).unwrap_or((&sentence, ""));
    let page = AccessibilityPage {
        title: t.get("accessibility_title").to_string(),
        chrome: ctx.chrome(req, &t),
        contact: (!contact.is_empty()).then(|| {
            let href = if contact.contains("://") {
                contact.clone()
            } else {
                format!("mailto:{contact}")
            };
            (href, contact.clone())
        }),
        report_before: before.to_string(),
        report_after: after.to_string(),
        t: &t,
    };
    Ok(web::html(StatusCode::OK, pages::render(&page)?))
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
