"""What a granted correction request changes: per record stays, removed or corrected.

Part of the answer dialog (:class:`zorgdesk.ui.logbook.dialogs.AnswerRequestDialog`).
Every logboek entry, signalenlijst and zorggesprek of the pupil gets one
keyboard-reachable choice; "Verbeteren" (logboek entries only) opens the entry form for
the corrected text (kept as a plain draft value until the answer is saved). The entries
the request names come first. Records a meldcode dossier cites cannot be removed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.logbook import LogbookEntryDraft
from zorgdesk.domain.logbook.request_answer import GROUNDS
from zorgdesk.domain.text import counted
from zorgdesk.services.logbook.request_answers import EntryChoice
from zorgdesk.services.session import Session
from zorgdesk.ui.dialogs import run_modal
from zorgdesk.ui.messages import ask_choice
from zorgdesk.ui.widgets import narrow_combo

STAYS, REMOVE, CORRECT = "blijft", "verwijderen", "verbeteren"
CHOICES = ((STAYS, "Blijft staan"), (REMOVE, "Verwijderen"), (CORRECT, "Verbeteren"))


def _label(choice: EntryChoice) -> str:
    notes = []
    if choice.named_in_request:
        notes.append("genoemd in het verzoek")
    if choice.other_pupils:
        notes.append("staat ook bij "
                     + counted(choice.other_pupils, "andere leerling", "andere leerlingen"))
    if choice.meldcode_evidence:
        notes.append("onderbouwing meldcode: kan niet weg")
    return choice.title + (f" ({'; '.join(notes)})" if notes else "")


class RequestChangesBox(QGroupBox):
    """One row per entry: a choice and, when 'Verbeteren', a button for the new text."""

    def __init__(self, session: Session, pupil_id: int, request_id: int,
                 parent: QWidget | None = None, below: QWidget | None = None) -> None:
        """``below``: shown under the records, in the same scrolling list (what the
        answer added to the dossier)."""
        super().__init__("Wat verandert er in het dossier?", parent)
        self.setAccessibleName("Wat verandert er in het dossier")
        self.session, self.pupil_id = session, pupil_id
        self.corrections: dict[int, LogbookEntryDraft] = {}
        # Logboek entries by number, signalenlijsten and zorggesprekken by (kind, number).
        self.combos: dict[int | tuple[str, int], QComboBox] = {}
        self.buttons: dict[int, QPushButton] = {}
        self.titles: dict[int, str] = {}  # logboek entry -> its title, for the questions
        choices = self._record_choices(session.request_answers.choices(request_id), below)
        self.grondslag = QComboBox()
        self.grondslag.setEditable(True)
        self.grondslag.addItem("")
        self.grondslag.addItems(GROUNDS)
        self.grondslag.setAccessibleName("Grondslag van de wijziging")
        ground_label = QLabel("&Grondslag (waarom verwijderen of verbeteren):")
        ground_label.setBuddy(self.grondslag)
        self.note = QLabel("Wat verwijderd of verbeterd wordt, verdwijnt definitief uit de "
                           "kluis en uit back-ups die vanaf nu worden gemaakt. Het "
                           "auditlogboek houdt alleen vast dat het gebeurde.")
        self.note.setWordWrap(True)
        # Says that a corrected text was taken (it is saved with the answer, not before).
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Melding bij verbeterde tekst")
        layout = QVBoxLayout(self)
        layout.addWidget(choices, 1)
        layout.addWidget(ground_label)
        layout.addWidget(self.grondslag)
        layout.addWidget(self.note)
        layout.addWidget(self.status)

    def _record_choices(self, choices: list[EntryChoice], below: QWidget | None
                        ) -> QScrollArea:
        """A row per record of the dossier (those the request names first), and
        ``below`` under them, scrolling."""
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, choice in enumerate(choices):
            self._add_choice_row(grid, row, choice)
        grid.setColumnStretch(0, 1)
        if not choices:
            grid.addWidget(QLabel("Er staan geen notities, signalenlijsten of zorggesprekken "
                                  "in het dossier van deze leerling."),
                           0, 0)
        last = max(len(choices), 1)
        if below is not None:
            grid.addWidget(below, last, 0, 1, 3)
            last += 1
        grid.setRowStretch(last, 1)  # rows stay together at the top
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices inside it
        area.setWidget(rows)
        area.setMinimumHeight(110)
        return area

    def _add_choice_row(self, grid: QGridLayout, row: int, choice: EntryChoice) -> None:
        """The record's title, what happens to it and, for a logboek entry, the button
        for its corrected text (enabled when 'Verbeteren' is chosen)."""
        text = QLabel(_label(choice))
        text.setWordWrap(True)
        combo = narrow_combo(QComboBox(), 16)
        is_entry = choice.key == choice.entry_id
        for key, caption in CHOICES:
            if (key == REMOVE and choice.meldcode_evidence) or (
                    key == CORRECT and not is_entry):
                continue
            combo.addItem(caption, key)
        combo.setAccessibleName(f"Wat gebeurt er met: {choice.title}")
        text.setBuddy(combo)
        grid.addWidget(text, row, 0)
        grid.addWidget(combo, row, 1)
        self.combos[choice.key] = combo
        if not is_entry:
            return
        button = QPushButton("Verbeterde tekst…")
        button.setAccessibleName(f"Verbeterde tekst voor: {choice.title}")
        button.setEnabled(False)
        entry_id = choice.entry_id
        for widget in (combo, button):
            widget.setProperty("entry_id", entry_id)  # read back by the slots
        combo.currentIndexChanged.connect(self._choice_changed)
        button.clicked.connect(self._edit_clicked)
        grid.addWidget(button, row, 2)
        self.buttons[entry_id] = button
        self.titles[entry_id] = choice.title

    def _choice_changed(self, _index: int) -> None:
        entry_id = int(self.sender().property("entry_id"))
        combo = self.combos[entry_id]
        wants = combo.currentData() == CORRECT
        if not wants and entry_id in self.corrections and not self._drop_correction(entry_id):
            combo.blockSignals(True)  # the IB keeps the corrected text: back to Verbeteren
            combo.setCurrentIndex(combo.findData(CORRECT))
            combo.blockSignals(False)
            return
        self.buttons[entry_id].setEnabled(wants)
        if wants and entry_id not in self.corrections:
            self.edit_correction(entry_id)

    def _drop_correction(self, entry_id: int) -> bool:
        """Another choice than Verbeteren throws the typed corrected text away: asked
        first, like every other unsaved text (walk s30); True when it went."""
        title = self.titles[entry_id]
        if not ask_choice(self, "Verbeterde tekst weggooien",
                          f"U heeft een verbeterde tekst getypt voor '{title}'. Met een andere "
                          "keuze dan Verbeteren wordt die tekst weggegooid.",
                          "&Weggooien", "&Verbeterde tekst houden"):
            return False
        del self.corrections[entry_id]
        self.session.drafts.discard("logboek", f"verzoek:{entry_id}")
        self.buttons[entry_id].setText("Verbeterde tekst…")
        self.status.setText(f"De verbeterde tekst voor '{title}' is weggegooid.")
        return True

    def _edit_clicked(self) -> None:
        self.edit_correction(int(self.sender().property("entry_id")))

    def edit_correction(self, entry_id: int) -> None:
        """The entry form, filled with the current text (or the draft typed before)."""
        from zorgdesk.ui.logbook.entry_form import EntryDialog

        pupil = self.session.basedata.pupil(self.pupil_id)
        current = self.session.logbook.history(entry_id).current.content
        dialog = EntryDialog(self.session, pupil, self, entry_id=entry_id, current=current,
                             on_request=True)
        if run_modal(dialog) and dialog.collected is not None:
            self.corrections[entry_id] = dialog.collected
            self.buttons[entry_id].setText("Verbeterde tekst ✓")
            self.status.setText(f"De verbeterde tekst voor '{self.titles[entry_id]}' staat "
                                "klaar. Hij wordt opgeslagen met het antwoord (Opslaan en "
                                "brief maken).")

    def removals(self) -> list[int]:
        """Logboek entries to remove."""
        return [e for e, combo in self.combos.items()
                if isinstance(e, int) and combo.currentData() == REMOVE]

    def record_removals(self) -> list[tuple[str, int]]:
        """Signalenlijsten and zorggesprekken to remove, as (kind, number)."""
        return [k for k, combo in self.combos.items()
                if isinstance(k, tuple) and combo.currentData() == REMOVE]

    def corrected(self) -> dict[int, LogbookEntryDraft]:
        return {e: self.corrections[e] for e, combo in self.combos.items()
                if isinstance(e, int) and combo.currentData() == CORRECT
                and e in self.corrections}

    def missing_corrections(self) -> list[int]:
        return [e for e, combo in self.combos.items()
                if isinstance(e, int) and combo.currentData() == CORRECT
                and e not in self.corrections]
