//! Where a meeting stands at an instant: its series ([`Standing`], decided by
//! `Meeting::at`) and, for the current occurrence, whether its room is open
//! ([`Phase`]). The store finds, decides and advances a meeting for a request
//! with these (`store::current`); cleanup and the import use the decision.

use chrono::{DateTime, Utc};

use super::meeting::{Advance, Meeting};

/// Where a meeting's series stands at an instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// The stored occurrence is the current one; it starts (or started) then.
    Current { start: DateTime<Utc> },
    /// A later occurrence is the current one: the stored meeting must move.
    Moved(Advance),
    /// The last occurrence is over.
    Over,
}

/// Where the current occurrence of a found meeting is at an instant: the one
/// decision between the waiting page and the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Before the opening: the room is still secret.
    Waiting,
    /// From the opening (the start, or up to an hour before it) on.
    Open,
}

impl Phase {
    pub fn of(meeting: &Meeting, now: DateTime<Utc>) -> Phase {
        if now < meeting.opens() {
            Phase::Waiting
        } else {
            Phase::Open
        }
    }

    /// The word the JSON answers use.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Waiting => "waiting",
            Phase::Open => "open",
        }
    }
}
