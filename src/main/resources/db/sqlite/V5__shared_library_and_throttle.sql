-- Issue 12, many instances on one PostgreSQL: the scenario library (published files, drafts, every saved
-- version) and the sign-in throttle live in the database so that every instance sees the same ones.
-- SQLite keeps the library in its folder and the throttle in memory; it gets the same tables (unused) so
-- both databases have one migration list.

-- Published files: scenarios (<id>.json) and their test plans (<id>.test.json), by file name.
CREATE TABLE scenario_files (
    name TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- A scenario's draft: kept out of the library until it is published.
CREATE TABLE scenario_drafts (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Every saved text of a scenario, numbered from 1.
CREATE TABLE scenario_versions (
    id TEXT NOT NULL,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    saved_at BIGINT NOT NULL,
    saved_by_id TEXT,
    saved_by_name TEXT,
    draft BOOLEAN NOT NULL,
    valid BOOLEAN NOT NULL,
    PRIMARY KEY (id, number)
);

-- One row: whether the folder was imported, and a counter every publish raises (instances poll it when
-- a notification may have been missed). Saves lock this row, so they happen one at a time.
CREATE TABLE scenario_library (
    singleton INTEGER PRIMARY KEY,
    imported_at BIGINT,
    generation BIGINT NOT NULL
);
INSERT INTO scenario_library (singleton, imported_at, generation) VALUES (1, NULL, 0);

-- The sign-in throttle's counters (see LoginThrottle): failures in the window, when the last one was,
-- attempts being checked now, and when the row last changed (to forget attempts of a crashed instance).
CREATE TABLE login_throttle (
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_millis BIGINT NOT NULL,
    in_flight INTEGER NOT NULL,
    touched_millis BIGINT NOT NULL
);

-- Browsers (device token hashes) that have signed in to an account: they keep their own budget.
CREATE TABLE login_devices (
    device_hash TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    at BIGINT NOT NULL
);
