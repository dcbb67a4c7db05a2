"""The four work tabs. Each gets the open session and the selected pupil."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zorgdesk.domain.people import Pupil
from zorgdesk.services.session import Session

TAB_TITLES = ("Logboek", "Signalenlijst", "Zorggesprekken", "Meldcode")


class PupilTab(QWidget):
    """Base for a tab that shows one pupil's part of the dossier."""

    title = ""
    pupil: Pupil | None = None  # the pupil whose dossier the tab shows

    def set_context(self, session: Session | None, pupil: Pupil | None) -> None:
        raise NotImplementedError


def build_tabs() -> list[PupilTab]:
    # Late imports: the tab modules import PupilTab from here.
    from zorgdesk.ui.conversations.tab import ConversationsTab
    from zorgdesk.ui.logbook.tab import LogbookTab
    from zorgdesk.ui.meldcode.tab import MeldcodeTab
    from zorgdesk.ui.signals.tab import SignalsTab

    return [LogbookTab(), SignalsTab(), ConversationsTab(), MeldcodeTab()]
