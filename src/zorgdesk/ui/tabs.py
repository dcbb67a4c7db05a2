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
    from zorgdesk.ui.meldcode_tab import MeldcodeTab  # imports PupilTab from here

    return [
        NotYetAvailableTab("Logboek", "Feitelijke observaties in de tijd, met versies en "
                                      "zienswijze van ouders."),
        NotYetAvailableTab("Signalenlijst", "Signalenlijsten kindermishandeling invullen en "
                                            "de ontwikkeling volgen."),
        NotYetAvailableTab("Zorggesprekken", "Gesprekken met ouders voorbereiden, vastleggen "
                                             "en laten ondertekenen."),
        MeldcodeTab(),
    ]
