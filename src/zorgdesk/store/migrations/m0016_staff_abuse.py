"""Route 'vermoeden van misbruik door een medewerker' (issue 22, seed 003 l.5139-5212):
one dossier per suspicion about one pupil; the state is replayed from the append-only
events. The dossier names a member of staff, so no other view or export reads it.
"""

from zorgdesk.store.append_only import append_only_triggers

SQL = """
CREATE TABLE staff_abuse_case (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    created_at TEXT NOT NULL
);
CREATE INDEX staff_abuse_case_pupil ON staff_abuse_case(pupil_id);
CREATE TABLE staff_abuse_event (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES staff_abuse_case(id),
    seq INTEGER NOT NULL,
    event TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (case_id, seq)
);
""" + append_only_triggers("staff_abuse_case") + append_only_triggers("staff_abuse_event")
