//! The PHP Planado's meetings (table `iid, aid, rid, time, recev, rectype`,
//! no primary key) as Planado's: the old numeric invite id finds the meeting,
//! and the old admin id opens the admin page once (stored hashed like any
//! key), which then hands out a new key. Every imported meeting gets a fresh
//! room: the PHP Planado's ids can be computed by an invitee. The rows are
//! read by the store (`store::legacy`), the import is `planado import-legacy`.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use super::exceptions::Exceptions;
use super::ids::{AdminKey, InviteId, RoomMinter};
use super::meeting::{Choices, Meeting};
use super::repeat::{MAX_OCCURRENCES, Repeat};
use super::schedule::Schedule;
use super::standing::Standing;

/// One row of the PHP Planado's table, as it comes (any column may be NULL).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LegacyRow {
    pub iid: Option<i64>,
    pub aid: Option<i64>,
    pub rid: Option<i64>,
    pub time: Option<i64>,
    pub recev: Option<i64>,
    pub rectype: Option<String>,
}

/// A legacy row as a meeting at its current occurrence, or why it cannot be one.
/// The PHP Planado stored UTC seconds only; its series are walked in `tz`.
pub fn convert(
    row: &LegacyRow,
    tz: Tz,
    now: DateTime<Utc>,
    expire: Duration,
    rooms: &RoomMinter,
) -> Result<Meeting, String> {
    let label = row
        .iid
        .map_or("a row without iid".to_string(), |i| format!("iid {i}"));
    let positive = |v: Option<i64>, what: &str| {
        v.filter(|n| *n > 0)
            .ok_or_else(|| format!("{label}: no {what}"))
    };
    let iid = positive(row.iid, "invite id (iid)")?;
    let aid = positive(row.aid, "admin id (aid)")?;
    let rid = positive(row.rid, "room id (rid)")?;
    let time = positive(row.time, "start time")?;
    let series_start = DateTime::from_timestamp(time, 0)
        .ok_or_else(|| format!("{label}: start time out of range"))?;
    let rectype = row.rectype.as_deref().unwrap_or("").trim();
    let repeat = Repeat::from_legacy(rectype)
        .ok_or_else(|| format!("{label}: unknown rectype {rectype:?}"))?;
    let further = row.recev.unwrap_or(0).max(0);
    let count = if repeat == Repeat::None {
        1
    } else {
        u32::try_from(further + 1).unwrap_or(u32::MAX)
    };
    if count > MAX_OCCURRENCES {
        return Err(format!(
            "{label}: {count} occurrences, more than {MAX_OCCURRENCES}"
        ));
    }
    let schedule = Schedule {
        series_start,
        tz,
        repeat,
        count,
        exceptions: Exceptions::default(),
    };
    // The PHP Planado's ids can be computed by an invitee (SECURITY.md), so the
    // old room is not kept: every imported meeting gets a fresh one. The old
    // room id is only checked to be there, as the PHP Planado needed it.
    let _ = rid;
    let fresh_room = || rooms.mint().map_err(|e| format!("{label}: {e}"));
    let invite_id = InviteId::parse(&iid.to_string())
        .ok_or_else(|| format!("{label}: invite id out of range"))?;
    let mut meeting = Meeting::new(
        invite_id,
        fresh_room()?,
        AdminKey::legacy(aid).hash(),
        schedule,
        Choices::default(),
        expire,
        now,
    );
    meeting.legacy_admin_key = true;
    match meeting.at(now, expire, fresh_room)? {
        Standing::Over => return Err(format!("{label}: already over")),
        Standing::Current { .. } => {}
        Standing::Moved(advance) => meeting.apply(advance),
    }
    Ok(meeting)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(time: i64, recev: Option<i64>, rectype: Option<&str>) -> LegacyRow {
        LegacyRow {
            iid: Some(123456789012345),
            aid: Some(98765),
            rid: Some(555),
            time: Some(time),
            recev,
            rectype: rectype.map(String::from),
        }
    }

    const NOW: i64 = 1_800_000_000;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(NOW, 0).unwrap()
    }

    #[test]
    fn a_future_one_off_keeps_its_link_and_gets_a_fresh_room() {
        let m = convert(
            &row(NOW + 3600, None, None),
            Tz::UTC,
            now(),
            Duration::hours(23),
            &RoomMinter::untagged(),
        )
        .unwrap();
        assert_eq!(m.invite_id.as_str(), "123456789012345");
        assert_eq!(m.room_id.as_str().len(), 32, "a fresh room from the CSPRNG");
        assert!(m.admin_key_hash.matches(&AdminKey::legacy(98765)));
        assert!(m.legacy_admin_key, "good for one visit");
        assert_eq!(m.start.timestamp(), NOW + 3600);
    }

    #[test]
    fn a_running_series_is_at_its_current_occurrence() {
        // Weekly, started 15 days ago, 3 further events: now between the 3rd and 4th.
        let m = convert(
            &row(NOW - 15 * 86400, Some(3), Some("1weekly")),
            Tz::UTC,
            now(),
            Duration::hours(23),
            &RoomMinter::untagged(),
        )
        .unwrap();
        assert_eq!((m.schedule.count, m.occurrence), (4, 3));
        assert_ne!(m.room_id.as_str(), "555");
        assert_eq!(m.start.timestamp(), NOW - 15 * 86400 + 21 * 86400);
    }

    #[test]
    fn refusals_say_why() {
        let over = convert(
            &row(NOW - 86400, None, None),
            Tz::UTC,
            now(),
            Duration::hours(23),
            &RoomMinter::untagged(),
        )
        .unwrap_err();
        assert!(over.contains("already over"), "{over}");
        let odd = convert(
            &row(NOW, Some(1), Some("3monthly")),
            Tz::UTC,
            now(),
            Duration::hours(23),
            &RoomMinter::untagged(),
        )
        .unwrap_err();
        assert!(odd.contains("unknown rectype"), "{odd}");
        let mut no_time = row(NOW, None, None);
        no_time.time = None;
        assert!(
            convert(
                &no_time,
                Tz::UTC,
                now(),
                Duration::hours(23),
                &RoomMinter::untagged()
            )
            .unwrap_err()
            .contains("no start time")
        );
    }
}
