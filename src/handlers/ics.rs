//! `ics?id=&name=`: the meeting as an RFC 5545 calendar file. The name comes
//! from the link; start, zone and series from the store, so a calendar link
//! sent before a change still gives the current schedule.
//!
//! `ics?id=&feed=1`: the same meeting as a calendar subscribes to it (the
//! feed): the series as it stands, with its exceptions, an `ETag` and
//! `Last-Modified` (`304` for a copy that is current), cached for the refresh
//! interval; a cancelled meeting as cancelled and a finished one as held, for
//! `feed_grace_days`, then `404`.
//!
//! Parameters: `id` (the invite id, required), `name` (optional, the
//! conference name as the link carries it), `feed` (`1`: the feed).

use http::Method;

use super::{current_meeting, require_method, required_id};
use crate::app::Context;
use crate::domain::booking_input::parse_name;
use crate::domain::calendar;
use crate::domain::invitation::{
    FEED_REFRESH, calendar_summary, calendar_text, ended_feed_text, feed_text,
};
use crate::domain::{InviteId, Meeting};
use crate::store::Store;
use crate::web::{self, Failure, HttpResponse, Params, Request};

pub fn handle(req: &Request, ctx: &Context) -> Result<HttpResponse, Failure> {
    require_method(req, &[Method::GET, Method::HEAD], "GET, HEAD")?;
    let id = required_id(req)?;
    let name = match req.param("name").map(str::trim) {
        None | Some("") => String::new(),
        Some(_) => parse_name(&Params(req.query.0.clone()))?,
    };
    let mut store = ctx.store()?;
    match req.param("feed") {
        None | Some("") | Some("0") => {}
        Some("1") => return feed(req, ctx, store.as_mut(), &id, &name),
        Some(_) => return Err(Failure::bad("error_feed_invalid")),
    }
    let meeting = current_meeting(store.as_mut(), &id, ctx)?.ok_or(Failure::NotFound)?;
    let t = ctx.catalog(req);
    let base = ctx.base_url(req);
    let text = calendar_text(
        &t,
        &base,
        &meeting,
        &name,
        &ctx.guest_overrides(&meeting),
        ctx.length_of(&meeting),
        ctx.now,
    );
    Ok(web::calendar(
        text.into_bytes(),
        &calendar::file_name(&calendar_summary(&t, &name)),
    ))
}

/// The feed: the meeting as stored (a finished one not yet cleaned up is
/// shown as held), else what is kept of it while its grace period lasts.
fn feed(
    req: &Request,
    ctx: &Context,
    store: &mut dyn Store,
    id: &InviteId,
    name: &str,
) -> Result<HttpResponse, Failure> {
    let t = ctx.catalog(req);
    let base = ctx.base_url(req);
    let (text, changed_at) = match store.find(id)? {
        Some(meeting) => (
            live_feed(ctx, &t, &base, &meeting, name),
            meeting.changed_at,
        ),
        None => {
            let ended = store
                .find_ended(id)?
                .filter(|e| e.forget_at > ctx.now)
                .ok_or(Failure::NotFound)?;
            let length = match ended.length_minutes {
                0 => ctx.default_length(),
                m => chrono::Duration::minutes(m.into()),
            };
            let text = ended_feed_text(&t, &base, &ended, name, length);
            (text, ended.changed_at)
        }
    };
    Ok(web::calendar_feed(
        &req.conditional,
        text.into_bytes(),
        changed_at,
        FEED_REFRESH,
    ))
}

fn live_feed(
    ctx: &Context,
    t: &crate::i18n::Catalog,
    base: &str,
    meeting: &Meeting,
    name: &str,
) -> String {
    feed_text(
        t,
        base,
        meeting,
        name,
        &ctx.guest_overrides(meeting),
        ctx.length_of(meeting),
    )
}
