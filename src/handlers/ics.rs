//! `ics?id=&name=`: the meeting as an RFC 5545 calendar file. The name comes
//! from the link; start, zone and series from the store, so a calendar link
//! sent before a change still gives the current schedule.
//!
//! Parameters: `id` (the invite id, required), `name` (optional, the
//! conference name as the link carries it).

use http::Method;

use super::{current_meeting, require_method, required_id};
use crate::app::Context;
use crate::domain::booking_input::parse_name;
use crate::domain::calendar;
use crate::domain::invitation::{calendar_summary, calendar_text};
use crate::web::{self, Failure, HttpResponse, Params, Request};

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
        &calendar::file_name(calendar_summary(&t, &name)),
    ))
}
