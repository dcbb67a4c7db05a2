"""Regex detectors for what the vault does not know."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import anonymise
from zorgdesk.domain.anonymise.detectors import eleven_proof


@pytest.mark.parametrize(("text", "tag"), [
    ("Postcode 1234 AB is het.", "[postcode]"),
    ("Postcode 1234AB is het.", "[postcode]"),
    ("Bel 06-12345678 even.", "[telefoonnummer]"),
    ("Bel 0612345678 even.", "[telefoonnummer]"),
    ("Bel 06 12 34 56 78 even.", "[telefoonnummer]"),
    ("Bel +31 6 12345678 even.", "[telefoonnummer]"),
    ("Bel +31 (0)6-1234 5678 even.", "[telefoonnummer]"),
    ("Bel 0031 20 123 4567 even.", "[telefoonnummer]"),
    ("Bel (020) 123 4567 even.", "[telefoonnummer]"),
    ("Mail naar j.jansen+school@voorbeeld.nl graag.", "[e-mail]"),
    ("BSN 123456782 staat erin.", "[BSN]"),
    ("Het nummer 123.456.782 staat erin.", "[BSN]"),
    ("bsn: 111222333 (klopt niet, toch weg).", "[BSN]"),
    ("Op 14-03-2026 gebeurde het.", "[datum]"),
    ("Op 3/4/26 gebeurde het.", "[datum]"),
    ("Op 2026-03-14 gebeurde het.", "[datum]"),
    ("Op 3 maart 2026 gebeurde het.", "[datum]"),
    ("Op maandag 3 maart gebeurde het.", "[datum]"),
    ("Op 3 mrt. '26 gebeurde het.", "[datum]"),
    ("In maart 2026 gebeurde het.", "[datum]"),
    ("Zie https://www.voorbeeld.nl/pad?x=1 voor meer.", "[url]"),
    ("Zie www.voorbeeld.nl voor meer.", "[url]"),
    ("Zie voorbeeld.nl voor meer.", "[url]"),
    ("Ze woont Kerkstraat 12a sinds kort.", "[adres]"),
    ("Ze woont Burgemeester de Withlaan 3 sinds kort.", "[adres]"),
    ("Ze woont op de Lange Nieuwstraat 4-2 sinds kort.", "[adres]"),
    ("Ze woont op de Eikenlaan sinds kort.", "[adres]"),
    ("Mevrouw Pietersen belde.", "[naam]"),
    ("Juf Karin belde.", "[naam]"),
    ("Oma Truus van den Heuvel belde.", "[naam]"),
])
def test_detector_finds_kind(text, tag):
    result = anonymise(text, [])
    assert tag in result.text, result.text
    for r in result.replacements:
        assert text[r.start:r.end] == r.original
        assert not r.known


@pytest.mark.parametrize("text", [
    "Ze is 8 jaar en zit in groep 5.",
    "Dat gebeurde 3 keer in 2 weken, om 10.30 uur.",
    "In 2026 is het 12 graden; ze had 25 van de 30 goed.",
    "Ze rende de weg over en ging naar de markt.",
    "Moeder gaf aan dat het thuis onrustig is.",
])
def test_ordinary_facts_stay(text):
    assert anonymise(text, []).text == text


def test_eleven_proof():
    assert eleven_proof("123456782")
    assert not eleven_proof("123456789")
    assert not eleven_proof("000000000")


def test_nothing_identifying_survives_a_mixed_text():
    text = ("Moeder (06-11223344, ingrid@voorbeeld.nl) woont Dorpsstraat 5, 1234 AB. "
            "BSN 123456782; geboren 14-03-2018; zie https://x.nl.")
    out = anonymise(text, []).text
    for piece in ("11223344", "ingrid", "Dorpsstraat", "1234 AB", "123456782", "14-03-2018",
                  "x.nl"):
        assert piece not in out, out


def test_detection_around_a_known_name_goes_whole_and_stays_known():
    from zorgdesk.domain.anonymise.anonymiser import KnownName

    known = [KnownName("Adam Bouzid", "medeleerling"), KnownName("Ingrid van der Berg", "moeder")]
    result = anonymise("Postcode 1234 AB, mail ingrid@voorbeeld.nl.", known)
    assert result.text == "Postcode [postcode], mail [e-mail]."
    assert all(r.known for r in result.replacements)


def test_postcode_right_after_a_house_number_is_removed_whole():
    from zorgdesk.domain.anonymise.anonymiser import anonymise

    out = anonymise("Het adres Van Harinxmaweg 21 8911 CD is gecontroleerd.", []).text
    assert "8911" not in out and "CD" not in out and "21" not in out, out
    assert "[postcode]" in out and "gecontroleerd" in out
    assert "Kerkstraat 12-3" not in anonymise("Kerkstraat 12-3 boven.", []).text
