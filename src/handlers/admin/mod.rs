//! `admin?id=&key=`: the organiser's page. `GET` shows the meeting and a form;
//! `POST` with `action` `update`, `cancel` or `enter`, or, for one occurrence
//! of a series, `skip`, `move` or `restore`. A wrong key answers exactly like
//! an unknown id, after the same work (a lookup and a hash compared in
//! constant time).
//!
//! Parameters: `id`, `key` (or the PHP Planado's `admin`); for `update` the
//! booking fields (`date`, `time`, `tz`, `repeat`, `count`, `open_early`,
//! `duration`, `reminder`, the door's) and `sequence`; for `skip`, `move` and
//! `restore` `occurrence` (its start in RFC 3339, as the rule has it or as it
//! was moved), and for `move` the new `date` and `time` in the meeting's zone;
//! for `cancel` `confirm=yes` (the form's second step).

mod occurrences;

use chrono::SecondsFormat;
use chrono_tz::TZ_VARIANTS;
use http::{Method, StatusCode};
use serde_json::json;

use super::{
    CHANGE_FIELDS, current_meeting, door_as_sent, form_error, form_fields, json_ok,
    keep_sent_choices, maybe_cleanup, repeat_options, require_method, rfc3339, select_sent,
};
use crate::app::Context;
use crate::domain::booking_input::{parse_choices, parse_schedule};
use crate::domain::door::DOOR_FIELDS;
use crate::domain::invitation::{calendar_text, length_text, repeat_text, start_text};
use crate::domain::{
    AdminKey, AdminKeyHash, Choices, InviteId, MAX_OCCURRENCES, Meeting, Phase, Repeat, Schedule,
    links,
};
use crate::i18n::Catalog;
use crate::pages::{self, AdminPage, ConfirmCancelPage, MessagePage};
use crate::store::Store;
use crate::web::failure::failure_text;
use crate::web::{self, Failure, HttpResponse, Params, Request};
use occurrences::{change_occurrence, occurrence_rows, occurrences_json};

/// The id and key of the request (`admin=` is the PHP Planado's name for
/// `key=`); a key that cannot be one is `None`, answered as a wrong one.
struct Credentials {
    id: InviteId,
    key: Option<AdminKey>,
}

fn credentials(req: &Request) -> Result<Credentials, Failure> {
    let id = super::required_id(req)?;
    let key = req
        .param("key")
        .or_else(|| req.param("admin"))
        .and_then(AdminKey::parse);
    Ok(Credentials { id, key })
}

pub fn handle(req: &Request, ctx: &Context) -> Result<HttpResponse, Failure> {
    require_method(
        req,
        &[Method::GET, Method::HEAD, Method::POST],
        "GET, HEAD, POST",
    )?;
    let creds = credentials(req)?;
    let mut store = ctx.store()?;
    let meeting = current_meeting(store.as_mut(), &creds.id, ctx)?;
    let stored_hash = meeting.as_ref().map(|m| &m.admin_key_hash);
    if !AdminKeyHash::opens(stored_hash, creds.key.as_ref()) {
        return Err(Failure::NotFound);
    }
    let meeting = meeting.ok_or(Failure::NotFound)?;
    let creds = Opened {
        id: creds.id,
        key: creds.key.ok_or(Failure::NotFound)?,
    };
    if meeting.legacy_admin_key {
        return renew_legacy_key(req, ctx, store.as_mut(), &meeting, &creds);
    }
    let result = if req.method == Method::POST {
        let action = req.param("action");
        if let Some(field) = UPDATE_FIELDS
            .iter()
            .chain(&DOOR_FIELDS)
            .chain(&["occurrence"])
            .find(|f| req.form.get(f).is_some() && !takes(action, f))
        {
            // A field the action would ignore is a mistake of the caller's.
            let key = match *field {
                "occurrence" => "error_field_only_for_occurrence",
                _ => "error_field_only_for_update",
            };
            return Err(Failure::bad(key).arg("field", field.to_string()));
        }
        let done = match action {
            Some("update") => update(req, ctx, store.as_mut(), meeting.clone(), &creds),
            Some("cancel") => cancel(req, ctx, store.as_mut(), &meeting, &creds),
            Some("enter") => enter(req, ctx, store.as_mut(), &meeting),
            Some(action @ ("skip" | "move" | "restore")) => {
                change_occurrence(req, ctx, store.as_mut(), meeting.clone(), &creds, action)
            }
            _ => Err(Failure::bad("error_action_invalid")),
        };
        match done {
            // A person sees the page again with the reason; a program gets
            // the JSON error.
            Err(failure @ Failure::BadInput { .. })
                if !req.negotiation.wants_json && action != Some("cancel") =>
            {
                refused(req, ctx, &meeting, &creds, action, &failure)
            }
            done => done,
        }
    } else {
        let t = ctx.catalog(req);
        show(req, ctx, &meeting, &creds, changed_notice(req, &t), None)
    };
    maybe_cleanup(store.as_mut(), ctx);
    result
}

