"""Tab 'Zorggesprekken': a pupil's conversations, their documents and signatures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from zorgdesk.domain.attachments.records import RecordKind
from zorgdesk.domain.people import Pupil
from zorgdesk.domain.text import counted
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services import settings
from zorgdesk.services.conversations.service import StoredConversation
from zorgdesk.services.session import Session
from zorgdesk.ui.attachments.dialog import show_attachments
from zorgdesk.ui.conversations.action_points_dialog import ActionPointsDialog
from zorgdesk.ui.conversations.dialog import ConversationDialog
from zorgdesk.ui.conversations.drafts import show_conversation_drafts
from zorgdesk.ui.conversations.signature_dialogs import (
    AddendumDialog,
    HandOutDialog,
    SignatureDialog,
)
from zorgdesk.ui.dialogs import run_modal
from zorgdesk.ui.elided_heading import ElidedHeading
from zorgdesk.ui.form_drafts import draft_hint_label
from zorgdesk.ui.lazy_model import LazyTableModel
from zorgdesk.ui.pdf_preview import PdfPreviewDialog
from zorgdesk.ui.pupil_tab import PupilTab
from zorgdesk.ui.tab_toolbar import Keys, TabAction, build_tab_toolbar
from zorgdesk.ui.widgets import error_label, reports_broken_files, show_error

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("Datum", "Soort", "Onderwerp", "Status")
PLANNED = "Gepland"


def _status(stored: StoredConversation, today: date) -> str:
    """A concept dated after today has not taken place: 'Gepland' (walk s35: a talk
    planned for next week and one held today were both 'Concept')."""
    if not stored.frozen and stored.gesprek.on > today:
        return PLANNED
    return stored.status_text


STATUS_CHARS = 32  # wider statuses wrap: the subject keeps the width that is left


def _outstanding_cells(n) -> tuple[str, ...]:
    o = n.report
    return (o.conversation.pupil.name, f"{o.conversation.on:%d-%m-%Y} {o.conversation.subject}",
            f"{o.signature.signer} ({o.signature.status.value})", str(o.days_out))


def _table(accessible: str, headers) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # Tab leaves the list; it never moves the selection
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fit_columns(view: QAbstractItemView, stretch: int,
                widths: dict[int, int] | None = None) -> None:
    """Column ``stretch`` takes the width that is left (its long text is elided, in full
    in its tooltip); a column in ``widths`` is that many average characters wide, the
    others as wide as their contents (judged on the visible rows only: a long lazy list
    is never read whole for it)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(0)  # the visible rows
    average = view.fontMetrics().averageCharWidth()
    for column in range(header.count()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif widths and column in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, widths[column] * average)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


# The tab's actions; each becomes ``<name>_action`` (and ``<name>_button`` in the toolbar).
BUTTONS = (
    TabAction("new", "&Nieuw gesprek…", "new", Keys.NEW, QIcon.ThemeIcon.DocumentNew,
              "Nieuw gesprek plannen"),
    TabAction("open", "&Openen…", "open_selected", Keys.OPEN, QIcon.ThemeIcon.DocumentOpen,
              "Gesprek openen of bewerken"),
    TabAction("hand_out", "Uit&reiken…", "hand_out", "Ctrl+Shift+U",
              QIcon.ThemeIcon.MailSend, "Verslag uitreiken"),
    TabAction("sign", "Onder&tekening…", "sign", "Ctrl+Shift+T",
              QIcon.ThemeIcon.DocumentProperties, "Ondertekening registreren"),
    TabAction("addendum", "&Aanvulling…", "addendum", Keys.ADDENDUM, QIcon.ThemeIcon.ListAdd,
              "Aanvulling toevoegen"),
    TabAction("report", "Gespreks&verslag…", "report", Keys.PRINT,
              QIcon.ThemeIcon.DocumentPrint, "Gespreksverslag tonen en afdrukken"),
)
MORE = (
    TabAction("invite", "&Uitnodiging…", "invitation", "Ctrl+Shift+I",
              tip="Uitnodiging tonen"),
    TabAction("smart", "&SMART-formulier…", "smart_form", "Ctrl+Shift+M",
              tip="SMART-formulier tonen"),
    TabAction("scan", "S&can toevoegen…", "attach_scan", "Ctrl+Shift+K",
              tip="Scan van het getekende verslag toevoegen"),
    TabAction("attachments", "Bi&jlagen…", "show_attachments", Keys.ATTACHMENTS,
              QIcon.ThemeIcon.MailAttachment, "Bijlagen bij het gesprek"),
    TabAction("actions", "Actie&punten…", "action_points", Keys.ALL_PUPILS,
              tip="Actiepunten van alle leerlingen"),
)


