-- Schema version 1: every table of the first journal.
-- Never edit a released migration: add the next numbered file instead.
--
-- Times are whole milliseconds since 1970 in UTC. Knots and treatments have a UUID
-- (uid) for exports; every other row is keyed by what it is (a session by its start,
-- a rating by knot, moment and context), which is also how imports skip what is there.
--
-- Only the two small tables carry CHECK constraints. PRAGMA quick_check, run on every
-- open, evaluates each CHECK on each row, which made it several times slower on a
-- ten-year journal; the values of the large tables are validated by core (the table
-- spec in core/records.py) before any write.

CREATE TABLE knots (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_ms INTEGER NOT NULL,
    view TEXT NOT NULL CHECK (view IN ('front', 'back')),
    x REAL NOT NULL CHECK (x BETWEEN 0 AND 1),
    y REAL NOT NULL CHECK (y BETWEEN 0 AND 1),
    muscle TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both', 'centre')),
    label TEXT NOT NULL,
    activity TEXT NOT NULL CHECK (activity IN ('active', 'latent')),
    depth TEXT NOT NULL CHECK (depth IN ('superficial', 'deep')),
    onset TEXT,
    status TEXT NOT NULL CHECK (status IN ('active', 'resolved', 'archived')),
    notes TEXT NOT NULL DEFAULT '',
    sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1))
);

CREATE TABLE sessions (
    started_ms INTEGER PRIMARY KEY,
    ended_ms INTEGER,
    routine TEXT NOT NULL,
    state TEXT NOT NULL,
    sample INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_open ON sessions (state) WHERE state = 'open';

CREATE TABLE ratings (
    knot INTEGER NOT NULL REFERENCES knots (id) ON DELETE CASCADE,
    at_ms INTEGER NOT NULL,
    context TEXT NOT NULL,
    tenderness INTEGER NOT NULL,
    session_ms INTEGER REFERENCES sessions (started_ms) ON DELETE SET NULL,
    sample INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (knot, at_ms, context)
) WITHOUT ROWID;

CREATE TABLE steps (
    session_ms INTEGER NOT NULL REFERENCES sessions (started_ms) ON DELETE CASCADE,
    started_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    knot INTEGER REFERENCES knots (id) ON DELETE SET NULL,
    muscle TEXT NOT NULL,
    side TEXT NOT NULL,
    planned_s INTEGER NOT NULL,
    actual_s INTEGER NOT NULL,
    sample INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_ms, started_ms, kind)
) WITHOUT ROWID;
CREATE INDEX holds_by_knot ON steps (knot, started_ms, actual_s)
    WHERE knot IS NOT NULL AND kind = 'hold';

CREATE TABLE treatments (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    on_date TEXT NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('deep_tissue', 'trigger_point', 'myofascial_release', 'other')),
    notes TEXT NOT NULL DEFAULT '',
    sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1))
);

CREATE TABLE treatment_knots (
    treatment INTEGER NOT NULL REFERENCES treatments (id) ON DELETE CASCADE,
    knot INTEGER NOT NULL REFERENCES knots (id) ON DELETE CASCADE,
    PRIMARY KEY (treatment, knot)
) WITHOUT ROWID;
CREATE INDEX treatment_knots_by_knot ON treatment_knots (knot);

CREATE TABLE water (
    at_ms INTEGER PRIMARY KEY,
    ml INTEGER NOT NULL,
    sample INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE posture_checks (
    at_ms INTEGER PRIMARY KEY,
    answer TEXT NOT NULL,
    sample INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE reminder_events (
    kind TEXT NOT NULL,
    due_ms INTEGER NOT NULL,
    fired_ms INTEGER,
    outcome TEXT NOT NULL,
    sample INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, due_ms)
) WITHOUT ROWID;

CREATE TABLE notes (
    at_ms INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    sample INTEGER NOT NULL DEFAULT 0
);
