//! A booked meeting as the store keeps it, and what the organiser chose
//! besides its schedule: where its series stands at an instant is decided here
//! (`Meeting::at`), with the arithmetic of `schedule.rs`.

use chrono::{DateTime, Duration, Utc};

use super::door::Door;
use super::ids::{AdminKeyHash, InviteId, RoomId};
use super::schedule::{Schedule, Window};
use super::standing::Standing;

/// The most minutes a room may open before the start.
pub const MAX_OPEN_EARLY_MINUTES: u32 = 60;
/// The shortest and the longest meeting, in minutes.
pub const LENGTH_MINUTES: std::ops::RangeInclusive<u32> = 15..=720;
/// The reminders a calendar entry may carry, in minutes before (0: none).
pub const REMINDER_MINUTES: [u32; 4] = [0, 10, 60, 1440];
/// How long a room stays open after a meeting's end (when that is later than
/// `expire_after_hours` after its start).
const GRACE_AFTER_END: Duration = Duration::minutes(30);
/// How long before its opening Jitsi may create a room: longer than Prosody's
/// `mod_reservations` keeps a refusal (30 s, dropped at its sweep every
/// 60 s), so that a knock refused before this margin is forgotten by the
/// opening. Only who has the secret room (the organiser) can knock this early.
pub const ROOM_BEFORE_OPENING: Duration = Duration::seconds(120);

/// A booked meeting as the store keeps it: the three secrets (the admin key
/// only as a hash), the schedule, and which occurrence is the current one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub invite_id: InviteId,
    pub room_id: RoomId,
    pub admin_key_hash: AdminKeyHash,
    pub schedule: Schedule,
    /// Index of the current occurrence, 0-based.
    pub occurrence: u32,
    /// Start of the current occurrence.
    pub start: DateTime<Utc>,
    /// When the current occurrence stops being current (cleanup looks here).
    pub due_at: DateTime<Utc>,
    /// Grows with every change by the organiser (the `.ics` SEQUENCE).
    pub sequence: u32,
    /// The admin key came from the PHP Planado, whose keys an invitee can
    /// compute: it is good for one visit to the admin page, which renews it.
    pub legacy_admin_key: bool,
    /// Minutes before each start at which the room opens (0 to 60).
    pub open_early_minutes: u32,
    /// How long each meeting lasts, in minutes (15 to 720); 0 for meetings
    /// booked before lengths existed: the configured `meeting_minutes`.
    pub length_minutes: u32,
    /// Minutes before each meeting at which the invitees' calendars remind
    /// them (0: no reminder).
    pub reminder_minutes: u32,
    /// The start of the occurrence whose room the organiser opened before its
    /// opening: Jitsi may create that room from then on.
    pub opened_early_for: Option<DateTime<Utc>>,
    /// Who gets in, as the organiser chose it (Jitsi keeps it).
    pub door: Door,
    /// When it was booked or last changed by the organiser: the calendar's
    /// `LAST-MODIFIED`, the feed's `Last-Modified`.
    pub changed_at: Option<DateTime<Utc>>,
}

/// What is kept of a meeting that was cancelled or whose last occurrence is
/// over, for the calendars subscribed to it, `feed_grace_days` long: its
/// times and sequence, never its room or admin key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ended {
    pub invite_id: InviteId,
    pub schedule: Schedule,
    /// As in `Meeting` (0: the configured `meeting_minutes`).
    pub length_minutes: u32,
    pub sequence: u32,
    pub changed_at: Option<DateTime<Utc>>,
    /// Cancelled by the organiser (else: over).
    pub cancelled: bool,
    /// Forgotten from then on (the feed answers 404, cleanup deletes it).
    pub forget_at: DateTime<Utc>,
}

/// What the organiser chose besides the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Choices {
    pub open_early_minutes: u32,
    pub length_minutes: u32,
    pub reminder_minutes: u32,
}

/// What moving a meeting to a later occurrence writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advance {
    pub occurrence: u32,
    pub start: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    /// Each occurrence gets a fresh room, so a former participant cannot come back.
    pub room_id: RoomId,
}

impl Meeting {
    /// A new meeting at the first held occurrence of `schedule`, with the
    /// organiser's choices, made at `now`.
    pub fn new(
        invite_id: InviteId,
        room_id: RoomId,
        admin_key_hash: AdminKeyHash,
        schedule: Schedule,
        choices: Choices,
        expire: Duration,
        now: DateTime<Utc>,
    ) -> Meeting {
        let (occurrence, start) = schedule.next_held(0).unwrap_or((0, schedule.series_start));
        let mut meeting = Meeting {
            invite_id,
            room_id,
            admin_key_hash,
            schedule,
            occurrence,
            start,
            due_at: start + expire,
            sequence: 0,
            legacy_admin_key: false,
            open_early_minutes: choices.open_early_minutes,
            length_minutes: choices.length_minutes,
            reminder_minutes: choices.reminder_minutes,
            opened_early_for: None,
            door: Door::default(),
            changed_at: Some(now),
        };
        if let Some(due_at) = meeting.window_end(expire) {
            meeting.due_at = due_at;
        }
        meeting
    }

    /// When the stored occurrence stops being current with the configured
    /// `expire`: the end of its window, or the next occurrence's opening.
    pub fn window_end(&self, expire: Duration) -> Option<DateTime<Utc>> {
        self.schedule.due_at(self.occurrence, self.window(expire))
    }

