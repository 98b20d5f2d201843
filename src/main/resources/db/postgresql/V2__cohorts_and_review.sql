-- Cohorts, sharing, human recodes and comments (issue 5). Same tables on both databases.
-- Imported transcripts are stored as finished sessions of kind 'imported' beside practice sessions, so
-- sharing, review, comments and exports treat both alike.
ALTER TABLE practice_sessions ADD COLUMN kind TEXT NOT NULL DEFAULT 'practice';

CREATE TABLE cohorts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    invite_code TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL
);

CREATE TABLE cohort_instructors (
    cohort_id TEXT NOT NULL REFERENCES cohorts(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    added_at BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, user_id)
);
CREATE INDEX cohort_instructors_user ON cohort_instructors(user_id);

CREATE TABLE cohort_members (
    cohort_id TEXT NOT NULL REFERENCES cohorts(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    added_at BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, user_id)
);
CREATE INDEX cohort_members_user ON cohort_members(user_id);

CREATE TABLE session_shares (
    session_id TEXT NOT NULL REFERENCES practice_sessions(id),
    cohort_id TEXT NOT NULL REFERENCES cohorts(id),
    shared_at BIGINT NOT NULL,
    PRIMARY KEY (session_id, cohort_id)
);
CREATE INDEX session_shares_cohort ON session_shares(cohort_id);

-- A human's codes for one counselor turn; the automatic codes stay in practice_turns.turn_json.
CREATE TABLE turn_recodes (
    session_id TEXT NOT NULL REFERENCES practice_sessions(id),
    number INTEGER NOT NULL,
    codes_json TEXT NOT NULL,
    recoded_by TEXT NOT NULL REFERENCES users(id),
    recoded_at BIGINT NOT NULL,
    PRIMARY KEY (session_id, number)
);

CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES practice_sessions(id),
    turn INTEGER NOT NULL,
    parent_id TEXT REFERENCES comments(id),
    author_id TEXT NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX comments_session ON comments(session_id, created_at);
