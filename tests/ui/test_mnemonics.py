"""Alt+letter must reach exactly one control per window (keyboard-only work)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.pupils.manage_dialog import PupilsPage
from zorgdesk.ui.vault.dialogs import ChangePassphraseDialog, CreateVaultDialog, UnlockDialog

_MNEMONIC = re.compile(r"&(\w)")


def _mnemonics(root: QWidget) -> Counter:
    found = Counter()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root.window():
            continue  # a dialog of this window is a window of its own (e.g. Vandaag)
        if isinstance(widget, QLabel | QAbstractButton) and widget.isVisibleTo(root):
            for letter in _MNEMONIC.findall(widget.text().replace("&&", "")):
                found[letter.lower()] += 1
    return found


def _assert_unique(root: QWidget) -> None:
    duplicates = {k: v for k, v in _mnemonics(root).items() if v > 1}
    assert not duplicates, duplicates


def test_vault_dialogs_have_unique_mnemonics(qtbot, demo_path):
    for dialog in (UnlockDialog(Path("x.zdv")), CreateVaultDialog(Path("x.zdv"))):
        qtbot.addWidget(dialog)
        _assert_unique(dialog)
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    dialog = ChangePassphraseDialog(session)
    qtbot.addWidget(dialog)
    _assert_unique(dialog)
    page = PupilsPage(session)
    qtbot.addWidget(page)
    _assert_unique(page)
    session.close()


def test_menu_mnemonics_are_unique_per_menu(qtbot):
    from zorgdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    bar = [a.text() for a in window.menuBar().actions()]
    assert len({_MNEMONIC.findall(t)[0].lower() for t in bar}) == len(bar)
    for menu_action in window.menuBar().actions():
        texts = [a.text() for a in menu_action.menu().actions() if a.text()]
        letters = [_MNEMONIC.findall(t)[0].lower() for t in texts]
        assert len(set(letters)) == len(letters), texts


def test_every_field_of_the_observation_form_has_its_own_alt_letter(qtbot, session):
    """Walk s31: 'Soort notitie' (where the IB chooses 'gesprek met het kind') and
    'Toelichting' had no Alt+letter; every caption of the form has one, new and when
    correcting (which adds 'Reden van de correctie')."""
    from PySide6.QtWidgets import QFormLayout

    from zorgdesk.ui.logbook.entry_form import EntryDialog

    zoe = session.basedata.pupils("Zoë")[0]
    entry_id = session.logbook.chronology(zoe.id)[0].entry_id
    current = session.logbook.history(entry_id).current.content
    for dialog in (EntryDialog(session, zoe),
                   EntryDialog(session, zoe, entry_id=entry_id, current=current)):
        qtbot.addWidget(dialog)
        form = dialog.form
        captions = [item.widget().text() for row in range(form.rowCount())
                    if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
                    and isinstance(item.widget(), QLabel) and item.widget().text()]
        assert "Soort &notitie:" in captions
        without = [text for text in captions if not _MNEMONIC.search(text.replace("&&", ""))]
        assert not without, without
        _assert_unique(dialog)


def _window_mnemonics(window) -> Counter:
    """Every Alt+letter of a main window: its menu bar's and those of the controls in
    sight (labels, buttons, group boxes, tab bars)."""
    from PySide6.QtWidgets import QGroupBox, QTabBar

    found = _mnemonics(window)
    texts = [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if (isinstance(widget, QGroupBox | QTabBar) and widget.window() is window
                and widget.isVisibleTo(window)):
            texts += ([widget.title()] if isinstance(widget, QGroupBox)
                      else [widget.tabText(i) for i in range(widget.count())])
    for text in texts:
        for letter in _MNEMONIC.findall(text.replace("&&", "")):
            found[letter.lower()] += 1
    return found


def test_every_alt_letter_of_the_main_window_is_its_own_with_each_tab_in_front(
        controller, choose_dossier, qtbot):
    """Walk s37/s38: Alt+letters are per window; in the main window the menu bar's
    (B&eheer, Leer&ling, ...) and those of the tab in front must not meet, for a dossier
    with and without a meldcode traject. (Vandaag is a window of its own: its Alt+E is
    its 'Exporteren', the main window's Beheer is not in it.)"""
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    for name in ("Zoë van der Berg", "Bram de Jong", "Ömer Aydın"):
        choose_dossier(name)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            duplicates = {k: v for k, v in _window_mnemonics(window).items() if v > 1}
            assert not duplicates, (name, window.tabs.tabText(index), duplicates)


def _menus(menu, path: str):
    yield path, menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menus(action.menu(), f"{path} > {action.text()}")


def test_every_item_of_every_menu_and_submenu_has_its_own_alt_letter(controller):
    """Leerling > Signalenlijst and Leerling > Meldcode had items without a letter (only
    arrows reached them); the tab's Alt+letters are its fields', so an item's letter only
    works inside its open menu."""
    bar = controller.window.menuBar()
    for top in bar.actions():
        for path, menu in _menus(top.menu(), top.text()):
            texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
            letters = [(_MNEMONIC.findall(t.replace("&&", "")) or [None])[0] for t in texts]
            assert None not in letters, (path, texts)
            assert len({x.lower() for x in letters}) == len(letters), (path, texts)
