"""The list of possibly identifying descriptions under the preview (issue 16).

Shows each flag of ``domain.quasi_identifiers`` as the phrase and a Dutch reason; the
IB removes one with a click on the button, Enter or a double click. The panel only
reports which span was chosen (``remove_requested``); the dialog removes it.

Words that may be a (nick)name (``domain.anonymise.name_flags``) come first in the same
list: a name left in the text is the worse leak, and the IB sees word and reason at a
glance. Removing one asks the dialog to take out every occurrence of the word
(``remove_name_requested``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.anonymise.name_flags import RECORDED, NameFlag
from zorgdesk.domain.anonymise.quasi_identifiers import quasi_identifiers

MAX_ROWS = 5


class QuasiFlagPanel(QWidget):
    remove_requested = Signal(int, int)  # start, end in the preview text
    remove_name_requested = Signal(str)  # a flagged word: every occurrence goes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel("&Let op, mogelijk herkenbaar (u beslist):")
        self.list = QListWidget()
        self.list.setAccessibleName("Mogelijk herkenbare omschrijvingen")
        # A row longer than the list ends in '…' (whole in its tooltip): with a larger
        # font a sideways scroll bar hid the end of every row (walk s32).
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_rows()
        self.label.setBuddy(self.list)
        self.button = QPushButton("Gekozen &weghalen")
        self.button.setAccessibleName("Gekozen woord of omschrijving weghalen")
        self.button.clicked.connect(self.request_removal)
        self.list.itemActivated.connect(self.request_removal)
        self.spans: list[tuple[int, int]] = []   # the descriptions' rows, in order
        self.names: list[str] = []                # the possible names' rows, first
        # Of those, the ones the nickname question may name: a recorded nickname kept as
        # a word is one the IB cannot type (the vault knows it); she decides in the list.
        self.doubts: list[str] = []
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)

    def show_flags(self, result, flags: list | None = None) -> None:
        """Flags of ``result`` (an AnonymisedText, or None for none); ``flags``: its
        flags when already found (in a worker thread)."""
        self.list.clear()
        self.spans, self.names, self.doubts = [], [], []
        if result is not None and flags is None:
            flags = quasi_identifiers(result)
        flags = flags if result is not None else []
        for flag in [f for f in flags if isinstance(f, NameFlag)]:
            self._add_row(f"“{flag.word}” – {flag.reason}",
                          f"{flag.word}: {flag.reason}. Enter haalt het woord overal weg.")
            self.names.append(flag.word)
            if flag.reason != RECORDED:
                self.doubts.append(flag.word)
        for flag in [f for f in flags if not isinstance(f, NameFlag)]:
            phrase = result.text[flag.start:flag.end]
            self._add_row(f"“{phrase}” – {flag.reason}", f"{phrase}: {flag.reason}")
            self.spans.append((flag.start, flag.end))
        if self.list.count():
            self.list.setCurrentRow(0)
        self.button.setEnabled(bool(self.list.count()))
        self._fit_rows()

    def _add_row(self, shown: str, spoken: str) -> None:
        item = QListWidgetItem(shown)
        item.setToolTip(spoken)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        self.list.addItem(item)

    def _fit_rows(self) -> None:
        """As tall as its descriptions, one to five rows: an empty list of five rows took
        the height the preview above needs on a laptop."""
        rows = min(max(self.list.count(), 1), MAX_ROWS)
        row_height = self.list.sizeHintForRow(0) if self.list.count() else -1
        if row_height <= 0:
            row_height = self.list.fontMetrics().height() + 4
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 2)

    def show_pending(self) -> None:
        """The text changed: the old spans no longer fit, the new ones are on their way."""
        self.list.clear()
        self.spans, self.names, self.doubts = [], [], []
        item = QListWidgetItem("Wordt opnieuw bekeken…")
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)
        if self.button.hasFocus():
            self.list.setFocus()  # a disabled button would hand focus to the next control
        self.button.setEnabled(False)

    def request_removal(self, *_args) -> bool:
        row = self.list.currentRow()
        if 0 <= row < len(self.names):
            self.remove_name_requested.emit(self.names[row])
            return True
        row -= len(self.names)
        if not 0 <= row < len(self.spans):
            return False
        self.remove_requested.emit(*self.spans[row])
        return True
