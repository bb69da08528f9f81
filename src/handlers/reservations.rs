//! `reservations`: the reservation backend of Prosody's `mod_reservations`.
//! Before the Jitsi server creates a room it asks here; Planado allows a room
//! only while it is the current room of a booked meeting and its window is
//! open, so a leaked room name is useless before the opening and after the
//! window (each occurrence of a series has its own room).
//!
//! The protocol is Jicofo's, as the Prosody module speaks it:
//! - `POST {prefix}/conference`, a form with `name` (the room, or
//!   `[tenant]room`), `start_time` (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`) and
//!   `mail_owner`: `200` with `id`, `name`, `mail_owner`, `start_time` and
//!   `duration` (seconds from `start_time` to the end of the window, when
//!   Prosody ends the conference), and the meeting's door as the current
//!   module reads it (`lobby: true`, `password`, `max_occupants`, each only
//!   when the organiser chose it), `403` before the opening (more than
//!   `ROOM_BEFORE_OPENING` before it, unless the organiser entered), `404` for a room
//!   Planado does not allow; errors carry a `message`.
//! - `GET {prefix}/conference/{id}`: the same answer for the room `id`.
//! - `DELETE {prefix}/conference/{id}`: `200`; the room is gone, nothing to do.
//!
//! Every request carries `Authorization: Bearer <reservations_api_token>`.
//! Decisions are made by Planado's clock; `start_time` is checked for form
//! only. Nothing is written: the answers depend on the booking alone.

use chrono::{DateTime, Duration, Utc};
use http::{Method, StatusCode};
use serde_json::json;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::app::Context;
use crate::config::ReservationsConfig;
use crate::domain::invitation::instant_text;
use crate::domain::{Door, Meeting, RoomId, Standing};
use crate::i18n::Catalog;
use crate::web::failure::{failure_text, log_failure, with_failure_headers};
use crate::web::{self, Failure, HttpResponse, Request};

/// Longest room name accepted (Jitsi's room names are far shorter).
const MAX_NAME_LEN: usize = 256;

/// Every answer is JSON, refusals too: Prosody reads their `message`.
pub fn handle(req: &Request, ctx: &Context) -> Result<HttpResponse, Failure> {
    let resp = answer(req, ctx).unwrap_or_else(|failure| refusal(req, ctx, failure));
    crate::metrics::reservation_answer(resp.status().as_u16());
    Ok(resp)
}

fn answer(req: &Request, ctx: &Context) -> Result<HttpResponse, Failure> {
    // Off unless configured: then this address does not exist.
    let config = ctx.config.reservations.as_ref().ok_or(Failure::NotFound)?;
    authorize(req, config)?;
    match (target(&req.path_info)?, &req.method) {
        (Target::Conferences, &Method::POST) => create(req, ctx, config),
        (Target::Conferences, _) => Err(Failure::MethodNotAllowed("POST")),
        (Target::Conference(id), &Method::GET | &Method::HEAD) => {
            let room = Room::parse(id)?;
            let ask = Ask {
                name: id,
                mail_owner: "",
            };
            decide(req, ctx, config, &room, &ask)
        }
        // Prosody says the room is gone; the booking stays as it is.
        (Target::Conference(_), &Method::DELETE) => Ok(web::json(StatusCode::OK, &json!({}))),
        (Target::Conference(_), _) => Err(Failure::MethodNotAllowed("GET, HEAD, DELETE")),
    }
}

/// The shared secret, compared in constant time (as hashes, so that its
/// length does not show either).
fn authorize(req: &Request, config: &ReservationsConfig) -> Result<(), Failure> {
    let presented = req
        .authorization
        .as_deref()
        .and_then(web::bearer_token)
        .ok_or(Failure::Unauthorized)?;
    let digest = |s: &str| Sha256::digest(s.as_bytes());
    if bool::from(digest(presented).ct_eq(&digest(&config.api_token))) {
        Ok(())
    } else {
        Err(Failure::Unauthorized)
    }
}

/// What the path below the binary names.
enum Target<'a> {
    /// `/conference`
    Conferences,
    /// `/conference/{id}`
    Conference(&'a str),
}

fn target(path_info: &str) -> Result<Target<'_>, Failure> {
    match path_info.strip_prefix("/conference") {
        Some("") => Ok(Target::Conferences),
        Some(rest) => match rest.strip_prefix('/') {
            Some(id) if !id.is_empty() && !id.contains('/') => Ok(Target::Conference(id)),
            _ => Err(Failure::NotFound),
        },
        None => Err(Failure::NotFound),
    }
}

