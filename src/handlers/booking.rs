//! `booking`: POST creates a meeting and answers with its links. The name is
//! used for the answer and the links only; it is never stored. A refused
//! booking shows the form again (`400`), with the reason at its field.

use chrono::SecondsFormat;
use http::{Method, StatusCode};
use serde_json::json;

use super::{default_choices, door_of, json_ok, require_method, rfc3339, store_new};
use crate::app::Context;
use crate::domain::booking_input::{parse_choices, parse_name, parse_schedule};
use crate::domain::invitation::{calendar_text, invitation, repeat_text, start_text};
use crate::domain::{AdminKey, Door, InviteId, Meeting, calendar, links};
use crate::pages::{self, BookedPage};
use crate::web::{self, Failure, HttpResponse, Request};

/// The links of a new meeting.
struct Booked {
    invite_url: String,
    admin_url: String,
    ics_url: String,
}

pub fn handle(req: &Request, ctx: &Context) -> Result<HttpResponse, Failure> {
    require_method(req, &[Method::POST], "POST")?;
    let params = req.all_params();
    let parsed = (|| {
        let name = parse_name(&params)?;
        let schedule = parse_schedule(&params, ctx.config.default_timezone, ctx.now)?;
        let choices = parse_choices(&params, default_choices(ctx))?;
        let door = door_of(&params, ctx, &Door::default())?;
        Ok::<_, Failure>((name, schedule, choices, door))
    })();
    let (name, schedule, choices, door) = match parsed {
        Ok(parsed) => parsed,
        // A person sees the form again, with what they sent and why it was
        // refused beside its field; a program gets the JSON error.
        Err(failure @ Failure::BadInput { .. }) if !req.negotiation.wants_json => {
            let refused = super::Refused {
                params: &params,
                failure: &failure,
            };
            return super::booking_form(req, ctx, Some(refused));
        }
        Err(failure) => return Err(failure),
    };
    let admin_key = AdminKey::new()?;
    let mut meeting = Meeting::new(
        InviteId::new()?,
        ctx.rooms.mint()?,
        admin_key.hash(),
        schedule,
        choices,
        ctx.expire(),
        ctx.now,
    );
    meeting.door = door;
    // The answer is made before anything is stored: a booking is written only
    // when its links can be handed out.
    let answer = booked_answer(req, ctx, &meeting, &name, &admin_key)?;
    let mut store = store_new(req, ctx, &meeting)?;
    super::maybe_cleanup(store.as_mut(), ctx);
    Ok(answer)
}

/// The answer to a booking: its links as JSON, or the page with them.
fn booked_answer(
    req: &Request,
    ctx: &Context,
    meeting: &Meeting,
    name: &str,
    admin_key: &AdminKey,
) -> Result<HttpResponse, Failure> {
    let base = ctx.base_url(req);
    let guests = ctx.guest_overrides(meeting);
    let booked = Booked {
        invite_url: links::invite_url(&base, &meeting.invite_id, name, &guests),
        admin_url: links::admin_url(
            &base,
            &meeting.invite_id,
            admin_key,
            name,
            &ctx.config.jitsi_overrides,
        ),
        ics_url: links::ics_url(&base, &meeting.invite_id, name),
    };
    let s = &meeting.schedule;
    if req.negotiation.wants_json {
        let mut answer = json!({
                "invite_url": booked.invite_url,
                "admin_url": booked.admin_url,
                "ics_url": booked.ics_url,
                "start": rfc3339(s.series_start),
                "opens": rfc3339(meeting.opens()),
                "open_early": meeting.open_early_minutes,
                "duration": meeting.length_minutes,
                "reminder": meeting.reminder_minutes,
                "tz": s.tz.name(),
                "repeat": s.repeat.as_str(),
                "count": s.count,
        });
        super::add_door_json(&mut answer, &meeting.door);
        super::add_feed_json(&mut answer, &base, &meeting.invite_id);
        return json_ok(StatusCode::CREATED, answer);
    }
    let t = ctx.catalog(req);
    let subscribe = super::subscribe_links(ctx, &base, &meeting.invite_id, name);
    let ics_data = calendar_text(
        &t,
        &base,
        meeting,
        name,
        &guests,
        ctx.length_of(meeting),
        ctx.now,
    );
    booked_page(req, ctx, name, meeting, &booked, ics_data, subscribe)
}

fn booked_page(
    req: &Request,
    ctx: &Context,
    name: &str,
    meeting: &Meeting,
    booked: &Booked,
    ics_data: String,
    subscribe: pages::Subscribe,
) -> Result<HttpResponse, Failure> {
    let t = &ctx.catalog(req);
    let s = &meeting.schedule;
    let invitation = invitation(t, name, meeting, &booked.invite_url, &booked.ics_url);
    let page = BookedPage {
        title: t.get("booked_title").to_string(),
        chrome: ctx.chrome_without_menu(req, t),
        name: name.to_string(),
        start_iso: s.series_start.to_rfc3339_opts(SecondsFormat::Secs, true),
        start_text: start_text(t, s),
        tz: s.tz.name().to_string(),
        repeat_text: repeat_text(t, s),
        invite_url: booked.invite_url.clone(),
        ics_url: booked.ics_url.clone(),
        admin_url: booked.admin_url.clone(),
        mailto: links::mailto(&invitation.subject, &invitation.body),
        ics_file: calendar::file_name(name),
        host_note: ctx.public_jitsi_note(t, "public_jitsi_organiser"),
        door: super::door_summary(t, &meeting.door),
        subscribe,
        ics_data,
        invitation: invitation.body,
        t,
    };
    Ok(web::html(StatusCode::CREATED, pages::render(&page)?))
}
