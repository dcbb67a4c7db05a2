"""Tell the IB that something unexpected happened, in words she can act on."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from zorgdesk import crash

MESSAGE = ("Er ging iets mis in ZorgDesk. Wat u al had opgeslagen, staat veilig in de "
           "kluis. Controleer of uw laatste invoer is bewaard, sluit ZorgDesk daarna af en "
           "start opnieuw.\n\nBlijft dit gebeuren, meld het dan bij de beheerder. De "
           "technische melding bevat geen leerlinggegevens.")

_open: list[QMessageBox] = []


def _forget() -> None:
    # A parentless box must not outlive QApplication (it crashes at interpreter exit).
    while _open:
        _open.pop().deleteLater()


def _show() -> None:
    app = QApplication.instance()
    if _open or app is None:
        return  # one message at a time; a burst of errors must not bury the window
    box = QMessageBox(QMessageBox.Icon.Warning, "Onverwachte fout", MESSAGE,
                      QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.setAccessibleName("Onverwachte fout")
    box.finished.connect(lambda _result: _forget())
    _open.append(box)
    box.open()


def install() -> None:
    """Call after the QApplication exists."""
    # Deferred: the hook runs inside the failing slot, not a place for a dialog.
    crash.install(on_error=lambda: QTimer.singleShot(0, _show))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(_forget)
