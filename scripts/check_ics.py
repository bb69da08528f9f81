#!/usr/bin/env python3
"""Checks calendar files with independent tools: icalendar parses each file and
recurring_ical_events expands its series; the starts must be exactly the ones
Planado's server walks. Input: a JSON manifest, a list of
{"file": PATH, "expected": [RFC 3339 UTC starts], "rename_tzid": ZONE?,
"duration_minutes": N?, "reminder_minutes": N?}: DTEND must be DTSTART plus the
duration, and every occurrence must carry one display alarm that many minutes
before (none for 0); with
rename_tzid, the zone's name is replaced by one no library knows first, so that
the parser must use the file's own VTIMEZONE. Prints one line per failure
and a closing 'N passed, N failed' line; exits 1 on any failure."""
import datetime as dt
import json
import sys
import zoneinfo

import icalendar
import recurring_ical_events


renamed = 0


def check_event(cal, events, duration_minutes, reminder_minutes):
    """DTEND and the VALARM of the event, and the alarm in every occurrence."""
    problems = []
    event = cal.walk("VEVENT")[0]
    start, end = event["DTSTART"].dt, event["DTEND"].dt
    # Both in the event's zone: the difference is the wall-clock length.
    if duration_minutes is not None and end - start != dt.timedelta(minutes=duration_minutes):
        problems.append(f"DTEND - DTSTART is {end - start}, not {duration_minutes} minutes")
    if reminder_minutes is not None:
        want = 1 if reminder_minutes else 0
        for e in events:
            alarms = e.walk("VALARM")
            if len(alarms) != want:
                problems.append(f"{len(alarms)} alarms in an occurrence, not {want}")
                break
            if want and (str(alarms[0]["ACTION"]) != "DISPLAY"
                         or alarms[0]["TRIGGER"].dt != -dt.timedelta(minutes=reminder_minutes)):
                problems.append(f"alarm {alarms[0]['ACTION']} {alarms[0]['TRIGGER'].dt}, not DISPLAY {reminder_minutes} minutes before")
                break
    return problems


def check(path, expected, rename_tzid=None, duration_minutes=None, reminder_minutes=None):
    global renamed
    raw = open(path, "rb").read()
    problems = []
    if rename_tzid:
        # A zone no library knows, a new name each time (icalendar caches zones
        # by name): the parser must use the file's own VTIMEZONE.
        renamed += 1
        zone, unknown = rename_tzid.encode(), b"Planado-Test/No-Such-Zone-%d" % renamed
        raw = raw.replace(b"TZID:" + zone + b"\r\n", b"TZID:" + unknown + b"\r\n")
        raw = raw.replace(b"TZID=" + zone + b":", b"TZID=" + unknown + b":")
        unfolded = raw.replace(b"\r\n ", b"")
        if unknown not in raw or b"TZID:" + zone in unfolded or b"TZID=" + zone in unfolded:
            problems.append("the zone name could not be replaced")
    lines = raw.split(b"\r\n")
    if lines[-1] != b"" or any(b"\n" in line for line in lines):
        problems.append("line ends are not all CRLF")
    if any(len(line) > 75 for line in lines):
        problems.append("a line is longer than 75 octets")
    for line in lines:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append("a fold splits a UTF-8 sequence")
    cal = icalendar.Calendar.from_ical(raw)
    if str(cal.get("VERSION")) != "2.0" or not cal.get("PRODID"):
        problems.append("VERSION or PRODID missing")
    events = recurring_ical_events.of(cal).between(dt.datetime(1990, 1, 1), dt.datetime(2100, 1, 1))
    if rename_tzid:
        kinds = {type(e["DTSTART"].dt.tzinfo).__module__ for e in events}
        if any(k.startswith("zoneinfo") for k in kinds):
            problems.append(f"the parser used its own zone data ({kinds}), not the VTIMEZONE")
    starts = sorted(e["DTSTART"].dt.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") for e in events)
    problems += check_event(cal, events, duration_minutes, reminder_minutes)
    if rename_tzid:
        problems += check_vtimezone(events, expected, rename_tzid)
    elif starts != expected:
        problems.append(f"series differs:\n  planado: {expected}\n  python:  {starts}")
    return problems


def check_vtimezone(events, expected, real_zone):
    """The zone Python built from the VTIMEZONE against the real one: at every
    occurrence the same UTC offset, and the same instants, except where the
    local time falls into a gap (dateutil, behind icalendar, then takes the
    offset after the gap; RFC 5545 and zoneinfo the one before)."""
    real = zoneinfo.ZoneInfo(real_zone)
    events = sorted(events, key=lambda e: e["DTSTART"].dt)
    if len(events) != len(expected):
        return [f"VTIMEZONE only: {len(events)} occurrences, not {len(expected)}"]
    vtz = events[0]["DTSTART"].dt.tzinfo
    wall = events[0]["DTSTART"].dt.time()
    problems = []
    for event, want in zip(events, expected):
        t = dt.datetime.strptime(want, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        if t.astimezone(vtz).utcoffset() != t.astimezone(real).utcoffset():
            problems.append(f"VTIMEZONE offset at {want}: {t.astimezone(vtz).utcoffset()}, real {t.astimezone(real).utcoffset()}")
        in_gap = t.astimezone(real).time() != wall
        got = event["DTSTART"].dt.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        if got != want and not in_gap:
            problems.append(f"VTIMEZONE only: {got} where the series has {want}")
    return problems


def main():
    manifest = json.load(open(sys.argv[1]))
    failed = 0
    for case in manifest:
        problems = check(case["file"], case["expected"], case.get("rename_tzid"),
                         case.get("duration_minutes"), case.get("reminder_minutes"))
        if problems:
            failed += 1
            how = " (zone renamed: VTIMEZONE only)" if case.get("rename_tzid") else ""
            print(f"FAIL {case['file']}{how}: " + "; ".join(problems))
    print(f"calendar files: {len(manifest) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
