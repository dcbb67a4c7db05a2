"""Read and keep the sociale kaart: validated, audited writes; entries are never deleted.

Dossiers record the label of the entry that was picked (a snapshot), so editing or
deactivating an entry later never changes what a dossier says.
"""

from __future__ import annotations

from zorgdesk.domain.social_map import (
    HELP_CATEGORIES,
    VEILIG_THUIS_CATEGORIES,
    Category,
    SocialMapDraft,
    SocialMapEntry,
    entries_for,
    validate_entry,
)
from zorgdesk.domain.validation import FieldProblem, ValidationError
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.store.vault import Vault

_COLUMNS = "id, category, organisation, contact_person, phone, email, website, note, active"


def _entry(row) -> SocialMapEntry:
    return SocialMapEntry(row[0], Category(row[1]), row[2], row[3], row[4], row[5], row[6],
                          row[7], bool(row[8]))


class SocialMapService:
    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK) -> None:
        self.vault = vault
        self.clock = clock

    def entries(self, include_inactive: bool = False) -> list[SocialMapEntry]:
        sql = f"SELECT {_COLUMNS} FROM social_map_entry"
        if not include_inactive:
            sql += " WHERE active = 1"
        rows = self.vault.read().execute(sql + " ORDER BY organisation, id").fetchall()
        order = list(Category)
        return sorted((_entry(r) for r in rows), key=lambda e: order.index(e.category))

    def choices(self, categories: tuple[Category, ...]) -> list[tuple[int, str]]:
        """(id, label) of the active entries a form may pick from, in category order."""
        return [(e.id, e.label) for e in entries_for(self.entries(), categories)]

    def veilig_thuis_choices(self) -> list[tuple[int, str]]:
        """Where the IB consulted Veilig Thuis (seed 003 l.3428)."""
        return self.choices(VEILIG_THUIS_CATEGORIES)

    def help_choices(self) -> list[tuple[int, str]]:
        """Who offers the help or takes the warm handover (seed 003 l.5432-5458, 5566-5568)."""
        return self.choices(HELP_CATEGORIES)

    def entry(self, entry_id: int) -> SocialMapEntry:
        row = self.vault.read().execute(
            f"SELECT {_COLUMNS} FROM social_map_entry WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise ValidationError([FieldProblem("id", "Deze regel van de sociale kaart "
                                                      "bestaat niet (meer).")])
        return _entry(row)

    def add(self, draft: SocialMapDraft) -> int:
        values = self._valid(draft)
        now = self.clock.now().isoformat(timespec="seconds")
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO social_map_entry (category, organisation, contact_person, phone,"
                " email, website, note, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values.values(), now, now))
            entry_id = cur.lastrowid
            self.vault.audit(cur, "sociale_kaart.toegevoegd", "social_map_entry", entry_id,
                             values)
        return entry_id

    def update(self, entry_id: int, draft: SocialMapDraft) -> None:
        old = self.entry(entry_id)
        values = self._valid(draft)
        before = {"category": old.category.value, "organisation": old.organisation,
                  "contact_person": old.contact_person, "phone": old.phone,
                  "email": old.email, "website": old.website, "note": old.note}
        changed = {k: v for k, v in values.items() if before[k] != v}
        if not changed:
            return
        with self.vault.transaction() as cur:
            cur.execute(
                "UPDATE social_map_entry SET category=?, organisation=?, contact_person=?,"
                " phone=?, email=?, website=?, note=?, updated_at=? WHERE id=?",
                (*values.values(), self.clock.now().isoformat(timespec="seconds"), entry_id))
            self.vault.audit(cur, "sociale_kaart.gewijzigd", "social_map_entry", entry_id,
                             changed)

    def set_active(self, entry_id: int, active: bool) -> None:
        self.entry(entry_id)
        with self.vault.transaction() as cur:
            cur.execute("UPDATE social_map_entry SET active=?, updated_at=? WHERE id=?",
                        (int(active), self.clock.now().isoformat(timespec="seconds"), entry_id))
            self.vault.audit(cur, "sociale_kaart.actief" if active
                             else "sociale_kaart.niet_meer_gebruikt",
                             "social_map_entry", entry_id, {"active": active})

    @staticmethod
    def _valid(draft: SocialMapDraft) -> dict[str, str]:
        values, problems = validate_entry(draft)
        if problems:
            raise ValidationError(problems)
        return values
