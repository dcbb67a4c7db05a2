"""The extended check in the preview dialog: a real child process, never a blocked UI.

Fake children (tiny Python scripts) run everywhere, also in CI where deduce is absent;
the real deduce run is skipped when deduce or its prebuilt cache is missing.
"""

from __future__ import annotations

import os
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.conftest import TODAY
from zorgdesk.domain.anonymise.anonymiser import AnonymisedText, Replacement
from zorgdesk.domain.anonymise.detectors import Detection
from zorgdesk.domain.anonymise.extra_detections import add_detections
from zorgdesk.domain.text import fold
from zorgdesk.services.anonymise import deidentify
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.logbook.service import LogbookService
from zorgdesk.services.session import Session
from zorgdesk.ui.anonymise import dialog as anonymise_dialog
from zorgdesk.ui.anonymise.dialog import AnonymiseDialog

# Typed in lower case: the one kind of unknown name the default word-list detector
# cannot see (it relies on capitals), so only the extended check can add it.
# Lower case, and both words ordinary Dutch words: the default pipeline cannot know it.
UNKNOWN = "jet kwak"
SENTENCE = (f"Zoë vertelde dat {UNKNOWN}, de nieuwe vriendin van vader, haar vaak "
            "ophaalt. Zoë's jas was weer te klein.")

# Finds the unknown name the way deduce would report it: [start, end, kind] on stdout.
FINDER = f"""
import json, sys
text = sys.stdin.buffer.read().decode("utf-8")
start = text.find({UNKNOWN!r})
print(json.dumps([[start, start + {len(UNKNOWN)}, "naam"]] if start >= 0 else []))
"""
SLEEPER = """
import sys, time
sys.stdin.buffer.read()
time.sleep(60)
"""
# Writes the text to stderr (which must never reach the IB) and fails.
FAILER = """
import sys
sys.stderr.write(sys.stdin.buffer.read().decode("utf-8"))
sys.exit(3)
"""


def _script(tmp_path, body: str) -> list[str]:
    path = tmp_path / "child.py"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return [sys.executable, str(path)]


@pytest.fixture
def session(demo_vault, monkeypatch):
    # On the class: the dialog reads the summary in a worker, through a session of its own.
    monkeypatch.setattr(LogbookService, "entries_for_summary",
                        lambda _self, _pupil: [(TODAY.replace(day=2), SENTENCE, False)])
    return Session(demo_vault, FixedClock(TODAY))


def _dialog(qtbot, session, monkeypatch, available: bool) -> AnonymiseDialog:
    monkeypatch.setattr(anonymise_dialog, "deduce_available", lambda: available)
    zoe = next(p.id for p in session.basedata.pupils() if p.first_name == "Zoë")
    dlg = AnonymiseDialog(session, zoe, today=TODAY)
    qtbot.addWidget(dlg)
    return dlg


def test_disabled_with_dutch_explanation_when_deduce_is_absent(qtbot, session, monkeypatch):
    dlg = _dialog(qtbot, session, monkeypatch, available=False)
    assert dlg.deep_button.accessibleName() == "Uitgebreide controle"
    assert dlg.deep_button.text() == "&Uitgebreide controle"
    assert not dlg.deep_button.isEnabled()
    assert "ICT-contactpersoon" in dlg.deep_button.toolTip()
    # A plain sentence for the IB, no command line she cannot act on (those are in docs).
    note = dlg.deep_note.text()
    assert "ICT-contactpersoon" in note and not dlg.deep_note.isHidden()
    assert not any(word in note for word in ("pip", "python", "--build", "docs/"))
    assert not dlg.start_extended_check()
    assert "niet geïnstalleerd" in dlg.error.text()


def test_enabled_when_available(qtbot, session, monkeypatch):
    dlg = _dialog(qtbot, session, monkeypatch, available=True)
    assert dlg.deep_button.isEnabled() and dlg.deep_note.isHidden()
    assert dlg.busy.isHidden() and dlg.cancel_button.isHidden()


