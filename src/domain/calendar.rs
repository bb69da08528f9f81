//! An RFC 5545 writer for one meeting: CRLF line ends, lines folded at 75
//! octets (never inside a UTF-8 sequence), escaped TEXT, a generated VTIMEZONE
//! for the meeting's zone, an RRULE that describes exactly the series
//! `meeting::Schedule` walks, an EXDATE for each skipped occurrence and a
//! VEVENT with a RECURRENCE-ID for each moved one.

use chrono::{DateTime, Duration, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetName, Tz};

use super::exceptions::Change;
use super::repeat::Repeat;
use super::schedule::Schedule;

/// What goes into the calendar file besides the schedule.
pub struct Event<'a> {
    /// Stable for the meeting, so a re-import updates instead of duplicating.
    pub uid: String,
    pub sequence: u32,
    pub stamp: DateTime<Utc>,
    pub summary: std::borrow::Cow<'a, str>,
    pub description: String,
    pub url: String,
    pub length: Duration,
    /// A reminder this long before every occurrence (`VALARM`, shown by the
    /// invitee's calendar; Planado sends nothing).
    pub reminder: Option<Duration>,
    /// When the organiser last changed the meeting (`LAST-MODIFIED`).
    pub last_modified: Option<DateTime<Utc>>,
    /// `STATUS:CANCELLED` for a cancelled meeting's feed.
    pub cancelled: bool,
    /// A subscription's feed: how often a calendar should look again.
    pub refresh: Option<Duration>,
}

/// The whole `.ics` file.
pub fn calendar(schedule: &Schedule, event: &Event<'_>) -> String {
    let mut out = Lines::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line(concat!(
        "PRODID:-//Planado//Planado ",
        env!("CARGO_PKG_VERSION"),
        "//EN"
    ));
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    if let Some(every) = event.refresh {
        out.line(&format!("X-WR-CALNAME:{}", escape_text(&event.summary)));
        out.line(&format!(
            "REFRESH-INTERVAL;VALUE=DURATION:{}",
            duration_value(every)
        ));
        out.line(&format!("X-PUBLISHED-TTL:{}", duration_value(every)));
    }
    vtimezone(&mut out, schedule);
    let tzid = schedule.tz.name();
    let local = |t: DateTime<Utc>| local_stamp(t.with_timezone(&schedule.tz).naive_local());
    begin_event(&mut out, event);
    let start = schedule.local_start();
    out.line(&format!("DTSTART;TZID={tzid}:{}", local_stamp(start)));
    out.line(&format!(
        "DTEND;TZID={tzid}:{}",
        local_stamp(start + event.length)
    ));
    if let Some(rule) = rrule(schedule) {
        out.line(&format!("RRULE:{rule}"));
    }
    for (original, change) in schedule.exceptions.iter() {
        if change == Change::Skip {
            out.line(&format!("EXDATE;TZID={tzid}:{}", local(original)));
        }
    }
    end_event(&mut out, event);
    for (original, change) in schedule.exceptions.iter() {
        if let Change::Move(to) = change {
            begin_event(&mut out, event);
            out.line(&format!("RECURRENCE-ID;TZID={tzid}:{}", local(original)));
            out.line(&format!("DTSTART;TZID={tzid}:{}", local(to)));
            out.line(&format!("DTEND;TZID={tzid}:{}", local(to + event.length)));
            end_event(&mut out, event);
        }
    }
    out.line("END:VCALENDAR");
    out.0
}

/// A VEVENT's lines before its times.
fn begin_event(out: &mut Lines, event: &Event<'_>) {
    out.line("BEGIN:VEVENT");
    out.line(&format!("UID:{}", escape_text(&event.uid)));
    out.line(&format!("DTSTAMP:{}", utc_stamp(event.stamp)));
    if let Some(t) = event.last_modified {
        out.line(&format!("LAST-MODIFIED:{}", utc_stamp(t)));
    }
    out.line(&format!("SEQUENCE:{}", event.sequence));
    if event.cancelled {
        out.line("STATUS:CANCELLED");
    }
}

