"""Show an attachment: PDF and images inside ZorgDesk from memory, e-mail outside."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.ui.dialogs import ok_cancel_buttons
from zorgdesk.ui.unsaved import DraftPlace, guard_with_draft
from zorgdesk.ui.widgets import error_label, show_error


class ImageViewDialog(QDialog):
    """An image attachment, scaled down to fit; the bytes never touch the disk."""

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Bijlage — {title}")
        self.resize(900, 680)
        pixmap = QPixmap()
        self.loaded = pixmap.loadFromData(QByteArray(data))
        picture = QLabel()
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setAccessibleName("Afbeelding")
        if self.loaded:
            picture.setPixmap(pixmap.scaled(860, 600, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation)
                              if pixmap.width() > 860 or pixmap.height() > 600 else pixmap)
        else:
            picture.setText("Deze afbeelding kan niet worden getoond (het bestand is "
                            "beschadigd).")
        scroll = QScrollArea()
        scroll.setWidget(picture)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Sluiten")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)


def open_outside(path) -> bool:
    """Hand a viewing copy to the program the computer uses for its kind (e-mail)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class RemovalReasonDialog(QDialog):
    """Asks why an attachment leaves the dossier; ``reason`` is set when accepted.

    With a ``draft`` the reason typed is kept over the lock and quitting, and Escape,
    Annuleren and the X ask before it goes (s34); the draft stays until the attachment
    is really out of the dossier (the caller discards it then)."""

    def __init__(self, filename: str, parent: QWidget | None = None,
                 draft: DraftPlace | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Bijlage uit het dossier halen")
        self.reason = ""
        intro = QLabel(f"Waarom gaat «{filename}» uit het dossier? De reden wordt bewaard; "
                       "het bestand zelf blijft in de kluis tot het einde van de "
                       "bewaartermijn.")
        intro.setWordWrap(True)
        caption = QLabel("&Reden:")
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName("Reden")
        self.reason_edit.setMaxLength(500)
        caption.setBuddy(self.reason_edit)
        self.error = error_label("Foutmelding")
        buttons = ok_cancel_buttons("Uit dossier &halen", self)
        layout = QVBoxLayout(self)
        for widget in (intro, caption, self.reason_edit, self.error, buttons):
            layout.addWidget(widget)
        self.guard = guard_with_draft(self, buttons, draft, layout)

    def accept(self) -> None:
        reason = " ".join(self.reason_edit.text().split())
        if not reason:
            show_error(self.error, "Geef een reden op.")
            self.reason_edit.setFocus()  # the cursor back where the reason goes
            return
        self.reason = reason
        if self.drafts is not None:  # kept until the removal succeeds
            self.drafts.save_now()
            self.drafts.stop()
        super().accept()
