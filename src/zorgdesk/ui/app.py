"""Application controller: owns the session, the main window and locking."""

from __future__ import annotations

import contextlib
import html
import signal
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget
from shiboken6 import Shiboken

from zorgdesk import paths
from zorgdesk.services import display
from zorgdesk.services.attachments import viewing as attachment_viewing
from zorgdesk.services.errors import VaultError
from zorgdesk.services.session import Session
from zorgdesk.services.settings import AUTOLOCK, autolock_minutes
from zorgdesk.services.vault.backup import (
    BACKUP_SUFFIX,
    Manifest,
    accept_restored,
    clean_leftover_staging,
)
from zorgdesk.services.vault.opening import problem_opening
from zorgdesk.ui import clipboard as clipboard_guard
from zorgdesk.ui import crash_dialog
from zorgdesk.ui.background import Cancelled, run_in_background, uninterruptible_work_running
from zorgdesk.ui.context_menu_key import open_context_menus_on_shift_f10
from zorgdesk.ui.dialogs import run_modal
from zorgdesk.ui.dossier_tab_keys import focus_main_list
from zorgdesk.ui.form_drafts import save_open_drafts, waiting_drafts_message
from zorgdesk.ui.item_rows import give_item_rows_room
from zorgdesk.ui.main_window import MAIN_WINDOW_SIZE, MainWindow
from zorgdesk.ui.messages import ask_choice, show_message
from zorgdesk.ui.peer_incident.dialog import IncidentsDialog
from zorgdesk.ui.pupils.import_dialog import ImportDialog
from zorgdesk.ui.pupils.manage_dialog import ManageDialog
from zorgdesk.ui.retention_dialog import RetentionDialog
from zorgdesk.ui.settings_dialog import SettingsDialog
from zorgdesk.ui.social_map.dialog import SocialMapDialog
from zorgdesk.ui.staff_abuse.dialog import StaffAbuseDialog
from zorgdesk.ui.startup_check import StartupCheck
from zorgdesk.ui.text_size import apply_text_size
from zorgdesk.ui.translations import install_dutch
from zorgdesk.ui.vault.backup_dialogs import (
    RestoreDialog,
    choose_backup_target,
    choose_vault_file,
)
from zorgdesk.ui.vault.dialogs import (
    ChangePassphraseDialog,
    CreateVaultDialog,
    UnlockDialog,
    show_recovery_key,
)
from zorgdesk.ui.vault.handover_dialog import HandoverDialog
from zorgdesk.ui.vault.idle_lock import IdleLocker
from zorgdesk.ui.widgets import (
    focus_visibly,
    show_focus_in_new_dialogs,
    show_focus_on_text_areas,
)
from zorgdesk.ui.window_size import (
    follow_focus_in_scroll_areas,
    show_on_screen,
    widen_file_dialog_columns,
)
from zorgdesk.ui.yearly_account.dialog import YearlyAccountDialog

LOCK_RETRY_MS = 500  # how soon a lock deferred by uninterruptible work tries again


