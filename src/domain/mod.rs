//! The model, below every other layer: ids, the meeting with its schedule and
//! repetition rules, where a series stands at an instant, the booking fields,
//! the links and texts handed out, and the calendar writer. It knows nothing
//! of HTTP, the store or the edges (`tests/layers.rs` holds it to that); its
//! one error type becomes a `Failure` in one `From` (src/web/failure.rs).

pub mod booking_input;
pub mod calendar;
pub mod door;
pub mod exceptions;
pub mod ids;
pub mod invitation;
pub mod legacy;
pub mod links;
pub mod meeting;
pub mod repeat;
pub mod schedule;
pub mod standing;

use std::fmt;

pub use door::Door;
pub use exceptions::{Change, Exceptions};
pub use ids::{AdminKey, AdminKeyHash, InviteId, RoomId, RoomMinter};
pub use meeting::{Advance, Choices, Ended, Meeting};
pub use repeat::{MAX_OCCURRENCES, Repeat};
pub use schedule::{Schedule, Window};
pub use standing::{Phase, Standing};

/// How the model refuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DomainError {
    /// Input that cannot be a booking: a message key of the interface
    /// language and its `{name}` arguments.
    Invalid {
        key: &'static str,
        args: Vec<(&'static str, String)>,
    },
    /// The operating system's random source failed: no secret can be made.
    Randomness(String),
}

impl DomainError {
    pub fn invalid(key: &'static str) -> DomainError {
        DomainError::Invalid {
            key,
            args: Vec::new(),
        }
    }

    /// Adds a `{name}` argument to an `Invalid`.
    pub fn arg(self, name: &'static str, value: String) -> DomainError {
        match self {
            DomainError::Invalid { key, mut args } => {
                args.push((name, value));
                DomainError::Invalid { key, args }
            }
            other => other,
        }
    }
}

impl fmt::Display for DomainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DomainError::Invalid { key, args } => write!(f, "invalid input ({key}, {args:?})"),
            DomainError::Randomness(e) => {
                write!(f, "the operating system's random source failed: {e}")
            }
        }
    }
}

impl std::error::Error for DomainError {}
