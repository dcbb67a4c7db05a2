"""The test helper ``type_text`` types what QTest.keyClicks cannot (it aborts on "ë")."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QListWidget, QPlainTextEdit

from tests.ui.keyboard import type_text

DUTCH = "Zoë's café — ĳsje, één 🧦 ok"


def test_every_character_arrives_as_typed(qtbot):
    line, text = QLineEdit(), QPlainTextEdit()
    for widget in (line, text):
        qtbot.addWidget(widget)
        widget.show()
    seen: list[str] = []
    line.textEdited.connect(seen.append)  # only typing emits it, never setText
    type_text(line, DUTCH)
    type_text(text, f"{DUTCH}\nregel 2")
    assert line.text() == DUTCH and seen[-1] == DUTCH and len(seen) == len(DUTCH)
    assert text.toPlainText() == f"{DUTCH}\nregel 2"


def test_type_ahead_finds_a_name_with_a_diaeresis(qtbot):
    names = QListWidget()
    qtbot.addWidget(names)
    names.addItems(["Zoe Bakker", "Zoë van der Berg", "Zwaan"])
    names.show()
    names.setFocus()
    type_text(names, "Zoë")
    assert names.currentItem().text() == "Zoë van der Berg"
