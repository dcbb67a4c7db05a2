from zorgdesk.store.append_only import append_only_triggers

# Zorggesprekken. The conversation row holds the report content; once it is handed
# out for signature ("uitgereikt", frozen = 1) the database refuses any UPDATE or
# DELETE of it, so what the parents signed is what stays in the dossier. Corrections
# are addenda. Status events, addenda and scans are append-only.
# signals_json holds references to logboek entries / signal checks as plain integer
# ids (no foreign keys: those tables are built by other features).
SQL = """
CREATE TABLE conversation (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    kind TEXT NOT NULL CHECK (kind IN ('regulier', 'zwaar')),
    planned_on TEXT NOT NULL,
    planned_at TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    attendees_json TEXT NOT NULL DEFAULT '{}',
    signals_json TEXT NOT NULL DEFAULT '[]',
    preparation_json TEXT NOT NULL DEFAULT '{}',
    phase_notes_json TEXT NOT NULL DEFAULT '{}',
    follow_up_on TEXT,
    agreements_json TEXT NOT NULL DEFAULT '[]',
    frozen INTEGER NOT NULL DEFAULT 0 CHECK (frozen IN (0, 1)),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX conversation_pupil ON conversation(pupil_id, planned_on);
CREATE TRIGGER conversation_frozen_no_update BEFORE UPDATE ON conversation
WHEN OLD.frozen = 1
BEGIN SELECT RAISE(ABORT, 'bevroren: conversation'); END;
CREATE TRIGGER conversation_frozen_no_delete BEFORE DELETE ON conversation
WHEN OLD.frozen = 1
BEGIN SELECT RAISE(ABORT, 'bevroren: conversation'); END;

CREATE TABLE conversation_status_event (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversation(id),
    signer TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('uitgereikt', 'ondertekend voor akkoord',
        'ondertekend voor gezien', 'niet geretourneerd')),
    on_date TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    parents_view TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX conversation_status_conv ON conversation_status_event(conversation_id, id);

CREATE TABLE conversation_addendum (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversation(id),
    on_date TEXT NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX conversation_addendum_conv ON conversation_addendum(conversation_id, id);

CREATE TABLE conversation_scan (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversation(id),
    filename TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);

-- Actiepunten: an agreement of a handed-out report is followed up until it is closed
-- (afgerond / niet nagekomen). agreement_no is stable because the report is frozen.
CREATE TABLE conversation_action_event (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversation(id),
    agreement_no INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('afgerond', 'niet nagekomen')),
    on_date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
""" + "".join(append_only_triggers(t) for t in (
    "conversation_status_event", "conversation_addendum", "conversation_scan",
    "conversation_action_event"))
