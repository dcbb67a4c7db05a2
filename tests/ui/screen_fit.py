"""Checks that a window fits a school laptop and that nothing in it is cut off.

A school laptop is 1366x768; at 125 % scaling that is 1093x614 logical pixels. The
taskbar (about 40) and a window's title bar (about 31) leave WORK_AREA for the inside
of a window. A window that fits WORK_AREA at 125 % also fits at 100 %.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from shiboken6 import Shiboken

SCREEN_125 = QSize(1093, 614)
WORK_AREA = QSize(1093, 614 - 40 - 31)
# 1920x1080 at 150 % (the Windows default on a 15" laptop): 1280x720 logical. Wider and
# taller than SCREEN_125; tests/ui/test_screen_fit_large_font.py walks it with a larger
# font, the other thing that differs on such laptops.
SCREEN_150 = QSize(1280, 720)
WORK_AREA_150 = QSize(1280, 720 - 40 - 31)

_MNEMONIC = re.compile(r"&([^&\s])")


def _size(size: QSize) -> str:
    return f"{size.width()}x{size.height()}"


def place_in_work_area(window: QWidget, area: QSize = WORK_AREA) -> None:
    """Size a window as it would open on that screen (``area``: its work area).

    The main window is shown maximised (the whole work area). A dialog keeps the size
    its code gave it; without one, Qt gives it its size hint, at most two thirds of
    the screen, and never less than its minimum.
    """
    screen = area + QSize(0, 40 + 31)
    if isinstance(window, QMainWindow):
        target = area
    elif window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        target = window.size()
    else:
        target = window.sizeHint().boundedTo(QSize(screen.width() * 2 // 3,
                                                   screen.height() * 2 // 3))
    window.resize(target.expandedTo(window.minimumSizeHint()).expandedTo(window.minimumSize()))
    window.show()
    QApplication.processEvents()
    # A second pass: word-wrapped labels change their height once they have a width.
    QApplication.processEvents()


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    """True for a widget inside the scrolled part of a scroll area (reachable by scrolling)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not root:
        if isinstance(parent, QAbstractScrollArea) and child is parent.viewport():
            return True
        child, parent = parent, parent.parentWidget()
    return False


def _visible_children(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.isVisibleTo(root) and w.window() is root]


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _cut_off(widget: QWidget) -> str | None:
    """Why a widget's text cannot be read in full at its current size, or None."""
    width, height = widget.width(), widget.height()
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(width)
            if needed > height + 1:
                return f"tekst afgekapt (hoogte {height} < {needed})"
            return None
        hint = widget.minimumSizeHint()
        if hint.width() > width + 1 or hint.height() > height + 1:
            return f"tekst afgekapt ({width}x{height} < {_size(hint)})"
        return None
    if isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
        hint = widget.minimumSizeHint()
        if widget.text() and (hint.width() > width + 1 or hint.height() > height + 1):
            return f"knop afgekapt ({width}x{height} < {_size(hint)})"
        return None
    if isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox) and not isinstance(
            widget.parentWidget(), QComboBox | QAbstractSpinBox):  # their own inner edit
        hint = widget.minimumSizeHint()
        if hint.height() > height + 1:
            return f"veld platgedrukt (hoogte {height} < {hint.height()})"
        if isinstance(widget, QComboBox) and not widget.isEditable() and \
                _combo_text_cut(widget):
            return f"keuze afgekapt ('{widget.currentText()}')"
        return None
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            needed = widget.fontMetrics().horizontalAdvance(_plain(widget.tabText(index)))
            if widget.tabRect(index).width() < needed:
                return f"tabblad '{_plain(widget.tabText(index))}' afgekapt"
            if not widget.rect().contains(widget.tabRect(index)):
                return f"tabblad '{_plain(widget.tabText(index))}' buiten beeld"
    return None


def _combo_text_cut(combo: QComboBox) -> bool:
    """Qt cuts a combo's choice off mid-letter; an eliding one ends it with '…' (walk
    s32: 'Huiselijk geweld of kindermishandeling (algem' at 11 pt)."""
    shown = getattr(combo, "shown_text", None)
    if shown is not None:
        return False
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) > field.width() - icon


def _describe(widget: QWidget) -> str:
    name = widget.accessibleName()
    text = getattr(widget, "text", None)
    if not name and callable(text):
        try:
            name = _plain(str(text()))[:40]
        except TypeError:
            name = ""
    return f"{type(widget).__name__}({name!r})"


def fit_problems(window: QWidget, where: str, area: QSize = WORK_AREA) -> list[str]:
    """Everything that does not fit the work area (``area``) or is cut off, in words."""
    problems = []
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    if minimum.width() > area.width() or minimum.height() > area.height():
        problems.append(f"{where}: minimaal {_size(minimum)}, scherm {_size(area)}")
    if window.width() > area.width() or window.height() > area.height():
        problems.append(f"{where}: venster {_size(window.size())} groter dan "
                        f"{_size(area)}")
    frame = window.rect()
    for widget in _visible_children(window):
        if widget.width() <= 0 or widget.height() <= 0 or _in_scroll_area(widget, window):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not frame.contains(rect):
            problems.append(f"{where}: {_describe(widget)} valt buiten het venster "
                            f"({rect.x()},{rect.y()} {_size(rect.size())})")
            continue
        reason = _cut_off(widget)
        if reason:
            problems.append(f"{where}: {_describe(widget)} {reason}")
    return problems


