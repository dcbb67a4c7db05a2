from zorgdesk.store.append_only import append_only_triggers

# Dossier meldcode: one trajectory per pupil and its events. The state (current step,
# answers, decisions) is never stored: it is replayed from the events, so the history
# is the record. Both tables are append-only; going back or correcting is a new event.
SQL = """
CREATE TABLE meldcode_trajectory (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    started TEXT NOT NULL,
    leader TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX meldcode_trajectory_pupil ON meldcode_trajectory(pupil_id);
CREATE TABLE meldcode_event (
    id INTEGER PRIMARY KEY,
    trajectory_id INTEGER NOT NULL REFERENCES meldcode_trajectory(id),
    seq INTEGER NOT NULL,
    event TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (trajectory_id, seq)
);
""" + append_only_triggers("meldcode_trajectory") + append_only_triggers("meldcode_event")
