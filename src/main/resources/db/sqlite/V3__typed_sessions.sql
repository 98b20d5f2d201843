-- Issue 10: a session is stored as typed columns, not as the web API's JSON. The client's lines, the states and
-- the ending become columns; a turn's codes and flags (a list per turn) stay JSON in coding_json and its
-- feedback in feedback_json, both read and written only by storage's SessionRows, in storage's own shape.
-- Existing rows are converted in place, so sessions stored before this migration open as they did.
ALTER TABLE practice_sessions ADD COLUMN opening_beat TEXT;
ALTER TABLE practice_sessions ADD COLUMN opening_text TEXT;
ALTER TABLE practice_sessions ADD COLUMN opening_talk TEXT;
ALTER TABLE practice_sessions ADD COLUMN start_engagement REAL;
ALTER TABLE practice_sessions ADD COLUMN start_discord REAL;
ALTER TABLE practice_sessions ADD COLUMN start_importance REAL;
ALTER TABLE practice_sessions ADD COLUMN start_confidence REAL;
ALTER TABLE practice_sessions ADD COLUMN start_stage TEXT;
ALTER TABLE practice_sessions ADD COLUMN persona_name TEXT;
ALTER TABLE practice_sessions ADD COLUMN persona_age INTEGER;
ALTER TABLE practice_sessions ADD COLUMN persona_pronouns TEXT;
ALTER TABLE practice_sessions ADD COLUMN ending_kind TEXT;
ALTER TABLE practice_sessions ADD COLUMN ending_beat TEXT;
ALTER TABLE practice_sessions ADD COLUMN ending_turn INTEGER;

UPDATE practice_sessions SET
    opening_beat = json_extract(opening_json, '$.beat'),
    opening_text = json_extract(opening_json, '$.text'),
    opening_talk = json_extract(opening_json, '$.talk'),
    start_engagement = json_extract(start_state_json, '$.engagement'),
    start_discord = json_extract(start_state_json, '$.discord'),
    start_importance = json_extract(start_state_json, '$.importance'),
    start_confidence = json_extract(start_state_json, '$.confidence'),
    start_stage = json_extract(start_state_json, '$.stage'),
    persona_name = json_extract(persona_json, '$.name'),
    persona_age = json_extract(persona_json, '$.age'),
    persona_pronouns = json_extract(persona_json, '$.pronouns'),
    ending_kind = json_extract(ending_json, '$.kind'),
    ending_beat = json_extract(ending_json, '$.beat'),
    ending_turn = json_extract(ending_json, '$.turn');

ALTER TABLE practice_sessions DROP COLUMN opening_json;
ALTER TABLE practice_sessions DROP COLUMN start_state_json;
ALTER TABLE practice_sessions DROP COLUMN persona_json;
ALTER TABLE practice_sessions DROP COLUMN ending_json;

ALTER TABLE practice_turns ADD COLUMN category TEXT;
ALTER TABLE practice_turns ADD COLUMN reply_beat TEXT;
ALTER TABLE practice_turns ADD COLUMN reply_text TEXT;
ALTER TABLE practice_turns ADD COLUMN reply_talk TEXT;
ALTER TABLE practice_turns ADD COLUMN engagement REAL;
ALTER TABLE practice_turns ADD COLUMN discord REAL;
ALTER TABLE practice_turns ADD COLUMN importance REAL;
ALTER TABLE practice_turns ADD COLUMN confidence REAL;
ALTER TABLE practice_turns ADD COLUMN stage TEXT;
ALTER TABLE practice_turns ADD COLUMN coding_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE practice_turns ADD COLUMN feedback_json TEXT;

UPDATE practice_turns SET
    category = json_extract(turn_json, '$.category'),
    reply_beat = json_extract(turn_json, '$.client.beat'),
    reply_text = json_extract(turn_json, '$.client.text'),
    reply_talk = json_extract(turn_json, '$.client.talk'),
    engagement = json_extract(turn_json, '$.state.engagement'),
    discord = json_extract(turn_json, '$.state.discord'),
    importance = json_extract(turn_json, '$.state.importance'),
    confidence = json_extract(turn_json, '$.state.confidence'),
    stage = json_extract(turn_json, '$.state.stage'),
    coding_json = json_object('codes', json_extract(turn_json, '$.codes'), 'primary', json_extract(turn_json, '$.primary'),
                              'flags', json_extract(turn_json, '$.flags')),
    feedback_json = json_extract(turn_json, '$.feedback');

ALTER TABLE practice_turns DROP COLUMN turn_json;
