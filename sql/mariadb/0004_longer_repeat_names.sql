-- Room for the weekday repetitions' names (monthly_last_weekday has 20
-- characters). Widening a VARCHAR within 255 bytes changes no row: MariaDB
-- does it in place, and running it again changes nothing.
ALTER TABLE meetings MODIFY repeat_rule VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
