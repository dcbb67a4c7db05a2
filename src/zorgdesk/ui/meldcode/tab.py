"""The Meldcode tab: a wizard through the five steps of the meldcode for one pupil.

It shows where the trajectory is (step indicator), the seed's guidance for the step or
question, what is still needed, a form per action and the full history. Actions the
meldcode does not allow now are disabled; the domain refuses them anyway, and its Dutch
message is shown next to the form with everything typed kept. The left-hand side
(reminders, what is needed, guidance, history) is :mod:`zorgdesk.ui.meldcode.info_panel`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.attachments.records import RecordKind
from zorgdesk.domain.meldcode import EventKind, MeldcodeError, describe_event
from zorgdesk.domain.meldcode.requirements import done_kinds
from zorgdesk.domain.people import Pupil
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.meldcode.service import Trajectory
from zorgdesk.services.record_titles import SOURCES, record_choices
from zorgdesk.services.session import Session
from zorgdesk.ui.anonymise.dialog import AnonymiseDialog
from zorgdesk.ui.attachments.dialog import show_attachments
from zorgdesk.ui.dialogs import open_dialog
from zorgdesk.ui.elided_heading import ElidedHeading
from zorgdesk.ui.flow_layout import FlowLayout
from zorgdesk.ui.logbook.sharing_prompt import preview_with_sharing
from zorgdesk.ui.meldcode.drafts import MeldcodeDrafts
from zorgdesk.ui.meldcode.forms import ActionForm, QuestionForm
from zorgdesk.ui.meldcode.info_panel import MeldcodeInfoPanel
from zorgdesk.ui.meldcode.overview import MeldcodeOverviewDialog
from zorgdesk.ui.meldcode.steps import (
    BUTTON_ROWS,
    SPECS,
    StepIndicator,
    question_to_ask,
    ui_enabled,
)
from zorgdesk.ui.messages import ask_choice
from zorgdesk.ui.pdf_preview import PdfPreviewDialog
from zorgdesk.ui.pupil_tab import PupilTab
from zorgdesk.ui.tab_toolbar import Keys, TabAction, build_tab_toolbar
from zorgdesk.ui.widgets import announce, error_label, focus_visibly, show_error

# The tab's actions (see ui/tab_toolbar.py). Alt+letters belong to the form fields below:
# on the toolbar these are reached by their Ctrl shortcut or Tab (a tool button shows its
# text without the letter); their letters work in Leerling > Meldcode only. The
# attachments of a step are in the menu bar (Leerling > Meldcode) and under Ctrl+J, not
# on the toolbar.
BUTTONS = (
    TabAction("start", "Meldcodetraject &starten", "ask_start_trajectory", Keys.NEW,
              QIcon.ThemeIcon.DocumentNew, "Meldcodetraject starten"),
    TabAction("print", "&Rapportage afdrukken…", "print_rapportage", Keys.PRINT,
              QIcon.ThemeIcon.DocumentPrint,
              "Rapportage meldcode afdrukken; is die nog niet ingevuld, dan opent eerst het "
              "formulier"),
    TabAction("overview", "&Overzicht alle trajecten…", "show_overview", Keys.ALL_PUPILS,
              QIcon.ThemeIcon.EditFind, "Overzicht van alle open meldcodetrajecten"),
)
# Below this many lines of text in the tab's height the step indicator goes to one line
# (StepIndicator.set_compact). Measured at 1366x768 and 125 %: the normal 9 pt font gives
# the tab 31 lines and the forms their room; 11 and 12 pt give 23 and 22, and the form
# under the step buttons was 68-73 px high (a form needs about 115). At 1920x1080 and
# 150 % 12 pt gives 27.5 lines and a form area of 180 px.
COMPACT_STEPS_BELOW_LINES = 26

MENU_ONLY = (
    TabAction("attachments", "Bi&jlagen bij stap…", "show_attachments", Keys.ATTACHMENTS,
              QIcon.ThemeIcon.MailAttachment,
              "Bijlagen bij de stap die in de geschiedenis is gekozen (anders de laatste "
              "vastlegging)"),
)


class MeldcodeTab(PupilTab):
    title = "Meldcode"

    def __init__(self) -> None:
        super().__init__()
        self.session: Session | None = None
        self.pupil: Pupil | None = None
        self.trajectory: Trajectory | None = None
        self.current_kind: EventKind | None = None
        self.preview: PdfPreviewDialog | None = None
        self.anonymise_dialog: AnonymiseDialog | None = None

        self._build_toolbar()
        self.steps = StepIndicator()
        self.top_error = error_label("Melding bij het starten")
        self._build_info()
        right = self._build_right()
        left = self._build_left()
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(left)
        self.body.addWidget(right)
        self.body.setStretchFactor(0, 2)
        self.body.setStretchFactor(1, 3)
        self.body.setSizes([380, 770])
        self._lay_out()
        self._order_tab_stops()
        self.drafts = MeldcodeDrafts(self)
        self.refresh()

    # -- building the tab -----------------------------------------------------------

    def _build_toolbar(self) -> None:
        """Which trajectory is shown; starting, printing, the overview and attachments."""
        self.header = ElidedHeading("Meldcodetraject")  # a long name ends in '…
        self.toolbar = build_tab_toolbar(self, "Acties bij de meldcode", BUTTONS,
                                         menu_only=MENU_ONLY)

    def _build_info(self) -> None:
        """Left: what is needed, the seed guidance, the history, reminders."""
        self.info = MeldcodeInfoPanel()
        # The panel's widgets stay reachable under their former names (tests read them).
        self.missing = self.info.missing
        self.guidance = self.info.guidance
        self.history = self.info.history
        self.reminders = self.info.reminders
        # Enter on what 'Nog nodig' asks for opens it (walk s37: Enter did nothing there,
        # and the step's buttons were six Tabs away); a double click too.
        self.info.next_requested.connect(self.open_next_action)
        self.missing.itemDoubleClicked.connect(self.open_next_action)

    def _build_left(self) -> QWidget:
        """The info panel with the attachments button under the history."""
        # Under the history it belongs to (and the tab stays low enough for a laptop).
        self.attachments_button = QToolButton()
        self.attachments_button.setDefaultAction(self.attachments_action)
        self.attachments_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.attachments_button.setAccessibleName(self.attachments_action.statusTip())
        # The panel scrolls as a whole when the window is short of height: its reminders
        # keep all their lines, so with a 12 pt font at 1366x768 and 125 % it needed 56 px
        # more than the step's buttons and form beside it, and the window 574 px of the
        # 543 there are (walk s32). With room to spare nothing scrolls.
        self.info_scroll = _FormScroll()
        self.info_scroll.setWidgetResizable(True)
        self.info_scroll.setWidget(self.info)
        self.info_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.info_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the lists
        self.info_scroll.setAccessibleName("Herinneringen, uitleg en geschiedenis")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.info_scroll, 1)
        left_layout.addWidget(self.attachments_button, 0, Qt.AlignmentFlag.AlignLeft)
        return left

    def _build_right(self) -> QWidget:
        """The action buttons per step, the form of the chosen action, Vastleggen."""
        grid = self._build_action_grid()
        scroll = self._build_form_stack()
        self.save_button = QPushButton("&Vastleggen")
        self.save_button.setAccessibleName("Vastleggen")
        self.save_button.setToolTip("Vastleggen (Ctrl+Enter)")
        self.save_button.clicked.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName("Bevestiging")
        # The cursor's place when nothing is left to choose; not a Tab stop of its own.
        self.feedback.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        save_row = QHBoxLayout()
        save_row.addWidget(self.feedback, 1)
        save_row.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(grid)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.form_error)
        right_layout.addLayout(save_row)
        return right

    def _build_action_grid(self) -> QGridLayout:
        """One line of checkable buttons per step (BUTTON_ROWS); the buttons go on to a
        next line when the width runs out (four to a line made the window 1,225 px wide
        at 125 % with a 12 pt font, walk s32)."""
        self.buttons: dict[EventKind, QPushButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        self.row_labels: dict[str, QLabel] = {}
        # Per step: every widget of its line, hidden together while none of its actions
        # can be taken (the form below needs the height of a laptop screen).
        self.row_widgets: dict[str, list[QWidget]] = {}
        for row, (caption, kinds) in enumerate(BUTTON_ROWS):
            label = QLabel(f"<b>{caption}</b>")
            line = QWidget()
            flow = FlowLayout(line, spacing=4)
            flow.setContentsMargins(0, 0, 0, 0)
            self.row_labels[caption] = label
            self.row_widgets[caption] = [label, line]
            for kind in kinds:
                button = QPushButton(SPECS[kind].button)
                button.setAccessibleName(SPECS[kind].title)
                button.setToolTip(SPECS[kind].title)
                button.setCheckable(True)
                button.clicked.connect(lambda _=False, k=kind: self.choose(k))
                self.buttons[kind] = button
                self.row_widgets[caption].append(button)
                flow.addWidget(button)
            if caption == "Stap 2":
                flow.addWidget(self._make_anonymise_button())
                self.row_widgets[caption].append(self.anonymise_button)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(line, row, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _make_anonymise_button(self) -> QPushButton:
        """Step 2: consulting Veilig Thuis anonymously starts from the anonymous summary."""
        self.anonymise_button = QPushButton("Anonieme casus voor Veilig Thuis…")
        self.anonymise_button.setAccessibleName("Anonieme casus voor Veilig Thuis maken")
        self.anonymise_button.setToolTip("Maak een samenvatting zonder namen en geboortedatum "
                                         "om Veilig Thuis anoniem te raadplegen.")
        self.anonymise_button.clicked.connect(self.open_anonymise_dialog)
        return self.anonymise_button

    def _build_form_stack(self) -> QScrollArea:
        """One page per action (the afwegingsvragen share one form), in a scroll area."""
        self.forms: dict[EventKind, QWidget] = {}
        self.pages: dict[EventKind, QWidget] = {}
        self.stack = _CurrentPageStack()
        self.placeholder = QLabel("Kies hierboven wat u wilt vastleggen. Alleen wat de "
                                  "meldcode nu toestaat, is te kiezen.")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(self.placeholder)
        self.question_form = QuestionForm()
        self.form_error = error_label("Foutmelding bij het vastleggen")
        for kind, spec in SPECS.items():
            form = self.question_form if kind is EventKind.AFWEGINGSVRAAG else ActionForm(spec)
            self.forms[kind] = form
            form.field_errors.general = self.form_error
            # Top-aligned: the stack is as tall as its longest form.
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(4, 4, 4, 4)
            page_layout.addWidget(form)
            page_layout.addStretch(1)
            self.pages[kind] = page
            self.stack.addWidget(page)
        scroll = _FormScroll()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        scroll.setAccessibleName("Formulier")
        self.form_scroll = scroll
        return scroll

    def _order_tab_stops(self) -> None:
        """The keyboard works as the IB does: the info at the left, the chosen form,
        Vastleggen, then on to the step's buttons to choose what comes next (before, Tab
        from Vastleggen left the tab for the pupil search)."""
        previous: QWidget = self.save_button
        for caption, kinds in BUTTON_ROWS:
            for kind in kinds:
                QWidget.setTabOrder(previous, self.buttons[kind])
                previous = self.buttons[kind]
            if caption == "Stap 2":
                QWidget.setTabOrder(previous, self.anonymise_button)
                previous = self.anonymise_button

    def _lay_out(self) -> None:
        """Header, toolbar, message and steps on the full width above the two sides."""
        layout = QVBoxLayout(self)
        margins = layout.contentsMargins()  # the height of a laptop screen is short
        layout.setContentsMargins(margins.left(), 2, margins.right(), 2)
        layout.setSpacing(4)
        # Each on the full width: beside one another the header or the full step
        # indicator wraps and grows taller than the row they would save. The compact
        # indicator (one line) goes beside the toolbar when both fit (_place_steps).
        layout.addWidget(self.header)  # the heading first, as on the other tabs
        self.top_row = QHBoxLayout()
        self.top_row.addWidget(self.toolbar, 1)
        layout.addLayout(self.top_row)
        layout.addWidget(self.top_error)
        layout.addWidget(self.steps)
        layout.addWidget(self.body, 1)
        self.filler = QWidget()  # keeps the header at the top when there is no trajectory
        layout.addWidget(self.filler, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_steps()

    def _place_steps(self) -> None:
        """Short of height, the step indicator takes one line, at the end of the
        toolbar's row when both fit there, else on its own line: the form under the
        step buttons gets the room (walk s33: at 12 pt it had 135 px, the indicator 80).
        The choice depends on the tab's size and the toolbar's, not on where the
        indicator is, so it settles."""
        lines = self.height() / max(self.fontMetrics().lineSpacing(), 1)
        self.steps.set_compact(lines < COMPACT_STEPS_BELOW_LINES)
        room = self.contentsRect().width() - self.layout().contentsMargins().left() \
            - self.layout().contentsMargins().right()
        beside = self.steps.compact and (
            self.toolbar.sizeHint().width() + self.top_row.spacing()
            + self.steps.sizeHint().width() <= room)
        if beside == (self.top_row.indexOf(self.steps) >= 0):
            return
        main = self.layout()
        if beside:
            main.removeWidget(self.steps)
            self.top_row.addWidget(self.steps, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            self.top_row.removeWidget(self.steps)
            main.insertWidget(main.indexOf(self.top_error) + 1, self.steps)

    # -- context --------------------------------------------------------------------

    def set_context(self, session: Session | None, pupil: Pupil | None) -> None:
        changed = pupil is None or self.pupil is None or pupil.id != self.pupil.id
        self.drafts.leave()  # typed text is stored before the forms are cleared
        self.session, self.pupil = session, pupil
        if (changed or session is None) and self.anonymise_dialog is not None:
            self.anonymise_dialog.reject()  # case text of another pupil must not linger
            self.anonymise_dialog = None
        if changed:
            for _kind, form in self.forms.items():
                form.clear()
            self.current_kind = None
            show_error(self.form_error, "")
            self.feedback.clear()
        self.reload()
        self.drafts.enter()

    def reload(self) -> None:
        self.trajectory = None
        if self.session is not None and self.pupil is not None:
            self.trajectory = self.session.meldcode.current(self.pupil.id)
        self.refresh()

    def main_focus(self) -> QWidget | None:
        """Where Ctrl+4 puts the cursor: the open form (walk s36: it went to 'Nog nodig'
        when she came back from planning the conversation the form asks for)."""
        return self.forms[self.current_kind].first_field() if self.current_kind else None

    def shown_again(self) -> None:
        """The open form's lists again (walk s35): an observation recorded on the Logboek
        tab, a zorggesprek planned on its tab, belong in 'Logboekregels' and 'Gesprek
        koppelen' now; ticks and typed text stay (prepare never overwrites them)."""
        if self.current_kind is not None and self.session is not None:
            self._show_form()

    @property
    def state(self):
        return self.trajectory.state if self.trajectory else None

    # -- showing --------------------------------------------------------------------

    def refresh(self) -> None:
        state = self.state
        has_pupil = self.session is not None and self.pupil is not None
        open_trajectory = state is not None and not state.closed
        self.start_action.setVisible(has_pupil and not open_trajectory)
        self.print_action.setEnabled(state is not None)
        self.attachments_action.setEnabled(state is not None)
        self.anonymise_button.setEnabled(state is not None)
        self.overview_action.setEnabled(self.session is not None)
        self.body.setVisible(state is not None)
        self.filler.setVisible(state is None)
        self.steps.setVisible(state is not None)
        self.steps.show_state(state)
        self._place_steps()  # the current step's title changes the indicator's width
        if not has_pupil:
            self.header.setText("<p>Kies links een leerling.</p>")
        elif state is None:
            self.header.set_heading(
                "<h3>Meldcode voor {}</h3><p>Er is geen meldcodetraject. Start een traject "
                "als er signalen zijn die wijzen op huiselijk geweld of "
                "kindermishandeling.</p>", self.pupil.display_name)
        else:
            closed = " · <b>afgesloten</b>" if state.closed else ""
            # One line where the width allows (the pupil's name is in the window's header
            # right above, the current step in the step indicator right below): the forms
            # need the height of a laptop screen.
            self.header.setText(
                f"<b>Dossier meldcode</b> · gestart {state.start_date:%d-%m-%Y} · "
                f"aandachtsfunctionaris {escape(state.leader or '')}{closed} · "
                f"Afwegingskader: <b>{escape(state.outcome.label)}</b>")
        for kind, button in self.buttons.items():
            button.setEnabled(state is not None and ui_enabled(kind, state))
            button.setChecked(kind is self.current_kind)
        if self.current_kind is not None and not self.buttons[self.current_kind].isEnabled():
            self.current_kind = None
        for caption, label in self.row_labels.items():
            current = state is not None and not state.closed and \
                caption == f"Stap {int(state.current_step)}"
            label.setStyleSheet("color:#1F4E79;" if current else "color:#777;")
        self._show_rows_with_actions()
        self._show_form()
        self.info.show_trajectory(self.session.meldcode if self.session else None,
                                  self.pupil.id if self.pupil else None, self.trajectory)

    def _show_rows_with_actions(self) -> None:
        """Only the steps with an action the meldcode allows now, and of the other steps
        only the actions it allows: a row of greyed-out buttons (step 1 at step 4, say)
        took the height the form needs; the step indicator above still shows every
        step, the history what was done."""
        state = self.state
        for caption, widgets in self.row_widgets.items():
            offered = any(w.isEnabled() for w in widgets if isinstance(w, QPushButton))
            current = state is not None and not state.closed and \
                caption == f"Stap {int(state.current_step)}"
            for widget in widgets:
                # Outside the current step only what can be chosen now: with a larger
                # font the greyed-out ones took two lines of buttons (walk s32).
                can = current or not isinstance(widget, QPushButton) or widget.isEnabled()
                widget.setVisible((offered or current) and can)

    def _show_form(self) -> None:
        state = self.state
        if self.current_kind is None:
            self.placeholder.setText(
                "Het dossier is afgesloten; er kan niets meer worden toegevoegd."
                if state is not None and state.closed else
                "Kies hierboven wat u wilt vastleggen. Alleen wat de meldcode nu toestaat, "
                "is te kiezen.")
            self.stack.setCurrentWidget(self.placeholder)
            # The stack is as tall as its longest form: show the hint, not blank space.
            self.form_scroll.verticalScrollBar().setValue(0)
            self.save_button.setEnabled(False)
            return
        form = self.forms[self.current_kind]
        if isinstance(form, ActionForm) and self.session is not None and state is not None:
            form.prepare(state, self.session.today, self.session.user_name,
                         self.session.meldcode.siblings_at_school(self.pupil.id),
                         {**{source: record_choices(self.session, source, self.pupil.id)
                             for source in SOURCES},
                          "social_map_vt": self.session.social_map.veilig_thuis_choices(),
                          "social_map_help": self.session.social_map.help_choices()})
        if form is self.question_form and state is not None:
            if self.session is not None:
                self.question_form.set_providers(self.session.social_map.help_choices())
            question, with_vt = question_to_ask(state)
            self.question_form.show_question(question, with_vt,
                                             f"Uitkomst tot nu toe: {state.outcome.label}")
        self.stack.setCurrentWidget(self.pages[self.current_kind])
        self.save_button.setEnabled(True)
        self.drafts.shown(self.current_kind)

    # -- acting ---------------------------------------------------------------------

    def choose(self, kind: EventKind) -> None:
        if not self.buttons[kind].isEnabled():
            return
        self.current_kind = kind
        show_error(self.form_error, "")
        self.feedback.clear()
        self.refresh()
        first = self.forms[kind].first_field()
        if first is not None:
            focus_visibly(first)

    def open_next_action(self, *_index) -> None:
        """The action the cursor goes to after a save (the next one of this step not
        done yet, Stap afronden, Dossier afsluiten), opened with the cursor in its form;
        nothing when no action is allowed (a closed dossier)."""
        if self.state is None or self.state.closed:
            return
        button = self._next_button(None)
        if button is not None and button.isEnabled():
            button.click()

    def open_step(self, trajectory_id: int, step: str) -> None:
        """Vandaag: the form a deadline asks for (the terugkoppeling of Veilig Thuis,
        question 5 after the term for help), in this pupil's open trajectory."""
        if self.trajectory is None or self.trajectory.id != trajectory_id:
            self.reload()
        try:
            kind = EventKind(step)
        except ValueError:
            return
        if self.trajectory is None or self.trajectory.id != trajectory_id \
                or not self.buttons[kind].isEnabled():
            self.feedback.setText(f"{SPECS[kind].title}: kan nu niet in dit traject.")
            return
        self.choose(kind)

    def ask_start_trajectory(self) -> None:
        """The toolbar's start and Ctrl+N ask first: a started trajectory stays in the
        dossier (the inzage, the Veilig Thuis summary) and is not taken back. Ctrl+N is
        "new" on every tab, and on this one it started a trajectory at once (walk s35)."""
        if self.session is None or self.pupil is None:
            return
        if ask_choice(self, "Meldcodetraject starten",
                      f"Een meldcodetraject starten voor {self.pupil.display_name}?\n\n"
                      "Het traject komt in het dossier en blijft daar, ook bij inzage door "
                      "de ouders en in de anonieme casus voor Veilig Thuis.",
                      "Traject &starten", warning=False):
            self.start_trajectory()

    def start_trajectory(self) -> None:
        """Start without asking (after ask_start_trajectory, and for tests)."""
        if self.session is None or self.pupil is None:
            return
        try:
            self.session.meldcode.start(self.pupil.id)
        except MeldcodeError as error:
            show_error(self.top_error, error.message)
            return
        show_error(self.top_error, "")
        self.reload()
        self.feedback.setText("Het meldcodetraject is gestart.")
        self._focus_after(None)
        announce(self.feedback, self.feedback.text())

    def _focus_after(self, recorded: EventKind | None) -> None:
        """The cursor where the IB goes on: Stap afronden when the step is complete, else
        the next action of the current step not done yet, counted on from the one just
        ``recorded`` (walk s32: it went back to the row's first button), else the first
        allowed action; without any, the confirmation. The keyboard goes on from there
        (the form or button it was on is gone)."""
        state = self.state
        if state is None:
            return
        target = self._next_button(recorded) if not state.closed else None
        focus_visibly(target or self.feedback)

    def _next_button(self, recorded: EventKind | None) -> QPushButton | None:
        if self.buttons[EventKind.STAP_AFGEROND].isEnabled():  # nothing more needed
            return self.buttons[EventKind.STAP_AFGEROND]
        current = f"Stap {int(self.state.current_step)}"
        rows = sorted(BUTTON_ROWS, key=lambda row: row[0] != current)
        allowed = [kind for _caption, kinds in rows for kind in kinds
                   if self.buttons[kind].isEnabled()]
        done = done_kinds(self.state)
        row = next((kinds for caption, kinds in rows if caption == current), ())
        if recorded in row:  # on from the one recorded, round to the row's start
            at = row.index(recorded) + 1
            row = row[at:] + row[:at]
        to_do = [kind for kind in row if kind in allowed and kind not in done]
        if not to_do and EventKind.AFGESLOTEN in allowed:
            # Nothing left in this step and closing is allowed: what 'Nog nodig' asks for
            # (walk s36: after 'nee' at question 1 the cursor went to 'VT raadplegen').
            to_do = [EventKind.AFGESLOTEN]
        chosen = (to_do or allowed or [None])[0]
        return self.buttons[chosen] if chosen is not None else None

    def submit(self) -> bool:
        """Store the chosen action; True when stored. Errors are shown, input is kept."""
        if self.current_kind is None or self.trajectory is None:
            return False
        form = self.forms[self.current_kind]
        kind = self.current_kind
        show_error(self.form_error, "")
        before = len(self.trajectory.state.events)
        try:
            args, kwargs = form.values()
            self.trajectory = self.session.meldcode.perform(
                self.trajectory.id, SPECS[kind].action, *args, **kwargs)
        except ValidationError as error:  # the form's own checks, or the meldcode's
            form.refused(error.problems)
            return False
        form.clear()
        self.drafts.saved(kind)
        events = self.trajectory.state.events
        # What the history now says (not the form's title, a question or an instruction).
        # One full stop, also after a reasoning that ends in one ('gevaar..', walk).
        self.feedback.setText(f"✔ {describe_event(events[-1]).rstrip('.')}."
                              if len(events) > before else "Niets gewijzigd.")
        keep = kind in (EventKind.AFWEGINGSVRAAG, EventKind.COLLEGIALE_CONSULTATIE,
                        EventKind.VT_CONSULTATIE)
        self.current_kind = kind if keep else None
        self.refresh()
        if self.current_kind is not None and not self.buttons[kind].isEnabled():
            self.current_kind = None
            self.refresh()
        first = self.forms[self.current_kind].first_field() if self.current_kind else None
        # A consultation's form stays open for a second one, but when the step is now
        # complete the cursor goes to Stap afronden (walk s35: it waited in the emptied
        # 'Met wie' while 'Nog nodig' said to finish the step).
        finished = kind is not EventKind.AFWEGINGSVRAAG and \
            self.buttons[EventKind.STAP_AFGEROND].isEnabled()
        if first is not None and not finished:
            focus_visibly(first)
        else:
            self._focus_after(kind)
        # The confirmation sits beside Vastleggen, where a screen reader no longer is.
        announce(self.feedback, self.feedback.text().removeprefix("✔ "))
        return True

    def open_anonymise_dialog(self) -> AnonymiseDialog | None:
        """The same dialog as the main window's menu action, for this pupil."""
        if self.session is None or self.pupil is None:
            return None
        if self.anonymise_dialog is not None:
            self.anonymise_dialog.reject()
        dialog = AnonymiseDialog(self.session, self.pupil.id, self)
        dialog.finished.connect(lambda _=None, d=dialog: self._anonymise_closed(d))
        self.anonymise_dialog = dialog
        open_dialog(dialog)
        return dialog

    def _anonymise_closed(self, dialog) -> None:
        if self.anonymise_dialog is dialog:
            self.anonymise_dialog = None

    def show_attachments(self) -> None:
        if self.session is None or self.pupil is None or self.trajectory is None:
            return
        step_ids = self.session.attachments.meldcode_step_ids(self.trajectory.id)
        if not step_ids:
            return
        row = self.history.currentRow()
        index = row if 0 <= row < len(step_ids) else len(step_ids) - 1
        event = self.trajectory.state.events[index]
        show_attachments(self, self.session, self.pupil.id, RecordKind.MELDCODE,
                         step_ids[index], f"{event.timestamp:%d-%m-%Y %H:%M} · "
                         f"{describe_event(event)}")

    def show_overview(self) -> None:
        if self.session is None:
            return
        self.overview = open_dialog(MeldcodeOverviewDialog(self.session.meldcode, self))

    def print_rapportage(self) -> None:
        if self.trajectory is None:
            return
        if not self.trajectory.state.rapportage:
            # Every field of the printed form is filled: first the ones only the IB knows.
            self.choose(EventKind.RAPPORTAGE)
            self.feedback.setText("Vul eerst de rapportage in en kies Vastleggen; daarna "
                                  "kunt u afdrukken.")
            return
        try:
            data = self.session.meldcode.dossier_pdf(self.trajectory.id)
        except MeldcodeError as error:
            show_error(self.top_error, error.message)
            return
        name = f"Rapportage meldcode {self.pupil.display_name}.pdf"
        self.preview = preview_with_sharing(
            self.session, self.pupil.id, "Rapportage meldcode", "Rapportage meldcode", data,
            name, self)
        open_dialog(self.preview)


