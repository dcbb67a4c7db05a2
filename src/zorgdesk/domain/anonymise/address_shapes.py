"""Address shapes beyond "Kerkstraat 12, 1234 AB" (stdlib only): streets named with an
adjective and the street word alone ("Oude Haven 31-III"), parts of the address after the
house number (Belgian "bus 2", a room in a shelter "k. 214", "kamer 12", "app. 3"), streets
abroad ("Rue de la Station 14", "14 rue des Fleurs", "Avenue Louise 231", Polish "ul. Długa
14"), postcodes abroad (four or five digits and the town right after an address, "3500
Hasselt", "52525 Heinsberg"; with the country letter anywhere, "B-2000", "D-52525") and
the number plates of Germany ("K-LM 4471") and Belgium ("1-HGT-238").

Each shape needs its house number or its address: a street word alone ("De Nieuwe Kerk
ligt", "Oude boeken") and a number alone ("in 2019 Amsterdam verlaten") stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from zorgdesk.domain.anonymise.first_chars import compile_fast

# Adjectives a street is named with before a bare street word: "Oude Gracht", "Lange Markt",
# "Nieuwe Haven", "Korte Poten". Only before an address found with its house number.
_STREET_ADJECTIVE = compile_fast(
    r"(?:\b(?:Oude|Nieuwe|Lange|Korte|Hoge|Lage|Kleine|Grote|Brede|Smalle|Achterste|Voorste|"
    r"Noordelijke|Zuidelijke|Oostelijke|Westelijke|Binnenste|Buitenste|Oud|Nieuw|Groot|"
    r"Klein|Hoog|Laag)"
    # and the abbreviated words a street is named after: "v. Goghstraat", "Burg. de
    # Withstraat", "Weth. Venemastraat", "Pr. Bernhardlaan"
    r"|(?<![\w.])(?:v\.|v\.d\.|vd|Burg\.|Weth\.|Pr\.|Prof\.|Dr\.|Mr\.|Ds\.|Jhr\.|St\.)"
    r"(?:\s+(?:de|van|der|den))?)\s+$")
# Parts after the house number: Belgian "bus 2", "k. 214" / "kamer 214" in a shelter,
# "app. 3" / "appartement 3", "unit 14", "flat 3".
_ADDRESS_PART = re.compile(r",?\s+(?:bus|k\.|kamer|kmr\.?|app\.?|appartement|unit|flat)"
                           r"\s*\d{1,4}[a-zA-Z]?\b")
# Four or five digits and a capitalised town right after an address: a postcode of
# Belgium, Germany, France ("Kiezelstraat 118, 3500 Hasselt").
_POSTCODE_AFTER = re.compile(r"\s*,?\s*(?P<code>(?:[A-Z]{1,2}-)?\d{4,5})(?=\s+[A-ZÀ-Ý][\w'’-]+)")
# A postcode with its country letter: "B-2000 Antwerpen", "D-52525 Heinsberg", also before
# a comma ("(B-2018, Lange Kievitstraat 118)") and with two letters ("BE-2018"). Alone
# before a bracket, a full stop or a lower-case word the same shape is a form's or an
# appendix's code ("formulier B-2018.", "bijlage (A-1234)"): there it is a postcode only
# where a place stands, after "naar"/"in"/"uit"/... or in brackets after a town
# ("naar B-3500.", "Luik (B-4020)").
_COUNTRY_CODE = r"(?<![\w-])(?:B|BE|D|DE|F|L|LU|A|AT|CH|PL|NL)-\d{4,5}"
_COUNTRY_POSTCODE = compile_fast(_COUNTRY_CODE + r"(?=\s+[A-ZÀ-Ý]|\s*[,;])")
_COUNTRY_POSTCODE_IN_PLACE = compile_fast(
    r"(?:\b(?:naar|in|uit|te|richting|nabij)\s+|(?<![.!?]\s)\b[A-ZÀ-Ý][\w'’-]+\s+\()"
    r"(?P<code>" + _COUNTRY_CODE + r")(?![\w-])")
# Four or five digits after the word "postcode": a postcode abroad ("Postcode 3500
# (België)", "PC 2018 Antwerpen"); the Dutch ones have their letters and are found anyway.
# "pc" in lower case is a computer; one word may stand between ("Postcode oma: 52525").
_LABELLED_POSTCODE = compile_fast(r"\b(?:[Pp]ostcode|POSTCODE|PC|PLZ)\b\.?"
                                  r"(?:\s+[a-z]{2,12}:)?:?\s*(?P<code>(?:[A-Z]{1,2}-)?\d{4,5})(?![\w-]|[.,]\d)")
# French, Belgian and Spanish street words with the name after them and a house number
# before ("14 rue des Fleurs") or after ("Rue de la Station 14", "Avenue Louise 231").
_ROMANCE_STREET_WORD = (r"(?:[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d\.?|[Cc]haussée|"
                        r"[Cc]hemin|[Pp]lace|[Aa]llée|[Ii]mpasse|[Qq]uai|[Ss]quare|[Rr]oute|"
                        r"[Cc]alle|[Aa]venida|[Rr]ua)")
_ROMANCE_NAME = (r"(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|del|da|do|dos)\s*)?"
                 r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:de|du|des|la|le|d['’]|del)\s*)?[A-ZÀ-Ý][\w'’-]*){0,3}")
_ROMANCE_STREET = compile_fast(
    rf"\b{_ROMANCE_STREET_WORD}\s+{_ROMANCE_NAME}\s+\d{{1,4}}[a-zA-Z]?\b(?:/\d{{1,4}})?"
    rf"|\b\d{{1,4}}[a-zA-Z]?,?\s+{_ROMANCE_STREET_WORD}\s+{_ROMANCE_NAME}")
# Polish and other Slavic streets: "ul. Długa 14", "ul. Jana Pawła II 3/12".
_SLAVIC_STREET = re.compile(r"\b(?:ul|al|os|pl)\.\s*[A-ZÀ-ÝŁŚŻŹĆŃÓ][\w-]*"
                            r"(?:\s+[A-ZÀ-ÝŁŚŻŹĆŃÓ][\w-]*){0,3}\s+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?\b")
# German plates: one to three letters of the district, a dash, one or two letters and two to
# four digits ("K-LM 4471", "DO-HS 2231"); Belgian plates: a digit, three letters and three
# digits ("1-HGT-238").
_FOREIGN_PLATE = compile_fast(r"(?<![\w-])(?:[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\s?\d{2,4}[EH]?"
                              r"|\d-[A-Z]{3}-\d{3})(?![\w-])")


# One cheap scan first: most texts name no street abroad.
_FOREIGN_STREET_WORD = compile_fast(rf"\b{_ROMANCE_STREET_WORD}\s|\b(?:ul|al|os|pl)\.")


def foreign_streets(text: str) -> Iterator[tuple[int, int]]:
    """Streets abroad written with their house number."""
    if not _FOREIGN_STREET_WORD.search(text):
        return
    for pattern in (_ROMANCE_STREET, _SLAVIC_STREET):
        for m in pattern.finditer(text):
            yield m.start(), m.end()


# A name with a house number right before a Dutch postcode ("Boeier 14, 8303 GM"), or
# after an address label ("Adres nu: Boeier 14", "Nieuw adres: Kikkenstein 1420"), is an
# address whatever its street word.
_NAME_NUMBER = (r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:van|de|der|den|het|'t)?\s*[A-ZÀ-Ý][\w'’-]+){0,2}"
                # "113-b": a letter after a hyphen is the house number's addition
                r"\s+\d{1,5}(?:-[a-zA-Z]\b|\s?[a-zA-Z]\b|-\d{1,4}\b)?(?![\w.,:/]?\d)")
_NUMBERED_BEFORE_POSTCODE = compile_fast(
    # a postbox or a reply number is a number, its word stays
    rf"(?<![\w'’-])(?!(?i:postbus|antwoordnummer|pb)\b){_NAME_NUMBER}(?=,?\s+[1-9]\d{{3}}\s?[A-Z]{{2}}\b)")
# The label with or without its colon: "Adres: Boeier 14", "Adres Laan van Nieuw Oosteinde
# 113-b" (a name with a house number right after the word is the address it labels).
# A street word cut short with its dot and a house number: "Kerkstr. 12", "Stationsstr.14a".
_ABBREVIATED_STREET = compile_fast(r"(?<![\w'’-])[A-Z][\w'’-]*str\.\s*\d{1,5}"
                                   r"(?:-[a-zA-Z]\b|\s?[a-zA-Z]\b|-\d{1,4}\b)?(?![\w.,:/]?\d)")
_AFTER_ADDRESS_LABEL = compile_fast(
    rf"(?i:\badres(?:\s+\w+)?\s*:?\s*)(?P<street>{_NAME_NUMBER})")
# A street named as its street word and what it leads to or is named after, with a house
# number: "Laan van Meerdervoort 212-c", "Weg naar de Bron 4", "Plein van de Vrede 17",
# "Hof van Delft 3". The street word opens it, capitalised; up to four words follow.
_PREFIXED_STREET = compile_fast(
    r"(?<![\w'’-])(?:Laan|Weg|Plein|Hof|Kade|Singel|Dreef|Pad|Park|Dijk|Gracht|Baan|Ring|Wal|"
    r"Markt|Steeg|Erf|Brink|Straat)\s+(?:van|naar|der|op|in|over|achter|bij|ter|ten|aan)"
    r"(?:\s+(?:de|het|der|den|van|'t|[A-ZÀ-Ý][\w'’-]*)){1,4}?"
    r"\s+\d{1,5}(?:-[a-zA-Z]\b|\s?[a-zA-Z]\b|-\d{1,4}\b)?(?![\w.,:/]?\d)")


def named_addresses(text: str) -> Iterator[tuple[int, int]]:
    for m in _NUMBERED_BEFORE_POSTCODE.finditer(text):
        yield m.start(), m.end()
    for m in _AFTER_ADDRESS_LABEL.finditer(text):
        yield m.start("street"), m.end("street")
    for m in _PREFIXED_STREET.finditer(text):
        yield m.start(), m.end()
    if "str." in text:
        for m in _ABBREVIATED_STREET.finditer(text):
            yield m.start(), m.end()


def foreign_plates(text: str) -> Iterator[tuple[int, int]]:
    if "-" not in text:
        return
    for m in _FOREIGN_PLATE.finditer(text):
        yield m.start(), m.end()


def country_postcodes(text: str) -> Iterator[tuple[int, int]]:
    for m in _COUNTRY_POSTCODE.finditer(text):
        yield m.start(), m.end()
    for m in _COUNTRY_POSTCODE_IN_PLACE.finditer(text):
        yield m.start("code"), m.end("code")
    for m in _LABELLED_POSTCODE.finditer(text):
        yield m.start("code"), m.end("code")


def widened_address(text: str, start: int, end: int) -> tuple[int, int]:
    """An address span with the adjective before its street word and the parts after its
    house number ("Oude" + "Haven 31-III", "Kiezelstraat 118" + " bus 2")."""
    before = _STREET_ADJECTIVE.search(text, max(0, start - 14), start)
    if before and text[start:start + 1].isupper():
        start = before.start()
    part = _ADDRESS_PART.match(text, end)
    if part and any(c.isdigit() for c in text[start:end]):
        end = part.end()
    return start, end


def postcode_after(text: str, end: int) -> tuple[int, int] | None:
    """A foreign postcode right after an address ending at ``end``."""
    m = _POSTCODE_AFTER.match(text, end)
    return (m.start("code"), m.end("code")) if m else None
