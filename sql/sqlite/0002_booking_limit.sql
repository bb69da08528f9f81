-- Planado schema 2 (SQLite): the optional cap on bookings per client and hour.
-- A client is only a keyed hash of its address (IPv6: its /64); the key is
-- random, one per hour, and deleted with that hour's counts.
CREATE TABLE IF NOT EXISTS booking_windows (
    window_start INTEGER NOT NULL PRIMARY KEY,   -- UTC seconds, a full hour
    secret       BLOB    NOT NULL                -- 32 random bytes
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS booking_counts (
    client_hash  BLOB    NOT NULL PRIMARY KEY,   -- SHA-256(secret, address)
    window_start INTEGER NOT NULL,
    bookings     INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS booking_counts_window ON booking_counts (window_start);