/// The id and key of a request whose key opened the meeting.
struct Opened {
    id: InviteId,
    key: AdminKey,
}

/// Relative link to this page, for forms and redirects, in the language a
/// link chose.
fn self_url(t: &Catalog, creds: &Opened) -> String {
    let chosen = t.explicit().then(|| t.lang());
    pages::with_language(&links::admin_path(&creds.id, &creds.key), chosen)
}

fn summary_json(req: &Request, ctx: &Context, m: &Meeting) -> serde_json::Value {
    let base = ctx.base_url(req);
    let mut summary = json!({
        "status": Phase::of(m, ctx.now).as_str(),
        "invite_url": links::invite_url(&base, &m.invite_id, "", &ctx.guest_overrides(m)),
        "ics_url": links::ics_url(&base, &m.invite_id, ""),
        "start": rfc3339(m.start),
        "opens": rfc3339(m.opens()),
        "open_early": m.open_early_minutes,
        "duration": ctx.length_of(m).num_minutes(),
        "reminder": m.reminder_minutes,
        "series_start": rfc3339(m.schedule.series_start),
        "tz": m.schedule.tz.name(),
        "repeat": m.schedule.repeat.as_str(),
        "count": m.schedule.count,
        "occurrence": m.progress().0,
        "remaining": m.remaining(),
        "sequence": m.sequence,
        "upcoming": m.upcoming(UPCOMING).map(rfc3339).collect::<Vec<_>>(),
        "occurrences": occurrences_json(m),
    });
    super::add_feed_json(&mut summary, &base, &m.invite_id);
    super::add_door_json(&mut summary, &m.door);
    summary
}

/// How many held occurrences the JSON's `upcoming` names, the current one first.
const UPCOMING: usize = 5;

/// The organiser's page; `new_admin_url` when the key was just renewed.
fn show(
    req: &Request,
    ctx: &Context,
    m: &Meeting,
    creds: &Opened,
    notice: Option<String>,
    new_admin_url: Option<String>,
) -> Result<HttpResponse, Failure> {
    if req.negotiation.wants_json {
        let mut summary = summary_json(req, ctx, m);
        if let Some(url) = new_admin_url {
            summary["admin_url"] = json!(url);
        }
        return json_ok(StatusCode::OK, summary);
    }
    let t = ctx.catalog(req);
    let mut page = admin_page(req, ctx, &t, m, creds, notice);
    page.new_admin_url = new_admin_url;
    Ok(web::html(StatusCode::OK, pages::render(&page)?))
}

/// The page again after a refused change (`400`): the change form with what
/// was sent and the reason at its field, or, for a skip, move or restore, the
/// reason at the top.
fn refused(
    req: &Request,
    ctx: &Context,
    m: &Meeting,
    creds: &Opened,
    action: Option<&str>,
    failure: &Failure,
) -> Result<HttpResponse, Failure> {
    let t = ctx.catalog(req);
    let mut page = admin_page(req, ctx, &t, m, creds, None);
    if action == Some("update") {
        let params = req.all_params();
        let shown = form_fields(&CHANGE_FIELDS, page.door_form.is_some());
        page.error = Some(form_error(&t, failure, &shown));
        for (name, value) in [
            ("date", &mut page.date),
            ("time", &mut page.time),
            ("tz", &mut page.form_tz),
            ("count", &mut page.count),
        ] {
            if let Some(sent) = params.get(name) {
                *value = sent.to_string();
            }
        }
        if let Some(sent) = params.get("repeat") {
            select_sent(&mut page.repeats, sent);
        }
        keep_sent_choices(&mut page.choices, &params);
        page.door_form = page.door_form.map(|form| door_as_sent(form, &params));
    } else {
        page.occurrence_error = Some(failure_text(&t, failure).1);
    }
    Ok(web::html(StatusCode::BAD_REQUEST, pages::render(&page)?))
}

