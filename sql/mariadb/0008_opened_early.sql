-- Planado schema 8 (MariaDB): the start of the occurrence whose room the
-- organiser opened before its opening ("enter" on the admin page), so that the
-- reservation backend lets Jitsi create that room from then on. NULL: none.
-- A later occurrence has another start, so the mark never carries over.
ALTER TABLE meetings ADD COLUMN IF NOT EXISTS opened_early_for BIGINT NULL;
