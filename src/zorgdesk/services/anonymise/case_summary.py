"""Gather the anonymous case summary of one pupil from the vault, and record exports.

Known names come from the base data on main: the pupil, guardians (with their phone
numbers and e-mail addresses), siblings, all staff, every other pupil, school name and
place. Logboek, signalen and gesprekken are plugged in through optional hooks on the
session so this module works before those services are merged:

- ``session.logbook.entries_for_summary(pupil_id) -> list[(date, str, bool)]``
  (day, observation text, is_counter_signal)
- ``session.signals.ticked_for_summary(pupil_id) -> (list[str], list[str])``
  (signal texts, contra-signal texts)
- ``session.conversations.for_summary(pupil_id) -> (list[(date, str)], list[str])``
  (dated conversation summaries, agreements)

A missing service or method simply contributes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from zorgdesk.domain.anonymise.anonymiser import AnonymisedText, Detector, KnownName
from zorgdesk.domain.anonymise.case_summary import (
    TITLE,
    CaseFacts,
    DatedNote,
    FamilyMember,
    build_case_summary,
    group_level,
)
from zorgdesk.domain.sharing import SharingDraft
from zorgdesk.reports.case_summary_pdf import render_case_summary

SHARED_WITH = "Veilig Thuis (anoniem consult)"
BASIS = "Anoniem consult Veilig Thuis"

_SIBLING_ROLE = {"jongen": "broer", "meisje": "zus"}


def staff_role(role: str) -> str:
    """'Leerkracht groep 5' -> 'leerkracht': the role without what identifies."""
    first = (role or "").split("/")[0].strip().lower()
    words = [w for w in first.split() if w != "groep" and not w.isdigit()]
    return " ".join(words) or "medewerker"


class CaseSummaryService:
    def __init__(self, session, today: date | None = None) -> None:
        self.session = session
        self._today = today

    @property
    def today(self) -> date:
        return self._today or self.session.basedata.today

    def known_names(self, pupil_id: int) -> list[KnownName]:
        """Everything the vault knows that could identify this case, most specific first."""
        data = self.session.basedata
        pupil = data.pupil(pupil_id)
        known = [KnownName(pupil.display_name, "leerling", pupil.first_name,
                           pupil.tussenvoegsel, pupil.last_name)]
        for guardian in data.guardians(pupil_id, include_inactive=True):
            known.append(KnownName(guardian.name, guardian.relation or "ouder"))
            for literal, role in ((guardian.phone, "telefoonnummer"),
                                  (guardian.email, "e-mail")):
                if literal.strip():
                    known.append(KnownName(literal, role, literal=True))
        sibling_ids = set()
        for sibling in data.siblings(pupil_id):
            sibling_ids.add(sibling.id)
            known.append(KnownName(sibling.display_name,
                                   _SIBLING_ROLE.get(sibling.gender, "broer/zus"),
                                   sibling.first_name, sibling.tussenvoegsel, sibling.last_name))
        for member in data.staff(include_inactive=True):
            known.append(KnownName(member.name, staff_role(member.role)))
        known.append(KnownName(self.session.vault.user.name, "intern begeleider"))
        for other in data.pupils(include_inactive=True):
            if other.id != pupil_id and other.id not in sibling_ids:
                known.append(KnownName(other.display_name, "medeleerling", other.first_name,
                                       other.tussenvoegsel, other.last_name))
                known.extend(KnownName(g.name) for g in data.guardians(other.id, True))
        school = data.school()
        if school.name.strip():
            known.append(KnownName(school.name, "school", literal=True))
        if school.place.strip():
            known.append(KnownName(school.place, "woonplaats", literal=True))
        for group in data.groups(include_inactive=True):
            # "Groep 5" itself is fine, a class nickname ("De Dolfijnen") identifies.
            rest = group.name.split("-", 1)[1].strip() if "-" in group.name else ""
            if rest:
                known.append(KnownName(rest, "groepsnaam", literal=True))
        return known

    def facts(self, pupil_id: int, question: str = "",
              school_actions: Sequence[str] = ()) -> CaseFacts:
        data = self.session.basedata
        pupil = data.pupil(pupil_id)
        family = [FamilyMember(g.relation) for g in data.guardians(pupil_id)]
        family += [FamilyMember(_SIBLING_ROLE.get(s.gender, "broer/zus"), s.age_on(self.today))
                   for s in data.siblings(pupil_id)]
        observations, contra_from_log = self._logbook(pupil_id)
        signals, contra = self._signals(pupil_id)
        conversations, agreements = self._conversations(pupil_id)
        return CaseFacts(
            age_years=pupil.age_on(self.today), group_level=group_level(pupil.group_name),
            gender=pupil.gender, family=family, signals=signals,
            contra_signals=[*contra, *contra_from_log], observations=observations,
            conversations=conversations, agreements=agreements,
            school_actions=list(school_actions), question=question)

    def build(self, pupil_id: int, question: str = "", school_actions: Sequence[str] = (),
              detector: Detector | None = None) -> AnonymisedText:
        """The summary through the default pipeline: known names first, then the regex
        detectors and the word-list detector for unknown names; ``detector`` adds more
        (e.g. deduce) on top, it never replaces the default."""
        return self.builder(pupil_id, question, school_actions, detector)()

    def builder(self, pupil_id: int, question: str = "", school_actions: Sequence[str] = (),
                detector: Detector | None = None) -> Callable[[], AnonymisedText]:
        """``build`` in two halves: the facts and known names are read now; the returned
        function anonymises without touching the vault, so the UI may run it in a worker
        thread (at school scale it is the slow half)."""
        from zorgdesk.services.anonymise.name_lexicon import default_detector

        facts = self.facts(pupil_id, question, school_actions)
        names = self.known_names(pupil_id)
        return lambda: build_case_summary(facts, names, default_detector(detector))

    def pdf(self, anonymised_text: str, printed_on: date | None = None) -> bytes:
        """The PDF of the text exactly as previewed (no identifying header)."""
        return render_case_summary(anonymised_text, printed_on or self.today)

    def record_export(self, pupil_id: int, how: str) -> int:
        """Every export goes into the pupil's sharing trail (what, whom, basis, date)."""
        return self.session.sharing.record(pupil_id, SharingDraft(
            shared_with=SHARED_WITH, what=f"{TITLE} ({how})", basis=BASIS,
            shared_on=self.today))

    # -- optional hooks (services merged in parallel) ------------------------------

    def _logbook(self, pupil_id: int) -> tuple[list[DatedNote], list[str]]:
        hook = getattr(getattr(self.session, "logbook", None), "entries_for_summary", None)
        if hook is None:
            return [], []
        notes, contra = [], []
        for day, text, counter in hook(pupil_id):
            (contra.append(text) if counter else notes.append(DatedNote(day, text)))
        return notes, contra

    def _signals(self, pupil_id: int) -> tuple[list[str], list[str]]:
        hook = getattr(getattr(self.session, "signals", None), "ticked_for_summary", None)
        return tuple(map(list, hook(pupil_id))) if hook else ([], [])

    def _conversations(self, pupil_id: int) -> tuple[list[DatedNote], list[str]]:
        hook = getattr(getattr(self.session, "conversations", None), "for_summary", None)
        if hook is None:
            return [], []
        dated, agreements = hook(pupil_id)
        return [DatedNote(d, t) for d, t in dated], list(agreements)