class AppController(QObject):
    def __init__(self, vault_path: Path, demo_passphrase: str | None = None, *,
                 idle_timer: QTimer | None = None) -> None:
        super().__init__()
        self.vault_path = vault_path
        self.demo_passphrase = demo_passphrase
        self.session: Session | None = None
        self._pupil_before_lock: int | None = None
        self._tab_before_lock = 0
        self._focus_before_lock: QWidget | None = None
        self._row_before_lock: tuple[int, int, int] | None = None  # a list's row, length
        # Vandaag opens after the first unlock of a start (or of another vault); after a
        # lock in the middle of work the IB comes back where she was (walk s35/s36).
        self._first_unlock = True
        self.automatic_backups = True
        self.show_today_on_unlock = True
        # Backups restored in this run, by where they went: opening one makes it the
        # known state again (the vault locked before has the same id and a newer head).
        self._restored: dict[Path, Manifest] = {}
        # None: use the vault's autolock_minutes setting; tests set milliseconds.
        self.autolock_ms_override: int | None = None
        # One app-wide filter for the idle timer and Ctrl+L under a modal dialog.
        self.idle = IdleLocker(self._idle_timeout, self, timer=idle_timer,
                               on_lock_key=self.lock)
        follow_focus_in_scroll_areas(QApplication.instance())
        widen_file_dialog_columns(QApplication.instance())
        show_focus_in_new_dialogs(QApplication.instance())
        show_focus_on_text_areas(QApplication.instance())
        give_item_rows_room(QApplication.instance())
        open_context_menus_on_shift_f10(QApplication.instance())
        self.choose_backup_target = choose_backup_target  # replaced in tests
        self.choose_vault_file = choose_vault_file  # replaced in tests
        # The remembered text size before the first window is built (nothing when it is
        # the normal one: a test's own larger font stays).
        self.text_size = display.text_size()
        if self.text_size != display.NORMAL:
            apply_text_size(QApplication.instance(), self.text_size)
        self.window = MainWindow()
        self.window.show_text_size(self.text_size)
        self.window.text_size_chosen.connect(self.choose_text_size)
        self.window.lock_requested.connect(self.lock)
        self.window.unlock_requested.connect(self.unlock)
        self.window.open_vault_requested.connect(self.open_vault)
        self.window.manage_pupils_requested.connect(self.manage_pupils)
        self.window.import_pupils_requested.connect(self.import_pupils)
        self.window.change_passphrase_requested.connect(self.change_passphrase)
        self.window.handover_requested.connect(self.hand_over)
        self.window.verify_requested.connect(self.verify)
        self.window.backup_requested.connect(self.backup)
        self.window.restore_requested.connect(self.restore)
        self.window.retention_requested.connect(self.retention)
        self.window.settings_requested.connect(self.settings)
        self.window.social_map_requested.connect(self.social_map)
        self.window.yearly_account_requested.connect(self.yearly_account)
        self.window.incidents_requested.connect(self.incidents)
        self.window.staff_abuse_requested.connect(self.staff_abuse)
        self.window.destroyed.connect(self.shutdown)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def start(self) -> bool:
        """Show the first dialog; False when the IB cancels it."""
        for folder in {paths.backup_dir(), self.vault_path.parent, Path.home()}:
            clean_leftover_staging(folder)  # left by a backup that was killed
        if _quitting:
            return False  # a signal came in during start-up
        if self.vault_path.exists():
            return self.unlock()
        dialog = CreateVaultDialog(self.vault_path, parent=None)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return False
        self._attach(dialog.session)
        return True

    def unlock(self) -> bool:
        dialog = UnlockDialog(
            self.vault_path, demo_passphrase=self.demo_passphrase,
            parent=self.window if self.window.isVisible() else None)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return False
        self._attach(dialog.session)
        return True

    def open_vault(self, path: Path | None = None) -> bool:
        """Bestand > Kluis openen: lock the vault in use (drafts kept, dialogs closed, key
        dropped), then unlock ``path`` (or a file the IB picks). A file that is no vault
        gets a Dutch message and changes nothing; cancelling the unlock window leaves
        the app locked on the vault it had."""
        if path is None:
            path = self.choose_vault_file(self.window, self.vault_path.parent)
            if path is None:
                return False
        problem = problem_opening(path)
        if problem is not None:
            show_message(self.window, "Kluis openen", problem, warning=True)
            return False
        if self.session is not None and path.resolve() == self.vault_path.resolve():
            self._status("Deze kluis is al geopend.")
            return False
        self.lock()
        if self.session is not None:  # a write that cannot stop halfway is still busy
            self._status("Even geduld: ZorgDesk rondt eerst het werk af. Probeer het zo "
                         "opnieuw.")
            return False
        manifest = self._restored.get(path.resolve())
        if manifest is not None:  # restored here: the vault just locked has the same id
            accept_restored(manifest)
        before = (self.vault_path, self.demo_passphrase, self._pupil_before_lock,
                  self._first_unlock)
        self.vault_path, self.demo_passphrase = path, None
        self._pupil_before_lock = None  # pupils of the other vault
        self._first_unlock = True  # its deadlines are news
        if self.unlock():
            return True
        (self.vault_path, self.demo_passphrase, self._pupil_before_lock,
         self._first_unlock) = before
        return False

    def _attach(self, session: Session) -> None:
        self.session = session
        self.window.set_session(session)
        if self._pupil_before_lock is not None:
            self.window.select_pupil(self._pupil_before_lock)
            self.window.tabs.setCurrentIndex(self._tab_before_lock)
        first, self._first_unlock = self._first_unlock, False
        if not first:
            self._return_focus()
        # A form open at the lock is not reopened by itself (a modal dialog popping up
        # unasked is confusing); a hint says its text is waiting, and where.
        waiting = waiting_drafts_message(session, self._pupil_before_lock)
        if waiting:
            self.window.statusBar().showMessage(waiting)
        if session.upgrade_note:  # once, after a new version upgraded the vault
            self.window.statusBar().showMessage(session.upgrade_note)
        if not self.window.isVisible():
            show_on_screen(self.window, MAIN_WINDOW_SIZE.width(), MAIN_WINDOW_SIZE.height())
        if self.show_today_on_unlock and first:
            # First thing after unlock: what is due. One turn of the event loop later, so
            # the window paints with the pupil back before Vandaag reads every deadline of
            # the school (each half about 0.1 s at a large school; issue 23).
            QTimer.singleShot(0, self._show_today)
        self.idle.start(self.autolock_ms_override
                        or autolock_minutes(session.vault) * 60_000)

    def _return_focus(self) -> None:
        """The cursor back where it was at the lock (a field of a meldcode form, whose
        typing the form's draft has just restored; a list), not in the pupil search."""
        widget, self._focus_before_lock = self._focus_before_lock, None
        if (widget is None or not Shiboken.isValid(widget) or widget.window() is not self.window
                or not widget.isVisible() or not widget.isEnabled()):
            # Gone (a form with nothing typed is not reopened): where Ctrl+1..4 puts the
            # cursor on her tab, not the pupil search (walk s37: 'Zoek leerling' above
            # the list of every child, after Besluit hulp was open at Ctrl+L).
            if self._pupil_before_lock is not None and self.window.current_pupil is not None:
                focus_main_list(self.window.tabs.currentWidget())  # shows its frame
            return
        model = widget.model() if isinstance(widget, QAbstractItemView) else None
        # Not the pupil list: the lock cleared its search and group filter, so her row
        # number names another child there; select_pupil has put hers back (review s36).
        if (model is not None and self._row_before_lock is not None
                and widget is not self.window.pupil_list):
            row, column, length = self._row_before_lock  # read again: same order
            if length == model.rowCount():  # a filter the lock cleared: other items
                widget.setCurrentIndex(model.index(row, column))
        focus_visibly(widget)

    def _show_today(self) -> None:
        if self.session is not None and self.window.today_dialog is None:  # not locked
            self.window.open_today(only_when_due=True)
            if self.idle.active:  # idle time counts from here, as when it opened at once
                self.idle.start(self.idle.interval_ms)

    def _idle_timeout(self) -> None:
        if self.session is not None:
            self.lock()

    def lock(self) -> None:
        if self.session is None:
            return
        if uninterruptible_work_running():
            # A write that cannot stop halfway (retention delete) ends first; lock after.
            QTimer.singleShot(LOCK_RETRY_MS, self.lock)
            return
        pupil = self.window.current_pupil
        self._pupil_before_lock = pupil.id if pupil else None
        self._tab_before_lock = self.window.tabs.currentIndex()
        self._focus_before_lock = self.window.focusWidget()
        self._row_before_lock = _current_row(self._focus_before_lock)
        self.idle.stop()
        clipboard_guard.clear_ours()
        save_open_drafts()  # before any form is closed or cleared
        self._close_dialogs()
        self.window.statusBar().clearMessage()
        self.window.set_session(None)
        self.session.close()
        self.session = None

    @staticmethod
    def _close_dialogs() -> None:
        """An open dialog may show pupil data and holds the session: it goes first."""
        app = QApplication.instance()
        if app is None:
            return
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def manage_pupils(self) -> None:
        if self.session is None:
            return
        pupil = self.window.current_pupil
        run_modal(ManageDialog(self.session, self.window,
                               pupil_id=pupil.id if pupil is not None else None))
        self.window.reload_groups()

    def choose_text_size(self, name: str) -> None:
        """Beheer › Tekstgrootte: every window at once, and remembered for the next start."""
        self.text_size = name
        apply_text_size(QApplication.instance(), name)
        display.remember_text_size(name)

    def import_pupils(self) -> None:
        if self.session is None or self.session.read_only:
            return
        if run_modal(ImportDialog(self.session, self.window)):
            self.window.reload_groups()

    def retention(self) -> None:
        if self.session is None:
            return
        run_modal(RetentionDialog(self.session, self.window))
        self.window.refresh_pupils()

    def settings(self) -> None:
        if self.session is None:
            return
        run_modal(SettingsDialog(self.session, self.window, on_saved=self.apply_settings))

    def social_map(self) -> None:
        if self.session is None:
            return
        run_modal(SocialMapDialog(self.session, self.window))

    def yearly_account(self) -> None:
        if self.session is None:
            return
        run_modal(YearlyAccountDialog(self.session, self.window))

    def incidents(self, incident_id: int = -1) -> None:
        if self.session is None:
            return
        run_modal(IncidentsDialog(self.session, self.window,
                                  incident_id if incident_id >= 0 else None,
                                  pupil_id=self._dossier_pupil() if incident_id < 0 else None))

    def staff_abuse(self) -> None:
        if self.session is None:
            return
        run_modal(StaffAbuseDialog(self.session, self.window, pupil_id=self._dossier_pupil()))

    def _dossier_pupil(self) -> int | None:
        """The pupil whose dossier is open: Leerling > a new incident or case starts with
        her chosen (walk s30), never when a Vandaag row opened a given incident."""
        pupil = self.window.current_pupil
        return pupil.id if pupil is not None else None

    def apply_settings(self, values: dict[str, int]) -> None:
        """A new auto-lock time counts from now, not from the next unlock."""
        if self.autolock_ms_override is None:
            self.idle.start(values[AUTOLOCK.key] * 60_000)
        self.window.apply_settings(values)

    def change_passphrase(self) -> None:
        if self.session is None:
            return
        school = self.session.basedata.school()
        user = self.session.user_name
        run_modal(ChangePassphraseDialog(
            self.session, lambda: (school.name, school.place, user), self.window))

    def hand_over(self) -> str | None:
        """A successor IB takes the vault over; her new recovery key on its own page."""
        if self.session is None:
            return None
        dialog = HandoverDialog(self.session, self.window)
        run_modal(dialog)
        key, name, warning = dialog.recovery_key, dialog.successor_name, dialog.warning
        if key is None:
            return None
        show_recovery_key(self.window, self.session, key)
        self.window.set_session(self.session)  # her name where the IB's name is shown
        show_message(self.window, "Kluis overgedragen",
                     f"De kluis is overgedragen aan {name}. Het oude wachtwoord en de oude "
                     "herstelsleutel werken niet meer. Maak nu een nieuwe back-up.")
        if warning:  # a step after the rekey failed: said after the key was shown
            show_message(self.window, "Overdracht niet helemaal gelukt", warning,
                         warning=True)
        return key

    def verify(self) -> list[str] | None:
        """The full check in a worker thread on its own connection, with progress."""
        if self.session is None:
            return None
        try:
            with self.session.worker() as access:
                problems = run_in_background(self.window, "Kluis controleren",
                                             "De kluis wordt gecontroleerd…", access.verify)
        except Cancelled:
            self._status("Kluis controleren is afgebroken; er is niets gewijzigd.")
            return None
        problems = self.session.named_problems(problems)
        if problems:
            text = ("<p><b>De kluis is niet in orde.</b></p><ul>"
                    + "".join(f"<li>{html.escape(p)}</li>" for p in problems[:20])
                    + "</ul><p>Maak geen nieuwe invoer en neem contact op met de beheerder; "
                    "zet zo nodig een eerdere back-up terug op een nieuwe plek.</p>")
            show_message(self.window, "Kluis controleren", text, warning=True)
        else:
            show_message(self.window, "Kluis controleren",
                         "De kluis is in orde: de database is onbeschadigd, het auditlogboek "
                         "is compleet en er zijn geen gegevens buiten ZorgDesk gewijzigd.")
        return problems

    def backup(self) -> Path | None:
        if self.session is None:
            return None
        suggested = Path.home() / f"zorgdesk-{date.today():%Y-%m-%d}{BACKUP_SUFFIX}"
        target = self.choose_backup_target(self.window, suggested)
        if target is None:
            return None
        try:
            with self.session.worker() as access:
                run_in_background(self.window, "Back-up maken",
                                  "De versleutelde back-up wordt gemaakt…",
                                  self.session.backup_work(access, target))
        except Cancelled:
            self._status("De back-up is afgebroken; er is geen bestand gemaakt.")
            return None
        except VaultError as error:
            show_message(self.window, "Back-up maken", str(error), warning=True)
            return None
        show_message(self.window, "Back-up maken",
                     f"De versleutelde back-up is gemaakt:\n{target}\n\nBewaar hem op een "
                     "veilige plek. Terugzetten vraagt het wachtwoord van nu, ook als u het "
                     "later wijzigt.")
        return target

    def restore(self) -> Path | None:
        if self.session is None:
            return None
        dialog = RestoreDialog(self.window, start_dir=paths.backup_dir(),
                               drafts=self.session.drafts)
        if run_modal(dialog) != QDialog.DialogCode.Accepted or dialog.restored_to is None:
            return None
        restored = dialog.restored_to
        if dialog.restored_manifest is not None:
            self._restored[restored.resolve()] = dialog.restored_manifest
        if ask_choice(self.window, "Back-up terugzetten",
                      f"De back-up is gecontroleerd en teruggezet op:\n{restored}\n\nDe "
                      "huidige kluis is niet gewijzigd. Wilt u de teruggezette kluis nu "
                      "openen? De huidige kluis wordt dan eerst vergrendeld. Later kan het "
                      "ook via Bestand > Kluis openen.",
                      "&Nu openen", "&Later", warning=False):  # good news, no triangle
            self.open_vault(restored)
        return restored

    def _status(self, text: str) -> None:
        if Shiboken.isValid(self.window):
            self.window.statusBar().showMessage(text, 10_000)

    def _automatic_backup(self, session: Session) -> None:
        """A rotating backup on close; failure must never block closing or lose data.
        Annuleren skips it (the vault itself is complete)."""
        if not self.automatic_backups or session.read_only:
            return  # an older copy opened read-only must not push newer backups out
        with contextlib.suppress(VaultError, OSError, Cancelled), session.worker() as access:
            parent = self.window if Shiboken.isValid(self.window) else None
            run_in_background(parent, "Automatische back-up",
                              "Automatische back-up bij afsluiten…",
                              session.rotating_backup_work(access, paths.backup_dir()))

    def shutdown(self) -> None:
        self.idle.detach()  # the timer and the app-wide filter (Ctrl+L with it)
        clipboard_guard.clear_ours()
        # Taken first: the backup's progress dialog runs the event loop, and a second
        # shutdown (window destroyed, aboutToQuit) arriving meanwhile must find nothing.
        session, self.session = self.session, None
        if session is not None:
            # Closing the window (X, Alt+F4) or SIGTERM: a form in a tab stores what was
            # typed since its draft timer's last turn, and a dialog closed just before did.
            save_open_drafts()
            self._automatic_backup(session)
            session.close()


