-- Planado schema 5 (MariaDB): minutes before each start at which the room
-- opens. Meetings booked before open at the start, as they always did.
ALTER TABLE meetings ADD COLUMN IF NOT EXISTS open_early_minutes SMALLINT NOT NULL DEFAULT 0;
