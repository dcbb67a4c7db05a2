"""'moeder van Kacper': the role and "van" stay readable, the name goes.

Real tussenvoegsels ("Kacper van Dijk", "mevrouw de Vries") still go with the name.
"""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
from zorgdesk.services.name_lexicon import default_name_detector


@pytest.mark.parametrize("detector", [None, default_name_detector()],
                         ids=["regex", "regex+wordlist"])
@pytest.mark.parametrize("text, expected", [
    ("De moeder van Kacper belde.", "De moeder van [naam] belde."),
    ("Oma van Kacper haalt hem op.", "Oma van [naam] haalt hem op."),
    ("Hij speelt met de vriend van Priya.", "Hij speelt met de vriend van [naam]."),
    ("Zij is de tante van Mohammed El Idrissi.", "Zij is de tante van [naam]."),
    ("Mevrouw de Vries belde.", "Mevrouw [naam] belde."),
    ("Juf van Dijk zag het.", "Juf [naam] zag het."),
    ("Meneer van der Berg belde.", "Meneer [naam] belde."),
    ("Buurman de Jong hoorde het.", "Buurman [naam] hoorde het."),
])
def test_role_van_name(text, expected, detector):
    assert anonymise(text, [], detector).text == expected


@pytest.mark.parametrize("detector", [None, default_name_detector()],
                         ids=["regex", "regex+wordlist"])
def test_tussenvoegsel_inside_a_name_goes(detector):
    out = anonymise("Vader Kacper van Dijk kwam niet.", [], detector).text
    assert "Kacper" not in out and "Dijk" not in out and " van " not in out, out


def test_known_name_after_role_van_keeps_role_tag_and_van():
    known = [KnownName("Kacper Nowak", "broer", "Kacper", "", "Nowak")]
    result = anonymise("De moeder van Kacper belde.", known, default_name_detector())
    assert result.text == "De moeder van [broer] belde."
    assert result.replacements[0].known
