"""Import pupils, groups and guardians from a leerlingadministratie export (CSV or .xlsx).

Two steps, as the IB sees them: ``read`` + ``preview`` show exactly what would change
(nothing is written), ``apply`` writes that plan in ONE transaction, so an import is
either complete or not there at all. Re-importing next year's export moves pupils to
their new group and adds missing guardians without duplicating anyone.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from zorgdesk.domain.pupil_import import (
    Column,
    Existing,
    ImportPlan,
    PlannedRow,
    RowStatus,
    folded_guardian_name,
    guess_mapping,
    mapping_problems,
    plan_import,
)
from zorgdesk.domain.text import fold
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.store.audit import RETENTION_ACTION

MAX_FILE_BYTES = 10 * 1024 * 1024
_ENCODINGS = ("utf-8-sig", "cp1252")  # Excel on Windows saves "CSV" as Windows-1252


class ImportFileError(ValueError):
    """A file that cannot be read as a pupil list; the message is Dutch, without contents."""


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    encoding: str  # what the file turned out to be, shown to the IB

    def guessed_mapping(self) -> list[Column]:
        return guess_mapping(self.headers)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise ImportFileError("Dit bestand is geen geldig Excel-bestand (.xlsx). Sla het in "
                              "Excel opnieuw op als .xlsx of als CSV.") from None
    try:
        sheet = book.worksheets[0]
        rows = [tuple(_cell_text(v) for v in row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return _table(rows, "Excel")


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"  # Excel's "Unicode-tekst"
    if b"\x00" in data[:4096]:
        raise ImportFileError("Dit bestand is geen tekst (CSV). Kies de export van de "
                              "leerlingadministratie als CSV of .xlsx.")
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding), ("UTF-8" if encoding == "utf-8-sig" else "Windows-1252")
        except UnicodeDecodeError:
            continue
    raise ImportFileError("De tekens in dit bestand zijn niet te lezen.")  # pragma: no cover


def _read_csv(data: bytes) -> Table:
    text, encoding = _decode(data)
    sample = "\n".join(text.splitlines()[:20])
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t|")
    except csv.Error:
        dialect = csv.excel
        dialect.delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    rows = [tuple(cell.strip() for cell in row)
            for row in csv.reader(io.StringIO(text), dialect)]
    return _table(rows, encoding)


def _table(rows: list[tuple[str, ...]], encoding: str) -> Table:
    rows = [row for row in rows if any(row)]
    if len(rows) < 2:
        raise ImportFileError("Het bestand heeft geen kopregel met daaronder leerlingen.")
    width = max(len(row) for row in rows)
    padded = tuple(tuple(row) + ("",) * (width - len(row)) for row in rows)
    return Table(padded[0], padded[1:], encoding)


def read_table(path: Path) -> Table:
    """The first sheet (or the CSV) as header + rows; Dutch ImportFileError otherwise."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError("Oude Excel-bestanden (.xls) kan ZorgDesk niet lezen. Sla het "
                              "bestand in Excel op als .xlsx of als CSV.")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(f"Het bestand is {size // (1024 * 1024)} MB; een "
                                  "leerlingenlijst is hooguit een paar MB. Kies de juiste "
                                  "export.")
        data = path.read_bytes()
    except OSError:
        raise ImportFileError("Het bestand kan niet worden gelezen. Bestaat het nog, en is "
                              "het niet geopend in een ander programma?") from None
    if data.startswith(b"PK\x03\x04") or suffix == ".xlsx":
        return _read_xlsx(data)
    return _read_csv(data)


