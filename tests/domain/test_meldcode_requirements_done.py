"""Which meldcode actions are done: the cursor goes on to one that is not (walk s29)."""

from __future__ import annotations

from dataclasses import replace

from zorgdesk.domain.meldcode.requirements import done_kinds
from zorgdesk.domain.meldcode.state import MeldcodeState
from zorgdesk.domain.meldcode.vocabulary import STEP1_QUESTIONS, EventKind


def test_nothing_is_done_in_a_new_trajectory():
    assert done_kinds(MeldcodeState(pupil_id="1")) & {
        EventKind.SIGNALEN_VASTGELEGD, EventKind.KINDCHECK, EventKind.BROERS_ZUSSEN,
        EventKind.COLLEGIALE_CONSULTATIE, EventKind.GESPREK_GEKOPPELD,
        EventKind.BESLUIT_MELDEN, EventKind.MELDING_GEDAAN} == set()


def test_signals_are_done_only_with_links_contra_signals_and_every_answer():
    state = MeldcodeState(pupil_id="1", logboek_ids=("3",), contra_signalen="Speelt fijn.")
    assert EventKind.SIGNALEN_VASTGELEGD not in done_kinds(state)
    answered = replace(state, step1_answers={key: "Nee" for key in STEP1_QUESTIONS})
    assert EventKind.SIGNALEN_VASTGELEGD in done_kinds(answered)
    assert EventKind.SIGNALEN_VASTGELEGD not in done_kinds(replace(answered, logboek_ids=()))


def test_either_way_of_recording_the_conversation_counts_for_both():
    skipped = replace(MeldcodeState(pupil_id="1"), conversation_skipped=object())
    assert {EventKind.GESPREK_GEKOPPELD, EventKind.GESPREK_OVERGESLAGEN} <= done_kinds(skipped)
    assert EventKind.KINDCHECK in done_kinds(replace(skipped, kindcheck_done=False))
