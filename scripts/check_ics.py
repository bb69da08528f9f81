#!/usr/bin/env python3
"""Checks calendar files with independent tools: icalendar parses each file and
recurring_ical_events expands its series; the starts must be exactly the ones
Planado's server walks. Input: a JSON manifest, a list of
{"file": PATH, "expected": [RFC 3339 UTC starts]}. Prints one line per failure
and a closing 'N passed, N failed' line; exits 1 on any failure."""
import datetime as dt
import json
import sys

import icalendar
import recurring_ical_events


def check(path, expected):
    raw = open(path, "rb").read()
    problems = []
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
    starts = sorted(e["DTSTART"].dt.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") for e in events)
    if starts != expected:
        problems.append(f"series differs:\n  planado: {expected}\n  python:  {starts}")
    return problems


def main():
    manifest = json.load(open(sys.argv[1]))
    failed = 0
    for case in manifest:
        problems = check(case["file"], case["expected"])
        if problems:
            failed += 1
            print(f"FAIL {case['file']}: " + "; ".join(problems))
    print(f"calendar files: {len(manifest) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
