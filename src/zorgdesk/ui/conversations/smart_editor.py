"""Editor for SMART agreements; shows the domain's hints live, never blocks saving."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from zorgdesk.domain.conversations.smart import SmartAgreement, SmartFinding
from zorgdesk.domain.validation import FieldProblem, parse_date
from zorgdesk.ui.messages import ask_choice

HINT_STYLE = "color: #6b4e00; background: #fff6d6; padding: 4px; border-radius: 3px;"

Findings = Callable[[SmartAgreement], list[SmartFinding]]

# The Alt+letters of the agreement the IB is in (walk s32: there were none). Only that
# agreement carries them: with several, Qt would cycle between equal letters. None is a
# letter of the rest of page 3 (1, 2, 3, A, L, M, O; S of Sluiten when read-only) nor of
# 'Concept weggooien', whose letter a restored draft picks among those that are free.
WHAT, MEASURE, WHO, BY_WHEN = ("Wat (speci&fiek):", "&Hoe meten we het:", "Wie &doet het:",
                               "&Vóór:")
ACCEPTABLE, REALISTIC, REMOVE = ("Aanvaard door o&uders en school", "Haal&baar",
                                 "Ve&rwijderen")


class AgreementRow(QFrame):
    def __init__(self, number: int, findings: Findings, on_remove, on_focus) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._findings = findings
        n = f"afspraak {number}"
        self.what = QLineEdit()
        self.what.setPlaceholderText("Wat gaat er precies gebeuren?")
        self.measure = QLineEdit()
        self.measure.setPlaceholderText("Hoe zien we dat het gelukt is?")
        self.who = QLineEdit()
        self.who.setPlaceholderText("Persoon of rol")
        self.by_when = QLineEdit()
        self.by_when.setPlaceholderText("dd-mm-jjjj")
        self.by_when.setMaximumWidth(110)
        self.acceptable = QCheckBox(ACCEPTABLE)
        self.realistic = QCheckBox(REALISTIC)
        self.remove = QPushButton(REMOVE)
        self.remove.setAccessibleName(f"Verwijder {n}")
        self.remove.clicked.connect(lambda: on_remove(self))
        self.hints = QLabel()
        self.hints.setWordWrap(True)
        self.hints.setStyleSheet(HINT_STYLE)
        self.hints.setAccessibleName(f"Tips bij {n}")
        self._lay_out(number, n)
        self._texts = [(label, label.text()) for label in self.captions] + [
            (self.acceptable, ACCEPTABLE), (self.realistic, REALISTIC), (self.remove, REMOVE)]
        self._on_focus = on_focus
        self._removed = False  # set when taken out: its labels may be gone already
        for control in (self.what, self.measure, self.who, self.by_when, self.acceptable,
                        self.realistic, self.remove):
            control.installEventFilter(self)
        for edit in (self.what, self.measure, self.who, self.by_when):
            edit.textChanged.connect(self.refresh)
        for box in (self.acceptable, self.realistic):
            box.toggled.connect(self.refresh)


    def _lay_out(self, number: int, n: str) -> None:
        """Title and Verwijderen, the three text fields, Vóór with the two check boxes,
        the tips; the captions (with their Alt+letters) in ``self.captions``."""
        grid = QGridLayout(self)
        self.title = QLabel(f"<b>Afspraak {number}</b>")
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.remove, 0, 3)
        self.captions: list[QLabel] = []
        for row, (label, widget, name) in enumerate((
                (WHAT, self.what, "wat"),
                (MEASURE, self.measure, "meetwijze"),
                (WHO, self.who, "wie")), start=1):
            caption = QLabel(label)
            caption.setBuddy(widget)
            self.captions.append(caption)
            widget.setAccessibleName(f"{n}: {name}")
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1, 1, 3)
        when = QLabel(BY_WHEN)
        when.setBuddy(self.by_when)
        self.captions.append(when)
        self.by_when.setAccessibleName(f"{n}: vóór datum")
        self.acceptable.setAccessibleName(f"{n}: aanvaard")
        self.realistic.setAccessibleName(f"{n}: haalbaar")
        grid.addWidget(when, 4, 0)
        line = QHBoxLayout()
        line.addWidget(self.by_when)
        line.addWidget(self.acceptable)
        line.addWidget(self.realistic)
        line.addStretch(1)
        grid.addLayout(line, 4, 1, 1, 3)
        grid.addWidget(self.hints, 5, 0, 1, 4)
        grid.setColumnStretch(1, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn and not self._removed:
            self._on_focus(self)
        return False

    def has_text(self) -> bool:
        return any(edit.text().strip() for edit in (self.what, self.measure, self.who,
                                                    self.by_when))

    def set_letters(self, on: bool) -> None:
        """Give this agreement's captions their Alt+letters, or take them away."""
        for widget, text in self._texts:
            if Shiboken.isValid(widget):  # a closing dialog deletes its labels one by one
                widget.setText(text if on else text.replace("&", ""))

    def set_number(self, number: int) -> None:
        self.title.setText(f"<b>Afspraak {number}</b>")

    def load(self, a: SmartAgreement) -> None:
        self.what.setText(a.what)
        self.measure.setText(a.measure)
        self.who.setText(a.who)
        self.by_when.setText(a.by_when.strftime("%d-%m-%Y") if a.by_when else "")
        self.acceptable.setChecked(a.acceptable)
        self.realistic.setChecked(a.realistic)
        self.refresh()

    def agreement(self, problems: list[FieldProblem] | None = None) -> SmartAgreement:
        sink: list[FieldProblem] = [] if problems is None else problems
        day = parse_date(self.by_when.text(), "agreements", "de datum van de afspraak", sink,
                         required=False)
        return SmartAgreement(self.what.text(), self.measure.text(), self.who.text(), day,
                              self.acceptable.isChecked(), self.realistic.isChecked())

    def refresh(self) -> None:
        problems: list[FieldProblem] = []
        agreement = self.agreement(problems)
        lines = [f"• {p.message}" for p in problems]
        for f in self._findings(agreement):
            if problems and f.field == "by_when":
                continue  # the unreadable date is already explained
            lines.append(f"• {f.message} <i>{f.suggestion}</i>")
        self.hints.setText("<br>".join(lines))
        self.hints.setVisible(bool(lines))


