"""The four work tabs. Each gets the open session and the selected pupil."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from zorgdesk.domain.people import Pupil
from zorgdesk.services.session import Session

TAB_TITLES = ("Logboek", "Signalenlijst", "Zorggesprekken", "Meldcode")


class PupilTab(QWidget):
    """Base for a tab that shows one pupil's part of the dossier."""

    title = ""

    def set_context(self, session: Session | None, pupil: Pupil | None) -> None:
        raise NotImplementedError


class NotYetAvailableTab(PupilTab):
    """Says honestly that this part is not built yet, and for whom it would show."""

    def __init__(self, title: str, purpose: str) -> None:
        super().__init__()
        self.title = title
        self._purpose = purpose
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(f"{title}: status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.set_context(None, None)

    def set_context(self, session: Session | None, pupil: Pupil | None) -> None:
        who = f" voor {pupil.display_name}" if pupil else ""
        self.message.setText(
            f"<h3>{self.title}{who}</h3><p>{self._purpose}</p>"
            "<p><i>Dit onderdeel is in deze versie van ZorgDesk nog niet beschikbaar.</i></p>"
            if pupil else "<p>Kies links een leerling.</p>")


def build_tabs() -> list[PupilTab]:
    # Late imports: the tab modules import PupilTab from here.
    from zorgdesk.ui.conversations_tab import ConversationsTab
    from zorgdesk.ui.logbook_tab import LogbookTab
    from zorgdesk.ui.signals_tab import SignalsTab

    return [
        LogbookTab(),
        SignalsTab(),
        ConversationsTab(),
        NotYetAvailableTab("Meldcode", "De vijf stappen van de meldcode met het "
                                       "afwegingskader."),
    ]
