-- Planado schema 10 (SQLite): calendars that follow the meeting.
-- The occurrences of a series skipped or moved by the organiser, as
-- `start` (skipped) or `start=moved` (UTC seconds), comma-separated; NULL: none.
ALTER TABLE meetings ADD COLUMN exceptions TEXT;
-- When the organiser booked or last changed the meeting (the calendar's
-- LAST-MODIFIED); 0 for meetings booked before this schema, until their next change.
ALTER TABLE meetings ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
-- What a subscribed calendar needs of a meeting that was cancelled or is over,
-- for `feed_grace_days`: its times and sequence, never its room or admin key.
-- cancelled: 1 when the organiser cancelled it, 0 when its last occurrence is
-- over; forget_at: cleanup deletes it from then on. (No comments inside the
-- statement: SQLite keeps its text and every process parses it again.)
CREATE TABLE IF NOT EXISTS ended_meetings (
    invite_id      TEXT    NOT NULL PRIMARY KEY,
    series_start   INTEGER NOT NULL,
    time_zone      TEXT    NOT NULL,
    repeat_rule    TEXT    NOT NULL,
    occurrences    INTEGER NOT NULL,
    exceptions     TEXT,
    length_minutes INTEGER NOT NULL,
    sequence       INTEGER NOT NULL,
    changed_at     INTEGER NOT NULL,
    cancelled      INTEGER NOT NULL,
    forget_at      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ended_meetings_forget_at ON ended_meetings (forget_at);
