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

from zorgdesk.domain.anonymise import KnownName
from zorgdesk.domain.name_removal import remove_name, remove_name_in_json
from zorgdesk.domain.people import Pupil
from zorgdesk.services.logbook_codec import entry_from_json, search_body

REWRITE_ACTION = "logboek: medeleerling verwijderd (bewaartermijn)"


def _known(first: str, tussenvoegsel: str, last: str) -> KnownName:
    name = " ".join(p for p in (first, tussenvoegsel, last) if p)
    return KnownName(name, first=first, tussenvoegsel=tussenvoegsel, last=last)


def remove_from_shared_entries(vault, cur, pupil: Pupil) -> None:
    """Retention hook: rewrite the entries ``pupil`` shares with pupils who stay."""
    from zorgdesk.services.retention import drop_append_only  # import cycle otherwise

    shared = [r[0] for r in cur.execute(
        "SELECT entry_id FROM logbook_entry_pupil WHERE pupil_id = ? AND entry_id IN"
        " (SELECT entry_id FROM logbook_entry_pupil WHERE pupil_id != ?) ORDER BY entry_id",
        (pupil.id, pupil.id)).fetchall()]
    if not shared:
        return
    gone = _known(pupil.first_name, pupil.tussenvoegsel, pupil.last_name)
    triggers = (drop_append_only(cur, "logbook_version")
                + drop_append_only(cur, "logbook_progress"))
    for entry_id in shared:
        stays = [_known(*r) for r in cur.execute(
            "SELECT p.first_name, p.tussenvoegsel, p.last_name FROM pupil p"
            " JOIN logbook_entry_pupil l ON l.pupil_id = p.id"
            " WHERE l.entry_id = ? AND p.id != ?", (entry_id, pupil.id)).fetchall()]
        versions = cur.execute(
            "SELECT id, content, signalled_by, reason FROM logbook_version"
            " WHERE entry_id = ? ORDER BY version_no", (entry_id,)).fetchall()
        for version_id, content, signalled_by, reason in versions:
            cur.execute(
                "UPDATE logbook_version SET content = ?, signalled_by = ?, reason = ?"
                " WHERE id = ?",
                (remove_name_in_json(content, gone, stays, drop_id=str(pupil.id)),
                 remove_name(signalled_by, gone, stays),
                 None if reason is None else remove_name(reason, gone, stays), version_id))
        # Aanvullingen over het verloop belong to the entry and may name the pupil too.
        for note_id, text in cur.execute(
                "SELECT id, text FROM logbook_progress WHERE entry_id = ?",
                (entry_id,)).fetchall():
            cur.execute("UPDATE logbook_progress SET text = ? WHERE id = ?",
                        (remove_name(text, gone, stays), note_id))
        reindex_entry(cur, entry_id)
        vault.audit(cur, REWRITE_ACTION, "logbook_entry", entry_id, {})
    for sql in triggers:
        cur.execute(sql)


def reindex_entry(cur, entry_id: int) -> None:
    """The search index holds the words of an entry's current version: rebuild it."""
    content, signalled_by = cur.execute(
        "SELECT content, signalled_by FROM logbook_version WHERE entry_id = ?"
        " ORDER BY version_no DESC LIMIT 1", (entry_id,)).fetchone()
    cur.execute("DELETE FROM logbook_fts WHERE rowid = ?", (entry_id,))
    cur.execute("INSERT INTO logbook_fts (rowid, body) VALUES (?, ?)",
                (entry_id, search_body(entry_from_json(content), signalled_by)))
