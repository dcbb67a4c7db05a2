"""Unsaved input of every form (zorggesprek, signalenlijst, meldcode), one table.

Like logbook_draft (m0004): not a record, so mutable and not sealed; replaced while
typing, removed on save or on 'Concept weggooien'. Encrypted like the whole vault.
One row per form instance: (form, draft_key), e.g. ('gesprek', 'nieuw:12').
pupil_id makes retention deletion take the drafts along.
"""

SQL = """
CREATE TABLE form_draft (
    form TEXT NOT NULL,
    draft_key TEXT NOT NULL,
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    fields TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    PRIMARY KEY (form, draft_key)
);
CREATE INDEX form_draft_pupil ON form_draft(pupil_id);
"""
