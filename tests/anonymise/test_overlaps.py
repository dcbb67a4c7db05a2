"""A detector hit that reaches past a known name: the known name keeps its role tag.

Runs the real pipeline (regex detectors, the word-list detector for unknown names) on
text with known names, and checks ``add_detections`` (the later deduce hits) follows
the same rule through the same code.
"""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise, undo_replacement
from zorgdesk.domain.anonymise.detectors import Detection
from zorgdesk.domain.anonymise.extra_detections import add_detections
from zorgdesk.services.name_lexicon import default_name_detector

KNOWN = [KnownName("Sem Visser", "medeleerling", "Sem", "", "Visser"),
         KnownName("Kacper Nowak", "broer", "Kacper", "", "Nowak"),
         KnownName("Ingrid Bakker", "moeder")]


def _parts(result):
    return [(r.original, r.replacement, r.known) for r in result.replacements]


def test_detector_hit_reaching_past_a_known_name_keeps_the_role_tag():
    # The word list takes "Sem Visser-Kowalczyk" as one name; "Sem Visser" is known.
    result = anonymise("Toen duwde Sem Visser-Kowalczyk hem.", KNOWN, default_name_detector())
    assert result.text == "Toen duwde [medeleerling]-[naam] hem."
    assert _parts(result) == [("Sem Visser", "[medeleerling]", True),
                              ("Kowalczyk", "[naam]", False)]
    # The extra part can be put back (a false positive); the known name cannot.
    back = undo_replacement(result, 1)
    assert back.text == "Toen duwde [medeleerling]-Kowalczyk hem."
    with pytest.raises(PermissionError):
        undo_replacement(result, 0)


def test_title_regex_hit_reaching_past_a_known_name_keeps_the_role_tag():
    # The built-in title detector takes "Kees Kacper Nowak"; only "Kees" is unknown.
    result = anonymise("Oom Kees Kacper Nowak belde.", KNOWN)
    assert result.text == "Oom [naam] [broer] belde."
    assert _parts(result)[1] == ("Kacper Nowak", "[broer]", True)
    assert not result.replacements[0].known


def test_extra_detector_hit_around_a_known_name_is_split_the_same_way():
    def wide(text):
        start = text.index("Tante")
        return [Detection(start, text.index(" zei"), "naam")]

    result = anonymise("Tante Fenna Bakker zei het.", KNOWN, wide)
    assert "[moeder]" not in result.text  # "Bakker" alone is the mother's surname
    assert _parts(result)[-1][2] is True
    assert all(not r.known for r in result.replacements[:-1])
    assert "Fenna" not in result.text and "Bakker" not in result.text


def test_structured_hit_around_a_known_name_still_goes_whole_and_stays_final():
    result = anonymise("Mail: ingrid@voorbeeld.nl.", KNOWN)
    assert result.text == "Mail: [e-mail]."
    assert result.replacements[0].known


def test_tussenvoegsel_left_before_a_known_surname_goes_with_it():
    # "Visser" is known; the title detector takes "van der Visser": no bare "van der" left.
    result = anonymise("Mevrouw van der Visser belde.", KNOWN)
    assert "van der" not in result.text and "Visser" not in result.text
    assert result.text.endswith("belde.")


def test_anonymise_and_add_detections_agree():
    text = "Klasgenoot Sem Visser duwde hem."
    hit = Detection(0, text.index(" duwde"), "naam")
    direct = anonymise(text, KNOWN, lambda _: [hit])
    later, added = add_detections(anonymise(text, KNOWN), [hit])
    assert direct.text == later.text == "[naam] [medeleerling] duwde hem."
    assert _parts(direct) == _parts(later) and added == 1