def test_hits_merge_as_undoable_and_keep_manual_edits(qtbot, session, monkeypatch, tmp_path):
    dlg = _dialog(qtbot, session, monkeypatch, available=True)
    dlg.deduce_command = _script(tmp_path, FINDER)
    assert UNKNOWN in dlg.result.text  # the default pipeline misses this one here
    at = dlg.result.text.index("te klein")
    dlg.select_output(at, at + len("te klein"))
    assert dlg.remove_selection()
    before = len(dlg.result.replacements)
    assert dlg.start_extended_check()
    with qtbot.waitSignal(dlg.runner.found, timeout=20_000):
        pass
    assert UNKNOWN not in dlg.result.text and dlg.preview.toPlainText() == dlg.result.text
    assert "[verwijderd]" in dlg.result.text  # the IB's own removal survived
    assert len(dlg.result.replacements) == before + 1
    assert "1 extra vervanging" in dlg.status.text()
    # The new hit is yellow and undoable, like any detector hit ...
    hit = next(i for i, r in enumerate(dlg.result.replacements) if r.original == UNKNOWN)
    start, _ = dlg.result.output_spans()[hit]
    dlg.select_output(start + 1, start + 1)
    assert dlg.undo_at_cursor() and UNKNOWN in dlg.result.text
    # ... while known names still cannot be put back.
    known = next(i for i, r in enumerate(dlg.result.replacements) if r.known)
    start, _ = dlg.result.output_spans()[known]
    dlg.select_output(start + 1, start + 1)
    assert not dlg.undo_at_cursor() and "kluis" in dlg.error.text()
    assert dlg.pdf_button.isEnabled() and dlg.refresh_button.isEnabled()


def test_ui_stays_responsive_and_esc_kills_the_child(qtbot, session, monkeypatch, tmp_path):
    dlg = _dialog(qtbot, session, monkeypatch, available=True)
    dlg.deduce_command = _script(tmp_path, SLEEPER)
    dlg.show()
    text_before = dlg.result.text
    assert dlg.start_extended_check()
    qtbot.waitUntil(lambda: dlg.runner.pid() > 0, timeout=5_000)
    pid = dlg.runner.pid()
    assert not dlg.busy.isHidden() and not dlg.cancel_button.isHidden()
    assert not dlg.pdf_button.isEnabled() and not dlg.refresh_button.isEnabled()
    # The event loop keeps running: a timer fires and the elapsed time moves on.
    fired = []
    QTimer.singleShot(50, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2_000)
    qtbot.waitUntil(lambda: "1 s" in dlg.busy_label.text(), timeout=5_000)
    assert dlg.runner.is_running()
    # Editing still works while the child runs.
    at = dlg.result.text.index("jas")
    dlg.select_output(at, at + 3)
    assert dlg.remove_selection()
    with qtbot.waitSignal(dlg.runner.cancelled, timeout=5_000):
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.isVisible()  # Esc stopped the check, not the dialog
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert "geannuleerd" in dlg.status.text()
    assert dlg.result.text != text_before and "[verwijderd]" in dlg.result.text
    assert dlg.busy.isHidden() and dlg.pdf_button.isEnabled()


def test_cancel_button_and_closing_kill_the_child(qtbot, session, monkeypatch, tmp_path):
    dlg = _dialog(qtbot, session, monkeypatch, available=True)
    dlg.deduce_command = _script(tmp_path, SLEEPER)
    dlg.start_extended_check()
    qtbot.waitUntil(lambda: dlg.runner.pid() > 0, timeout=5_000)
    with qtbot.waitSignal(dlg.runner.cancelled, timeout=5_000):
        qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    dlg.start_extended_check()
    qtbot.waitUntil(lambda: dlg.runner.pid() > 0, timeout=5_000)
    pid = dlg.runner.pid()
    with qtbot.waitSignal(dlg.runner.cancelled, timeout=5_000):
        dlg.reject()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_failing_child_gives_dutch_message_and_keeps_the_preview(qtbot, session, monkeypatch,
                                                                 tmp_path, capfd):
    dlg = _dialog(qtbot, session, monkeypatch, available=True)
    dlg.deduce_command = _script(tmp_path, FAILER)
    at = dlg.result.text.index("jas")
    dlg.select_output(at, at + 3)
    dlg.remove_selection()
    kept = dlg.result
    with qtbot.waitSignal(_started(dlg), timeout=20_000):
        pass
    assert dlg.error.text() == deidentify.CHILD_FAILED
    assert dlg.result is kept and dlg.preview.toPlainText() == kept.text
    assert "zoe" not in fold(dlg.error.text()) and UNKNOWN not in dlg.error.text()
    # The child wrote the whole text to its stderr: none of it reached ours.
    captured = capfd.readouterr()
    assert UNKNOWN not in captured.err + captured.out and "Zoë" not in captured.err


