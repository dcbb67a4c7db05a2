"""Read the chosen records of one pupil and compose the overdrachtsdossier from them.

A ``TransferComposer`` is made once per dialog (it holds the name removal, built once
for every name the vault knows) and composes as often as the IB changes her choice.
Third parties go through ``export_scrubber``, the engine of the inzage export: other
pupils, their parents and - by decision, see docs/overdracht-format.md - staff appear by
initials; the child, the child's own parents and the IB who composes stay named.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from zorgdesk.domain.logbook import OBSERVATION_DOMAINS
from zorgdesk.domain.meldcode import describe_event
from zorgdesk.domain.text import short_name, snippet
from zorgdesk.domain.transfer.document import preview_text
from zorgdesk.domain.transfer.model import (
    Destination,
    RecordChoice,
    RecordKind,
    RecordRef,
    TransferDossier,
    TransferDraft,
    TransferPupil,
    TransferRecord,
    scrubbed_record,
    validate_transfer,
)
from zorgdesk.domain.transfer.records import (
    conversation_record,
    logbook_record,
    meldcode_record,
    signals_record,
)
from zorgdesk.reports.meldcode_pdf import event_details
from zorgdesk.services.export_names import OVERDRACHT, export_scrubber

WITHHELD_MELDCODE = ("Let op: de gekozen meldcode-informatie staat nog niet in dit voorbeeld "
                     "en gaat pas mee als u de grondslag hebt ingevuld.")


class TransferComposer:
    """The records of one pupil to choose from, and the dossier of a choice."""

    def __init__(self, service, pupil_id: int) -> None:
        self.service = service
        self.pupil_id = pupil_id
        s = service
        self.pupil = s.basedata.pupil(pupil_id)  # LookupError when unknown
        self.choices = s.choices(pupil_id)
        self._available = {c.ref for c in self.choices}
        self.scrub = export_scrubber(s.basedata, pupil_id, OVERDRACHT)  # keeps the IB
        # Records do not change while the dialog is open: each is read and scrubbed once,
        # so the preview after a keystroke in "waarom" costs only that text.
        self._records: dict[RecordRef, TransferRecord] = {}

    def compose(self, draft: TransferDraft) -> TransferDossier:
        """The dossier to hand over; ValidationError (Dutch, per field) when incomplete."""
        return self._dossier(validate_transfer(draft, self._available))

    def preview(self, draft: TransferDraft) -> tuple[TransferDossier, list[str]]:
        """The dossier as far as it is filled in, for the preview while she chooses, and
        notes on what is held back (meldcode information without a grondslag)."""
        refs = tuple(r for r in dict.fromkeys(draft.records) if r in self._available)
        notes = []
        if not draft.meldcode_basis.strip() and any(r.kind is RecordKind.MELDCODE for r in refs):
            refs = tuple(r for r in refs if r.kind is not RecordKind.MELDCODE)
            notes.append(WITHHELD_MELDCODE)
        return self._dossier(TransferDraft(draft.receiving_school.strip(),
                                           draft.destination, draft.reason.strip(), refs,
                                           draft.meldcode_basis.strip())), notes

    def preview_text(self, draft: TransferDraft) -> str:
        """What the dialog shows: the notes, then exactly the text that would go."""
        dossier, notes = self.preview(draft)
        return "\n".join([*notes, *([""] if notes else []), preview_text(dossier)])

    def _dossier(self, draft: TransferDraft) -> TransferDossier:
        s, p = self.service, self.pupil
        order = list(RecordKind)
        refs = sorted(draft.records, key=lambda r: (order.index(r.kind), r.record_id))
        records = sorted((self._scrubbed_record(ref) for ref in refs),
                         key=lambda r: (order.index(r.ref.kind), r.day, r.ref.record_id))
        school = s.basedata.school()
        guardians = tuple((g.name, g.relation)
                          for g in s.basedata.guardians(self.pupil_id, include_inactive=False))
        destination = (Destination(draft.destination)
                       if draft.destination in {d.value for d in Destination} else None)
        has_meldcode = any(r.ref.kind is RecordKind.MELDCODE for r in records)
        dossier = TransferDossier(
            school=school.name, school_place=school.place, composed_on=s.today,
            composed_by=s.user_name(),
            pupil=TransferPupil(p.display_name, p.first_name, p.tussenvoegsel, p.last_name,
                                p.date_of_birth, p.group_name or ""),
            guardians=guardians, receiving_school=draft.receiving_school,
            destination=destination, reason=draft.reason,
            meldcode_basis=self.scrub(draft.meldcode_basis) if has_meldcode else "",
            records=tuple(records))
        return replace(dossier, reason=self.scrub(draft.reason))

    def _scrubbed_record(self, ref: RecordRef) -> TransferRecord:
        if ref not in self._records:
            self._records[ref] = scrubbed_record(self._record(ref), self.scrub)
        return self._records[ref]

    def _record(self, ref: RecordRef) -> TransferRecord:
        s, pupil_id = self.service, self.pupil_id
        if ref.kind is RecordKind.LOGBOEK:
            item = s.logbook.item(ref.record_id)
            entry = item.current.content
            progress = s.logbook.progress.for_entry(ref.record_id)
            return logbook_record(ref.record_id, entry, item.signalled_by,
                                  OBSERVATION_DOMAINS.get(entry.domain or "", ""), progress)
        if ref.kind is RecordKind.SIGNALENLIJST:
            return signals_record(s.signals.check(ref.record_id))
        if ref.kind is RecordKind.ZORGGESPREK:
            stored = s.conversations.get(ref.record_id)
            return conversation_record(ref.record_id, stored.gesprek, stored.status_text)
        trajectory = s.meldcode.load(ref.record_id)
        state = trajectory.state
        link = partial(s.meldcode.printed_link, pupil_id=pupil_id)
        summary = [("Aandachtsfunctionaris", state.leader or ""),
                   ("Huidige stap", state.current_step.title),
                   ("Uitkomst afwegingskader", state.outcome.label),
                   ("Melding bij Veilig Thuis",
                    f"{state.melding_date:%d-%m-%Y}" + (f", kenmerk {state.vt_reference}"
                                                        if state.vt_reference else "")
                    if state.melding_date else "niet gedaan"),
                   ("Afgesloten", f"{state.closed_at:%d-%m-%Y}" if state.closed and
                    state.closed_at else "nee, het traject loopt nog")]
        events = [(e.timestamp.date(), describe_event(e), event_details(e, link))
                  for e in state.events]
        return meldcode_record(ref.record_id, state.start_date or events[0][0], summary,
                               events)


def all_choices(service, pupil_id: int) -> list[RecordChoice]:
    """Every record of the pupil the IB can hand over, per kind, oldest first."""
    s = service
    out: list[RecordChoice] = []
    for item in s.logbook.chronology(pupil_id, newest_first=False):
        entry = item.current.content
        title = f"Logboek {entry.entry_date:%d-%m-%Y} ({short_name(item.signalled_by)})"
        if entry.situation.strip():
            title += f": {snippet(entry.situation, 45)}"
        out.append(RecordChoice(RecordRef(RecordKind.LOGBOEK, item.entry_id), entry.entry_date,
                                title))
    corrected = s.signals.corrected_ids(pupil_id)
    for check in sorted(s.signals.checks(pupil_id), key=lambda c: (c.checked_on, c.id)):
        title = (f"Signalenlijst {check.checked_on:%d-%m-%Y} ({short_name(check.checked_by)})"
                 + (" – gecorrigeerd" if check.id in corrected else ""))
        out.append(RecordChoice(RecordRef(RecordKind.SIGNALENLIJST, check.id), check.checked_on,
                                title))
    # Only conversations that took place: a planned one has no report to hand over.
    for stored in sorted(s.conversations.held_for_pupil(pupil_id),
                         key=lambda c: (c.gesprek.on, c.id)):
        out.append(RecordChoice(RecordRef(RecordKind.ZORGGESPREK, stored.id), stored.gesprek.on,
                                f"Zorggesprek {stored.gesprek.on:%d-%m-%Y}: "
                                f"{snippet(stored.gesprek.subject, 45)}"))
    for trajectory in s.meldcode.for_pupil(pupil_id):
        state = trajectory.state
        start = state.start_date or state.events[0].timestamp.date()
        status = "afgesloten" if state.closed else f"nu: {state.current_step.title}"
        out.append(RecordChoice(RecordRef(RecordKind.MELDCODE, trajectory.id), start,
                                f"Meldcodetraject gestart op {start:%d-%m-%Y} ({status})"))
    return out
