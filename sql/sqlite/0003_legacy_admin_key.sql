-- Planado schema 3 (SQLite): an admin key imported from the PHP Planado, which
-- an invitee can compute. It opens the admin page once, which then hands out a
-- new key and stops accepting the old one.
ALTER TABLE meetings ADD COLUMN legacy_admin_key INTEGER NOT NULL DEFAULT 0;
