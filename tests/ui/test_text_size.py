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


def _shown_size(font, view) -> float:
    """The point size a font given to an item is drawn in (Qt resolves it against the
    view's font, as the item delegate does)."""
    return font.resolve(view.font()).pointSizeF()


def test_the_bold_group_titles_of_an_open_signalenlijst_follow(
        controller, choose_dossier, normal_font, qtbot):
    """Review s37 W2 / walk s38: in a Signalenlijst open while the size changed, the bold
    group titles ('Lichamelijk welzijn') kept the old size, the items under them grew."""
    window = controller.window
    window.show()
    choose_dossier("Zoë van der Berg")
    window.tabs.setCurrentIndex(1)
    tree = window.tabs.currentWidget().fill.tree
    title = tree.topLevelItem(0)
    assert title.font(0).bold()
    window.text_size_actions["extra_groot"].trigger()
    qtbot.wait(1)
    assert tree.font().pointSizeF() == pytest.approx(normal_font * 4 / 3)
    assert _shown_size(title.font(0), tree) == pytest.approx(normal_font * 4 / 3)
    assert title.font(0).resolve(tree.font()).bold()


def test_an_open_vandaag_fits_its_columns_to_the_new_size(controller, normal_font, qtbot):
    """Walk s38 (X, 1366x768 at 125 %, shot e03): Vandaag stays open beside the main
    window (modeless); after Extra groot its columns kept the widths of the old size:
    '30-11-2026 · ove…', 'Daniëlle van Dijk (2 termijne…', 'Handtekening niet …'. Now
    they are as wide as in a Vandaag opened at the new size, and the bold 'over tijd'
    dates are drawn in the new size too."""
    from PySide6.QtCore import Qt

    from zorgdesk.ui.today.today_dialog import TodayDialog

    dialog = controller.window.open_today()
    qtbot.waitExposed(dialog)
    controller.window.text_size_actions["extra_groot"].trigger()
    qtbot.wait(1)
    fresh = TodayDialog(controller.session)
    qtbot.addWidget(fresh)
    fresh.resize(dialog.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    widths = [[view.list.columnWidth(c) for c in range(3)] for view in (dialog, fresh)]
    assert widths[0] == widths[1]
    model = dialog.list.model()
    overdue = next(model.index(row, 0) for row in range(model.rowCount())
                   if "over tijd" in model.index(row, 0).data())
    bold = overdue.data(Qt.ItemDataRole.FontRole)
    assert bold.resolve(dialog.list.font()).bold()
    assert _shown_size(bold, dialog.list) == pytest.approx(normal_font * 4 / 3)
    dialog.close()
