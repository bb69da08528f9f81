//! The door of a meeting's room, as the organiser chose it: guests wait in
//! Jitsi's lobby until a moderator lets them in, a room password, a maximum
//! number of participants. Jitsi keeps the door when it asks Planado's
//! reservation backend before it creates the room (the answer's `lobby`,
//! `password` and `max_occupants`); without that backend nothing would keep
//! it, so the choices are refused then. Nothing about a person is in it.

use std::ops::RangeInclusive;

use super::DomainError;
use super::booking_input::{Fields, whole_number};

/// How many participants a room may be limited to.
pub const MAX_PARTICIPANTS: RangeInclusive<u32> = 2..=1000;
/// The longest room password, in characters.
pub const MAX_PASSWORD_CHARS: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Door {
    /// Guests wait in the lobby until a moderator admits them.
    pub lobby: bool,
    /// The room's password, shown to the organiser only.
    pub password: Option<String>,
    /// At most this many participants in the room.
    pub max_participants: Option<u32>,
    /// The invitation (its text and the calendar file) carries the password.
    pub password_in_invitation: bool,
}

impl Door {
    /// Anyone with the link walks in: no choice made.
    pub fn is_open(&self) -> bool {
        *self == Door::default()
    }

    /// Whether this door keeps out no one whom `before` let in: each lock
    /// it has, `before` had the same.
    pub fn no_more_closed_than(&self, before: &Door) -> bool {
        (!self.lobby || before.lobby)
            && (self.password.is_none() || self.password == before.password)
            && (self.max_participants.is_none() || self.max_participants == before.max_participants)
    }

    /// The password as the invitation may carry it.
    pub fn invitation_password(&self) -> Option<&str> {
        self.password
            .as_deref()
            .filter(|_| self.password_in_invitation)
    }
}

/// The form fields of the door. A form sends `door` with them, so that an
/// unticked box (which a browser leaves out) means "no"; without `door` (an
/// API call) a field left out keeps its `current` value.
pub const DOOR_FIELDS: [&str; 5] = [
    "door",
    "lobby",
    "password",
    "max_participants",
    "password_in_invitation",
];

/// `lobby` and `password_in_invitation`: `true`, or `false` or empty (the
/// form's boxes send `true`);
/// `password`: 1 to 64 characters without control characters (empty: none);
/// `max_participants`: 2 to 1000 (empty: no limit).
pub fn parse_door(params: &impl Fields, current: &Door) -> Result<Door, DomainError> {
    let form = params.field("door").is_some();
    let given = |name: &str| params.field(name).or(form.then_some(""));
    Ok(Door {
        lobby: match given("lobby") {
            Some(text) => flag(text, "lobby")?,
            None => current.lobby,
        },
        password: match given("password") {
            Some(text) => password(text)?,
            None => current.password.clone(),
        },
        max_participants: match given("max_participants") {
            Some(text) => max_participants(text)?,
            None => current.max_participants,
        },
        password_in_invitation: match given("password_in_invitation") {
            Some(text) => flag(text, "password_in_invitation")?,
            None => current.password_in_invitation,
        },
    })
}

fn flag(text: &str, name: &str) -> Result<bool, DomainError> {
    match text.trim() {
        "true" => Ok(true),
        "false" | "" => Ok(false),
        _ => Err(DomainError::invalid("error_flag_invalid").arg("field", name.to_string())),
    }
}

fn password(text: &str) -> Result<Option<String>, DomainError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > MAX_PASSWORD_CHARS || text.chars().any(char::is_control) {
        return Err(DomainError::invalid("error_password_invalid")
            .arg("max", MAX_PASSWORD_CHARS.to_string()));
    }
    Ok(Some(text.to_string()))
}

fn max_participants(text: &str) -> Result<Option<u32>, DomainError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let invalid = || {
        DomainError::invalid("error_max_participants_invalid")
            .arg("min", MAX_PARTICIPANTS.start().to_string())
            .arg("max", MAX_PARTICIPANTS.end().to_string())
    };
    let n = whole_number(text).ok_or_else(invalid)?;
    MAX_PARTICIPANTS
        .contains(&n)
        .then_some(Some(n))
        .ok_or_else(invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct F(Vec<(&'static str, &'static str)>);
    impl Fields for F {
        fn field(&self, name: &str) -> Option<&str> {
            self.0.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
        }
    }

    fn closed() -> Door {
        Door {
            lobby: true,
            password: Some("s3cret".into()),
            max_participants: Some(8),
            password_in_invitation: true,
        }
    }

    #[test]
    fn an_api_call_keeps_what_it_leaves_out() {
        let door = parse_door(&F(vec![("max_participants", "12")]), &closed()).unwrap();
        assert_eq!(door.max_participants, Some(12));
        assert!(door.lobby && door.password_in_invitation);
        assert_eq!(door.password.as_deref(), Some("s3cret"));
    }

    #[test]
    fn a_form_without_ticks_opens_the_door() {
        let door = parse_door(&F(vec![("door", "1"), ("password", "")]), &closed()).unwrap();
        assert!(door.is_open(), "{door:?}");
    }

    #[test]
    fn bad_values_are_refused() {
        for (field, value) in [
            ("lobby", "yes please"),
            ("lobby", "1"),
            ("password_in_invitation", "on"),
            ("max_participants", "1"),
            ("max_participants", "1001"),
            ("max_participants", "-3"),
            ("max_participants", "99999999999"),
            ("password", "tab\there"),
        ] {
            assert!(
                parse_door(&F(vec![(field, value)]), &Door::default()).is_err(),
                "{field}={value}"
            );
        }
        let long = "x".repeat(MAX_PASSWORD_CHARS + 1);
        let fields = F(vec![("password", Box::leak(long.into_boxed_str()))]);
        assert!(parse_door(&fields, &Door::default()).is_err());
    }

    #[test]
    fn opening_a_door_closes_nothing() {
        let door = closed();
        let mut fewer = closed();
        fewer.lobby = false;
        assert!(fewer.no_more_closed_than(&door) && door.no_more_closed_than(&door));
        assert!(Door::default().no_more_closed_than(&door));
        assert!(!door.no_more_closed_than(&fewer));
        let mut other = closed();
        other.password = Some("another".into());
        assert!(!other.no_more_closed_than(&door));
        other = closed();
        other.max_participants = Some(9);
        assert!(!other.no_more_closed_than(&door));
        assert!(!door.no_more_closed_than(&Door::default()));
    }

    #[test]
    fn the_invitation_carries_the_password_only_when_ticked() {
        let mut door = closed();
        assert_eq!(door.invitation_password(), Some("s3cret"));
        door.password_in_invitation = false;
        assert_eq!(door.invitation_password(), None);
    }
}
