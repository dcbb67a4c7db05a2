"""Logboek entries shared with other pupils, when one of those pupils leaves for good.

Such an entry stays in the other pupils' dossiers (``logbook_retention``), but the
departing pupil must not stay in it under the AVG: the link goes (the registry does
that) and, here, the name in every form is replaced by "[medeleerling]" in every
stored version of the entry, including its correction reasons, in its additions
("aanvullingen over het verloop") and in the search index. This is the one controlled
rewrite of append-only logboek rows: it runs inside the retention transaction, with
the append-only triggers dropped and recreated there, and the seal triggers re-seal
each rewritten row. The audit log records only
the entry number.
"""

from __future__ import annotations

from zorgdesk.domain.anonymise.name_removal import remove_name, remove_name_in_json
from zorgdesk.domain.people import Pupil
from zorgdesk.services.logbook.codec import entry_from_json, search_body
from zorgdesk.services.name_rewrite import departing_name, known_name, update_rows

REWRITE_ACTION = "logboek: medeleerling verwijderd (bewaartermijn)"


def remove_from_shared_entries(vault, cur, pupil: Pupil) -> None:
    """Retention hook: rewrite the entries ``pupil`` shares with pupils who stay."""
    shared = [r[0] for r in cur.execute(
        "SELECT entry_id FROM logbook_entry_pupil WHERE pupil_id = ? AND entry_id IN"
        " (SELECT entry_id FROM logbook_entry_pupil WHERE pupil_id != ?) ORDER BY entry_id",
        (pupil.id, pupil.id)).fetchall()]
    if not shared:
        return
    gone = departing_name(pupil)  # with her nicknames
    versions, notes, evaluations = [], [], []
    for entry_id in shared:
        stays = [known_name(*r) for r in cur.execute(
            "SELECT p.first_name, p.tussenvoegsel, p.last_name FROM pupil p"
            " JOIN logbook_entry_pupil l ON l.pupil_id = p.id"
            " WHERE l.entry_id = ? AND p.id != ?", (entry_id, pupil.id)).fetchall()]
        for version_id, content, signalled_by, reason in cur.execute(
                "SELECT id, content, signalled_by, reason FROM logbook_version"
                " WHERE entry_id = ? ORDER BY version_no", (entry_id,)).fetchall():
            versions.append((version_id, [
                remove_name_in_json(content, gone, stays, drop_id=str(pupil.id)),
                remove_name(signalled_by, gone, stays),
                None if reason is None else remove_name(reason, gone, stays)]))
        # Aanvullingen over het verloop belong to the entry and may name the pupil too.
        notes += [(note_id, [remove_name(text, gone, stays)]) for note_id, text in cur.execute(
            "SELECT id, text FROM logbook_progress WHERE entry_id = ?", (entry_id,)).fetchall()]
        evaluations += [(row_id, [remove_name(text, gone, stays), remove_name(note, gone, stays)])
                        for row_id, text, note in cur.execute(
                            "SELECT id, agreement_text, note FROM logbook_agreement_evaluation"
                            " WHERE entry_id = ?", (entry_id,)).fetchall()]
    update_rows(cur, "logbook_version", ("content", "signalled_by", "reason"), versions)
    update_rows(cur, "logbook_progress", ("text",), notes)
    update_rows(cur, "logbook_agreement_evaluation", ("agreement_text", "note"), evaluations)
    for entry_id in shared:
        reindex_entry(cur, entry_id)
        vault.audit(cur, REWRITE_ACTION, "logbook_entry", entry_id, {})

def reindex_entry(cur, entry_id: int) -> None:
    """The search index holds the words of an entry's current version: rebuild it."""
    content, signalled_by = cur.execute(
        "SELECT content, signalled_by FROM logbook_version WHERE entry_id = ?"
        " ORDER BY version_no DESC LIMIT 1", (entry_id,)).fetchone()
    cur.execute("DELETE FROM logbook_fts WHERE rowid = ?", (entry_id,))
    cur.execute("INSERT INTO logbook_fts (rowid, body) VALUES (?, ?)",
                (entry_id, search_body(entry_from_json(content), signalled_by)))
