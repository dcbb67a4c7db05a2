"""What an inzage export holds about one pupil (AVG): the input of its PDF and its JSON.

``services/inzage.py`` collects it (every text already scrubbed of other people's names);
``reports/inzage_pdf.py`` prints it and ``services/inzage.py`` writes it as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from zorgdesk.domain.anonymise.export_names import NameScrubber
from zorgdesk.domain.logbook.dossier import DossierEntry
from zorgdesk.domain.meldcode import Meldcode
from zorgdesk.domain.people import Pupil
from zorgdesk.domain.printing import PrintedSchool

__all__ = ["InzageConversation", "InzageExport"]


@dataclass(frozen=True)
class InzageConversation:
    """One zorggesprek as the export shows it: the record, its scans and every step."""

    stored: Any  # services.conversations.StoredConversation (other pupils scrubbed)
    scans: tuple[Any, ...]  # ScanInfo, listing only
    scan_data: tuple[bytes, ...]
    status_events: tuple[Any, ...] = ()  # every hand-out/signature step, not only the latest
    action_events: tuple[Any, ...] = ()  # follow-up of the agreements


@dataclass
class InzageExport:
    """Everything about one pupil, already scrubbed of other pupils' names."""

    pupil: Pupil
    school: PrintedSchool
    exported_on: date
    exported_by: str
    scrub: NameScrubber
    guardians: list = field(default_factory=list)
    siblings: list[tuple[str, str]] = field(default_factory=list)  # (initials, relation)
    logbook: list[DossierEntry] = field(default_factory=list)
    zienswijzen: list = field(default_factory=list)
    correction_requests: list = field(default_factory=list)
    checks: list = field(default_factory=list)
    flags: list = field(default_factory=list)
    conversations: list[InzageConversation] = field(default_factory=list)
    trajectories: list[tuple[int, Meldcode]] = field(default_factory=list)
    # Incidents between pupils: this pupil's own events and the incident-wide ones only.
    incidents: list[tuple[int, list]] = field(default_factory=list)
    sharing: list = field(default_factory=list)
    attachments: list = field(default_factory=list)  # AttachmentInfo, removed ones too
    attachment_data: list[bytes] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Record counts per kind; the cover page and the JSON both state them."""
        return {
            "guardians": len(self.guardians),
            "siblings": len(self.siblings),
            "logbook_entries": len(self.logbook),
            "logbook_versions": sum(len(e.history.all_versions) for e in self.logbook),
            "logbook_progress_notes": sum(len(e.progress) for e in self.logbook),
            "zienswijzen": len(self.zienswijzen),
            "correction_requests": len(self.correction_requests),
            "signal_checks": len(self.checks),
            "ticked_signals": sum(len(c.ticks) for c in self.checks),
            "flag_assessments": len(self.flags),
            "conversations": len(self.conversations),
            "conversation_addenda": sum(len(c.stored.gesprek.addenda)
                                        for c in self.conversations),
            "conversation_scans": sum(len(c.scans) for c in self.conversations),
            "conversation_status_events": sum(len(c.status_events)
                                              for c in self.conversations),
            "conversation_action_events": sum(len(c.action_events)
                                              for c in self.conversations),
            "meldcode_trajectories": len(self.trajectories),
            "meldcode_events": sum(len(m.state.events) for _, m in self.trajectories),
            "incidents": len(self.incidents),
            "incident_events": sum(len(events) for _, events in self.incidents),
            "sharing_records": len(self.sharing),
            "attachments": len(self.attachments),
        }
