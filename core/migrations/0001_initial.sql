-- Schema version 1: every table of the first journal.
-- Never edit a released migration: add the next numbered file instead.
--
-- Times are whole milliseconds since 1970 in UTC. Knots and treatments have a UUID
-- (uid) for exports; every other row is keyed by what it is (a session by its start,
-- a rating by knot, moment and context), which is also how imports skip what is there.
--
-- PRAGMA quick_check runs on every open and costs per row: it evaluates each CHECK
-- and NOT NULL constraint on each row, and each index doubles the rows it visits. So
-- the three large tables (sessions, ratings, steps) carry no CHECK, NOT NULL only on
-- their keys, and one index between them; their values are validated by core against
-- the table spec (core/records.py, core/validation.py) before every write. On a
-- ten-year journal this keeps the check, and so the open, under 50 ms (docs/BENCHMARKS.md).

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
    routine TEXT,
    state TEXT,
    sample INTEGER DEFAULT 0
);
CREATE INDEX sessions_open ON sessions (state) WHERE state = 'open';

CREATE TABLE ratings (
    knot INTEGER NOT NULL REFERENCES knots (id) ON DELETE CASCADE,
    at_ms INTEGER NOT NULL,
    context TEXT NOT NULL,
    tenderness INTEGER,
    session_ms INTEGER REFERENCES sessions (started_ms) ON DELETE SET NULL,
    sample INTEGER DEFAULT 0,
    PRIMARY KEY (knot, at_ms, context)
) WITHOUT ROWID;

-- Steps happen one after another, so a step is known by the moment it started; the
-- steps of a session are the ones from its start to its end.
CREATE TABLE steps (
    started_ms INTEGER PRIMARY KEY,
    session_ms INTEGER NOT NULL REFERENCES sessions (started_ms) ON DELETE CASCADE,
    kind TEXT,
    knot INTEGER REFERENCES knots (id) ON DELETE SET NULL,
    muscle TEXT,
    side TEXT,
    planned_s INTEGER,
    actual_s INTEGER,
    sample INTEGER DEFAULT 0
);
-- Hold time per knot for the weekly summary; kind is included so the index covers it.
CREATE INDEX holds_by_knot ON steps (knot, started_ms, actual_s, kind)
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
