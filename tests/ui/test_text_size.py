"""Beheer › Tekstgrootte: three sizes of the whole application's text, remembered on
this laptop (walk s37: an IB with poor eyesight had no way to make the text larger but
her operating system's scaling). The largest is the 12 pt every window is tested to fit
1366x768 at 125 % with (test_screen_fit_large_font.py)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from zorgdesk.services import display
from zorgdesk.ui.app import AppController


@pytest.fixture
def normal_font():
    """The application font as it was, back after the test (the app is shared)."""
    app = QApplication.instance()
    before = app.font()
    yield before.pointSizeF()
    app.setFont(before)


def test_extra_groot_makes_every_text_a_third_larger_and_is_remembered(
        controller, normal_font, isolated_home, qtbot):
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    sizes = window.text_size_actions
    assert sizes[display.NORMAL].isChecked()
    sizes["extra_groot"].trigger()
    app = QApplication.instance()
    assert app.font().pointSizeF() == pytest.approx(normal_font * 4 / 3)
    # The open main window grows too (walk s37 h03: with the app's style sheet it kept
    # the old size), and a window opened now has the new size.
    assert window.search.font().pointSizeF() == pytest.approx(normal_font * 4 / 3)
    assert window.pupil_list.font().pointSizeF() == pytest.approx(normal_font * 4 / 3)
    label = QLabel("Ömer")
    qtbot.addWidget(label)
    assert label.font().pointSizeF() == pytest.approx(normal_font * 4 / 3)
    stored = json.loads((isolated_home / "data" / display.FILE_NAME).read_text("utf-8"))
    assert stored == {"tekstgrootte": "extra_groot"}
    sizes["groot"].trigger()  # never compounds: a factor of the laptop's own size
    assert app.font().pointSizeF() == pytest.approx(normal_font * 7 / 6)
    sizes[display.NORMAL].trigger()
    assert app.font().pointSizeF() == pytest.approx(normal_font)
    assert display.text_size() == display.NORMAL


def test_the_next_start_opens_in_the_remembered_size(
        qtbot, demo_path, normal_font, monkeypatch):
    from zorgdesk.ui import messages

    monkeypatch.setattr(messages, "_sink", [])
    display.remember_text_size("groot")
    ctl = AppController(demo_path)
    qtbot.addWidget(ctl.window)
    try:
        assert QApplication.instance().font().pointSizeF() == pytest.approx(
            normal_font * 7 / 6)
        assert ctl.window.text_size_actions["groot"].isChecked()
        # Works while locked: it is not an action on the vault's data.
        assert ctl.window.text_size_actions["groot"].isEnabled()
    finally:
        ctl.shutdown()


@pytest.mark.parametrize("content", [
    b"", b"{", b'{"tekstgrootte": "reuze"}', b"[]", b'"groot"', b"null",
    # review s37: an unhashable value crashed the start (TypeError), deep nesting too
    # (RecursionError); a binary file, a huge one.
    b'{"tekstgrootte": []}', b'{"tekstgrootte": {}}', b"[" * 100_000, b"\xff\xfe\x00",
    b'{"tekstgrootte": "groot"' + b" " * 100_000 + b"}",
])
def test_a_broken_or_unknown_choice_is_the_normal_size(isolated_home, content):
    path = isolated_home / "data" / display.FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert display.text_size() == display.NORMAL


def test_a_folder_in_its_place_is_the_normal_size_and_is_not_written_over(isolated_home):
    path = isolated_home / "data" / display.FILE_NAME
    path.mkdir(parents=True)
    assert display.text_size() == display.NORMAL
    display.remember_text_size("groot")  # best effort: no error, nothing broken
    assert path.is_dir()
    assert sorted(p.name for p in path.parent.iterdir()) == [display.FILE_NAME]
    with pytest.raises(ValueError):
        display.remember_text_size("reuze")
