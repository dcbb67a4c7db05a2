"""School, staff, groups, pupils, guardians and siblings: validated, audited writes."""

from __future__ import annotations

import dataclasses
from datetime import date

from zorgdesk.domain.nicknames import nicknames_from_json, nicknames_json, parse_nicknames
from zorgdesk.domain.people import (
    Group,
    Guardian,
    GuardianDraft,
    Pupil,
    PupilDraft,
    SchoolSettings,
    StaffMember,
    left_already,
    validate_guardian,
    validate_pupil,
)
from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.domain.text import fold_name
from zorgdesk.domain.validation import FieldProblem, ValidationError, require_text
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.settings import RETENTION
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

_PUPIL_SELECT = (
    "SELECT p.id, p.first_name, p.tussenvoegsel, p.last_name, p.date_of_birth, p.gender,"
    " p.group_id, COALESCE(g.name, ''), p.start_date, p.leave_date, p.active, n.nicknames"
    " FROM pupil p LEFT JOIN school_group g ON g.id = p.group_id"
    " LEFT JOIN person_nickname n ON n.pupil_id = p.id"
)
# A vault opened at an older schema (tests of older migrations; m0024 adds the table):
# the same rows, without nicknames.
_NO_NICKNAMES = "(SELECT NULL AS pupil_id, NULL AS guardian_id, NULL AS staff_id," \
                " NULL AS nicknames)"
# Whose nicknames a row of person_nickname holds (one column of the three is set).
NICKNAME_OWNERS = ("pupil_id", "guardian_id", "staff_id")


def group_label(name: str) -> str:
    """'groep 5a' for '5a', 'Groep 5a' as it is: for a Dutch sentence."""
    return name if name.casefold().startswith("groep") else f"groep {name}"


def _name_taken(name: str, groups: list[Group]) -> list[FieldProblem]:
    """The problem when another group in use has this name already."""
    if any(g.active and name and g.name.casefold() == name.casefold() for g in groups):
        return [FieldProblem("name", "Er is al een groep met deze naam.")]
    return []


def _without_nicknames(valid) -> dict:
    """The audit content of a pupil or guardian row: its nicknames have their own row and
    audit entry (``nicknames_within``)."""
    content = dataclasses.asdict(valid)
    content.pop("nicknames", None)
    return content


def _pupil(row) -> Pupil:
    return Pupil(row[0], row[1], row[2], row[3], date.fromisoformat(row[4]), row[5], row[6],
                 row[7], date.fromisoformat(row[8]),
                 date.fromisoformat(row[9]) if row[9] else None, bool(row[10]),
                 nicknames_from_json(row[11]))


