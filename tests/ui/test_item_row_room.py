"""Every list, tree and table row leaves room for the marks on capitals, app-wide.

Walk s36/s37 (real X, DejaVu Sans 9 pt): the dots of a capital Ö (and the marks on É,
Â, Ü) stand 2 px above the font's ascent; an item view's row was exactly one font high
and cut them off. The pupil list got its own fix in s36 ('Ömer' read 'Omer'); the same
cut stayed in every other list ('Ouder van Ömer' in the zorggesprek's parents checklist,
the meldcode's history, Vandaag). One style gives every item row that room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
)

from zorgdesk.ui import item_rows
from zorgdesk.ui.item_rows import give_item_rows_room

CAPITALS = "ÖÉÜ"


def _needed(view) -> int:
    """A row's height for centred text whose capitals' marks are not cut."""
    metrics = QFontMetrics(view.font())
    overshoot = max(0, -metrics.boundingRect(CAPITALS).top() - metrics.ascent())
    return metrics.height() + 2 * overshoot


def _views():
    plain = QListWidget()
    plain.addItem("Ömer Aydın")
    checks = QListWidget()  # as the zorggesprek's Ouders/verzorgers checklist
    item = QListWidgetItem("Ouder van Ömer")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    checks.addItem(item)
    tree = QTreeWidget()
    tree.setHeaderLabels(["Leerling", "Wat"])
    QTreeWidgetItem(tree, ["Émile Ünal", "Évaluatie"])
    model_tree = QTreeView()
    model = QStandardItemModel(model_tree)
    model.appendRow([QStandardItem("Ömer"), QStandardItem("Überdracht")])
    model_tree.setModel(model)
    model_tree.setUniformRowHeights(True)  # as Vandaag
    return plain, checks, tree, model_tree


def test_every_item_view_row_is_high_enough_for_the_marks_on_capitals(qtbot):
    give_item_rows_room(QApplication.instance())
    for view in _views():
        qtbot.addWidget(view)
        view.show()
        first = view.model().index(0, 0)
        row = view.visualRect(first)
        assert row.height() >= _needed(view), (type(view).__name__, row.height())


def test_it_is_given_once_and_keeps_the_look(qtbot):
    app = QApplication.instance()
    give_item_rows_room(app)
    style = app.style()
    give_item_rows_room(app)
    assert app.style() is style
    [room] = item_rows._installed
    assert room.baseStyle().name().lower() == "fusion"  # the look stays Qt's own


def test_the_app_gives_every_row_the_room(controller):
    """ZorgDesk itself installs it (AppController, with the other app-wide looks)."""
    view = QListWidget()
    view.addItem("Ömer Aydın")
    controller.window.layout()  # the window exists; any view of the app gets the room
    view.show()
    try:
        assert view.visualRect(view.model().index(0, 0)).height() >= _needed(view)
    finally:
        view.close()
        view.deleteLater()
