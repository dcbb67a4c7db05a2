"""Proof of what a granted request *added* to the dossier (aanvullen).

Seed 003 l.4613-4616: parents may have the dossier "verbeteren, aanvullen of gegevens
verwijderen". m0013/m0017 prove what was removed or corrected; a request granted by
adding (the parents' zienswijze, an aanvulling on an entry, a new entry) left no trace
of what was added, and the answer letter could only say "aangevuld zoals beschreven".
This table names the added record without its content: its kind, number and date, the
date of the logboek entry it belongs to. Append-only and sealed; it goes with the pupil.
"""

from zorgdesk.store.append_only import append_only_triggers

SQL = """
CREATE TABLE request_supplement (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES logbook_correction_request(id),
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    record_kind TEXT NOT NULL CHECK (record_kind IN
        ('zienswijze', 'aanvulling', 'logboeknotitie')),
    record_id INTEGER NOT NULL,
    record_date TEXT NOT NULL,
    about_date TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX request_supplement_request ON request_supplement(request_id);
CREATE INDEX request_supplement_pupil ON request_supplement(pupil_id);
""" + append_only_triggers("request_supplement")
