-- Planado schema 6 (MariaDB): how long each meeting lasts (0: the configured
-- meeting_minutes, as for every meeting booked before) and the reminder the
-- calendar entry carries (0: none).
ALTER TABLE meetings ADD COLUMN IF NOT EXISTS length_minutes SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN IF NOT EXISTS reminder_minutes SMALLINT NOT NULL DEFAULT 0;
