from zorgdesk.store.append_only import append_only_triggers

# "Aanvullingen over het verloop" (DOMAIN.md section 1, seed 003 l.1584-1585): a dated
# addition to a logboek entry about what happened later, optionally saying whether an
# earlier story or suspicion was confirmed or refuted. Not a correction (the entry
# keeps its text); like every logboek record it can never change or disappear.
SQL = """
CREATE TABLE logbook_progress (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES logbook_entry(id),
    note_date TEXT NOT NULL,
    note_time TEXT,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    outcome TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'bevestigd', 'ontkracht')),
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX logbook_progress_entry ON logbook_progress(entry_id, id);
""" + append_only_triggers("logbook_progress")
