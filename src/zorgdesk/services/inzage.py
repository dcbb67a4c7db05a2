"""Inzage (AVG): everything the school holds about one pupil, as PDF and as JSON.

The data come from the feature services (no twin SQL). Every text is passed through
the anonymiser's name removal (``services/export_names.py``) before it reaches
either file, so every other pupil, parent and staff member appears only by initials in
every section, also inside free text, in every written form. The JSON schema is
documented in docs/inzage-format.md; ``FORMAT``/``VERSION`` name it.

Files are written straight into the folder the user chose (no temp files); a file that
could not be written completely is removed. The export itself is then recorded in the
sharing trail: what, for whom, why.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import Enum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zorgdesk.domain.inzage import InzageConversation, InzageExport
from zorgdesk.domain.logbook.objectivity import initials_for
from zorgdesk.domain.meldcode import Meldcode
from zorgdesk.domain.people import Pupil
from zorgdesk.domain.sharing import SharingDraft
from zorgdesk.domain.validation import FieldProblem, ValidationError
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.export_names import (
    INZAGE,
    export_scrubber,
    requester_names,
    scrub_value,
)
from zorgdesk.services.private_files import (
    check_export_target,
    free_path,
    initials_stem,
    write_new_private,
)

if TYPE_CHECKING:
    from zorgdesk.services.session import Session

FORMAT = "zorgdesk-inzage-export"
VERSION = 1
DEFAULT_BASIS = "Inzageverzoek van ouders (AVG)"


@dataclass(frozen=True)
class ExportResult:
    pdf_path: Path
    json_path: Path
    counts: dict[str, int]


class InzageService:
    def __init__(self, session: Session, clock: Clock = SYSTEM_CLOCK) -> None:
        self.session = session  # the export reads through every feature service
        self.clock = clock

    @property
    def today(self) -> date:
        return self.clock.today()

    def find_pupil(self, id_or_name: str) -> Pupil:
        """A pupil by number or by (part of) the name; Dutch LookupError when not one."""
        basedata = self.session.basedata
        text = (id_or_name or "").strip()
        if text.isdigit():
            return basedata.pupil(int(text))
        found = basedata.pupils(text, include_inactive=True) if text else []
        exact = [p for p in found if p.display_name.casefold() == text.casefold()]
        if len(exact) == 1 or len(found) == 1:
            return (exact or found)[0]
        if not found:
            raise LookupError("Er is geen leerling met deze naam of dit nummer.")
        raise LookupError(f"Deze naam past bij {len(found)} leerlingen; geef het nummer.")

    def collect(self, pupil_id: int) -> InzageExport:
        s = self.session
        pupil = s.basedata.pupil(pupil_id)  # LookupError when unknown
        names = {p.id: p.display_name for p in s.basedata.pupils(include_inactive=True)}
        entries = s.logbook.dossier.entries(pupil_id, names)
        zienswijzen = s.parents.zienswijzen(pupil_id)
        requests = s.parents.correction_requests(pupil_id)
        # Every other pupil, parent and staff member, in every form, in every field; the
        # parents who asked keep their own name even when they are no registered guardians.
        scrub = export_scrubber(s.basedata, pupil_id, INZAGE,
                                keep=requester_names(zienswijzen, requests))
        x = InzageExport(pupil, s.basedata.printed_school(), self.today, s.user_name, scrub)
        x.guardians = scrub_value(s.basedata.guardians(pupil_id, include_inactive=True), scrub)
        x.siblings = [(initials_for(p.display_name), "broer/zus")
                      for p in s.basedata.siblings(pupil_id)]
        x.logbook = [dataclasses.replace(e, history=scrub_value(e.history, scrub),
                                         signalled_by=scrub(e.signalled_by),
                                         progress=scrub_value(e.progress, scrub),
                                         evaluations=scrub_value(e.evaluations, scrub))
                     for e in entries]
        x.zienswijzen = scrub_value(zienswijzen, scrub)
        x.correction_requests = scrub_value(requests, scrub)
        x.checks = scrub_value(s.signals.checks(pupil_id), scrub)
        x.flags = scrub_value(s.signals.flag_assessments(pupil_id), scrub)
        actions = s.action_points
        for stored in reversed(s.conversations.for_pupil(pupil_id)):  # oldest first
            scans = tuple(s.signing.scans(stored.id))
            x.conversations.append(InzageConversation(
                scrub_value(stored, scrub), scrub_value(scans, scrub),
                tuple(s.signing.scan_bytes(i.id) for i in scans),
                scrub_value(tuple(s.signing.status_events(stored.id)), scrub),
                scrub_value(tuple(actions.events(stored.id)), scrub)))
        x.trajectories = [(t.id, Meldcode(scrub_value(list(t.state.events), scrub)))
                          for t in s.meldcode.for_pupil(pupil_id)]
        x.incidents = [(i.id, scrub_value([e for e in i.incident.events
                                           if e.pupil_id in (None, pupil_id)], scrub))
                       for i in s.peer_incidents.for_pupil(pupil_id)]
        x.sharing = scrub_value(s.sharing.for_pupil(pupil_id), scrub)
        attachments = s.attachments.for_pupil(pupil_id)
        x.attachments = scrub_value(attachments, scrub)
        x.attachment_data = [s.attachments.content(a.id) for a in attachments]
        return x

    def to_json(self, x: InzageExport) -> bytes:
        return json.dumps(document(x), ensure_ascii=False, indent=2).encode("utf-8")

    def to_pdf(self, x: InzageExport) -> bytes:
        return self.pdf_renderer(x)()

    def pdf_renderer(self, x: InzageExport) -> Callable[[], bytes]:
        """Read now everything the PDF needs (form wording, titles of linked records);
        the returned function renders without touching the vault, so it may run in a
        worker thread (the PDF is most of an export's time at school scale)."""
        from zorgdesk.reports.inzage_pdf import render_inzage
        from zorgdesk.reports.meldcode_pdf import meldcode_story

        form = self.session.conversations.form
        live = partial(self.session.meldcode.printed_link, pupil_id=x.pupil.id)
        titles: dict[tuple[str, str], str] = {}

        def remember(source: str, record_id: str) -> str:
            key = (source, str(record_id))
            if key not in titles:
                titles[key] = live(source, record_id)
            return titles[key]

        for _tid, meldcode in x.trajectories:
            meldcode_story(meldcode.state, remember)  # asks for every link it prints

        def stored(source: str, record_id: str) -> str:
            return titles[(source, str(record_id))]

        return lambda: render_inzage(x, form, stored)

    def suggested_name(self, pupil: Pupil) -> str:
        """Initials and date only: a file name on a USB stick is readable by anyone."""
        return initials_stem(pupil.display_name, self.today)

    def export(self, pupil_id: int, folder: str | Path, requested_by: str,
               basis: str = DEFAULT_BASIS, base_name: str = "") -> ExportResult:
        """Write ``<base_name>-inzage.pdf`` and ``.json`` and record the disclosure.

        In steps, so the UI can read and render in a worker thread: ``prepare_export``
        (checks, reads the dossier), ``PreparedExport.render()`` and ``ready`` (the two
        documents, no vault access) and ``write_export`` (files, sharing trail).
        """
        prepared = self.prepare_export(pupil_id, folder, requested_by, basis, base_name)
        return self.finish_export(prepared, prepared.render())

    def prepare_export(self, pupil_id: int, folder: str | Path, requested_by: str,
                       basis: str = DEFAULT_BASIS, base_name: str = "") -> PreparedExport:
        """Check the input (ValidationError, Dutch) and read everything to export."""
        problems = []
        if not (requested_by or "").strip():
            problems.append(FieldProblem("requested_by", "Vul in wie om inzage vraagt."))
        elif len(requested_by.strip()) > 200:
            problems.append(FieldProblem("requested_by", "Gebruik hooguit 200 tekens."))
        if not (basis or "").strip():
            problems.append(FieldProblem("basis", "Vul het doel of de grondslag in."))
        name = (base_name or "").strip()
        target = check_export_target(folder, name, problems)
        if problems:
            raise ValidationError(problems)
        x = self.collect(pupil_id)
        return PreparedExport(x, target, name or self.suggested_name(x.pupil),
                              requested_by.strip(), basis.strip(), self.pdf_renderer(x))

    def finish_export(self, prepared: PreparedExport, pdf: bytes) -> ExportResult:
        """Write both files (new names, never overwriting) and record the disclosure."""
        return self.write_export(self.ready(prepared, pdf))

    def ready(self, prepared: PreparedExport, pdf: bytes) -> ReadyExport:
        """Both documents as bytes; touches no vault (a worker thread makes them, and
        hands only bytes and counts back, not the whole dossier)."""
        x = prepared.export
        return ReadyExport(prepared.folder, prepared.name, prepared.requested_by,
                           prepared.basis, x.pupil.id, x.counts(), pdf, self.to_json(x))

    def write_export(self, ready: ReadyExport) -> ExportResult:
        """Write both files (new names, never overwriting) and record the disclosure."""
        pdf_path, json_path = (free_path(ready.folder, f"{ready.name}-inzage", ext)
                               for ext in (".pdf", ".json"))
        _write_new(pdf_path, ready.pdf)
        try:
            _write_new(json_path, ready.json)
        except OSError:
            pdf_path.unlink(missing_ok=True)
            raise
        self.session.sharing.record(ready.pupil_id, SharingDraft(
            shared_with=ready.requested_by, basis=ready.basis, shared_on=self.today,
            what="Inzage-export van het volledige dossier (PDF en JSON): "
                 f"{_summary(ready.counts)}"))
        return ExportResult(pdf_path, json_path, ready.counts)


@dataclass(frozen=True)
class PreparedExport:
    export: InzageExport
    folder: Path
    name: str
    requested_by: str
    basis: str
    render: Callable[[], bytes]  # the PDF; touches no vault, safe in a worker thread


@dataclass(frozen=True)
class ReadyExport:
    """What ``write_export`` writes and records: plain values and the two documents."""

    folder: Path
    name: str
    requested_by: str
    basis: str
    pupil_id: int
    counts: dict[str, int]
    pdf: bytes
    json: bytes


def _summary(c: dict[str, int]) -> str:
    return (f"{c['logbook_entries']} logboeknotities, {c['signal_checks']} signalenlijsten, "
            f"{c['conversations']} zorggesprekken, {c['meldcode_trajectories']} "
            f"meldcodetrajecten, {c['sharing_records']} eerdere verstrekkingen")


def _write_new(path: Path, data: bytes) -> None:
    write_new_private(path, data)  # 0600, never over an existing file, Dutch on failure


def plain(value: Any) -> Any:
    """JSON-ready copy: dataclasses -> dicts, enums -> values, dates -> ISO 8601."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(plain(k)): plain(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted(plain(v) for v in value)
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    return str(value)


def document(x: InzageExport) -> dict[str, Any]:
    """The machine-readable export (docs/inzage-format.md)."""
    p = x.pupil
    return {
        "format": FORMAT, "version": VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "exported_on": x.exported_on.isoformat(), "exported_by": x.exported_by,
        "school": x.school.name, "counts": x.counts(),
        "pupil": {"id": p.id, "name": p.display_name, **plain(p)},
        "guardians": plain(x.guardians),
        "siblings": [{"initials": i, "relation": r} for i, r in x.siblings],
        "logbook": {
            "entries": [{"entry_id": e.history.entry_id, "signalled_by": e.signalled_by,
                         "domain": e.domain_label,
                         "other_pupils_initials": [initials_for(n) for n in e.other_pupils],
                         "versions": [_version(v) for v in e.history.all_versions],
                         "progress": plain(e.progress),
                         "agreement_evaluations": plain(e.evaluations)}
                        for e in x.logbook],
            "zienswijzen": plain(x.zienswijzen),
            "correction_requests": plain(x.correction_requests),
        },
        "signals": {"checks": plain(x.checks), "flag_assessments": plain(x.flags)},
        "conversations": [
            {"id": c.stored.id, "frozen": c.stored.frozen,
             "status": c.stored.status_text, "conversation": plain(c.stored.gesprek),
             "status_events": plain(c.status_events), "action_events": plain(c.action_events),
             "scans": [{**plain(info), "content_base64": plain(data)}
                       for info, data in zip(c.scans, c.scan_data, strict=True)]}
            for c in x.conversations],
        "meldcode": [
            {"id": tid, "current_step": m.state.current_step.title,
             "outcome": m.state.outcome.label, "closed": m.state.closed,
             "events": [e.to_record() for e in m.state.events]}
            for tid, m in x.trajectories],
        "incidents": [{"id": iid, "events": [e.to_record() for e in events]}
                      for iid, events in x.incidents],
        "sharing": plain(x.sharing),
        "attachments": [{**plain(info), "removed": info.removed,
                         "content_base64": plain(data)}
                        for info, data in zip(x.attachments, x.attachment_data, strict=True)],
    }


def _version(version: Any) -> dict[str, Any]:
    """One logboek version; the internal ids of other pupils stay out (initials suffice)."""
    out = plain(version)
    out["content"].pop("pupil_ids", None)
    return out
