"""Zorggesprekken on the vault: plan, record, hand out (freezes), sign, addenda, PDFs.

Once a report is handed out ("uitgereikt") its content is frozen: this service refuses
changes and a trigger (m0006) refuses them in the database too. Corrections become
addenda, which are printed with the report.

Handing out, signatures, addenda and scans live in :mod:`conversation_signing` (a mixin
of the one :class:`ConversationService`); row mapping in :mod:`conversation_rows`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from zorgdesk.domain.conversations import conversation as conv
from zorgdesk.domain.conversations.conversation import (
    Addendum,
    SignatureRecord,
    SignatureStatus,
    Zorggesprek,
    is_held,
)
from zorgdesk.domain.conversations.draft import (
    ConversationDraft,
    build_gesprek,
    validate_draft,
)
from zorgdesk.domain.conversations.smart import SmartAgreement, SmartFinding, check_agreement
from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.domain.text import clean, snippet
from zorgdesk.reports.conversation import pdf as conversation_pdf
from zorgdesk.reports.pdf_base import load_form
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.conversations.printed import printed_gesprek
from zorgdesk.services.conversations.rows import (
    SELECT_CONVERSATION,
    SIGNED,
    apply_status,
    draft_columns,
    draft_from_row,
    replace_draft,
)
from zorgdesk.services.conversations.signing import (
    MAX_SCAN_BYTES,
    ConversationFrozenError,
    NotReturned,
    ScanInfo,
    StatusEvent,
)
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

__all__ = [
    "MAX_SCAN_BYTES",
    "SIGNED",
    "ConversationFrozenError",
    "ConversationHead",
    "ConversationService",
    "NotReturned",
    "ScanInfo",
    "StatusEvent",
    "StoredConversation",
]


@dataclass(frozen=True)
class StoredConversation:
    id: int
    pupil_id: int
    frozen: bool
    gesprek: Zorggesprek

    @property
    def status_text(self) -> str:
        if not self.frozen:
            return "Concept"
        parts = [f"{s.signer}: {s.status.value}" for s in self.gesprek.signatures]
        return "; ".join(parts) or "Uitgereikt"


@dataclass(frozen=True)
class ConversationHead:
    """Date, subject and follow-up of a conversation, read without building it."""

    id: int
    pupil_id: int
    on: date
    subject: str
    follow_up_on: date | None


class ConversationService:
    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK, *,
                 basedata: BaseDataService) -> None:
        self.vault = vault
        self.clock = clock
        self.basedata = basedata

    @property
    def form(self) -> dict:
        """forms/zorggesprek.json, read when needed: a broken file must not stop the
        vault from opening (ResourceFileError names it where it is used)."""
        return load_form(conversation_pdf.FORM_NAME)

    @property
    def today(self) -> date:
        return self.clock.today()

    # -- writing ---------------------------------------------------------------------

    def plan(self, pupil_id: int, draft: ConversationDraft) -> int:
        valid = validate_draft(draft, self._pupil(pupil_id), self.form, self.today)
        row = draft_columns(valid)
        now = now_utc()
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO conversation (pupil_id, kind, planned_on, planned_at, place,"
                " subject, attendees_json, signals_json, preparation_json, phase_notes_json,"
                " follow_up_on, agreements_json, created_by, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (pupil_id, *row.values(), self.vault.user.name, now, now))
            cid = cur.lastrowid
            self.vault.audit(cur, "zorggesprek.gepland", "conversation", cid,
                             {"pupil_id": pupil_id, **row})
        return cid

    def update(self, conversation_id: int, draft: ConversationDraft) -> None:
        """Save the whole draft (plan, phases, agreements) while it is a concept."""
        current = self.get(conversation_id)
        if current.frozen:
            raise ConversationFrozenError()
        valid = validate_draft(draft, current.gesprek.pupil, self.form, self.today)
        row = draft_columns(valid)
        with self.vault.transaction() as cur:
            cur.execute(
                "UPDATE conversation SET kind=?, planned_on=?, planned_at=?, place=?, subject=?,"
                " attendees_json=?, signals_json=?, preparation_json=?, phase_notes_json=?,"
                " follow_up_on=?, agreements_json=?, updated_at=? WHERE id=? AND frozen=0",
                (*row.values(), now_utc(), conversation_id))
            self.vault.audit(cur, "zorggesprek.gewijzigd", "conversation", conversation_id, row)

    def record_phases(self, conversation_id: int, notes: dict[str, str],
                      follow_up_on: str | date | None) -> None:
        draft = self.draft(conversation_id)
        self.update(conversation_id, replace_draft(draft, phase_notes=dict(notes),
                                                   follow_up_on=follow_up_on))

    def set_agreements(self, conversation_id: int,
                       agreements: list[SmartAgreement]) -> list[list[SmartFinding]]:
        draft = self.draft(conversation_id)
        self.update(conversation_id, replace_draft(draft, agreements=tuple(agreements)))
        return [self.smart_findings(a) for a in agreements]

    def smart_findings(self, agreement: SmartAgreement) -> list[SmartFinding]:
        """Helpful hints only; saving never depends on them."""
        return check_agreement(agreement, self.today)

    # -- reading ---------------------------------------------------------------------

    def for_pupil(self, pupil_id: int) -> list[StoredConversation]:
        rows = self.vault.read().execute(
            SELECT_CONVERSATION + " WHERE pupil_id = ? ORDER BY planned_on DESC, id DESC",
            (pupil_id,)).fetchall()
        return self.stored_many(rows)

    def held_for_pupil(self, pupil_id: int) -> list[StoredConversation]:
        """The pupil's conversations that have taken place (``is_held``), newest first:
        a planned one has no report yet."""
        return [c for c in self.for_pupil(pupil_id) if is_held(c.gesprek, self.today)]

    def all(self) -> list[StoredConversation]:
        """Every conversation of every pupil (one query), newest first."""
        rows = self.vault.read().execute(
            SELECT_CONVERSATION + " ORDER BY planned_on DESC, id DESC").fetchall()
        return self.stored_many(rows)

    def latest_per_pupil(self) -> list[ConversationHead]:
        """Each pupil's latest conversation (the first of ``all()``), without building any
        conversation: the Vandaag overview needs only its date, subject and follow-up."""
        latest: dict[int, ConversationHead] = {}
        for cid, pupil_id, on, subject, follow_up_on in self.vault.read().execute(
                "SELECT id, pupil_id, planned_on, subject, follow_up_on FROM conversation"
                " ORDER BY planned_on DESC, id DESC"):
            if pupil_id not in latest:
                latest[pupil_id] = ConversationHead(
                    cid, pupil_id, date.fromisoformat(on), clean(subject),
                    date.fromisoformat(follow_up_on) if follow_up_on else None)
        return list(latest.values())

    def pupil_of(self) -> dict[int, int]:
        """conversation id -> pupil id, for every conversation."""
        return dict(self.vault.read().execute("SELECT id, pupil_id FROM conversation"))

    def get(self, conversation_id: int) -> StoredConversation:
        row = self.vault.read().execute(SELECT_CONVERSATION + " WHERE id = ?",
                                        (conversation_id,)).fetchone()
        if row is None:
            raise LookupError("Dit gesprek bestaat niet (meer).")
        return self._stored(row)

    def title(self, conversation_id: int) -> str:
        """'Zorggesprek 12-10-2026: Zorgen over verzuim' for pickers and meldcode links."""
        g = self.get(conversation_id).gesprek
        return f"Zorggesprek {g.on:%d-%m-%Y}: {snippet(g.subject, 45)}"

    def for_summary(self, pupil_id: int) -> tuple[list[tuple[date, str]], list[str]]:
        """Case summary hook: conversations held so far (oldest first) and their agreements."""
        held = [c.gesprek for c in reversed(self.held_for_pupil(pupil_id))]
        dated = [(g.on, f"{g.kind.label}: {g.subject.strip()}") for g in held]
        agreements = [a.what.strip() for g in held for a in g.agreements if a.what.strip()]
        return dated, agreements

    def draft(self, conversation_id: int) -> ConversationDraft:
        """The saved content as an editable draft (for the dialog)."""
        row = self.vault.read().execute(SELECT_CONVERSATION + " WHERE id = ?",
                                        (conversation_id,)).fetchone()
        if row is None:
            raise LookupError("Dit gesprek bestaat niet (meer).")
        return draft_from_row(row)

    # -- PDFs (bytes in memory) ------------------------------------------------------------

    # Each document names the pupil, the own parents, staff and the participants; other
    # families by initials (services/conversations/printed.py, policy ZORGGESPREK).

    def invitation_pdf(self, conversation_id: int) -> bytes:
        return conversation_pdf.render_invitation(
            self.printed(conversation_id), self._school(), self.today,
            sender=self.vault.user.name, form=self.form)

    def smart_form_pdf(self, conversation_id: int) -> bytes:
        return conversation_pdf.render_smart_form(
            self.printed(conversation_id), self._school(), self.today, form=self.form)

    def report_pdf(self, conversation_id: int) -> bytes:
        return conversation_pdf.render_report(
            self.printed(conversation_id), self._school(), self.today, form=self.form)

    def printed(self, conversation_id: int) -> Zorggesprek:
        """The conversation as its documents print it (the vault keeps it as recorded)."""
        stored = self.get(conversation_id)
        return printed_gesprek(self.basedata, stored.pupil_id, stored.gesprek)

    def record_export(self, conversation_id: int, document: str, how: str) -> None:
        """Audit that a document left the vault (printed or saved as PDF)."""
        with self.vault.transaction() as cur:
            self.vault.audit(cur, f"zorggesprek.{how}", "conversation", conversation_id,
                             {"document": document})

    # -- helpers -----------------------------------------------------------------------

    def _school(self) -> PrintedSchool:
        return self.basedata.printed_school()

    def _pupil(self, pupil_id: int) -> PrintedPupil:
        return self.basedata.printed_pupil(pupil_id)

    def _stored(self, row) -> StoredConversation:
        return self.stored_many([row])[0]

    def stored_many(self, rows) -> list[StoredConversation]:
        """Rows to conversations with a fixed number of queries, whatever their number:
        addenda, status events and pupils of all rows are read at once, the form once."""
        if not rows:
            return []
        ids = [r[0] for r in rows]
        read = self.vault.read()
        addenda: dict[int, list[Addendum]] = {}
        events: dict[int, list[tuple]] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for cid, on, author, text in read.execute(
                    "SELECT conversation_id, on_date, author, text FROM conversation_addendum"
                    f" WHERE conversation_id IN ({marks}) ORDER BY id", chunk):  # noqa: S608
                addenda.setdefault(cid, []).append(Addendum(date.fromisoformat(on), author,
                                                            text))
            for event in read.execute(
                    "SELECT conversation_id, signer, status, on_date, place, parents_view"
                    f" FROM conversation_status_event WHERE conversation_id IN ({marks})"
                    " ORDER BY id", chunk):  # noqa: S608
                events.setdefault(event[0], []).append(event[1:])
        basedata = self.basedata
        pupils = {pid: basedata.printed_pupil(pid) for pid in {r[1] for r in rows}}
        form = self.form
        out = []
        for row in rows:
            cid = row[0]
            signatures: dict[str, SignatureRecord] = {}
            for signer, status, on, place, view in events.get(cid, ()):
                old = signatures.get(signer, SignatureRecord(signer))
                signatures[signer] = apply_status(old, SignatureStatus(status),
                                            date.fromisoformat(on), place, view)
            g = build_gesprek(draft_from_row(row), conv.ConversationKind(row[2]),
                              date.fromisoformat(row[3]),
                              time.fromisoformat(row[4]) if row[4] else None,
                              date.fromisoformat(row[11]) if row[11] else None,
                              pupils[row[1]], form, addenda=tuple(addenda.get(cid, ())),
                              signatures=tuple(signatures.values()))
            out.append(StoredConversation(cid, row[1], bool(row[13]), g))
        return out


def _chunks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
