-- Guided mode (issue 11): a beginner picks each response from three or four offered ones. Stored with the
-- session so reports, lists and dashboards can mark it; every session before this migration was typed.
ALTER TABLE practice_sessions ADD COLUMN guided INTEGER NOT NULL DEFAULT 0;
