"""Gather the anonymous case summary of one pupil from the vault, and record exports.

Known names come from the base data: the pupil, guardians (with their phone numbers and
e-mail addresses), siblings, all staff, every other pupil, school name and place. The
facts come from the feature services the session hands in:

- ``logbook.entries_for_summary(pupil_id) -> list[(date, str, bool)]``
  (day, observation text, is_counter_signal)
- ``signals.ticked_for_summary(pupil_id) -> (list[str], list[str])``
  (signal texts, contra-signal texts)
- ``conversations.for_summary(pupil_id) -> (list[(date, str)], list[str])``
  (dated conversation summaries, agreements)
- ``meldcode.for_pupil(pupil_id)``: the step-1 answers and contra-signals of each
  trajectory, and every recorded step as "what the school already did" (prefilled,
  with relative days; the IB's own edit of that list replaces it: it is her decision)
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
    anchor_name,
    build_case_summary,
    chronology_anchor,
    dated_lines,
    group_level,
)
from zorgdesk.domain.anonymise.group_names import nickname_forms
from zorgdesk.domain.anonymise.meldcode_facts import MeldcodeFacts, meldcode_facts
from zorgdesk.domain.anonymise.name_index import is_placeholder
from zorgdesk.domain.anonymise.typed_nicknames import FIELD, typed_nicknames
from zorgdesk.domain.sharing import SharingDraft
from zorgdesk.domain.text import counted
from zorgdesk.domain.validation import ValidationError
from zorgdesk.reports.case_summary_pdf import render_case_summary
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.conversations.service import ConversationService
from zorgdesk.services.logbook.service import LogbookService
from zorgdesk.services.meldcode.service import MeldcodeService
from zorgdesk.services.sharing import SharingService
from zorgdesk.services.signals.service import SignalService

SHARED_WITH = "Veilig Thuis (anoniem consult)"
BASIS = "Anoniem consult Veilig Thuis"

_SIBLING_ROLE = {"jongen": "broer", "meisje": "zus"}


def staff_role(role: str) -> str:
    """'Leerkracht groep 5' -> 'leerkracht': the role without what identifies."""
    first = (role or "").split("/")[0].strip().lower()
    words = [w for w in first.split() if w != "groep" and not w.isdigit()]
    return " ".join(words) or "medewerker"


class CaseSummaryService:
    """Facts of one pupil from every feature, for the anonymous Veilig Thuis consult."""

    def __init__(self, basedata: BaseDataService, logbook: LogbookService,
                 signals: SignalService, conversations: ConversationService,
                 sharing: SharingService, clock: Clock = SYSTEM_CLOCK, *,
                 meldcode: MeldcodeService) -> None:
        self.basedata = basedata
        self.meldcode = meldcode
        self.logbook = logbook
        self.signals = signals
        self.conversations = conversations
        self.sharing = sharing
        self.clock = clock

    @property
    def today(self) -> date:
        return self.clock.today()

    def known_names(self, pupil_id: int) -> list[KnownName]:
        """Everything the vault knows that could identify this case, most specific first."""
        data = self.basedata
        pupil = data.pupil(pupil_id)
        # Every person with the nicknames the IB recorded ("Ook genoemd"): the same tag.
        known = [KnownName(pupil.display_name, "leerling", pupil.first_name,
                           pupil.tussenvoegsel, pupil.last_name, nicknames=pupil.nicknames)]
        for guardian in data.guardians(pupil_id, include_inactive=True):
            if is_placeholder(guardian.name):
                continue  # "Ouder van Sem": no name was known, nothing to remove
            known.append(KnownName(guardian.name, guardian.relation or "ouder",
                                   nicknames=guardian.nicknames))
            for literal, role in ((guardian.phone, "telefoonnummer"),
                                  (guardian.email, "e-mail")):
                if literal.strip():
                    known.append(KnownName(literal, role, literal=True))
        sibling_ids = set()
        for sibling in data.siblings(pupil_id):
            sibling_ids.add(sibling.id)
            known.append(KnownName(sibling.display_name,
                                   _SIBLING_ROLE.get(sibling.gender, "broer/zus"),
                                   sibling.first_name, sibling.tussenvoegsel, sibling.last_name,
                                   nicknames=sibling.nicknames))
        for member in data.staff(include_inactive=True):
            known.append(KnownName(member.name, staff_role(member.role),
                                   nicknames=member.nicknames))
        known.append(KnownName(self.basedata.vault.user.name, "intern begeleider"))
        for other in data.pupils(include_inactive=True):
            if other.id != pupil_id and other.id not in sibling_ids:
                known.append(KnownName(other.display_name, "medeleerling", other.first_name,
                                       other.tussenvoegsel, other.last_name,
                                       nicknames=other.nicknames))
                known.extend(KnownName(g.name, nicknames=g.nicknames)
                             for g in data.guardians(other.id, True)
                             if not is_placeholder(g.name))
        school = data.school()
        if school.name.strip():
            known.append(KnownName(school.name, "school", literal=True))
        if school.place.strip():
            known.append(KnownName(school.place, "woonplaats", literal=True))
        # "Groep 5" itself is fine, a class nickname ("De Dolfijnen") identifies; texts
        # written before a rename use the group's former names too.
        names = [g.name for g in data.groups(include_inactive=True)]
        for form in nickname_forms(names + data.former_group_names()):
            known.append(KnownName(form, "groepsnaam", literal=True))
        return known

    def facts(self, pupil_id: int, question: str = "",
              school_actions: Sequence[str] | None = None) -> CaseFacts:
        """``school_actions``: what the IB kept in "Wat de school al heeft gedaan"; None
        (not edited) prefills it from the steps the meldcode recorded, one line each
        with its relative day ("1 dag na de eerste waarneming: Collegiale consultatie
        met ...")."""
        data = self.basedata
        pupil = data.pupil(pupil_id)
        family = [FamilyMember(g.relation) for g in data.guardians(pupil_id)]
        family += [FamilyMember(_SIBLING_ROLE.get(s.gender, "broer/zus"), s.age_on(self.today))
                   for s in data.siblings(pupil_id)]
        observations, contra_from_log = self._logbook(pupil_id)
        signals, contra = self._signals(pupil_id)
        conversations, agreements = self._conversations(pupil_id)
        meldcode = self._meldcode(pupil_id)
        if school_actions is None:
            anchor = chronology_anchor(observations, conversations, meldcode.actions)
            school_actions = dated_lines(meldcode.actions, anchor, anchor_name(
                observations, conversations, meldcode.actions))
        return CaseFacts(
            age_years=pupil.age_on(self.today), group_level=group_level(pupil.group_name),
            gender=pupil.gender, family=family, signals=signals,
            meldcode_signals=meldcode.signals,
            contra_signals=list(dict.fromkeys([*contra, *meldcode.contra_signals,
                                               *contra_from_log])),
            observations=observations, conversations=conversations, agreements=agreements,
            school_actions=list(school_actions), question=question)

    def build(self, pupil_id: int, question: str = "",
              school_actions: Sequence[str] | None = None,
              detector: Detector | None = None, nicknames: str | Sequence[str] = ""
              ) -> AnonymisedText:
        """The summary through the default pipeline: known names first, then the regex
        detectors and the word-list detector for unknown names; ``detector`` adds more
        (e.g. deduce) on top, it never replaces the default. ``nicknames``: what the IB
        typed in "Bijnamen die niet in ZorgDesk staan" (see ``anonymiser``)."""
        return self.builder(pupil_id, question, school_actions, detector, nicknames)()

    def builder(self, pupil_id: int, question: str = "",
                school_actions: Sequence[str] | None = None,
                detector: Detector | None = None, nicknames: str | Sequence[str] = ""
                ) -> Callable[[], AnonymisedText]:
        """``build`` in two halves: the facts and known names are read now; the returned
        function anonymises without touching the vault, so the UI may run it in a worker
        thread (at school scale it is the slow half)."""
        return self.anonymiser(pupil_id, self.facts(pupil_id, question, school_actions),
                               detector, nicknames)

    def anonymiser(self, pupil_id: int, facts: CaseFacts,
                   detector: Detector | None = None, nicknames: str | Sequence[str] = "",
                   known: Sequence[KnownName] | None = None
                   ) -> Callable[[], AnonymisedText]:
        """The slow half of ``builder`` for facts already read (the dialog shows the
        prefilled school actions of ``facts`` before the IB edits them). ``nicknames``:
        names the IB typed for this case only, removed like recorded nicknames with the
        tag "[naam]"; ValidationError (Dutch) when one cannot be used, and then nothing
        is built: a name she meant to remove must not leave unremoved. ``known``: the
        pupil's ``known_names`` when the caller read them already (left unchanged)."""
        from zorgdesk.services.name_lexicon import default_detector

        recorded = self.known_names(pupil_id) if known is None else known
        typed = typed_nicknames(nicknames, recorded)
        _refuse(typed.problems)
        names = [*recorded, *typed.known]
        return lambda: build_case_summary(facts, names, default_detector(detector))

    @staticmethod
    def check_nicknames(nicknames: str | Sequence[str]) -> None:
        """ValidationError (Dutch) when what the IB typed cannot be used; quick and
        without the vault, so the dialog can say it before the slow build starts."""
        _refuse(typed_nicknames(nicknames, ()).problems)

    def recorded_nicknames(self, pupil_id: int) -> list[str]:
        """The nicknames the vault already removes from this summary ("Ook genoemd"),
        with the role they get: "Kruimel (medeleerling)"; the IB need not type them."""
        return nickname_labels(self.known_names(pupil_id))

    def pdf(self, anonymised_text: str, printed_on: date | None = None) -> bytes:
        """The PDF of the text exactly as previewed (no identifying header)."""
        return render_case_summary(anonymised_text, printed_on or self.today)

    def record_export(self, pupil_id: int, how: str, undecided: int = 0) -> int:
        """Every export goes into the pupil's sharing trail (what, whom, basis, date).
        ``undecided``: flags of the preview the IB left undecided; the trail says how
        many, never which words (they may be the very names that must not leave)."""
        if undecided:
            how += f"; {counted(undecided, 'markering', 'markeringen')} niet beoordeeld"
        return self.sharing.record(pupil_id, SharingDraft(
            shared_with=SHARED_WITH, what=f"{TITLE} ({how})", basis=BASIS,
            shared_on=self.today))

    # -- what each feature contributes -------------------------------------------

    def _logbook(self, pupil_id: int) -> tuple[list[DatedNote], list[str]]:
        notes, contra = [], []
        for day, text, counter in self.logbook.entries_for_summary(pupil_id):
            (contra.append(text) if counter else notes.append(DatedNote(day, text)))
        return notes, contra

    def _signals(self, pupil_id: int) -> tuple[list[str], list[str]]:
        return tuple(map(list, self.signals.ticked_for_summary(pupil_id)))

    def _meldcode(self, pupil_id: int) -> MeldcodeFacts:
        trajectories = self.meldcode.for_pupil(pupil_id)
        held = {str(c.id): c.gesprek.on for c in self.conversations.for_pupil(pupil_id)}
        return meldcode_facts([t.state for t in trajectories], held)

    def _conversations(self, pupil_id: int) -> tuple[list[DatedNote], list[str]]:
        dated, agreements = self.conversations.for_summary(pupil_id)
        return [DatedNote(d, t) for d, t in dated], list(agreements)


def nicknames_to_flag(known: Sequence[KnownName], typed: str | Sequence[str]) -> list[str]:
    """The nicknames of this summary the preview flags wherever the rules kept one as an
    ordinary word (``name_flags(..., recorded=...)``): the recorded ones ("Ook genoemd")
    and what the IB typed for it (what cannot be used is left out: the build refuses it)."""
    recorded = [n for person in known for n in person.nicknames]
    extra = typed_nicknames(typed, known).known
    return list(dict.fromkeys([*recorded, *(n for person in extra for n in person.nicknames)]))


def nickname_labels(known: Sequence[KnownName]) -> list[str]:
    """The recorded nicknames among ``known`` with the role they get, each once."""
    shown = []
    for person in known:
        shown += [f"{n} ({person.role})" if person.role else n for n in person.nicknames]
    return list(dict.fromkeys(shown))


def _refuse(problems: Sequence[str]) -> None:
    """ValidationError on the nickname field when what the IB typed cannot be used."""
    if problems:
        raise ValidationError((FIELD, problem) for problem in problems)
