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
