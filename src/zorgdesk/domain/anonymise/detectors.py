"""Regex detectors for identifiers the vault does not know (stdlib only).

Covers: e-mail, URL, phone (06-12345678, 0201234567, +31 6 ..., 0031 ...), BSN (9 digits
passing the 11-proef, or any 8-9 digit number labelled BSN), postcode (1234 AB, 1234AB),
dates (14-03-2026, 14/3/26, 2026-03-14, "3 maart 2026", "maandag 3 maart", "maart 2026"),
street + house number with common Dutch street suffixes, and names after a title or
kinship word ("mevrouw Jansen", "juf Karin", "oma Truus"). After a relation word a
lower-case "van" is the preposition and stays ("moeder van [naam]"); after a form of
address it belongs to the surname ("mevrouw van Dijk" -> "mevrouw [naam]").

Known gap: an unknown name written without such a title ("Karin belde") is NOT found
here; the word-list detector ``names.py`` finds those (on by default in the services and
the CLI); names the vault knows are removed by ``anonymise`` itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby

from stdnum.nl import bsn as stdnum_bsn

from zorgdesk.domain.anonymise.address_shapes import (
    country_postcodes,
    foreign_plates,
    foreign_streets,
    named_addresses,
    postcode_after,
    widened_address,
)
from zorgdesk.domain.anonymise.first_chars import compile_fast
from zorgdesk.domain.anonymise.holidays import holiday_named
from zorgdesk.domain.anonymise.identifier_detectors import (
    DATE_WITH_YEAR,
    WEEKDAYS,
    detect_identifiers,
    public_number_at,
)


@dataclass(frozen=True)
class Detection:
    start: int
    end: int
    kind: str  # key of anonymise.TAGS


_EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Written to fool harvesters: "j.pietersen [at] gmail.com", "kees(at)ziggo.nl",
# "naam at gmail dot com".
# A dot between the parts is written without spaces ("ziggo.nl") or as a word ("gmail dot
# com", "hotmail (punt) com"): "at" is also the past of "eten", and "Mirthe at niet. De juf"
# is a sentence ending and the next one opening, no address.
_HIDDEN_DOT = r"(?:\.|\s*[\[(]\s*(?:dot|punt)\s*[\])]\s*|\s+(?:dot|punt)\s+)"
_EMAIL_HIDDEN = re.compile(
    r"(?i)(?<![\w.])[\w.+%-]*\w\s*(?:[\[(]\s*(?:at|apenstaartje)\s*[\])]|\s(?:at)\s)\s*"
    r"[\w-]+(?:" + _HIDDEN_DOT + r"[\w-]+)*" + _HIDDEN_DOT
    + r"(?:nl|com|org|net|eu|be|de|fr|uk|pl|tr|ma|info|nu)\b")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)]"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?-i:nl|com|org|net|eu|be|info|nu|edu|gov|io|de|fr|uk|pl|tr|ma|"
    r"es|it|me|tv|gg|ee|ly|co|app|social|online)\b(?:/[^\s<>\"]*[^\s<>\".,;:!?)])?",
    re.IGNORECASE)
_PHONE = compile_fast(
    # not inside another number: "23-01 10.20-10.35" is a date and two times
    r"(?<![\w+])(?<!\d[-/.])(?:(?:\+|00)\s?31[\s\-.]*(?:\(0\)[\s\-.]*)?|0|\(0(?=\d{1,3}\)))"
    r"(?:\d\)?[\s\-.]{0,3}){8}\d(?!\d)")
_BSN_LABELLED = compile_fast(
    r"(?i)\b(?:bsn|burgerservicenummer|sofinummer)\b[\s:.#-]*(?:nr\.?|nummer)?[\s:.#-]*"
    r"(\d[\d .\-–]{6,12}\d)")
# Nine digits passing the 11-proef, also grouped with one separator throughout ("123 456
# 782", "123.456.782", "123-456-782", "1234-56-782"): written as a BSN is written.
_NINE_DIGITS = compile_fast(
    r"(?<![\d\-–—])(\d{3}(?P<s>[ .\-–])\d{3}(?P=s)\d{3}|\d{4}(?P<t>[ .\-–])\d{2}(?P=t)\d{3}"
    r"|\d{8,9})(?![\d\-–—])")
# A postcode in lower case with its space ("1012 ab", "2512 xk.") unless its letters are a
# Dutch two-letter word or a unit after a number ("2025 de", "1500 km", "1200 mg"): no
# postcode has SA, SD or SS, and these short words are the only way text follows a number.
_NOT_POSTCODE_LETTERS = (
    r"en|de|in|op|is|om|al|nu|zo|te|ze|je|we|of|na|ik|ja|uw|er|ex|km|kg|cm|mm|ml|cl|dl|mg|gr|"
    r"ha|kb|mb|gb|tb|pk|kw|ca|pp|pm|am|st|cc|hl|kj|lp|sa|sd|ss|uu|ct|eu|vs|"
    # a score in points, an answer, a number label: "1500 pt", "1100 ok", "2024 nr"
    r"pt|ok|nr|af|bv|oa|tv|pc")
_POSTCODE = compile_fast(r"\b[1-9]\d{3}[ \u00a0-]?(?!SA|SD|SS)[A-Z]{2}\b|\b[1-9]\d{3}[a-z]{2}\b"
                         rf"|\b[1-9]\d{{3}}[ \u00a0](?!(?:{_NOT_POSTCODE_LETTERS})\b)[a-z]{{2}}\b"
                         r"(?![-'’])")
# A year after a word of time, before one of the IB's own abbreviations, is no postcode:
# "Sinds 2022 IB gesprekken", "In 2023 VT gebeld" (Veilig Thuis, ondertoezichtstelling,
# zorgteam). A real postcode with these letters is written in an address, not after "sinds".
_YEAR_BEFORE_ABBREVIATION = compile_fast(
    r"\b(?i:in|sinds|vanaf|tot|na|voor|begin|eind|medio|rond|jaar|schooljaar)"
    r"\s+(?:19|20)\d\d[ \u00a0](?:IB|VT|OT|ZT|MR|OR|AMK|GGD|JGZ|SMW|CJG)\Z")
_FULL_MONTHS = (r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                r"november|december")
_MONTHS = _FULL_MONTHS + r"|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
# A weekday, also with its part of the day ("zaterdagavond 12/10", "dinsdagmiddag 4-3").
# The dot after an abbreviated month belongs to the date ("3 nov. was er"), but one that
# also ends the sentence (end of text or line, or a capital after it) stays in the text:
# "laatst op 12 maart." keeps its full stop, and so does "op 3 nov. Moeder belde".
# A month written out never takes the dot.
_MONTH_DOT = (r"(?:(?<=jan|feb|ebr|mrt|apr|jun|jul|aug|sep|ept|okt|nov|dec)"
              r"\.(?![ \t]*(?:$|[\r\n]|(?-i:[A-Z]))))?")
_ROMAN_MONTH = r"(?-i:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
# A day written as a word: "op twaalf november", "eenentwintig maart" ("een" is left out:
# "een mei-activiteit" is no date).
_DAY_WORDS = (r"\b(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(?:twintig|dertig)|"
              r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
              r"vijftien|zestien|zeventien|achttien|negentien|twintig|dertig)")
_DAYS = WEEKDAYS
_NOT_A_TIME = r"(?![.:,]\d|\s*(?:uur|u\b|h\b))"
_DATE = compile_fast(
    rf"(?i)(?:\b(?:{_DAYS})\.?,?\s+)?"
    rf"(?:(?:\b\d{{1,2}}(?:e|ste|de)?(?:\s+|-?)(?:{_MONTHS})\b{_MONTH_DOT}"
    # a year after the month, not the time that follows it ("di 10 feb 14.30 uur")
    rf"|{_DAY_WORDS}\s+(?:{_FULL_MONTHS})\b(?!-))(?:\s+'?\d{{2,4}}\b{_NOT_A_TIME}|(?<=\.)'\d{{2}}\b)?"
    rf"|\b(?:{_MONTHS})\b\.?\s+(?:\d{{4}}|'\d{{2}})\b)"
    # A month in Roman numerals ("3-XI-2025", "op 3-XI"): with a year, or after "op"/"d.d."
    # (a street's "12-II" is a floor and comes with its street; groups are no dates).
    rf"|\b\d{{1,2}}-{_ROMAN_MONTH}-(?:\d{{4}}|'?\d{{2}})\b"
    rf"|(?:(?<=\bop\s)|(?<=d\.d\.\s))\d{{1,2}}-{_ROMAN_MONTH}\b(?!-)"
    rf"|(?<![\d][.:])(?:\b(?:{_DAYS})\.?,?\s+)?"  # "za. 28-09-2024", "1-10-'24"
    # "16/3-20/3" is a range of two short dates, no "16/3-20" with a year
    r"\b(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?:\d{4}|'?\d{2})\b(?![.:/]\d)"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b"
    # "vrijdag de 5e", "op maandag de 12de": a weekday with the day of the month
    r"|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+(?:de\s+)?"
    r"\d{1,2}(?:e|ste|de)\b")
# "op de 14e", "sinds de 3de": after a word that dates, "de" + an ordinal day is the day of
# this month (a ranking reads "werd 3e" or "als 14e", never "op de 14e"); a floor, a place
# or a group after the ordinal makes it no date ("op de 3e verdieping").
_ORDINAL_DAY = compile_fast(
    r"(?i)\b(?:(?:op|sinds|vanaf|gebeurde|gebeurd|plaatsvond)\s+de\s+(?P<day>\d{1,2}(?:e|ste|de))\b"
    # after "na", "tot", "rond" only closing the phrase or before a verb: "na de 2e bel",
    # "na de 3e waarschuwing" count the things of a series ("tot de 14e.", "na de 3de om
    # 9 uur", "na de 14e belde ze niet" are days)
    r"|(?:tot|na|rond)\s+de\s+(?P<day2>\d{1,2}(?:e|ste|de))\b"
    r"(?=\s*(?:[.,;:!?)\n]|$)|\s+(?:om|en|t/m|is|was|kwam|ging|had|heeft|zei|werd|kreeg|"
    r"[a-z]+(?:de|te|den|ten))\b))"
    r"(?!\s+(?:plaats|keer|groep|klas|verdieping|etage|week|les|dag|rij|ronde|beurt|poging)"
    # "op de 3e van de maand", "rond de 25ste van elke maand": a day every month, no date
    r"|\s+van\s+(?:de|elke|iedere)\s+maand\b)")
_ORDINAL_NOUNS = r"\s+(?:plaats|keer|groep|klas|verdieping|etage|week|les|ronde|rij|beurt)\b"
_NEXT_ORDINAL = re.compile(r"(?i)\s+(?:en|t/m|tot|of)\s+de\s+(?P<day>\d{1,2}(?:e|ste|de))\b"
                           rf"(?P<noun>{_ORDINAL_NOUNS})?")
# "14 t/m 16 maart", "van 3 tot 5-3": the first day of a range belongs to the date after it.
# Not the month of a date before it: in "do 16-1 en vr. 24 jan." the "1" belongs to
# "16-1", which is a date of its own.
# A weekday before the first day belongs to it: "dinsdag 4 en woensdag 5 maart".
# A list of days before it too: "op 2, 3 en 4 maart", "2 & 3 februari", "(2+3 feb)",
# "12, 13, 19 maart" (commas alone only from two on: "Groep 7, 8 maart" keeps the group).
_RANGE_START = compile_fast(rf"(?i)(?:\b(?:{_DAYS})\.?,?\s+)?(?<![\d][-/.])"
                            r"(?:\b\d{1,2}\s*[,&+]\s*){0,5}\b\d{1,2}\s*"
                            r"(?:t/m|tot en met|tot|en|of|&|\+|-|–|/)\s*$"
                            r"|(?<![\d][-/.])(?:\b\d{1,2}\s*,\s*){2,6}$"
                            # "de nacht van 14 op 15 maart"
                            r"|(?<=\bvan\s)\d{1,2}\s+op\s+$")
_RANGE_WORDS = compile_fast(r"(?i)\b\d{1,2}\s*(?:t/m|tot en met|tot)\s*$")


# A deadline in an agreement: "vóór 1 februari", "uiterlijk 2 april", "meldt zich voor 1
# april". It plans, it does not date an event in the child's life, so it stays as a fact.
_DEADLINE_BEFORE = compile_fast(r"(?i)(?:\bvóór|\buiterlijk(?:\s+op)?|(?P<voor>\bvoor))\s+$")
# "voor" after these is the date of an appointment, not a deadline ("gepland voor 3 april").
_APPOINTMENT = compile_fast(r"(?i)\b(?:gepland|ingepland|afspraak|gesprek|uitgenodigd|verzet|"
                            r"verschoven|vastgelegd|staat|stond)\b[^.;:\n]{0,25}$")
_DAY_MONTH = re.compile(rf"(?i)\d{{1,2}}(?:e|ste|de)?\s+(?:{_MONTHS})\.?")
# A clause told in the past dates an event ("vader is voor 3 maart vertrokken", "de politie
# kwam voor 3 maart"): "voor"/"vóór" there bounds what happened, it plans nothing.
_PAST_VERB = compile_fast(r"(?i)\b(?:was|waren|werd|werden|had|hadden|kwam|kwamen|ging|gingen|"
                          r"zei|zeiden|deed|deden|zag|zagen|woonde|woonden|belde|belden|"
                          r"vertelde|vertelden|wilde|wilden|moest|moesten|kon|konden)\b")
_PERFECT_AUX = compile_fast(r"(?i)\b(?:is|ben|bent|zijn|heeft|hebt|heb|hebben)\b")
_PARTICIPLE = compile_fast(r"(?i)\b(?:ge|ver|be|ont|her|er)[a-zà-ÿ]{2,}(?:d|t|en|an)\b")
_MODAL = compile_fast(r"(?i)\b(?:moet|moeten|zal|zullen|gaat|gaan)\b")


def _told_in_the_past(text: str, m: re.Match) -> bool:
    """The clause around the date has a past verb, or a perfect (auxiliary and
    participle) without a modal that makes it a plan ("moet vóór 1 mei betaald zijn")."""
    start = max((text.rfind(c, 0, m.start()) for c in ".;:!?\n"), default=-1) + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".;!?\n") if i >= 0]
    clause = text[start:min(ends, default=len(text))].replace(m.group(), " ")
    if _PAST_VERB.search(clause):
        return True
    return bool(_PERFECT_AUX.search(clause) and _PARTICIPLE.search(clause)
                and not _MODAL.search(clause))


def _deadline(text: str, m: re.Match) -> bool:
    """A day and month without weekday or year after "vóór", "uiterlijk" or (month
    written out, no appointment before it) "voor", in a clause not told in the past."""
    before = _DEADLINE_BEFORE.search(text, max(0, m.start() - 14), m.start())
    if not before or not _DAY_MONTH.fullmatch(m.group()) or _told_in_the_past(text, m):
        return False
    if before.group("voor"):
        return not _APPOINTMENT.search(text, max(0, before.start() - 40), before.start())
    return True


_MONTH_NUMBERS = {name: number for number, names in enumerate(
    (("januari", "jan"), ("februari", "feb", "febr"), ("maart", "mrt"), ("april", "apr"),
     ("mei",), ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"),
     ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"),
     ("december", "dec")), start=1) for name in names}


def _holiday(text: str, m: re.Match) -> bool:
    """A day and month written out, without a year, that is a public holiday's date with
    the holiday named in the same sentence ("Op Sinterklaas op 5 december", "Met
    Koningsdag (27 april)", "Goede Vrijdag 3 april"; ``holidays``)."""
    day_month = re.search(r"(?i)(?<!\d)(\d{1,2})(?:e|ste|de)?\s+([a-z]+)\.?$", m.group())
    if not day_month:
        return False
    month = _MONTH_NUMBERS.get(day_month.group(2).lower())
    return bool(month) and holiday_named(text, m.start(), m.end(),
                                         int(day_month.group(1)), month)


def _dates(text: str) -> Iterator[Detection]:
    for m in _DATE.finditer(text):
        if m.group("d") and not (1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12):
            continue  # "10.15-10.30" is a time range, "7.30-8" no date either
        if _deadline(text, m) or _holiday(text, m):
            continue
        start = m.start()

        before = (_RANGE_WORDS if m.group("d") else _RANGE_START).search(
            text, max(0, start - 40), start)
        if before:
            start = before.start()
        yield Detection(start, m.end(), "datum")
    for m in _ORDINAL_DAY.finditer(text):
        group = "day" if m.group("day") else "day2"
        # "op de 2de en de 3de": the next day of the list ("op de 2de en de 3de
        # verdieping" counts floors, both)
        more = _NEXT_ORDINAL.match(text, m.end(group))
        if more and more.group("noun"):
            continue
        if 1 <= int(m.group(group).rstrip("estd")) <= 31:
            yield Detection(m.start(group), m.end(group), "datum")
            if more and 1 <= int(more.group("day").rstrip("estd")) <= 31:
                yield Detection(more.start("day"), more.end("day"), "datum")


# "ring" but not a noun in -ering ("zorgverzekering 188", "vergadering 3"): "Binnenring 4".
# German streets too: "Hauptstraße 12", "Lindengasse 3", "Marktplatz 1".
_STREET_SUFFIX = (r"straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|pad|dreef|steeg|"
                  r"plantsoen|markt|(?<!e)ring|baan|allee|erf|veld|wal|haven|burg|hoven|akker|"
                  r"weide|gaarde|kamp|berg|dal|oord|zijde|straatweg|boulevard|polder|"
                  r"straße|strasse|gasse|platz")
_STREET_ONLY_SUFFIX = (r"straat|laan|weg|plein|singel|gracht|kade|dreef|steeg|plantsoen|"
                       r"straatweg|boulevard|allee|kade")
# "21 8911 CD": the digits after a house number are a postcode, not an addition;
# "41-B", "12a", "3 bis", "7-2" are additions, and so are the floor marks of city
# addresses ("12 hs", "8-bg", "3 zw", "14 boven", "2 hoog"). A house boat's number is
# "tegenover" a house on the quay: "Amstelkade t/o 12".
_HOUSE_NUMBER = (r"(?:\s+(?:t/o|t\.o\.|tegenover))?\s+\d{1,5}(?![.,:]?\d)"
                 r"(?:-(?:I{1,3}|IV|hoog|bis)\b"
                 r"|[-\s](?:hs|bg|hg|zw|rd|boven|beneden|[1-4]\s?hoog|I{1,3}|IV)\b"
                 # a letter glued on ("118B", "12-B") is the house's also before a full
                 # stop; with a space before it "12 J. Jansen" may be an initial
                 r"|-?[a-zA-Z]\b|\s?-?\s?[a-zA-Z]\b(?!\.\s*[A-Z\d])"
                 r"|[-\s]\d{1,4}\b(?![ \u00a0]?[A-Z]{2}\b)|\s?(?:bis|hs|huis)\b)?")
# Words before the street word start with a capital ("Burgemeester de Withstraat",
# "Van Limburg Stirumstraat"); a lower-case "de" before it is the sentence's ("aan de ...").
_STREET_WORDS = (r"(?:\b[A-Z][\w'’.-]*\s+"
                 r"(?:(?:[A-Z][\w'’.-]*|van|de|der|den|ter|ten|het|'t)\s+){0,2})?")
# A count or a measure after the number: "in de kring 2 keer", "op het schoolplein 3
# kinderen", "over de dijk 3 kilometer" are facts, no house number.
_COUNT = (r"\s*(?:keer|x|maal|kinderen|leerlingen|ouders|jongens|meisjes|mensen|"
          r"personen|minuten|minuut|uur|uren|dagen|dag|weken|week|maanden|jaar|jaren|"
          r"meter|kilometer|km|m|rondjes|rondes|punten|stuks)\b")
_COUNT_AFTER = rf"(?!{_COUNT})"
_NO_COUNT_NEXT = rf"(?!\s+\d{{1,5}}{_COUNT})"
# At a sentence start too: "Schoolplein 2 keer geduwd" (the street word stays a street
# word, the count stays), "Bladzijde 12 van het werkboek", "Kring 2" (no street at all).
_STREET = compile_fast(
    _STREET_WORDS +
    rf"(?:\b(?!Bladzijde\b|Kring\b)[A-Z][\w'’-]*(?:{_STREET_SUFFIX})\b(?=\s+\d){_NO_COUNT_NEXT}"
    rf"|\b[A-Z][\w'’-]*(?:{_STREET_ONLY_SUFFIX})\b)(?:{_NO_COUNT_NEXT}{_HOUSE_NUMBER})?")
_STREET_NUMBERED = re.compile(
    # the lookahead first: only a word followed by a number is tried against the suffixes;
    # "bladzijde 12" and "de kring" are a page and a circle of chairs
    rf"(?i)\b(?=[\w'’-]+\s+\d)(?!(?:blad)?zijde\b|k?ring\b)[\w'’-]*(?:{_STREET_SUFFIX})"
    rf"\s+\d{{1,5}}(?![.,:]?\d){_COUNT_AFTER}"
    r"(?:-(?:I{1,3}|IV|hoog|bis)\b|\s?-?\s?[a-z]\b(?!\.\s*[A-Z\d])|-\d{1,4}\b)?")
# Streets and villages named otherwise, with a house number: "Noorderdiep 130",
# "Kerkbuurt 12", "De Kolk 4" (capitalised: "het bos 3 keer" is no address).
_STREET_OTHER = compile_fast(
    _STREET_WORDS +
    # four letters at least: "Les 3:" is a lesson, no street on "-es"
    r"\b(?=[A-Z][\w'’-]{3})[A-Z][\w'’-]*(?:diep|vaart|wijk|buurt|kolk|loop|hoek|horst|"
    r"brink|stede|hiem|"
    r"wei|reed|zoom|gang|poort|kaai|tuin|heide|wende|molen|weer|tocht|wetering|"
    r"meer|stee|donk|hoeve|lande|gein|rak|wold|wolde|schans|esch|es|"
    # Frisian: "Tsjerkepaad 3a", "Skrâns 4", "Buorren 12"
    r"paad|dyk|leane|strjitte|loane|buorren|wyk|feart|wâl|skâns|râns|hiem|tún|pôle)"
    rf"(?=\s+\d)(?:{_HOUSE_NUMBER})")
# "woont aan de Skrâns 4", "op de Brink 12": a capitalised name with a house number after
# "aan/op de/het" is an address, whatever the street word.
_AT_ADDRESS = re.compile(
    r"\b(?:aan|op)\s+(?:de|het|'t)\s+(?P<street>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    rf"(?:{_HOUSE_NUMBER}))(?<=\d|\w)")
# "Vader woont sinds de scheiding op De Wieken 88", "Oma woont op Hoge Akker 7": after a
# verb of living, "op", a capitalised name and a house number are an address whatever the
# street word (heldout13 dev J05); "woont op Ameland 2 weken" counts.
_LIVES_ON_ADDRESS = re.compile(
    r"(?i:\b(?:woon\w*|wonen|woonde\w*|verhuis\w*|verhuizen))(?:\s+[\w'’]+){0,5}?\s+op\s+"
    # with its article or of two words: "op Etage 3", "op Verdieping 2" is a floor (review s38)
    r"(?P<street>(?:(?:De|Het|'t|’t)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"|[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
    rf"(?:{_HOUSE_NUMBER}))(?<=\d|\w)"
    r"(?!\s+(?i:dagen|dag|weken|week|maanden|maand|jaar|jaren|km|kilometer|hoog|minuten|uur|"
    r"keer|nachten)\b)")
# Kinship words of dialects and other languages; like "oom", never a name themselves:
# Frisian, Polish, Turkish, Arabic/Moroccan, Somali, Papiamento/Sranan, German, French,
# Italian, Russian/Ukrainian.
FOREIGN_KINSHIP = frozenset([
    "ome", "omi", "opi", "pake", "beppe", "omke", "muoike", "heit", "mem",
    "wujek", "ciocia", "babcia", "dziadek", "dziadzio", "stryj",
    "teyze", "amca", "dayı", "dayi", "hala", "yenge", "abi", "abla", "dede", "nene",
    "baba", "babaanne", "anneanne", "enişte",
    "ammi", "ammo", "khali", "khalti", "khalto", "jeddi", "jedda", "sido", "teta",
    "adeer", "abti", "eedo", "habo", "ayeeyo", "awoowe",
    "tio", "tia", "tanta", "omoe",
    "onkel", "oncle", "tata", "nonna", "nonno", "babushka", "dedushka", "dyadya", "tyotya",
    # Papiamento/Cape Verdean/Portuguese, Sranan, Farsi/Dari, Urdu/Hindi, Kurdish, Tigrinya,
    # Romanian/Bulgarian, Ukrainian, Chinese
    "vovo", "vovó", "vovô", "wela", "welo", "avó", "avô", "omu", "tanta", "granma", "granpa",
    "khaleh", "khala", "khalo", "amme", "amu", "dayi", "chacha", "chachi", "mami", "nana",
    "nani", "dada", "dadi", "kaka", "xal", "aboy", "adey", "bunica", "bunicul", "unchi",
    "chicho", "dyado", "babusya", "didus", "ayi", "shushu", "nainai", "yeye", "laolao",
    "laoye", "gege", "jiejie"])
_TITLED_NAME = compile_fast(
    r"(?:\b(?P<title>(?i:mevrouw|mevr|mw|meneer|mijnheer|dhr|de heer|juf|juffrouw|meester|"
    r"mr|dr|drs|ir|ing|oma|opa|tante|oom|neef|nicht|buurman|buurvrouw|vriend|vriendin|"
    r"vriendje|vriendinnetje|zus|zusje|broer|broertje|stiefvader|stiefmoeder|"
    # Kinship words of other languages and dialects: "pake Jelle", "wujek Tomek".
    + "|".join(sorted(FOREIGN_KINSHIP, key=len, reverse=True)) + "|"
    # Same line only: "moeder.\n\nSignalen" is a heading after a sentence, not a name.
    r"vader|moeder|papa|mama|familie))\.?[ \t\u00a0]+)"
    r"((?:(?:van|de|der|den|ter|ten|het|el|al|'t)\s+)*[A-Z][\w'’-]+"
    r"(?:[ \t]+(?:(?:van|de|der|den|ter|ten|het|el|al)[ \t]+)*[A-Z][\w'’-]+)*)")


def eleven_proof(digits: str) -> bool:
    """The BSN 11-proef (9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11), by
    python-stdnum; 8 digits count with a leading zero."""
    digits = digits.zfill(9)
    if len(digits) != 9 or not digits.isdigit() or int(digits) == 0:
        return False
    return stdnum_bsn.is_valid(digits)


_COUNTRY_CODE_BEFORE = compile_fast(r"(?:\+|\b00)\d{1,3}[\s.-]*\(?0?\)?[\s.-]*$")


def _bsn(text: str) -> Iterator[Detection]:
    for m in _BSN_LABELLED.finditer(text):
        yield Detection(m.start(1), m.end(1), "BSN")
    for m in _NINE_DIGITS.finditer(text):
        if _COUNTRY_CODE_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1)):
            continue  # "00212 661 907 442": the rest of a phone number
        if (m.group("s") or m.group("t")) and re.match(r"[ .\-–]\d", text[m.end(1):m.end(1) + 2]):
            continue  # "0048 22 614 38 70": a longer number goes on in the same groups
        if eleven_proof(re.sub(r"\D", "", m.group(1))):
            yield Detection(m.start(1), m.end(1), "BSN")