_quitting: list[bool] = []  # set by a signal; a dialog shown after it is closed too


def _current_row(widget: QWidget | None) -> tuple[int, int, int] | None:
    """The current (top-level) row and column of a list, e.g. the chosen note, and the
    list's length: a list of another length after the unlock holds other items."""
    index = widget.currentIndex() if isinstance(widget, QAbstractItemView) else None
    if index is None or not index.isValid() or index.parent().isValid():
        return None
    return index.row(), index.column(), widget.model().rowCount()


def _reject_visible_dialogs() -> None:
    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


def _keep_quitting() -> None:
    """After a signal, each turn of the keep-alive timer: dialogs shown since are
    rejected, and once none is left Qt is asked to quit again. The first quit can be
    refused: a busy dialog (the unlock dialog opening the vault, asking 'Oudere kopie
    van de kluis?') ignores its close, and ZorgDesk stayed running, locked, after
    SIGTERM (walk s38). After the main loop has ended quit() does nothing, so the
    closing backup's own loop runs on."""
    _reject_visible_dialogs()
    app = QApplication.instance()
    if app is not None and not any(isinstance(w, QDialog) and w.isVisible()
                                   for w in app.topLevelWidgets()):
        app.quit()


def _close_everything() -> None:
    # quit() alone does not end a modal dialog's own loop (e.g. the unlock dialog
    # before the main loop runs): reject open dialogs first, then close and quit.
    # A signal that arrives while the unlock dialog is still being built (a slow,
    # busy computer) is remembered, and the keep-alive timer rejects the dialog
    # as soon as its loop runs - otherwise SIGTERM would be lost.
    _quitting.append(True)
    app = QApplication.instance()
    _reject_visible_dialogs()
    app.closeAllWindows()
    app.quit()


