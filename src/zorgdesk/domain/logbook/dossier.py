"""A logboek entry as the dossier prints it (the inzage PDF and the inzage export)."""

from __future__ import annotations

from dataclasses import dataclass

from zorgdesk.domain.logbook.progress import ProgressNote
from zorgdesk.domain.logbook.versions import EntryHistory

__all__ = ["DossierEntry"]


@dataclass(frozen=True)
class DossierEntry:
    history: EntryHistory
    signalled_by: str
    domain_label: str
    other_pupils: tuple[str, ...]  # full names of the other pupils this entry concerns
    progress: tuple[ProgressNote, ...] = ()  # "aanvullingen over het verloop", oldest first
    evaluations: tuple = ()  # AgreementEvaluation: agreements whose evaluation was held
