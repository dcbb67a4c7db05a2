"""What the Meldcode wizard offers per action: button text, service action, form fields.

Data only (plus the step indicator widget); the rules themselves live in the domain.
The extra ``ui_enabled`` checks only hide buttons whose action the domain would refuse
anyway in this state, so a shortcut is never offered; the domain stays the judge.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from zorgdesk.domain.meldcode import (
    STEP_TITLES,
    ConversationSkipReason,
    EventKind,
    MeldcodeState,
    Outcome,
    ParentsNotInformedReason,
    Question,
    Step,
    allowed_kinds,
    missing_requirements,
)
from zorgdesk.domain.meldcode.concern import Concern, concern_hint
from zorgdesk.domain.meldcode.input_checks import RAPPORTAGE_REQUIRED
from zorgdesk.domain.meldcode.rapportage import TYPED_FIELDS


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # with mnemonic
    kind: str  # line, text, date, bool, yesno, pick, pick1, choice, step, siblings, step1,
    # socialmap (an entry of the sociale kaart; its label is stored)
    required: bool = True
    positional: bool = False  # passed as positional argument to the domain method
    options: tuple[tuple[str, str], ...] = ()  # (value, Dutch label) for choice
    source: str = ""  # records to pick from (record_titles.SOURCES) for pick / pick1
    hint: str = ""  # the seed's guidance, shown as placeholder and tooltip
    # choice: (value, text) shown under the list for the option chosen (what it changes)
    option_hints: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ActionSpec:
    kind: EventKind
    button: str
    action: str  # MeldcodeService.perform action name
    fields: tuple[Field, ...]
    title: str


CONCERN_OPTIONS = tuple((c.value, c.label) for c in Concern)
CONCERN_HINTS = tuple((c.value, concern_hint(c)) for c in Concern)
REASONING = Field("reasoning", "&Onderbouwing:", "text")
SKIP_REASONS = tuple((r.value, r.label) for r in ConversationSkipReason)
NOT_INFORMED_REASONS = tuple((r.value, r.label) for r in ParentsNotInformedReason)

SPECS: dict[EventKind, ActionSpec] = {s.kind: s for s in (
    ActionSpec(EventKind.SIGNALEN_VASTGELEGD, "Signalen", "record_signals", (
        Field("concern", "Soort &zorg:", "choice", required=False, options=CONCERN_OPTIONS,
              option_hints=CONCERN_HINTS),
        Field("signal_check_ids", "&Signalenlijsten:", "pick", required=False,
              source="signals"),
        Field("logboek_ids", "Logboek&regels:", "pick", required=False, source="logbook"),
        Field("contra_signalen", "&Contra-signalen:", "text"),
        Field("answers", "", "step1", required=False),
    ), "Signalen en contra-signalen vastleggen"),
    ActionSpec(EventKind.KINDCHECK, "Kindcheck", "record_kindcheck", (
        Field("done", "Kindcheck &uitgevoerd", "bool"),
        Field("note", "&Toelichting:", "text"),
    ), "Kindcheck: brengt de situatie van een ouder kinderen in gevaar?"),
    ActionSpec(EventKind.BROERS_ZUSSEN, "Broers en zussen", "record_siblings", (
        Field("siblings", "Broers/&zussen op school:", "siblings", required=False),
        Field("note", "&Wat is nagegaan:", "text"),
    ), "Broers en zussen op school nagaan"),
    # Button texts stay short: the four columns of buttons must fit a laptop screen
    # (1093 px at 125 %); the full title is the tooltip and the form's heading.
    ActionSpec(EventKind.COLLEGIALE_CONSULTATIE, "Collegiaal overleg",
               "record_collegial_consultation", (
        Field("with_whom", "Met &wie:", "line"),  # Alt+M is Nog nodig on this tab
        Field("on", "&Datum:", "date"),
        Field("advice", "&Advies:", "text"),
    ), "Collegiale consultatie vastleggen"),
    ActionSpec(EventKind.VT_CONSULTATIE, "VT raadplegen", "record_vt_consultation", (
        Field("on", "&Datum:", "date"),
        Field("anonymous", "&Anoniem (zonder persoonsgegevens)", "bool"),
        Field("vt_dossier_number", "Dossiernummer Veilig &Thuis:", "line", required=False),
        Field("organisation", "&Organisatie (sociale kaart):", "socialmap",
              source="social_map_vt"),
        Field("contact_person", "&Contactpersoon:", "line"),
        Field("question", "V&raag:", "text"),
        Field("advice", "Advie&s:", "text"),
        Field("next_steps", "Vervolgsta&ppen:", "text"),
        Field("responsibilities", "&Wie doet wat:", "text"),
    ), "Consultatie van Veilig Thuis vastleggen"),
    ActionSpec(EventKind.GESPREK_GEKOPPELD, "Gesprek koppelen", "link_conversation", (
        Field("zorggesprek_id", "&Zorggesprek:", "pick1", positional=True,
              source="conversations"),
    ), "Gesprek met ouders (en kind) koppelen"),
    ActionSpec(EventKind.GESPREK_OVERGESLAGEN, "Gesprek overslaan", "skip_conversation", (
        Field("reason", "&Reden:", "choice", positional=True, options=SKIP_REASONS),
        REASONING,
    ), "Gesprek niet voeren: alleen met een vastgelegde reden"),
    ActionSpec(EventKind.AFWEGINGSVRAAG, "Afwegingsvraag", "answer_question", (),
               "Afwegingskader"),
    ActionSpec(EventKind.BESLUIT_MELDEN, "Besluit melden", "decide_melden", (
        Field("value", "Melden bij Veilig &Thuis:", "yesno", positional=True),  # M: Nog nodig
        REASONING,
    ), "Besluit: melden bij Veilig Thuis ja/nee"),
    ActionSpec(EventKind.BESLUIT_HULP, "Besluit hulp", "decide_hulp", (
        Field("value", "H&ulp bieden of organiseren:", "yesno", positional=True),
        Field("description", "&Welke hulp:", "text", required=False),
        Field("term", "&Termijn:", "date", required=False),
        Field("responsible", "Ve&rantwoordelijke:", "line", required=False),
        Field("provider", "Hul&p via (sociale kaart):", "socialmap", required=False,
              source="social_map_help"),
        REASONING,
    ), "Besluit: hulp bieden of organiseren ja/nee"),
    ActionSpec(EventKind.OUDERS_GEINFORMEERD, "Ouders geïnformeerd", "record_parents_informed", (
        Field("on", "&Datum:", "date"),
        Field("how", "H&oe:", "text"),
    ), "Ouders vóór de melding geïnformeerd"),
    ActionSpec(EventKind.OUDERS_NIET_GEINFORMEERD, "Ouders niet informeren",
               "record_parents_not_informed", (
        Field("reason", "&Reden:", "choice", positional=True, options=NOT_INFORMED_REASONS),
        REASONING,
    ), "Ouders niet vooraf informeren ('open, tenzij')"),
    ActionSpec(EventKind.MELDING_GEDAAN, "Melding", "record_melding", (
        Field("on", "&Datum:", "date"),
        Field("by_whom", "Door &wie:", "line"),
        Field("vt_reference", "&Kenmerk Veilig Thuis:", "kenmerk",
              hint="Het kenmerk dat Veilig Thuis gaf, bijvoorbeeld VT-2026-04817"),
    ), "Melding bij Veilig Thuis vastleggen"),
    ActionSpec(EventKind.VT_TERUGKOPPELING, "Terugkoppeling VT", "record_vt_response", (
        Field("on", "&Datum:", "date"),
        Field("summary", "Inh&oud:", "text"),
    ), "Terugkoppeling van Veilig Thuis"),
    ActionSpec(EventKind.NAZORG_EVALUATIE, "Nazorg / evaluatie", "record_nazorg", (
        Field("on", "&Datum:", "date"),
        Field("text", "Na&zorg en evaluatie:", "text"),
    ), "Nazorg en evaluatie"),
    ActionSpec(EventKind.MONITORING, "Monitoring", "record_monitoring", (
        Field("agreements", "&Afspraken:", "text", positional=True),
    ), "Afspraken over het monitoren van de zorg"),
    ActionSpec(EventKind.STAP_AFGEROND, "Stap afronden", "complete_step", (
        Field("reasoning", "&Toelichting (optioneel):", "text", required=False),
    ), "Deze stap afronden en naar de volgende stap"),
    ActionSpec(EventKind.TERUG_NAAR_STAP, "Terug naar stap…", "go_back", (
        Field("to_step", "Naar &stap:", "step", positional=True),
        REASONING,
    ), "Teruggaan naar een eerdere stap (de geschiedenis blijft bewaard)"),
    ActionSpec(EventKind.RAPPORTAGE, "Rapportage", "record_rapportage", (
        *(Field(key, f"&{label}:" if key == "onderwerp" else f"{label}:",
                "line" if key == "onderwerp" else "text",
                required=key in RAPPORTAGE_REQUIRED, hint=hint)
          for key, (label, hint) in TYPED_FIELDS.items()),
    ), "Rapportage meldcode invullen (de overige velden vult ZorgDesk uit het dossier)"),
    ActionSpec(EventKind.AFGESLOTEN, "Dossier afsluiten", "close", (
        Field("monitoring_agreements", "&Afspraken over monitoren:", "text"),
        REASONING,
    ), "Dossier meldcode afsluiten"),
)}

# Button rows: one per step, then the actions that belong to any step.
BUTTON_ROWS: tuple[tuple[str, tuple[EventKind, ...]], ...] = (
    ("Stap 1", (EventKind.SIGNALEN_VASTGELEGD, EventKind.KINDCHECK, EventKind.BROERS_ZUSSEN)),
    ("Stap 2", (EventKind.COLLEGIALE_CONSULTATIE, EventKind.VT_CONSULTATIE)),
    ("Stap 3", (EventKind.GESPREK_GEKOPPELD, EventKind.GESPREK_OVERGESLAGEN)),
    ("Stap 4", (EventKind.AFWEGINGSVRAAG,)),
    ("Stap 5", (EventKind.BESLUIT_MELDEN, EventKind.BESLUIT_HULP,
                EventKind.OUDERS_GEINFORMEERD, EventKind.OUDERS_NIET_GEINFORMEERD,
                EventKind.MELDING_GEDAAN, EventKind.VT_TERUGKOPPELING,
                EventKind.NAZORG_EVALUATIE)),
    ("Altijd", (EventKind.STAP_AFGEROND, EventKind.TERUG_NAAR_STAP, EventKind.MONITORING,
                EventKind.AFGESLOTEN, EventKind.RAPPORTAGE)),
)


def vt_next_question(state: MeldcodeState) -> Question | None:
    """After Q2 led to melden, questions 3-5 are gone through with Veilig Thuis (l.7888)."""
    if state.outcome is not Outcome.MELDEN or Question.VEILIGHEID not in state.answers:
        return None
    if state.answers[Question.VEILIGHEID].answer.value == "nee" and not \
            state.answers[Question.VEILIGHEID].disclosure:
        return None
    if not state.vt_consultations and not state.melding_done:
        return None
    for q in (Question.HULP, Question.HULP_ACCEPTEREN, Question.RESULTAAT):
        qa = state.vt_answers.get(q)
        if qa is None:
            return q
        if qa.answer.value == "nee":
            return None
    return None


def question_to_ask(state: MeldcodeState) -> tuple[Question | None, bool]:
    """(question, with Veilig Thuis) the wizard shows next, or (None, False)."""
    if state.current_step < Step.AFWEGEN or state.closed:
        return None, False
    q = state.next_question()
    if q is not None and (q is Question.RESULTAAT or state.current_step is Step.AFWEGEN):
        return q, False
    q = vt_next_question(state)
    return (q, True) if q is not None else (None, False)


def ui_enabled(kind: EventKind, state: MeldcodeState) -> bool:
    """Offer an action only when the domain allows its kind now and it can succeed."""
    if kind not in allowed_kinds(state):
        return False
    if kind is EventKind.STAP_AFGEROND:
        return not missing_requirements(state)
    if kind is EventKind.AFWEGINGSVRAAG:
        return question_to_ask(state)[0] is not None
    if kind is EventKind.BESLUIT_MELDEN:
        return not state.melding_done and state.outcome is not Outcome.AFSLUITEN_NA_HULP
    if kind is EventKind.BESLUIT_HULP:
        return state.outcome is not Outcome.AFSLUITEN_NA_HULP
    if kind in (EventKind.OUDERS_GEINFORMEERD, EventKind.OUDERS_NIET_GEINFORMEERD,
                EventKind.MELDING_GEDAAN):
        return state.decision_melden is True and not state.melding_done
    if kind is EventKind.VT_TERUGKOPPELING:
        return state.melding_done
    if kind is EventKind.NAZORG_EVALUATIE:
        return state.melding_done or bool(state.decision_hulp)
    if kind is EventKind.AFGESLOTEN:
        return state.outcome in (Outcome.AFSLUITEN, Outcome.AFSLUITEN_NA_HULP) or (
            state.melding_done and state.vt_response_date is not None and bool(state.nazorg))
    return True


class StepIndicator(QWidget):
    """Five boxes: completed steps ticked, the current step highlighted.

    Compact (one line, :meth:`set_compact`) when the tab is short of height: the steps
    other than the current one show their number only, their title is in the tooltip
    and the accessible name says what they are (walk s33: at 12 pt on a laptop the five
    titles took three lines, 80 px of the form's 135)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Voortgang meldcode")
        self.compact = False
        self._state: MeldcodeState | None = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[Step, QLabel] = {}
        for step in Step:
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.labels[step] = label
            self._layout.addWidget(label, 1)
        self._layout.addStretch(0)  # takes the rest of the line when compact
        self._arrange()
        self.show_state(None)

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self._arrange()
            self.show_state(self._state)

    def _arrange(self) -> None:
        """Full: five boxes sharing the width, titles wrapped. Compact: small boxes
        side by side from the left, each on one line."""
        for index, label in enumerate(self.labels.values()):
            label.setWordWrap(not self.compact)
            label.setMinimumHeight(0 if self.compact else 44)
            self._layout.setStretch(index, 0 if self.compact else 1)
        self._layout.setStretch(len(self.labels), 1 if self.compact else 0)

    def show_state(self, state: MeldcodeState | None) -> None:
        self._state = state
        current = state.current_step if state and state.started and not state.closed else None
        done = state.completed_steps if state else set()
        names = []
        for step, label in self.labels.items():
            short = STEP_TITLES[step].split(": ", 1)[1].split(" en ")[0].split(":")[0]
            closed = state is not None and state.closed
            if closed and step > state.current_step:
                # Closed early (e.g. after question 1 'nee'): later steps were not needed.
                mark, style, status = "–", "background:#f1f1f1; color:#999;", "niet nodig"
            elif closed or step in done:
                mark, style, status = "✔", "background:#e3efe3; color:#1b5e20;", "afgerond"
            elif step is current:
                mark, style, status = "▶", ("background:#1F4E79; color:white; "
                                            "font-weight:bold;"), "huidige stap"
            else:
                # An open circle and a border (walk s34/s35): in compact mode a bare grey
                # digit on grey did not read as a step still to come.
                mark, style, status = "○", ("background:#f7f7f7; color:#444; "
                                            "border:1px solid #b0b0b0;"), "nog te doen"
            title = "" if self.compact and step is not current else f". {short}"
            label.setText(f"{mark} {int(step)}{title}".strip())
            label.setStyleSheet(style + " border-radius:4px; padding:4px;")
            # The status first (what matters on the way), then which step it is: in
            # compact mode the text shows the number only.
            label.setAccessibleName(
                f"Stap {int(step)}: {status} ({STEP_TITLES[step].split(': ', 1)[1]})")
            label.setToolTip(f"{STEP_TITLES[step]} ({status})")
            names.append(f"stap {int(step)} {status}")
        self.setAccessibleDescription(", ".join(names))
