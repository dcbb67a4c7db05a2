"""Leerling > Incidenten van deze leerling: every incident between pupils this pupil was
involved in, with his or her role (seed 003 l.4870-4872: 'leerling die initiatief neemt'
or 'leerling die iets overkomt'), flag, parents' conversation and letters.

Up the incidents (newest first), below the chosen one's history as far as it concerns
this pupil: the pupil's own steps and the steps of the whole incident; another pupil's
own steps (their parents' conversation, flag, letter) are left out. Enter (or
'Incident openen') opens the incident in the full incidents dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.peer_incident import ROLE_LABELS
from zorgdesk.domain.peer_incident.descriptions import describe, event_date
from zorgdesk.domain.people import Pupil
from zorgdesk.services.session import Session
from zorgdesk.ui.dialogs import run_modal
from zorgdesk.ui.peer_incident.dialog import IncidentsDialog
from zorgdesk.ui.widgets import action_button
from zorgdesk.ui.window_size import fit_to_screen

ID_ROLE = Qt.ItemDataRole.UserRole


def incident_line(stored, pupil_id: int) -> str:
    """Two lines for the list: when, where, open or closed; this pupil's part in it."""
    state = stored.state
    me = state.pupils[pupil_id]
    status = f"afgesloten {state.closed_on:%d-%m-%Y}" if state.closed else "open"
    parts = [ROLE_LABELS[me.role]]
    if me.flag:
        parts.append(f"vlag {me.flag}")
    parts.append(f"ouders gesproken {me.parents_spoken_on:%d-%m-%Y}" if me.parents_spoken_on
                 else "ouders nog niet gesproken")
    if me.letters:
        parts.append(f"brief aan de ouders {me.letters[-1]:%d-%m-%Y}")
    if state.active_rules is not None:
        parts.append(f"omgangsregels: evaluatie {state.active_rules.next_evaluation:%d-%m-%Y}")
    return (f"{state.occurred_on:%d-%m-%Y} · {state.location} · {status}\n"
            f"Rol: {'; '.join(parts)}")


class PupilIncidentsDialog(QDialog):
    def __init__(self, session: Session, pupil: Pupil, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Incidenten van {pupil.display_name} — ZorgDesk")
        self.session = session
        self.pupil_id = pupil.id
        self.pupil_name = pupil.display_name
        self.stored: dict = {}
        caption = QLabel(f"&Incidenten tussen leerlingen waarbij {pupil.display_name} "
                         "betrokken was:")
        caption.setWordWrap(True)
        self.incidents = QListWidget()
        self.incidents.setAccessibleName("Incidenten van deze leerling")
        self.incidents.setWordWrap(True)
        caption.setBuddy(self.incidents)
        self.empty = QLabel(f"{pupil.display_name} was bij geen enkel incident tussen "
                            "leerlingen betrokken.")
        self.empty.setWordWrap(True)
        history_caption = QLabel("&Verloop (deze leerling en het hele incident):")
        self.history = QListWidget()
        self.history.setAccessibleName("Verloop van het incident voor deze leerling")
        self.history.setWordWrap(True)
        history_caption.setBuddy(self.history)
        self.open_button = action_button("Incident &openen…", "Incident openen",
                                         self.open_incident)
        self.open_button.setAutoDefault(False)  # Enter in the list opens (itemActivated)
        close = QPushButton("Sl&uiten")
        close.setAccessibleName("Sluiten")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.empty)
        layout.addWidget(self.incidents, 2)
        layout.addWidget(history_caption)
        layout.addWidget(self.history, 3)
        layout.addLayout(buttons)
        self.incidents.currentRowChanged.connect(self._show)
        self.incidents.itemActivated.connect(self._activated)
        fit_to_screen(self, 760, 520)
        self.reload()
        self.incidents.setFocus()

    def reload(self, select: int | None = None) -> None:
        self.stored = {s.id: s for s in self.session.peer_incidents.for_pupil(self.pupil_id)
                       if self.pupil_id in s.state.pupils}
        self.incidents.blockSignals(True)
        self.incidents.clear()
        for s in sorted(self.stored.values(), key=lambda s: (s.state.occurred_on, s.id),
                        reverse=True):
            item = QListWidgetItem(incident_line(s, self.pupil_id))
            item.setData(ID_ROLE, s.id)
            self.incidents.addItem(item)
        self.incidents.blockSignals(False)
        self.empty.setVisible(not self.stored)
        rows = [self.incidents.item(i).data(ID_ROLE) for i in range(self.incidents.count())]
        self.incidents.setCurrentRow(rows.index(select) if select in rows else
                                     (0 if rows else -1))
        self._show()

    def current_id(self) -> int | None:
        item = self.incidents.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _show(self, _row: int = -1) -> None:
        self.history.clear()
        incident_id = self.current_id()
        self.open_button.setEnabled(incident_id is not None)
        if incident_id is None:
            return
        stored = self.stored[incident_id]
        names = self.session.peer_incidents.names(stored)
        for event in stored.incident.events:
            if event.pupil_id is None or event.pupil_id == self.pupil_id or \
                    event.kind.value == "leerling":  # who else is involved, with their role
                self.history.addItem(f"{event_date(event):%d-%m-%Y}  {describe(event, names)}")

    def _activated(self, _item: QListWidgetItem) -> None:
        self.open_incident()

    def open_incident(self) -> None:
        incident_id = self.current_id()
        if incident_id is None:
            return
        run_modal(IncidentsDialog(self.session, self, incident_id, pupil_id=self.pupil_id))
        self.reload(incident_id)  # a step may have been recorded there
