-- ChangeTalk schema, SQLite. Times are epoch milliseconds (UTC); ids are random strings made by the app,
-- so both databases share one id scheme and no id says how many rows exist.
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('trainee', 'instructor', 'admin')),
    manager_id TEXT REFERENCES users(id),
    pw_algorithm TEXT NOT NULL,
    pw_iterations INTEGER NOT NULL,
    pw_salt TEXT NOT NULL,
    pw_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX users_manager ON users(manager_id);

-- Only a SHA-256 hash of each session token is kept: a copy of the database does not sign anyone in.
CREATE TABLE auth_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX auth_sessions_user ON auth_sessions(user_id);

CREATE TABLE invites (
    code TEXT PRIMARY KEY,
    created_by TEXT NOT NULL REFERENCES users(id),
    max_uses INTEGER NOT NULL,
    uses INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX invites_creator ON invites(created_by);

CREATE TABLE practice_sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    scenario_id TEXT NOT NULL,
    title TEXT NOT NULL,
    seed BIGINT NOT NULL,
    feedback TEXT NOT NULL CHECK (feedback IN ('live', 'after')),
    status TEXT NOT NULL CHECK (status IN ('active', 'finished')),
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    turn_count INTEGER NOT NULL DEFAULT 0,
    opening_json TEXT NOT NULL,
    start_state_json TEXT NOT NULL,
    persona_json TEXT,
    ending_json TEXT,
    -- the finished session's MITI numbers, so progress per week needs no replay
    reflections_simple INTEGER,
    reflections_complex INTEGER,
    questions INTEGER,
    mi_adherent INTEGER,
    mi_non_adherent INTEGER
);
CREATE INDEX practice_sessions_user ON practice_sessions(user_id, started_at);

CREATE TABLE practice_turns (
    session_id TEXT NOT NULL REFERENCES practice_sessions(id),
    number INTEGER NOT NULL,
    trainee TEXT NOT NULL,
    turn_json TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (session_id, number)
);

CREATE TABLE drill_progress (
    user_id TEXT NOT NULL REFERENCES users(id),
    drill_id TEXT NOT NULL,
    level TEXT NOT NULL,
    item_index INTEGER NOT NULL,
    recent TEXT NOT NULL,
    mastered INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, drill_id)
);
