"""The Logboek tab: a pupil's chronology with filters, search and the actions on it.

The actions (the dialogs the tab opens) live in :mod:`logbook_tab_actions` (a mixin).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.attachments.records import RecordKind
from zorgdesk.domain.logbook import OBSERVATION_DOMAINS, parse_date
from zorgdesk.domain.logbook.objectivity import initials_for
from zorgdesk.domain.people import Pupil
from zorgdesk.domain.text import counted
from zorgdesk.services.logbook.service import EntryRow, SearchHit
from zorgdesk.services.session import Session
from zorgdesk.ui.attachments.dialog import show_attachments
from zorgdesk.ui.elided_heading import ElidedHeading
from zorgdesk.ui.flow_layout import FlowLayout
from zorgdesk.ui.lazy_model import LazyTableModel
from zorgdesk.ui.logbook.dialogs import version_html
from zorgdesk.ui.logbook.progress_dialog import progress_html
from zorgdesk.ui.logbook.tab_actions import LogbookActions
from zorgdesk.ui.pupil_tab import PupilTab
from zorgdesk.ui.tab_toolbar import Keys, TabAction, build_tab_toolbar
from zorgdesk.ui.widgets import error_label, narrow_combo, placeholder_width, show_error


class _ViewWidthLines(QStyledItemDelegate):
    """Lines as wide as the list, not as their text: a long situation ends in '…' (the
    whole note is in the detail beside it) instead of being cut off mid-word behind a
    horizontal scroll bar (walk s29 16.png)."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        return QSize(1, super().sizeHint(option, index).height())


class EntryList(QListView):
    """The entries of the Logboek on a lazy model: a line is formatted when painted."""

    def __init__(self, cells) -> None:
        super().__init__()
        self.entries = LazyTableModel(("Notitie",), cells, self)
        self.setModel(self.entries)
        self.setUniformItemSizes(True)  # every line has three rows of text
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(_ViewWidthLines(self))

    def count(self) -> int:
        return self.entries.rowCount()

    def row_text(self, row: int) -> str:
        return self.entries.text(row)

    def current_record(self) -> EntryRow | SearchHit | None:
        index = self.currentIndex()
        return self.entries.record(index.row()) if index.isValid() else None

    def setCurrentRow(self, row: int) -> None:  # noqa: N802 - as QListWidget's
        self.setCurrentIndex(self.entries.index(row, 0))


class _Names(dict):
    """Pupil names looked up when a line needs one (not all pupils per selection)."""

    def __init__(self, basedata) -> None:
        super().__init__()
        self._basedata = basedata

    def __missing__(self, pupil_id: int) -> str:
        try:
            name = self._basedata.pupil(pupil_id).display_name
        except LookupError:
            name = "?"
        self[pupil_id] = name
        return name

    def get(self, pupil_id, default=None):  # noqa: A003 - dict's own name
        return self[pupil_id]


