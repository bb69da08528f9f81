//! The meeting behind an invite id as it stands at an instant: found, decided
//! by the model (`Meeting::at`) and, when its stored occurrence has passed,
//! advanced in the store, so that correctness never waits for cleanup.

use chrono::{DateTime, Duration, Utc};

use super::{Store, StoreError};
use crate::domain::{DomainError, InviteId, Meeting, RoomMinter, Standing};

/// Why the current meeting could not be had.
#[derive(Debug)]
pub enum CurrentError {
    Store(StoreError),
    /// No new room could be made for the next occurrence.
    Domain(DomainError),
    /// Other requests kept moving the meeting while this one read it.
    KeptChanging(InviteId),
}

impl From<StoreError> for CurrentError {
    fn from(e: StoreError) -> CurrentError {
        CurrentError::Store(e)
    }
}

/// The meeting `invite_id` at `now`; `None` when it is unknown or its series
/// is over.
pub fn current(
    store: &mut dyn Store,
    invite_id: &InviteId,
    now: DateTime<Utc>,
    expire: Duration,
    rooms: &RoomMinter,
) -> Result<Option<Meeting>, CurrentError> {
    // A concurrent cleanup or visitor may advance the same row; then read again.
    for _ in 0..3 {
        let Some(mut meeting) = store.find(invite_id)? else {
            return Ok(None);
        };
        match meeting
            .at(now, expire, || rooms.mint())
            .map_err(CurrentError::Domain)?
        {
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
    Err(CurrentError::KeptChanging(invite_id.clone()))
}