/// What Prosody asked about, echoed in the answer as it expects.
struct Ask<'a> {
    /// The name as sent (Prosody compares it with its own, tenant included).
    name: &'a str,
    mail_owner: &'a str,
}

fn create(
    req: &Request,
    ctx: &Context,
    config: &ReservationsConfig,
) -> Result<HttpResponse, Failure> {
    let name = req.form.get("name").map(str::trim).unwrap_or("");
    let room = Room::parse(name)?;
    let start_time = req
        .form
        .get("start_time")
        .ok_or(Failure::bad("error_reservation_start_time"))?;
    parse_start_time(start_time).ok_or(Failure::bad("error_reservation_start_time"))?;
    let ask = Ask {
        name,
        mail_owner: req.form.get("mail_owner").unwrap_or(""),
    };
    decide(req, ctx, config, &room, &ask)
}

/// A room name from Prosody: `room` or `[tenant]room`. Planado's rooms are
/// lowercase base32 and unique without their tenant, so the tenant only has
/// to be well-formed.
struct Room {
    /// Lowercased, tenant removed: what the store is asked for.
    bare: String,
}

impl Room {
    fn parse(name: &str) -> Result<Room, Failure> {
        let bad = || Failure::bad("error_reservation_name");
        let printable = name.bytes().all(|b| b.is_ascii_graphic() || b >= 0x80);
        if name.is_empty() || name.len() > MAX_NAME_LEN || !printable {
            return Err(bad());
        }
        let bare = match name.strip_prefix('[') {
            None => name,
            Some(tenanted) => match tenanted.split_once(']') {
                Some((tenant, room)) if !tenant.is_empty() && !room.is_empty() => room,
                _ => return Err(bad()),
            },
        };
        Ok(Room {
            bare: bare.to_lowercase(),
        })
    }
}

