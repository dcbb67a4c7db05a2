"""Tell the IB that something unexpected happened, in words she can act on."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from zorgdesk import crash
from zorgdesk.ui.dialogs import open_dialog

MESSAGE = ("Er ging iets mis in ZorgDesk. Wat u al had opgeslagen, staat veilig in de "
           "kluis. Controleer of uw laatste invoer is bewaard, sluit ZorgDesk daarna af en "
           "start opnieuw.\n\nBlijft dit gebeuren, meld het dan bij de beheerder. De "
           "technische melding bevat geen leerlinggegevens.")

# Not "safe" when the vault itself failed: a damaged file may have lost saved work.
DAMAGED_MESSAGE = ("De kluis lijkt beschadigd: ZorgDesk kon hem niet goed lezen of schrijven. "
                   "Wat u sinds de laatste back-up opsloeg, is mogelijk niet meer leesbaar. "
                   "Sluit ZorgDesk, maak geen wijzigingen meer in dit bestand en zet een "
                   "back-up terug op een nieuwe plek (Beheer > Back-up terugzetten).\n\nDe "
                   "technische melding bevat geen leerlinggegevens.")

_open: list[QMessageBox] = []


def message_for(error: BaseException | None) -> tuple[str, str]:
    """(title, text): a VaultError's own Dutch sentence; damage never called safe."""
    from zorgdesk.services.errors import ExportWriteError, VaultError, is_vault_damage

    if is_vault_damage(error):
        return "Kluis beschadigd", DAMAGED_MESSAGE
    if isinstance(error, VaultError | ExportWriteError):
        return "Niet gelukt", str(error)
    return "Onverwachte fout", MESSAGE


def _forget() -> None:
    # A parentless box must not outlive QApplication (it crashes at interpreter exit).
    while _open:
        _open.pop().deleteLater()


def _show(title: str = "Onverwachte fout", text: str = MESSAGE) -> None:
    app = QApplication.instance()
    if _open or app is None:
        return  # one message at a time; a burst of errors must not bury the window
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.setAccessibleName(title)
    box.finished.connect(lambda _result: _forget())
    _open.append(box)
    open_dialog(box)


def _schedule(error: BaseException | None) -> None:
    # Only the wording travels to the deferred dialog, not the exception and its frames.
    title, text = message_for(error)
    QTimer.singleShot(0, lambda: _show(title, text))


def install() -> None:
    """Call after the QApplication exists."""
    # Deferred: the hook runs inside the failing slot, not a place for a dialog.
    crash.install(on_error=_schedule)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(_forget)
