#!/usr/bin/env python3
"""The closing line of scripts/test: every test once, however many runs it was in.

    tally.py LOG [NAME=STATUS ...]

LOG holds the output of the `cargo test` runs. A test is named by its target and
its name; one that ran twice (the CGI tests run again against the shipped
binaries) counts once, and as failed if either run failed it. A target that did
not build, or whose process ended without its `test result:` line (a crash, a
signal), counts as one failed test. Each NAME=STATUS (a shell exit status) adds a
check of its own, such as the instruction budget. Prints
`tests: N passed, M failed` last and exits 1 when M > 0.
"""
import re
import sys

RUNNING = re.compile(r"^\s+Running (?:unittests )?(\S+)")
DOCTESTS = re.compile(r"^\s+Doc-tests (\S+)")
TEST_LINE = re.compile(r"test (\S+) \.\.\. (ok|FAILED|ignored)")
RESULT = re.compile(r"test result: \w+\. (\d+) passed; (\d+) failed")
NO_BUILD = re.compile(r'error: could not compile `[^`]+` \(([^)]+)\)')
FAILURE_NAME = re.compile(r"^    (\S+)$")


def tally(lines):
    outcome = {}  # (target, test) -> "ok" | "FAILED"

    def record(key, status):
        if outcome.get(key) != "FAILED":
            outcome[key] = status

    target, seen, finished, in_failures = None, set(), True, False
    for line in lines:
        line = line.rstrip("\n")
        started = RUNNING.match(line) or DOCTESTS.match(line)
        if started:
            if not finished:
                record((target, "<ended without its result: a crash?>"), "FAILED")
            target, seen, finished, in_failures = started.group(1), set(), False, False
            continue
        # Before any target ran too: a build that fails comes first.
        unbuilt = NO_BUILD.search(line)
        if unbuilt:
            record((unbuilt.group(1), "<did not build>"), "FAILED")
            continue
        if target is None:
            continue
        if line.strip() == "failures:":
            in_failures = True
            continue
        if in_failures:
            name = FAILURE_NAME.match(line)
            if name:
                record((target, name.group(1)), "FAILED")
                seen.add(name.group(1))
                continue
        for name, status in TEST_LINE.findall(line):
            if status != "ignored":
                record((target, name), "ok" if status == "ok" else "FAILED")
                seen.add(name)
        result = RESULT.search(line)
        if result:
            passed, failed = int(result.group(1)), int(result.group(2))
            # Lines that other output cut apart still count, by number.
            named_ok = sum(1 for (t, n), s in outcome.items() if t == target and n in seen and s == "ok")
            for i in range(max(0, passed - named_ok)):
                record((target, f"<unnamed {i}>"), "ok")
            named_failed = sum(1 for (t, n), s in outcome.items() if t == target and n in seen and s == "FAILED")
            for i in range(max(0, failed - named_failed)):
                record((target, f"<unnamed failure {i}>"), "FAILED")
            finished, in_failures = True, False
    if target is not None and not finished:
        record((target, "<ended without its result: a crash?>"), "FAILED")
    return outcome


def main():
    with open(sys.argv[1], errors="replace") as f:
        outcome = tally(f)
    for extra in sys.argv[2:]:
        name, status = extra.rsplit("=", 1)
        outcome[("scripts/test", name)] = "ok" if status == "0" else "FAILED"
    failed = sorted(f"{t} {n}" for (t, n), s in outcome.items() if s == "FAILED")
    passed = sum(1 for s in outcome.values() if s == "ok")
    for name in failed:
        print(f"failed: {name}")
    print(f"\ntests: {passed} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
