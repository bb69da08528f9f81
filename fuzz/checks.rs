#![allow(dead_code)] // each fuzz target uses one check
//! The properties the fuzz targets check, shared with `tests/fuzz_corpus.rs`,
//! which replays the kept corpus and every crash ever found
//! (`fuzz/regressions/<target>/`) on each test run.

use chrono::{DateTime, Duration, NaiveDate, Timelike, Utc};
use chrono_tz::TZ_VARIANTS;
use planado::domain::calendar::{Event, calendar as write_calendar};
use planado::domain::exceptions;
use planado::domain::schedule::{local_time_exists, resolve_local};
use planado::domain::{Repeat, Schedule, Window};
use planado::edge::fastcgi::protocol::{
    self, Assembler, Capacity, MAX_PARAMS_BYTES, name_value_pairs, push_pair, read_record,
    write_record,
};
use planado::i18n::from_accept_language;
use planado::web::Failure;
use planado::web::{parse_urlencoded, prefers_json};

/// Form and query parsing: parsed or refused, never a panic; what is accepted
/// serialises back to the same pairs.
pub fn urlencoded(text: &str) {
    match parse_urlencoded(text) {
        Ok(params) => {
            assert!(params.0.len() <= planado::web::MAX_PARAMS);
            let again = serde_urlencoded::to_string(&params.0).unwrap();
            assert_eq!(parse_urlencoded(&again).unwrap(), params);
        }
        Err(Failure::BadInput { .. }) => {}
        Err(other) => panic!("unexpected failure {other:?}"),
    }
    let _ = prefers_json(text);
}

/// Accept-Language: any header picks an offered language or none.
pub fn accept_language(header: &str) {
    let ours = ["en", "de", "pt-BR", "zh-Hans"];
    if let Some(code) = from_accept_language(header, &ours) {
        assert!(ours.contains(&code), "{code}");
    }
}

/// A schedule from fuzzed numbers: a zone, a day after `first_day`, a minute
/// of the day, a rule and a count; `None` when that local time does not exist.
fn schedule(
    zone: u16,
    first_day: NaiveDate,
    day: i64,
    minute: u32,
    repeat: u8,
    count: u16,
) -> Option<Schedule> {
    let tz = TZ_VARIANTS[zone as usize % TZ_VARIANTS.len()];
    let local = (first_day + Duration::days(day)).and_hms_opt(minute / 60 % 24, minute % 60, 0)?;
    if !local_time_exists(tz, local) {
        return None;
    }
    let repeat = Repeat::ALL[repeat as usize % Repeat::ALL.len()];
    let count = if repeat == Repeat::None {
        1
    } else {
        u32::from(count) % 520 + 1
    };
    let schedule = Schedule {
        series_start: resolve_local(tz, local),
        tz,
        repeat,
        count,
        exceptions: Default::default(),
    };
    // Bookings refuse a rule that does not fit its start ("every weekday"
    // from a Saturday).
    schedule.fits_its_start().then_some(schedule)
}

pub type CalendarInput<'a> = (&'a str, u16, u16, u8, u8, u8, u16);

/// The .ics writer: every line ends in CRLF and has at most 75 octets, and the
/// name survives escaping.
pub fn calendar(input: CalendarInput<'_>) {
    let (name, zone, day, minute_hi, repeat, count, length) = input;
    let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let minutes = u32::from(minute_hi) * 6 % 1440;
    let Some(schedule) = schedule(
        zone,
        start,
        i64::from(day % 4000),
        minutes,
        repeat,
        u16::from(count),
    ) else {
        return;
    };
    let event = Event {
        uid: "x@fuzz".into(),
        sequence: 0,
        stamp: Utc::now(),
        summary: name.into(),
        description: name.to_string(),
        url: "https://planado.test/invite?id=x".into(),
        length: Duration::minutes(i64::from(length % 1440) + 1),
        reminder: Some(Duration::minutes(i64::from(length % 2000))),
        last_modified: None,
        cancelled: false,
        refresh: Some(Duration::hours(1)),
    };
    let ics = write_calendar(&schedule, &event);
    assert!(ics.ends_with("\r\n"));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    // The name read back by RFC 5545's rules (unfolded, unescaped), not by
    // the writer's own escaping: the same name, less control characters
    // other than the line break, which a calendar line cannot carry.
    let unfolded = ics.replace("\r\n ", "");
    let summary = unfolded
        .split("\r\n")
        .find_map(|line| line.strip_prefix("SUMMARY:"))
        .expect("a SUMMARY line");
    let expected: String = name
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect();
    assert_eq!(unescape_text(summary), expected);
}

/// RFC 5545, 3.3.11: `\\`, `\;`, `\,` and `\n` (or `\N`) stand for
/// themselves; a backslash before anything else does not occur.
fn unescape_text(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            assert!(c != ';' && c != ',', "an unescaped {c:?} in {value:?}");
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some(';') => out.push(';'),
            Some(',') => out.push(','),
            Some('n' | 'N') => out.push('\n'),
            other => panic!("a stray backslash before {other:?} in {value:?}"),
        }
    }
    out
}

pub type RecurrenceInput = (u16, u16, u16, u8, u16, [u32; 4]);