    /// This meeting's window with the configured `expire`: an occurrence stays
    /// open `expire` after its start, or until its end plus a grace period
    /// when that is later.
    pub fn window(&self, expire: Duration) -> Window {
        let until_end = Duration::minutes(self.length_minutes.into()) + GRACE_AFTER_END;
        Window {
            open_early: Duration::minutes(self.open_early_minutes.into()),
            expire: if self.length_minutes == 0 {
                expire
            } else {
                expire.max(until_end)
            },
        }
    }

    /// The organiser's choices, to carry them into a changed meeting.
    pub fn choices(&self) -> Choices {
        Choices {
            open_early_minutes: self.open_early_minutes,
            length_minutes: self.length_minutes,
            reminder_minutes: self.reminder_minutes,
        }
    }

    /// How long each meeting lasts; `configured` for meetings booked before
    /// lengths existed.
    pub fn length(&self, configured: Duration) -> Duration {
        match self.length_minutes {
            0 => configured,
            m => Duration::minutes(m.into()),
        }
    }

    /// When the room of the current occurrence opens: the one instant that
    /// decides between the waiting page and the room.
    pub fn opens(&self) -> DateTime<Utc> {
        self.start - Duration::minutes(self.open_early_minutes.into())
    }

    /// Whether Jitsi may create the current occurrence's room at `now` (the
    /// reservation backend asks): from a margin before the opening, so that a
    /// refusal Jitsi keeps (30 s, forgotten at its next sweep a minute later)
    /// is gone before the guests come; or earlier once the organiser entered.
    pub fn room_may_exist(&self, now: DateTime<Utc>) -> bool {
        now >= self.opens() - ROOM_BEFORE_OPENING || self.opened_early_for == Some(self.start)
    }

    /// Where the meeting stands at `now`: its stored occurrence, a later one
    /// (with the move the store must make; `room` makes the new room id, only
    /// called then, and may fail), or over.
    pub fn at<E>(
        &self,
        now: DateTime<Utc>,
        expire: Duration,
        room: impl FnOnce() -> Result<RoomId, E>,
    ) -> Result<Standing, E> {
        let window = self.window(expire);
        let Some((n, start)) = self.schedule.current(self.occurrence, now, window) else {
            return Ok(Standing::Over);
        };
        if n == self.occurrence {
            return Ok(Standing::Current { start });
        }
        let Some(due_at) = self.schedule.due_at(n, window) else {
            return Ok(Standing::Over);
        };
        Ok(Standing::Moved(Advance {
            occurrence: n,
            start,
            due_at,
            room_id: room()?,
        }))
    }

    pub fn apply(&mut self, advance: Advance) {
        self.occurrence = advance.occurrence;
        self.start = advance.start;
        self.due_at = advance.due_at;
        self.room_id = advance.room_id;
    }

    /// The starts of the current occurrence and up to `n - 1` held after it.
    pub fn upcoming(&self, n: usize) -> impl Iterator<Item = DateTime<Utc>> + '_ {
        self.from_current().map(|(_, start)| start).take(n)
    }

    /// The held occurrences from the current one on, with their numbers.
    pub fn from_current(&self) -> impl Iterator<Item = (u32, DateTime<Utc>)> + '_ {
        self.schedule.held().filter(|&(k, _)| k >= self.occurrence)
    }

    /// Held occurrences left, the current one included.
    pub fn remaining(&self) -> u32 {
        self.from_current().count() as u32
    }

    /// Occurrences of the rule left, the current one included, skipped ones
    /// too: the count of a series that starts again from the current one.
    pub fn remaining_slots(&self) -> u32 {
        self.schedule.count.saturating_sub(self.occurrence)
    }

    /// Which of the held occurrences the current one is (1-based), and how
    /// many are held in all: a skipped one is not counted.
    pub fn progress(&self) -> (u32, u32) {
        let before = self
            .schedule
            .held()
            .filter(|&(k, _)| k < self.occurrence)
            .count() as u32;
        (before + 1, self.schedule.held().count() as u32)
    }

    /// The meeting with its series' exceptions changed at `now` (a skip, a
    /// move or a restore): its current occurrence found again, and a new room
    /// (`room`) only when that is another one or at another time, so that a
    /// meeting going on is not split.
    pub fn with_schedule(
        &self,
        schedule: Schedule,
        now: DateTime<Utc>,
        expire: Duration,
        room: RoomId,
    ) -> Meeting {
        let mut changed = Meeting {
            schedule,
            sequence: self.sequence + 1,
            changed_at: Some(now),
            ..self.clone()
        };
        let window = changed.window(expire);
        // From the first occurrence: a restored one may lie before the stored
        // current one (which skips had moved on); the past ones are over.
        let (occurrence, start) = changed
            .schedule
            .current(0, now, window)
            .or_else(|| changed.schedule.next_held(self.occurrence))
            .unwrap_or((self.occurrence, self.start));
        if (occurrence, start) != (self.occurrence, self.start) {
            changed.occurrence = occurrence;
            changed.start = start;
            changed.room_id = room;
            changed.opened_early_for = None;
        }
        changed.due_at = changed.window_end(expire).unwrap_or(start + window.expire);
        changed
    }
}