def _started(dlg):
    dlg.start_extended_check()
    return dlg.runner.failed


def test_garbage_output_and_missing_program_are_errors_too(qtbot, session, monkeypatch,
                                                           tmp_path):
    dlg = _dialog(qtbot, session, monkeypatch, available=True)
    dlg.deduce_command = _script(tmp_path, "print('geen json')")
    with qtbot.waitSignal(_started(dlg), timeout=20_000) as blocker:
        pass
    assert blocker.args == [deidentify.CHILD_FAILED]
    dlg.deduce_command = [str(tmp_path / "bestaat-niet")]
    with qtbot.waitSignal(_started(dlg), timeout=20_000) as blocker:
        pass
    assert blocker.args == [deidentify.CHILD_NOT_STARTED]
    assert dlg.deep_button.isEnabled() and dlg.busy.isHidden()


def test_parse_output_rejects_what_we_did_not_ask_for():
    text = "abc def"
    assert deidentify.parse_output(b"[[0, 3, \"naam\"], [5, 99, \"naam\"]]", text) == [
        Detection(0, 3, "naam")]
    for raw in (b"{}", b"[[0, \"x\", \"naam\"]]", b"\xff", b"[[0, 1]]"):
        with pytest.raises(ValueError):
            deidentify.parse_output(raw, text)


def test_add_detections_adds_only_what_lies_outside_known_names():
    original = "Oom Kees Jansen belde. Klasgenoot Sem, zei ze."
    known = [Replacement(9, 15, "Jansen", "[oom]", "oom", True),
             Replacement(34, 37, "Sem", "[medeleerling]", "medeleerling", True)]
    base = AnonymisedText("Oom Kees [oom] belde. Klasgenoot [medeleerling], zei ze.", known,
                          original)
    merged, added = add_detections(base, [Detection(4, 15, "naam"), Detection(23, 38, "naam"),
                                          Detection(36, 38, "naam")])
    # The known names keep their role tag and stay final; the rest is its own undoable hit.
    assert merged.text == "Oom [naam] [oom] belde. [naam] [medeleerling], zei ze."
    assert added == 2
    assert [(r.original, r.known) for r in merged.replacements] == [
        ("Kees", False), ("Jansen", True), ("Klasgenoot", False), ("Sem", True)]
    same, added = add_detections(merged, [Detection(9, 15, "naam"), Detection(0, 46, "x")])
    # Only the gaps with a word in them, trimmed: "Oom", "belde", "zei ze".
    assert added == 3
    assert same.text == "[naam] [naam] [oom] [naam]. [naam] [medeleerling], [naam]."
    assert all(r.known for r in same.replacements if r.original in ("Jansen", "Sem"))


@pytest.mark.skipif(not deidentify.deduce_available(), reason="deduce + cache not installed")
def test_real_deduce_child_finds_the_unknown_name(qtbot, session):
    zoe = next(p.id for p in session.basedata.pupils() if p.first_name == "Zoë")
    dlg = AnonymiseDialog(session, zoe, today=TODAY)
    qtbot.addWidget(dlg)
    assert dlg.deep_button.isEnabled()
    with qtbot.waitSignal(_found(dlg), timeout=120_000):
        pass
    assert "Smulders" not in dlg.result.text
    assert "zoe" not in fold(dlg.result.text)
    assert "extra vervanging" in dlg.status.text()


def _found(dlg):
    dlg.start_extended_check()
    return dlg.runner.found
