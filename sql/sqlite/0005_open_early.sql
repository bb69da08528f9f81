-- Planado schema 5 (SQLite): minutes before each start at which the room
-- opens. Meetings booked before open at the start, as they always did.
ALTER TABLE meetings ADD COLUMN open_early_minutes INTEGER NOT NULL DEFAULT 0;
