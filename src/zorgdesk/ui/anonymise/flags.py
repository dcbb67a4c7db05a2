"""The list of possibly identifying descriptions under the preview (issue 16).

Shows each flag of ``domain.quasi_identifiers`` as the phrase and a Dutch reason; the
IB removes one with a click on the button, Enter or a double click. The panel only
reports which span was chosen (``remove_requested``); the dialog removes it.

Words that may be a (nick)name (``domain.anonymise.name_flags``) come first in the same
list: a name left in the text is the worse leak, and the IB sees word and reason at a
glance. Removing one asks the dialog to take out every occurrence of the word
(``remove_name_requested``).

Every flag is decided either way (stop 38): "Gekozen laten staan" (Alt+G, or Space in
the list) records that she read it and leaves it as written (``keep_requested``); the
row then starts with "Laten staan:" (and says so to a screen reader), and the same key
or button takes it back (a toggle button, pressed on a kept row). Space, not Delete: in
the preview Delete removes a selection, so a Delete pressed out of habit in the list
would decide a flag unseen; Space is the key that toggles a row in every checklist, and
its decision shows in the row at once. After a decision the cursor goes on to the next
undecided row. A removed flag leaves the list as before (its "[naam]" is in the text).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.anonymise.name_flags import NameFlag
from zorgdesk.domain.anonymise.preview_decisions import flag_key
from zorgdesk.domain.anonymise.quasi_identifiers import quasi_identifiers

MAX_ROWS = 5
KEPT_ROW = "Laten staan: "  # the start of a kept row: the decision before the elided end
KEYS = ("Beslis per regel: Enter haalt weg, spatie laat staan (nog eens spatie maakt "
        "dat ongedaan).")


class QuasiFlagPanel(QWidget):
    remove_requested = Signal(int, int)  # start, end in the preview text
    remove_name_requested = Signal(str)  # a flagged word: every occurrence goes
    keep_requested = Signal(str, int)  # a flag's words and start: kept, or taken back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel("&Let op, mogelijk herkenbaar (u beslist):")
        self.list = QListWidget()
        self.list.setAccessibleName("Mogelijk herkenbare omschrijvingen")
        self.list.setAccessibleDescription(KEYS)
        self.list.setToolTip(KEYS)
        # A row longer than the list ends in '…' (whole in its tooltip): with a larger
        # font a sideways scroll bar hid the end of every row (walk s32).
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_rows()
        self.label.setBuddy(self.list)
        self.button = QPushButton("Gekozen &weghalen")
        self.button.setAccessibleName("Gekozen woord of omschrijving weghalen")
        self.button.clicked.connect(self.request_removal)
        self.list.itemActivated.connect(self.request_removal)
        self.keep_button = QPushButton("&Gekozen laten staan")
        self.keep_button.setAccessibleName("Gekozen woord of omschrijving laten staan")
        self.keep_button.setToolTip("Gelezen en kan blijven staan. Nog eens kiezen (of "
                                    "spatie in de lijst) maakt het ongedaan.")
        self.keep_button.setCheckable(True)  # pressed on a kept row: pressing undoes
        self.keep_button.clicked.connect(self.request_keep)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.list, self.request_keep,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.list.currentRowChanged.connect(self._show_row_state)
        self.spans: list[tuple[int, int]] = []   # the descriptions' rows, in order
        self.names: list[str] = []                # the possible names' rows, first
        self.words: list[str] = []                # every row's word or phrase, in order
        self.starts: list[int] = []               # and where it starts in the text
        self.kept: frozenset[str] = frozenset()   # flag_key of the rows left as written
        self.pending = False  # the text changed; its flags are on their way
        # Side by side, at the top: one under the other they made a one-row list two
        # buttons tall and took a line from the preview at 125 % (test_anonymise_room).
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        for button in (self.button, self.keep_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)

    def show_flags(self, result, flags: list | None = None,
                   kept: frozenset[str] = frozenset()) -> None:
        """Flags of ``result`` (an AnonymisedText, or None for none); ``flags``: its
        flags when already found (in a worker thread); ``kept``: the ``flag_key`` of
        those the IB leaves as written. The cursor goes to the first undecided row."""
        self.list.clear()
        self.spans, self.names, self.words, self.starts = [], [], [], []
        self.pending = False
        if result is not None and flags is None:
            flags = quasi_identifiers(result)
        flags = flags if result is not None else []
        for flag in [f for f in flags if isinstance(f, NameFlag)]:
            self._add_flag(flag.word, flag.start, flag.reason,
                           "Enter haalt het woord overal weg.")
            self.names.append(flag.word)
        for flag in [f for f in flags if not isinstance(f, NameFlag)]:
            self._add_flag(result.text[flag.start:flag.end], flag.start, flag.reason, "")
            self.spans.append((flag.start, flag.end))
        self.set_kept(kept)
        self.list.setCurrentRow(self.first_undecided() if self.list.count() else -1)
        self.button.setEnabled(bool(self.list.count()))
        self._fit_rows()

    def _add_flag(self, words: str, start: int, reason: str, hint: str) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, (words, reason, hint))
        self.list.addItem(item)
        self.words.append(words)
        self.starts.append(start)

    def set_kept(self, kept: frozenset[str]) -> None:
        """Show each row's decision in words ("Laten staan: ..."), also to a screen
        reader; the text and the rows stay as they are."""
        self.kept = kept
        for row in range(len(self.words)):
            item = self.list.item(row)
            words, reason, hint = item.data(Qt.ItemDataRole.UserRole)
            decided = flag_key(words) in kept
            item.setText(f"{KEPT_ROW if decided else ''}“{words}” – {reason}")
            state = ("Laten staan; spatie maakt het ongedaan." if decided
                     else "Nog niet beoordeeld.")
            spoken = " ".join(filter(None, (f"{words}: {reason}.", state, hint)))
            item.setToolTip(spoken)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        self._show_row_state()

    def is_kept(self, row: int) -> bool:
        return 0 <= row < len(self.words) and flag_key(self.words[row]) in self.kept

    def undecided(self) -> list[str]:
        """The words and phrases of the rows not decided yet, in list order."""
        return [w for row, w in enumerate(self.words) if not self.is_kept(row)]

    def first_undecided(self, after: int = -1) -> int:
        """The first undecided row after ``after`` (from the top when there is none
        below); the current row when every row is decided."""
        rows = [r for r in range(len(self.words)) if not self.is_kept(r)]
        later = [r for r in rows if r > after]
        return (later or rows or [max(self.list.currentRow(), 0)])[0]

    def _show_row_state(self, *_args) -> None:
        row = self.list.currentRow()
        self.keep_button.setEnabled(0 <= row < len(self.words))
        self.keep_button.setChecked(self.is_kept(row))

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
        self.spans, self.names, self.words, self.starts = [], [], [], []
        self.pending = True
        item = QListWidgetItem("Wordt opnieuw bekeken…")
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)
        if self.button.hasFocus() or self.keep_button.hasFocus():
            self.list.setFocus()  # a disabled button would hand focus to the next control
        self.button.setEnabled(False)
        self._show_row_state()

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

    def request_keep(self, *_args) -> bool:
        """'Laten staan' on the current row, or its undo; a new keep moves the cursor to
        the next undecided row (the dialog answers with ``set_kept``)."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.words):
            self._show_row_state()  # a click on the button must not leave it pressed
            return False
        undo = self.is_kept(row)
        self.keep_requested.emit(self.words[row], self.starts[row])
        if not undo:
            self.list.setCurrentRow(self.first_undecided(after=row))
        self._show_row_state()
        return True