class ConversationsTab(PupilTab):
    title = "Zorggesprekken"

    def __init__(self) -> None:
        super().__init__()
        self.session: Session | None = None
        self.pupil: Pupil | None = None
        self.heading = ElidedHeading()  # a long name ends in '…' (walk s32)
        self.table = _table("Zorggesprekken van de leerling", COLUMNS)
        # The subject takes the width that is left: as the last column the status was
        # pushed out of view by a long subject (walk finding).
        fit_columns(self.table, stretch=COLUMNS.index("Onderwerp"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda *_: self.open_selected())
        self.table.activated.connect(lambda *_: self.open_selected())  # Enter opens the row
        # The tab's actions: a toolbar (icon, text, shortcut); documents and the
        # school-wide action points in a drop-down at its end (see BUTTONS, MORE).
        self.toolbar = build_tab_toolbar(self, "Acties bij zorggesprekken", BUTTONS, MORE,
                                         more_text="Documenten en meer")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Melding")
        self.error = error_label("Foutmelding")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.toolbar)
        self.draft_hint = draft_hint_label()
        layout.addWidget(self.draft_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self._outstanding_box())
        self.set_context(None, None)

    def _outstanding_box(self) -> QGroupBox:
        """The school-wide list of handed-out reports not back after N days. Long at
        scale: a lazy model, reloaded when the session, the number of days or a signature
        changes - not when another pupil is chosen."""
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setValue(settings.NOT_RETURNED.default)
        self.days.setSuffix(" dagen")
        self.days.setAccessibleName("Aantal dagen sinds uitreiken")
        self.days.lineEdit().setAccessibleName("Aantal dagen sinds uitreiken")
        self.days.valueChanged.connect(lambda _days: self.refresh_outstanding())
        days_label = QLabel("Niet geretourneer&d na:")
        days_label.setBuddy(self.days)
        self.outstanding_model = LazyTableModel(
            ("Leerling", "Gesprek", "Uitgereikt aan", "Dagen"), _outstanding_cells, self)
        self.outstanding = QTableView()
        self.outstanding.setModel(self.outstanding_model)
        self.outstanding.setAccessibleName("Verslagen niet geretourneerd (alle leerlingen)")
        self.outstanding.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outstanding.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outstanding.verticalHeader().hide()
        # The talk takes the width; Dagen (a number) was the widest column (walk finding).
        fit_columns(self.outstanding, stretch=1, widths={0: 22, 2: 28})
        self.outstanding.setMaximumHeight(140)
        self.outstanding.setTabKeyNavigation(False)  # Tab leaves the list
        self.outstanding.activated.connect(self._open_outstanding)  # Enter or double-click
        self._outstanding_session: Session | None = None
        box = QGroupBox("Uitgereikte verslagen die nog niet terug zijn (alle leerlingen)")
        box_layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(days_label)
        row.addWidget(self.days)
        row.addStretch(1)
        box_layout.addLayout(row)
        box_layout.addWidget(self.outstanding)
        return box

    # -- context -----------------------------------------------------------------------

    def set_context(self, session: Session | None, pupil: Pupil | None) -> None:
        if session is not None and session is not self.session:
            self.apply_settings(settings.current(session.vault))
        self.session, self.pupil = session, pupil
        if pupil is not None:
            self.heading.set_heading("<h3>Zorggesprekken van {}</h3>", pupil.display_name)
        else:
            self.heading.setText("<p>Kies links een leerling.</p>")
        self.refresh(outstanding=session is None or session is not self._outstanding_session)

    def apply_settings(self, values: dict[str, int]) -> None:
        """The school's 'niet retour na N dagen' is where the list starts."""
        self.days.setValue(values[settings.NOT_RETURNED.key])

    @reports_broken_files
    def refresh(self, select_id: int | None = None, outstanding: bool = True) -> None:
        """The pupil's conversations; ``outstanding``: also the school-wide list."""
        self.table.setRowCount(0)
        show_conversation_drafts(self.draft_hint, self.session, self.pupil)
        if self.session and self.pupil:
            for stored in self.session.conversations.for_pupil(self.pupil.id):
                g = stored.gesprek
                r = self.table.rowCount()
                self.table.insertRow(r)
                for c, text in enumerate((g.on.strftime("%d-%m-%Y"), g.kind.label, g.subject,
                                          _status(stored, self.session.today))):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, stored.id)
                    item.setToolTip(text)  # a long subject is elided in its column
                    self.table.setItem(r, c, item)
                if stored.id == select_id or (select_id is None and r == 0):
                    self.table.selectRow(r)  # newest first: the one usually wanted
        self._fit_status_column()
        if outstanding:
            self.refresh_outstanding()
        self._update_buttons()

    def _fit_status_column(self) -> None:
        """The status as wide as its text up to STATUS_CHARS characters, then wrapped: two
        signers' statuses ('Marieke Verhoeven: ondertekend voor akkoord; Johan ...') took
        the whole row and left the subject 'Z… o…' (walk s29)."""
        header = self.table.horizontalHeader()
        status = COLUMNS.index("Status")
        cap = STATUS_CHARS * self.table.fontMetrics().averageCharWidth()
        header.setSectionResizeMode(status, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(status, max(header.sectionSizeHint(status),
                                         min(self.table.sizeHintForColumn(status), cap)))
        self.table.resizeRowsToContents()

    @reports_broken_files
    def refresh_outstanding(self) -> None:
        self._outstanding_session = self.session
        self.outstanding_model.set_rows([])  # a broken form file leaves it empty, not stale
        if not self.session:
            return
        self.outstanding_model.set_rows(self.session.signing.not_returned(
            self.days.value()))

    def _open_outstanding(self, index) -> None:
        """Open a not-returned report: its pupil is chosen on the left, then the report."""
        if not index.isValid():
            return
        row = self.outstanding_model.record(index.row())
        conversation_id, pupil_id = row.conversation_id, row.pupil_id
        main = self.window()
        other_pupil = self.pupil is None or self.pupil.id != pupil_id
        if other_pupil and not (hasattr(main, "show_pupil_anywhere")
                                and main.show_pupil_anywhere(pupil_id)):
            return
        self.select_conversation(conversation_id)
        self.open_selected()

    def select_conversation(self, conversation_id: int) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == conversation_id:
                self.table.selectRow(row)
                return True
        return False

    def show_record(self, conversation_id: int) -> bool:
        """Vandaag: select that conversation and put the focus on the list."""
        found = self.select_conversation(conversation_id)
        if found:
            self.table.setFocus()
        return found

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _update_buttons(self) -> None:
        cid = self.selected_id()
        stored = self.session.conversations.get(cid) if cid and self.session else None
        self.new_action.setEnabled(self.pupil is not None)
        self.actions_action.setEnabled(self.session is not None)
        for action in (self.open_action, self.invite_action, self.smart_action,
                       self.report_action, self.addendum_action, self.attachments_action):
            action.setEnabled(stored is not None)
        self.hand_out_action.setEnabled(stored is not None and not stored.frozen)
        self.sign_action.setEnabled(stored is not None and stored.frozen)
        self.scan_action.setEnabled(stored is not None and stored.frozen)
        self.open_action.setText("Be&kijken…" if stored and stored.frozen else "&Openen…")
        if stored is not None:
            scans = self.session.signing.scans(cid)
            planned = _status(stored, self.session.today) == PLANNED
            self.status.setText(
                ("Uitgereikt: de inhoud staat vast; correcties als aanvulling. "
                 if stored.frozen else
                 "Gepland: leg na het gesprek vast wat er besproken is (Openen, pagina 2) "
                 "en zet de datum op de dag van het gesprek. " if planned else
                 "Concept: kan nog worden aangepast. ")
                + (f"{counted(len(scans), 'scan', 'scans')} bewaard in de kluis." if scans else ""))
        else:
            self.status.setText("")

    # -- actions -----------------------------------------------------------------------

    @reports_broken_files
    def new(self) -> None:
        dialog = ConversationDialog(self.session, self.pupil, parent=self)
        self.refresh(dialog.conversation_id if run_modal(dialog) else None)  # or a kept draft

    @reports_broken_files
    def open_selected(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        dialog = ConversationDialog(self.session, self.pupil, cid, parent=self)
        if self.session.conversations.get(cid).frozen:
            dialog.set_read_only()
        run_modal(dialog)
        self.refresh(cid)  # also after Annuleren: a kept draft is mentioned

    @reports_broken_files
    def _preview(self, title: str, render, stem: str) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        data = render(cid)
        name = f"{stem} {self.pupil.display_name}.pdf"
        self.last_preview = PdfPreviewDialog(
            title, data, name, self,
            on_exported=lambda how: self.session.conversations.record_export(cid, stem, how))
        run_modal(self.last_preview)

    def invitation(self) -> None:
        self._preview("Uitnodiging", self.session.conversations.invitation_pdf, "Uitnodiging")

    def smart_form(self) -> None:
        self._preview("SMART-formulier", self.session.conversations.smart_form_pdf,
                      "Afspraken")

    def report(self) -> None:
        self._preview("Gespreksverslag", self.session.conversations.report_pdf,
                      "Gespreksverslag")

    def action_points(self) -> None:
        self.last_dialog = ActionPointsDialog(self.session.action_points,
                                              self)
        run_modal(self.last_dialog)

    @reports_broken_files
    def _small(self, dialog_class) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        self.last_dialog = dialog_class(self.session.signing, cid, drafts=self.session.drafts,
                                        parent=self)
        if run_modal(self.last_dialog):
            self.refresh(cid)

    def hand_out(self) -> None:
        self._small(HandOutDialog)

    def sign(self) -> None:
        self._small(SignatureDialog)

    def addendum(self) -> None:
        self._small(AddendumDialog)

    def show_attachments(self) -> None:
        cid = self.selected_id()
        if cid is None or self.session is None or self.pupil is None:
            return
        stored = self.session.conversations.get(cid)
        show_attachments(self, self.session, self.pupil.id, RecordKind.ZORGGESPREK,
                         cid, f"{stored.gesprek.subject} ({stored.gesprek.on:%d-%m-%Y})")

    def attach_scan(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, "Scan van het getekende verslag kiezen", "",
            "Scans (*.pdf *.png *.jpg *.jpeg);;Alle bestanden (*)")
        if path:
            self.store_scan(cid, Path(path))

    def store_scan(self, cid: int, path: Path) -> bool:
        show_error(self.error, "")
        try:
            data = path.read_bytes()
            self.session.signing.attach_scan(cid, path.name, data)
        except OSError:
            show_error(self.error, "Het bestand kon niet worden gelezen.")
            return False
        except ValidationError as exc:
            show_error(self.error, " ".join(p.message for p in exc.problems))
            return False
        self.refresh(cid)
        # No modal box: the message stays readable next to the list.
        self.status.setText(self.status.text() + " De scan is versleuteld in de kluis "
                            "bewaard; het originele bestand kunt u nu zelf verwijderen.")
        return True