# The tab's actions; each becomes ``<name>_action`` (and ``<name>_button`` in the toolbar).
# Most are run by the tab's LogbookActions ("actions.<method>").
BUTTONS = (
    TabAction("new", "&Nieuwe observatie…", "actions.new_entry", Keys.NEW,
              QIcon.ThemeIcon.DocumentNew),
    TabAction("correct", "&Corrigeren…", "actions.correct_entry", Keys.CORRECT,
              QIcon.ThemeIcon.EditUndo, "Notitie corrigeren"),
    TabAction("history", "Gesch&iedenis…", "actions.show_history", Keys.HISTORY,
              QIcon.ThemeIcon.DocumentProperties, "Geschiedenis van de notitie"),
    TabAction("progress", "Aanv&ulling verloop…", "actions.add_progress", Keys.ADDENDUM,
              QIcon.ThemeIcon.ListAdd, "Aanvulling over het verloop"),
    TabAction("attachments", "Bi&jlagen…", "show_attachments", Keys.ATTACHMENTS,
              QIcon.ThemeIcon.MailAttachment, "Bijlagen bij de notitie"),
    TabAction("print", "Dossier &afdrukken…", "actions.print_dossier", Keys.PRINT,
              QIcon.ThemeIcon.DocumentPrint),
)
# In the drop-down, which narrow windows move into the toolbar's overflow: each has its
# own shortcut, and the menu bar lists them (Leerling > Logboek).
MORE = (
    TabAction("zienswijze", "&Zienswijze ouders…", "actions.add_zienswijze", "Ctrl+Shift+W",
              tip="Zienswijze van ouders"),
    TabAction("request", "Correctie&verzoek…", "actions.add_request", "Ctrl+Shift+C",
              tip="Verzoek om correctie"),
    TabAction("answer", "Verzoek &beantwoorden…", "actions.answer_request", "Ctrl+Shift+A",
              tip="Verzoek beantwoorden"),
    TabAction("letter", "Ant&woordbrief aan ouders…", "actions.show_answer_letter",
              "Ctrl+Shift+L", tip="Antwoordbrief op het laatst beantwoorde verzoek"),
    TabAction("evaluate", "Afspraak &geëvalueerd…", "actions.evaluate_agreement",
              "Ctrl+Shift+G", tip="Evaluatie van een afspraak met ouders vastleggen"),
    TabAction("sharing", "Ver&strekking vastleggen…", "actions.record_sharing", "Ctrl+Shift+S",
              tip="Verstrekking vastleggen"),
)


