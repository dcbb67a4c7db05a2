"""The recovery key on its own page: print, copy, and an explicit "I have stored it".

ZorgDesk shows the key once. A stray Enter or Escape must not make it disappear, so
the page has no default button, ignores Enter/Escape and the window's close button,
and continues only after the IB ticks that she stored it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.ui import clipboard
from zorgdesk.ui.dialogs import run_modal
from zorgdesk.ui.pdf_preview import PdfPreviewDialog

_SWALLOWED_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape}


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(False)  # Enter never presses a button on this page
    button.setDefault(False)
    return button


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Herstelsleutel bewaren")
        self._key = key
        self._pdf = pdf
        self.stored = False  # plain attribute: readable after the dialog is released
        layout = QVBoxLayout(self)
        intro = QLabel(
            "<h2>Uw herstelsleutel</h2>"
            "<p>Met deze sleutel opent u de kluis als u het wachtwoord vergeten bent. "
            "ZorgDesk toont hem <b>maar één keer</b> en bewaart hem nergens leesbaar.</p>")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(key)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(20)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName("Herstelsleutel")
        self.key_label.setStyleSheet("border: 2px solid #1F4E79; padding: 14px;")
        layout.addWidget(self.key_label)
        advice = QLabel(
            "<p>Druk de sleutel af en berg het blad op in de kluis van de school of bij de "
            "directeur, in een gesloten envelop. Bewaar hem niet op de computer, niet in "
            "e-mail en niet in de cloud. Kopieert u hem toch, plak hem dan alleen in een "
            "wachtwoordkluis; ZorgDesk wist het klembord bij vergrendelen en afsluiten.</p>")
        advice.setWordWrap(True)
        layout.addWidget(advice)
        row = QHBoxLayout()
        self.print_button = _button("&Afdrukken of opslaan als PDF…", "Herstelsleutel afdrukken")
        self.print_button.clicked.connect(self.show_sheet)
        self.copy_button = _button("&Kopiëren", "Herstelsleutel kopiëren")
        self.copy_button.clicked.connect(self.copy_key)
        row.addWidget(self.print_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setAccessibleName("Melding")
        layout.addWidget(self.status)
        self.confirm = QCheckBox("Ik heb de herstelsleutel &bewaard")
        self.confirm.setAccessibleName("Ik heb de herstelsleutel bewaard")
        layout.addWidget(self.confirm)
        self.continue_button = _button("&Verder", "Verder")
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accept)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.continue_button)
        layout.addLayout(end)
        self.print_button.setFocus()

    def show_sheet(self) -> None:
        run_modal(PdfPreviewDialog("Herstelsleutel", self._pdf, "herstelsleutel-zorgdesk.pdf",
                                   self))

    def copy_key(self) -> None:
        clipboard.copy_text(self._key)
        self.status.setText("De herstelsleutel staat op het klembord.")

    def accept(self) -> None:
        if not self.confirm.isChecked():
            return
        self.stored = True
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in _SWALLOWED_KEYS:
            event.accept()  # neither Enter nor Escape closes the only view of the key
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.confirm.isChecked():
            event.ignore()
            self.status.setText("Vink eerst aan dat u de herstelsleutel hebt bewaard.")
            return
        super().closeEvent(event)
