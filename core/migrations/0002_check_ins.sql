-- Schema version 2: the optional daily check-in (stress and hours at the desk).
-- Never edit a released migration: add the next numbered file instead.
--
-- One row per local calendar day, keyed by the date as ISO text (2026-03-02): the day
-- is the user's own, so it does not move when the zone or the clock changes later.
-- Either answer may be left out, but not both. at_ms is when the answer was last
-- given (whole milliseconds since 1970, UTC); a new answer on the same day replaces
-- the row.
--
-- PRAGMA quick_check evaluates every CHECK on every row on each open (see 0001), but
-- this table holds one row a day, some 3,650 in ten years, so its checks cost well
-- under a millisecond and stay. core validates the same ranges before every write
-- (core/records.py); the CHECKs also keep an imported row with neither answer out.

CREATE TABLE daily_check_ins (
    day TEXT PRIMARY KEY NOT NULL,
    stress INTEGER CHECK (stress BETWEEN 0 AND 10),
    desk_hours REAL CHECK (desk_hours BETWEEN 0 AND 24),
    at_ms INTEGER NOT NULL,
    sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    CONSTRAINT "a check-in needs stress or desk_hours"
        CHECK (stress IS NOT NULL OR desk_hours IS NOT NULL)
) WITHOUT ROWID;