/// A key imported from the PHP Planado (which an invitee can compute) opens
/// this page once: it is replaced by a new random key, shown here, and stops
/// working. Whatever the request asked for is not done; the organiser does it
/// again with the new link. When two requests race, one gets the new key and
/// the other a 404, as a wrong key would.
fn renew_legacy_key(
    req: &Request,
    ctx: &Context,
    store: &mut dyn Store,
    meeting: &Meeting,
    creds: &Opened,
) -> Result<HttpResponse, Failure> {
    let key = AdminKey::new()?;
    let renewed =
        store.renew_admin_key(&meeting.invite_id, &meeting.admin_key_hash, &key.hash())?;
    if !renewed {
        return Err(Failure::NotFound);
    }
    let creds = Opened {
        id: creds.id.clone(),
        key,
    };
    let new_url = links::admin_url(
        &ctx.base_url(req),
        &creds.id,
        &creds.key,
        "",
        &ctx.config.jitsi_overrides,
    );
    let t = ctx.catalog(req);
    let notice = Some(t.get("legacy_key_renewed").to_string());
    show(req, ctx, meeting, &creds, notice, Some(new_url))
}

fn admin_page<'a>(
    req: &Request,
    ctx: &Context,
    t: &'a Catalog,
    m: &Meeting,
    creds: &Opened,
    notice: Option<String>,
) -> AdminPage<'a> {
    let tz = m.schedule.tz;
    let values = schedule_values(m);
    let base = ctx.base_url(req);
    let guests = ctx.guest_overrides(m);
    let current = Schedule {
        series_start: m.start,
        ..m.schedule.clone()
    };
    AdminPage {
        title: t.get("admin_title").to_string(),
        chrome: ctx.chrome(req, t),
        notice,
        start_iso: m.start.to_rfc3339_opts(SecondsFormat::Secs, true),
        start_text: start_text(t, &current),
        tz: tz.name().to_string(),
        repeat_text: repeat_text(t, &m.schedule),
        length_text: length_text(t, ctx.length_of(m)),
        upcoming: if m.schedule.repeat == Repeat::None {
            Vec::new()
        } else {
            occurrence_rows(t, m, ctx.now)
        },
        progress: (m.schedule.repeat != Repeat::None).then(|| {
            let (n, count) = m.progress();
            t.fill(
                "progress_text",
                &[("n", n.to_string()), ("count", count.to_string())],
            )
        }),
        subscribe: super::subscribe_links(ctx, &base, &m.invite_id, ""),
        invite_url: links::invite_url(&base, &m.invite_id, "", &guests),
        ics_url: links::ics_url(&base, &m.invite_id, ""),
        self_url: self_url(t, creds),
        // The form shows the series by its rule (a moved current occurrence
        // keeps its rule's time there).
        date: values[0].1.clone(),
        time: values[1].1.clone(),
        form_tz: tz.name().to_string(),
        zones: TZ_VARIANTS.iter().map(|z| z.name()).collect(),
        repeats: repeat_options(t)
            .map(|(r, label)| (r.as_str(), label, r == m.schedule.repeat))
            .collect(),
        choices: super::choice_fields(
            t,
            Choices {
                length_minutes: ctx.length_of(m).num_minutes() as u32,
                ..m.choices()
            },
        ),
        count: m.remaining_slots().max(1).to_string(),
        max_count: MAX_OCCURRENCES,
        sequence: m.sequence,
        ics_data: calendar_text(t, &base, m, "", &guests, ctx.length_of(m), ctx.now),
        new_admin_url: None,
        host_note: ctx.public_jitsi_note(t, "public_jitsi_organiser"),
        door: super::door_summary(t, &m.door),
        door_form: super::door_form(ctx, &m.door),
        error: None,
        occurrence_error: None,
        t,
    }
}

