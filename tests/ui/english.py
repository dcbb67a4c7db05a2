"""Find English in what a user sees: labels, buttons, menus, tooltips, titles."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Common English UI words that are not also Dutch words (so "in", "is", "de" are out).
ENGLISH_WORDS = {
    "yes", "no", "cancel", "apply", "close", "save", "open", "undo",
    "redo", "cut", "copy", "paste", "delete", "select", "all", "file", "files", "name",
    "look", "type", "folder", "directory", "back", "forward", "parent", "view", "detail",
    "list", "new", "create", "the", "and", "or", "of", "to", "is", "are", "please",
    "error", "warning", "help", "about", "settings", "search", "print", "preview",
    "next", "previous", "finish", "continue", "retry", "ignore", "abort", "discard",
    "reset", "restore", "defaults", "show", "hide", "details", "size", "date", "modified",
    "sidebar", "places", "bookmarks", "clear", "choose", "recent",
    "seed", "seeds",  # the project's word for its source texts (walk s30)
}
# Words above that are also ordinary Dutch ("is", "open", "of" = or, "Help" menu, "print").
ALSO_DUTCH = {"is", "open", "details", "type", "detail", "of", "help", "print"}
ENGLISH = ENGLISH_WORDS - ALSO_DUTCH

# Hyphenated compounds stay one word: "back-up" is Dutch, "back" alone is not.
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def english_words(text: str) -> set[str]:
    if text.startswith("/") or re.match(r"^[A-Za-z]:\\", text):
        return set()  # a folder path is the user's own, not our wording
    text = text.replace("&", "")
    text = re.sub(r"<[^>]+>", " ", text)  # rich text tags
    text = text.split("\t")[0]  # shortcut part of a menu text ("Ctrl+Z")
    return {word.lower() for word in _WORD.findall(text)} & ENGLISH


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hear in ``root`` and its children."""
    found: list[tuple[str, str]] = [("venstertitel", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        found.append((f"{kind} tooltip", widget.toolTip()))
        found.append((f"{kind} naam", widget.accessibleName()))
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            found.append((f"{kind} plaatshouder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(kind, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [(kind, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QMenu):
            found.append((kind, widget.title()))
        for action in QWidget.actions(widget):  # a dialog may name a field 'actions'
            found.append(("actie", action.text()))
            found.append(("actie tooltip", action.toolTip()))
            if action.menu() is not None:
                found += visible_texts(action.menu())
    return found


def english_in(root: QWidget) -> list[tuple[str, str, set[str]]]:
    return [(where, text, words) for where, text in visible_texts(root)
            if (words := english_words(text))]
