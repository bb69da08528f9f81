-- Planado schema 1 (SQLite). Times are UTC seconds. No name, no invitees.
CREATE TABLE IF NOT EXISTS meetings (
    invite_id      TEXT    NOT NULL PRIMARY KEY,  -- public link id
    room_id        TEXT    NOT NULL,              -- Jitsi room of the current occurrence
    admin_key_hash BLOB    NOT NULL,              -- SHA-256 of the admin key
    series_start   INTEGER NOT NULL,              -- first occurrence (RFC 5545 DTSTART)
    time_zone      TEXT    NOT NULL,              -- IANA zone the series is walked in
    repeat_rule    TEXT    NOT NULL,              -- none daily weekly biweekly fourweekly monthly
    occurrences    INTEGER NOT NULL,              -- total occurrences (RFC 5545 COUNT)
    occurrence     INTEGER NOT NULL,              -- index of the current occurrence
    start_at       INTEGER NOT NULL,              -- start of the current occurrence
    due_at         INTEGER NOT NULL,              -- when the current occurrence is over
    sequence       INTEGER NOT NULL DEFAULT 0     -- changes by the organiser
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS meetings_due_at ON meetings (due_at);
CREATE TABLE IF NOT EXISTS planado_state (
    name  TEXT    NOT NULL PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO planado_state (name, value) VALUES ('last_cleanup', 0);