class _CurrentPageStack(QWidget):
    """The forms one at a time (QStackedWidget's calls), as tall as the page shown: in a
    QStackedWidget the empty form area (the hint 'Kies hierboven ...') showed a scroll
    bar that scrolled to blank space, because its layout's height for a width is that
    of its longest page (walk s33). Hidden pages take no room in a box layout. The
    width is that of the widest page, as before: the columns do not move when another
    form is chosen, and no form scrolls sideways."""

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None
        self._pages: list[QWidget] = []

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        widest = max((page.minimumSizeHint().width() for page in self._pages), default=0)
        return QSize(max(hint.width(), widest), hint.height())

    def addWidget(self, page: QWidget) -> None:  # noqa: N802 (QStackedWidget's name)
        self._layout.addWidget(page)
        self._pages.append(page)
        if self._current is None:
            self._current = page
        else:
            page.hide()

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self._current

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        if page is self._current:
            return
        page.show()
        if self._current is not None:
            self._current.hide()  # Qt moves the keyboard on from a field it hides
        self._current = page


class _FormScroll(QScrollArea):
    """The forms (and the info panel) scroll up and down, never sideways: the area is at
    least as wide as its widest form (a sideways scroll bar hid the end of every line,
    walk s32)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        width = (inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                 + 2 * self.frameWidth())
        return QSize(max(hint.width(), width), hint.height())