def _quit_cleanly_on_signals(app: QApplication) -> QTimer:
    """Ctrl+C or a shutdown's SIGTERM closes the vault like Afsluiten does.

    Python runs signal handlers only when it gets control back, so a light timer
    hands it control while Qt's event loop runs.
    """
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_signal: _close_everything())
    timer = QTimer()
    timer.start(250)
    timer.timeout.connect(lambda: _quitting and _keep_quitting())
    return timer


def run_gui(vault_path: Path, demo_passphrase: str | None = None,
            startup_check: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ZorgDesk")
    app.setApplicationDisplayName("ZorgDesk")
    app.setDesktopFileName("zorgdesk")
    app.setWindowIcon(QIcon(str(paths.icon_path())))
    install_dutch(app)  # before the first widget: widgets translate when they are built
    crash_dialog.install()
    _quitting.clear()
    attachment_viewing.clear()  # copies a viewer still held when ZorgDesk last stopped
    _keep_alive = _quit_cleanly_on_signals(app)  # noqa: F841 - the timer must live
    check = StartupCheck(app, _close_everything) if startup_check else None
    controller = AppController(vault_path, demo_passphrase)
    if not controller.start():
        controller.shutdown()
        return 0 if check is None or check.passed else 1
    code = app.exec()
    controller.shutdown()
    return code
