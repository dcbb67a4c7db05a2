"""'Geëvalueerd': an agreement with parents in a logboek entry was evaluated (issue 21).

An agreement carries its evaluation moment (seed 003 l.1626-1628, SMART); once the IB
records that the evaluation happened (when, by whom, a short outcome), the agreement
leaves the Vandaag overview. The agreement is named by its text and evaluation date as
they stand in the entry's current version (a correction that changes them makes a new,
unevaluated agreement). Append-only and sealed, like every logboek record.
"""

from zorgdesk.store.append_only import append_only_triggers

SQL = """
CREATE TABLE logbook_agreement_evaluation (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES logbook_entry(id),
    agreement_text TEXT NOT NULL,
    evaluation_date TEXT NOT NULL,
    evaluated_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX logbook_agreement_evaluation_entry ON logbook_agreement_evaluation(entry_id);
""" + append_only_triggers("logbook_agreement_evaluation")
