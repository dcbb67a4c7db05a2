"""Issue 14 guard: every dialog of ui/ closes without leaving live Qt wrappers to the GC.

The dialog classes are found by walking the zorgdesk.ui package, so a new dialog fails
``test_every_dialog_class_has_a_factory`` until it gets a factory below (and then the
probes run on it too).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import Shiboken

import zorgdesk.ui
from tests.attachments import files
from tests.conftest import TODAY
from tests.ui.qt_garbage import assert_no_live_qt_garbage
from zorgdesk.domain.attachments.records import RecordKind
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.ui.dialogs import release, run_modal


def _dialog_classes() -> dict[str, type[QDialog]]:
    found = {}
    for info in pkgutil.walk_packages(zorgdesk.ui.__path__, "zorgdesk.ui."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if (inspect.isclass(obj) and issubclass(obj, QDialog)
                    and obj.__module__ == module.__name__ and not name.startswith("_")):
                found[name] = obj
    return found


DIALOGS = _dialog_classes()


def _finished(form):
    """The shared small form as its subclasses leave it: buttons laid out."""
    form.finish()
    return form


def _pupil(session, name):
    return next(p for p in session.basedata.pupils() if p.display_name == name)


def _entry_id(session, name="Zoë van der Berg") -> int:
    return session.logbook.chronology(_pupil(session, name).id)[0].entry_id


def _conversation_id(session, name="Zoë van der Berg") -> int:
    return session.conversations.for_pupil(_pupil(session, name).id)[0].id


def _open_request(session):
    zoe = _pupil(session, "Zoë van der Berg")
    return next(r for r in session.parents.correction_requests(zoe.id) if r.is_open)


def _incident_steps():
    from zorgdesk.ui.peer_incident import steps

    return steps


def _pdf(session) -> bytes:
    return session.logbook.dossier.pdf(_pupil(session, "Zoë van der Berg").id)


# name -> (session, parent, tmp_path) -> dialog; every argument as the app passes it.
FACTORIES = {
    "ActionPointsDialog": lambda s, p, t: DIALOGS["ActionPointsDialog"](
        s.action_points, p),
    "AnonymiseDialog": lambda s, p, t: DIALOGS["AnonymiseDialog"](
        s, _pupil(s, "Zoë van der Berg").id, p, today=TODAY),
    "RestoreDialog": lambda s, p, t: DIALOGS["RestoreDialog"](p, start_dir=t, drafts=s.drafts),
    "ConversationDialog": lambda s, p, t: DIALOGS["ConversationDialog"](
        s, _pupil(s, "Emre Çelik"), _conversation_id(s, "Emre Çelik"), parent=p),
    "EntryDialog": lambda s, p, t: DIALOGS["EntryDialog"](s, _pupil(s, "Zoë van der Berg"), p),
    "FlagDialog": lambda s, p, t: DIALOGS["FlagDialog"](
        s.signals, _pupil(s, "Zoë van der Berg").id, "Zoë van der Berg", s.user_name, p),
    "ImportDialog": lambda s, p, t: DIALOGS["ImportDialog"](s, p, start_dir=t),
    "LogbookLinksDialog": lambda s, p, t: DIALOGS["LogbookLinksDialog"](
        s.signals.logbook_titles(_pupil(s, "Zoë van der Berg").id), (2, 99999),
        "Zoë van der Berg", p),
    "InzageDialog": lambda s, p, t: DIALOGS["InzageDialog"](
        s, _pupil(s, "Zoë van der Berg").id, p),
    "HistoryDialog": lambda s, p, t: DIALOGS["HistoryDialog"](s, _entry_id(s), p),
    "ZienswijzeDialog": lambda s, p, t: DIALOGS["ZienswijzeDialog"](
        s, _pupil(s, "Zoë van der Berg").id, [_entry_id(s)], p),
    "CorrectionRequestDialog": lambda s, p, t: DIALOGS["CorrectionRequestDialog"](
        s, _pupil(s, "Zoë van der Berg").id, [_entry_id(s)], p),
    "AnswerRequestDialog": lambda s, p, t: DIALOGS["AnswerRequestDialog"](
        s, _open_request(s), p),
    "RequestChoiceDialog": lambda s, p, t: DIALOGS["RequestChoiceDialog"](
        s.parents.correction_requests(_pupil(s, "Zoë van der Berg").id),
        "Welk verzoek beantwoordt u?", "Kies het verzoek.", p),
    "SharingDialog": lambda s, p, t: DIALOGS["SharingDialog"](
        s, _pupil(s, "Zoë van der Berg").id, "Dossier", parent=p),
    "ManageDialog": lambda s, p, t: DIALOGS["ManageDialog"](s, p),
    "MeldcodeOverviewDialog": lambda s, p, t: DIALOGS["MeldcodeOverviewDialog"](s.meldcode, p),
    "PdfPreviewDialog": lambda s, p, t: DIALOGS["PdfPreviewDialog"](
        "Dossier", _pdf(s), "dossier.pdf", p, on_exported=lambda how: None),
    "ProgressDialog": lambda s, p, t: DIALOGS["ProgressDialog"](s, _entry_id(s), p),
    "RetentionDialog": lambda s, p, t: DIALOGS["RetentionDialog"](s, p),
    "SchoolYearDialog": lambda s, p, t: DIALOGS["SchoolYearDialog"](s, p),
    "SocialMapDialog": lambda s, p, t: DIALOGS["SocialMapDialog"](s, p),
    "YearlyAccountDialog": lambda s, p, t: DIALOGS["YearlyAccountDialog"](
        s, p, chooser=lambda *_args: None),
    "SettingsDialog": lambda s, p, t: DIALOGS["SettingsDialog"](s, p, on_saved=lambda v: None),
    "SmallFormDialog": lambda s, p, t: _finished(DIALOGS["SmallFormDialog"]("Proef", p)),
    "HandOutDialog": lambda s, p, t: DIALOGS["HandOutDialog"](
        s.signing, _conversation_id(s, "Emre Çelik"), drafts=s.drafts, parent=p),
    "SignatureDialog": lambda s, p, t: DIALOGS["SignatureDialog"](
        s.signing, _conversation_id(s), drafts=s.drafts, parent=p),
    "AddendumDialog": lambda s, p, t: DIALOGS["AddendumDialog"](
        s.signing, _conversation_id(s), drafts=s.drafts, parent=p),
    "UnlockDialog": lambda s, p, t: DIALOGS["UnlockDialog"](t / "kluis.zdv", parent=p),
    "CreateVaultDialog": lambda s, p, t: DIALOGS["CreateVaultDialog"](
        t / "nieuw.zdv", parent=p),
    "ChangePassphraseDialog": lambda s, p, t: DIALOGS["ChangePassphraseDialog"](
        s, lambda: ("Vlinderboom",), p),
    "AttachmentsDialog": lambda s, p, t: DIALOGS["AttachmentsDialog"](
        s.attachments, _pupil(s, "Zoë van der Berg").id, RecordKind.LOGBOEK, _entry_id(s),
        "notitie", p),
    "ImageViewDialog": lambda s, p, t: DIALOGS["ImageViewDialog"]("foto.png", files.png(), p),
    "RemovalReasonDialog": lambda s, p, t: DIALOGS["RemovalReasonDialog"]("brief.pdf", p),
    "RecoveryKeyDialog": lambda s, p, t: DIALOGS["RecoveryKeyDialog"](
        "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ", _pdf(s), p),
    "TodayDialog": lambda s, p, t: DIALOGS["TodayDialog"](s, p),
    "TransferDialog": lambda s, p, t: DIALOGS["TransferDialog"](
        s, _pupil(s, "Emre Çelik").id, p),
    "HandoverDialog": lambda s, p, t: DIALOGS["HandoverDialog"](s, p),
    "AgreementEvaluationDialog": lambda s, p, t: DIALOGS["AgreementEvaluationDialog"](
        s, _entry_id(s), p),
    "IncidentsDialog": lambda s, p, t: DIALOGS["IncidentsDialog"](s, p),
    "PupilIncidentsDialog": lambda s, p, t: DIALOGS["PupilIncidentsDialog"](
        s, _pupil(s, "Sem Visser"), p),
    "StaffAbuseDialog": lambda s, p, t: DIALOGS["StaffAbuseDialog"](s, p),
    "StepDialog": lambda s, p, t: DIALOGS["StepDialog"](
        _incident_steps().STEPS[-1], lambda values: None, TODAY, parent=p),
}


@pytest.fixture
def session(demo_vault):
    s = Session(demo_vault, FixedClock(TODAY))
    return s


@pytest.fixture
def host(qtbot):
    """The parent a tab or the main window would be."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_every_dialog_class_has_a_factory():
    missing = sorted(set(DIALOGS) - set(FACTORIES))
    assert not missing, f"add these dialogs to FACTORIES in {Path(__file__).name}: {missing}"
    assert len(DIALOGS) >= 24  # the walk really found the dialogs


