"""Attachments on any record, stored encrypted in the vault (m0010).

A file is checked by its content before anything is written (domain/attachments);
one transaction writes the row and its audit line, so a refused or failed file
leaves nothing. Removing an attachment from the dossier is an append-only event with
a reason: the list no longer shows it, the content stays until retention (or a
granted removal request) takes it out of the vault.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from zorgdesk.domain.attachments.file_kind import FileKind, check_file
from zorgdesk.domain.attachments.records import RECORD_LABELS, RecordKind
from zorgdesk.domain.validation import FieldProblem, ValidationError
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

MAX_REASON = 500
__all__ = ["AttachmentInfo", "AttachmentService", "RecordKind"]


# Which pupil(s) a record belongs to: the attachment is filed under one of them.
_RECORD_PUPILS = {
    RecordKind.LOGBOEK: "SELECT pupil_id FROM logbook_entry_pupil WHERE entry_id = ?",
    RecordKind.SIGNALENLIJST: "SELECT pupil_id FROM signal_check WHERE id = ?",
    RecordKind.ZORGGESPREK: "SELECT pupil_id FROM conversation WHERE id = ?",
    RecordKind.MELDCODE: "SELECT t.pupil_id FROM meldcode_event e JOIN meldcode_trajectory t"
                         " ON t.id = e.trajectory_id WHERE e.id = ?",
}


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    pupil_id: int
    record_kind: RecordKind
    record_id: int
    filename: str
    file_kind: FileKind
    size: int
    sha256: str
    recorded_by: str
    recorded_at: str
    removed_reason: str | None = None
    removed_by: str | None = None
    removed_at: str | None = None

    @property
    def removed(self) -> bool:
        return self.removed_at is not None


_COLUMNS = ("a.id, a.pupil_id, a.record_kind, a.record_id, a.filename, a.file_kind, a.size,"
            " a.sha256, a.recorded_by, a.recorded_at, r.reason, r.recorded_by, r.recorded_at")
_FROM = " FROM attachment a LEFT JOIN attachment_removal r ON r.attachment_id = a.id"


def _info(row: tuple) -> AttachmentInfo:
    return AttachmentInfo(row[0], row[1], RecordKind(row[2]), row[3], row[4], FileKind(row[5]),
                          *row[6:])


def _problem(message: str) -> ValidationError:
    return ValidationError([FieldProblem("bijlage", message)])


class AttachmentService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, pupil_id: int, record_kind: RecordKind | str, record_id: int,
            filename: str, data: bytes) -> int:
        """Store one file on a record of this pupil; raises ValidationError (Dutch)."""
        kind = RecordKind(record_kind)
        checked = check_file(filename, data)
        self._require_record(pupil_id, kind, record_id)
        digest = hashlib.sha256(data).hexdigest()
        with self.vault.transaction() as cur:
            cur.execute("INSERT INTO attachment (pupil_id, record_kind, record_id, filename,"
                        " file_kind, size, sha256, recorded_by, recorded_at, data)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (pupil_id, kind.value, record_id, checked.name, checked.kind.value,
                         checked.size, digest, self.vault.user.name, now_utc(), data))
            aid = cur.lastrowid
            self.vault.audit(cur, "bijlage.toegevoegd", "attachment", aid,
                             {"pupil_id": pupil_id, "record_kind": kind.value,
                              "record_id": record_id, "file_kind": checked.kind.value,
                              "size": checked.size, "sha256": digest})
        return aid

    def _require_record(self, pupil_id: int, kind: RecordKind, record_id: int) -> None:
        try:
            owners = {r[0] for r in self.vault.read().execute(
                _RECORD_PUPILS[kind], (record_id,)).fetchall()}
        except Exception as error:  # the feature's table is missing in this vault
            raise _problem(f"Deze {RECORD_LABELS[kind]} bestaat niet.") from error
        if pupil_id not in owners:
            raise _problem(f"Deze {RECORD_LABELS[kind]} bestaat niet (meer) bij deze "
                           "leerling; de bijlage is niet bewaard.")

    def meldcode_step_ids(self, trajectory_id: int) -> list[int]:
        """The record ids of a trajectory's steps, in the order the history shows them."""
        return [r[0] for r in self.vault.read().execute(
            "SELECT id FROM meldcode_event WHERE trajectory_id = ? ORDER BY seq",
            (trajectory_id,)).fetchall()]

    def for_record(self, record_kind: RecordKind | str, record_id: int, *,
                   include_removed: bool = False) -> list[AttachmentInfo]:
        rows = self.vault.read().execute(
            f"SELECT {_COLUMNS}{_FROM} WHERE a.record_kind = ? AND a.record_id = ?"  # noqa: S608
            " ORDER BY a.id", (RecordKind(record_kind).value, record_id)).fetchall()
        found = [_info(r) for r in rows]
        return found if include_removed else [a for a in found if not a.removed]

    def for_pupil(self, pupil_id: int) -> list[AttachmentInfo]:
        """Every attachment filed under the pupil, removed ones included (inzage)."""
        rows = self.vault.read().execute(
            f"SELECT {_COLUMNS}{_FROM} WHERE a.pupil_id = ? ORDER BY a.id",  # noqa: S608
            (pupil_id,)).fetchall()
        return [_info(r) for r in rows]

    def count_for_record(self, record_kind: RecordKind | str, record_id: int) -> int:
        return len(self.for_record(record_kind, record_id))

    def info(self, attachment_id: int) -> AttachmentInfo:
        row = self.vault.read().execute(f"SELECT {_COLUMNS}{_FROM} WHERE a.id = ?",  # noqa: S608
                                        (attachment_id,)).fetchone()
        if row is None:
            raise LookupError("Deze bijlage bestaat niet (meer).")
        return _info(row)

    def content(self, attachment_id: int) -> bytes:
        row = self.vault.read().execute("SELECT data FROM attachment WHERE id = ?",
                                        (attachment_id,)).fetchone()
        if row is None:
            raise LookupError("Deze bijlage bestaat niet (meer).")
        return bytes(row[0])

    def remove(self, attachment_id: int, reason: str) -> int:
        """Take an attachment out of the dossier (a new event); the content stays."""
        reason = " ".join((reason or "").split())
        info = self.info(attachment_id)
        if not reason:
            raise _problem("Geef een reden op waarom de bijlage uit het dossier gaat.")
        if len(reason) > MAX_REASON:
            raise _problem(f"De reden is te lang (maximaal {MAX_REASON} tekens).")
        if info.removed:
            raise _problem("Deze bijlage is al uit het dossier gehaald.")
        with self.vault.transaction() as cur:
            cur.execute("INSERT INTO attachment_removal (attachment_id, reason, recorded_by,"
                        " recorded_at) VALUES (?,?,?,?)",
                        (attachment_id, reason, self.vault.user.name, now_utc()))
            rid = cur.lastrowid
            self.vault.audit(cur, "bijlage.verwijderd", "attachment_removal", rid,
                             {"attachment_id": attachment_id, "reason": reason})
        return rid
