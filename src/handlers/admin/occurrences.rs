//! One occurrence of a series on the organiser's page: the list and the JSON
//! of the occurrences from the current one on, and `skip`, `move` and
//! `restore` (each names its occurrence by the rule's start).

use serde_json::json;

use super::{Opened, save, saved};
use crate::app::Context;
use crate::domain::Meeting;
use crate::domain::booking_input::{parse_local_time, parse_occurrence};
use crate::domain::exceptions::{self, Change};
use crate::handlers::rfc3339;
use crate::i18n::Catalog;
use crate::pages::OccurrenceRow;
use crate::store::Store;
use crate::web::{Failure, HttpResponse, Request};

/// Skips, moves or restores one occurrence of a series (`action`); the
/// current occurrence is found again, and gets a new room only if it changed.
pub(super) fn change_occurrence(
    req: &Request,
    ctx: &Context,
    store: &mut dyn Store,
    meeting: Meeting,
    creds: &Opened,
    action: &str,
) -> Result<HttpResponse, Failure> {
    let params = req.all_params();
    let named = parse_occurrence(&params)?;
    let request = match action {
        "skip" => exceptions::Request::Skip,
        "restore" => exceptions::Request::Restore,
        _ => exceptions::Request::Move {
            date_time: parse_local_time(&params)?,
        },
    };
    let room = ctx.rooms.mint()?;
    let changed = save(ctx, store, meeting, |meeting| {
        let schedule = exceptions::apply(
            &meeting.schedule,
            meeting.occurrence,
            named,
            request,
            ctx.now,
        )?;
        Ok(meeting.with_schedule(schedule, ctx.now, ctx.expire(), room.clone()))
    })?;
    saved(req, ctx, &changed, creds)
}

/// How many held occurrences the organiser's page lists, the current one first.
const LISTED: usize = 10;

/// The series from the current occurrence on, skipped ones too: each by the
/// rule's start (what `skip`, `move` and `restore` name), when it takes
/// place, and whether it was moved or skipped.
pub(super) fn occurrences_json(m: &Meeting) -> Vec<serde_json::Value> {
    (m.occurrence..m.schedule.count)
        .map_while(|n| m.schedule.slot(n))
        .map(|original| {
            let (start, status) = match m.schedule.exceptions.get(original) {
                None => (Some(original), "held"),
                Some(Change::Move(to)) => (Some(to), "moved"),
                Some(Change::Skip) => (None, "skipped"),
            };
            json!({
                "occurrence": rfc3339(original),
                "start": start.map(rfc3339),
                "status": status,
            })
        })
        .collect()
}

/// The rows of the organiser's list: from the current occurrence on, until
/// `LISTED` held ones are shown (skipped ones among them, to restore).
pub(super) fn occurrence_rows(
    t: &Catalog,
    m: &Meeting,
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<OccurrenceRow> {
    let tz = m.schedule.tz;
    let mut rows = Vec::new();
    let mut held = 0;
    for n in m.occurrence..m.schedule.count {
        let Some(original) = m.schedule.slot(n) else {
            break;
        };
        if held == LISTED {
            break;
        }
        let change = m.schedule.exceptions.get(original);
        let skipped = change == Some(Change::Skip);
        let start = match change {
            Some(Change::Move(to)) => to,
            _ => original,
        };
        held += usize::from(!skipped);
        let local = start.with_timezone(&tz);
        rows.push(OccurrenceRow {
            original: rfc3339(original),
            start_iso: rfc3339(start),
            text: t.datetime(&local),
            current: n == m.occurrence && !skipped,
            skipped,
            moved_from: matches!(change, Some(Change::Move(_))).then(|| {
                let was = t.datetime(&original.with_timezone(&tz));
                t.fill("label_moved_from", &[("time", was)])
            }),
            date: local.format("%Y-%m-%d").to_string(),
            time: local.format("%H:%M").to_string(),
            changeable: start > now,
        });
    }
    rows
}
