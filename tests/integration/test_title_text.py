"""Short names and snippets used in record titles."""

from __future__ import annotations

import pytest

from zorgdesk.domain.text import short_name, snippet


@pytest.mark.parametrize(("name", "short"), [
    ("Marieke Hoekstra", "M. Hoekstra"),
    ("Jan de Vries", "J. de Vries"),
    ("Pieter Bakker (leerkracht groep 5)", "P. Bakker"),
    ("Ëlla Ünal", "Ë. Ünal"),
    ("Overblijfmoeder", "Overblijfmoeder"),
    ("", ""),
])
def test_short_name(name, short):
    assert short_name(name) == short


def test_snippet_cuts_at_a_word_and_keeps_emoji():
    assert snippet("Zoë  huilde\nna de pauze 😢", 50) == "Zoë huilde na de pauze 😢"
    cut = snippet("Tijdens gym zag ik een blauwe plek van ongeveer 3 cm", 30)
    assert cut == "Tijdens gym zag ik een blauwe…"
    assert len(snippet("x" * 5000, 45)) <= 46
