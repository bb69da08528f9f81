"""Schemathesis hooks for tests/api_spec.rs (SCHEMATHESIS_HOOKS=schemathesis_hooks).

Every generated request names the meeting the test booked (schemathesis.toml).
A generated cancellation would delete it, and every later case would then pass
as a 404 that tests nothing: each cancellation gets a meeting of its own,
booked here just before it is sent. The test checks afterwards that the
shared meeting is still there.
"""
import json
import os
import urllib.parse
import urllib.request

import schemathesis


def _fresh_meeting():
    """Books a meeting a year ahead through the server under test; its id and key."""
    base = os.environ["PLANADO_ST_URL"]
    form = urllib.parse.urlencode({"name": "Cancelled", "date": os.environ["PLANADO_ST_DATE"],
                                   "time": "10:00", "tz": "UTC"}).encode()
    request = urllib.request.Request(f"{base}/booking", data=form,
                                     headers={"Accept": "application/json"})
    with urllib.request.urlopen(request) as answer:
        admin_url = json.load(answer)["admin_url"]
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(admin_url).query)
    return query["id"][0], query["key"][0].split("#")[0]


@schemathesis.hook
def before_call(ctx, case, kwargs):
    body = case.body if isinstance(case.body, dict) else {}
    query = case.query or {}
    if body.get("action") == "cancel" and query.get("key") == os.environ["PLANADO_ST_KEY"]:
        query["id"], query["key"] = _fresh_meeting()
        case.query = query
