"""Attachments on any record (logboek, signalenlijst, zorggesprek, meldcode step).

The file itself is a blob in the vault (encrypted with the rest, in every backup).
Append-only like the records: removing an attachment from the dossier is a new
``attachment_removal`` row with a reason; the content only leaves the vault with the
pupil at the end of the retention period (or by a granted removal request), both of
which drop the triggers inside their own audited transaction.
``record_id`` is a plain integer: the row of the table ``record_kind`` names.
"""

from zorgdesk.store.append_only import append_only_triggers

SQL = """
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    record_kind TEXT NOT NULL CHECK (record_kind IN
        ('logboek', 'signalenlijst', 'zorggesprek', 'meldcode')),
    record_id INTEGER NOT NULL,
    filename TEXT NOT NULL,
    file_kind TEXT NOT NULL CHECK (file_kind IN ('pdf', 'png', 'jpeg', 'eml', 'msg')),
    size INTEGER NOT NULL CHECK (size > 0),
    sha256 TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX attachment_record ON attachment(record_kind, record_id);
CREATE INDEX attachment_pupil ON attachment(pupil_id);

CREATE TABLE attachment_removal (
    id INTEGER PRIMARY KEY,
    attachment_id INTEGER NOT NULL UNIQUE REFERENCES attachment(id),
    reason TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
""" + "".join(append_only_triggers(t) for t in ("attachment", "attachment_removal"))
