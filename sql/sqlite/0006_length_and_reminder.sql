-- Planado schema 6 (SQLite): how long each meeting lasts (0: the configured
-- meeting_minutes, as for every meeting booked before) and the reminder the
-- calendar entry carries (0: none).
ALTER TABLE meetings ADD COLUMN length_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN reminder_minutes INTEGER NOT NULL DEFAULT 0;
