//! What a meeting says about itself in the visitor's language: when it starts,
//! how it repeats, how long it lasts, when its room opens, and the invitation
//! and calendar entry built from those. One module, used by the booking
//! confirmation, the waiting page, the organiser's page and the calendar file
//! alike, so that they never tell different stories.

use chrono::{DateTime, Duration, Utc};

use super::calendar::{self, Event};
use super::ids::InviteId;
use super::links::{self, JitsiOverrides};
use super::meeting::{Ended, Meeting};
use super::repeat::Repeat;
use super::schedule::Schedule;
use crate::i18n::Catalog;

/// "Weekly, 5 meetings", or "Does not repeat".
pub fn repeat_text(t: &Catalog, schedule: &Schedule) -> String {
    let rule = match schedule.weekday_in_month() {
        // "Monthly on the second Tuesday": the day this series keeps.
        // The catalog agrees the ordinal with the weekday: it gets both as
        // values to choose by (1 to 5 or `last`; 1 = Monday to 7).
        Some((position, weekday)) => t.fill(
            "repeat_monthly_on",
            &[("position", position), ("weekday", weekday.to_string())],
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
            &[("rule", rule), ("count", schedule.held_count().to_string())],
        )
    }
}

/// The start of the series in its own zone, in words.
pub fn start_text(t: &Catalog, schedule: &Schedule) -> String {
    t.datetime(&schedule.series_start.with_timezone(&schedule.tz))
}

