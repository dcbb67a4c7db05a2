"""Small building blocks shared by the dialogs."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.resource_files import ResourceFileError
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.session import assess_passphrase
from zorgdesk.ui.window_size import give_back_room, make_room

ERROR_STYLE = "color: #a40000; font-weight: bold;"


def placeholder_width(edit: QLineEdit) -> int:
    """The width at which a line edit shows its whole placeholder (frame and margins
    included), as Qt measures the text inside it."""
    margins = edit.textMargins()
    return (edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + margins.left()
            + margins.right() + 2 * edit.style().pixelMetric(
                QStyle.PixelMetric.PM_DefaultFrameWidth) + 8)


def named_tabs(name: str) -> QTabWidget:
    """A tab widget whose tab bar (the control Tab reaches) has the name too: without it a
    screen reader announced an unnamed list of tabs (walk finding)."""
    tabs = QTabWidget()
    tabs.setAccessibleName(name)
    tabs.tabBar().setAccessibleName(name)
    return tabs


def add_row(form: QFormLayout, label: str, widget: QWidget, accessible: str) -> QLabel:
    """Label with mnemonic (&) as buddy, so Alt+letter focuses the field."""
    caption = QLabel(label)
    caption.setBuddy(widget)
    widget.setAccessibleName(accessible)
    form.addRow(caption, widget)
    return caption


def share_label_column(*forms: QFormLayout) -> None:
    """Forms stacked in one dialog start their fields in one column: every label gets
    the width of the widest label of them all (walk finding: two columns)."""
    labels = [item.widget() for form in forms for row in range(form.rowCount())
              if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
              and item.widget() is not None]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def add_folder_row(form: QFormLayout, folder: QLineEdit, browse: QPushButton) -> None:
    """The export folder field with its Bladeren button beside it; Alt+M focuses the field."""
    row = QHBoxLayout()
    row.addWidget(folder, 1)
    row.addWidget(browse)
    caption = QLabel("&Map:")
    caption.setBuddy(folder)
    folder.setAccessibleName("Map voor de bestanden")
    form.addRow(caption, row)


def action_button(text: str, accessible: str, slot) -> QPushButton:
    """A push button with a mnemonic text, an accessible name and its action."""
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.clicked.connect(slot)
    return button


def narrow_combo(combo: QComboBox, characters: int = 14) -> QComboBox:
    """A combo box whose width does not grow with its longest item (a 100-letter name
    would push the window off a laptop screen)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


_FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView,
           QCheckBox, QRadioButton)


def focus_chain(window: QWidget,
                until: Callable[[QWidget], bool] | None = None) -> list[QWidget]:
    """The widgets of ``window``'s focus chain (the order Tab follows), from the first;
    with ``until``, only up to the first widget for which it is true.

    Never walk the chain with a bare ``w.nextInFocusChain()`` loop: PySide records the
    widget it returns as a *child of w* in its ownership bookkeeping. A walk makes every
    widget the child of the one before it, and its last step, back to the window, makes a
    parentless dialog the child of its own last button: a reference cycle that leaves the
    live dialog to the cyclic garbage collector, with shiboken believing Qt owns it (the
    crash class of issue 14; tests/qt_garbage_probe.py found it, ui/dialogs.py has the
    rule). This walk stops at the chain's last widget instead of stepping back to the
    window, and then hands every widget it met back to its real parent.
    """
    last = window.previousInFocusChain()
    if last is window:
        return []
    chain = [window.nextInFocusChain()]
    seen = {id(chain[0])}
    while chain[-1] is not last and not (until is not None and until(chain[-1])):
        widget = chain[-1].nextInFocusChain()
        if widget is window or id(widget) in seen:  # not reached: Qt's chain is a ring
            break
        chain.append(widget)
        seen.add(id(widget))
    parents = {id(w.parentWidget()): w.parentWidget() for w in (*chain, last)}
    for parent in parents.values():
        if parent is not None:  # PySide records what findChildren returns as its children
            parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return chain


def focus_first_field(window: QWidget) -> None:
    """Put the cursor in the window's first field (in Tab order), so typing starts there.

    Without it Qt focuses the first focusable widget created, which in a dialog whose
    buttons are built first is *Opslaan*: the first keystrokes are lost.
    """
    def is_field(widget: QWidget) -> bool:
        return (isinstance(widget, _FIELDS) and widget.isVisibleTo(window)
                and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
                and not (isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly()))

    chain = focus_chain(window, until=is_field)
    if chain and is_field(chain[-1]):
        chain[-1].setFocus(Qt.FocusReason.TabFocusReason)


