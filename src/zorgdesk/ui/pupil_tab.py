"""The base of the four work tabs. Each gets the open session and the selected pupil."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zorgdesk.domain.people import Pupil
from zorgdesk.services.session import Session


class PupilTab(QWidget):
    """Base for a tab that shows one pupil's part of the dossier."""

    title = ""
    pupil: Pupil | None = None  # the pupil whose dossier the tab shows

    def set_context(self, session: Session | None, pupil: Pupil | None) -> None:
        raise NotImplementedError
