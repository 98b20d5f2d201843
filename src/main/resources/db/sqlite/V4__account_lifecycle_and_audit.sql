-- Issue 12: the account lifecycle (which browser a sign-in is, one-time password resets), an audit log of
-- who granted or took back access, and idempotent practice turns. Same statements on both databases.
ALTER TABLE auth_sessions ADD COLUMN user_agent TEXT;

-- A one-time code an admin hands a user to set a new password; kept only as a hash, used once.
CREATE TABLE password_resets (
    code_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX password_resets_user ON password_resets(user_id);

-- Every grant and removal of access (cohort instructors and members, leaving, password resets), for admins.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id TEXT NOT NULL,
    action TEXT NOT NULL,
    cohort_id TEXT,
    subject_id TEXT,
    detail TEXT
);
CREATE INDEX audit_log_at ON audit_log(at);

-- The client's key for a turn it sends: a resend with the same key returns the stored turn, not a second one.
ALTER TABLE practice_turns ADD COLUMN request_key TEXT;
CREATE UNIQUE INDEX practice_turns_request_key ON practice_turns(session_id, request_key);

-- Recodes carry a version, so the second of two instructors recoding one turn is told, not overwritten.
ALTER TABLE turn_recodes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
