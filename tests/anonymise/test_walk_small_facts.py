"""Small facts the walk and the review of session 27 saw changed (issue 16)."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import anonymise
from zorgdesk.services.name_lexicon import default_detector


def _anon(text: str) -> str:
    return anonymise(text, [], default_detector()).text


@pytest.mark.parametrize(("text", "expected"), [
    # Two times after "van"/"tussen" are no dates (the second was "[datum]").
    ("Van 9.10 en 10.10 was hij op de gang.", "Van 9.10 en 10.10 was hij op de gang."),
    ("Hij was er van 9.10 en 10.10 weer.", "Hij was er van 9.10 en 10.10 weer."),
    ("Tussen 9.10 en 10.10 uur zat hij buiten.", "Tussen 9.10 en 10.10 uur zat hij buiten."),
    # After a word that dates, both pairs are days and both go.
    ("Op 12.3 en 13.3 was hij ziek.", "Op [datum] en [datum] was hij ziek."),
    ("Vanaf 9.10 en 10.10 is hij thuis.", "Vanaf [datum] en [datum] is hij thuis."),
    # A plain noun closing a phrase after a title is no nickname (was "van opa [naam]").
    ("Hij kreeg van opa geld.", "Hij kreeg van opa geld."),
    ("kreeg van opa geld.", "kreeg van opa geld."),
    ("Hij kreeg van tante snoep.", "Hij kreeg van tante snoep."),
])
def test_facts_stay(text, expected):
    assert _anon(text) == expected
