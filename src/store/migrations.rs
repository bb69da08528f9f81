//! Versioned schema migrations, one SQL file per version and backend under `sql/`.

pub struct Migration {
    pub version: u32,
    pub sqlite: &'static str,
    pub mariadb: &'static str,
}

/// Every migration in order. Each must be safe to run again (`IF NOT EXISTS`),
/// because MariaDB cannot roll back DDL.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        sqlite: include_str!("../../sql/sqlite/0001_init.sql"),
        mariadb: include_str!("../../sql/mariadb/0001_init.sql"),
    },
    Migration {
        version: 2,
        sqlite: include_str!("../../sql/sqlite/0002_booking_limit.sql"),
        mariadb: include_str!("../../sql/mariadb/0002_booking_limit.sql"),
    },
    Migration {
        version: 3,
        sqlite: include_str!("../../sql/sqlite/0003_legacy_admin_key.sql"),
        mariadb: include_str!("../../sql/mariadb/0003_legacy_admin_key.sql"),
    },
    Migration {
        version: 4,
        sqlite: include_str!("../../sql/sqlite/0004_longer_repeat_names.sql"),
        mariadb: include_str!("../../sql/mariadb/0004_longer_repeat_names.sql"),
    },
    Migration {
        version: 5,
        sqlite: include_str!("../../sql/sqlite/0005_open_early.sql"),
        mariadb: include_str!("../../sql/mariadb/0005_open_early.sql"),
    },
    Migration {
        version: 6,
        sqlite: include_str!("../../sql/sqlite/0006_length_and_reminder.sql"),
        mariadb: include_str!("../../sql/mariadb/0006_length_and_reminder.sql"),
    },
    Migration {
        version: 7,
        sqlite: include_str!("../../sql/sqlite/0007_room_index.sql"),
        mariadb: include_str!("../../sql/mariadb/0007_room_index.sql"),
    },
    Migration {
        version: 8,
        sqlite: include_str!("../../sql/sqlite/0008_opened_early.sql"),
        mariadb: include_str!("../../sql/mariadb/0008_opened_early.sql"),
    },
    Migration {
        version: 9,
        sqlite: include_str!("../../sql/sqlite/0009_door.sql"),
        mariadb: include_str!("../../sql/mariadb/0009_door.sql"),
    },
    Migration {
        version: 10,
        sqlite: include_str!("../../sql/sqlite/0010_calendar_feed.sql"),
        mariadb: include_str!("../../sql/mariadb/0010_calendar_feed.sql"),
    },
];

pub fn latest() -> u32 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

/// The statements of a SQL file, split at `;` line ends, comments dropped.
pub fn statements(sql: &str) -> Vec<String> {
    let without_comments: String = sql
        .lines()
        .map(|l| l.split("--").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    without_comments
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}
