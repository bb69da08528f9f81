//! `booking`: POST creates a meeting and answers with its links. The name is
//! used for the answer and the links only; it is never stored.

use chrono::SecondsFormat;
use chrono_tz::Tz;
use http::{Method, StatusCode};
use serde_json::json;

use super::{json_ok, require_method, rfc3339, static_base};
use crate::app::Context;
use crate::booking_input::{parse_choices, parse_name, parse_schedule};
use crate::error::Failure;
use crate::i18n::Catalog;
use crate::ids;
use crate::links;
use crate::meeting::{Choices, Meeting, Repeat, Schedule};
use crate::pages::{self, BookedPage};
use crate::store::pool::StoreHandle;
use crate::web::{self, HttpResponse, Request};

/// The links of a new meeting.
struct Booked {
    invite_url: String,
    admin_url: String,
    ics_url: String,
}

pub fn handle(req: &Request, ctx: &Context) -> Result<HttpResponse, Failure> {
    require_method(req, &[Method::POST], "POST")?;
    let params = req.all_params();
    let name = parse_name(&params)?;
    let schedule = parse_schedule(&params, ctx.config.default_timezone, ctx.now)?;
    let choices = parse_choices(&params, default_choices(ctx))?;
    let internal = |e: ids::RandomnessUnavailable| Failure::Internal(e.to_string());
    let invite_id = ids::new_invite_id().map_err(internal)?;
    let admin_key = ids::new_admin_key().map_err(internal)?;
    let room_id = ids::new_room_id().map_err(internal)?;
    let meeting = Meeting::new(
        invite_id,
        room_id,
        ids::hash_admin_key(&admin_key),
        schedule,
        choices,
        ctx.expire(),
    );
    // The answer is made before anything is stored: a booking is written only
    // when its links can be handed out.
    let answer = booked_answer(req, ctx, &meeting, &name, &admin_key)?;
    let mut store = store_new(req, ctx, &meeting)?;
    super::maybe_cleanup(store.as_mut(), ctx);
    Ok(answer)
}

/// Stores a new meeting within the client's booking cap; returns the
/// connection for what else the request does.
pub fn store_new(req: &Request, ctx: &Context, meeting: &Meeting) -> Result<StoreHandle, Failure> {
    let mut store = ctx.store()?;
    crate::booking_limit::admit(
        store.as_mut(),
        req.client,
        ctx.now,
        ctx.config.max_bookings_per_hour,
    )?;
    store.insert(meeting)?;
    Ok(store)
}

/// The answer to a booking: its links as JSON, or the page with them.
fn booked_answer(
    req: &Request,
    ctx: &Context,
    meeting: &Meeting,
    name: &str,
    admin_key: &str,
) -> Result<HttpResponse, Failure> {
    let base = ctx.base_url(req);
    let booked = Booked {
        invite_url: links::invite_url(&base, &meeting.invite_id, name),
        admin_url: links::admin_url(&base, &meeting.invite_id, admin_key, name),
        ics_url: links::ics_url(&base, &meeting.invite_id, name),
    };
    let s = &meeting.schedule;
    if req.negotiation.wants_json {
        return json_ok(
            StatusCode::CREATED,
            json!({
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
            }),
        );
    }
    let t = ctx.catalog(req);
    let ics_data = super::ics::ics_text(ctx, &base, &t, meeting, name);
    booked_page(ctx, &t, name, meeting, &booked, ics_data)
}

/// "Weekly, 5 meetings", or "Does not repeat".
pub fn repeat_text(t: &Catalog, schedule: &Schedule) -> String {
    let rule = match schedule.weekday_in_month() {
        // "Monthly on the second Tuesday": the day this series keeps.
        Some((ordinal, weekday)) => t.fill(
            "repeat_monthly_on",
            &[
                ("ordinal", t.get(&format!("ordinal_{ordinal}")).to_string()),
                ("weekday", t.get(&format!("weekday_{weekday}")).to_string()),
            ],
        ),
        None => t
            .get(&format!("repeat_{}", schedule.repeat.as_str()))
            .to_string(),
    };
    if schedule.repeat == Repeat::None {
        rule
    } else {
        t.fill(
            "repeat_summary",
            &[("rule", rule), ("count", schedule.count.to_string())],
        )
    }
}

/// What a new meeting gets when the form or the API leaves a choice out.
pub fn default_choices(ctx: &Context) -> Choices {
    Choices {
        open_early_minutes: ctx.config.open_early_minutes,
        length_minutes: ctx.config.meeting_minutes,
        reminder_minutes: 0,
    }
}

/// "The room opens 10 minutes before the start.", after `separator`; empty when
/// the room opens at the start.
pub fn opens_sentence(t: &Catalog, meeting: &Meeting, separator: &str) -> String {
    if meeting.open_early_minutes == 0 {
        return String::new();
    }
    let minutes = meeting.open_early_minutes.to_string();
    format!(
        "{separator}{}",
        t.fill("room_opens_early", &[("minutes", minutes)])
    )
}

/// The start in the meeting's zone, in words.
pub fn start_text(t: &Catalog, schedule: &Schedule) -> String {
    let tz: Tz = schedule.tz;
    t.datetime(&schedule.series_start.with_timezone(&tz))
}

fn booked_page(
    ctx: &Context,
    t: &Catalog,
    name: &str,
    meeting: &Meeting,
    booked: &Booked,
    ics_data: String,
) -> Result<HttpResponse, Failure> {
    let s = &meeting.schedule;
    let start = start_text(t, s);
    let repeat = repeat_text(t, s);
    let invitation = t.fill(
        "invitation_text",
        &[
            ("name", name.to_string()),
            (
                "start",
                format!(
                    "{start} ({}){}",
                    s.tz.name(),
                    opens_sentence(t, meeting, " ")
                ),
            ),
            ("repeat", repeat.clone()),
            ("invite", booked.invite_url.clone()),
            ("ics", booked.ics_url.clone()),
        ],
    );
    let subject = t.fill("invitation_subject", &[("name", name.to_string())]);
    let page = BookedPage {
        title: t.get("booked_title").to_string(),
        app_base: String::new(),
        static_base: static_base(ctx),
        name: name.to_string(),
        start_iso: s.series_start.to_rfc3339_opts(SecondsFormat::Secs, true),
        start_text: start,
        tz: s.tz.name().to_string(),
        repeat_text: repeat,
        invite_url: booked.invite_url.clone(),
        ics_url: booked.ics_url.clone(),
        admin_url: booked.admin_url.clone(),
        mailto: links::mailto(&subject, &invitation),
        ics_file: crate::calendar::file_name(name),
        ics_data,
        invitation,
        t,
    };
    Ok(web::html(StatusCode::CREATED, pages::render(&page)?))
}
