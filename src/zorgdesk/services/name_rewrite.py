"""Retention: a departing pupil's name leaves the records of the pupils who stay.

When pupil A's dossier is deleted, B's own records (a zienswijze, a zorggesprek, a
meldcode step, a verstrekking, a concept) may still name A in free text. Each feature
describes its text columns with :class:`TextColumns` next to its own retention
registration; :func:`rewrite_columns` is the one generic step: read those columns,
replace every form of A's name by "[medeleerling]" (``domain/name_removal.py``),
and write back only the rows that changed. It runs inside the retention transaction
(a before-delete hook), so a crash leaves everything as it was.

Append-only and freeze triggers of the table are dropped and recreated from their
own stored SQL around the updates; the seal triggers re-seal each rewritten row, so
``verify()`` stays clean. Each rewritten row gets an audit row with only the table
and the row number.

Who stays protected: the record's own pupil(s) and their parents (``own``: a form
they share with A stays in their own record), and everybody else still in the vault
who shares a name word with A (``stays``: "Elif Çelik" stays whole in Bram's record,
a lone "Çelik" there goes - privacy first).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from zorgdesk.domain.anonymise.anonymiser import KnownName
from zorgdesk.domain.anonymise.name_removal import NameRemoval, json_searchable, may_name
from zorgdesk.domain.anonymise.replacements import TUSSENVOEGSELS
from zorgdesk.domain.people import Pupil
from zorgdesk.domain.text import fold
from zorgdesk.services.retention import drop_append_only

REWRITE_ACTION = "medeleerling verwijderd (bewaartermijn)"


@dataclass(frozen=True)
class TextColumns:
    """Text columns of one table that may name another pupil.

    ``owners``: SQL expression, evaluated per row, giving the id(s) of the pupil(s)
    the row belongs to (one id, or a comma-separated ``group_concat``). Rows that
    belong to the departing pupil are skipped: they are deleted anyway.
    ``json``: columns holding JSON; every string value is rewritten except those
    under ``skip_keys`` (codes, dates, ids).
    """

    table: str
    owners: str
    text: tuple[str, ...] = ()
    json: tuple[str, ...] = ()
    skip_keys: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not all(n.isidentifier() for n in (self.table, *self.text, *self.json)):
            raise ValueError(f"bad text columns for {self.table!r}")


def known_name(first: str, tussenvoegsel: str, last: str) -> KnownName:
    name = " ".join(p for p in (first, tussenvoegsel, last) if p)
    return KnownName(name, first=first, tussenvoegsel=tussenvoegsel, last=last)


def departing_name(pupil: Pupil) -> KnownName:
    """The departing pupil with her recorded nicknames ("Ook genoemd"): "Kruimel" leaves
    the records that stay too."""
    name = known_name(pupil.first_name, pupil.tussenvoegsel, pupil.last_name)
    return KnownName(name.name, first=name.first, tussenvoegsel=name.tussenvoegsel,
                     last=name.last, nicknames=tuple(getattr(pupil, "nicknames", ())))


def _words(name: str) -> set[str]:
    """Name words that can be shared; tussenvoegsels ("van", "den") are no name words:
    counting them made every "van" pupil protect 1,300 others (issue 23)."""
    return {w for w in fold(name).replace("-", " ").split()
            if len(w) > 1 and w not in TUSSENVOEGSELS}


class NameRemover:
    """The departing pupil's name and, per record owner, the names that stay."""

    def __init__(self, cur, pupil: Pupil) -> None:
        self.pupil_id = pupil.id
        self.gone = departing_name(pupil)
        self._cur = cur
        self._own: dict[tuple[int, ...], list[KnownName]] = {}
        gone_words = _words(self.gone.name)
        people = [known_name(*r) for r in cur.execute(
            "SELECT first_name, tussenvoegsel, last_name FROM pupil WHERE id != ?",
            (pupil.id,)).fetchall()]
        people += [KnownName(r[0]) for r in cur.execute(
            "SELECT name FROM guardian WHERE pupil_id != ? UNION SELECT name FROM staff"
            " UNION SELECT name FROM app_user", (pupil.id,)).fetchall()]
        # Only names sharing a word with the departing pupil can protect anything.
        self.stays = [p for p in people if _words(p.name) & gone_words]
        self._removal = NameRemoval(self.gone, self.stays)

    def own(self, owners: tuple[int, ...]) -> list[KnownName]:
        if owners not in self._own:
            marks = ",".join("?" * len(owners))
            found = [known_name(*r) for r in self._cur.execute(
                f"SELECT first_name, tussenvoegsel, last_name FROM pupil"  # noqa: S608
                f" WHERE id IN ({marks})", owners).fetchall()]
            found += [KnownName(r[0]) for r in self._cur.execute(
                f"SELECT name FROM guardian WHERE pupil_id IN ({marks})",  # noqa: S608
                owners).fetchall()]
            self._own[owners] = found
        return self._own[owners]

    def may_name(self, texts: Sequence, documents: Sequence) -> bool:
        """False only when no text and no JSON document of a row can name the pupil:
        one search over the row (lines keep the values' word boundaries)."""
        parts = [v for v in texts if isinstance(v, str)]
        parts += [json_searchable(d) for d in documents if isinstance(d, str)]
        return may_name("\n".join(parts), self.gone)

    def text(self, value: str, owners: tuple[int, ...]) -> str:
        return self._removal.text(value, lambda: self.own(owners))

    def json(self, document: str, owners: tuple[int, ...],
             skip_keys: frozenset[str] = frozenset()) -> str:
        cleaned = self._removal.json(document, lambda: self.own(owners), skip_keys=skip_keys)
        if cleaned is document:
            return document
        # Unchanged documents keep their exact stored form (key order, spacing).
        return document if json.loads(cleaned) == json.loads(document) else cleaned


