"""Zorggesprekken on the vault: plan, record, hand out (freezes), sign, addenda, PDFs.

Once a report is handed out ("uitgereikt") its content is frozen: this service refuses
changes and a trigger (m0006) refuses them in the database too. Corrections become
addenda, which are printed with the report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, time

from zorgdesk.domain import conversation as conv
from zorgdesk.domain.conversation import (
    Addendum,
    OutstandingReport,
    SignatureRecord,
    SignatureStatus,
    Zorggesprek,
    reports_not_returned,
)
from zorgdesk.domain.smart import SmartAgreement, SmartFinding, check_agreement
from zorgdesk.domain.text import clean, snippet
from zorgdesk.domain.validation import MAX_TEXT, FieldProblem, ValidationError, parse_date
from zorgdesk.reports import conversation_pdf
from zorgdesk.reports.pdf_base import load_form
from zorgdesk.services.conversation_draft import (
    ConversationDraft,
    SignalPick,
    build_gesprek,
    validate_draft,
)
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

MAX_SCAN_BYTES = 10 * 1024 * 1024
SIGNED = (SignatureStatus.AKKOORD, SignatureStatus.GEZIEN)


class ConversationFrozenError(ValueError):
    def __init__(self) -> None:
        super().__init__("Dit verslag is uitgereikt en kan niet meer worden gewijzigd. "
                         "Voeg een aanvulling toe.")


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
class ScanInfo:
    id: int
    filename: str
    size: int
    recorded_at: str


@dataclass(frozen=True)
class StatusEvent:
    signer: str
    status: str
    on: date
    place: str
    parents_view: str
    recorded_by: str
    recorded_at: str


@dataclass(frozen=True)
class NotReturned:
    conversation_id: int
    pupil_id: int
    report: OutstandingReport


_SELECT = ("SELECT id, pupil_id, kind, planned_on, planned_at, place, subject, attendees_json,"
           " signals_json, preparation_json, phase_notes_json, follow_up_on, agreements_json,"
           " frozen FROM conversation")


class ConversationService:
    def __init__(self, vault: Vault, today: date | None = None) -> None:
        self.vault = vault
        self._today = today

    @property
    def form(self) -> dict:
        """forms/zorggesprek.json, read when needed: a broken file must not stop the
        vault from opening (ResourceFileError names it where it is used)."""
        return load_form(conversation_pdf.FORM_NAME)

    @property
    def today(self) -> date:
        return self._today or date.today()

    # -- writing ---------------------------------------------------------------------

    def plan(self, pupil_id: int, draft: ConversationDraft) -> int:
        valid = validate_draft(draft, self._pupil(pupil_id), self.form, self.today)
        row = _columns(valid)
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
        row = _columns(valid)
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
        self.update(conversation_id, _replace(draft, phase_notes=dict(notes),
                                              follow_up_on=follow_up_on))

    def set_agreements(self, conversation_id: int,
                       agreements: list[SmartAgreement]) -> list[list[SmartFinding]]:
        draft = self.draft(conversation_id)
        self.update(conversation_id, _replace(draft, agreements=tuple(agreements)))
        return [self.smart_findings(a) for a in agreements]

    def smart_findings(self, agreement: SmartAgreement) -> list[SmartFinding]:
        """Helpful hints only; saving never depends on them."""
        return check_agreement(agreement, self.today)

    def hand_out(self, conversation_id: int, on: date | None = None,
                 signers: list[str] | None = None) -> None:
        """Record that the report was handed out for signature; freezes its content."""
        current = self.get(conversation_id)
        if current.frozen:
            raise ConversationFrozenError()
        on = on or self.today
        names = signers or [g.name for g in current.gesprek.attendees.guardians]
        problems = []
        if on < current.gesprek.on or on > self.today:
            problems.append(FieldProblem(
                "on", "De uitreikdatum moet tussen de gespreksdatum en vandaag liggen."))
        if not names:
            problems.append(FieldProblem("signers", "Noem aan wie het verslag is uitgereikt."))
        if problems:
            raise ValidationError(problems)
        with self.vault.transaction() as cur:
            for name in names:
                self._insert_event(cur, conversation_id, name, SignatureStatus.UITGEREIKT, on)
            cur.execute("UPDATE conversation SET frozen = 1, updated_at = ? WHERE id = ?",
                        (now_utc(), conversation_id))
            self.vault.audit(cur, "zorggesprek.uitgereikt", "conversation", conversation_id,
                             {"on": on.isoformat(), "signers": names})

    def register_signature(self, conversation_id: int, signer: str, status: SignatureStatus,
                           on: str | date, place: str = "", parents_view: str = "") -> None:
        current = self.get(conversation_id)
        problems: list[FieldProblem] = []
        if not current.frozen:
            problems.append(FieldProblem("status", "Reik het verslag eerst uit."))
        known = {s.signer for s in current.gesprek.signatures}
        if signer not in known:
            problems.append(FieldProblem("signer", "Kies aan wie het verslag is uitgereikt."))
        if status is SignatureStatus.CONCEPT or status is SignatureStatus.UITGEREIKT:
            problems.append(FieldProblem("status", "Kies de status van de ondertekening."))
        day = parse_date(on, "on", "de datum", problems)
        if len(parents_view) > MAX_TEXT:
            problems.append(FieldProblem("parents_view", "De zienswijze is te lang."))
        if day is not None and not problems:
            old = next(s for s in current.gesprek.signatures if s.signer == signer)
            new = _apply(old, status, day, clean(place), clean(parents_view))
            g = _with(current.gesprek, signatures=(new,))
            for issue in conv.validate_conversation(g, self.today):
                if issue.field == "signatures":
                    problems.append(FieldProblem("status", issue.message))
        if problems:
            raise ValidationError(problems)
        with self.vault.transaction() as cur:
            self._insert_event(cur, conversation_id, signer, status, day, clean(place),
                               clean(parents_view))
            self.vault.audit(cur, "zorggesprek.ondertekening", "conversation", conversation_id,
                             {"signer": signer, "status": status.value, "on": day.isoformat(),
                              "place": place, "parents_view": parents_view})

    def add_addendum(self, conversation_id: int, text: str, on: date | None = None) -> int:
        current = self.get(conversation_id)
        on = on or self.today
        add = Addendum(on, self.vault.user.name, clean(text))
        problems = [FieldProblem("text", i.message) for i in conv.validate_conversation(
            _with(current.gesprek, addenda=(add,), signatures=()), self.today)
            if i.field == "addenda"]
        if len(text) > MAX_TEXT:
            problems.append(FieldProblem("text", f"De aanvulling is te lang (maximaal "
                                                 f"{MAX_TEXT} tekens)."))
        if problems:
            raise ValidationError(problems)
        with self.vault.transaction() as cur:
            cur.execute("INSERT INTO conversation_addendum (conversation_id, on_date, author,"
                        " text, recorded_at) VALUES (?,?,?,?,?)",
                        (conversation_id, on.isoformat(), add.author, add.text, now_utc()))
            aid = cur.lastrowid
            self.vault.audit(cur, "zorggesprek.aanvulling", "conversation_addendum", aid,
                             {"conversation_id": conversation_id, "on": on.isoformat(),
                              "text": add.text})
        return aid

    def attach_scan(self, conversation_id: int, filename: str, data: bytes) -> int:
        self.get(conversation_id)
        if not data:
            raise ValidationError([FieldProblem("scan", "Het gekozen bestand is leeg.")])
        if len(data) > MAX_SCAN_BYTES:
            raise ValidationError([FieldProblem(
                "scan", f"Het bestand is te groot (maximaal {MAX_SCAN_BYTES // 2**20} MB). "
                        "Scan met een lagere resolutie of in zwart-wit.")])
        name = (filename or "scan").strip()[-100:]
        with self.vault.transaction() as cur:
            cur.execute("INSERT INTO conversation_scan (conversation_id, filename, size, data,"
                        " recorded_by, recorded_at) VALUES (?,?,?,?,?,?)",
                        (conversation_id, name, len(data), data, self.vault.user.name,
                         now_utc()))
            sid = cur.lastrowid
            self.vault.audit(cur, "zorggesprek.scan", "conversation_scan", sid,
                             {"conversation_id": conversation_id, "filename": name,
                              "size": len(data)})
        return sid

    def _insert_event(self, cur, cid: int, signer: str, status: SignatureStatus, on: date,
                      place: str = "", view: str = "") -> None:
        cur.execute("INSERT INTO conversation_status_event (conversation_id, signer, status,"
                    " on_date, place, parents_view, recorded_by, recorded_at)"
                    " VALUES (?,?,?,?,?,?,?,?)",
                    (cid, signer, status.value, on.isoformat(), place, view,
                     self.vault.user.name, now_utc()))

    # -- reading ---------------------------------------------------------------------

    def for_pupil(self, pupil_id: int) -> list[StoredConversation]:
        rows = self.vault.read().execute(
            _SELECT + " WHERE pupil_id = ? ORDER BY planned_on DESC, id DESC",
            (pupil_id,)).fetchall()
        return [self._stored(r) for r in rows]

    def get(self, conversation_id: int) -> StoredConversation:
        row = self.vault.read().execute(_SELECT + " WHERE id = ?",
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
        held = [c.gesprek for c in reversed(self.for_pupil(pupil_id))
                if c.gesprek.on <= self.today]
        dated = [(g.on, f"{g.kind.label}: {g.subject.strip()}") for g in held]
        agreements = [a.what.strip() for g in held for a in g.agreements if a.what.strip()]
        return dated, agreements

    def draft(self, conversation_id: int) -> ConversationDraft:
        """The saved content as an editable draft (for the dialog)."""
        row = self.vault.read().execute(_SELECT + " WHERE id = ?",
                                        (conversation_id,)).fetchone()
        if row is None:
            raise LookupError("Dit gesprek bestaat niet (meer).")
        return _draft(row)

    def scans(self, conversation_id: int) -> list[ScanInfo]:
        rows = self.vault.read().execute(
            "SELECT id, filename, size, recorded_at FROM conversation_scan"
            " WHERE conversation_id = ? ORDER BY id", (conversation_id,)).fetchall()
        return [ScanInfo(*r) for r in rows]

    def status_events(self, conversation_id: int) -> list[StatusEvent]:
        """Every status/signature event, oldest first (``get`` shows only the latest)."""
        rows = self.vault.read().execute(
            "SELECT signer, status, on_date, place, parents_view, recorded_by, recorded_at"
            " FROM conversation_status_event WHERE conversation_id = ? ORDER BY id",
            (conversation_id,)).fetchall()
        return [StatusEvent(r[0], r[1], date.fromisoformat(r[2]), *r[3:]) for r in rows]

    def scan_bytes(self, scan_id: int) -> bytes:
        row = self.vault.read().execute("SELECT data FROM conversation_scan WHERE id = ?",
                                        (scan_id,)).fetchone()
        if row is None:
            raise LookupError("Deze scan bestaat niet (meer).")
        return bytes(row[0])

    def not_returned(self, days: int) -> list[NotReturned]:
        """Handed out at least ``days`` days ago and not signed back, all pupils."""
        rows = self.vault.read().execute(_SELECT + " WHERE frozen = 1").fetchall()
        stored = {id(s.gesprek): s for s in (self._stored(r) for r in rows)}
        found = reports_not_returned([s.gesprek for s in stored.values()], self.today, days)
        return [NotReturned(stored[id(o.conversation)].id, stored[id(o.conversation)].pupil_id,
                            o) for o in found]

    # -- PDFs (bytes in memory) ------------------------------------------------------------

    def invitation_pdf(self, conversation_id: int) -> bytes:
        return conversation_pdf.render_invitation(
            self.get(conversation_id).gesprek, self._school(), self.today,
            sender=self.vault.user.name, form=self.form)

    def smart_form_pdf(self, conversation_id: int) -> bytes:
        return conversation_pdf.render_smart_form(
            self.get(conversation_id).gesprek, self._school(), self.today, form=self.form)

    def report_pdf(self, conversation_id: int) -> bytes:
        return conversation_pdf.render_report(
            self.get(conversation_id).gesprek, self._school(), self.today, form=self.form)

    def record_export(self, conversation_id: int, document: str, how: str) -> None:
        """Audit that a document left the vault (printed or saved as PDF)."""
        with self.vault.transaction() as cur:
            self.vault.audit(cur, f"zorggesprek.{how}", "conversation", conversation_id,
                             {"document": document})

    # -- helpers -----------------------------------------------------------------------

    def _school(self) -> str:
        return self.vault.read().execute("SELECT name FROM school WHERE id = 1").fetchone()[0]

    def _pupil(self, pupil_id: int) -> conv.Pupil:
        row = self.vault.read().execute(
            "SELECT p.first_name, p.tussenvoegsel, p.last_name, p.date_of_birth,"
            " COALESCE(g.name, '') FROM pupil p LEFT JOIN school_group g ON g.id = p.group_id"
            " WHERE p.id = ?", (pupil_id,)).fetchone()
        if row is None:
            raise LookupError("Deze leerling bestaat niet (meer).")
        name = " ".join(p for p in row[:3] if p)
        return conv.Pupil(name, date.fromisoformat(row[3]), row[4])

    def _stored(self, row) -> StoredConversation:
        cid = row[0]
        draft = _draft(row)
        read = self.vault.read()
        addenda = tuple(Addendum(date.fromisoformat(r[0]), r[1], r[2]) for r in read.execute(
            "SELECT on_date, author, text FROM conversation_addendum WHERE conversation_id = ?"
            " ORDER BY id", (cid,)).fetchall())
        signatures: dict[str, SignatureRecord] = {}
        for signer, status, on, place, view in read.execute(
                "SELECT signer, status, on_date, place, parents_view FROM"
                " conversation_status_event WHERE conversation_id = ? ORDER BY id", (cid,)):
            old = signatures.get(signer, SignatureRecord(signer))
            signatures[signer] = _apply(old, SignatureStatus(status), date.fromisoformat(on),
                                        place, view)
        g = build_gesprek(draft, conv.ConversationKind(row[2]), date.fromisoformat(row[3]),
                          time.fromisoformat(row[4]) if row[4] else None,
                          date.fromisoformat(row[11]) if row[11] else None,
                          self._pupil(row[1]), self.form, addenda=addenda,
                          signatures=tuple(signatures.values()))
        return StoredConversation(cid, row[1], bool(row[13]), g)


def _apply(old: SignatureRecord, status: SignatureStatus, on: date, place: str,
           view: str) -> SignatureRecord:
    if status is SignatureStatus.UITGEREIKT:
        return SignatureRecord(old.signer, status, handed_out_on=on)
    if status in SIGNED:
        return SignatureRecord(old.signer, status, old.handed_out_on, on, place,
                               view if status is SignatureStatus.GEZIEN else "")
    return SignatureRecord(old.signer, status, old.handed_out_on)


def _with(g: Zorggesprek, **changes) -> Zorggesprek:
    return replace(g, **changes)


def _replace(d: ConversationDraft, **changes) -> ConversationDraft:
    return replace(d, **changes)


def _columns(valid) -> dict:
    d = valid.draft
    return {
        "kind": valid.kind.value,
        "planned_on": valid.on.isoformat(),
        "planned_at": valid.at.strftime("%H:%M") if valid.at else "",
        "place": clean(d.place),
        "subject": clean(d.subject),
        "attendees_json": json.dumps({
            "staff": [[clean(n), clean(r)] for n, r in d.staff if clean(n)],
            "guardians": [[clean(n), clean(r)] for n, r in d.guardians if clean(n)],
            "notulist": clean(d.notulist), "spokesperson": clean(d.spokesperson)},
            ensure_ascii=False),
        "signals_json": json.dumps([{"source": s.source, "id": s.ref_id, "text": s.text}
                                    for s in d.signals], ensure_ascii=False),
        "preparation_json": json.dumps({k: bool(v) for k, v in d.preparation.items()}),
        "phase_notes_json": json.dumps({k: clean(v) for k, v in d.phase_notes.items()
                                        if clean(v)}, ensure_ascii=False),
        "follow_up_on": valid.follow_up_on.isoformat() if valid.follow_up_on else None,
        "agreements_json": json.dumps([{
            "what": clean(a.what), "measure": clean(a.measure), "who": clean(a.who),
            "by_when": a.by_when.isoformat() if a.by_when else None,
            "acceptable": a.acceptable, "realistic": a.realistic} for a in d.agreements],
            ensure_ascii=False),
    }


def _draft(row) -> ConversationDraft:
    att = json.loads(row[7])
    return ConversationDraft(
        kind=row[2], on=date.fromisoformat(row[3]), at=row[4], place=row[5], subject=row[6],
        staff=tuple(tuple(x) for x in att.get("staff", [])),
        guardians=tuple(tuple(x) for x in att.get("guardians", [])),
        notulist=att.get("notulist", ""), spokesperson=att.get("spokesperson", ""),
        signals=tuple(SignalPick(s["source"], s["id"], s["text"]) for s in json.loads(row[8])),
        preparation=json.loads(row[9]), phase_notes=json.loads(row[10]),
        follow_up_on=date.fromisoformat(row[11]) if row[11] else None,
        agreements=tuple(SmartAgreement(
            a["what"], a["measure"], a["who"],
            date.fromisoformat(a["by_when"]) if a["by_when"] else None,
            a["acceptable"], a["realistic"]) for a in json.loads(row[12])))