# Words for a relation, not a form of address: "moeder van Kacper" is Kacper's mother, so
# a lower-case "van" right after one is the preposition and stays readable. After a form
# of address ("mevrouw van Dijk", "juf de Vries") the particle belongs to the surname.
RELATION_WORDS = frozenset([
    "oma", "opa", "tante", "oom", "neef", "nicht", "buurman", "buurvrouw", "vriend",
    "vriendin", "vriendje", "vriendinnetje", "zus", "zusje", "broer", "broertje",
    "stiefvader", "stiefmoeder", "vader", "moeder", "papa", "mama",
    *FOREIGN_KINSHIP,
])
# "van der Berg", "van den Bosch", "van 't Hof": always a surname, also after "oma".
_SURNAME_AFTER_VAN = re.compile(r"van[ \t\u00a0]+(?:der|den|ter|ten|'t|’t)[ \t\u00a0]")


def preposition_van(title: str, name: str) -> int:
    """Length of a leading "van " in ``name`` that is the preposition after a relation
    word ("moeder van Kacper"), else 0."""
    if title.casefold() not in RELATION_WORDS or not name.startswith("van"):
        return 0
    if _SURNAME_AFTER_VAN.match(name):
        return 0
    rest = name[3:]
    return 3 + len(rest) - len(rest.lstrip(" \t\u00a0")) if rest[:1].isspace() else 0


