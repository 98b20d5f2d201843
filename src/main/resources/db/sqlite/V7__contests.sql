-- A trainee contests the automatic code of one of their responses ("I meant this as a reflection"); the
-- instructors of the session settle it by recoding the turn (turn_recodes) or confirming the code, and the
-- trainee reads the answer. Settled contests are gold data for the coder. Same table on both databases.
CREATE TABLE contests (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES practice_sessions(id),
    number INTEGER NOT NULL,
    trainee_id TEXT NOT NULL REFERENCES users(id),
    auto_code TEXT NOT NULL,
    meant_code TEXT NOT NULL,
    note TEXT,
    created_at BIGINT NOT NULL,
    outcome TEXT,
    answer TEXT,
    settled_by TEXT REFERENCES users(id),
    settled_at BIGINT
);
CREATE INDEX contests_session ON contests(session_id);
CREATE INDEX contests_open ON contests(outcome, created_at);
