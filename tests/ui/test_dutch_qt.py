"""Qt's own texts in Dutch: standard buttons, text-field menus, the file dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from tests.ui.english import english_in, english_words
from zorgdesk.ui import messages
from zorgdesk.ui.translations import install_dutch, remove_dutch


@pytest.fixture
def dutch(qapp):
    assert install_dutch(qapp) is not None, "qtbase_nl.qm not found in TranslationsPath"
    yield qapp
    remove_dutch(qapp)


def test_the_english_check_finds_english():
    # Without the translation these are Qt's texts: the check must catch them.
    assert english_words("&Look in:") == {"look"}
    assert english_words("&Undo\tCtrl+Z") == {"undo"}
    assert english_words("Lege lijst &opslaan") == set()


def test_standard_buttons_are_dutch(qtbot, dutch):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes
                               | QDialogButtonBox.StandardButton.No
                               | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    texts = {b.text() for b in buttons.buttons()}
    assert {"&Ja", "&Nee", "Annuleren", "Opslaan", "Sluiten"} <= texts
    assert english_in(buttons) == []


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit])
def test_context_menu_of_text_fields_is_dutch(qtbot, dutch, kind):
    field = kind()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert "&Ongedaan maken" in texts and "P&lakken" in texts
    assert english_in(menu) == []
    menu.deleteLater()


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptSave,
                                  QFileDialog.AcceptMode.AcceptOpen])
def test_file_dialog_is_dutch(qtbot, dutch, tmp_path, mode):
    dialog = QFileDialog(None, "PDF opslaan", str(tmp_path), "PDF-bestanden (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    assert english_in(dialog) == []


def test_our_questions_name_their_action(qtbot, dutch, monkeypatch):
    seen = []

    def answer(box):
        seen.append(([b.text() for b in box.buttons()], box.defaultButton().text()))
        box.defaultButton().click()  # Enter takes the safe answer

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert messages.ask_choice(None, "Kopiëren naar klembord", "Doorgaan?", "&Kopiëren",
                        "&Niet kopiëren") is False
    assert seen == [(["&Kopiëren", "&Niet kopiëren"], "&Niet kopiëren")]


def test_run_gui_installs_dutch_before_the_first_widget(qapp, monkeypatch, tmp_path):
    import zorgdesk.ui.app as app_module

    remove_dutch(qapp)
    seen = []

    class Controller:
        def __init__(self, *_args, **_kwargs):
            seen.append(getattr(QApplication.instance(), "_zorgdesk_translator", None))

        def start(self):
            return False

        def shutdown(self):
            pass

    monkeypatch.setattr(app_module, "AppController", Controller)
    try:
        assert app_module.run_gui(tmp_path / "x.zdv") == 0
        assert seen and seen[0] is not None
    finally:
        remove_dutch(qapp)
