-- Schema version 1: every table of the first journal.
-- Never edit a released migration: add the next numbered file instead.
CREATE TABLE knots (
    id TEXT PRIMARY KEY,
    created_utc TEXT NOT NULL,
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
    id TEXT PRIMARY KEY,
    started_utc TEXT NOT NULL,
    ended_utc TEXT,
    routine TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'completed', 'interrupted', 'aborted')),
    sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1))
);
CREATE TABLE ratings (
    id TEXT PRIMARY KEY,
    knot_id TEXT NOT NULL REFERENCES knots (id) ON DELETE CASCADE,
    at_utc TEXT NOT NULL,
    tenderness INTEGER NOT NULL CHECK (tenderness BETWEEN 0 AND 10),
    context TEXT NOT NULL CHECK (context IN ('before_hold', 'after_hold', 'check_in')),
    session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
    sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1))
);
CREATE TABLE steps (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('hold', 'stretch', 'foam_roll', 'rest')),
    knot_id TEXT REFERENCES knots (id) ON DELETE SET NULL,
    muscle TEXT NOT NULL DEFAULT '',
    side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both', 'centre')),
    planned_s INTEGER NOT NULL CHECK (planned_s >= 0),
    actual_s INTEGER NOT NULL CHECK (actual_s >= 0),
    started_utc TEXT NOT NULL,
    sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1))
);
CREATE TABLE treatments (
    id TEXT PRIMARY KEY,
    on_date TEXT NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('deep_tissue', 'trigger_point', 'myofascial_release', 'other')),
    notes TEXT NOT NULL DEFAULT '',
    sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1))
);
CREATE TABLE treatment_knots (
    treatment_id TEXT NOT NULL REFERENCES treatments (id) ON DELETE CASCADE,
    knot_id TEXT NOT NULL REFERENCES knots (id) ON DELETE CASCADE,
    PRIMARY KEY (treatment_id, knot_id)
) WITHOUT ROWID;
CREATE TABLE water (
    id TEXT PRIMARY KEY,
    at_utc TEXT NOT NULL,
    ml INTEGER NOT NULL CHECK (ml BETWEEN 1 AND 5000),
    sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1))
);
CREATE TABLE posture_checks (
    id TEXT PRIMARY KEY,
    at_utc TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('good', 'adjusted')),
    sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1))
);
CREATE TABLE reminder_events (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN
        ('water', 'posture', 'micro_break', 'movement_break', 'daily_session')),
    due_utc TEXT NOT NULL,
    fired_utc TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('done', 'snoozed', 'skipped', 'missed')),
    sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1))
);
CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    at_utc TEXT NOT NULL,
    text TEXT NOT NULL,
    sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1))
);
CREATE INDEX ratings_by_knot ON ratings (knot_id, at_utc, tenderness);
CREATE INDEX steps_by_session ON steps (session_id);
CREATE INDEX steps_by_knot ON steps (knot_id, started_utc) WHERE knot_id IS NOT NULL;
CREATE INDEX sessions_by_start ON sessions (started_utc);
CREATE INDEX sessions_open ON sessions (state) WHERE state = 'open';
CREATE INDEX treatment_knots_by_knot ON treatment_knots (knot_id);
CREATE INDEX water_by_time ON water (at_utc);
CREATE INDEX posture_by_time ON posture_checks (at_utc);
CREATE INDEX reminders_by_due ON reminder_events (due_utc);
CREATE INDEX notes_by_time ON notes (at_utc);
