//! `ics?id=&name=`: the meeting as an RFC 5545 calendar file. The name comes
//! from the link; start, zone and series from the store, so a calendar link
//! sent before a change still gives the current schedule.

use http::Method;

use super::{current_meeting, require_method, required_id};
use crate::app::Context;
use crate::booking_input::parse_name;
use crate::calendar::{self, Event};
use crate::error::Failure;
use crate::i18n::Catalog;
use crate::links;
use crate::meeting::Meeting;
use crate::web::{self, HttpResponse, Params, Request};

pub fn handle(req: &Request, ctx: &Context) -> Result<HttpResponse, Failure> {
    require_method(req, &[Method::GET, Method::HEAD], "GET, HEAD")?;
    let id = required_id(req)?;
    let name = match req.param("name").map(str::trim) {
        None | Some("") => String::new(),
        Some(_) => parse_name(&Params(req.query.0.clone()))?,
    };
    let mut store = ctx.store()?;
    let meeting = current_meeting(store.as_mut(), &id, ctx)?.ok_or(Failure::NotFound)?;
    let t = ctx.catalog(req);
    let text = ics_text(ctx, &ctx.base_url(req), &t, &meeting, &name);
    let summary = if name.is_empty() {
        t.get("calendar_summary_default").to_string()
    } else {
        name
    };
    Ok(web::calendar(
        text.into_bytes(),
        &calendar::file_name(&summary),
    ))
}

/// The calendar file of a meeting. Pages embed it too, so that the browser can
/// offer it with the name from the link, without another request.
pub fn ics_text(ctx: &Context, base: &str, t: &Catalog, meeting: &Meeting, name: &str) -> String {
    let invite_url = links::invite_url(base, &meeting.invite_id, name);
    let summary = if name.is_empty() {
        t.get("calendar_summary_default")
    } else {
        name
    };
    let host = web::origin(base).split("://").nth(1).unwrap_or("planado");
    let event = Event {
        uid: format!("{}@{host}", meeting.invite_id),
        sequence: meeting.sequence,
        stamp: ctx.now,
        summary,
        description: format!(
            "{}{}",
            t.fill("calendar_description", &[("invite", invite_url.clone())]),
            super::booking::opens_sentence(t, meeting, "\n")
        ),
        url: invite_url,
        length: ctx.length_of(meeting),
        reminder: (meeting.reminder_minutes > 0)
            .then(|| chrono::Duration::minutes(meeting.reminder_minutes.into())),
    };
    calendar::calendar(&meeting.schedule, &event)
}
