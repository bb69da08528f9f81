-- Planado schema 7 (MariaDB): the reservation backend finds a meeting by the
-- room Jitsi asks about, through this index (no scan).
CREATE INDEX IF NOT EXISTS meetings_room ON meetings (room_id);
