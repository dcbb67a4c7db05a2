"""Proof of what a granted request changed in records other than logboek entries (issue 21).

Seed 003 l.4613-4620 lets parents have any dossier data removed. m0013's
``logbook_request_change`` only admits logboeknotities (its CHECK cannot be widened
without rebuilding a sealed table), so signalenlijsten and zorggesprekken get this
twin table, with the same columns and the same rule: the proof *without* the content.
``behouden`` records a decision to keep: the meldcode dossier is kept whatever the
request (Wet meldcode; the aandachtsfunctionaris keeps it, seed 003 l.5281-5282), and
the answer letter says so and why. Append-only and sealed; it goes with the pupil.
"""

from zorgdesk.store.append_only import append_only_triggers

SQL = """
CREATE TABLE request_record_change (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES logbook_correction_request(id),
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    record_kind TEXT NOT NULL CHECK (record_kind IN
        ('signalenlijst', 'zorggesprek', 'meldcodedossier')),
    record_id INTEGER NOT NULL,
    record_date TEXT,
    change TEXT NOT NULL CHECK (change IN ('verwijderd', 'behouden')),
    versions_removed INTEGER NOT NULL CHECK (versions_removed >= 0),
    grondslag TEXT NOT NULL CHECK (length(trim(grondslag)) > 0),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX request_record_change_request ON request_record_change(request_id);
CREATE INDEX request_record_change_pupil ON request_record_change(pupil_id);
""" + append_only_triggers("request_record_change")
