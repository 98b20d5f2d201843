-- Issue 10: agreement without selection bias. An instructor confirms a turn's automatic codes ("agree") or
-- recodes it; both are reviews, so kappa is computed over every reviewed turn, not only the disagreements.
-- turn_recodes.version (V4) counts the reviews of a turn: a second reviewer must have seen the current one (409).
-- Existing rows are recodes, first version.
ALTER TABLE turn_recodes ADD COLUMN verdict TEXT NOT NULL DEFAULT 'recode' CHECK (verdict IN ('agree', 'recode'));
