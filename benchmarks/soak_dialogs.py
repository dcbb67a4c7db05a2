"""Soak test for issue 14: the real app on a demo vault, through every dialog and tab.

The garbage collector runs at threshold 5 (``gc.set_threshold(5, 1, 1)``) and faulthandler
is on, so a Qt object left to Python's cyclic collector crashes here within seconds
instead of once an hour at a school. Each round picks the next demo pupil and walks the
four tabs with Ctrl+1..4, then opens every dialog the app has: it types into the fields
(real key presses, so the live hints run), saves on every other round and cancels on the
others, prints previews to PDF through the print dialog, builds the anonymised summary,
writes the inzage export and an overdrachtsdossier, and locks and unlocks the vault.

    python benchmarks/soak_dialogs.py --minutes 30            # the long soak
    python benchmarks/soak_dialogs.py --seconds 60 --json     # what the test suite runs

Under a real X server: ``Xvfb :91 -screen 0 1440x900x24 &`` and then
``DISPLAY=:91 QT_QPA_PLATFORM=xcb python benchmarks/soak_dialogs.py --minutes 30``.
It prints rounds, dialogs opened (per class), actions, Python errors and seconds. A crash
ends the process with faulthandler's stack and a non-zero exit code; so does a dialog
that stays open (a hang) or a Python error in an action.
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path

TYPED = "Hij is agressief en ik denk dat hij altijd boos is. Hij schopte tegen de deur."
SETTLE_TIMEOUT_S = 60


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--minutes", type=float, default=None)
    length.add_argument("--seconds", type=float, default=None)
    parser.add_argument("--min-rounds", type=int, default=1,
                        help="finish at least this many rounds, whatever the time")
    parser.add_argument("--gc-threshold", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="figures as one JSON line")
    args = parser.parse_args(argv)
    if args.minutes is None and args.seconds is None:
        args.minutes = 30
    args.duration = args.seconds if args.seconds is not None else args.minutes * 60
    return args


def _class_name(dialog) -> str:
    """The dialog's class; Qt's print dialog under its own name, also as the preview's
    subclass that keeps it on the screen (walk s34)."""
    from PySide6.QtPrintSupport import QPrintDialog

    return "QPrintDialog" if isinstance(dialog, QPrintDialog) else type(dialog).__name__


def _still_open(dialog) -> bool:
    """Visible and not yet deleted (a WA_DeleteOnClose dialog goes once it closes)."""
    from shiboken6 import Shiboken

    return Shiboken.isValid(dialog) and dialog.isVisible()


class Soak:
    """Drives one AppController; every modal dialog is answered by ``_poll``."""

    def __init__(self, workdir: Path, vault_path: Path, passphrase: str) -> None:
        from PySide6.QtCore import QTimer

        from zorgdesk.ui.app import AppController

        self.workdir = workdir
        self.passphrase = passphrase
        self.opened: Counter[str] = Counter()
        self.actions: Counter[str] = Counter()
        self.with_dialog: set[str] = set()  # actions that opened a dialog at least once
        self.errors: list[str] = []
        self.round = 0
        self.files = 0
        self.controller = AppController(vault_path, passphrase)
        self.controller.autolock_ms_override = 24 * 3600 * 1000
        self.controller.automatic_backups = False
        self.controller.choose_backup_target = (
            lambda _parent, _suggested: self._next_file("backup", ".zdvbak"))
        self.poller = QTimer()
        self.poller.setInterval(25)
        self.poller.timeout.connect(self._poll)
        self.poller.start()

    # -- answering dialogs ----------------------------------------------------------------

    def _poll(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or getattr(dialog, "_soak_seen", False):
            return
        dialog._soak_seen = True
        self.opened[_class_name(dialog)] += 1
        # Its own one-shot timer: the answer may open a nested modal loop, and this
        # poller must keep running inside it.
        QTimer.singleShot(40, lambda: self._answer(dialog))

    def _answer(self, dialog) -> None:

        if not _still_open(dialog):
            return
        name = _class_name(dialog)
        try:
            getattr(self, f"_answer_{name}", self._answer_form)(dialog)
        except Exception:  # noqa: BLE001 - counted and printed, the soak goes on
            self._error(f"answering {name}")
            if _still_open(dialog):
                dialog.reject()

    def _answer_UnlockDialog(self, dialog) -> None:  # noqa: N802 - dispatched by class name
        dialog.passphrase.setText(self.passphrase)
        dialog.accept()

    def _answer_QPrintDialog(self, dialog) -> None:  # noqa: N802
        from PySide6.QtWidgets import QLineEdit

        target = dialog.findChild(QLineEdit, "filename")
        target.setText(str(self._next_file("afdruk", ".pdf")))
        dialog.accept()

    def _answer_QMessageBox(self, dialog) -> None:  # noqa: N802
        self._wait(60)
        dialog.reject()  # Escape: "no" to a question, "ok" to a message

    def _answer_QFileDialog(self, dialog) -> None:  # noqa: N802
        dialog.reject()

    def _answer_PdfPreviewDialog(self, dialog) -> None:  # noqa: N802
        self._wait(100)
        if dialog.page_count() and self.round % 2 == 0:
            dialog.print_document()  # QPrintDialog (answered above) + the sharing prompt
            self._settle_children(dialog)
        if _still_open(dialog):
            dialog.reject()

    def _answer_AnonymiseDialog(self, dialog) -> None:  # noqa: N802
        dialog.rebuild()
        self._wait(50)
        dialog.save_to(self._next_file("casus", ".pdf"))
        self._settle_children(dialog)
        if _still_open(dialog):
            dialog.reject()

    def _answer_InzageDialog(self, dialog) -> None:  # noqa: N802
        from PySide6.QtTest import QTest

        QTest.keyClicks(dialog.requested_by, "moeder")
        dialog.folder.setText(str(self._next_file("inzage", "")))
        Path(dialog.folder.text()).mkdir()
        if self.round % 3 == 0:
            dialog.show_preview()
            self._settle_children(dialog)
        if _still_open(dialog):
            dialog.export() if self.round % 2 == 0 else dialog.reject()
        if _still_open(dialog):
            dialog.reject()

    def _answer_TransferDialog(self, dialog) -> None:  # noqa: N802
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClicks(dialog.school, "Het Baken")
        dialog.destination.setCurrentIndex(dialog.destination.count() - 1)
        QTest.keyClicks(dialog.reason, "Doorgaande lijn")
        if dialog.records.count() and dialog.records.item(0).flags() & \
                Qt.ItemFlag.ItemIsUserCheckable:
            dialog.records.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.folder.setText(str(self._next_file("overdracht", "")))
        Path(dialog.folder.text()).mkdir()
        dialog.refresh_preview()
        if _still_open(dialog):
            dialog.export() if self.round % 2 == 0 else dialog.reject()
        if _still_open(dialog):
            dialog.reject()

    def _answer_SocialMapDialog(self, dialog) -> None:  # noqa: N802
        """Look at a row, edit it or add one (even rounds), show the unused ones, close."""
        from PySide6.QtTest import QTest

        if dialog.entries.count():
            dialog.entries.setCurrentRow(self.round % dialog.entries.count())
        if self.round % 2 == 0:
            dialog.new_button.click()
            dialog.category.setCurrentIndex(1)
            QTest.keyClicks(dialog.fields["organisation"], f"Soak-organisatie {self.round}")
            QTest.keyClicks(dialog.note, TYPED[:60])
            dialog.save_button.click()
            if not dialog.saved_ids:
                self.errors.append(f"Sociale kaart: row not saved: {dialog.status.text()}")
        dialog.show_inactive.toggle()
        self._wait(30)
        if _still_open(dialog):
            dialog.accept()

    def _answer_YearlyAccountDialog(self, dialog) -> None:  # noqa: N802
        """Compute the counts, save them as PDF (even rounds) or CSV, close."""
        from PySide6.QtTest import QTest

        QTest.keyClicks(dialog.knelpunten, TYPED[:80])
        dialog.compute_button.click()
        dialog._chooser = lambda _parent, _name, kind: self._next_file("jaarverantwoording",
                                                                       f".{kind}")
        (dialog.pdf_button if self.round % 2 == 0 else dialog.csv_button).click()
        self._settle_children(dialog)
        if _still_open(dialog) and not dialog.saved:
            self.errors.append(f"Jaarverantwoording not saved: {dialog.status.text()}")
        if _still_open(dialog):
            dialog.accept()

    def _answer_IncidentsDialog(self, dialog) -> None:  # noqa: N802
        """A step form of the chosen incident (StepDialog, answered as a form), then close."""
        if dialog.record_button.isEnabled():
            dialog.step.setCurrentIndex(self.round % dialog.step.count())
            dialog.record_button.click()
            self._settle_children(dialog)
        if _still_open(dialog):
            dialog.reject()

    def _answer_PupilIncidentsDialog(self, dialog) -> None:  # noqa: N802
        """Open the chosen incident (the full IncidentsDialog) when there is one, close."""
        if dialog.open_button.isEnabled():
            dialog.open_button.click()
            self._settle_children(dialog)
        if _still_open(dialog):
            dialog.reject()

    def _answer_StaffAbuseDialog(self, dialog) -> None:  # noqa: N802
        dialog.new_button.click()  # the melding form (StepDialog), answered as a form
        self._settle_children(dialog)
        if _still_open(dialog):
            dialog.reject()

    def _answer_ManageDialog(self, dialog) -> None:  # noqa: N802
        """Nieuw schooljaar from the Groepen tab (answered below), then close unchanged."""
        dialog.groups.year_button.click()
        self._settle_children(dialog)
        if _still_open(dialog):
            self._cancel_only(dialog)

    def _answer_SchoolYearDialog(self, dialog) -> None:  # noqa: N802
        """Change the plan (a row's choice, a typed name, merging), then cancel: applying
        it would move the whole school up a year under the soak's feet."""
        from PySide6.QtTest import QTest

        if dialog.steps:
            dialog.table.setCurrentCell(self.round % len(dialog.steps), 2)
            index = self.round % dialog.fate.count()
            dialog.fate.setCurrentIndex(index)
            dialog.fate.activated.emit(index)
            if dialog.new_name.isEnabled():
                QTest.keyClicks(dialog.new_name, TYPED[:20])
        dialog.merge.toggle()
        dialog.reject()

    def _answer_QProgressDialog(self, dialog) -> None:  # noqa: N802
        pass  # work in a background thread (the anonymised summary): let it finish

    def _cancel_only(self, dialog) -> None:
        self._type_into(dialog, limit=1)
        dialog.reject()

    # Dialogs whose "save" would change what the soak stands on (passphrase, data kept).
    _answer_ChangePassphraseDialog = _cancel_only
    _answer_HandoverDialog = _cancel_only  # a handover would change the passphrase
    _answer_RestoreDialog = _cancel_only
    _answer_RetentionDialog = _cancel_only
    _answer_CreateVaultDialog = _cancel_only
    _answer_ImportDialog = _cancel_only
    _answer_AttachmentsDialog = _cancel_only  # adding one needs a file chooser
    _answer_SettingsDialog = _cancel_only

    def _answer_form(self, dialog) -> None:
        """Any other form: type into its text fields, then save (even rounds) or cancel."""
        self._type_into(dialog, limit=3)
        if self.round % 2 == 0:
            self._choose_first_options(dialog)
            button = self._save_button(dialog)
            if button is not None and button.isEnabled():
                button.click()
                self._settle_children(dialog)
        if _still_open(dialog):
            dialog.reject()  # refused input (Dutch messages shown) or a cancel round

    # -- helpers for the answers ----------------------------------------------------------

    @staticmethod
    def _type_into(dialog, limit: int) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

        fields = [w for w in dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit)
                  if w.isVisible() and w.isEnabled() and not w.isReadOnly()
                  and not w.toPlainText()]
        fields += [w for w in dialog.findChildren(QLineEdit)
                   if w.isVisible() and w.isEnabled() and not w.isReadOnly() and not w.text()
                   and w.echoMode() == QLineEdit.EchoMode.Normal
                   and w.objectName() != "qt_spinbox_lineedit"]
        for field in fields[:limit]:
            field.setFocus()
            QTest.keyClicks(field, TYPED[: 40 if isinstance(field, QLineEdit) else None])

    @staticmethod
    def _choose_first_options(dialog) -> None:
        from PySide6.QtWidgets import QComboBox

        for combo in dialog.findChildren(QComboBox):
            if combo.isVisible() and combo.currentIndex() == 0 and combo.count() > 1 \
                    and combo.itemData(0) is None and not combo.isEditable():
                combo.setCurrentIndex(1)

    @staticmethod
    def _save_button(dialog):
        from PySide6.QtWidgets import QDialogButtonBox, QPushButton

        for box in dialog.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if box.buttonRole(button) in (QDialogButtonBox.ButtonRole.AcceptRole,
                                              QDialogButtonBox.ButtonRole.YesRole):
                    return button
        defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
        return defaults[0] if defaults else None

    def _next_file(self, stem: str, suffix: str) -> Path:
        self.files += 1
        return self.workdir / f"{stem}-{self.files}{suffix}"

    @staticmethod
    def _wait(ms: int) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def _settle_children(self, dialog) -> None:
        """Wait until dialogs opened from ``dialog`` (sharing prompt, preview) are closed."""
        from PySide6.QtWidgets import QApplication, QDialog
        from shiboken6 import Shiboken

        def opened_from_dialog(widget) -> bool:
            parent = widget.parentWidget()
            while parent is not None:
                if parent is dialog:
                    return True
                parent = parent.parentWidget()
            return False

        deadline = time.monotonic() + SETTLE_TIMEOUT_S
        while time.monotonic() < deadline:
            self._wait(30)
            if not Shiboken.isValid(dialog):
                return
            if not any(isinstance(w, QDialog) and w.isVisible() and opened_from_dialog(w)
                       for w in QApplication.topLevelWidgets()):
                return
        self.errors.append(f"hang: a dialog opened from {type(dialog).__name__} stayed open")

    def _error(self, what: str) -> None:
        self.errors.append(f"{what}: {traceback.format_exc(limit=3).splitlines()[-1]}")
        traceback.print_exc(file=sys.stderr)

    # -- the round ----------------------------------------------------------------------------

    def settle(self) -> None:
        """Process events until no dialog is open (every one was answered)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QDialog

        deadline = time.monotonic() + SETTLE_TIMEOUT_S
        while time.monotonic() < deadline:
            self._wait(20)
            for w in QApplication.topLevelWidgets():  # modeless ones (Vandaag): look, close
                if isinstance(w, QDialog) and w.isVisible() and not w.isModal() \
                        and w.windowModality() == Qt.WindowModality.NonModal:
                    if not getattr(w, "_soak_seen", False):
                        w._soak_seen = True
                        self.opened[type(w).__name__] += 1
                    w.reject()
            if not any(isinstance(w, QDialog) and w.isVisible()
                       for w in QApplication.topLevelWidgets()):
                return
        stuck = [type(w).__name__ for w in QApplication.topLevelWidgets()
                 if isinstance(w, QDialog) and w.isVisible()]
        self.errors.append(f"hang: {stuck} stayed open")
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def act(self, name: str, action: Callable[[], object]) -> None:
        self.actions[name] += 1
        before = sum(self.opened.values())
        try:
            action()
        except Exception:  # noqa: BLE001 - counted and printed, the soak goes on
            self._error(name)
        self.settle()
        if sum(self.opened.values()) > before:
            self.with_dialog.add(name)

    def start(self) -> None:
        self.act("start (unlock)", self.controller.start)
        if self.controller.session is None:
            raise SystemExit("soak: the demo vault did not open")

    def one_round(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.round += 1
        c = self.controller
        window = c.window
        pupils = c.session.basedata.pupils()
        # Odd rounds: the pupils with a meldcode trajectory in turn (rapportage, overview);
        # even rounds: Zoë, who has a bit of everything.
        meldcode_of = {p.id: c.session.meldcode.current(p.id) for p in pupils}
        with_meldcode = ([p for p in pupils if meldcode_of[p.id] is not None
                          and meldcode_of[p.id].state.rapportage]
                         or [p for p in pupils if meldcode_of[p.id] is not None] or pupils)
        pupil = with_meldcode[self.round // 2 % len(with_meldcode)] if self.round % 2 else next(
            p for p in pupils if p.display_name == "Zoë van der Berg")
        window.select_pupil(pupil.id)
        logbook, signals, conversations, meldcode = window.tab_pages[:4]
        ctrl = Qt.KeyboardModifier.ControlModifier
        for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
            self.act("tab", lambda k=key: QTest.keyClick(window, k, ctrl))

        window.tabs.setCurrentIndex(0)
        self.act("logboek: nieuw", logbook.actions.new_entry)
        for name in ("correct_entry", "show_history", "add_progress", "add_zienswijze",
                     "add_request", "answer_request", "record_sharing", "print_dossier"):
            if logbook.list.count():
                logbook.list.setCurrentRow(0)
            self.act(f"logboek: {name}", getattr(logbook.actions, name))
        # An agreement with parents to mark as evaluated (Zoë's demo entry has one; once
        # evaluated in a saving round, later rounds find none and open nothing).
        for row in range(logbook.list.count()):
            logbook.list.setCurrentRow(row)
            if logbook.evaluate_action.isEnabled():
                self.act("logboek: evaluate_agreement", logbook.actions.evaluate_agreement)
                break

        window.tabs.setCurrentIndex(1)
        for name in ("print_check", "print_over_time", "new_flag_assessment",
                     "show_attachments"):
            self.act(f"signalen: {name}", getattr(signals, name))
        self.act("signalen: logboeknotities kiezen", signals.fill.choose_logbook)

        window.tabs.setCurrentIndex(2)
        self.act("gesprekken: new", conversations.new)
        for name in ("open_selected", "invitation", "smart_form", "report", "action_points",
                     "hand_out", "sign", "addendum", "show_attachments"):
            if conversations.table.rowCount():
                conversations.table.selectRow(0)
            self.act(f"gesprekken: {name}", getattr(conversations, name))

        window.tabs.setCurrentIndex(3)
        for name in ("show_overview", "print_rapportage", "open_anonymise_dialog",
                     "show_attachments"):
            self.act(f"meldcode: {name}", getattr(meldcode, name))

        self.act("leerling: anonieme casus", window.open_anonymise_dialog)
        self.act("leerling: inzage-export", window.open_inzage_dialog)
        self.act("leerling: overdrachtsdossier", window.open_transfer_dialog)
        self.act("leerling: incidenten", c.incidents)
        self.act("leerling: incidenten van deze leerling", window.open_pupil_incidents)
        self.act("leerling: medewerker", c.staff_abuse)
        for name in ("manage_pupils", "import_pupils", "settings", "social_map",
                     "yearly_account", "retention", "change_passphrase", "hand_over",
                     "verify", "restore"):
            self.act(f"beheer: {name}", getattr(c, name))
        if self.round % 3 == 0:
            self.act("beheer: backup", c.backup)
        self.act("vergrendelen", c.lock)
        self.act("ontgrendelen", c.unlock)
        if c.session is None:
            raise SystemExit("soak: unlocking failed, cannot go on")

    def finish(self) -> None:
        from PySide6.QtWidgets import QApplication
        from shiboken6 import Shiboken

        self.poller.stop()
        self.controller.shutdown()
        window = self.controller.window
        window.close()
        Shiboken.delete(window)
        QApplication.processEvents()


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    faulthandler.enable()
    gc.set_threshold(args.gc_threshold, 1, 1)
    workdir = Path(tempfile.mkdtemp(prefix="zorgdesk-soak-"))
    os.environ["ZORGDESK_HOME"] = str(workdir / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from zorgdesk.services.demo.school import DEMO_PASSPHRASE, create_demo_vault
    from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS

    app = QApplication.instance() or QApplication(["zorgdesk-soak"])
    vault_path = workdir / "demo.zdv"
    create_demo_vault(vault_path, kdf=FAST_KDF_FOR_TESTS).close()
    started = time.monotonic()
    soak = Soak(workdir, vault_path, DEMO_PASSPHRASE)
    soak.start()
    while (time.monotonic() - started < args.duration or soak.round < args.min_rounds):
        soak.one_round()
        if not args.json:
            print(f"round {soak.round}: {sum(soak.opened.values())} dialogs, "
                  f"{len(soak.errors)} errors, {time.monotonic() - started:.0f} s", flush=True)
    soak.finish()
    figures = {
        "platform": app.platformName(), "gc_threshold": gc.get_threshold(),
        "seconds": round(time.monotonic() - started, 1), "rounds": soak.round,
        "dialogs_opened": sum(soak.opened.values()), "actions": sum(soak.actions.values()),
        "crashes": 0, "errors": soak.errors,
        "actions_without_dialog": sorted(
            set(soak.actions) - soak.with_dialog - {"tab", "vergrendelen"}),
        "dialogs_by_class": dict(sorted(soak.opened.items())),
    }
    print(json.dumps(figures, ensure_ascii=False) if args.json
          else json.dumps(figures, ensure_ascii=False, indent=2), flush=True)
    shutil.rmtree(workdir, ignore_errors=True)
    return 1 if soak.errors else 0


if __name__ == "__main__":
    sys.exit(main())