_DOTTED_TITLES = frozenset(["mevr", "mw", "dhr", "mr", "dr", "drs", "ir", "ing"])


def _name_start(m: re.Match) -> int:
    return m.start(2) + preposition_van(m.group("title"), m.group(2))


# A chat line from someone not in the phone's contacts: WhatsApp writes the name they chose
# after a tilde ("~Mama van 2: ...", "~Supermam4: ..."); a name like a chat speaker's.
# A number after the tilde is "about" ("~10 min: lezen"), no name. A copied line may open
# with its time ("[20:14] ~ Mamavan3: ..."). The one reader of these names (the name
# detector's chat rules, ``name_parts``, read them too until stop 35).
_TILDE_SPEAKER = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?~[ \t]?"
                            r"(?P<name>[^\W\d_][^:\n]{0,30}?)[ \t]*:")
# Words of a chosen sender name that name no one: a role ("~moeder:", "~juf:") and the
# links of "~Mama van Sem:".
_SENDER_ROLES = RELATION_WORDS | FOREIGN_KINSHIP | frozenset([
    "juf", "juffrouw", "meester", "meneer", "mevrouw", "leerkracht", "mentor", "ib", "ib'er",
    "directeur", "coach", "trainer", "oppas", "ouder", "ouders", "van", "de", "der", "den",
    "het", "en", "uit", "'t"])