def _owner_ids(value: object) -> tuple[int, ...]:
    if value is None:
        return ()
    return tuple(sorted({int(v) for v in str(value).split(",") if v.strip()}))


def rewrite_columns(vault, cur, remover: NameRemover, spec: TextColumns,
                    action: str = REWRITE_ACTION) -> list[int]:
    """Rewrite ``spec``'s columns in every row of other pupils; the changed rowids."""
    columns = (*spec.text, *spec.json)
    rows = cur.execute(
        f"SELECT rowid, ({spec.owners}), {', '.join(columns)}"  # noqa: S608
        f" FROM {spec.table}").fetchall()
    changes: list[tuple[int, list]] = []
    for rowid, owner_value, *values in rows:
        owners = _owner_ids(owner_value)
        if remover.pupil_id in owners or not remover.may_name(
                values[:len(spec.text)], values[len(spec.text):]):
            continue
        new = [remover.text(v, owners) if isinstance(v, str) else v
               for v in values[:len(spec.text)]]
        new += [remover.json(v, owners, spec.skip_keys) if isinstance(v, str) else v
                for v in values[len(spec.text):]]
        if new != values:
            changes.append((rowid, new))
    update_rows(cur, spec.table, columns, changes)
    for rowid, _ in changes:
        vault.audit(cur, action, spec.table, rowid, {})
    return [rowid for rowid, _ in changes]


def update_rows(cur, table: str, columns: Sequence[str],
                changes: Sequence[tuple[int, Sequence]]) -> None:
    """Write new values by rowid, past the table's append-only/freeze triggers.

    The triggers are dropped and recreated from their own stored SQL inside the
    caller's transaction; the seal triggers (not dropped) re-seal every row.
    """
    if not changes:
        return
    triggers = drop_append_only(cur, table)
    assignments = ", ".join(f"{c} = ?" for c in columns)
    for rowid, new in changes:
        cur.execute(f"UPDATE {table} SET {assignments} WHERE rowid = ?",  # noqa: S608
                    (*new, rowid))
    for sql in triggers:
        cur.execute(sql)


def rewrite_all(vault, cur, pupil: Pupil, specs: Sequence[TextColumns]) -> dict[str, list[int]]:
    """Retention hook body: every spec whose table exists in this vault."""
    tables = {r[0] for r in cur.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    remover = NameRemover(cur, pupil)
    return {s.table: rewrite_columns(vault, cur, remover, s)
            for s in specs if s.table in tables}
