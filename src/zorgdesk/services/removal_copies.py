"""Copies the app made of a removed record's content leave the vault with it (issue 21).

A granted removal request erases a record (``erase_rows``). Only copies the APP made
itself are reached, in places the app writes itself:

- a zorggesprek that put it on its agenda keeps the text of the agenda item
  (``conversation.signals_json``, also in a handed-out, frozen report): replaced by id
  (``replace_agenda_items``) with a plain line saying that a record of that kind and
  date was removed on request of the parents;
- unsaved input (``form_draft``) of any form of the same pupils, and of the forms
  about no pupil (m0023): a ticked record in a picker is kept by its title (the
  record's text, or its 45/50-character snippet);
- the sharing trail (``sharing_record.what``): a verstrekking may name records by title.

There the record's own title text (a logboek note's situation, whole or as its title
snippet; a zorggesprek's whole title) is replaced by :data:`MARKER`; the titles of the
pupils' other records are kept whole there, so a removed text that is the start of
another record's title only matches itself (``keep``). Other records'
content (a zorggesprek's subject, phase notes, agreements, aanvullingen) is what an
IB wrote there herself and stays byte-identical: a handed-out report is a signed,
frozen document and must not change because a different record went. Only rows of the
record's own pupils (and drafts of no pupil) are read. Each rewritten row gets an audit
row naming the table and row number only. Append-only and freeze triggers are dropped
and recreated around the update in the caller's transaction (``update_rows``); the seal
triggers re-seal the rows, so *Kluis controleren* stays clean.

Not reachable and left as is: the scan of a signed report (an image: the legal
original the parents signed) and text an IB typed herself elsewhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from zorgdesk.domain.text import snippet
from zorgdesk.services.name_rewrite import update_rows

MARKER = "[verwijderd op verzoek van de ouders]"
COPY_ACTION = "kopie verwijderd (verzoek ouders)"
# What an agenda item says once its record was removed ({kind}, {day}: a date).
REMOVED_LINE = "{kind} van {day:%d-%m-%Y}: verwijderd op verzoek van de ouders."
MIN_FRAGMENT = 8  # shorter texts ("Ja", "Huilde") would hit unrelated words
_SNIPPET_LIMITS = (45, 50)  # services' title snippets (record_titles, transfer, pickers)


@dataclass(frozen=True)
class CopySite:
    """A table whose rows may hold a copy; ``owner``: the column naming the pupil."""

    table: str
    owner: str
    text: tuple[str, ...] = ()
    json: tuple[str, ...] = ()


# Only places the app fills itself; never another record's own content (issue 21 review).
COPY_SITES = (
    CopySite("form_draft", "pupil_id", json=("fields",)),
    CopySite("sharing_record", "pupil_id", text=("what",)),
)


def fragments(texts: Iterable[str]) -> list[str]:
    """Every form in which the app copies these texts, longest first."""
    found: set[str] = set()
    for text in texts:
        if not isinstance(text, str):
            continue
        joined = " ".join(text.split())
        if len(joined) < MIN_FRAGMENT:
            continue
        found |= {text.strip(), joined}
        found |= {snippet(joined, n) for n in _SNIPPET_LIMITS}
    return sorted((f for f in found if len(f) >= MIN_FRAGMENT), key=len, reverse=True)


def strings_in_json(document: str | None, skip_keys: frozenset[str] = frozenset()
                    ) -> list[str]:
    """Every string value of a JSON document (not those under ``skip_keys``)."""
    if not document:
        return []
    found: list[str] = []

    def walk(value, key=None) -> None:
        if key in skip_keys:
            return
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)

    walk(json.loads(document))
    return found


def scrub_text(value: str, pieces: Sequence[str], keep: Sequence[str] = ()) -> str:
    """``value`` with every piece replaced by :data:`MARKER`, except inside the ``keep``
    texts (other records' titles that contain a piece), which stay whole."""
    for kept in keep:
        if kept in value:
            return kept.join(scrub_text(part, pieces, keep) for part in value.split(kept))
    for piece in pieces:
        if piece in value:
            value = value.replace(piece, MARKER)
    return value


def _scrub_json(document: str, pieces: Sequence[str], keep: Sequence[str] = ()) -> str:
    def walk(value):
        if isinstance(value, str):
            return scrub_text(value, pieces, keep)
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    before = json.loads(document)
    after = walk(before)
    return document if after == before else json.dumps(after, ensure_ascii=False)


def replace_agenda_items(vault, cur, pupil_ids: Iterable[int], source: str,
                         record_id: int, item: dict) -> None:
    """Agenda items of the pupils' zorggesprekken that point at the record (``source``,
    ``record_id``) become ``item`` (a signals_json item)."""
    pupils = sorted({int(p) for p in pupil_ids})
    if not pupils:
        return
    rows = cur.execute(
        f"SELECT id, signals_json FROM conversation WHERE pupil_id IN"  # noqa: S608
        f" ({','.join('?' * len(pupils))})", pupils).fetchall()
    changes = []
    for conversation_id, document in rows:
        items = json.loads(document or "[]")
        new = [item if old.get("source") == source and old.get("id") == record_id else old
               for old in items]
        if new != items:
            changes.append((conversation_id, [json.dumps(new, ensure_ascii=False)]))
    update_rows(cur, "conversation", ("signals_json",), changes)
    for conversation_id, _ in changes:
        vault.audit(cur, COPY_ACTION, "conversation", conversation_id, {})


def scrub_copies(vault, cur, pupil_ids: Iterable[int], texts: Iterable[str],
                 sites: Sequence[CopySite] = COPY_SITES, *, exact: Iterable[str] = (),
                 keep: Iterable[str] = ()) -> dict[str, list[int]]:
    """Replace every copy of ``texts`` (as the app copies them, see ``fragments``) and of
    the ``exact`` texts (whole titles) in the pupils' rows of ``sites``; changed rowids.
    ``keep``: other records' titles; where one holds a piece (a removed title that is
    the start of a longer one), that title stays whole and only the piece itself goes."""
    pieces = sorted(set(fragments(texts)) | {e for e in exact if len(e) >= MIN_FRAGMENT},
                    key=len, reverse=True)
    kept = sorted({k for k in keep if k not in pieces and any(p in k for p in pieces)},
                  key=len, reverse=True)
    pupils = sorted({int(p) for p in pupil_ids})
    if not pieces or not pupils:
        return {}
    existing = {r[0] for r in cur.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    changed: dict[str, list[int]] = {}
    for site in (s for s in sites if s.table in existing):
        columns = (*site.text, *site.json)
        rows = cur.execute(
            f"SELECT rowid, {', '.join(columns)} FROM {site.table}"  # noqa: S608
            f" WHERE {site.owner} IN ({','.join('?' * len(pupils))})"
            f" OR {site.owner} IS NULL", pupils).fetchall()  # a draft of no pupil may too
        changes = []
        for rowid, *values in rows:
            new = [scrub_text(v, pieces, kept) if isinstance(v, str) else v
                   for v in values[:len(site.text)]]
            new += [_scrub_json(v, pieces, kept) if isinstance(v, str) and v else v
                    for v in values[len(site.text):]]
            if new != values:
                changes.append((rowid, new))
        update_rows(cur, site.table, columns, changes)
        for rowid, _ in changes:
            vault.audit(cur, COPY_ACTION, site.table, rowid, {})
        if changes:
            changed[site.table] = [rowid for rowid, _ in changes]
    return changed