class BaseDataService:
    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK) -> None:
        self.vault = vault
        self.clock = clock
        # Every pupil of the school, sorted, with the pupils' table marker it was read at
        # (``_school_pupils``).
        self._school: tuple[tuple, tuple[Pupil, ...]] | None = None

    @property
    def today(self) -> date:
        return self.clock.today()

    # -- school --------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        """``sql`` as it may run on this vault: person_nickname comes with m0024."""
        if self.vault.read().execute("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                                     " AND name = 'person_nickname'").fetchone():
            return sql
        return sql.replace("person_nickname n", _NO_NICKNAMES + " n")

    def school(self) -> SchoolSettings:
        row = self.vault.read().execute(
            "SELECT name, place, retention_years, logo FROM school WHERE id = 1").fetchone()
        return SchoolSettings(row[0], row[1], row[2], row[3])

    def update_school(self, name: str, place: str, retention_years: int,
                      logo: bytes | None = None) -> None:
        problems: list[FieldProblem] = []
        name = require_text(name, "name", "de naam van de school", problems)
        place = require_text(place, "place", "de plaats", problems, required=False)
        if not RETENTION.low <= int(retention_years) <= RETENTION.high:
            problems.append(FieldProblem("retention_years", "De bewaartermijn moet tussen "
                                         f"{RETENTION.low} en {RETENTION.high} jaar liggen."))
        if logo is not None and len(logo) > 2_000_000:
            problems.append(FieldProblem("logo", "Het logo is te groot (maximaal 2 MB)."))
        if problems:
            raise ValidationError(problems)
        with self.vault.transaction() as cur:
            cur.execute("UPDATE school SET name=?, place=?, retention_years=?, logo=? WHERE id=1",
                        (name, place, int(retention_years), logo))
            self.vault.audit(cur, "school.gewijzigd", "school", 1,
                             {"name": name, "place": place, "retention_years": retention_years,
                              "logo": bool(logo)})

    # -- groups and staff ----------------------------------------------------------

    def groups(self, include_inactive: bool = False) -> list[Group]:
        sql = "SELECT id, name, active FROM school_group"
        if not include_inactive:
            sql += " WHERE active = 1"
        rows = self.vault.read().execute(sql + " ORDER BY name").fetchall()
        return [Group(r[0], r[1], bool(r[2])) for r in rows]

    def add_group(self, name: str) -> int:
        problems: list[FieldProblem] = []
        name = require_text(name, "name", "de naam van de groep", problems, max_length=40)
        problems += _name_taken(name, self.groups(include_inactive=True))
        if problems:
            raise ValidationError(problems)
        with self.vault.transaction() as cur:
            self._free_name(cur, name)
            cur.execute("INSERT INTO school_group (name) VALUES (?)", (name,))
            group_id = cur.lastrowid
            self.vault.audit(cur, "groep.toegevoegd", "school_group", group_id, {"name": name})
        return group_id

    def _group(self, group_id: int) -> Group:
        found = [g for g in self.groups() if g.id == group_id]  # a removed one: gone
        if not found:
            raise LookupError("Deze groep bestaat niet (meer).")
        return found[0]

    def group_pupils(self, group_id: int) -> list[Pupil]:
        """The pupils now in this group (not those who left), sorted by name."""
        return self.pupils(group_id=group_id)

    def rename_group(self, group_id: int, name: str) -> int:
        """A new name for a group (a new school year: 5a becomes 6a); its pupils stay in
        it. A removed group of that name (kept for the pupils who left) is renamed out of
        the way first. Returns the group's id: the same one, unless pupils who left were
        in it: then the pupils move to a new group of the new name and the old group stays,
        removed, with its old name, so a pupil who left in 5a keeps 5a in his dossier."""
        group = self._group(group_id)
        problems: list[FieldProblem] = []
        name = require_text(name, "name", "de nieuwe naam van de groep", problems,
                            max_length=40)
        problems += _name_taken(name, [g for g in self.groups(include_inactive=True)
                                       if g.id != group_id])
        if problems:
            raise ValidationError(problems)
        if name == group.name:
            return group_id
        moving = [p.id for p in self.group_pupils(group_id)]
        with self.vault.transaction() as cur:
            return self.rename_within(cur, group, name, former=self.has_former_pupils(group_id),
                                      moving=moving)

    def has_former_pupils(self, group_id: int) -> bool:
        """Did a pupil who left the school leave while in this group?"""
        return any(p.group_id == group_id and not p.active
                   for p in self.pupils(include_inactive=True))

    def rename_within(self, cur, group: Group, name: str, *, former: bool,
                      moving: list[int], until: date | None = None) -> int:
        """``rename_group`` inside the caller's transaction (the new school year renames
        every group in one). ``former``: pupils who left were in the group; ``moving``:
        the ids of its pupils now; ``until``: the date a freed removed name gets."""
        self._free_name(cur, name, until)
        if not former:
            cur.execute("UPDATE school_group SET name = ? WHERE id = ?", (name, group.id))
            self.vault.audit(cur, "groep.hernoemd", "school_group", group.id,
                             {"old_name": group.name, "name": name})
            self._keep_former_name(cur, group, until)
            return group.id
        cur.execute("INSERT INTO school_group (name) VALUES (?)", (name,))
        target = cur.lastrowid
        self.vault.audit(cur, "groep.toegevoegd", "school_group", target,
                         {"name": name, "renamed_from": group.id})
        self.move_pupils_within(cur, moving, target)
        self.retire_within(cur, group, renamed_to=target)
        return target

    def _keep_former_name(self, cur, group: Group, until: date | None) -> None:
        """The name the group had, for the anonymiser (texts written before the rename)."""
        if cur.execute("SELECT 1 FROM group_former_name WHERE group_id = ? AND name = ?",
                       (group.id, group.name)).fetchone():
            return
        cur.execute("INSERT INTO group_former_name (group_id, name, until, recorded_by,"
                    " recorded_at) VALUES (?, ?, ?, ?, ?)",
                    (group.id, group.name, (until or self.today).isoformat(),
                     self.vault.user.name, now_utc()))
        self.vault.audit(cur, "groep.vorige_naam", "group_former_name", cur.lastrowid,
                         {"group_id": group.id, "name": group.name})

    def former_group_names(self) -> list[str]:
        """Every name a group had before it was renamed in place, oldest first."""
        return [r[0] for r in self.vault.read().execute(
            "SELECT name FROM group_former_name ORDER BY id").fetchall()]

    def move_pupils_within(self, cur, pupil_ids: list[int], group_id: int) -> None:
        """Put these pupils in the group, audited, inside the caller's transaction."""
        for pupil_id in pupil_ids:
            cur.execute("UPDATE pupil SET group_id = ? WHERE id = ?", (group_id, pupil_id))
            self.vault.audit(cur, "leerling.gewijzigd", "pupil", pupil_id,
                             {"group_id": group_id})

    def retire_within(self, cur, group: Group, **why: object) -> None:
        """Remove the group from the lists (the row stays for its former pupils), audited,
        inside the caller's transaction; ``why`` goes into the audit row."""
        cur.execute("UPDATE school_group SET active = 0 WHERE id = ?", (group.id,))
        self.vault.audit(cur, "groep.verwijderd", "school_group", group.id,
                         {"name": group.name, **why})

    def _free_name(self, cur, name: str, until: date | None = None) -> None:
        """A removed group with this name (kept for its former pupils) gets "(tot
        <until or today>)" after it, so a group in use can take the name (a new school
        year: Groep 8 left, Groep 7 becomes Groep 8). Inside the caller's transaction."""
        taken = {g.name.casefold(): g for g in self.groups(include_inactive=True)}
        old = taken.get(name.casefold())
        if old is None or old.active:
            return
        day = f"{until or self.today:%d-%m-%Y}"
        new, n = f"{old.name} (tot {day})", 1
        while new.casefold() in taken:
            n += 1
            new = f"{old.name} (tot {day}) {n}"
        cur.execute("UPDATE school_group SET name = ? WHERE id = ?", (new, old.id))
        self.vault.audit(cur, "groep.hernoemd", "school_group", old.id,
                         {"old_name": old.name, "name": new})

    def remove_group(self, group_id: int) -> None:
        """Remove an empty group from the lists. Refused (Dutch) while pupils are in
        it. The row stays, inactive, so a pupil who left keeps the group he was in."""
        group = self.check_remove_group(group_id)
        with self.vault.transaction() as cur:
            self.retire_within(cur, group)

    def check_remove_group(self, group_id: int) -> Group:
        """The group, or a Dutch ValidationError saying how many pupils are in it."""
        group = self._group(group_id)
        count = len(self.group_pupils(group_id))
        if count:
            label = group_label(group.name)
            raise ValidationError([("group", (
                f"In {label} zit nog 1 leerling. Zet deze leerling" if count == 1 else
                f"In {label} zitten nog {count} leerlingen. Zet ze") + " eerst in een "
                "andere groep (tab Leerlingen), of geef de groep een nieuwe naam.")])
        return group

    def staff(self, include_inactive: bool = False) -> list[StaffMember]:
        sql = ("SELECT s.id, s.name, s.role, s.active, n.nicknames FROM staff s"
               " LEFT JOIN person_nickname n ON n.staff_id = s.id")
        if not include_inactive:
            sql += " WHERE s.active = 1"
        rows = self.vault.read().execute(self._sql(sql) + " ORDER BY s.name").fetchall()
        return [StaffMember(r[0], r[1], r[2], bool(r[3]), nicknames_from_json(r[4]))
                for r in rows]

    def add_staff(self, name: str, role: str = "") -> int:
        problems: list[FieldProblem] = []
        name = require_text(name, "name", "de naam", problems)
        role = require_text(role, "role", "de functie", problems, required=False)
        if problems:
            raise ValidationError(problems)
        with self.vault.transaction() as cur:
            cur.execute("INSERT INTO staff (name, role) VALUES (?, ?)", (name, role))
            staff_id = cur.lastrowid
            self.vault.audit(cur, "medewerker.toegevoegd", "staff", staff_id,
                             {"name": name, "role": role})
        return staff_id

    def set_staff_nicknames(self, staff_id: int, nicknames: str | tuple[str, ...]) -> None:
        """"Ook genoemd" of a staff member ("Meester B."): removed like the name."""
        problems: list[FieldProblem] = []
        valid = parse_nicknames(nicknames, "nicknames", problems)
        if problems:
            raise ValidationError(problems)
        if staff_id not in {m.id for m in self.staff(include_inactive=True)}:
            raise LookupError("Deze medewerker bestaat niet (meer).")
        with self.vault.transaction() as cur:
            self.nicknames_within(cur, "staff_id", staff_id, valid, "medewerker.bijnamen")

    def nicknames_within(self, cur, owner: str, owner_id: int, nicknames: tuple[str, ...],
                         action: str) -> bool:
        """Store one person's nicknames inside the caller's transaction, audited (the
        audit row holds the field name and a digest, never the nicknames); an empty list
        removes the row. False when nothing changed."""
        if owner not in NICKNAME_OWNERS:
            raise ValueError(f"not a nickname owner: {owner!r}")
        if not nicknames and self._sql("person_nickname n") != "person_nickname n":
            return False  # a vault before m0024 (tests of older migrations): none to keep
        row = cur.execute(f"SELECT id, nicknames FROM person_nickname"  # noqa: S608
                          f" WHERE {owner} = ?", (owner_id,)).fetchone()
        if nicknames_from_json(row[1] if row else None) == tuple(nicknames):
            return False
        if not nicknames:
            cur.execute("DELETE FROM person_nickname WHERE id = ?", (row[0],))
        elif row is None:
            cur.execute(f"INSERT INTO person_nickname ({owner}, nicknames, recorded_by,"  # noqa: S608
                        " recorded_at) VALUES (?, ?, ?, ?)",
                        (owner_id, nicknames_json(nicknames), self.vault.user.name, now_utc()))
        else:
            cur.execute("UPDATE person_nickname SET nicknames = ?, recorded_by = ?,"
                        " recorded_at = ? WHERE id = ?",
                        (nicknames_json(nicknames), self.vault.user.name, now_utc(), row[0]))
        entity = {"pupil_id": "pupil", "guardian_id": "guardian", "staff_id": "staff"}[owner]
        self.vault.audit(cur, action, entity, owner_id, {"nicknames": list(nicknames)})
        return True

    def set_staff_active(self, staff_id: int, active: bool) -> None:
        with self.vault.transaction() as cur:
            cur.execute("UPDATE staff SET active = ? WHERE id = ?", (int(active), staff_id))
            self.vault.audit(cur, "medewerker.actief" if active else "medewerker.gedeactiveerd",
                             "staff", staff_id, {"active": active})

    # -- pupils --------------------------------------------------------------------

    def pupils(self, search: str = "", group_id: int | None = None,
               include_inactive: bool = False) -> list[Pupil]:
        found = [p for p in self._school_pupils()
                 if (include_inactive or p.active) and group_id in (None, p.group_id)]
        needle = fold_name(search.strip())
        if needle:
            # Filter in Python so "zoe" finds "Zoë" and "berg" finds "van der Berg".
            found = [p for p in found
                     if all(word in fold_name(p.display_name) for word in needle.split())]
        return found

    def _school_pupils(self) -> tuple[Pupil, ...]:
        """Every pupil, sorted; read again only after a pupil or group may have changed.
        Forms and lists ask for the whole school on every open (a large school's 1,500
        pupils took 10-15 ms to read and sort each time; issue 23)."""
        marker = self.vault.table_marker("pupil", "school_group", "person_nickname")
        if self._school is None or self._school[0] != marker:
            rows = self.vault.read().execute(self._sql(_PUPIL_SELECT)).fetchall()
            self._school = (marker, tuple(sorted(map(_pupil, rows), key=lambda p: p.sort_key)))
        return self._school[1]

    def pupil(self, pupil_id: int) -> Pupil:
        row = self.vault.read().execute(self._sql(_PUPIL_SELECT) + " WHERE p.id = ?",
                                        (pupil_id,)).fetchone()
        if row is None:
            raise LookupError("Deze leerling bestaat niet (meer).")
        return _pupil(row)

    def printed_pupil(self, pupil_id: int) -> PrintedPupil:
        """The pupil as every PDF header shows her: full name, date of birth, group."""
        return PrintedPupil.of(self.pupil(pupil_id))

    def printed_school(self) -> PrintedSchool:
        """The school as every PDF header names it."""
        return PrintedSchool.of(self.school())

    def _in_removed_group(self, valid) -> None:
        """A pupil at school is never put in a removed group (one who left keeps his)."""
        active = valid.leave_date is None or valid.leave_date > self.today
        if active and valid.group_id is not None and valid.group_id not in {
                g.id for g in self.groups()}:
            raise ValidationError([FieldProblem(
                "group_id", "Deze groep is verwijderd. Kies een groep uit de lijst, of vul "
                            "de vertrekdatum in als de leerling van school is.")])

    def add_pupil(self, draft: PupilDraft) -> int:
        valid = validate_pupil(draft, self.today)
        self._in_removed_group(valid)
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO pupil (first_name, tussenvoegsel, last_name, date_of_birth, gender,"
                " group_id, start_date, leave_date, active) VALUES (?,?,?,?,?,?,?,?,?)",
                self._pupil_values(valid),
            )
            pupil_id = cur.lastrowid
            self.vault.audit(cur, "leerling.toegevoegd", "pupil", pupil_id,
                             _without_nicknames(valid))
            self.nicknames_within(cur, "pupil_id", pupil_id, valid.nicknames,
                                  "leerling.bijnamen")
        return pupil_id

    def update_pupil(self, pupil_id: int, draft: PupilDraft) -> None:
        valid = validate_pupil(draft, self.today)
        self._in_removed_group(valid)
        before = dataclasses.asdict(self.pupil(pupil_id))
        after = dataclasses.asdict(valid)
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        if not changed:
            return
        with self.vault.transaction() as cur:
            self.nicknames_within(cur, "pupil_id", pupil_id, valid.nicknames,
                                  "leerling.bijnamen")
            changed.pop("nicknames", None)
            if not changed:
                return
            cur.execute(
                "UPDATE pupil SET first_name=?, tussenvoegsel=?, last_name=?, date_of_birth=?,"
                " gender=?, group_id=?, start_date=?, leave_date=?, active=? WHERE id=?",
                (*self._pupil_values(valid), pupil_id),
            )
            self.vault.audit(cur, "leerling.gewijzigd", "pupil", pupil_id, changed)

    def _pupil_values(self, valid) -> tuple:
        active = valid.leave_date is None or valid.leave_date > self.today
        return (valid.first_name, valid.tussenvoegsel, valid.last_name,
                valid.date_of_birth.isoformat(), valid.gender, valid.group_id,
                valid.start_date.isoformat(),
                valid.leave_date.isoformat() if valid.leave_date else None, int(active))

    def deactivate_pupil(self, pupil_id: int, leave_date: date | None = None) -> None:
        """A pupil who leaves keeps the dossier (retention), but leaves the daily list.

        A pupil who already left is not 'uitgeschreven' again per today (that would move
        her leave date, and with it the end of her retention term): ValidationError with
        what to do instead. An explicit ``leave_date`` corrects the date."""
        leave = leave_date or self.today
        pupil = self.pupil(pupil_id)
        if not pupil.active and leave_date is None:
            raise ValidationError([FieldProblem("leave_date", left_already(pupil))])
        if leave < pupil.start_date:
            raise ValidationError([FieldProblem("leave_date",
                                                "De vertrekdatum ligt vóór de startdatum.")])
        with self.vault.transaction() as cur:
            cur.execute("UPDATE pupil SET leave_date = ?, active = 0 WHERE id = ?",
                        (leave.isoformat(), pupil_id))
            self.vault.audit(cur, "leerling.gedeactiveerd", "pupil", pupil_id,
                             {"leave_date": leave.isoformat(), "active": False})

    # -- guardians -----------------------------------------------------------------

    def guardians(self, pupil_id: int, include_inactive: bool = False) -> list[Guardian]:
        sql = ("SELECT g.id, g.pupil_id, g.name, g.relation, g.phone, g.email,"
               " g.parental_authority, g.active, n.nicknames FROM guardian g"
               " LEFT JOIN person_nickname n ON n.guardian_id = g.id WHERE g.pupil_id = ?")
        if not include_inactive:
            sql += " AND g.active = 1"
        rows = self.vault.read().execute(self._sql(sql) + " ORDER BY g.id",
                                         (pupil_id,)).fetchall()
        return [Guardian(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), bool(r[7]),
                         nicknames_from_json(r[8])) for r in rows]

    def add_guardian(self, pupil_id: int, draft: GuardianDraft) -> int:
        valid = validate_guardian(draft)
        self.pupil(pupil_id)
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO guardian (pupil_id, name, relation, phone, email, parental_authority)"
                " VALUES (?,?,?,?,?,?)",
                (pupil_id, valid.name, valid.relation, valid.phone, valid.email,
                 int(valid.parental_authority)),
            )
            guardian_id = cur.lastrowid
            self.vault.audit(cur, "ouder.toegevoegd", "guardian", guardian_id,
                             {"pupil_id": pupil_id, **_without_nicknames(valid)})
            self.nicknames_within(cur, "guardian_id", guardian_id, valid.nicknames,
                                  "ouder.bijnamen")
        return guardian_id

    def update_guardian(self, guardian_id: int, draft: GuardianDraft) -> None:
        valid = validate_guardian(draft)
        with self.vault.transaction() as cur:
            cur.execute(
                "UPDATE guardian SET name=?, relation=?, phone=?, email=?, parental_authority=?"
                " WHERE id=?",
                (valid.name, valid.relation, valid.phone, valid.email,
                 int(valid.parental_authority), guardian_id),
            )
            if cur.rowcount != 1:
                raise LookupError("Deze ouder/verzorger bestaat niet (meer).")
            self.vault.audit(cur, "ouder.gewijzigd", "guardian", guardian_id,
                             _without_nicknames(valid))
            self.nicknames_within(cur, "guardian_id", guardian_id, valid.nicknames,
                                  "ouder.bijnamen")

    def deactivate_guardian(self, guardian_id: int) -> None:
        with self.vault.transaction() as cur:
            cur.execute("UPDATE guardian SET active = 0 WHERE id = ?", (guardian_id,))
            self.vault.audit(cur, "ouder.gedeactiveerd", "guardian", guardian_id,
                             {"active": False})

    # -- siblings ------------------------------------------------------------------

    def siblings(self, pupil_id: int) -> list[Pupil]:
        rows = self.vault.read().execute(
            "SELECT CASE WHEN pupil_a = ? THEN pupil_b ELSE pupil_a END FROM sibling_link"
            " WHERE pupil_a = ? OR pupil_b = ?", (pupil_id, pupil_id, pupil_id)).fetchall()
        return sorted((self.pupil(r[0]) for r in rows), key=lambda p: p.date_of_birth)

    def link_siblings(self, pupil_id: int, other_id: int) -> None:
        if pupil_id == other_id:
            raise ValidationError([FieldProblem(
                "sibling", "Een leerling kan niet zijn eigen broer of zus zijn.")])
        a, b = sorted((pupil_id, other_id))
        self.pupil(a), self.pupil(b)
        with self.vault.transaction() as cur:
            cur.execute("INSERT OR IGNORE INTO sibling_link (pupil_a, pupil_b) VALUES (?, ?)",
                        (a, b))
            if cur.rowcount:
                self.vault.audit(cur, "broer_zus.gekoppeld", "pupil", a, {"sibling_id": b})

    def unlink_siblings(self, pupil_id: int, other_id: int) -> None:
        a, b = sorted((pupil_id, other_id))
        with self.vault.transaction() as cur:
            cur.execute("DELETE FROM sibling_link WHERE pupil_a = ? AND pupil_b = ?", (a, b))
            if cur.rowcount:
                self.vault.audit(cur, "broer_zus.ontkoppeld", "pupil", a, {"sibling_id": b})
