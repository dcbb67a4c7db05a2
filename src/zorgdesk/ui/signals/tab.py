"""The Signalenlijst tab: fill in a list, earlier lists, the over-time view, Vlaggensysteem.

A broken catalogue of the school is reported above the tab with the loader's
Dutch message (file and line) while the other lists stay usable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.attachments.records import RecordKind
from zorgdesk.domain.people import Pupil
from zorgdesk.domain.signals.catalogue import Catalogue
from zorgdesk.domain.signals.check import SignalCheck
from zorgdesk.services.citations import cite, cite_short
from zorgdesk.services.session import Session
from zorgdesk.ui.attachments.dialog import show_attachments
from zorgdesk.ui.dialogs import open_dialog
from zorgdesk.ui.elided_heading import ElidedHeading
from zorgdesk.ui.logbook.sharing_prompt import preview_with_sharing
from zorgdesk.ui.pupil_tab import PupilTab
from zorgdesk.ui.signals.fill import FillPage
from zorgdesk.ui.signals.fill_drafts import FillDrafts
from zorgdesk.ui.signals.flag_dialog import FLAG_DRAFT, FlagDialog, FlagsPage
from zorgdesk.ui.signals.matrix import MatrixPage
from zorgdesk.ui.tab_toolbar import Keys, TabAction, build_tab_toolbar
from zorgdesk.ui.unsaved import draft_place
from zorgdesk.ui.widgets import ERROR_STYLE, named_tabs

DEFAULT_CATALOGUE = "km4-12"


class HistoryPage(QWidget):
    """Earlier checks on the chosen list, newest first (print, correct and attachments
    are on the tab's toolbar)."""

    def __init__(self) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setAccessibleName("Eerdere lijsten")
        self.list.setWordWrap(True)  # the whole line, also on a narrow laptop screen
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._show)
        caption = QLabel("Eerdere lijsten, nieu&wste eerst:")
        caption.setBuddy(self.list)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Inhoud van de lijst")
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addWidget(self.detail, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addLayout(body, 1)
        self.checks: list[SignalCheck] = []
        self._summary = lambda _id: ""

    def show_checks(self, checks: list[SignalCheck], corrected: set[int], summary) -> None:
        self._summary = summary
        self.checks = list(reversed(checks))
        self.list.clear()
        for c in self.checks:
            contra = len(c.contra_signals)
            signals = len(c.ticks) - contra
            text = (f"{c.heading} · {c.checked_by} · "
                    f"{signals} {'signaal' if signals == 1 else 'signalen'}"
                    + (f", {contra} contra" if contra else ""))
            if c.id in corrected:
                text += " · gecorrigeerd"
            QListWidgetItem(text, self.list)
        if self.checks:
            self.list.setCurrentRow(0)
        else:
            self.detail.setPlainText("Nog geen ingevulde lijsten.")

    def current(self) -> SignalCheck | None:
        row = self.list.currentRow()
        return self.checks[row] if 0 <= row < len(self.checks) else None

    def _show(self, *_args) -> None:
        check = self.current()
        if check is not None:
            self.detail.setPlainText(self._summary(check.id))


# The tab's actions; each becomes ``<name>_action`` (and ``<name>_button`` in the toolbar).
# Their Alt+letters work in the menus only (Leerling > Signalenlijst, the drop-down): a
# tool button shows its text without one, so the tab's fields keep theirs.
BUTTONS = (
    TabAction("new", "&Nieuwe lijst", "new_check", Keys.NEW, QIcon.ThemeIcon.DocumentNew,
              "Nieuwe lijst invullen"),
    TabAction("print", "Lijst &afdrukken…", "print_check", Keys.PRINT,
              QIcon.ThemeIcon.DocumentPrint, "De gekozen eerdere lijst afdrukken"),
    TabAction("correct", "&Corrigeren…", "correct_check", Keys.CORRECT, QIcon.ThemeIcon.EditUndo,
              "De gekozen eerdere lijst corrigeren: een nieuwe lijst vervangt haar, de oude "
              "blijft bewaard"),
    TabAction("attachments", "Bi&jlagen…", "show_attachments", Keys.ATTACHMENTS,
              QIcon.ThemeIcon.MailAttachment, "Bijlagen bij de gekozen eerdere lijst"),
)
MORE = (
    TabAction("over_time", "&Verloop afdrukken…", "print_over_time", Keys.PRINT_OVERVIEW,
              tip="Het verloop van de signalen afdrukken"),
    TabAction("flag", "Vlaggen&systeem: nieuwe beoordeling…", "new_flag_assessment",
              "Ctrl+Shift+V", QIcon.ThemeIcon.ListAdd,
              "Nieuwe beoordeling met het Vlaggensysteem"),
)


class SignalsTab(PupilTab):
    title = "Signalenlijst"

    def __init__(self) -> None:
        super().__init__()
        self.session: Session | None = None
        self.pupil: Pupil | None = None
        self.catalogues: tuple[Catalogue, ...] = ()
        self.heading = ElidedHeading()  # a long name ends in '…' (walk s32)
        self.catalogue_box = QComboBox()
        self.catalogue_box.setAccessibleName("Signalenlijst kiezen")
        self.catalogue_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.catalogue_box.currentIndexChanged.connect(self._catalogue_changed)
        box_caption = QLabel("Signalenli&jst:")
        box_caption.setBuddy(self.catalogue_box)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: #555;")
        self.source.setAccessibleName("Bron van de signalenlijst")
        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName("Fouten in signalenlijsten van de school")
        self.fill = FillPage()
        self.fill_drafts = FillDrafts(self.fill)
        self.history = HistoryPage()
        self.matrix = MatrixPage()
        self.flags = FlagsPage()
        self.pages = named_tabs("Onderdelen van de signalenlijst")
        self.pages.addTab(self.fill, "&Invullen")
        self.pages.addTab(self.history, "Eerdere lijs&ten")
        self.pages.addTab(self.matrix, "&Verloop")
        self.pages.addTab(self.flags, "Vlaggen&systeem")
        self.fill.saved.connect(self._after_save)
        # The tab's actions: a toolbar with icon, text and shortcut (no Alt+letters: those
        # belong to the list being filled in); see BUTTONS, MORE.
        self.toolbar = build_tab_toolbar(self, "Acties bij de signalenlijst", BUTTONS, MORE,
                                         more_text="Verloop en vlaggen")
        top = QHBoxLayout()
        top.addWidget(box_caption)
        top.addWidget(self.catalogue_box, 1)
        layout = QVBoxLayout(self)
        margins = layout.contentsMargins()  # the height of a laptop screen is short
        layout.setContentsMargins(margins.left(), 2, margins.right(), 2)
        layout.setSpacing(4)
        layout.addWidget(self.heading)  # a long name wraps over the full width
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addWidget(self.problems)
        layout.addWidget(self.pages, 1)
        self.set_context(None, None)

    @property
    def service(self):
        return self.session.signals if self.session else None

    def catalogue(self) -> Catalogue | None:
        index = self.catalogue_box.currentIndex()
        return self.catalogues[index] if 0 <= index < len(self.catalogues) else None

    def set_context(self, session: Session | None, pupil: Pupil | None) -> None:
        self.fill_drafts.leave()  # stored before anything below clears the page
        if session is None and getattr(self.window(), "session", None) is None:
            # The main window has no session: it is locking. (Without a pupil but still
            # unlocked, e.g. a search that hides the pupil, unsaved input is kept.)
            self.fill.discard()
        self.session, self.pupil = session, pupil
        chosen = self.catalogue().id if self.catalogue() else DEFAULT_CATALOGUE
        problems: tuple[str, ...] = ()
        if session is not None and pupil is not None:
            found = session.signals.catalogues()
            self.catalogues, problems = found.catalogues, found.problems
        else:
            self.catalogues = ()
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.catalogue_box.blockSignals(True)
        self.catalogue_box.clear()
        for cat in self.catalogues:
            self.catalogue_box.addItem(f"{cat.title} (versie {cat.version})", cat.id)
        ids = [c.id for c in self.catalogues]
        self.catalogue_box.setCurrentIndex(ids.index(chosen) if chosen in ids else 0)
        self.catalogue_box.blockSignals(False)
        # Repeated here on purpose: a list must never be filled in for the wrong child.
        if pupil is not None:
            self.heading.set_heading("<b>Signalen van {}</b>", pupil.display_name)
        else:
            self.heading.setText("Kies links een leerling.")
        self.pages.setEnabled(pupil is not None)
        self.catalogue_box.setEnabled(pupil is not None)
        self._catalogue_changed()

    def _catalogue_changed(self, *_args) -> None:
        cat = self.catalogue()
        if cat is not None:
            first_line = cat.source.lines[0] if cat.source.lines else None
            citation = cite(cat.source.file, first_line, fallback=cat.source.citation or "")
            short = cite_short(cat.source.file, first_line, fallback=citation)
            # One line on the tab (laptop screens); the full citation in the tooltip.
            self.source.setText(f"Bron: {short}" if short else "")
            self.source.setToolTip(f"Bron: {citation}" if citation else "")
        else:
            self.source.clear()
        self.fill_drafts.leave()
        self.fill.set_context(self.service, self.pupil.id if self.pupil else None, cat,
                              self.session.user_name if self.session else "",
                              self.pupil.display_name if self.pupil else "")
        self.fill_drafts.follow(self.session, self.pupil, cat)
        self.refresh()

    def refresh(self) -> None:
        cat, service, pupil = self.catalogue(), self.service, self.pupil
        if service is None or pupil is None or cat is None:
            self.history.show_checks([], set(), lambda _id: "")
            self.matrix.show_view(None)
            self.flags.show_assessments([], {})
        else:
            self.history.show_checks(service.checks(pupil.id, cat.id),
                                     service.corrected_ids(pupil.id), service.check_summary)
            self.matrix.show_view(service.over_time(pupil.id, cat.id))
            names = {c.id: c.name for c in service.vlaggensysteem().criteria}
            self.flags.show_assessments(service.flag_assessments(pupil.id), names)
        has_checks = bool(self.history.checks)
        for action in (self.print_action, self.correct_action, self.attachments_action,
                       self.over_time_action):
            action.setEnabled(has_checks)
        self.new_action.setEnabled(cat is not None and pupil is not None)
        self.flag_action.setEnabled(service is not None and pupil is not None)

    def _after_save(self, _check_id: int) -> None:
        self.fill_drafts.saved(self.session, self.pupil, self.catalogue())
        self.refresh()

    # -- actions -------------------------------------------------------------------------

    def _preview(self, title: str, data: bytes, name: str, what: str) -> None:
        dialog = preview_with_sharing(self.session, self.pupil.id, what, title, data, name,
                                      self)
        self.preview = dialog  # kept so tests (and the user) can reach the open preview
        open_dialog(dialog)

    def _file_stem(self) -> str:
        return self.pupil.display_name.replace(" ", "_") if self.pupil else "leerling"

    def print_check(self) -> None:
        check = self.history.current()
        if check is not None and self.service is not None:
            self._preview("Signalenlijst", self.service.check_pdf(check.id),
                          f"signalenlijst_{self._file_stem()}_{check.checked_on:%Y-%m-%d}.pdf",
                          self.service.title(check.id))

    def print_over_time(self) -> None:
        cat = self.catalogue()
        if cat is not None and self.service is not None and self.pupil is not None:
            self._preview("Verloop signalen", self.service.over_time_pdf(self.pupil.id, cat.id),
                          f"signalen_verloop_{self._file_stem()}.pdf",
                          f"Verloop signalen ({cat.title})")

    def show_attachments(self) -> None:
        check = self.history.current()
        if check is None or self.session is None or self.pupil is None:
            return
        show_attachments(self, self.session, self.pupil.id,
                         RecordKind.SIGNALENLIJST, check.id,
                         f"lijst {check.number} van {check.checked_on:%d-%m-%Y}")

    def new_check(self) -> None:
        """Ctrl+N: the Invullen page with the cursor in the list."""
        if self.pupil is None:
            return
        self.pages.setCurrentWidget(self.fill)
        self.fill.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def correct_check(self) -> None:
        check = self.history.current()
        if check is not None:
            self.fill.start_correction(check)
            self.pages.setCurrentWidget(self.fill)

    def new_flag_assessment(self) -> FlagDialog | None:
        if self.service is None or self.pupil is None:
            return None
        dialog = FlagDialog(self.service, self.pupil.id, self.pupil.display_name,
                            self.session.user_name, self, draft=draft_place(
                                self.session, FLAG_DRAFT, f"nieuw:{self.pupil.id}",
                                self.pupil.id))
        dialog.accepted.connect(self.refresh)
        self.flag_dialog = dialog
        open_dialog(dialog)
        return dialog
