-- Planado schema 8 (SQLite): the start of the occurrence whose room the
-- organiser opened before its opening ("enter" on the admin page), so that the
-- reservation backend lets Jitsi create that room from then on. NULL: none.
-- A later occurrence has another start, so the mark never carries over.
ALTER TABLE meetings ADD COLUMN opened_early_for INTEGER;