class LogbookTab(PupilTab):
    title = "Logboek"

    def __init__(self) -> None:
        super().__init__()
        self.session: Session | None = None
        self.pupil: Pupil | None = None
        self.heading = ElidedHeading("Logboek: status")  # a long name ends in '…'
        self.heading.setText("<p>Kies links een leerling.</p>")
        self._build_toolbar()
        filters = self._build_filters()
        splitter = self._build_list()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)
        self._connect_filters()
        self._names: dict[int, str] = {}
        self.set_context(None, None)

    # -- building the tab ------------------------------------------------------------

    def _build_toolbar(self) -> None:
        """The tab's actions (LogbookActions) in a toolbar, the parents' part in a
        drop-down."""
        self.actions = LogbookActions(self, parent=self)  # the slots of most actions
        self.toolbar = build_tab_toolbar(self, "Acties in het logboek", BUTTONS, MORE,
                                         more_text="Ouders en verstrekking")

    def _build_filters(self) -> QVBoxLayout:
        """Search, period, order, domain and who signalled: a label and its field stay
        together, and what does not fit the width goes on to the next line (two lines
        with the normal font; at 125 % with a larger font the grid made the window 1,170
        px wide of 1,093, walk s32)."""
        self._make_filter_fields()
        flow = QWidget()
        flow.setAccessibleName("Filters van het logboek")
        layout = FlowLayout(flow)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, fields in (("Zoe&ken:", (self.search,)),
                             ("&Periode:", (self.date_from, self.date_to)),
                             (None, (self.all_pupils,)),
                             ("V&olgorde:", (self.order,)),
                             ("Gebie&d:", (self.domain,)),
                             ("Gesignaleerd doo&r:", (self.signaller,))):
            layout.addWidget(_labelled(text, fields, grows=fields[0] is self.search))
        filters = QVBoxLayout()
        filters.setSpacing(2)
        filters.addWidget(flow)
        filters.addWidget(self.filter_error)
        return filters

    def _make_filter_fields(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText("Zoek in het logboek (Ctrl+Shift+F)")
        self.search.setAccessibleName("Zoek in het logboek")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(placeholder_width(self.search) // 2)
        self.order = QComboBox()
        self.order.setAccessibleName("Volgorde")
        self.order.addItem("Nieuwste eerst", True)
        self.order.addItem("Oudste eerst", False)
        self.domain = QComboBox()
        self.domain.setAccessibleName("Filter op observatiegebied")
        self.domain.addItem("Alle gebieden", None)
        for key, label in OBSERVATION_DOMAINS.items():
            self.domain.addItem(label, key)
        self.signaller = QComboBox()
        self.signaller.setAccessibleName("Filter op gesignaleerd door")
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText("van dd-mm-jjjj")
        self.date_from.setAccessibleName("Vanaf datum")
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText("t/m dd-mm-jjjj")
        self.date_to.setAccessibleName("Tot en met datum")
        self.all_pupils = QCheckBox("Zoek in &alle leerlingen")
        self.all_pupils.setAccessibleName("Zoek in alle leerlingen")
        self.filter_error = error_label("Fout in het filter")
        for combo in (self.order, self.domain, self.signaller):
            narrow_combo(combo)
        for edit in (self.date_from, self.date_to):  # 't/m dd-mm-jjjj' was cut to 't/…'
            edit.setMinimumWidth(placeholder_width(edit))

    def _build_list(self) -> QSplitter:
        """The entries on the left, the chosen one on the right."""
        self.list = EntryList(self._cells)
        self.list.setAccessibleName("Notities in het logboek")
        self.list.selectionModel().currentChanged.connect(self.show_current)
        self.list.activated.connect(lambda _i: self.actions.show_history())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Gekozen notitie")
        self.count = QLabel()
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 480])
        return splitter

    def _connect_filters(self) -> None:
        """Every filter change reads the list again; Ctrl+Shift+F goes to the search."""
        self.search.textChanged.connect(self.refresh)
        self.all_pupils.toggled.connect(self.refresh)
        for combo in (self.order, self.domain, self.signaller):
            combo.currentIndexChanged.connect(self.refresh)
        self.date_from.editingFinished.connect(self.refresh)
        self.date_to.editingFinished.connect(self.refresh)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, self.search.setFocus,
                  context=Qt.ShortcutContext.WindowShortcut)

    # -- context ---------------------------------------------------------------------

    def set_context(self, session: Session | None, pupil: Pupil | None) -> None:
        if session is None:
            self.actions.close_entry_dialog()  # about to lock: keep the typing, close
        self.session, self.pupil = session, pupil
        enabled = session is not None and pupil is not None
        for action in (self.new_action, self.zienswijze_action, self.request_action,
                       self.sharing_action, self.print_action):
            action.setEnabled(enabled)
        for widget in (self.search, self.order, self.domain, self.signaller, self.date_from,
                       self.date_to, self.list, self.all_pupils):
            widget.setEnabled(enabled)
        self.list.entries.set_rows([])
        self.detail.clear()
        if not enabled:
            # Locked or no pupil: no trace of pupil data may stay in any widget.
            self.heading.setText("<p>Kies links een leerling.</p>")
            self.count.clear()
            self._names = {}
            self.signaller.blockSignals(True)
            self.signaller.clear()
            self.signaller.blockSignals(False)
            for edit in (self.search, self.date_from, self.date_to):
                edit.blockSignals(True)
                edit.clear()
                edit.blockSignals(False)
            show_error(self.filter_error, "")
            self._update_buttons()
            return
        self.heading.set_heading("<h3>Logboek van {}</h3>", pupil.display_name)
        self._names = _Names(session.basedata)
        self.signaller.blockSignals(True)
        self.signaller.clear()
        self.signaller.addItem("Iedereen", None)
        for name in session.logbook.signallers(pupil.id):
            self.signaller.addItem(name, name)
        self.signaller.blockSignals(False)
        self.refresh()

    def _dates(self):
        problems, values = [], []
        for widget, label in ((self.date_from, "vanaf"), (self.date_to, "tot en met")):
            try:
                values.append(parse_date(widget.text()))
            except (ValueError, TypeError):
                problems.append(f"De datum '{label}' bestaat niet; gebruik dag-maand-jaar.")
                values.append(None)
        show_error(self.filter_error, " ".join(problems))
        return values

    def refresh(self) -> None:
        if self.session is None or self.pupil is None:
            return
        keep = self.current_entry_id()
        if self.all_pupils.isChecked() and self.search.text().strip():
            self._show_school_wide(keep)
            return
        date_from, date_to = self._dates()
        rows = self.session.logbook.list_rows(
            self.pupil.id, newest_first=self.order.currentData(),
            domain=self.domain.currentData(), signalled_by=self.signaller.currentData(),
            date_from=date_from, date_to=date_to, query=self.search.text())
        self._fill(rows, keep)
        n = len(rows)
        self.count.setText("Geen notities gevonden." if n == 0
                           else counted(n, "notitie", "notities"))

    def _cells(self, record: EntryRow | SearchHit) -> tuple[str]:
        """The three text lines of one list entry (asked for when it is painted)."""
        if isinstance(record, SearchHit):
            names = ", ".join(self._names.get(p, "?") for p in record.pupil_ids)
            snippet = " ".join(record.snippet.split())
            return (f"{record.entry_date:%d-%m-%Y} · {names}\n{snippet}\n",)
        when = f"{record.entry_date:%d-%m-%Y}" + (f" {record.entry_time}"
                                                  if record.entry_time else "")
        first_line = record.situation.splitlines()[0] if record.situation else ""
        if len(first_line) > 80:
            first_line = first_line[:79] + "…"
        marks = []
        if record.version_no > 1:
            marks.append(f"gecorrigeerd, versie {record.version_no}")
        if record.has_interpretation:
            marks.append("met interpretatie")
        if record.counter_signal:
            marks.append("contra-signaal")
        pupil_id = self.pupil.id if self.pupil else None
        others = [initials_for(self._names.get(p, "?")) for p in record.pupil_ids
                  if p != pupil_id]
        if others:
            marks.append("ook: " + ", ".join(others))
        return (f"{when} · {record.signalled_by}\n{first_line}\n"
                + (f"[{'; '.join(marks)}]" if marks else ""),)

    def _fill(self, rows, keep: int | None) -> None:
        self.list.blockSignals(True)
        self.list.selectionModel().blockSignals(True)
        self.list.entries.set_rows(rows)
        row = next((n for n, r in enumerate(rows) if r.entry_id == keep), 0 if rows else None)
        if row is not None:
            self.list.setCurrentRow(row)
        self.list.selectionModel().blockSignals(False)
        self.list.blockSignals(False)
        self.show_current()

    def _show_school_wide(self, keep: int | None) -> None:
        """Search hits of every pupil (the IB's own overview; filters do not apply)."""
        hits = self.session.logbook.search(self.search.text())
        self._fill(hits, keep)
        self.count.setText("Geen notities gevonden." if not hits
                           else f"{counted(len(hits), 'notitie', 'notities')} bij alle leerlingen")

    def show_attachments(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is None or self.session is None or self.pupil is None:
            return
        # The date the IB sees in the list, not the vault's internal number.
        written = self.session.logbook.item(entry_id).current.content.entry_date
        show_attachments(self, self.session, self.pupil.id, RecordKind.LOGBOEK,
                         entry_id, f"notitie van {written:%d-%m-%Y} "
                                   f"({self.pupil.display_name})")

    def show_record(self, entry_id: int) -> bool:
        """Vandaag: select that entry (e.g. the one with an agreement to evaluate)."""
        for row in range(self.list.count()):
            if self.list.entries.record(row).entry_id == entry_id:
                self.list.setCurrentRow(row)
                self.list.setFocus()
                return True
        return False

    def open_step(self, record_id: int, step: str) -> None:
        """Vandaag: open the record itself (the answer form of a correction request)."""
        self.actions.open_step(record_id, step)

    def current_entry_id(self) -> int | None:
        record = self.list.current_record()
        return record.entry_id if record is not None else None

    def current_entry_is_own(self) -> bool:
        # Correcting is done from the pupil's own logboek, never from a search hit of
        # another pupil, so the form is always about the pupil shown above it.
        record = self.list.current_record()
        return record is not None and self.pupil is not None and self.pupil.id in record.pupil_ids

    def reload(self) -> None:
        self.set_context(self.session, self.pupil)

    def agreement_to_evaluate(self) -> bool:
        return self.evaluate_action.isEnabled()  # set in _update_buttons

    def _update_buttons(self) -> None:
        record = self.list.current_record()
        has_entry = record is not None
        own = self.current_entry_is_own()
        self.correct_action.setEnabled(own)
        self.progress_action.setEnabled(own)
        self.attachments_action.setEnabled(own)
        self.history_action.setEnabled(has_entry)
        self.evaluate_action.setEnabled(bool(own and self.session.agreement_evaluations
                                             .open_agreements(record.entry_id)))
        requests = (self.session.parents.correction_requests(self.pupil.id)
                    if self.session and self.pupil else [])
        self.answer_action.setEnabled(any(r.is_open for r in requests))
        self.letter_action.setEnabled(any(not r.is_open for r in requests))

    def _whose(self, record: EntryRow | SearchHit | None) -> str:
        """' van <pupil>' for the head of the chosen note: the pupil shown above it when
        the note is hers, else the pupils it is about. A hit of 'Zoek in alle
        leerlingen' said 'van Daan Jansen' above Sem Jansen's note (walk s31)."""
        if record is None or self.pupil is not None and self.pupil.id in record.pupil_ids:
            return f" van {self.pupil.display_name}" if self.pupil else ""
        names = [self._names.get(p, "?") for p in record.pupil_ids]
        return f" van {', '.join(names)}" if names else ""

    def show_current(self, *_args) -> None:
        self._update_buttons()
        entry_id = self.current_entry_id()
        if entry_id is None or self.session is None:
            self.detail.clear()
            return
        item = self.session.logbook.item(entry_id)
        # Named as a signalenlijst prints its links ('22-10-2026 (nr. 12)'): the number
        # the IB types there under 'Logboeknummers'.
        whose = self._whose(self.list.current_record())
        head = (f"<p style='color:#555'>Notitie nr. {entry_id}{escape(whose)} (dit nummer "
                "vult u bij een signalenlijst in onder Logboeknummers)</p>")
        if item.history.is_amended:
            head += (f"<p><i>Gecorrigeerd (versie {item.current.version_no}); reden: "
                     f"{escape(item.current.reason)}. Zie Geschiedenis voor eerdere "
                     "versies.</i></p>")
        for change in self.session.request_answers.changes_for_entry(entry_id):
            head += (f"<p><i>Verbeterd op verzoek van de ouders op "
                     f"{change.recorded_at.astimezone():%d-%m-%Y} door "
                     f"{escape(change.recorded_by)}; de eerdere tekst is uit de kluis "
                     "verwijderd.</i></p>")
        evaluated = self.session.agreement_evaluations.for_entries([entry_id]).get(entry_id, [])
        done = "".join(f"<p><i>Afspraak '{escape(e.agreement_text)}' geëvalueerd op "
                       f"{e.evaluated_on:%d-%m-%Y} ({escape(e.recorded_by)})"
                       + (f": {escape(e.note)}" if e.note else "") + "</i></p>"
                       for e in evaluated)
        self.detail.setHtml(head + version_html(item.current, item.signalled_by) + done
                            + progress_html(self.session.logbook_progress.for_entry(entry_id)))


__all__ = ["LogbookTab"]


def _labelled(text: str | None, fields: tuple[QWidget, ...], grows: bool) -> QWidget:
    """A label with its field(s), kept together on one line of the filters."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    if text is not None:
        label = QLabel(text)
        label.setBuddy(fields[0])
        row.addWidget(label)
    for field in fields:
        row.addWidget(field, 1)
    if grows:  # the search field takes the room left on its line
        pair.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return pair