def _close_soon(dialog: QDialog) -> None:
    QTimer.singleShot(0, dialog.reject)


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_run_modal_leaves_no_live_wrapper_to_the_gc(name, session, host, tmp_path):
    """The app's way: run_modal deletes the dialog; the collector meets only dead wrappers."""
    def show_and_close():
        dialog = FACTORIES[name](session, host, tmp_path)
        _close_soon(dialog)
        run_modal(dialog)
        assert not Shiboken.isValid(dialog)

    assert_no_live_qt_garbage(show_and_close)


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_dialog_is_in_no_reference_cycle(name, session, host, tmp_path):
    """Even a bare exec() must not leave live wrappers to the collector: no dialog may be
    in a reference cycle through its widgets (rule 3 of ui/dialogs.py)."""
    def show_and_close_without_release():
        dialog = FACTORIES[name](session, host, tmp_path)
        _close_soon(dialog)
        dialog.exec()  # the one place a bare exec() is wanted: it is the probe

    assert_no_live_qt_garbage(show_and_close_without_release)


def test_no_bare_exec_in_ui():
    """Every modal dialog goes through run_modal (rule 1 of ui/dialogs.py)."""
    ui_root = Path(zorgdesk.ui.__file__).parent
    bare = []
    for path in sorted(ui_root.rglob("*.py")):
        if path.name == "dialogs.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            # app.exec() and an event loop's exec() (loop.exec()) are not dialogs.
            if re.search(r"\.exec\(\)", code) and not re.search(r"\b(app|loop)\.exec\(\)", code):
                bare.append(f"{path.relative_to(ui_root)}:{number}")
    assert not bare, f"use run_modal(dialog) from zorgdesk.ui.dialogs instead of exec(): {bare}"