def _tilde_senders(text: str) -> Iterator[Detection]:
    """The chosen name after "~" without the role words it opens with: "~moeder:" and
    "~juf:" say who wrote and stay; "~Mama van Sem:" loses only "Sem" (as the chat rules,
    ``name_parts``, read it); "~Mama van 2:", "~Supermam4:" go whole (with a number the
    display name is the only thing that identifies the sender). Review of stop 34: the
    first version took "~moeder:" and the whole "~Mama van Sem:"."""
    for m in _TILDE_SPEAKER.finditer(text):
        start, end = m.span("name")
        kept = [w for w in re.finditer(r"\S+", m.group("name"))
                if w.group().casefold() not in _SENDER_ROLES]
        if not kept:
            continue
        if kept[0].group()[:1].isalpha():
            start += kept[0].start()
        yield Detection(start, end, "naam")


def detect_all(text: str) -> list[Detection]:
    """Every detection; overlaps are resolved by the caller (earliest, then longest)."""
    found: list[Detection] = []
    found.extend(Detection(m.start(), m.end(), "telefoonnummer") for m in _PHONE.finditer(text)
                 if not public_number_at(text, m.start(), m.end())  # Tolkentelefoon 088
                 and not DATE_WITH_YEAR.match(m.group()))  # "06-12-2025 14.30"
    found.extend(Detection(m.start(), m.end(), "postcode") for m in _POSTCODE.finditer(text)
                 if not _YEAR_BEFORE_ABBREVIATION.search(text, 0, m.end()))
    for pattern, kind in ((_EMAIL, "e-mail"), (_EMAIL_HIDDEN, "e-mail"), (_URL, "url"),
                          (_STREET_NUMBERED, "adres"),
                          (_STREET, "adres"), (_STREET_OTHER, "adres")):
        found.extend(Detection(m.start(), m.end(), kind) for m in pattern.finditer(text))
    found.extend(_dates(text))
    for pattern in (_AT_ADDRESS, _LIVES_ON_ADDRESS):
        found.extend(Detection(m.start("street"), m.end("street"), "adres")
                     for m in pattern.finditer(text))
    found.extend(Detection(a, b, "adres") for a, b in foreign_streets(text))
    found.extend(Detection(a, b, "adres") for a, b in named_addresses(text))
    found = _with_address_parts(text, found)
    found.extend(Detection(a, b, "postcode") for a, b in country_postcodes(text))
    found.extend(_postcode_towns(text, found))
    found.extend(Detection(a, b, "nummer") for a, b in foreign_plates(text))
    found.extend(_bsn(text))
    for m in _TITLED_NAME.finditer(text):
        if text[m.end("title"):m.end("title") + 1] == "." and \
                m.group("title").lower() not in _DOTTED_TITLES:
            continue  # "bij oma. De ...": the dot ends the sentence, "De" is no name
        found.append(Detection(_name_start(m), m.end(2), "naam"))
    found.extend(Detection(f.start, f.end, f.kind) for f in detect_identifiers(text))
    if "~" in text:
        found.extend(_tilde_senders(text))
    # Priority on overlap: e-mail/url before the rest, then the longest span.
    order = {"e-mail": 0, "url": 1, "iban": 2, "BSN": 2, "telefoonnummer": 3, "account": 4}
    found.sort(key=lambda d: (order.get(d.kind, 9), d.start, d.start - d.end))
    chosen: list[Detection] = []
    for _, group in groupby(found, key=lambda d: order.get(d.kind, 9)):
        chosen = sorted([*chosen, *_free_of(chosen, group)], key=lambda d: d.start)
    return chosen


