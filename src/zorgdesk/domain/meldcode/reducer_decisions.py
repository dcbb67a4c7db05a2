"""Applying the step-5 decisions (melden, hulp), going back to an earlier step and closing."""

from __future__ import annotations

from datetime import date, datetime

from zorgdesk.domain.meldcode.events import MeldcodeEvent
from zorgdesk.domain.meldcode.input_checks import (
    refuse,
    require_reasoning,
    required_bool,
    required_text,
)
from zorgdesk.domain.meldcode.state import MeldcodeState
from zorgdesk.domain.meldcode.vocabulary import Outcome, Step
from zorgdesk.domain.text import clean


def apply_decision_melden(s: MeldcodeState, e: MeldcodeEvent) -> None:
    value = required_bool(e.answer, "value", "melden bij Veilig Thuis")
    require_reasoning(e, "het besluit over melden")
    outcome = s.outcome
    if outcome is Outcome.AFSLUITEN_NA_HULP:
        refuse("De hulp heeft resultaat: sluit het dossier af met monitoringsafspraken.")
    if s.melding_done:
        refuse("De melding is al gedaan.")
    if outcome is Outcome.MELDEN and not value:
        refuse(
            "Volgens het afwegingskader moet er gemeld worden (meldnorm "
            f"{s.meldnorm}). Het besluit 'niet melden' is niet toegestaan."
        )
    if not value and s.decision_hulp is False:
        refuse("Bij een vermoeden wordt gemeld of hulp geboden; beide 'nee' kan niet.")
    s.decision_melden = value
    s.decision_melden_reason = e.reasoning


def _given(value: object) -> object:
    return clean(value) if isinstance(value, str) else value


def apply_decision_hulp(s: MeldcodeState, e: MeldcodeEvent) -> None:
    a = e.answer
    value = required_bool(a, "value", "hulp bieden of organiseren")
    require_reasoning(e, "het besluit over hulp")
    if s.outcome is Outcome.AFSLUITEN_NA_HULP:
        refuse("De hulp heeft resultaat: sluit het dossier af met monitoringsafspraken.")
    if not value and s.decision_melden is False:
        refuse("Bij een vermoeden wordt gemeld of hulp geboden; beide 'nee' kan niet.")
    if not value and s.outcome is Outcome.HULP and s.decision_melden is not True:
        refuse(
            "Vraag 4 is met 'ja' beantwoord: de hulp wordt ingezet. Wordt er geen hulp "
            "geboden, dan moet er gemeld worden; neem eerst het besluit 'melden: ja'."
        )
    if value:
        # Blank text counts as not given (then an earlier decision's value stays).
        desc = _given(a.get("description")) or s.help_description
        term = a.get("term") or s.help_term
        resp = _given(a.get("responsible")) or s.help_responsible
        if isinstance(term, datetime):
            term = term.date()
        if not desc or not isinstance(desc, str):
            refuse("Beschrijf welke hulp geboden of georganiseerd wordt.")
        if not isinstance(term, date):
            refuse("Leg de termijn vast waarop het effect van de hulp merkbaar moet zijn.")
        if not resp or not isinstance(resp, str):
            refuse("Leg vast wie verantwoordelijk is voor de hulp.")
        s.help_description, s.help_term, s.help_responsible = desc.strip(), term, resp.strip()
    s.decision_hulp = value
    s.decision_hulp_reason = e.reasoning


def require_melden_decided(s: MeldcodeState) -> None:
    if s.decision_melden is not True:
        refuse("Er is (nog) geen besluit om te melden. Neem eerst het besluit 'melden: ja'.")


def apply_go_back(s: MeldcodeState, e: MeldcodeEvent, index: int) -> None:
    try:
        to = Step(e.answer.get("to_step"))
    except ValueError:
        refuse("Kies de stap waarnaar u terug wilt (1 tot en met 4).")
    require_reasoning(e, "teruggaan naar een eerdere stap")
    restart_weighing = to is Step.AFWEGEN and s.current_step is Step.AFWEGEN
    if to >= s.current_step and not restart_weighing:
        refuse("U kunt alleen teruggaan naar een eerdere stap.")
    if s.melding_done:
        refuse(
            "De melding bij Veilig Thuis is gedaan; die kan niet worden teruggedraaid. "
            "Leg nieuwe signalen vast via monitoring of start een nieuw traject."
        )
    s.current_step = to
    s.completed_steps = {st for st in s.completed_steps if st < to}
    # The weighing and the decisions must be made again; the old answers stay in history.
    s.answers = {}
    s.vt_answers = {}
    s.help_description = s.help_term = s.help_responsible = None
    s.decision_melden = s.decision_melden_reason = None
    s.decision_hulp = s.decision_hulp_reason = None
    s.parents_informed = s.parents_informed_how = None
    s.parents_not_informed = None
    s.go_backs.append(index)


def apply_close(s: MeldcodeState, e: MeldcodeEvent) -> None:
    require_reasoning(e, "het afsluiten van het dossier")
    agreements = required_text(e.answer, "monitoring_agreements", "de afspraken over monitoren")
    outcome = s.outcome
    if outcome is Outcome.AFSLUITEN:
        pass  # Q1 nee: "leg het meldcode dossier vast en sluit deze" - from step 4 or 5
    elif outcome is Outcome.AFSLUITEN_NA_HULP:
        pass
    elif s.melding_done:
        missing = []
        if s.vt_response_date is None:
            missing.append("de terugkoppeling van Veilig Thuis")
        if not s.nazorg:
            missing.append("nazorg en evaluatie")
        if missing:
            refuse(
                "Het dossier kan nog niet worden afgesloten. Leg eerst vast: "
                + " en ".join(missing)
                + "."
            )
    elif outcome is Outcome.MELDEN:
        refuse("Het afwegingskader leidt tot melden. Sluit pas af na de melding en de nazorg.")
    else:
        refuse(
            "Het dossier kan pas worden afgesloten als het afwegingskader tot afsluiten "
            "leidt of nadat de melding is gedaan."
        )
    s.monitoring.append(agreements)
    s.closed = True
    s.closed_at = e.timestamp