/// `yyyy-MM-dd'T'HH:mm:ss.SSSZ` as Prosody writes it (`…000Z`), or with a
/// numeric offset as Java's `SimpleDateFormat` does (`+0000`, `+00:00`).
fn parse_start_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .or_else(|_| DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f%z"))
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// How the room stands: open (its window and when it ends), not yet open,
/// Planado's but over (a past occurrence's, a finished or cancelled
/// meeting's), or a name Planado never made.
enum Verdict {
    Open {
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        door: Door,
    },
    NotYet(Meeting),
    Over,
    Unknown,
}

fn decide(
    req: &Request,
    ctx: &Context,
    config: &ReservationsConfig,
    room: &Room,
    ask: &Ask<'_>,
) -> Result<HttpResponse, Failure> {
    match verdict(ctx, room)? {
        Verdict::Open { start, end, door } => Ok(granted(room, ask, start, end, &door)),
        Verdict::NotYet(meeting) => Ok(not_yet(&ctx.catalog(req), &meeting)),
        // A Jitsi shared with other uses: rooms Planado never made may open,
        // for as long as a booked one stays open. A room Planado made is
        // judged by its meeting, always: once over, never again.
        Verdict::Unknown if config.allow_unbooked => Ok(granted(
            room,
            ask,
            ctx.now,
            ctx.now + ctx.expire(),
            &Door::default(),
        )),
        Verdict::Unknown | Verdict::Over => Err(Failure::NotFound),
    }
}

/// A room is open while it is the current room of its meeting, from a margin
/// before the opening (or from the organiser's early entry) to the end of the
/// occurrence's window (`Meeting::room_may_exist`). The room of a passed
/// occurrence is over even before cleanup has moved its meeting on, and so is
/// any room Planado made (its tag says so) that no meeting has any more.
fn verdict(ctx: &Context, room: &Room) -> Result<Verdict, Failure> {
    let Some(room_id) = RoomId::parse(&room.bare) else {
        return Ok(Verdict::Unknown);
    };
    let mut store = ctx.store()?;
    let Some(meeting) = store.find_by_room(&room_id)? else {
        return Ok(if ctx.rooms.made(&room_id) {
            Verdict::Over
        } else {
            Verdict::Unknown
        });
    };
    // Nothing is moved here, so no new room is ever made.
    let no_new_room = || Ok::<_, std::convert::Infallible>(meeting.room_id.clone());
    let Ok(standing) = meeting.at(ctx.now, ctx.expire(), no_new_room);
    Ok(match standing {
        Standing::Current { start } if meeting.room_may_exist(ctx.now) => Verdict::Open {
            start,
            // The window as configured now, as `Meeting::at` decided with it.
            end: meeting.window_end(ctx.expire()).unwrap_or(meeting.due_at),
            door: meeting.door.clone(),
        },
        Standing::Current { .. } => Verdict::NotYet(meeting),
        Standing::Moved(_) | Standing::Over => Verdict::Over,
    })
}

/// The conference Prosody may create: it ends it `duration` seconds after
/// `start_time`, and sets the room's door from the fields it reads
/// (`reservations_enable_lobby_support`, `…_password_support`,
/// `…_max_occupants`).
fn granted(
    room: &Room,
    ask: &Ask<'_>,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    door: &Door,
) -> HttpResponse {
    let duration = (end - start).max(Duration::zero()).num_seconds();
    let mut answer = json!({
        "id": room.bare,
        "name": ask.name,
        "mail_owner": ask.mail_owner,
        "start_time": java_date(start),
        "duration": duration,
    });
    if door.lobby {
        answer["lobby"] = json!(true);
    }
    if let Some(password) = &door.password {
        answer["password"] = json!(password);
    }
    if let Some(max) = door.max_participants {
        answer["max_occupants"] = json!(max);
    }
    web::json(StatusCode::OK, &answer)
}

/// Before the opening: Jitsi shows the `message` to whoever tried.
fn not_yet(t: &Catalog, meeting: &Meeting) -> HttpResponse {
    let opens = meeting.opens();
    let message = t.fill(
        "reservation_opens",
        &[
            ("time", instant_text(t, meeting, opens)),
            ("zone", meeting.schedule.tz.name().to_string()),
        ],
    );
    web::json(
        StatusCode::FORBIDDEN,
        &json!({ "message": message, "opens": super::rfc3339(opens) }),
    )
}

/// `2026-12-01T09:00:00.000Z`, the form Prosody's module reads.
fn java_date(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// A refusal as the JSON Prosody reads (`message`), with the status and
/// headers any other client expects; the details of a 5xx go to the log.
fn refusal(req: &Request, ctx: &Context, failure: Failure) -> HttpResponse {
    log_failure(&failure);
    let t = ctx.catalog(req);
    let message = match &failure {
        Failure::NotFound => t.get("reservation_unknown").to_string(),
        other => failure_text(&t, other).1,
    };
    let resp = web::json(failure.status(), &json!({ "message": message }));
    with_failure_headers(resp, &failure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn room_names_with_and_without_a_tenant() {
        assert_eq!(Room::parse("AbC2").unwrap().bare, "abc2");
        assert_eq!(Room::parse("[acme]room7").unwrap().bare, "room7");
        for bad in ["", "[acme]", "[]room", "[acme", "a b", "a\u{1}b"] {
            assert!(Room::parse(bad).is_err(), "{bad:?}");
        }
        assert!(Room::parse(&"a".repeat(MAX_NAME_LEN + 1)).is_err());
    }

    #[test]
    fn start_times_as_prosody_and_java_write_them() {
        let t = parse_start_time("2026-12-01T09:00:00.000Z").unwrap();
        assert_eq!(java_date(t), "2026-12-01T09:00:00.000Z");
        for same in [
            "2026-12-01T10:00:00.000+0100",
            "2026-12-01T09:00:00Z",
            "2026-12-01T09:00:00.000+00:00",
        ] {
            assert_eq!(parse_start_time(same), Some(t), "{same}");
        }
        for bad in [
            "",
            "2026-12-01",
            "2026-13-01T09:00:00.000Z",
            "yesterday",
            "2026-12-01T25:00:00.000Z",
        ] {
            assert_eq!(parse_start_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn paths_below_the_binary() {
        assert!(matches!(target("/conference"), Ok(Target::Conferences)));
        assert!(matches!(
            target("/conference/abc"),
            Ok(Target::Conference("abc"))
        ));
        for bad in [
            "",
            "/",
            "/conference/",
            "/conference/a/b",
            "/conferences",
            "/other",
        ] {
            assert!(target(bad).is_err(), "{bad:?}");
        }
    }
}
