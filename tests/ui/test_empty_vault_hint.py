"""A new vault says where the pupils come from.

Walk s36 (walk3 a05): after the first start the IB saw an empty pupil list, '0
leerlingen' and 'Kies links een leerling.', and nothing said how to add one (Beheer >
Leerlingen beheren or Leerlingen importeren)."""

from __future__ import annotations

from zorgdesk.services.session import Session
from zorgdesk.ui.main_window import MainWindow


def test_no_pupils_at_all_names_the_way_to_add_them(qtbot, new_vault):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_session(Session(new_vault))
    text = window.count_label.text()
    assert "Leerlingen beheren" in text and "Ctrl+Shift+B" in text and "importeren" in text
    assert window.count_label.wordWrap()  # the column is narrow


def test_a_search_without_hits_is_just_a_count(qtbot, demo_vault):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_session(Session(demo_vault))
    assert window.count_label.text() == "30 leerlingen"
    window.search.setText("qqqq")
    assert window.count_label.text() == "0 leerlingen"