def sideways_lists(window: QWidget, where: str) -> list[str]:
    """A list of one column that scrolls sideways: its scroll bar takes a row of an
    already short list, and the end of every line is out of sight (walk s31: the
    logboek and signalenlijsten to discuss, with a larger font). Such a list elides its
    lines instead (the whole line in its tooltip). A scrolled form neither (walk s34: the
    zorggesprek's page 2 at 12 pt): its lines wrap."""
    return [f"{where}: {_describe(widget)} schuift opzij"
            for widget in _visible_children(window)
            if (isinstance(widget, QScrollArea) or isinstance(widget, QListView)
                and not isinstance(widget.parentWidget(), QComboBox))
            and widget.horizontalScrollBar().isVisible()]


# -- mnemonics ------------------------------------------------------------------------

def mnemonic_owners(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the texts that claim it, for everything the window shows now."""
    owners: dict[str, list[str]] = {}

    def claim(text: str) -> None:
        for letter in _MNEMONIC.findall(text.replace("&&", "")):
            owners.setdefault(letter.lower(), []).append(_plain(text))

    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            if action.isVisible():
                claim(action.text())
    for widget in [window, *_visible_children(window)]:
        if isinstance(widget, QLabel | QAbstractButton) and widget.isVisibleTo(window) \
                and not isinstance(widget.parentWidget(), QTabBar):
            claim(widget.text())
        elif isinstance(widget, QGroupBox):
            claim(widget.title())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    claim(widget.tabText(index))
    return owners


def mnemonic_clashes(window: QWidget, where: str) -> list[str]:
    return [f"{where}: Alt+{letter.upper()} voor {', '.join(texts)}"
            for letter, texts in sorted(mnemonic_owners(window).items()) if len(texts) > 1]


# -- Ctrl shortcuts ----------------------------------------------------------------------

def _live(widget: QWidget, window: QWidget) -> bool:
    """A widget whose window shortcuts fire now: shown and enabled in ``window``; a
    menu counts through the menu bar (or menu) it hangs in."""
    if isinstance(widget, QMenu):
        return any(_live(owner, window) for owner in widget.menuAction().associatedObjects()
                   if isinstance(owner, QWidget))
    return widget.window() is window and widget.isVisible() and widget.isEnabled()


def shortcut_owners(window: QWidget) -> dict[str, list[str]]:
    """Key sequence -> what it triggers now (actions and QShortcuts live in the window)."""
    owners: dict[str, list[str]] = {}

    def claim(keys: list[QKeySequence], what: str) -> None:
        for key in keys:
            if not key.isEmpty():
                owners.setdefault(key.toString(), []).append(what)

    for action in window.findChildren(QAction):
        if Shiboken.isValid(action) and action.isEnabled() and action.isVisible() and any(
                _live(w, window) for w in action.associatedObjects() if isinstance(w, QWidget)):
            claim(action.shortcuts(), _plain(action.text()) or "(actie)")
    for shortcut in window.findChildren(QShortcut):
        if not Shiboken.isValid(shortcut):
            continue
        parent = shortcut.parent()
        if shortcut.isEnabled() and isinstance(parent, QWidget) and _live(parent, window):
            claim(shortcut.keys(), f"sneltoets van {_describe(parent)}")
    return owners


def shortcut_clashes(window: QWidget, where: str) -> list[str]:
    """Two live actions on one key sequence: Qt calls it ambiguous and fires neither."""
    return [f"{where}: {keys} voor {', '.join(texts)}"
            for keys, texts in sorted(shortcut_owners(window).items()) if len(texts) > 1]


# -- keyboard traps ---------------------------------------------------------------------

_INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
           QAbstractItemView, QCheckBox, QRadioButton)


def _blind_stop(widget: QWidget) -> bool:
    """A plain scroll area that takes a Tab stop of its own while fields inside it take
    theirs: the IB presses Tab and sees no cursor anywhere (the walk of the answer form
    found it)."""
    if not isinstance(widget, QScrollArea):
        return False
    inner = widget.widget()
    return (inner is not None and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and any(isinstance(w, _INPUTS) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                    for w in inner.findChildren(QWidget)))


def keyboard_traps(window: QWidget, where: str) -> list[str]:
    """Tab must leave every editable multi-line field and every list (and never walk
    the rows of a list: that changes the selection the next action acts on), and never
    stop on a scroll area around fields."""
    problems = []
    for widget in _visible_children(window):
        if _blind_stop(widget):
            problems.append(f"{where}: Tab stopt op het schuifgebied om de velden "
                            f"({_describe(widget)}) zonder zichtbare cursor")
            continue
        if isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly() \
                and not widget.tabChangesFocus():
            problems.append(f"{where}: Tab blijft hangen in {_describe(widget)}")
        elif isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation() \
                and not isinstance(widget.parentWidget(), QComboBox):
            problems.append(f"{where}: Tab loopt door de rijen van {_describe(widget)}")
    return problems


def first_focus_problem(dialog: QWidget, where: str) -> str | None:
    """A dialog opens with the cursor in its first field (None when it does).

    Wrong: no focus, or focus on a dialog button (Opslaan: first keystrokes lost, Enter
    saves an empty form), a tab bar or a scroll area while the dialog has a field. A
    button that is itself the first control (e.g. "Bestand kiezen...") is right.
    """
    focus = dialog.focusWidget()
    if focus is None:
        return f"{where}: opent zonder focus"
    has_field = any(isinstance(w, _INPUTS) and w.isEnabled()
                    and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                    for w in _visible_children(dialog))
    wrong = (isinstance(focus.parentWidget(), QDialogButtonBox)
             or isinstance(focus, QTabBar | QAbstractScrollArea) and not isinstance(focus, _INPUTS))
    if has_field and wrong:
        return f"{where}: opent met de focus op {_describe(focus)} in plaats van het eerste veld"
    return None
