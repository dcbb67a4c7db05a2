"""What a dossier meldcode adds to the anonymous case summary (issue 16).

Step 1 holds the signals as the IB put them in kaart (her answers to the step-1
questions) and the contra-signals in her own words; every other recorded step is
something the school already did (kindcheck, collegiale consultatie, Veilig Thuis
geraadpleegd, ...), each on its own day. This module turns replayed trajectories into
plain lines; the summary sends them through the same name removal as everything else.

Left out on purpose: bookkeeping (completing a step, the rapportage form, weighing
answers withdrawn by going back) and identifiers of the consultation itself (Veilig
Thuis' dossier number and kenmerk, the contact person's name, who made the melding).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from zorgdesk.domain.anonymise.case_summary import DatedNote
from zorgdesk.domain.meldcode import EventKind, MeldcodeEvent, MeldcodeState, Question
from zorgdesk.domain.meldcode.vocabulary import (
    STEP1_QUESTIONS,
    ConversationSkipReason,
    ParentsNotInformedReason,
    Step,
)

_BOOKKEEPING = {EventKind.STAP_AFGEROND, EventKind.RAPPORTAGE,
                EventKind.AFWEGINGSVRAAG}  # answers: only the active ones (see below)
# Going back to an earlier step withdraws these: the meldcode's state forgets them and
# they are made again (reducer_decisions.apply_go_back). They stay in the summary as
# history, said to be reconsidered, so Veilig Thuis never reads one as standing.
_WITHDRAWN_BY_GOING_BACK = {EventKind.BESLUIT_MELDEN, EventKind.BESLUIT_HULP}
RECONSIDERED = " (later herzien: teruggegaan naar een eerdere stap)"


@dataclass(frozen=True)
class MeldcodeFacts:
    signals: tuple[str, ...] = ()          # "question answer" of step 1, as recorded
    contra_signals: tuple[str, ...] = ()   # the step-1 contra-signals, as recorded
    actions: tuple[DatedNote, ...] = ()    # what the school did, oldest first


def meldcode_facts(states: Sequence[MeldcodeState],
                   conversation_days: Mapping[str, date] | None = None) -> MeldcodeFacts:
    """Facts of every trajectory of one pupil (oldest first). ``conversation_days``:
    zorggesprek id -> the day it was held (a linked conversation counts on that day)."""
    signals: list[str] = []
    contra: list[str] = []
    actions: list[DatedNote] = []
    for state in states:
        signals += step1_answers(state)
        if (state.contra_signalen or "").strip():
            contra.append(state.contra_signalen.strip())
        actions += recorded_actions(state, conversation_days or {})
    return MeldcodeFacts(tuple(dict.fromkeys(signals)), tuple(dict.fromkeys(contra)),
                         tuple(sorted(actions, key=lambda n: n.day)))


def step1_answers(state: MeldcodeState) -> list[str]:
    """'Hoe vaak komt dit voor? Vier keer in drie weken.' per answered step-1 question."""
    return [f"{question} {state.step1_answers[key].strip()}"
            for key, question in STEP1_QUESTIONS.items()
            if (state.step1_answers.get(key) or "").strip()]


def recorded_actions(state: MeldcodeState,
                     conversation_days: Mapping[str, date]) -> list[DatedNote]:
    """Every step the school took, on the day it took place."""
    active = {qa.event_index for qa in (*state.answers.values(), *state.vt_answers.values())}
    last_go_back = max(state.go_backs, default=-1)
    notes = []
    for index, event in enumerate(state.events):
        if event.kind in _BOOKKEEPING and index not in active:
            continue
        text = action_text(event)
        if text and event.kind in _WITHDRAWN_BY_GOING_BACK and index < last_go_back:
            text = _reconsidered(text)
        if text:
            notes.append(DatedNote(_day(event, conversation_days), text))
    return notes


def _day(event: MeldcodeEvent, conversation_days: Mapping[str, date]) -> date:
    a = event.answer
    for key in ("date", "start_date"):
        if isinstance(a.get(key), date):
            return a[key]
    held = conversation_days.get(str(a.get("zorggesprek_id", "")))
    return held or event.timestamp.date()


def action_text(event: MeldcodeEvent) -> str:
    """One Dutch sentence for one recorded step, its own words kept as recorded."""
    described = _DESCRIBE.get(event.kind)
    if described is None:
        return ""
    text = _sentence(described(event.answer))
    if event.reasoning:
        text += f" Onderbouwing: {_sentence(event.reasoning)}"
    return text


def _reconsidered(text: str) -> str:
    """'Besluit: melden (later herzien: ...). Onderbouwing: ...': the mark on the decision
    itself, before its reasoning."""
    head, sep, rest = text.partition(". ")
    return f"{head.rstrip('.')}{RECONSIDERED}.{' ' + rest if sep else ''}"


def _go_back(a: Mapping) -> str:
    try:
        step = Step(a.get("to_step"))
    except ValueError:
        return "Teruggegaan naar een eerdere stap; afweging en besluiten opnieuw"
    return (f"Teruggegaan naar stap {int(step)} ({step.title.split(': ', 1)[1].lower()}); "
            "afweging en besluiten worden opnieuw genomen")


def _sentence(text: str) -> str:
    text = " ".join(str(text).split())
    return text if not text or text[-1] in ".!?" else text + "."


def _with(label: str, *parts: tuple[str, object]) -> str:
    """'Label. Advies: ... Vervolg: ...' for the parts that were filled in."""
    out = _sentence(label)
    for name, value in parts:
        value = " ".join(str(value or "").split())
        if value:
            out += f" {name}: {_sentence(value)}" if name else f" {_sentence(value)}"
    return out


def _question(a: Mapping) -> str:
    try:
        q = Question(a.get("question"))
    except ValueError:
        return f"Afgewogen: {a.get('value', '')}"
    extra = " (met Veilig Thuis doorlopen)" if a.get("with_veilig_thuis") else ""
    topic = q.text.split(":")[0].lower()
    return f"Afgewogen, vraag {int(q)} ({topic}): {a.get('value', '')}{extra}"


def _label(enum: type, value: object) -> str:
    try:
        return enum(value).label
    except ValueError:
        return str(value or "")


def _help(a: Mapping) -> str:
    if not a.get("value"):
        return "Besluit: geen hulp bieden of organiseren"
    return _with("Besluit: hulp bieden of organiseren", ("Welke hulp", a.get("description")),
                 ("Hulp via", a.get("provider")))


_DESCRIBE: dict[EventKind, Callable[[Mapping], str]] = {
    EventKind.GESTART: lambda a: "Meldcodetraject gestart",
    EventKind.SIGNALEN_VASTGELEGD: lambda a: "Signalen en contra-signalen in kaart gebracht "
                                             "(meldcode stap 1)",
    # Sentences open with a word the name detector knows: an unknown compound opening a
    # sentence ("Kindcheck", "Afwegingsvraag") or a word that is also a surname ("Broers")
    # would be taken for a name.
    EventKind.KINDCHECK: lambda a: _with(
        "De kindcheck is gedaan" if a.get("done") else "De kindcheck is niet gedaan",
        ("", a.get("note"))),
    EventKind.BROERS_ZUSSEN: lambda a: _with("Nagegaan of er broers en zussen op school zijn",
                                             ("", a.get("note"))),
    EventKind.COLLEGIALE_CONSULTATIE: lambda a: _with(
        f"Collegiale consultatie met {a.get('with_whom', '')}".strip(),
        ("Advies", a.get("advice"))),
    EventKind.VT_CONSULTATIE: lambda a: _with(
        "Veilig Thuis geraadpleegd" + (" (anoniem)" if a.get("anonymous") else ""),
        ("Vraag", a.get("question")), ("Advies", a.get("advice")),
        ("Vervolg", a.get("next_steps")), ("Wie doet wat", a.get("responsibilities"))),
    EventKind.GESPREK_GEKOPPELD: lambda a: "Gesprek met ouders gevoerd (zie Gesprekken en "
                                           "afspraken)",
    EventKind.GESPREK_OVERGESLAGEN: lambda a: "Gesprek met ouders niet gevoerd: "
                                              + _label(ConversationSkipReason,
                                                       a.get("reason_category")),
    EventKind.AFWEGINGSVRAAG: _question,
    EventKind.BESLUIT_MELDEN: lambda a: "Besluit: " + ("melden" if a.get("value")
                                                       else "niet melden"),
    EventKind.BESLUIT_HULP: _help,
    EventKind.OUDERS_GEINFORMEERD: lambda a: _with("Ouders geïnformeerd over de melding",
                                                   ("Hoe", a.get("how"))),
    EventKind.OUDERS_NIET_GEINFORMEERD: lambda a: "Ouders niet vooraf geïnformeerd: "
                                                  + _label(ParentsNotInformedReason,
                                                           a.get("reason_category")),
    EventKind.MELDING_GEDAAN: lambda a: "Melding gedaan bij Veilig Thuis",
    EventKind.VT_TERUGKOPPELING: lambda a: _with("Terugkoppeling van Veilig Thuis",
                                                 ("", a.get("summary"))),
    EventKind.NAZORG_EVALUATIE: lambda a: _with("Nazorg / evaluatie", ("", a.get("text"))),
    EventKind.MONITORING: lambda a: _with("Afspraken over monitoren gemaakt",
                                          ("", a.get("agreements"))),
    EventKind.TERUG_NAAR_STAP: _go_back,
    EventKind.AFGESLOTEN: lambda a: _with("Dossier meldcode afgesloten",
                                          ("Monitoring", a.get("monitoring_agreements"))),
}