def test_no_bare_open_in_ui():
    """Every window-modal dialog goes through open_dialog (rule 2 of ui/dialogs.py), so Qt
    deletes it, and the pupil data it shows, when it closes."""
    ui_root = Path(zorgdesk.ui.__file__).parent
    bare = []
    for path in sorted(ui_root.rglob("*.py")):
        if path.name == "dialogs.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\.open\(\)", line.split("#", 1)[0]):
                bare.append(f"{path.relative_to(ui_root)}:{number}")
    assert not bare, f"use open_dialog(dialog) from zorgdesk.ui.dialogs instead of open(): {bare}"


def _zoe_on_tab(controller, index: int):
    window = controller.window
    window.select_pupil(_pupil(controller.session, "Zoë van der Berg").id)
    window.tabs.setCurrentIndex(index)
    return window, window.tab_pages[index]


# The window-modal dialogs with pupil data, opened the way the app opens them.
OPENED = {
    "inzage-export": lambda c: _zoe_on_tab(c, 0)[0].open_inzage_dialog(),
    "anonieme casus": lambda c: _zoe_on_tab(c, 0)[0].open_anonymise_dialog(),
    "dossier afdrukken": lambda c: _zoe_on_tab(c, 0)[1].actions.print_dossier(),
    "vlaggensysteem": lambda c: _zoe_on_tab(c, 1)[1].new_flag_assessment(),
}


@pytest.mark.parametrize("what", sorted(OPENED))
def test_window_modal_dialog_is_deleted_when_it_closes(what, controller, qtbot):
    """Closed, the dialog is gone from Qt at once, not kept until the main window closes."""
    from PySide6.QtCore import QCoreApplication, QEvent

    dialog = OPENED[what](controller)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not Shiboken.isValid(dialog)
    assert not controller.window.findChildren(type(dialog))


