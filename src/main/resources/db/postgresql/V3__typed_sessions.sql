-- Issue 10: a session is stored as typed columns, not as the web API's JSON. The client's lines, the states and
-- the ending become columns; a turn's codes and flags (a list per turn) stay JSON in coding_json and its
-- feedback in feedback_json, both read and written only by storage's SessionRows, in storage's own shape.
-- Existing rows are converted in place, so sessions stored before this migration open as they did.
ALTER TABLE practice_sessions ADD COLUMN opening_beat TEXT;
ALTER TABLE practice_sessions ADD COLUMN opening_text TEXT;
ALTER TABLE practice_sessions ADD COLUMN opening_talk TEXT;
ALTER TABLE practice_sessions ADD COLUMN start_engagement DOUBLE PRECISION;
ALTER TABLE practice_sessions ADD COLUMN start_discord DOUBLE PRECISION;
ALTER TABLE practice_sessions ADD COLUMN start_importance DOUBLE PRECISION;
ALTER TABLE practice_sessions ADD COLUMN start_confidence DOUBLE PRECISION;
ALTER TABLE practice_sessions ADD COLUMN start_stage TEXT;
ALTER TABLE practice_sessions ADD COLUMN persona_name TEXT;
ALTER TABLE practice_sessions ADD COLUMN persona_age INTEGER;
ALTER TABLE practice_sessions ADD COLUMN persona_pronouns TEXT;
ALTER TABLE practice_sessions ADD COLUMN ending_kind TEXT;
ALTER TABLE practice_sessions ADD COLUMN ending_beat TEXT;
ALTER TABLE practice_sessions ADD COLUMN ending_turn INTEGER;

UPDATE practice_sessions SET
    opening_beat = ((opening_json::jsonb) ->> 'beat'),
    opening_text = ((opening_json::jsonb) ->> 'text'),
    opening_talk = ((opening_json::jsonb) ->> 'talk'),
    start_engagement = ((start_state_json::jsonb) ->> 'engagement')::DOUBLE PRECISION,
    start_discord = ((start_state_json::jsonb) ->> 'discord')::DOUBLE PRECISION,
    start_importance = ((start_state_json::jsonb) ->> 'importance')::DOUBLE PRECISION,
    start_confidence = ((start_state_json::jsonb) ->> 'confidence')::DOUBLE PRECISION,
    start_stage = ((start_state_json::jsonb) ->> 'stage'),
    persona_name = ((persona_json::jsonb) ->> 'name'),
    persona_age = ((persona_json::jsonb) ->> 'age')::INTEGER,
    persona_pronouns = ((persona_json::jsonb) ->> 'pronouns'),
    ending_kind = ((ending_json::jsonb) ->> 'kind'),
    ending_beat = ((ending_json::jsonb) ->> 'beat'),
    ending_turn = ((ending_json::jsonb) ->> 'turn')::INTEGER;

ALTER TABLE practice_sessions DROP COLUMN opening_json;
ALTER TABLE practice_sessions DROP COLUMN start_state_json;
ALTER TABLE practice_sessions DROP COLUMN persona_json;
ALTER TABLE practice_sessions DROP COLUMN ending_json;

ALTER TABLE practice_turns ADD COLUMN category TEXT;
ALTER TABLE practice_turns ADD COLUMN reply_beat TEXT;
ALTER TABLE practice_turns ADD COLUMN reply_text TEXT;
ALTER TABLE practice_turns ADD COLUMN reply_talk TEXT;
ALTER TABLE practice_turns ADD COLUMN engagement DOUBLE PRECISION;
ALTER TABLE practice_turns ADD COLUMN discord DOUBLE PRECISION;
ALTER TABLE practice_turns ADD COLUMN importance DOUBLE PRECISION;
ALTER TABLE practice_turns ADD COLUMN confidence DOUBLE PRECISION;
ALTER TABLE practice_turns ADD COLUMN stage TEXT;
ALTER TABLE practice_turns ADD COLUMN coding_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE practice_turns ADD COLUMN feedback_json TEXT;

UPDATE practice_turns SET
    category = ((turn_json::jsonb) ->> 'category'),
    reply_beat = ((turn_json::jsonb) #>> '{client,beat}'),
    reply_text = ((turn_json::jsonb) #>> '{client,text}'),
    reply_talk = ((turn_json::jsonb) #>> '{client,talk}'),
    engagement = ((turn_json::jsonb) #>> '{state,engagement}')::DOUBLE PRECISION,
    discord = ((turn_json::jsonb) #>> '{state,discord}')::DOUBLE PRECISION,
    importance = ((turn_json::jsonb) #>> '{state,importance}')::DOUBLE PRECISION,
    confidence = ((turn_json::jsonb) #>> '{state,confidence}')::DOUBLE PRECISION,
    stage = ((turn_json::jsonb) #>> '{state,stage}'),
    coding_json = jsonb_build_object('codes', (turn_json::jsonb) -> 'codes', 'primary', (turn_json::jsonb) -> 'primary',
                                     'flags', (turn_json::jsonb) -> 'flags')::TEXT,
    feedback_json = NULLIF(((turn_json::jsonb) -> 'feedback')::TEXT, 'null');

ALTER TABLE practice_turns DROP COLUMN turn_json;