/// Replaces the schedule; the invite id (and so every link sent) stays. Fields
/// left out keep their current values. When another change lands first, the
/// fields this request names are applied on top of it; but a form that says
/// which version it was made from (`sequence`, as the page's form does, with
/// every field filled in) is refused with a 409 instead, since applying it would
/// undo the other change.
fn update(
    req: &Request,
    ctx: &Context,
    store: &mut dyn Store,
    meeting: Meeting,
    creds: &Opened,
) -> Result<HttpResponse, Failure> {
    let seen = match req.param("sequence").map(str::trim) {
        None | Some("") => None,
        Some(s) => Some(
            s.parse::<u32>()
                .map_err(|_| Failure::bad("error_sequence_invalid"))?,
        ),
    };
    let room = ctx.rooms.mint()?;
    let changed = save(ctx, store, meeting, |meeting| {
        if seen.is_some_and(|s| s != meeting.sequence) {
            return Err(Failure::Conflict);
        }
        let fields = with_current_values(req, meeting);
        let choices = parse_choices(&fields, meeting.choices())?;
        let door = super::door_of(&fields, ctx, &meeting.door)?;
        let mut changed = if keeps_the_schedule(req, meeting) {
            // The same series: only the choices and the door change (the
            // current occurrence is found again with the new window).
            let chosen = Meeting {
                open_early_minutes: choices.open_early_minutes,
                length_minutes: choices.length_minutes,
                reminder_minutes: choices.reminder_minutes,
                ..meeting.clone()
            };
            chosen.with_schedule(
                meeting.schedule.clone(),
                ctx.now,
                ctx.expire(),
                room.clone(),
            )
        } else {
            let mut schedule = parse_schedule(&fields, meeting.schedule.tz, ctx.now)?;
            // The skips and moves of occurrences the changed series still has stay.
            schedule.exceptions = meeting.schedule.exceptions.still_fitting(&schedule);
            Meeting::new(
                meeting.invite_id.clone(),
                room.clone(),
                meeting.admin_key_hash.clone(),
                schedule,
                choices,
                ctx.expire(),
                ctx.now,
            )
        };
        changed.sequence = meeting.sequence + 1;
        changed.door = door;
        // A new room for the door (Jitsi creates it with the new door).
        changed.room_id = room.clone();
        changed.opened_early_for = meeting.opened_early_for;
        Ok(changed)
    })?;
    saved(req, ctx, &changed, creds)
}

/// Stores the change `change` makes of the meeting, made again on top of
/// another change that lands first (read again after a random pause, so that
/// the changes that collided do not collide again).
fn save(
    ctx: &Context,
    store: &mut dyn Store,
    mut meeting: Meeting,
    change: impl Fn(&Meeting) -> Result<Meeting, Failure>,
) -> Result<Meeting, Failure> {
    for attempt in 1..=UPDATE_ATTEMPTS {
        let changed = change(&meeting)?;
        crate::clock::test_pause("update");
        if store.reschedule(&changed, meeting.sequence)? {
            return Ok(changed);
        }
        eprintln!("planado: a meeting changed meanwhile; applying the change again");
        let pause = rand::random_range(2..=10) * u64::from(attempt);
        std::thread::sleep(std::time::Duration::from_millis(pause));
        meeting = current_meeting(store, &meeting.invite_id, ctx)?.ok_or(Failure::NotFound)?;
    }
    // Others kept changing it all along: this change could not be applied.
    Err(Failure::Conflict)
}

/// The answer to a saved change: the meeting as JSON, or the page again.
fn saved(
    req: &Request,
    ctx: &Context,
    changed: &Meeting,
    creds: &Opened,
) -> Result<HttpResponse, Failure> {
    if req.negotiation.wants_json {
        return json_ok(StatusCode::OK, summary_json(req, ctx, changed));
    }
    web::see_other(&format!(
        "{}/{}&changed=1",
        ctx.base_url(req),
        self_url(&ctx.catalog(req), creds)
    ))
}

/// The fields of a change besides the door's: only `action=update` takes them.
const UPDATE_FIELDS: [&str; 11] = [
    "date",
    "time",
    "tz",
    "repeat",
    "count",
    "recev",
    "rectype",
    "open_early",
    "duration",
    "reminder",
    "sequence",
];

/// Whether `action` takes the form field `field` (of the update's, the
/// door's and `occurrence`).
fn takes(action: Option<&str>, field: &str) -> bool {
    match action {
        Some("update") => field != "occurrence",
        Some("move") => matches!(field, "occurrence" | "date" | "time"),
        Some("skip" | "restore") => field == "occurrence",
        _ => false,
    }
}

