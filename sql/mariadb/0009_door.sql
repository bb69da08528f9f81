-- Planado schema 9 (MariaDB): the door of a meeting's room, as the organiser
-- chose it, which the reservation backend hands to Jitsi: guests wait in the
-- lobby, a room password (shown to the organiser only, in the invitation only
-- when the organiser ticked that), at most so many participants. NULL: none.
ALTER TABLE meetings ADD COLUMN IF NOT EXISTS lobby BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN IF NOT EXISTS room_password VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    ADD COLUMN IF NOT EXISTS max_participants SMALLINT NULL,
    ADD COLUMN IF NOT EXISTS password_in_invitation BOOLEAN NOT NULL DEFAULT FALSE;
