"""'Aanvullingen over het verloop' on a logboek entry: the form and how they are shown."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from zorgdesk.domain.logbook import ProgressNote, SuspicionOutcome
from zorgdesk.services.logbook.progress import OUTCOME_LABELS
from zorgdesk.services.session import Session
from zorgdesk.ui.logbook.dialogs import _FormDialog


class ProgressDialog(_FormDialog):
    def __init__(self, session: Session, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Aanvulling over het verloop", parent)
        self.session, self.entry_id = session, entry_id
        title = session.logbook.title(entry_id)
        intro = QLabel(f"Bij de notitie: {escape(title)}. Schrijf wat er daarna gebeurde; "
                       "de notitie zelf blijft zoals hij is.")
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.note_date = QLineEdit(f"{session.logbook_progress.today:%d-%m-%Y}")
        self.note_time = QLineEdit()
        self.note_time.setPlaceholderText("uu:mm (mag leeg)")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText("Feiten: wat is er gezien, gehoord of afgesproken, "
                                     "door wie, hoe vaak.")
        self.outcome = QComboBox()
        for outcome, label in OUTCOME_LABELS.items():
            self.outcome.addItem(label, outcome.value)
        self.row("&Datum:", self.note_date, "Datum van de aanvulling", "note_date")
        self.row("&Tijd:", self.note_time, "Tijd van de aanvulling", "note_time")
        self.row("&Verloop:", self.text, "Verloop", "text")
        self.row("&Eerder verhaal of vermoeden:", self.outcome,
                 "Eerder verhaal of vermoeden", "outcome")
        self.finish()
        self.text.setFocus()

    def store(self) -> None:
        self.session.logbook_progress.add(self.entry_id, self.note_date.text(),
                                          self.note_time.text(), self.text.toPlainText(),
                                          self.outcome.currentData())


def progress_html(notes: list[ProgressNote]) -> str:
    """The additions under an entry in the detail pane, oldest first."""
    if not notes:
        return ""
    parts = ["<h4>Aanvullingen over het verloop</h4>"]
    for note in notes:
        when = f"{note.note_date:%d-%m-%Y}" + (f" {note.note_time:%H:%M}" if note.note_time
                                                else "")
        outcome = (f"<br><i>{escape(OUTCOME_LABELS[note.outcome])}.</i>"
                   if note.outcome is not SuspicionOutcome.NONE else "")
        text = escape(note.text).replace("\n", "<br>")
        parts.append(f"<p><b>{when}</b> — {escape(note.author)}<br>{text}{outcome}</p>")
    return "".join(parts)