/// How often a change is applied again on top of one that landed first
/// (twelve organisers' tabs saving at once all get through).
const UPDATE_ATTEMPTS: u32 = 16;

/// The request's booking fields, with the meeting's current values for those
/// it leaves out.
fn with_current_values(req: &Request, meeting: &Meeting) -> Params {
    let mut params = req.all_params();
    for (name, value) in schedule_values(meeting) {
        if params.get(name).is_none() {
            params.0.push((name.to_string(), value));
        }
    }
    params
}

/// The schedule's fields as the organiser's form shows them: the rule's start
/// of the current occurrence (not where it was moved: the series goes on from
/// there), the zone, the rule, and the rule's occurrences left.
fn schedule_values(meeting: &Meeting) -> [(&'static str, String); 5] {
    let slot = meeting
        .schedule
        .slot(meeting.occurrence)
        .unwrap_or(meeting.start);
    let local = slot.with_timezone(&meeting.schedule.tz);
    [
        ("date", local.format("%Y-%m-%d").to_string()),
        ("time", local.format("%H:%M").to_string()),
        ("tz", meeting.schedule.tz.name().to_string()),
        ("repeat", meeting.schedule.repeat.as_str().to_string()),
        ("count", meeting.remaining_slots().to_string()),
    ]
}

/// Whether a change leaves the schedule as it is: every schedule field it
/// names has its current value (the page's form sends them all), and no PHP
/// Planado field. Then the series stays whole, with its exceptions, even when
/// the current occurrence's own time by the rule has passed.
fn keeps_the_schedule(req: &Request, meeting: &Meeting) -> bool {
    let same = |name: &str, value: &str| {
        req.param(name).map(str::trim).is_none_or(|given| {
            given == value || (name == "time" && given.strip_suffix(":00") == Some(value))
        })
    };
    schedule_values(meeting).iter().all(|(n, v)| same(n, v))
        && req.param("recev").is_none()
        && req.param("rectype").is_none()
}

/// Cancelling asks once more (without JavaScript: a second form); API callers
/// and the confirmed form delete at once.
fn cancel(
    req: &Request,
    ctx: &Context,
    store: &mut dyn Store,
    meeting: &Meeting,
    creds: &Opened,
) -> Result<HttpResponse, Failure> {
    let t = ctx.catalog(req);
    if !req.negotiation.wants_json && req.param("confirm") != Some("yes") {
        let page = ConfirmCancelPage {
            title: t.get("confirm_title").to_string(),
            chrome: ctx.chrome(req, &t),
            question: t.get("confirm_question").to_string(),
            self_url: self_url(&t, creds),
            t: &t,
        };
        return Ok(web::html(StatusCode::OK, pages::render(&page)?));
    }
    // Subscribed calendars see it cancelled for the grace period.
    store.cancel(meeting, ctx.now, ctx.now + ctx.feed_grace())?;
    if req.negotiation.wants_json {
        return json_ok(StatusCode::OK, json!({ "status": "cancelled" }));
    }
    let page = MessagePage {
        title: t.get("cancelled_title").to_string(),
        chrome: ctx.chrome_without_menu(req, &t),
        message: t.get("cancelled_text").to_string(),
        t: &t,
    };
    Ok(web::html(StatusCode::OK, pages::render(&page)?))
}

/// The organiser may enter at any time, also before the start.
fn enter(
    req: &Request,
    ctx: &Context,
    store: &mut dyn Store,
    meeting: &Meeting,
) -> Result<HttpResponse, Failure> {
    super::organiser_enters(store, ctx, meeting)?;
    crate::metrics::room_entry(crate::metrics::Entrant::Organiser);
    let room_url = ctx.room_link(req, meeting, true)?;
    if req.negotiation.wants_json {
        return json_ok(
            StatusCode::OK,
            json!({ "status": "open", "room_url": room_url }),
        );
    }
    // The form's own fragment (the admin link's, kept by the page's script)
    // goes on into the room.
    web::see_other(&room_url)
}

/// The page after a saved change (`changed=1`) says so.
fn changed_notice(req: &Request, t: &Catalog) -> Option<String> {
    (req.param("changed") == Some("1")).then(|| t.get("changed_notice").to_string())
}
