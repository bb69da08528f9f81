//! `invite?id=`: the waiting page before the start, the room from the start on.

use chrono::Duration;
use http::{Method, StatusCode};
use serde_json::json;

use super::{
    current_meeting, json_ok, maybe_cleanup, require_method, required_id, rfc3339, static_base,
};
use crate::app::Context;
use crate::error::Failure;
use crate::ids;
use crate::links;
use crate::meeting::Meeting;
use crate::pages::{self, ConsentPage, WaitingPage};
use crate::standing::Phase;
use crate::token::{self, Grant};
use crate::web::{self, HttpResponse, Request};

/// The waiting page reloads itself at least this often without JavaScript.
const MAX_REFRESH_SECONDS: i64 = 30;

pub fn handle(req: &Request, ctx: &Context) -> Result<HttpResponse, Failure> {
    require_method(req, &[Method::GET, Method::HEAD], "GET, HEAD")?;
    if req.param("id").is_none()
        && let Some(room) = req.param("room")
    {
        return legacy_room(req, ctx, room);
    }
    let id = required_id(req)?;
    let mut store = ctx.store()?;
    let meeting = current_meeting(store.as_mut(), &id, ctx)?;
    maybe_cleanup(store.as_mut(), ctx);
    // The PHP Planado's organiser link, inv.php?id=&admin=, entered at once; a
    // wrong key got the invitee's view, as here.
    // Not with a key from the PHP Planado: an invitee can compute those; the
    // organiser renews it on the admin page first.
    if let Some(key) = req.param("admin")
        && ids::admin_key_matches(key, meeting.as_ref().map(|m| m.admin_key_hash.as_slice()))
        && let Some(m) = meeting.as_ref().filter(|m| !m.legacy_admin_key)
    {
        return web::see_other(&room_link(ctx, m, true)?);
    }
    let meeting = meeting.ok_or(Failure::NotFound)?;
    if Phase::of(&meeting, ctx.now) == Phase::Waiting {
        waiting(req, ctx, &meeting)
    } else {
        open(
            req,
            ctx,
            &room_link(ctx, &meeting, false)?,
            Some(meeting.start),
        )
    }
}

/// The room of a meeting's current occurrence, with a token when Jitsi checks
/// them (made now, at the redirect: never before the opening, never stored).
pub fn room_link(ctx: &Context, meeting: &Meeting, moderator: bool) -> Result<String, Failure> {
    let grant = Grant {
        room: &meeting.room_id,
        end: meeting.start + ctx.length_of(meeting),
        moderator,
    };
    token::room_link(
        &ctx.config.jitsi_url,
        ctx.config.jwt.as_ref(),
        &grant,
        ctx.now,
    )
}

/// The PHP Planado's `out.php?room=`: into a room whose id the visitor has
/// (only ever handed out at the start), through the consent page if configured.
/// It carries no token: a room id alone must not earn one.
fn legacy_room(req: &Request, ctx: &Context, room: &str) -> Result<HttpResponse, Failure> {
    let room = room.trim().to_ascii_lowercase();
    if !ids::is_plausible_id(&room) {
        return Err(Failure::NotFound);
    }
    open(
        req,
        ctx,
        &links::room_url(&ctx.config.jitsi_url, &room),
        None,
    )
}

fn waiting(req: &Request, ctx: &Context, meeting: &Meeting) -> Result<HttpResponse, Failure> {
    if req.negotiation.wants_json {
        return json_ok(
            StatusCode::OK,
            json!({
                "status": "waiting",
                "start": rfc3339(meeting.start),
                "opens": rfc3339(meeting.opens()),
            }),
        );
    }
    let t = ctx.catalog(req);
    let tz = meeting.schedule.tz;
    let opens = meeting.opens();
    let opens_early = opens < meeting.start;
    let until = opens - ctx.now;
    // Never wait longer than 30 s, and land on the opening when it is nearer.
    let millis = until.num_milliseconds();
    let refresh_seconds = ((millis + 999) / 1000).clamp(1, MAX_REFRESH_SECONDS);
    let page = WaitingPage {
        title: t.get("waiting_title").to_string(),
        app_base: String::new(),
        static_base: static_base(ctx),
        starts_text: if opens_early {
            t.fill(
                "waiting_opens",
                &[
                    ("opens", t.datetime(&opens.with_timezone(&tz))),
                    (
                        "time",
                        meeting.start.with_timezone(&tz).format("%H:%M").to_string(),
                    ),
                ],
            )
        } else {
            t.fill(
                "waiting_starts",
                &[("start", t.datetime(&meeting.start.with_timezone(&tz)))],
            )
        },
        tz: tz.name().to_string(),
        start_ms: meeting.start.timestamp_millis(),
        opens_ms: opens.timestamp_millis(),
        length_text: t.fill(
            "waiting_length",
            &[("length", super::length_text(&t, ctx.length_of(meeting)))],
        ),
        countdown_label: t
            .get(if opens_early {
                "countdown_opens_label"
            } else {
                "countdown_label"
            })
            .to_string(),
        now_ms: ctx.now.timestamp_millis(),
        refresh_seconds,
        refresh_url: format!("invite?id={}", links::encode(&meeting.invite_id)),
        countdown_text: countdown(until),
        ics_data: super::ics::ics_text(ctx, &ctx.base_url(req), &t, meeting, ""),
        ics_url: format!("ics?id={}", links::encode(&meeting.invite_id)),
        invite_plain: links::invite_url(&ctx.base_url(req), &meeting.invite_id, ""),
        t: &t,
    };
    Ok(web::html(StatusCode::OK, pages::render(&page)?))
}

fn open(
    req: &Request,
    ctx: &Context,
    room_url: &str,
    start: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<HttpResponse, Failure> {
    let room_url = room_url.to_string();
    if req.negotiation.wants_json {
        return json_ok(
            StatusCode::OK,
            json!({ "status": "open", "room_url": room_url, "start": start.map(rfc3339) }),
        );
    }
    let notice = &ctx.config.privacy_notice_url;
    if notice.is_empty() {
        // No fragment here: the browser keeps the invite link's own
        // (`#config.subject=…`) across the redirect (RFC 9110, 10.2.2).
        return web::see_other(&room_url);
    }
    let t = ctx.catalog(req);
    let page = ConsentPage {
        title: t.get("consent_title").to_string(),
        app_base: String::new(),
        static_base: static_base(ctx),
        consent_text: t.fill("consent_text", &[("jitsi", ctx.config.jitsi_url.clone())]),
        notice_url: notice.clone(),
        room_url,
        t: &t,
    };
    Ok(web::html(StatusCode::OK, pages::render(&page)?))
}

/// "3 d 04:05:06" or "04:05:06".
pub fn countdown(d: Duration) -> String {
    let total = d.num_seconds().max(0);
    let (days, rest) = (total / 86_400, total % 86_400);
    let hms = format!(
        "{:02}:{:02}:{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    );
    if days > 0 {
        format!("{days} d {hms}")
    } else {
        hms
    }
}
