"""Review s33: text with decomposed accents (NFD: 'e' + combining diaeresis, as pasted
from macOS or some PDFs) must lose the same names as the composed text. On main the name
tokenizer stopped at the mark: "Zoë Ünal" -> "[naam]̈ Ünal" (the surname left)."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName
from zorgdesk.domain.anonymise.case_summary import CaseFacts, DatedNote, build_case_summary
from zorgdesk.services.name_lexicon import default_detector

KNOWN = [KnownName("Emre Çelik", "leerling", "Emre", "", "Çelik")]
NOTES = ["Gisteren sloeg Zoë Ünal hem op het plein.",
         "Noël lachte hem uit; Björn keek toe.",
         "Hij is geëmotioneerd, juf ruïneert niets; het café was dicht."]


def _summary(note: str) -> str:
    facts = CaseFacts(age_years=8, group_level=5, gender="jongen",
                      observations=[DatedNote(date(2026, 3, 2), note)],
                      question="Is dit reden voor een melding?")
    return build_case_summary(facts, KNOWN, default_detector()).text


@pytest.mark.parametrize("note", NOTES)
def test_decomposed_text_gives_the_composed_summary(note):
    composed = _summary(unicodedata.normalize("NFC", note))
    assert _summary(unicodedata.normalize("NFD", note)) == composed
    for name in ("Zoë", "Ünal", "Noël", "Björn"):
        assert name not in composed
