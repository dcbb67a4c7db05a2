"""The phone detector reads only the text around runs of five or more digits (speed: a long
dossier has thousands of times and dates that libphonenumber would parse one by one). It
must find exactly what the library finds in the whole text."""

from __future__ import annotations

import random

import phonenumbers

from zorgdesk.domain.anonymise.identifier_detectors import TYPOGRAPHIC_DASHES, phone_matches

NUMBERS = ["06-12345678", "+31 6 1234 5678", "0031 (0)30 123 4567", "06.18.44.92.07",
           "(050) 312 45 67", "+32 478 12 34 56", "+49 151 2345 6789", "+90 532 123 45 67",
           "+48 601 234 567", "+212 661 907 442", "+597 712 3456", "+380 (67) 123-45-67",
           "+46 70 123 45 67", "+44 7700 900123", "0800-2000", "112", "020-1234567",
           "0512 – 123456", "tel. 605 118 327"]
FILLER = ["om 8.45 uur", "op 3/11", "groep 5/6", "score 17/20", "21,4 kg", "€ 1.450",
          "13.45-14.30", "7;4 jaar", "2-3 keer", "leerlingnummer 20411908", "1.24 m", "4-1",
          "dossier 2026-0417", "BSN 123456782", "huisnummer 12a", "kamer 3", "blz. 12-13"]

SEPARATORS = [" ", ", ", ". ", "\n", " en ", ": "]


def _whole_text(text: str) -> list[tuple[int, int]]:
    # Typographic dashes are read as hyphens ("06–18449207"), one character for one.
    text = text.translate(TYPOGRAPHIC_DASHES)
    seen, out = set(), []
    for m in phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID):
        seen.add((m.start, m.end))
        out.append((m.start, m.end))
    for m in phonenumbers.PhoneNumberMatcher(text, "NL",
                                             leniency=phonenumbers.Leniency.POSSIBLE):
        if (m.start, m.end) not in seen and m.raw_string.lstrip("(").startswith(("+", "00")):
            out.append((m.start, m.end))
    return sorted(out)


def test_the_windows_find_what_the_whole_text_gives():
    pick = random.Random(16)
    for _ in range(30):
        parts = [pick.choice(NUMBERS + FILLER * 3) for _ in range(pick.randint(5, 60))]
        text = "".join(p + pick.choice(SEPARATORS) for p in parts)
        found = sorted((m.start, m.end) for m in phone_matches(text))
        assert found == _whole_text(text), text
        assert all(text[a:b] == m.raw_string for (a, b), m in
                   zip(found, sorted(phone_matches(text), key=lambda m: m.start),
                       strict=True))
