-- Planado schema 10 (MariaDB, Galera-safe: InnoDB, a primary key on the new
-- table, no server clock): calendars that follow the meeting.
-- The occurrences of a series skipped or moved by the organiser, as
-- `start` (skipped) or `start=moved` (UTC seconds), comma-separated; NULL: none.
-- When the organiser booked or last changed the meeting (the calendar's
-- LAST-MODIFIED); 0 for meetings booked before this schema, until their next change.
ALTER TABLE meetings ADD COLUMN IF NOT EXISTS exceptions TEXT CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN IF NOT EXISTS changed_at BIGINT NOT NULL DEFAULT 0;
-- What a subscribed calendar needs of a meeting that was cancelled or is over,
-- for `feed_grace_days`: its times and sequence, never its room or admin key.
CREATE TABLE IF NOT EXISTS ended_meetings (
    invite_id      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    series_start   BIGINT NOT NULL,
    time_zone      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    repeat_rule    VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    occurrences    INT NOT NULL,
    exceptions     TEXT CHARACTER SET ascii COLLATE ascii_bin NULL,
    length_minutes INT NOT NULL,
    sequence       INT NOT NULL,
    changed_at     BIGINT NOT NULL,
    cancelled      BOOLEAN NOT NULL,
    forget_at      BIGINT NOT NULL,
    PRIMARY KEY (invite_id),
    KEY ended_meetings_forget_at (forget_at)
) ENGINE=InnoDB;
