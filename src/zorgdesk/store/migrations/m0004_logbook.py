from zorgdesk.store.append_only import append_only_triggers

# Logboek (DOMAIN.md section 1). Everything that was ever saved stays: an entry is an
# id plus a chain of versions; corrections, parents' views and answers to correction
# requests are new rows. The database itself refuses UPDATE/DELETE on these tables.
# Only logbook_fts and logbook_draft are mutable. logbook_fts is a search index of the
# *current* versions, kept in sync by the service inside the same transaction as the
# version it indexes; logbook_draft holds unsaved form text.
SQL = """
CREATE TABLE logbook_entry (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE logbook_entry_pupil (
    entry_id INTEGER NOT NULL REFERENCES logbook_entry(id),
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    PRIMARY KEY (entry_id, pupil_id)
);
CREATE INDEX logbook_pupil ON logbook_entry_pupil(pupil_id, entry_id);

CREATE TABLE logbook_version (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES logbook_entry(id),
    version_no INTEGER NOT NULL CHECK (version_no >= 1),
    entry_date TEXT NOT NULL,
    entry_time TEXT,
    domain TEXT,
    signalled_by TEXT NOT NULL,
    content TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    reason TEXT,
    CHECK (version_no = 1 OR length(trim(coalesce(reason, ''))) > 0),
    UNIQUE (entry_id, version_no)
);

CREATE TABLE logbook_zienswijze (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    received TEXT NOT NULL,
    given_by TEXT NOT NULL,
    text TEXT NOT NULL,
    entry_ids TEXT NOT NULL DEFAULT '[]',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX logbook_zienswijze_pupil ON logbook_zienswijze(pupil_id);

CREATE TABLE logbook_correction_request (
    id INTEGER PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    received TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    request TEXT NOT NULL,
    entry_ids TEXT NOT NULL DEFAULT '[]',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX logbook_correction_pupil ON logbook_correction_request(pupil_id);

CREATE TABLE logbook_correction_answer (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES logbook_correction_request(id),
    outcome TEXT NOT NULL,
    answered_on TEXT NOT NULL,
    motivation TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX logbook_answer_request ON logbook_correction_answer(request_id);

-- Unsaved form text (encrypted like everything in the vault), so locking, a crash or
-- closing the window loses no typing. Not a record: replaced while typing, removed on
-- save. One draft per form: 'nieuw:<pupil id>' or 'correctie:<entry id>'.
CREATE TABLE logbook_draft (
    draft_key TEXT PRIMARY KEY,
    pupil_id INTEGER NOT NULL REFERENCES pupil(id),
    fields TEXT NOT NULL,
    saved_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE logbook_fts USING fts5(
    body, tokenize = 'unicode61 remove_diacritics 2'
);
""" + "".join(append_only_triggers(t) for t in (
    "logbook_entry", "logbook_entry_pupil", "logbook_version", "logbook_zienswijze",
    "logbook_correction_request", "logbook_correction_answer"))
