//! `invite?id=`: the waiting page before the start, the room from the start on.

use http::{Method, StatusCode};
use serde_json::json;

use super::{current_meeting, json_ok, maybe_cleanup, require_method, required_id, rfc3339};
use crate::app::Context;
use crate::domain::invitation::{calendar_text, countdown, instant_text, length_text};
use crate::domain::links::JitsiOverrides;
use crate::domain::{AdminKey, AdminKeyHash, Meeting, Phase, RoomId, links};
use crate::pages::{self, ConsentPage, WaitingPage};
use crate::web::{self, Failure, HttpResponse, Request};

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
        && AdminKeyHash::opens(
            meeting.as_ref().map(|m| &m.admin_key_hash),
            AdminKey::parse(key).as_ref(),
        )
        && let Some(m) = meeting.as_ref().filter(|m| !m.legacy_admin_key)
    {
        super::organiser_enters(store.as_mut(), ctx, m)?;
        crate::metrics::room_entry(crate::metrics::Entrant::Organiser);
        return web::see_other(&ctx.room_link(req, m, true)?);
    }
    let meeting = meeting.ok_or(Failure::NotFound)?;
    if Phase::of(&meeting, ctx.now) == Phase::Waiting {
        waiting(req, ctx, &meeting)
    } else {
        open(
            req,
            ctx,
            &ctx.room_link(req, &meeting, false)?,
            Some(meeting.start),
            &ctx.guest_overrides(&meeting),
        )
    }
}

/// The PHP Planado's `out.php?room=`: into a room whose id the visitor has
/// (only ever handed out at the start), through the consent page if configured.
/// It carries no token: a room id alone must not earn one.
fn legacy_room(req: &Request, ctx: &Context, room: &str) -> Result<HttpResponse, Failure> {
    let room = RoomId::parse(room).ok_or(Failure::NotFound)?;
    open(
        req,
        ctx,
        &links::room_url(&ctx.config.jitsi_url, &room),
        None,
        &ctx.config.jitsi_overrides,
    )
}

fn waiting(req: &Request, ctx: &Context, meeting: &Meeting) -> Result<HttpResponse, Failure> {
    crate::metrics::waiting_page();
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
    let base = ctx.base_url(req);
    let guests = ctx.guest_overrides(meeting);
    let opens = meeting.opens();
    let opens_early = opens < meeting.start;
    let until = opens - ctx.now;
    // Never wait longer than 30 s, and land on the opening when it is nearer.
    let millis = until.num_milliseconds();
    let refresh_seconds = ((millis + 999) / 1000).clamp(1, MAX_REFRESH_SECONDS);
    let invite_path = links::relative("invite", &meeting.invite_id);
    let chosen = t.explicit().then(|| t.lang());
    let page = WaitingPage {
        title: t.get("waiting_title").to_string(),
        chrome: ctx.chrome(req, &t),
        starts_text: if opens_early {
            t.fill(
                "waiting_opens",
                &[
                    ("opens", instant_text(&t, meeting, opens)),
                    ("time", t.time(&meeting.start.with_timezone(&tz))),
                ],
            )
        } else {
            t.fill(
                "waiting_starts",
                &[("start", instant_text(&t, meeting, meeting.start))],
            )
        },
        tz: tz.name().to_string(),
        start_ms: meeting.start.timestamp_millis(),
        opens_ms: opens.timestamp_millis(),
        length_text: t.fill(
            "waiting_length",
            &[("length", length_text(&t, ctx.length_of(meeting)))],
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
        refresh_url: pages::with_language(&invite_path, chosen),
        reloads: req.param("reload") != Some("0"),
        stop_reload_url: pages::with_language(&format!("{invite_path}&reload=0"), chosen),
        announce: [10, 5, 1]
            .map(|minutes| t.fill("countdown_announce", &[("minutes", minutes.to_string())])),
        countdown_text: countdown(until),
        ics_data: calendar_text(
            &t,
            &base,
            meeting,
            "",
            &guests,
            ctx.length_of(meeting),
            ctx.now,
        ),
        ics_url: links::relative("ics", &meeting.invite_id),
        invite_plain: links::invite_url(&base, &meeting.invite_id, "", &guests),
        host_note: ctx.public_jitsi_note(&t, "public_jitsi_guest"),
        subscribe: super::subscribe_links(ctx, &base, &meeting.invite_id, ""),
        t: &t,
    };
    Ok(web::html(StatusCode::OK, pages::render(&page)?))
}

fn open(
    req: &Request,
    ctx: &Context,
    room_url: &str,
    start: Option<chrono::DateTime<chrono::Utc>>,
    overrides: &JitsiOverrides,
) -> Result<HttpResponse, Failure> {
    crate::metrics::room_entry(crate::metrics::Entrant::Guest);
    if req.negotiation.wants_json {
        return json_ok(
            StatusCode::OK,
            json!({ "status": "open", "room_url": room_url, "start": start.map(rfc3339) }),
        );
    }
    let notice = &ctx.config.privacy_notice_url;
    if notice.is_empty() {
        // No fragment here: the browser keeps the invite link's own
        // (`#config.subject=…&config.doNotStoreRoom=true…`) across the
        // redirect (RFC 9110, 10.2.2).
        return web::see_other(room_url);
    }
    let t = ctx.catalog(req);
    let page = ConsentPage {
        title: t.get("consent_title").to_string(),
        chrome: ctx.chrome(req, &t),
        consent_text: t.fill("consent_text", &[("jitsi", ctx.config.jitsi_url.clone())]),
        notice_url: notice.clone(),
        // What Planado knows of the fragment, its own keys but not the name;
        // the page's script puts the link's own fragment in.
        room_url: format!("{room_url}{}", links::jitsi_fragment("", overrides)),
        t: &t,
    };
    Ok(web::html(StatusCode::OK, pages::render(&page)?))
}
