"""Forms of the Meldcode wizard, built from the specs in meldcode_steps.

A form turns what the IB typed into arguments for ``MeldcodeService.perform``. Input
the form can judge itself (a date, a number) is refused with a ValidationError; the
domain refuses the rest (MeldcodeError, the same type). ``refused`` puts each message
next to its field (ui/field_errors.py: editing the field clears it) and the cursor at
the first one; a message about the step as a whole goes to the tab's general label.
Nothing typed is cleared unless the action was stored.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.meldcode import (
    STEP1_QUESTIONS,
    EventKind,
    MeldcodeState,
    Question,
    Step,
)
from zorgdesk.domain.meldcode.kenmerk import kenmerk_problem
from zorgdesk.domain.validation import FieldProblem, ValidationError, parse_date
from zorgdesk.ui.eliding_combo import ElidingComboBox
from zorgdesk.ui.field_errors import FieldErrors
from zorgdesk.ui.meldcode.steps import ActionSpec, Field
from zorgdesk.ui.record_picker import RecordPicker
from zorgdesk.ui.social_map.picker import SocialMapCombo
from zorgdesk.ui.widgets import add_row, error_label

FIELDS_SUMMARY = "Controleer de velden met een melding; er is niets verloren gegaan."


# Form field -> the key of the same answer in the meldcode event, where they differ.
ANSWER_KEYS = {"on": "date"}


def _refuse(field: str, message: str) -> ValidationError:
    return ValidationError([FieldProblem(field, message)])


def _text_edit(accessible: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab leaves the field, so the form works by keyboard
    edit.setFixedHeight(58)
    edit.setAccessibleName(accessible)
    return edit


def _plain(label: str) -> str:
    return label.replace("&", "").rstrip(":").strip()


def _input_for(field: Field, name: str) -> QWidget:
    """The input of a field that stands beside its label."""
    if field.kind == "text":
        return _with_hint(_text_edit(name), field.hint)
    if field.kind == "pick":
        return RecordPicker(name, "Nog niets vastgelegd voor deze leerling.", 4)
    if field.kind == "socialmap":
        return SocialMapCombo()
    if field.kind in ("yesno", "choice", "step", "pick1"):
        return _choice_list(field)
    widget = QLineEdit()
    widget.setMaxLength(2000)
    if field.kind == "date":
        widget.setPlaceholderText("dd-mm-jjjj")
        return widget
    return _with_hint(widget, field.hint)


def _with_hint(widget: QLineEdit | QPlainTextEdit, hint: str) -> QWidget:
    """An example of what to type, in the empty field and as its tooltip."""
    if hint:
        widget.setPlaceholderText(hint)
        widget.setToolTip(hint)
    return widget


def _choice_list(field: Field) -> QComboBox:
    """A list that starts at "— kies —": ja/nee, or the field's own options; a choice
    too long for the field ends in '…' (Qt cut it off mid-letter, walk s32)."""
    widget = ElidingComboBox()
    # As wide as the form allows, never as wide as its longest option: a wide list
    # made the stack of forms wider than the scroll area, which then scrolled
    # sideways and put the field messages of other forms out of view.
    widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    widget.setMinimumContentsLength(16)
    widget.view().setMinimumWidth(widget.view().sizeHintForColumn(0))
    widget.addItem("— kies —", None)
    if field.kind == "yesno":
        widget.addItem("Ja", True)
        widget.addItem("Nee", False)
    for value, label in field.options:
        widget.addItem(label, value)
    return widget


class ActionForm(QWidget):
    """One generic form per action spec."""

    def __init__(self, spec: ActionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.widgets: dict[str, Any] = {}
        self.field_errors = FieldErrors()
        self.errors: dict[str, QLabel] = self.field_errors.labels  # field key -> its label
        self.step1: dict[str, QLineEdit] = {}
        self.option_hints: dict[QComboBox, QLabel] = {}  # a list -> what its choice changes
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        # A field too wide beside its label goes under it (a larger font, walk s32).
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        heading = QLabel(f"<b>{spec.title}</b>")
        heading.setWordWrap(True)
        self.form.addRow(heading)
        for field in spec.fields:
            self._add(field)
        self.taken_over: QLabel | None = None
        if spec.kind is EventKind.BESLUIT_HULP:
            self.taken_over = QLabel("Welke hulp, de termijn en de verantwoordelijke zijn "
                                     "overgenomen uit afwegingsvraag 4. Pas ze aan als het "
                                     "besluit anders is.")
            self.taken_over.setWordWrap(True)
            self.taken_over.setAccessibleName("Overgenomen uit afwegingsvraag 4")
            self.taken_over.setVisible(False)
            self.form.insertRow(1, self.taken_over)

    def _add(self, field: Field) -> None:
        name = _plain(field.label)
        if field.kind == "step1":
            self._add_step1_questions()
            return
        if field.kind == "bool":
            widget = QCheckBox(field.label)
            widget.setAccessibleName(name)
            self.form.addRow(widget)
        else:
            widget = _input_for(field, name)
            add_row(self.form, field.label, widget, name)
        self.widgets[field.key] = widget
        if field.option_hints:
            self._add_option_hint(widget, dict(field.option_hints), name)
        self._add_error(field.key, name, widget)

    def _add_step1_questions(self) -> None:
        """The questions of step 1, each a line of its own with the question above it."""
        for key, question in STEP1_QUESTIONS.items():
            edit = QLineEdit()
            edit.setMaxLength(2000)
            self.step1[key] = edit
            # Above its field: beside it, the long questions squeezed every field of
            # the form into a narrow strip.
            caption = QLabel(question)
            caption.setWordWrap(True)
            caption.setBuddy(edit)
            edit.setAccessibleName(question)
            self.form.addRow(caption)
            self.form.addRow(edit)

    def _add_option_hint(self, combo: QComboBox, hints: dict[str, str], name: str) -> None:
        """Under the list: what the chosen option changes (e.g. whom to consult first)."""
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(f"Toelichting bij {name.lower()}")
        label.setStyleSheet("color:#1F4E79;")
        label.setVisible(False)
        self.option_hints[combo] = label

        def show(_index: int = 0, combo=combo, label=label, hints=hints) -> None:
            text = hints.get(combo.currentData() or "", "")
            label.setText(text)
            label.setVisible(bool(text))

        combo.currentIndexChanged.connect(show)
        self.form.addRow("", label)

    def _add_error(self, key: str, name: str, widget: QWidget) -> None:
        """Every field has its message label; the form or the domain may refuse it."""
        label = error_label(f"Fout bij {name}")
        self.form.addRow(label)
        self.field_errors.bind(key, label, widget)
        if key in ANSWER_KEYS:  # the domain names this answer differently
            self.field_errors.bind(ANSWER_KEYS[key], label, widget)

    def first_field(self) -> QWidget | None:
        """Where the keyboard focus goes when the form is chosen."""
        for field in self.spec.fields:
            if field.key in self.widgets:
                return self.widgets[field.key]
        return next(iter(self.step1.values()), None)

    # -- context ------------------------------------------------------------------

    def prepare(self, state: MeldcodeState, today: date, user: str, siblings: list[str],
                choices: dict[str, list[tuple[int, str]]] | None = None) -> None:
        """Defaults that depend on the trajectory; typed text is never overwritten."""
        for field in self.spec.fields:
            widget = self.widgets.get(field.key)
            if field.kind == "pick":
                widget.set_choices((choices or {}).get(field.source, []))
            elif field.kind == "socialmap":
                widget.set_choices((choices or {}).get(field.source, []),
                                   preselect_single=field.required)
            elif field.kind == "pick1":
                chosen = widget.currentData()
                widget.clear()
                options = (choices or {}).get(field.source, [])
                widget.addItem("— kies —" if options else "— nog geen zorggesprek —", None)
                for record_id, title in options:
                    widget.addItem(title, record_id)
                widget.setCurrentIndex(max(widget.findData(chosen), 0))
            if field.key == "concern" and widget.currentData() is None:
                # The form recorded before stays chosen; recording signals again with
                # an empty list would otherwise reset it to 'algemeen'.
                widget.setCurrentIndex(max(widget.findData(state.concern.value), 0))
            if field.kind == "date" and field.required and not widget.text():
                widget.setText(f"{today:%d-%m-%Y}")
            elif field.kind == "siblings" and not widget.text():
                widget.setText(", ".join(siblings))
            elif field.key == "by_whom" and not widget.text():
                widget.setText(user)
            elif field.key in state.rapportage and isinstance(widget, QLineEdit) \
                    and not widget.text():
                widget.setText(state.rapportage[field.key])  # the stored rapportage
            elif field.key in state.rapportage and isinstance(widget, QPlainTextEdit) \
                    and not widget.toPlainText():
                widget.setPlainText(state.rapportage[field.key])
            elif field.kind == "step":
                chosen = widget.currentData()
                widget.clear()
                widget.addItem("— kies —", None)
                last = state.current_step if state.current_step is not Step.AFWEGEN \
                    else Step.BESLISSEN
                for step in Step:
                    if step < last:
                        widget.addItem(step.title, int(step))
                index = widget.findData(chosen)
                widget.setCurrentIndex(max(index, 0))
        if self.taken_over is not None:
            self._take_over_help(state)

    def _take_over_help(self, state: MeldcodeState) -> None:
        """Besluit hulp: what question 4 already recorded (welke hulp, termijn,
        verantwoordelijke, hulp via) fills the empty fields, still editable; the IB is
        never asked for it twice."""
        answered = {
            "description": state.help_description or "",
            "term": f"{state.help_term:%d-%m-%Y}" if state.help_term else "",
            "responsible": state.help_responsible or "",
        }
        filled = False
        for key, text in answered.items():
            widget = self.widgets[key]
            current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) \
                else widget.text()
            if text and not current.strip():
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(text)
                else:
                    widget.setText(text)
            filled = filled or bool(text)
        provider = question4_provider(state) if filled else None
        combo = self.widgets["provider"]
        if provider and combo.currentData() is None and combo.findText(provider) > 0:
            combo.setCurrentIndex(combo.findText(provider))
        self.taken_over.setVisible(filled)

    # -- values -------------------------------------------------------------------

    def values(self) -> tuple[list[Any], dict[str, Any]]:
        """(positional args, keyword args) for the domain action; ValidationError (every
        problem of the form at once) if unusable."""
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        problems: list[FieldProblem] = []
        for field in self.spec.fields:
            if field.kind == "step1":
                kwargs["answers"] = {k: e.text().strip() for k, e in self.step1.items()
                                     if e.text().strip()}
                continue
            try:
                value = self._value(field)
            except ValidationError as refused:
                problems += refused.problems
                continue
            if value is None and not field.required and field.kind in ("date", "line", "text") \
                    and field.key != "reasoning":
                continue  # optional: let the domain fill in what it already knows
            if field.positional:
                args.append(value)
            else:
                kwargs[field.key] = "" if value is None else value
        if problems:
            raise ValidationError(problems)
        return args, kwargs

    def refused(self, problems: list[FieldProblem]) -> None:
        """Messages at their fields, the cursor at the first one."""
        self.field_errors.refused(problems, FIELDS_SUMMARY)
        for field in self.spec.fields:
            if field.kind == "kenmerk" and self.errors[field.key].text():
                # Typing again replaces the refused entry instead of adding to it.
                self.widgets[field.key].selectAll()

    def _value(self, field: Field) -> Any:
        widget = self.widgets[field.key]
        if field.kind == "text":
            return widget.toPlainText().strip() or None
        if field.kind == "bool":
            return widget.isChecked()
        if field.kind == "step" and widget.currentData() is None:
            raise _refuse(field.key, "Kies de stap waarnaar u terug wilt.")
        if field.kind == "pick":
            return [str(i) for i in widget.checked_ids()]
        if field.kind == "pick1":
            if widget.currentData() is None:
                raise _refuse(field.key, "Kies het zorggesprek uit de lijst. Staat het er "
                              "niet bij? Leg het eerst vast op het tabblad Zorggesprekken.")
            return str(widget.currentData())
        if field.kind == "socialmap":
            if widget.picked() is None and field.required:
                raise _refuse(field.key, "Kies de organisatie uit de sociale kaart. Staat ze "
                              "er niet bij? Vul haar aan via Beheer > Sociale kaart.")
            return widget.picked()
        if field.kind in ("yesno", "choice", "step"):
            return widget.currentData()
        text = widget.text().strip()
        if field.kind == "date":
            problems: list[FieldProblem] = []
            value = parse_date(text, field.key, f"de {_plain(field.label).lower()}", problems,
                               required=field.required)
            if problems:
                raise ValidationError(problems[:1])
            return value
        if field.kind == "siblings":
            return [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
        if field.kind == "kenmerk":
            problem = kenmerk_problem(text)
            if problem:
                raise _refuse(field.key, problem)
        return text or None

    def clear(self) -> None:
        for widget in self.widgets.values():
            if isinstance(widget, QPlainTextEdit | QLineEdit):
                widget.clear()
            elif isinstance(widget, QCheckBox):
                widget.setChecked(False)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, RecordPicker):
                widget.clear_checks()
        for edit in self.step1.values():
            edit.clear()
        self.field_errors.clear()


def question4_provider(state: MeldcodeState) -> str | None:
    """'Hulp via' of the last 'ja' to question 4, if the IB picked one."""
    for event in reversed(state.events):
        if event.kind is EventKind.AFWEGINGSVRAAG and \
                event.answer.get("question") == int(Question.HULP_ACCEPTEREN):
            return event.answer.get("help_provider") if event.answer.get("value") == "ja" \
                else None
    return None


class QuestionForm(QWidget):
    """One afwegingsvraag at a time, in the seed's order, with a required reasoning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question: Question | None = None
        self.with_vt = False
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName("Afwegingsvraag")
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName("Uitkomst afwegingskader")
        self.field_errors = FieldErrors()
        self.answer_error = error_label("Fout bij antwoord")
        self.term_error = error_label("Fout bij termijn")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.outcome)
        layout.addLayout(self._answer_buttons())
        layout.addWidget(self.answer_error)
        self._make_question_checks()
        layout.addWidget(self.bevoegd_gezag)
        layout.addWidget(self.disclosure)
        layout.addWidget(self.disclosure_note)
        layout.addLayout(self._details_form())

    def _answer_buttons(self) -> QHBoxLayout:
        """Ja, Nee and (question 2 only) Twijfel, one group."""
        self.yes = QRadioButton("&Ja")
        # Alt+N is Nee, as Alt+J is Ja (walk s36/s37: Nee had none, Alt+N went to Nog nodig).
        self.no = QRadioButton("&Nee")
        self.doubt = QRadioButton("Twij&fel")
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        for button, name in ((self.yes, "Antwoord ja"), (self.no, "Antwoord nee"),
                             (self.doubt, "Antwoord twijfel")):
            button.setAccessibleName(name)
            self.group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.field_errors.bind("answer", self.answer_error, self.yes, self.no, self.doubt)
        return row

    def _make_question_checks(self) -> None:
        """What question 1 (bevoegd gezag) and question 2 (disclosure) also ask."""
        self.bevoegd_gezag = QCheckBox("Het bevoegd gezag van de &school is op de hoogte")
        # The consequence on a line of its own that wraps: in the check box's text it
        # made the form 600 px wide with a 12 pt font (walk s32).
        self.disclosure = QCheckBox("Het kind heeft zich &uitgesproken (disclosure)")
        self.disclosure_note = QLabel("Een uitspraak van het kind telt als acute "
                                      "onveiligheid.")
        self.disclosure_note.setWordWrap(True)
        self.disclosure_note.setIndent(20)
        for box, name in ((self.bevoegd_gezag, "Bevoegd gezag op de hoogte"),
                          (self.disclosure, "Disclosure")):
            box.setAccessibleName(name)

    def _details_form(self) -> QFormLayout:
        """The help (question 4), the monitoring (question 5) and the reasoning every
        answer needs, each with its error line."""
        self.help_description = _text_edit("Welke hulp")
        self.help_term = QLineEdit()
        self.help_term.setPlaceholderText("dd-mm-jjjj")
        self.help_responsible = QLineEdit()
        self.help_provider = SocialMapCombo()
        self.monitoring = _text_edit("Afspraken over monitoren")
        self.reasoning = _text_edit("Onderbouwing van het antwoord")
        self.extra = QFormLayout()
        self.extra.setContentsMargins(0, 0, 0, 0)
        # A field too wide beside its label goes under it (a larger font, walk s32).
        self.extra.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.help_rows = [
            self._row("help_description", "&Welke hulp:", self.help_description, "Welke hulp"),
            self._row("help_term", "&Termijn:", self.help_term, "Termijn van de hulp",
                      self.term_error),
            self._row("help_responsible", "Ve&rantwoordelijke:", self.help_responsible,
                      "Verantwoordelijke voor de hulp"),
            self._row("help_provider", "Hul&p via (sociale kaart):", self.help_provider,
                      "Hulp via (sociale kaart)"),
        ]
        self.monitoring_row = self._row("monitoring_agreements", "&Afspraken over monitoren:",
                                        self.monitoring, "Afspraken over monitoren")
        self._row("reasoning", "&Onderbouwing:", self.reasoning, "Onderbouwing van het antwoord")
        return self.extra

    def _row(self, key: str, label: str, widget: QWidget, accessible: str,
             error: QLabel | None = None) -> QLabel:
        """A labelled input with its message label beneath it; returns the caption."""
        caption = add_row(self.extra, label, widget, accessible)
        error = error or error_label(f"Fout bij {accessible.lower()}")
        self.extra.addRow(error)
        self.field_errors.bind(key, error, widget)
        return caption

    def show_question(self, question: Question | None, with_vt: bool, outcome_text: str) -> None:
        if question != self.question or with_vt != self.with_vt:
            self.clear()
        self.question, self.with_vt = question, with_vt
        self.outcome.setText(outcome_text)
        if question is None:
            self.heading.setText("Er is nu geen afwegingsvraag te beantwoorden.")
        else:
            vt = " (samen met Veilig Thuis)" if with_vt else ""
            self.heading.setText(f"<b>Vraag {int(question)}{vt}</b><br>{question.text}")
        def is_q(q):
            return (question is q)
        for widget in (self.yes, self.no, self.reasoning):
            widget.setEnabled(question is not None)
        # "Twijfel" is an answer only to question 2 (l.7888).
        self.doubt.setVisible(is_q(Question.VEILIGHEID))
        self.bevoegd_gezag.setVisible(is_q(Question.VERMOEDEN))
        self.disclosure.setVisible(is_q(Question.VEILIGHEID))
        self.disclosure_note.setVisible(is_q(Question.VEILIGHEID))
        for widget in (self.help_description, self.help_term, self.help_responsible,
                       self.help_provider):
            widget.setVisible(is_q(Question.HULP_ACCEPTEREN))
        for label in self.help_rows:
            label.setVisible(is_q(Question.HULP_ACCEPTEREN))
        self.monitoring.setVisible(is_q(Question.RESULTAAT))
        self.monitoring_row.setVisible(is_q(Question.RESULTAAT))

    def first_field(self) -> QWidget:
        return self.yes

    def set_providers(self, choices: list[tuple[int, str]]) -> None:
        """The sociale kaart's help entries (id, label) to pick the help from."""
        self.help_provider.set_choices(choices)

    def values(self) -> tuple[list[Any], dict[str, Any]]:
        if self.question is None:
            raise _refuse("", "Er is nu geen afwegingsvraag te beantwoorden.")
        checked = self.group.checkedButton()
        answer = {self.yes: "ja", self.no: "nee", self.doubt: "twijfel"}.get(checked)
        if answer is None:
            raise _refuse("answer", "Kies een antwoord: ja of nee"
                          + (" (of twijfel)." if self.question is Question.VEILIGHEID
                             else "."))
        kwargs: dict[str, Any] = {"reasoning": self.reasoning.toPlainText().strip(),
                                  "with_veilig_thuis": self.with_vt}
        q = self.question
        if q is Question.VERMOEDEN:
            kwargs["bevoegd_gezag_informed"] = self.bevoegd_gezag.isChecked()
        if q is Question.VEILIGHEID:
            kwargs["disclosure"] = self.disclosure.isChecked()
        if q is Question.HULP_ACCEPTEREN and answer == "ja":
            problems: list[FieldProblem] = []
            term = parse_date(self.help_term.text(), "help_term", "de termijn", problems)
            if problems:
                raise ValidationError(problems)
            kwargs.update(help_description=self.help_description.toPlainText().strip(),
                          help_term=term, help_responsible=self.help_responsible.text().strip(),
                          help_provider=self.help_provider.picked())
        if q is Question.RESULTAAT and answer == "ja":
            kwargs["monitoring_agreements"] = self.monitoring.toPlainText().strip()
        return [q, answer], kwargs

    def refused(self, problems: list[FieldProblem]) -> None:
        self.field_errors.refused(problems, FIELDS_SUMMARY)

    def clear(self) -> None:
        self.group.setExclusive(False)
        for button in (self.yes, self.no, self.doubt):
            button.setChecked(False)
        self.group.setExclusive(True)
        for widget in (self.bevoegd_gezag, self.disclosure):
            widget.setChecked(False)
        for widget in (self.help_description, self.monitoring, self.reasoning):
            widget.clear()
        self.help_term.clear()
        self.help_responsible.clear()
        self.help_provider.setCurrentIndex(0)
        self.field_errors.clear()