/// An instant in the meeting's zone, in words.
pub fn instant_text(t: &Catalog, meeting: &Meeting, at: DateTime<Utc>) -> String {
    t.datetime(&at.with_timezone(&meeting.schedule.tz))
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

/// What guests must know of the room's door, each sentence after
/// `separator`: that the organiser lets them in from the lobby, and the
/// password when the organiser put it in the invitation.
pub fn door_sentences(t: &Catalog, meeting: &Meeting, separator: &str) -> String {
    let mut text = String::new();
    if meeting.door.lobby {
        text.push_str(separator);
        text.push_str(&t.get("door_lobby_guest"));
    }
    if let Some(password) = meeting.door.invitation_password() {
        text.push_str(separator);
        text.push_str(&t.fill("door_password_guest", &[("password", password.to_string())]));
    }
    text
}

/// "45 minutes", "1 h", "1 h 30 min" in the visitor's language.
pub fn length_text(t: &Catalog, length: Duration) -> String {
    let minutes = length.num_minutes();
    let (hours, rest) = (minutes / 60, minutes % 60);
    match (hours, rest) {
        (0, m) => t.fill("length_minutes", &[("minutes", m.to_string())]),
        (h, 0) => t.fill("length_hours", &[("hours", h.to_string())]),
        (h, m) => t.fill(
            "length_hours_minutes",
            &[("hours", h.to_string()), ("minutes", m.to_string())],
        ),
    }
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

/// The invitation to send: its subject and its text, with the links.
pub struct Invitation {
    pub subject: String,
    pub body: String,
}

/// The invitation for the meeting `name` at its series' start.
pub fn invitation(
    t: &Catalog,
    name: &str,
    meeting: &Meeting,
    invite_url: &str,
    ics_url: &str,
) -> Invitation {
    let s = &meeting.schedule;
    let start = format!(
        "{} ({}){}",
        start_text(t, s),
        s.tz.name(),
        opens_sentence(t, meeting, " ")
    );
    let body = t.fill(
        "invitation_text",
        &[
            ("name", name.to_string()),
            ("start", start),
            ("repeat", repeat_text(t, s)),
            ("invite", invite_url.to_string()),
            ("ics", ics_url.to_string()),
        ],
    );
    Invitation {
        subject: t.fill("invitation_subject", &[("name", name.to_string())]),
        body: format!("{body}{}", door_sentences(t, meeting, "\n")),
    }
}

/// The calendar entry's title: the name, or a neutral one without it.
pub fn calendar_summary<'a>(t: &'a Catalog, name: &'a str) -> std::borrow::Cow<'a, str> {
    if name.is_empty() {
        t.get("calendar_summary_default")
    } else {
        name.into()
    }
}

/// The meeting as an RFC 5545 calendar file, made at `now`, linking to the
/// invite under `base`. Pages embed it too, so that the browser can offer it
/// with the name from the link, without another request.
pub fn calendar_text(
    t: &Catalog,
    base: &str,
    meeting: &Meeting,
    name: &str,
    overrides: &JitsiOverrides,
    length: Duration,
    now: DateTime<Utc>,
) -> String {
    let event = meeting_event(t, base, meeting, name, overrides, length, now);
    calendar::calendar(&meeting.schedule, &event)
}

/// How often a subscribed calendar should look again at the feed.
pub const FEED_REFRESH: Duration = Duration::hours(1);

/// The meeting's calendar feed: the download's entry, stamped with its last
/// change instead of the moment of the request (so that an unchanged meeting
/// gives the same bytes, and the same `ETag`), and with how often to look again.
pub fn feed_text(
    t: &Catalog,
    base: &str,
    meeting: &Meeting,
    name: &str,
    overrides: &JitsiOverrides,
    length: Duration,
) -> String {
    let stamp = meeting.changed_at.unwrap_or(DateTime::UNIX_EPOCH);
    let mut event = meeting_event(t, base, meeting, name, overrides, length, stamp);
    event.refresh = Some(FEED_REFRESH);
    calendar::calendar(&meeting.schedule, &event)
}

/// The feed of a meeting that was cancelled (every occurrence
/// `STATUS:CANCELLED`, a higher `SEQUENCE`) or whose last occurrence is over
/// (the series as it was held), from what is kept of it.
pub fn ended_feed_text(
    t: &Catalog,
    base: &str,
    ended: &Ended,
    name: &str,
    length: Duration,
) -> String {
    let invite_url = links::invite_url(base, &ended.invite_id, name, &JitsiOverrides::default());
    let description = if ended.cancelled {
        t.get("calendar_cancelled").to_string()
    } else {
        t.fill("calendar_description", &[("invite", invite_url.clone())])
    };
    let event = Event {
        uid: calendar_uid(&ended.invite_id, base),
        sequence: ended.sequence,
        stamp: ended.changed_at.unwrap_or(DateTime::UNIX_EPOCH),
        last_modified: ended.changed_at,
        cancelled: ended.cancelled,
        refresh: Some(FEED_REFRESH),
        summary: calendar_summary(t, name),
        description,
        url: invite_url,
        length,
        reminder: None,
    };
    calendar::calendar(&ended.schedule, &event)
}

fn meeting_event<'a>(
    t: &'a Catalog,
    base: &str,
    meeting: &Meeting,
    name: &'a str,
    overrides: &JitsiOverrides,
    length: Duration,
    stamp: DateTime<Utc>,
) -> Event<'a> {
    let invite_url = links::invite_url(base, &meeting.invite_id, name, overrides);
    Event {
        uid: calendar_uid(&meeting.invite_id, base),
        sequence: meeting.sequence,
        stamp,
        last_modified: meeting.changed_at,
        cancelled: false,
        refresh: None,
        summary: calendar_summary(t, name),
        description: format!(
            "{}{}{}",
            t.fill("calendar_description", &[("invite", invite_url.clone())]),
            opens_sentence(t, meeting, "\n"),
            door_sentences(t, meeting, "\n")
        ),
        url: invite_url,
        length,
        reminder: (meeting.reminder_minutes > 0)
            .then(|| Duration::minutes(meeting.reminder_minutes.into())),
    }
}

/// The calendar's UID of a meeting: the same for the download and the feed,
/// for the life of the meeting.
fn calendar_uid(invite_id: &InviteId, base: &str) -> String {
    let host = links::origin(base).split("://").nth(1).unwrap_or("planado");
    format!("{invite_id}@{host}")
}
