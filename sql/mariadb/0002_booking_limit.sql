-- Planado schema 2 (MariaDB): the optional cap on bookings per client and hour.
-- A client is only a keyed hash of its address (IPv6: its /64); the key is
-- random, one per hour, and deleted with that hour's counts.
CREATE TABLE IF NOT EXISTS booking_windows (
    window_start BIGINT NOT NULL,
    secret       VARBINARY(32) NOT NULL,
    PRIMARY KEY (window_start)
) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS booking_counts (
    client_hash  VARBINARY(32) NOT NULL,
    window_start BIGINT NOT NULL,
    bookings     INT NOT NULL,
    PRIMARY KEY (client_hash),
    KEY booking_counts_window (window_start)
) ENGINE=InnoDB;
