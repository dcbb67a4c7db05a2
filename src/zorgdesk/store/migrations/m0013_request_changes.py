"""What a granted correction or removal request changed (issue 21, seed 003 l.4613-4620).

When the IB grants parents' request, the record's content leaves the vault (removed,
or replaced by the corrected text). This table keeps the proof *without* the content:
which kind of record and its number and date, what happened, when, by whom and why.
Append-only and sealed (store/seal.py); it goes with the pupil at retention.
"""

from zorgdesk.store.append_only import append_only_triggers

SQL = """
CREATE TABLE logbook_request_change (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES logbook_correction_request(id),
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    record_kind TEXT NOT NULL CHECK (record_kind IN ('logboeknotitie')),
    record_id INTEGER NOT NULL,
    record_date TEXT,
    change TEXT NOT NULL CHECK (change IN ('verwijderd', 'gecorrigeerd')),
    versions_removed INTEGER NOT NULL CHECK (versions_removed >= 1),
    grondslag TEXT NOT NULL CHECK (length(trim(grondslag)) > 0),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX logbook_request_change_request ON logbook_request_change(request_id);
CREATE INDEX logbook_request_change_pupil ON logbook_request_change(pupil_id);
""" + append_only_triggers("logbook_request_change")