class SmartEditor(QWidget):
    def __init__(self, findings: Findings) -> None:
        super().__init__()
        self._findings = findings
        self.rows: list[AgreementRow] = []
        self._box = QVBoxLayout()
        # Without agreements the area was an empty grey box (walk s34, e06): it says so.
        self.empty_note = QLabel("Nog geen afspraken. Voeg er een toe met Afspraak "
                                 "toevoegen (Alt+A), hieronder.")
        self.empty_note.setWordWrap(True)
        self.empty_note.setAccessibleName("Nog geen afspraken")
        self._box.addWidget(self.empty_note)
        self._box.addStretch(1)
        inner = QWidget()
        inner.setLayout(self._box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        scroll.setAccessibleName("Afspraken")
        self.add_button = QPushButton("&Afspraak toevoegen")
        self.add_button.setAccessibleName("Afspraak toevoegen")
        self.add_button.clicked.connect(lambda: self.add())
        intro = QLabel("Formuleer de afspraken sámen met de ouders en zo concreet (SMART) "
                       "mogelijk. De tips helpen daarbij; opslaan kan altijd.")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.add_button)

    def add(self, agreement: SmartAgreement | None = None) -> AgreementRow:
        row = AgreementRow(len(self.rows) + 1, self._findings, self._remove_asked,
                           self._give_letters)
        self.rows.append(row)
        self.empty_note.hide()
        self._give_letters(row)
        self._box.insertWidget(self._box.count() - 1, row)
        if agreement is not None:
            row.load(agreement)
        else:
            row.refresh()
            row.what.setFocus()
        return row

    def _remove_asked(self, row: AgreementRow) -> None:
        """Verwijderen (Alt+R since walk s33, one key away from typing): an agreement with
        text in it goes only after a yes; nothing typed is lost by a slip."""
        number = self.rows.index(row) + 1
        if row.has_text() and not ask_choice(
                self, "Afspraak verwijderen",
                f"Afspraak {number} verwijderen? Wat erin staat, gaat verloren.",
                "Verwijderen", "Behouden"):
            row.what.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._remove(row)
        # The cursor stays in the agreements: the one before, or Afspraak toevoegen.
        target = self.rows[number - 2].what if number > 1 else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self, row: AgreementRow) -> None:
        row._removed = True
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        for i, r in enumerate(self.rows, start=1):
            r.set_number(i)
        self.empty_note.setVisible(not self.rows)
        if self.rows:
            self._give_letters(self.rows[-1])

    def _give_letters(self, current: AgreementRow) -> None:
        """The agreement with the cursor (or the newest) has the Alt+letters."""
        for row in self.rows:
            row.set_letters(row is current)

    def set_agreements(self, agreements) -> None:
        for row in list(self.rows):
            self._remove(row)
        for a in agreements:
            self.add(a)

    def agreements(self, problems: list[FieldProblem]) -> tuple[SmartAgreement, ...]:
        """All rows with any text; an unreadable date is reported in ``problems``."""
        out = []
        for i, row in enumerate(self.rows, start=1):
            local: list[FieldProblem] = []
            a = row.agreement(local)
            if local:
                problems.append(FieldProblem(
                    "agreements", f"Afspraak {i}: de datum ‘{row.by_when.text()}’ is geen "
                                  "geldige datum (bijvoorbeeld 3-9-2026)."))
            if a.what.strip() or a.measure.strip() or a.who.strip() or a.by_when:
                out.append(a)
        return tuple(out)
