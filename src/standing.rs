//! The meeting as it stands now, in one place: where its series is at an
//! instant ([`Standing`], decided by `Meeting::at`), and, for a request, the
//! stored meeting found, decided and advanced ([`current`]), then whether its
//! room is open ([`Phase`]). `invite`, `admin` and `ics` use `current`;
//! cleanup and the import use the decision.

use chrono::{DateTime, Duration, Utc};

use crate::error::Failure;
use crate::ids;
use crate::meeting::{Advance, Meeting};
use crate::store::Store;

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

/// The meeting behind an invite id as it stands at `now`, advanced in the
/// store when its stored occurrence has passed (so correctness never waits for
/// cleanup). `None` for an id that is unknown, malformed or whose series is
/// over.
pub fn current(
    store: &mut dyn Store,
    invite_id: &str,
    now: DateTime<Utc>,
    expire: Duration,
) -> Result<Option<Meeting>, Failure> {
    if !ids::is_plausible_id(invite_id) {
        return Ok(None);
    }
    // A concurrent cleanup or visitor may advance the same row; then read again.
    for _ in 0..3 {
        let Some(mut meeting) = store.find(invite_id)? else {
            return Ok(None);
        };
        match meeting.at(now, expire, ids::new_room_id)? {
            Standing::Over => return Ok(None),
            Standing::Current { .. } => return Ok(Some(meeting)),
            Standing::Moved(advance) => {
                if store.advance(invite_id, meeting.occurrence, &advance)? {
                    meeting.apply(advance);
                    return Ok(Some(meeting));
                }
            }
        }
    }
    Err(Failure::Unavailable(format!(
        "meeting {invite_id} kept changing while being read"
    )))
}
