"""Route 'grensoverschrijdend gedrag tussen leerlingen' (issue 22): one incident, several
pupils. The state is replayed from the events, never stored. An event about one pupil
(role, parents' conversation, flag, letter) carries that pupil's id, so retention finds
it; events about the whole incident have none. Both tables are append-only.
"""

from zorgdesk.store.append_only import append_only_triggers

SQL = """
CREATE TABLE peer_incident (
    id INTEGER PRIMARY KEY,
    occurred_on TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE peer_incident_event (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES peer_incident(id),
    seq INTEGER NOT NULL,
    pupil_id INTEGER REFERENCES pupil(id),
    event TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (incident_id, seq)
);
CREATE INDEX peer_incident_event_pupil ON peer_incident_event(pupil_id);
""" + append_only_triggers("peer_incident") + append_only_triggers("peer_incident_event")
