-- Planado schema 3 (MariaDB): an admin key imported from the PHP Planado, which
-- an invitee can compute. It opens the admin page once, which then hands out a
-- new key and stops accepting the old one.
ALTER TABLE meetings ADD COLUMN IF NOT EXISTS legacy_admin_key TINYINT NOT NULL DEFAULT 0;