class PupilImportService:
    def __init__(self, basedata: BaseDataService) -> None:
        self.basedata = basedata
        self.vault = basedata.vault

    def _existing(self) -> Existing:
        pupils = self.basedata.pupils(include_inactive=True)
        rows = self.vault.read().execute(
            "SELECT pupil_id, name FROM guardian WHERE active = 1").fetchall()
        guardians: dict[int, set[str]] = {}
        for pupil_id, name in rows:
            guardians.setdefault(pupil_id, set()).add(folded_guardian_name(name))
        removed = self.vault.read().execute(
            "SELECT count(*) FROM audit_log WHERE action = ?", (RETENTION_ACTION,)).fetchone()[0]
        return Existing(pupils, [g.name for g in self.basedata.groups(include_inactive=True)],
                        guardians, removed)

    def preview(self, table: Table, mapping: Sequence[Column],
                default_start: date | None = None) -> ImportPlan:
        problems = mapping_problems(mapping)
        if problems:
            raise ImportFileError(" ".join(problems))
        try:
            return plan_import(table.rows, mapping, self._existing(), self.basedata.today,
                               default_start or self.basedata.today)
        except ValueError as error:
            raise ImportFileError(str(error)) from None

    def apply(self, plan: ImportPlan) -> dict[RowStatus, int]:
        """Write the plan in one transaction; returns how many rows did what."""
        done = {status: 0 for status in RowStatus}
        with self.vault.transaction() as cur:
            groups = self._group_ids(cur, plan.new_groups)
            self._restore_removed_groups(cur, plan, groups)
            for row in plan.rows:
                if row.writes:
                    self._write_row(cur, row, groups)
                done[row.status] += 1
            self.vault.audit(cur, "leerlingen.geimporteerd", "pupil", None,
                             {status.name.lower(): n for status, n in done.items() if n})
        return done

    def _group_ids(self, cur, new_groups: Sequence[str]) -> dict[str, int]:
        for name in new_groups:
            cur.execute("INSERT INTO school_group (name) VALUES (?)", (name,))
            self.vault.audit(cur, "groep.toegevoegd", "school_group", cur.lastrowid,
                             {"name": name, "import": True})
        rows = cur.execute("SELECT id, name FROM school_group").fetchall()
        return {fold(name): gid for gid, name in rows}

    def _restore_removed_groups(self, cur, plan: ImportPlan, groups: dict[str, int]) -> None:
        """A removed group (Groepen tab) that imported pupils are put in is back in the
        lists: a pupil at school is never in a group nobody can choose or see."""
        used = {groups[fold(row.group)] for row in plan.rows
                if row.status in (RowStatus.NEW, RowStatus.GROUP_CHANGED) and row.writes
                and row.group and fold(row.group) in groups}
        for gid, name in cur.execute(
                "SELECT id, name FROM school_group WHERE active = 0").fetchall():
            if gid in used:
                cur.execute("UPDATE school_group SET active = 1 WHERE id = ?", (gid,))
                self.vault.audit(cur, "groep.toegevoegd", "school_group", gid,
                                 {"name": name, "was_removed": True, "import": True})

    def _write_row(self, cur, row: PlannedRow, groups: dict[str, int]) -> None:
        group_id = groups.get(fold(row.group)) if row.group else None
        pupil_id = row.existing_id
        if row.status is RowStatus.NEW:
            valid = row.pupil
            cur.execute(
                "INSERT INTO pupil (first_name, tussenvoegsel, last_name, date_of_birth, gender,"
                " group_id, start_date, leave_date, active) VALUES (?,?,?,?,?,?,?,NULL,1)",
                (valid.first_name, valid.tussenvoegsel, valid.last_name,
                 valid.date_of_birth.isoformat(), valid.gender, group_id,
                 valid.start_date.isoformat()))
            pupil_id = cur.lastrowid
            self.vault.audit(cur, "leerling.toegevoegd", "pupil", pupil_id,
                             {"import": True, "group_id": group_id})
        elif row.status is RowStatus.GROUP_CHANGED and group_id is not None:
            cur.execute("UPDATE pupil SET group_id = ? WHERE id = ?", (group_id, pupil_id))
            self.vault.audit(cur, "leerling.gewijzigd", "pupil", pupil_id,
                             {"group_id": group_id, "import": True})
        for guardian in row.guardians:
            cur.execute(
                "INSERT INTO guardian (pupil_id, name, relation, phone, email,"
                " parental_authority) VALUES (?,?,?,?,?,?)",
                (pupil_id, guardian.name, guardian.relation, guardian.phone, guardian.email,
                 int(guardian.parental_authority)))
            self.vault.audit(cur, "ouder.toegevoegd", "guardian", cur.lastrowid,
                             {"pupil_id": pupil_id, "import": True})
