"""A text field that underlines objectivity hints while typing, like a spell checker.

Hints come from zorgdesk.domain.logbook.objectivity (word lists in resources/). They never
block saving: they are wavy underlines with a tooltip, plus a short line of text
below the field so keyboard and screen-reader users get the same advice.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolTip, QVBoxLayout, QWidget

from zorgdesk.domain.logbook.objectivity import Hint, HintKind, find_hints
from zorgdesk.domain.resource_files import ResourceFileError

_COLOURS = {
    HintKind.DIAGNOSIS: QColor("#B00020"),
    HintKind.INTERPRETATION: QColor("#C05800"),
    HintKind.VAGUE_FREQUENCY: QColor("#1F4E79"),
    HintKind.PUPIL_NAME: QColor("#7A1FA2"),
}


def _hints(text: str, names: Sequence[str], kinds: frozenset[HintKind]) -> list[Hint]:
    try:
        return [h for h in find_hints(text, tuple(names)) if h.kind in kinds]
    except ResourceFileError:
        return []  # tips are advice: a broken word list must not stop the typing


def wordlist_problem() -> str:
    """Dutch explanation when the word lists cannot be read, else ""."""
    try:
        find_hints("")
    except ResourceFileError as error:
        return f"Tips zijn niet beschikbaar. {error}"
    return ""


ALL_KINDS = frozenset(HintKind)
NAMES_ONLY = frozenset({HintKind.PUPIL_NAME, HintKind.DIAGNOSIS})


class HintHighlighter(QSyntaxHighlighter):
    def __init__(self, document, names: Sequence[str] = (),
                 kinds: frozenset[HintKind] = ALL_KINDS) -> None:
        super().__init__(document)
        self._names = tuple(names)
        self._kinds = kinds

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        for hint in _hints(text, self._names, self._kinds):
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(_COLOURS[hint.kind])
            fmt.setToolTip(hint.suggestion)
            self.setFormat(hint.start, hint.end - hint.start, fmt)


class HintTextEdit(QWidget):
    """QPlainTextEdit + live hints. ``hints()`` returns the current ones.

    ``names`` are the pupil names to flag, as a plain value: never a bound method of the
    dialog that holds this field (that cycle crashed the app, see ui/dialogs.py).
    """

    def __init__(self, accessible: str, names: Sequence[str] = (),
                 parent: QWidget | None = None, kinds: frozenset[HintKind] = ALL_KINDS,
                 min_height: int = 60) -> None:
        super().__init__(parent)
        self._names = tuple(names)
        self._kinds = kinds
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(accessible)
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self._min_height = min_height
        self.edit.setMinimumHeight(min_height)
        self.edit.setMaximumHeight(max(min_height * 2, 120))
        self.edit.viewport().installEventFilter(self)
        self.highlighter = HintHighlighter(self.edit.document(), self._names, kinds)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(f"{accessible}: tips")
        self.advice.setStyleSheet("color: #5a4a00;")
        self.advice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.advice)
        self.edit.textChanged.connect(self.refresh_advice)

    def setFocus(self) -> None:  # noqa: N802 - Qt API
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming like QLineEdit
        self.edit.setPlainText(text)
        # Typing goes on after the text (correcting: never in front of the recorded facts).
        self.edit.moveCursor(QTextCursor.MoveOperation.End)

    def hints(self) -> list[Hint]:
        return _hints(self.text(), self._names, self._kinds)

    def rehighlight(self) -> None:
        self.highlighter.rehighlight()
        self.refresh_advice()

    def refresh_advice(self) -> None:
        hints = self.hints()
        problem = "" if hints or not self.text().strip() else wordlist_problem()
        if problem:
            self._show_advice(problem)
        elif not hints:
            self._show_advice("")
        else:
            words = (", ".join(f"'{h.word}'" for h in hints[:4])
                     + (" …" if len(hints) > 4 else ""))
            self._show_advice(f"Tip bij {words}: {hints[0].suggestion}")

    def _show_advice(self, text: str) -> None:
        self.advice.setText(text)
        self.advice.setVisible(bool(text))
        self._fit_advice()

    def _fit_advice(self) -> None:
        """The tip takes its room from the text area, so the field keeps its height and
        the fields below do not jump while typing (never less than three lines to type
        in; the tip is always shown whole)."""
        if self.advice.isHidden():
            self.advice.setMinimumHeight(0)
            self.edit.setMinimumHeight(self._min_height)
        else:
            width = self.contentsRect().width()
            need = (self.advice.heightForWidth(width) if width > 0 else -1)
            need = need if need > 0 else self.advice.sizeHint().height()
            self.advice.setMinimumHeight(need)
            lines = self.edit.fontMetrics().lineSpacing() * 3 + 8
            spacing = self.layout().spacing()
            self.edit.setMinimumHeight(max(self._min_height - need - spacing, lines))
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As tall as the text area alone: a tip appearing does not ask for more."""
        hint = super().sizeHint()
        edit = self.edit
        alone = min(max(edit.sizeHint().height(), self._min_height), edit.maximumHeight())
        return QSize(hint.width(), max(alone, self.minimumSizeHint().height()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        """No: the wrapped tip would make the form ask for more height per width (and
        grow the field); ``_fit_advice`` makes room for it inside instead."""
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if not self.advice.isHidden():
            self._fit_advice()  # another width wraps the tip into other lines

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.edit.cursorForPosition(event.pos())
            pos = cursor.position()
            for hint in self.hints():
                if hint.start <= pos <= hint.end:
                    QToolTip.showText(event.globalPos(), hint.suggestion, self.edit)
                    return True
            QToolTip.hideText()
            return True
        return super().eventFilter(obj, event)


def style_as_interpretation(widget: QWidget) -> None:
    """Visually set the interpretation field apart from the facts."""
    widget.setStyleSheet("QGroupBox { background: #FFF4D6; border: 1px solid #D9B44A;"
                         " border-radius: 4px; margin-top: 1.4em; padding: 6px; }"
                         "QGroupBox::title { subcontrol-origin: margin; left: 8px;"
                         " font-weight: bold; color: #5a4a00; }")
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