def focus_visibly(widget: QWidget) -> None:
    """Move the keyboard focus after a keyboard action (a save, a step recorded) so the
    IB still sees where it is. Qt's default reason clears the window's "keyboard in use"
    flag, and the style then draws no focus frame on buttons, combos and check boxes
    until the next Tab (walk s29: after Vastleggen the focus sat unseen on Stap
    afronden). The shortcut reason keeps the frame; a widget that already has the focus
    (Qt moved it there when the form it was in went away) gets the flag back directly,
    one whose window is not active yet when the focus arrives: after a question box the
    window gets the keyboard back a moment later (walk s36: no frame on 'Signalen')."""
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
    if widget.hasFocus():
        widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        widget.update()
    elif widget.window().focusWidget() is widget:
        # Qt clears the flag when the window becomes active: set it when the focus comes.
        widget.window().setProperty(_CUE_ON_RETURN, True)
        app = QApplication.instance()
        if not app.property(_CUE_ON_RETURN):
            app.setProperty(_CUE_ON_RETURN, True)
            app.focusChanged.connect(_cue_on_return)


_CUE_ON_RETURN = "zorgdesk_cue_focus_on_return"


def _cue_on_return(_old: QWidget | None, new: QWidget | None) -> None:
    window = new.window() if new is not None else None
    if window is not None and window.property(_CUE_ON_RETURN):
        window.setProperty(_CUE_ON_RETURN, False)
        window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        new.update()


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` (a confirmation beside a button it never reads:
    the keyboard has moved on). Polite: after what the new focus makes it say."""
    if text:
        _send_announcement(widget, text)


def _send_announcement(widget: QWidget, text: str) -> None:
    # Qt passes it on to UI Automation / AT-SPI; without a screen reader nothing happens.
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


_FOCUS_CUED = "zorgdesk_focus_cue_shown"


def show_focus_in_new_dialogs(app: QApplication) -> None:
    """Every dialog shows where the keyboard is from the moment it opens. Qt draws no
    focus frame on a button, combo box, check box or list until the first Tab (its
    "keyboard in use" flag starts off), so a dialog opened from the keyboard showed no
    cursor at all (walk s29). When a dialog first gets the focus the flag is set, as
    ``focus_visibly`` does after a save; a mouse click clears it again, as Qt does.
    Once per app; focusChanged costs nothing per event."""
    if app.property("zorgdesk_focus_cues"):
        return
    app.setProperty("zorgdesk_focus_cues", True)
    app.focusChanged.connect(_cue_new_dialog)


# The frame of a text area, as Fusion draws a line edit's: a thin grey line, and the
# highlight colour (the line edits' focus colour; Fusion's #308cc6 is 3.2:1 against
# the window's #efefef and 3.7:1 against a field's white, WCAG asks 3:1) two pixels
# wide while the keyboard is in it. The padding keeps the text where it is.
TEXT_AREA_FOCUS = """
QTextEdit, QPlainTextEdit { border: 1px solid palette(mid); padding: 1px; }
QTextEdit:focus, QPlainTextEdit:focus { border: 2px solid palette(highlight); padding: 0px; }
"""


def show_focus_on_text_areas(app: QApplication) -> None:
    """Multi-line text fields show the focus with a frame, as line edits do: they
    showed it only by the blinking caret (walk s31/s32). Once per app."""
    if TEXT_AREA_FOCUS not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + TEXT_AREA_FOCUS)


def _cue_new_dialog(_old: QWidget | None, new: QWidget | None) -> None:
    if new is None:
        return
    window = new.window()
    if not isinstance(window, QDialog) or window.property(_FOCUS_CUED):
        return
    window.setProperty(_FOCUS_CUED, True)
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    new.update()


def show_first_problem(message: QLabel, field: QWidget | None = None) -> None:
    """After a failed save of a long form: scroll the first problem (its field and its
    red message) into view and put the cursor in that field, so the IB sees what to fix
    even when it is the last field of the form (e.g. the reason of a correction)."""
    parent = message.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        # The message just appeared: let the form and the scroll area take its size
        # now, so the scroll range already includes it.
        for _ in range(2):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if field is not None:
            parent.ensureWidgetVisible(field)
        parent.ensureWidgetVisible(message)
    if field is not None and field.isEnabled():
        field.setFocus(Qt.FocusReason.OtherFocusReason)


ERROR_COLOUR = QColor("#a40000")


class WholeLabel(QLabel):
    """A word-wrapped label that keeps the height of all its lines: when the window is
    short of height, the lists and text boxes beside it scroll instead (with a 12 pt
    font the meldcode reminders were cut to half their lines, walk s32)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._hold_height()

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self._hold_height()

    def _hold_height(self) -> None:
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(max(needed, 0))


def error_label(accessible: str) -> QLabel:
    """Red bold text, hidden until a message comes. Palette and font rather than
    ERROR_STYLE: a style sheet per label made a form with 60 of them slow to open."""
    label = QLabel()
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
    label.setPalette(palette)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    label.hide()
    return label


def refusal_text(error: ValueError) -> str:
    """The Dutch text of a refused action: a ValidationError's messages (its ``str()``
    names only the fields), any other refusal's own sentence."""
    return error.message if isinstance(error, ValidationError) else str(error)


def show_error(label: QLabel, message: str) -> None:
    height_before = label.window().height()
    label.setText(message)
    label.setVisible(bool(message))
    if message:
        make_room(label, height_before)
    else:
        give_back_room(label)


def reports_broken_files(method):
    """Show a broken form/word list (ResourceFileError, Dutch) in ``self.error``.

    These files may be edited by a school; a mistake there must cost one action, with
    the file named, never the whole window.
    """
    # Qt passes signal values (clicked's bool, valueChanged's int) a plain method never
    # asked for; pass on only as many positional values as the method takes.
    positional = [p for p in inspect.signature(method).parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)][1:]

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args[:len(positional)], **kwargs)
        except ResourceFileError as error:
            show_error(self.error, str(error))
            return None
    return wrapper


# Room for a four-word passphrase (the tip under the fields) without scrolling.
LONG_PASSPHRASE_CHARACTERS = 40


def password_edit(accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    mask = chr(edit.style().styleHint(QStyle.StyleHint.SH_LineEdit_PasswordCharacter,
                                      None, edit))
    text = edit.fontMetrics().horizontalAdvance(mask * LONG_PASSPHRASE_CHARACTERS)
    edit.setMinimumWidth(text + 2 * edit.fontMetrics().averageCharWidth())
    return edit


class PassphraseFields(QWidget):
    """New passphrase twice, with a live strength indicator and the Dutch reasons."""

    def __init__(self, personal_words=lambda: (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._personal_words = personal_words
        self.first = password_edit("Nieuw wachtwoord")
        self.second = password_edit("Herhaal wachtwoord")
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setAccessibleName("Sterkte van het wachtwoord")
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName("Advies over het wachtwoord")
        # Its own rows: a dialog with rows above lines them up (share_label_column).
        self.form = form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, "&Wachtwoord:", self.first, "Nieuw wachtwoord")
        add_row(form, "He&rhaal wachtwoord:", self.second, "Herhaal wachtwoord")
        form.addRow("Sterkte:", self.meter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        hint = QLabel("Tip: vier losse, willekeurige woorden zijn sterk en goed te onthouden.")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.advice)
        self.first.textChanged.connect(self.refresh)
        self.second.textChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        text = self.first.text()
        verdict = assess_passphrase(text, list(self._personal_words()))
        self.meter.setValue(verdict.score if text else 0)
        self.meter.setFormat(verdict.label if text else "")
        advice = list(verdict.reasons) if text else []
        if self.second.text() and self.second.text() != text:
            advice.append("De twee wachtwoorden zijn niet gelijk.")
        self.advice.setText(" ".join(advice))
        if advice:
            make_room(self.advice)

    def problems(self) -> list[str]:
        """Why the passphrase cannot be used yet; empty when it can."""
        text = self.first.text()
        reasons = list(assess_passphrase(text, list(self._personal_words())).reasons)
        if text != self.second.text():
            reasons.append("De twee wachtwoorden zijn niet gelijk.")
        return reasons

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


def tell(widget: QWidget, message: str) -> None:
    """A short Dutch note in the status bar of the widget's window (if it has one).

    Also how every save says it worked ("... is opgeslagen."): a form that closes on
    Opslaan tells the window it was opened from (its parent), a window that stays open
    (Leerlingen beheren) its own status bar."""
    window = widget.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(message, 10_000)


class SearchArrows(QObject):
    """Down in a search field goes into its result list, as in every search box: to the
    list's current row, or else its first; Up on the first row goes back to the field.

    A child of the search field; it holds the list (a sibling), never their window."""

    def __init__(self, search: QLineEdit, view: QAbstractItemView) -> None:
        super().__init__(search)
        self._view = view
        search.installEventFilter(self)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or \
                event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        view = self._view
        if watched is self.parent() and event.key() == Qt.Key.Key_Down:
            model = view.model()
            if model is None or not model.rowCount():
                return False
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not view.currentIndex().isValid():  # an arrow chooses, as in the list
                view.setCurrentIndex(model.index(0, 0))
            view.scrollTo(view.currentIndex())
            return True
        if watched is view and event.key() == Qt.Key.Key_Up and \
                view.currentIndex().row() <= 0:
            self.parent().setFocus(Qt.FocusReason.OtherFocusReason)  # no select-all
            return True
        return False
