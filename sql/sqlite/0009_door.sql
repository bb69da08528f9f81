-- Planado schema 9 (SQLite): the door of a meeting's room, as the organiser
-- chose it, which the reservation backend hands to Jitsi: guests wait in the
-- lobby, a room password (shown to the organiser only, in the invitation only
-- when the organiser ticked that), at most so many participants. NULL: none.
ALTER TABLE meetings ADD COLUMN lobby INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN room_password TEXT;
ALTER TABLE meetings ADD COLUMN max_participants INTEGER;
ALTER TABLE meetings ADD COLUMN password_in_invitation INTEGER NOT NULL DEFAULT 0;
