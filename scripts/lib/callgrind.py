"""What one `invite` waiting-page request costs as a CGI process, counted by
callgrind (the process only, not the database server), on SQLite and on
MariaDB: for scripts/instruction-budget and scripts/bench-size.

MariaDB: PLANADO_TEST_MARIADB (scripts/test starts a private server).
"""
import os, re, subprocess, sys, tempfile

from harness import mariadb_url, sql

KNOWN_ID = "budgetbudgetbudgetbudgetbu"
NOW = "2030-01-01T00:00:00Z"
FUTURE = 1_900_000_000  # 2030-03-17: the meeting is waiting at NOW
DB = "planado_test_budget"
INSERT = ("INSERT INTO meetings (invite_id, room_id, admin_key_hash, series_start, time_zone, repeat_rule, "
          "occurrences, occurrence, start_at, due_at, sequence) VALUES "
          f"('{KNOWN_ID}', 'roomroomroomroomroomroomroomroom', x'00', {FUTURE}, 'Europe/Berlin', 'weekly', "
          f"10, 0, {FUTURE}, {FUTURE + 82800}, 0)")


def exe(bin_dir, name):
    """A binary in bin_dir, or in its cgi-bin/ (the release archive's layout)."""
    for path in (os.path.join(bin_dir, name), os.path.join(bin_dir, "cgi-bin", name)):
        if os.path.isfile(path):
            return path
    sys.exit(f"no {name} in {bin_dir}")


def cgi_env(url):
    return {"PATH": os.environ["PATH"], "GATEWAY_INTERFACE": "CGI/1.1", "REQUEST_METHOD": "GET",
            "QUERY_STRING": f"id={KNOWN_ID}", "SCRIPT_NAME": "/invite", "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1", "HTTP_HOST": "127.0.0.1",
            "HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9,en;q=0.8",
            "PLANADO_DATABASE_URL": url}


def instructions(bin_dir, url):
    env = cgi_env(url)
    for _ in range(3):  # the page cache, the server's caches, the persistent WAL files
        out = subprocess.run([exe(bin_dir, "invite")], env=env, capture_output=True, check=True).stdout
    if not out.startswith(b"Status: 200"):
        sys.exit(f"invite did not answer 200 on {url}: {out[:300]!r}")
    grind = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", exe(bin_dir, "invite")],
                           env=env, capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", grind.stderr)
    if grind.returncode != 0 or not found:
        sys.exit(f"callgrind failed:\n{grind.stderr}")
    return int(found.group(1))


def measure(bin_dir):
    """Instructions of one waiting-page request on each store, by the binaries in bin_dir."""
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:{tmp}/budget.sqlite"
        subprocess.run([exe(bin_dir, "planado"), "init"], env={"PLANADO_DATABASE_URL": url}, capture_output=True, check=True)
        _sqlite_insert(url)
        figures["invite_sqlite"] = instructions(bin_dir, url)
    sql(f"DROP DATABASE IF EXISTS {DB}; CREATE DATABASE {DB}")
    url = f"{mariadb_url()}/{DB}"
    subprocess.run([exe(bin_dir, "planado"), "init"], env={"PLANADO_DATABASE_URL": url}, capture_output=True, check=True)
    sql(INSERT, DB)
    figures["invite_mariadb"] = instructions(bin_dir, url)
    sql(f"DROP DATABASE IF EXISTS {DB}")
    return figures


def _sqlite_insert(url):
    import sqlite3
    db = sqlite3.connect(url[len("sqlite:"):])
    db.execute(INSERT)
    db.commit()
    db.close()
