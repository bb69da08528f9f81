-- Planado schema 1 (MariaDB, Galera-safe: InnoDB, a primary key on every table).
-- Times are UTC seconds. No name, no invitees.
CREATE TABLE IF NOT EXISTS meetings (
    invite_id      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    room_id        VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    admin_key_hash VARBINARY(32) NOT NULL,
    series_start   BIGINT NOT NULL,
    time_zone      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    repeat_rule    VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    occurrences    INT NOT NULL,
    occurrence     INT NOT NULL,
    start_at       BIGINT NOT NULL,
    due_at         BIGINT NOT NULL,
    sequence       INT NOT NULL DEFAULT 0,
    PRIMARY KEY (invite_id),
    KEY meetings_due_at (due_at)
) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS planado_state (
    name  VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value BIGINT NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB;
INSERT IGNORE INTO planado_state (name, value) VALUES ('last_cleanup', 0);