# The town right after a postcode: one capitalised word, "Den Haag", "Bergen op Zoom",
# "'s-Hertogenbosch", "Alphen aan den Rijn".
_TOWN_AFTER_POSTCODE = re.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]+(?P<town>(?:(?:Den|De|Het|Ter|Ten)\s+|'s-)?"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:aan|op|in|bij)\s+(?:den\s+|de\s+|het\s+)?[A-ZÀ-Ý][\w'’-]+)?)")


_POSTBUS_BEFORE = re.compile(r"(?i)\b(?:postbus|pb|antwoordnummer)\b[^.;\n]*$")


def _postcode_towns(text: str, found: list[Detection]) -> list[Detection]:
    """The town after a postcode is the address's town, a big city too ("Adres zus:
    Kerkstraat 4, 3512 AB Utrecht"): with the street it points at one house, and an IB
    writes it only as part of an address (a city named on its own stays, see places).
    After a postbus it is an organisation's address ("Postbus 4471, 3000 AB Rotterdam")."""
    out = []
    for d in found:
        if d.kind == "postcode" and (m := _TOWN_AFTER_POSTCODE.match(text, d.end)) \
                and not _POSTBUS_BEFORE.search(text, max(0, d.start - 30), d.start):
            out.append(Detection(m.start("town"), m.end("town"), "plaats"))
    return out


def _with_address_parts(text: str, found: list[Detection]) -> list[Detection]:
    """Addresses widened by their adjective and the parts after the house number, and a
    foreign postcode right after one (``address_shapes``)."""
    out: list[Detection] = []
    for d in found:
        if d.kind != "adres":
            out.append(d)
            continue
        start, end = widened_address(text, d.start, d.end)
        out.append(Detection(start, end, "adres"))
        if any(c.isdigit() for c in text[start:end]) and (code := postcode_after(text, end)):
            out.append(Detection(code[0], code[1], "postcode"))
    return out


def _free_of(chosen: list[Detection], group: Iterable[Detection]) -> list[Detection]:
    """Of ``group`` (sorted by start, longest first), greedily those overlapping neither
    ``chosen`` (sorted, non-overlapping) nor each other: one sweep, no rescans."""
    accepted: list[Detection] = []
    position, last_end = 0, -1
    for d in group:
        if d.start < last_end:
            continue
        while position < len(chosen) and chosen[position].end <= d.start:
            position += 1
        if position < len(chosen) and chosen[position].start < d.end:
            continue
        accepted.append(d)
        last_end = d.end
    return accepted