/// A VEVENT's lines after its times.
fn end_event(out: &mut Lines, event: &Event<'_>) {
    out.line(&format!("SUMMARY:{}", escape_text(&event.summary)));
    out.line(&format!("DESCRIPTION:{}", escape_text(&event.description)));
    out.line(&format!("LOCATION:{}", escape_text(&event.url)));
    out.line(&format!("URL:{}", event.url));
    out.line("TRANSP:OPAQUE");
    if let Some(before) = event.reminder {
        out.line("BEGIN:VALARM");
        out.line("ACTION:DISPLAY");
        out.line(&format!("DESCRIPTION:{}", escape_text(&event.summary)));
        out.line(&format!("TRIGGER:-{}", duration_value(before)));
        out.line("END:VALARM");
    }
    out.line("END:VEVENT");
}

fn utc_stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// `FREQ=…;INTERVAL=…;COUNT=…`, or `None` for a one-off.
pub fn rrule(schedule: &Schedule) -> Option<String> {
    let (freq, interval) = schedule.repeat.rrule_parts()?;
    let byday = schedule
        .byday()
        .map(|days| format!(";BYDAY={days}"))
        .unwrap_or_default();
    (schedule.repeat != Repeat::None).then(|| {
        format!(
            "FREQ={freq};INTERVAL={interval}{byday};COUNT={}",
            schedule.count
        )
    })
}

/// An RFC 5545 DURATION: `P1D`, `PT1H`, `PT10M`, `PT1H30M`.
fn duration_value(d: Duration) -> String {
    let minutes = d.num_minutes();
    if minutes > 0 && minutes % 1440 == 0 {
        return format!("P{}D", minutes / 1440);
    }
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("PT{m}M"),
        (h, 0) => format!("PT{h}H"),
        (h, m) => format!("PT{h}H{m}M"),
    }
}

