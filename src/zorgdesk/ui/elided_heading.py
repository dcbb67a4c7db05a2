"""A rich-text heading whose variable parts (a pupil's name, her siblings) end in '…'
when the heading would need more lines than it may have.

Names go up to 100 characters (first name, last name, four siblings): with a 12 pt font
the header above the tabs took ten lines and the 'Zorggesprekken van ...' heading three,
squeezing the tabs below to labels 4 px high (walk s32). The whole text is in the tooltip
and the accessible description; a short name is shown as before.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

ELLIPSIS = "…"


class ElidedHeading(QLabel):
    def __init__(self, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self._template = ""
        self._parts: tuple[str, ...] = ()
        self._lines: tuple[int, ...] = ()
        self._shown_for = -1

    def set_heading(self, template: str, *parts: str,
                    lines: tuple[int, ...] | None = None) -> None:
        """``template``: HTML with one ``{}`` per part; part i may take up to ``lines[i]``
        lines (default i + 1) together with the parts before it and the fixed text, the
        later parts left out. The parts are escaped here."""
        self._template, self._parts = template, parts
        self._lines = lines or tuple(range(1, len(parts) + 1))
        whole = _plain(template.format(*(escape(p) for p in parts)))
        self.setToolTip(whole)
        self.setAccessibleDescription(whole)
        self._shown_for = -1
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name): a fixed text
        self._template, self._parts = "", ()
        self.setToolTip("")
        self.setAccessibleDescription("")
        super().setText(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name; the width is the window's)
        hint = super().minimumSizeHint()
        if not self._parts:
            return hint
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 20),
                     hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self._parts:
            return
        width = self.contentsRect().width()
        if width <= 0 or width == self._shown_for:
            return
        self._shown_for = width
        parts = list(self._parts)
        for index in range(len(parts)):
            budget = self._lines_height(self._lines[index], width)
            later = [""] * (len(parts) - index - 1)
            parts[index] = self._longest(parts, index, later, budget, width)
        super().setText(self._html(parts))

    def _longest(self, parts: list[str], index: int, later: list[str], budget: float,
                 width: int) -> str:
        """The longest start of part ``index`` (all of it, or cut with '…') that keeps
        the heading within ``budget`` pixels of height."""
        text = parts[index]

        def fits(count: int) -> bool:
            cut = text if count >= len(text) else text[:count].rstrip() + ELLIPSIS
            return self._height([*parts[:index], cut, *later], width) <= budget

        if fits(len(text)):
            return text
        low, high = 1, len(text) - 1  # at least one letter and '…'
        while low < high:
            middle = (low + high + 1) // 2
            if fits(middle):
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + ELLIPSIS

    def _lines_height(self, lines: int, width: int) -> float:
        one = self._height(["x"] * len(self._parts), width)
        return one + (lines - 1) * self.fontMetrics().lineSpacing() + 1

    def _height(self, parts: list[str], width: int) -> float:
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(self._html(parts))
        document.setTextWidth(width)
        return document.size().height()

    def _html(self, parts: list[str]) -> str:
        return self._template.format(*(escape(p) for p in parts))


def literal(text: str) -> str:
    """Fixed text for a template: escaped, and its braces kept as braces."""
    return escape(text).replace("{", "{{").replace("}", "}}")


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())
