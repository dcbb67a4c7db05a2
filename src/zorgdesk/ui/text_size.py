"""Beheer › Tekstgrootte: the whole application's text in one of three sizes.

An IB with poor eyesight had no way to make ZorgDesk's text larger but her operating
system's scaling (walk s37). Qt passes the application font on to every window and
every widget that has not set a size of its own, open ones too, and each window's
layout follows; windows opened later size themselves for it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from zorgdesk.services.display import NORMAL, TEXT_SIZES

# Shown in the menu, in TEXT_SIZES's order; each its own Alt letter in the submenu.
LABELS = {NORMAL: "&Normaal", "groot": "&Groot", "extra_groot": "&Extra groot"}
_BASE = "zorgdesk_normal_point_size"


def apply_text_size(app: QApplication, name: str) -> None:
    """The application font at ``name``'s factor of the size it had before the first
    change (the laptop's own), so choosing again never compounds."""
    base = app.property(_BASE)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE, base)
    font = app.font()
    font.setPointSizeF(float(base) * TEXT_SIZES.get(name, 1.0))
    app.setFont(font)
    # With an application style sheet (the text areas' focus frame) Qt gives open widgets
    # the font the sheet polished them with and they kept the old size (seen in X, walk
    # s37 h03): polishing them again with the same sheet gives every one the new size.
    sheet = app.styleSheet()
    if sheet:
        app.setStyleSheet("")
        app.setStyleSheet(sheet)