/// The recurrence arithmetic: exactly `count` occurrences, strictly
/// increasing, at the start's wall-clock time unless it does not exist that
/// day; the current occurrence never goes backwards as time moves on.
pub fn recurrence(input: RecurrenceInput) {
    let (zone, day, minute, repeat, count, probes) = input;
    let first = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    let Some(s) = schedule(
        zone,
        first,
        i64::from(day % 6000),
        u32::from(minute) % 1440,
        repeat,
        count,
    ) else {
        return;
    };
    let (tz, local, count) = (s.tz, s.local_start(), s.count);
    let all: Vec<_> = s.occurrences().collect();
    assert_eq!(all.len() as u32, count);
    assert!(all.windows(2).all(|w| w[0] < w[1]), "not increasing");
    for t in &all {
        let wall = t.with_timezone(&tz).naive_local();
        let same_time = wall.time() == local.time();
        let in_gap = !local_time_exists(tz, wall.date().and_time(local.time()));
        assert!(same_time || in_gap, "{wall} for {local}");
        assert_eq!(wall.second(), 0);
    }
    // The window varies too: rooms that open up to an hour early, and stay
    // open from an hour to two weeks (longer than a step: the next
    // occurrence's opening ends the current one).
    let window = Window {
        open_early: Duration::minutes(i64::from(probes[3] >> 20) % 61),
        expire: Duration::hours(1 + i64::from(probes[2] >> 16) % (24 * 14)),
    };
    let instants = probes.map(|p| s.series_start + Duration::minutes(i64::from(p % 6_000_000)));
    current_follows_the_clock(&s, instants, window);
    // The same series with exceptions the input chooses: a skip for each set
    // bit of one probe, a move by up to a day for each of another's. The
    // rules may refuse some (the last one left, out of order); what they let
    // through must keep the series in order, and never make a skipped
    // occurrence the current one.
    // (At most 60 occurrences: each change walks the series again.)
    let before = s.series_start - Duration::days(1);
    let mut with = Schedule {
        count: count.min(60),
        ..s.clone()
    };
    for k in 0..count.min(32) {
        let Some(slot) = with.slot(k) else { break };
        let request = if probes[1] >> k & 1 == 1 {
            exceptions::Request::Skip
        } else if probes[0] >> k & 1 == 1 {
            let shift = Duration::minutes(i64::from(probes[2].rotate_left(k) % 2881) - 1440);
            exceptions::Request::Move {
                date_time: (slot + shift).with_timezone(&tz).naive_local(),
            }
        } else {
            continue;
        };
        if let Ok(changed) = exceptions::apply(&with, 0, slot, request, before) {
            with = changed;
        }
    }
    let held: Vec<_> = with.held().collect();
    assert!(!held.is_empty(), "one occurrence is always left");
    assert!(
        held.windows(2).all(|w| w[0].1 < w[1].1),
        "held ones not in order"
    );
    assert_eq!(held.len() as u32, with.held_count());
    let text = with.exceptions.encode();
    assert_eq!(
        exceptions::Exceptions::decode(&text).as_ref(),
        Some(&with.exceptions)
    );
    current_follows_the_clock(&with, instants, window);
}

/// As the clock moves on, the current occurrence never goes backwards, is
/// always one that is held, ends at its window or at the next one's opening,
/// and is not left before it is over.
fn current_follows_the_clock(s: &Schedule, mut instants: [DateTime<Utc>; 4], window: Window) {
    instants.sort();
    let mut last = 0;
    for now in instants {
        match s.current(0, now, window) {
            Some((n, start)) => {
                assert!(n >= last, "went backwards");
                assert_eq!(Some(start), s.held_start(n), "a skipped one is current");
                assert!(now < start + window.expire, "current after its window");
                if let Some((_, next)) = s.next_held(n + 1) {
                    assert!(
                        now < next - window.open_early,
                        "current after the next opened"
                    );
                }
                if let Some((_, previous)) = s.held().take_while(|(k, _)| *k < n).last() {
                    assert!(
                        now >= previous + window.expire || now >= start - window.open_early,
                        "an occurrence skipped before it was over"
                    );
                }
                last = n;
            }
            None => last = s.count,
        }
    }
}

/// The FastCGI protocol on any byte stream, as a web server (or an attacker
/// on its socket) might send it: records are read and fed to the request
/// assembler until the stream ends or breaks the protocol, never a panic;
/// what a request holds stays within the caps; every reply is a well-formed
/// record; records and name-value pairs round-trip.
pub fn fastcgi(bytes: &[u8]) {
    const MAX_BODY: usize = 1024;
    let mut input = bytes;
    let mut assembler = Assembler::new(Capacity { max_conns: 7 }, MAX_BODY);
    let mut replies = Vec::new();
    while let Ok(Some(record)) = read_record(&mut input, !assembler.in_request()) {
        let mut written = Vec::new();
        write_record(&mut written, record.kind, record.id, &record.content).unwrap();
        assert_eq!(written.len() % 8, 0, "padded to eight bytes");
        assert_eq!(
            read_record(&mut written.as_slice(), false).unwrap(),
            Some(record.clone())
        );
        match assembler.feed(record, &mut replies) {
            Err(_) => break,
            Ok(None) => {}
            Ok(Some(request)) => {
                assert!(request.params.len() <= MAX_PARAMS_BYTES);
                assert!(
                    request.stdin.len() <= MAX_BODY + 1,
                    "the body is cut after the limit"
                );
                if let Ok(pairs) = name_value_pairs(&request.params) {
                    let mut again = Vec::new();
                    for (name, value) in &pairs {
                        push_pair(&mut again, name, value);
                    }
                    assert_eq!(name_value_pairs(&again).unwrap(), pairs);
                }
            }
        }
    }
    let mut replies = replies.as_slice();
    while !replies.is_empty() {
        let reply = read_record(&mut replies, false)
            .expect("a reply is a well-formed record")
            .expect("a whole record");
        assert!(matches!(
            reply.kind,
            protocol::END_REQUEST | protocol::GET_VALUES_RESULT | protocol::UNKNOWN_TYPE
        ));
    }
}