fn local_stamp(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

/// RFC 5545 TEXT: a line feed written as `\n`, every other control character
/// (CR included) dropped, backslash, semicolon and comma escaped. The pages'
/// script applies the same rule (htdocs/js/planado.js, `escapeText`), and
/// tests/data/calendar_names.json holds the cases both must meet.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Content lines, folded at 75 octets with CRLF + space.
#[derive(Default)]
struct Lines(String);

impl Lines {
    fn line(&mut self, content: &str) {
        fold_into(&mut self.0, content);
    }
}

/// Appends `content` as one folded content line. A fold never splits a UTF-8
/// sequence: it falls on a character boundary at or before 75 octets.
pub fn fold_into(out: &mut String, content: &str) {
    const LIMIT: usize = 75;
    let mut rest = content;
    let mut first = true;
    loop {
        // Continuation lines begin with a space, which counts toward the limit.
        let room = if first { LIMIT } else { LIMIT - 1 };
        if !first {
            out.push(' ');
        }
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n");
        rest = &rest[cut..];
        first = false;
    }
}

/// A VTIMEZONE with one observance per UTC-offset change in the series' span,
/// plus the one in force at its start, from the IANA data chrono-tz carries.
/// The change before the start is looked for a week at a time (a year at most),
/// so a single meeting costs a few dozen offset lookups, not a year's worth.
fn vtimezone(out: &mut Lines, schedule: &Schedule) {
    let tz = schedule.tz;
    // A moved occurrence may lie before the rule's first start or after its last.
    let start = schedule.series_start;
    let (first, last) = schedule
        .occurrences()
        .fold((start, start), |(lo, hi), t| (lo.min(t), hi.max(t)));
    out.line("BEGIN:VTIMEZONE");
    out.line(&format!("TZID:{}", tz.name()));
    match last_change_before(tz, first) {
        Some(change) => observance(out, tz, change),
        None => {
            // No change in the last 400 days: the offset simply holds from 1970 on.
            let offset = tz.offset_from_utc_datetime(&first.naive_utc());
            let seconds = offset.fix().local_minus_utc();
            let name = offset.abbreviation().unwrap_or("");
            write_observance(out, "STANDARD", "19700101T000000", seconds, seconds, name);
        }
    }
    for change in offset_changes(tz, first, last + Duration::days(2)) {
        observance(out, tz, change);
    }
    out.line("END:VTIMEZONE");
}

/// The last change of offset at or before `t`, within 400 days.
fn last_change_before(tz: Tz, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let offset_at = |t: DateTime<Utc>| {
        tz.offset_from_utc_datetime(&t.naive_utc())
            .fix()
            .local_minus_utc()
    };
    let now = offset_at(t);
    let mut hi = t;
    while t - hi < Duration::days(400) {
        let lo = hi - Duration::days(7);
        if offset_at(lo) != now {
            // Two changes that cancel out within a week are skipped together,
            // which leaves the same offset in force at `t`.
            return offset_changes(tz, lo, hi).last().copied();
        }
        hi = lo;
    }
    None
}

fn observance(out: &mut Lines, tz: Tz, change: DateTime<Utc>) {
    let before = tz
        .offset_from_utc_datetime(&(change - Duration::seconds(1)).naive_utc())
        .fix()
        .local_minus_utc();
    let after_offset = tz.offset_from_utc_datetime(&change.naive_utc());
    let after = after_offset.fix().local_minus_utc();
    // DTSTART of an observance is the local time of the change in the offset before it.
    let onset = change.naive_utc() + Duration::seconds(before.into());
    // The larger offset of a change is the daylight one (also for zones whose
    // "standard" offset is the summer one, which RFC 5545 does not model).
    let kind = if after > before {
        "DAYLIGHT"
    } else {
        "STANDARD"
    };
    write_observance(
        out,
        kind,
        &local_stamp(onset),
        before,
        after,
        after_offset.abbreviation().unwrap_or(""),
    );
}

fn write_observance(out: &mut Lines, kind: &str, onset: &str, from: i32, to: i32, name: &str) {
    out.line(&format!("BEGIN:{kind}"));
    out.line(&format!("DTSTART:{onset}"));
    out.line(&format!("TZOFFSETFROM:{}", utc_offset(from)));
    out.line(&format!("TZOFFSETTO:{}", utc_offset(to)));
    if !name.is_empty() && !name.starts_with(['+', '-']) {
        out.line(&format!("TZNAME:{}", escape_text(name)));
    }
    out.line(&format!("END:{kind}"));
}

/// `+0100`, `-0430`, `+053000` (seconds only when there are any).
fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    let (h, m, sec) = (s / 3600, s % 3600 / 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

/// The instants in `[from, to]` at which the zone's UTC offset changes: a day
/// at a time, then to the second by bisection.
pub fn offset_changes(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<DateTime<Utc>> {
    let offset_at = |t: DateTime<Utc>| {
        tz.offset_from_utc_datetime(&t.naive_utc())
            .fix()
            .local_minus_utc()
    };
    let mut changes = Vec::new();
    let mut t = from;
    while t < to {
        let next = (t + Duration::hours(12)).min(to);
        if offset_at(t) != offset_at(next) {
            let (mut lo, mut hi) = (t, next);
            while hi - lo > Duration::seconds(1) {
                let mid = lo + (hi - lo) / 2;
                if offset_at(mid) == offset_at(lo) {
                    lo = mid
                } else {
                    hi = mid
                }
            }
            changes.push(hi);
        }
        t = next;
    }
    changes
}

/// A file name for the download: the name with what file systems dislike
/// replaced, or "meeting" when nothing is left.
pub fn file_name(summary: &str) -> String {
    let cleaned: String = summary
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == ' ' || c == '-' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let name: String = words.join(" ").chars().take(60).collect();
    if name.is_empty() {
        "meeting.ics".into()
    } else {
        format!("{name}.ics")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::schedule::resolve_local;

    fn schedule(tz: &str, local: &str, repeat: Repeat, count: u32) -> Schedule {
        let tz: Tz = tz.parse().unwrap();
        let local = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap();
        Schedule {
            series_start: resolve_local(tz, local),
            tz,
            repeat,
            count,
            exceptions: Default::default(),
        }
    }

    fn event(summary: &str) -> Event<'_> {
        Event {
            uid: "abc@planado.test".into(),
            sequence: 2,
            stamp: "2026-01-02T03:04:05Z".parse().unwrap(),
            summary: summary.into(),
            description: "Join: https://planado.test/invite?id=abc".into(),
            url: "https://planado.test/invite?id=abc".into(),
            length: Duration::hours(1),
            reminder: None,
            last_modified: None,
            cancelled: false,
            refresh: None,
        }
    }

    #[test]
    fn folding_respects_octets_and_characters() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "ü".repeat(100));
        fold_into(&mut out, &long);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{long}\r\n"));
        let mut short = String::new();
        fold_into(&mut short, "A:b");
        assert_eq!(short, "A:b\r\n");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    /// The cases the pages' script must meet too (tests/browser.rs feeds the
    /// same names to it): each name as SUMMARY, unfolded.
    #[test]
    fn hostile_names_give_the_shared_summaries() {
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../tests/data/calendar_names.json")).unwrap();
        let s = schedule("Europe/Berlin", "2026-03-19 10:00", Repeat::None, 1);
        for case in &cases {
            let name = case["name"].as_str().unwrap();
            let ics = calendar(&s, &event(name));
            let unfolded = ics.replace("\r\n ", "");
            let expected = format!("\r\nSUMMARY:{}\r\n", case["summary"].as_str().unwrap());
            assert!(unfolded.contains(&expected), "{name:?}: {ics}");
            assert!(!ics.replace("\r\n", "").contains(['\r', '\n']), "{name:?}");
            assert!(ics.split("\r\n").all(|l| l.len() <= 75), "{name:?}");
        }
    }

    #[test]
    fn a_weekly_berlin_series() {
        let s = schedule("Europe/Berlin", "2026-03-19 10:00", Repeat::Weekly, 3);
        let ics = calendar(&s, &event("Team, \"A\"; B"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !ics.replace("\r\n", "").contains('\n'),
            "only CRLF line ends"
        );
        for needle in [
            "VERSION:2.0\r\n",
            "METHOD:PUBLISH\r\n",
            "PRODID:-//Planado//Planado ",
            "TZID:Europe/Berlin\r\n",
            "DTSTART;TZID=Europe/Berlin:20260319T100000\r\n",
            "DTEND;TZID=Europe/Berlin:20260319T110000\r\n",
            "RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=3\r\n",
            "SUMMARY:Team\\, \"A\"\\; B\r\n",
            "SEQUENCE:2\r\n",
            "DTSTAMP:20260102T030405Z\r\n",
            "UID:abc@planado.test\r\n",
            // The change to summer time on 29 March 2026 at 01:00 UTC, 02:00 local.
            "BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n",
            // The winter time in force at the start, from October 2025.
            "BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n",
        ] {
            assert!(ics.contains(needle), "missing {needle:?} in\n{ics}");
        }
    }

    #[test]
    fn zones_without_changes_and_odd_offsets() {
        let s = schedule("Asia/Kolkata", "2026-05-01 09:00", Repeat::None, 1);
        let ics = calendar(&s, &event("x"));
        assert!(ics.contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nTZNAME:IST\r\n"), "{ics}");
        assert!(!ics.contains("RRULE"));
        assert_eq!(utc_offset(-16200), "-0430");
        assert_eq!(utc_offset(20700), "+0545");
        assert_eq!(utc_offset(-3 * 3600 - 30), "-030030");
    }

    #[test]
    fn file_names() {
        assert_eq!(file_name("Team Übung: 2/3"), "Team Übung 2 3.ics");
        assert_eq!(file_name("日本"), "日本.ics");
        assert_eq!(file_name("../\\x\"y"), "x y.ics");
        assert_eq!(file_name(""), "meeting.ics");
    }
}
