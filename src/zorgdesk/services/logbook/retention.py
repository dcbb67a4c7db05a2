"""Which logboek rows leave with a pupil whose retention period has passed.

An entry that also concerns another pupil stays in that pupil's dossier; only the
link to the departing pupil goes, and its name is removed from those entries
(``shared_retention``). The plan lists parents first: the link table
comes first so it is removed last, after the entries whose condition reads it.
"""

from __future__ import annotations

from zorgdesk.services.logbook.shared_retention import reindex_entry, remove_from_shared_entries
from zorgdesk.services.name_rewrite import TextColumns, rewrite_all
from zorgdesk.services.retention import PupilTable, RecordTable, RetentionPlan

_OWN_ENTRIES = (
    "(SELECT entry_id FROM logbook_entry_pupil WHERE pupil_id = :pupil_id"
    " EXCEPT SELECT entry_id FROM logbook_entry_pupil WHERE pupil_id != :pupil_id)"
)


def purge_search_index(_vault, cur, _pupil) -> None:
    """FTS5 only marks deleted rows; their words stay in the index segments until a
    merge. 'optimize' rewrites the index without them (then the vacuum frees pages)."""
    cur.execute("INSERT INTO logbook_fts (logbook_fts) VALUES ('optimize')")


_ENTRY_PUPILS = ("(SELECT group_concat(l.pupil_id) FROM logbook_entry_pupil l"
                 " WHERE l.entry_id = {}.entry_id)")
# Keys of an entry's JSON content that hold codes, dates and ids, never typed text.
CODE_KEYS = frozenset({"pupil_ids", "entry_date", "entry_time", "staff_id", "consent", "mode",
                       "parents_informed", "kind",
                       "domain", "date", "time", "evaluation_date", "counter_signal"})
# Records of the pupils who stay that may name the departing pupil. Entries shared
# with the departing pupil are done by ``remove_from_shared_entries`` (they are
# skipped here because they still list that pupil).
TEXT_COLUMNS = (
    TextColumns("logbook_version", _ENTRY_PUPILS.format("logbook_version"),
                text=("signalled_by", "reason"), json=("content",), skip_keys=CODE_KEYS),
    TextColumns("logbook_progress", _ENTRY_PUPILS.format("logbook_progress"),
                text=("text",)),
    TextColumns("logbook_agreement_evaluation",
                _ENTRY_PUPILS.format("logbook_agreement_evaluation"),
                text=("agreement_text", "note")),
    TextColumns("logbook_zienswijze", "pupil_id", text=("given_by", "text")),
    TextColumns("logbook_correction_request", "pupil_id", text=("requested_by", "request")),
    TextColumns("logbook_correction_answer",
                "(SELECT r.pupil_id FROM logbook_correction_request r"
                " WHERE r.id = logbook_correction_answer.request_id)", text=("motivation",)),
)


def remove_from_other_records(vault, cur, pupil) -> None:
    """Retention hook: the pupils who stay keep their records, without the name."""
    changed = rewrite_all(vault, cur, pupil, TEXT_COLUMNS).get("logbook_version", [])
    entries = sorted({r[0] for r in cur.execute(
        f"SELECT entry_id FROM logbook_version WHERE id IN ({','.join('?' * len(changed))})",
        changed).fetchall()}) if changed else []
    for entry_id in entries:
        reindex_entry(cur, entry_id)


RETENTION_PLAN = RetentionPlan(
    tables=(
        PupilTable("logbook_entry_pupil", "pupil_id = :pupil_id", append_only=True),
        PupilTable("logbook_entry", f"id IN {_OWN_ENTRIES}", append_only=True),
        PupilTable("logbook_version", f"entry_id IN {_OWN_ENTRIES}", append_only=True),
        PupilTable("logbook_progress", f"entry_id IN {_OWN_ENTRIES}", append_only=True),
        PupilTable("logbook_agreement_evaluation", f"entry_id IN {_OWN_ENTRIES}",
                   append_only=True),
        PupilTable("logbook_fts", f"rowid IN {_OWN_ENTRIES}"),
        PupilTable("logbook_zienswijze", "pupil_id = :pupil_id", append_only=True),
        PupilTable("logbook_correction_request", "pupil_id = :pupil_id", append_only=True),
        PupilTable(
            "logbook_correction_answer",
            "request_id IN (SELECT id FROM logbook_correction_request"
            " WHERE pupil_id = :pupil_id)",
            append_only=True),
        PupilTable("logbook_request_change", "pupil_id = :pupil_id", append_only=True),
        PupilTable("request_record_change", "pupil_id = :pupil_id", append_only=True),
        PupilTable("request_supplement", "pupil_id = :pupil_id", append_only=True),
    ),
    before_delete=(remove_from_shared_entries, remove_from_other_records),
    after_delete=(purge_search_index,))


# A granted request: the unsaved typing that may still hold an entry's old text
# (the correction form, the 'corrected on request' form, the evaluation of its
# agreements) goes with the old text.
_ENTRY_DRAFTS = ("form = 'logboek' AND draft_key IN"
                 " ('correctie:' || :record_id, 'verzoek:' || :record_id,"
                 " 'evaluatie:' || :record_id)")
# A removed entry takes every draft about it along (also its unsaved 'aanvulling').
_ALL_ENTRY_DRAFTS = ("form = 'logboek' AND draft_key IN"
                     " ('correctie:' || :record_id, 'verzoek:' || :record_id,"
                     " 'evaluatie:' || :record_id, 'aanvulling:' || :record_id)")

# What leaves the vault when the IB grants the removal of one entry, children first.
# The same deletion path as retention (``erase_rows``); attachments are added by the
# caller (services/attachments/retention.py).
ENTRY_REMOVAL = (
    RecordTable("signal_check_item_logbook", "logbook_entry_id = :record_id",
                append_only=True),
    RecordTable("logbook_fts", "rowid = :record_id"),
    RecordTable("form_draft", _ALL_ENTRY_DRAFTS),
    RecordTable("logbook_progress", "entry_id = :record_id", append_only=True),
    RecordTable("logbook_agreement_evaluation", "entry_id = :record_id", append_only=True),
    RecordTable("logbook_version", "entry_id = :record_id", append_only=True),
    RecordTable("logbook_entry_pupil", "entry_id = :record_id", append_only=True),
    RecordTable("logbook_entry", "id = :record_id", append_only=True),
)

# A granted correction: every stored version goes (the corrected text is written as
# the entry's only version afterwards), with its search index row and drafts.
ENTRY_VERSIONS = (
    RecordTable("logbook_fts", "rowid = :record_id"),
    # The evaluations name the old agreements' text: they go with it.
    RecordTable("logbook_agreement_evaluation", "entry_id = :record_id", append_only=True),
    RecordTable("form_draft", _ENTRY_DRAFTS),
    RecordTable("logbook_version", "entry_id = :record_id", append_only=True),
)