def test_controller_and_its_app_wide_filter_are_in_no_reference_cycle(demo_path, monkeypatch,
                                                                     qtbot):
    """The controller and its IdleLocker (the app's event filter) go with their last
    reference, not at a random later collection: IdleLocker kept ``AppController.lock``,
    a cycle that left a live, installed filter to the collector (qt_garbage_probe)."""
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE
    from zorgdesk.ui import messages
    from zorgdesk.ui.app import AppController

    monkeypatch.setattr(messages, "_sink", [])

    def run_and_drop():
        controller = AppController(demo_path)
        controller._attach(Session.open(demo_path, DEMO_PASSPHRASE))
        controller.shutdown()

    assert_no_live_qt_garbage(run_and_drop)


def _recorded_parent(obj) -> str | None:
    """The parent shiboken's ownership bookkeeping records for ``obj`` (its address)."""
    line = next((line for line in Shiboken.dump(obj).splitlines()
                 if line.startswith("parent")), None)
    return line.rsplit(" at ", 1)[1].rstrip(">") if line else None


def _fieldless_dialog() -> QDialog:
    from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Deze stap heeft geen velden."))
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                      | QDialogButtonBox.StandardButton.Cancel))
    return dialog


def test_focus_first_field_leaves_a_parentless_dialog_to_python(qtbot):
    """A walk of the focus chain with nextInFocusChain() made PySide record the dialog as
    the child of its own last button: Qt-owned in shiboken's eyes and in a reference
    cycle, so the live dialog was left to the cyclic collector (the incident routes'
    'Vlaggensysteem' step, which has no fields; qt_garbage_probe)."""
    from zorgdesk.ui.widgets import focus_first_field

    dialog = _fieldless_dialog()
    focus_first_field(dialog)  # no field: the walk goes round the whole chain
    assert Shiboken.ownedByPython(dialog) and _recorded_parent(dialog) is None
    Shiboken.delete(dialog)

    def build_and_drop():
        focus_first_field(_fieldless_dialog())

    assert_no_live_qt_garbage(build_and_drop)


def test_focus_chain_keeps_every_widget_with_its_real_parent(qtbot, session, host):
    """Each step of a bare walk recorded the next widget as the child of the one before
    (a button as the child of a label): wrong ownership for every widget of the form."""
    from zorgdesk.ui.widgets import focus_chain

    dialog = FACTORIES["ConversationDialog"](session, host, None)
    chain = focus_chain(dialog)
    assert len(chain) > 20
    wrong = [type(w).__name__ for w in chain
             if _recorded_parent(w) != f"{id(w.parentWidget()):#x}"]
    assert not wrong, wrong
    release(dialog)


def test_no_bare_focus_chain_walk():
    """nextInFocusChain()/previousInFocusChain() only inside widgets.focus_chain: PySide
    re-records ownership on each step (see there)."""
    root = Path(zorgdesk.ui.__file__).parents[3]
    bare = [f"{path.relative_to(root)}:{number}"
            for folder in ("src", "tests", "benchmarks")
            for path in sorted((root / folder).rglob("*.py"))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if re.search(r"\.(next|previous)InFocusChain\(\)", line.split("#", 1)[0])
            and not (path.name == "widgets.py" and path.parent.name == "ui")]
    assert not bare, f"walk the focus chain with zorgdesk.ui.widgets.focus_chain: {bare}"


def test_no_widget_is_recorded_as_the_owner_of_the_application_screen(qtbot, session, host):
    """QWidget.screen() made the app's QScreen a shiboken child of the asking dialog; a
    dialog wrapper freed while its C++ lived then handed the QScreen to Python, which
    deleted it (gdb: gc -> shiboken -> QScreen::~QScreen), and the next dialog's
    constructor segfaulted in QWidget::screen(). Sizing a window asks statically."""
    from PySide6.QtGui import QGuiApplication

    dialog = FACTORIES["ConversationDialog"](session, host, None)
    assert _recorded_parent(QGuiApplication.primaryScreen()) is None
    release(dialog)


def test_no_bare_screen_call():
    """QWidget.screen() only inside window_size.screen_of (see there)."""
    root = Path(zorgdesk.ui.__file__).parents[3]
    bare = [f"{path.relative_to(root)}:{number}"
            for folder in ("src", "tests", "benchmarks")
            for path in sorted((root / folder).rglob("*.py"))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if re.search(r"\.screen\(\)", line.split("#", 1)[0])
            and path.name not in ("window_size.py", Path(__file__).name)]
    assert not bare, f"find a window's screen with zorgdesk.ui.window_size.screen_of: {bare}"
