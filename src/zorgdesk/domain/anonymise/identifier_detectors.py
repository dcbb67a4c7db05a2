"""Detectors for identifiers beyond names: short dates, every country's phone numbers,
social-media handles, bank accounts, and identifying numbers (leerlingnummer, postbus,
dossier or zaak number, kenteken).

Libraries made for the job do the checking: ``phonenumbers`` (Google's libphonenumber
metadata, offline) finds phone numbers in every country's format, ``python-stdnum``
checks IBANs (mod 97) and BSNs (11-proef). Regexes only find candidates.

Facts that look like numbers stay: times ("8.47"), counts and ranges ("2-3 keer",
"30-45 min"), groups ("groep 5/6"), scores ("7/10", "4-1"), page ranges ("blz 12-13"),
money ("€ 120"), and the numbers of institutions (112, Veilig Thuis 0800-2000; any
free, shared-cost or premium number is an institution, not a person).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers
from stdnum import iban as stdnum_iban

from zorgdesk.domain.anonymise.first_chars import compile_fast
from zorgdesk.domain.anonymise.holidays import holiday_named
from zorgdesk.domain.anonymise.person_slots import RUN_ON_OPENERS
from zorgdesk.domain.anonymise.vocatives import insult


@dataclass(frozen=True)
class Found:
    """A span and its kind; ``detectors.detect_all`` turns it into a ``Detection``."""

    start: int
    end: int
    kind: str

__all__ = ["DATE_WITH_YEAR", "NOT_INITIALS", "TYPOGRAPHIC_DASHES", "WEEKDAYS",
           "detect_identifiers", "phone_matches", "public_number_at"]

_FULL_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                  "zondag")
# How a weekday is written in a hurry before a date: cut ("woe 8/4", "dond. 5/3", "vrijd
# 6/3") or with one letter dropped ("zaterdg 14 maart", "dinsdg"). Cuts that are words
# ("zat", "vrij", "zon", "maan", "don") only open a line or a bracket: elsewhere before a
# date they may be the verb.
_WEEKDAY_CUTS = ("dins", "dinsd", "woe", "woens", "woensd", "dond", "donderd", "vrijd",
                 "zater", "zaterd", "zond")
_WEEKDAY_TYPOS = sorted({day[:i] + day[i + 1:] for day in _FULL_WEEKDAYS
                         for i in range(1, len(day))} - set(_FULL_WEEKDAYS), key=len,
                        reverse=True)
# Right after a day-month and a comma, "en" or a range's joiner (the lookbehinds need
# a fixed width).
_AFTER_A_DATE = "|".join(rf"(?<=\d[-/]{day}{sep})" for day in (r"\d", r"\d\d")
                         for sep in (", ", ",", " en ", " & ", " t/m ", " tot ",
                                     " tot en met ", " - ", " – "))
WEEKDAYS = (rf"(?:{'|'.join(_FULL_WEEKDAYS)})(?:ochtend|morgen|middag|avond|nacht)?"
            rf"|{'|'.join(_WEEKDAY_TYPOS)}|{'|'.join(sorted(_WEEKDAY_CUTS, key=len, reverse=True))}"
            # the cuts that are words only opening a line or a bracket: "zat 7 feb:",
            # "(vrij 6/3)"
            r"|(?<![^\n(])(?:zat|vrij|zon|don)"
            # ... or go on a list of dates: "(ma 2-11, woe 4-11, vrij 6-11)", "op di 9-12
            # en vrij 12-12", "zat 7-3 (training) en vrij 13-3" (the verb or adjective follows
            # no date or bracket and a comma or "en"). A date, not any number: "groep 6 en
            # zat 3-4 weken thuis", "een 5, zat 2-3 dagen" are the verb (review s37). Or
            # close a range of dates: "ma 3-11 t/m vrij 7-11", "do 5-12 tot zon 8-12".
            rf"|(?:{_AFTER_A_DATE}|(?<=\) en )|(?<=\), ))(?:zat|vrij|zon|don)"
            r"|ma|di|wo|do|vr|za|zo")
_WEEKDAYS = WEEKDAYS
# d-m or d/m without a year (a year is handled by detectors._DATE).
_SHORT_DATE = compile_fast(
    rf"(?i)(?:\b(?P<day_name>{_WEEKDAYS})\.?,?\s+)?"
    # not inside a time range ("12:15-12:45": the minutes of one time and the hour of the next)
    r"(?<![\w/.,:-])(?P<d>\d{1,2})(?P<sep>[-/])(?P<m>\d{1,2})(?![\w/-]|[.,:]\d)")
# "16/3-20/3": a range of two dates written with slashes, on one line: "- 12/11\n- 19/11"
# is two list items, two facts (review s38: one [datum] lost a line).
_SLASH_RANGE = compile_fast(r"(?<![\w/.,:-])(\d{1,2})/(\d{1,2})[ \t]*[-–][ \t]*(\d{1,2})/(\d{1,2})"
                            r"(?![\w/-]|[.,:]\d)")
_GROUPS_BEFORE = compile_fast(r"(?i)\b(?:groep|groepen|gr|klas|klassen)\b[^.;\n]{0,25}$")
# "14-16/3": a range of days in one month.
_DAY_RANGE = re.compile(r"(?<![\w/.,-])(\d{1,2})[ \t]*[-–][ \t]*(\d{1,2})/(\d{1,2})"
                        r"(?![\w/-]|[.,]\d)")
# With a weekday a dotted pair is a date too ("di 4.11", "woensdag 12.3"); without one it
# is a time or a decimal ("8.45", "12.3 km").
_WEEKDAY_DOT_DATE = compile_fast(
    rf"(?i)\b(?:(?P<day_name>{_WEEKDAYS})\.?,?|op|sinds|vanaf|d\.d\.|datum:?)\s+(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})"
    r"(?![\w/-]|[.,:]\d|\s*(?:uur|u\b|km|kg|cm|m\b|%|graden|°|sec|seconden|min|minuten|"
    r"punten|procent|liter|euro))")
# "in de nacht van 14 op 15/3": "op" joins the two days of one night.
# A dotted pair whose day is no hour (24-31) and whose month is written with two digits
# ("ontvangen 24.03", "26.03 evaluatie"): no time or decimal a school writes looks so
# (an amount has its euro sign, a measure its unit, a version its word).
_LATE_DOT_DATE = compile_fast(
    r"(?<![\w.,:/€$-])(?P<d>2[4-9]|3[01])\.(?P<m>0[1-9]|1[0-2])(?![\w/-]|[.,:]\d)"
    r"(?!\s*(?:uur|u\b|km|kg|cm|m\b|%|graden|°|sec|seconden|min|minuten|punten|procent|"
    r"liter|euro|eur\b))")
_FIRST_DAY = compile_fast(r"(?i)(?<![\w/.,-])(\d{1,2})\s*(?:t/m|tot en met|tot|-|–)\s*$"
                          # "op 3 en 4/11": after a word that dates, "en" joins two days
                          r"|(?i:\b(?:op|sinds|vanaf|van|tussen)\s+)(\d{1,2})\s+(?:en|of|op)\s+$")
# "groep 5/6 en 3/4": the pair after a list of groups is a group too.
# ("groep 5/6 - 7/8": a range of groups)
_GROUP_LIST = compile_fast(r"(?i)\b(?:groep|groepen|gr|klas|klassen)\s+\d{1,2}[/-]\d{1,2}"
                           r"(?:\s*(?:,|en|of|&|-|–|t/m)\s*\d{1,2}[/-]\d{1,2})*"
                           r"\s*(?:,|en|of|&|-|–|t/m)\s*$")
# A dotted day.month right after another date and "en"/"t/m": "op 12.3 en 13.3".
_NEXT_DOT_DATE = re.compile(r"(?i)\d{1,2}[./-]\d{1,2}\s+(?:en|t/m|tot|tot en met|of)\s+"
                            r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?![\w/-]|[.,:]\d)")
# A list of dotted pairs with one month: "06.10, 07.10 en 13.10" are days (times of one
# hour would share the minutes, a list of times differs: "8.30, 9.15 en 10.00").
_DOT_LIST = compile_fast(r"(?<![\w.,:])\d{1,2}\.\d{2}(?:\s*(?:,|en|of|t/m)\s*\d{1,2}\.\d{2})+"
                         r"(?![\w.,:]?\d)")
_PAIR = re.compile(r"(\d{1,2})\.(\d{2})")
_TIME_BEFORE = compile_fast(r"(?i)\b(?:om|van|tussen|vanaf|tot|rond|uur)\s*$")
# Right before a pair, these make it a date even when a count word follows
# ("op 3/11 voor het eerst").
_DATE_BEFORE = compile_fast(r"(?i)\b(?:op|sinds|vanaf|d\.d\.|datum|dd)\s*$")
# Words right before a d-m / d/m pair that make it a fact, not a date.
_NOT_DATE_BEFORE = compile_fast(
    r"(?i)\b(?:groep|groepen|gr|klas|\w*toets|dmt|nscct|iep|lovs|dictee|score|cijfer|cijfers|"
    r"uitslag|stand|blz|bladzijde|pagina|pag|p|nr|nummer|hoofdstuk|les|opgave|som|sommen|"
    r"tafel|tafels|won|verloor|gelijk|met|werd|eindigde|haalde|scoorde|antwoorden|goed|"
    r"fout|niveau|avi|cito|jo\d+|mo\d+|uur|art|artikel|versie|maat|vak|taak|week|weken|"
    r"dag|dagen|opdracht|opdrachten|vraag|vragen|blok|thema|kaart|werkblad|niveau|level|"
    r"ronde|set|deel|stap|fase"
    # a grade after an article: "haalde een 7/10" (no date is written "een 3/11")
    r"|een)"
    # in the same line and sentence: "5 avonden per week.\n- 12/11: ..." is a list item's
    # date (heldout13 dev J03); an abbreviation's dot ("blz. 12/13") is no sentence end
    r"(?:[^\w\n.!?]|(?<!\w{4})\.)*$")
# A grade after a school subject: "goede resultaten (rekenen 8/10, spelling 7/10)"; only
# out of ten and not missed: "Rekenen 12/10 gemist", "Lezen 4/11: ziek" are lesson dates.
_SUBJECT_BEFORE = compile_fast(
    r"(?i)\b(?:rekenen|taal|spelling|lezen|woordenschat|wereldori[eë]ntatie|aardrijkskunde|"
    r"geschiedenis|topografie|topo|natuur|biologie|engels|schrijven)\W*$")
_MISSED_AFTER = re.compile(r"(?i)\s*(?:[,:;]\s*)?(?:\w+\s+)?(?:gemist|afwezig|ziek|verzuim\w*|"
                           r"afgemeld|niet)\b")


def _a_grade(before: str, day: int, month: int, after: str) -> bool:
    return bool(_SUBJECT_BEFORE.search(before)) and month == 10 and day <= 10 \
        and not _MISSED_AFTER.match(after)


# A scale, not a date: "3 (van 1-4)", "een 2 op een schaal van 1-5", "4 (op 1-10)".
_SCALE_BEFORE = compile_fast(r"(?i)(?:\bschaal\s+(?:van\s+)?|\d\s*\(\s*(?:van|op|uit)\s+)$")
# Counted meetings and sessions, one list for both places that need it (a count right after
# a pair; a date before what happened on it: ``_NOT_DATE_AFTER``, ``_COUNTED``).
_COUNTED_NOUNS = (r"\w*sessies|\w*gesprekken|afspraken|bezoeken|huisbezoeken|pogingen|rondes|"
                  r"contacten|meldingen|incidenten|\w*trainingen|behandelingen|dagdelen|lessen|"
                  r"toetsen|opdrachten")
# Words right after that make it a count, range, size or score.
_NOT_DATE_AFTER = re.compile(
    r"(?i)^\s*(?:keer|x|maal|min|minuten|minuut|uur|uren|sec|seconden|jaar|jaren|jr|"
    r"maanden|maand|weken|week|dagen|dag|nachten|kinderen|leerlingen|ouders|punten|"
    r"goed|fout|fouten|cm|mm|m|km|kg|gram|gr|liter|euro|%|procent|sommen|woorden|"
    r"stuks|personen|mensen|kilo|graden|°|voor|tegen|gewonnen|verloren|gelijk|"
    r"uitslag|score|sterren|plaatsen|bladzijden|pagina's|blz"
    # a match's result: "na de 4-1 nederlaag", "de 3-2 overwinning", "2-0 winst"
    r"|\w*nederlaag|\w*nederlagen|\w*overwinning|\w*overwinningen|zege|winst|verlies"
    # counted meetings and sessions: "10/12 sessies", "3/4 gesprekken" (``_COUNTED``)
    r"|" + _COUNTED_NOUNS +
    # a fraction of a count: "3/4 van de sommen", "2/3 van de tijd"
    r"|van\s+(?:de|het|zijn|haar|alle)\s+(?:sommen|opdrachten|vragen|woorden|toetsen|"
    r"lessen|tijd|dagen|keren|kinderen|leerlingen|klas|groep))(?!\w)")
# Counted meetings after a word that dates are a date and what happened on it: "sinds 3/11
# afspraken met het wijkteam", "op 5/6 lessen gemist" ("10/12 sessies gevolgd" counts).
_COUNTED = re.compile(rf"(?i)^\s*(?:{_COUNTED_NOUNS})\b")
# A score or test in the same clause: "rekentoets ... 7/10", "won met 4-1".
_SCORE_WORDS = compile_fast(r"(?i)\b(?:\w*toets\w*|\w*score\w*|cijfer\w*|punten|\w*uitslag\w*|"
                            r"breuk|breuken|\w*sommen|"
                            r"\w*wedstrijd\w*|won|verloor|gewonnen|verloren|dictee\w*|scoor\w*|"
                            r"(?:eind|tussen|rust)?stand|eindigde|eindigden|geëindigd)\b")
# A sport and its scores, nothing else: "Tennis: 6-1, 6-4", "Hockey 2-1." ("Voetbal 6-4
# afgezegd" is the day the training was called off).
_SPORTS = (r"(?:tennis|voetbal|hockey|korfbal|handbal|basketbal|volleybal|waterpolo|"
           r"tafeltennis|badminton|padel)")
_SPORT_BEFORE = re.compile(r"(?i)\b" + _SPORTS + r"\s*:?\s*(?:\d{1,2}-\d{1,2}\s*,\s*)*$")
# A result and a sport before a weekday and a pair: "Uitslag voetbal zaterdag 4-1".
_RESULT_OF_SPORT = re.compile(r"(?i)\b(?:uitslag|eindstand|stand)\s+(?:van\s+(?:het\s+)?)?"
                              + _SPORTS + r"\s*:?\s*$")
# The rest of a list of pairs, and what after it says the days were missed (review s37).
_PAIRS_AHEAD = re.compile(r"(?:\s*,\s*\d{1,2}-\d{1,2}(?!\d))*")
_CALLED_OFF_AFTER = re.compile(r"(?i)\s*(?:[,:;]\s*)?(?:\w+\s+)?(?:afgezegd|afgelast|geschrapt|"
                               r"vervallen|gemist|afwezig|ziek|afgemeld|niet)\b")
_SCORE_ENDS = re.compile(r"\s*(?:,\s*\d{1,2}-\d{1,2}(?!\d)|[.;!]?\s*(?:$|\n)|[.;!]\s)")


def _sport_score(before: str, after: str) -> bool:
    """A pair after a sport is its score where the clause ends after it, or where it is one
    of a list of scores whatever follows ("Tennis: 6-1, 6-4 en daarna naar huis": sets);
    "Voetbal 6-4 afgezegd" is the day the training was called off."""
    sport = _SPORT_BEFORE.search(before)
    if not sport:
        return False
    if _CALLED_OFF_AFTER.match(after, _PAIRS_AHEAD.match(after).end()):
        return False  # "Voetbal: 6-4, 13-4 afgezegd": the days the trainings were missed
    return bool(_SCORE_ENDS.match(after) or re.search(r"\d,\s*$", sport.group())
                or re.match(r"\s*,\s*\d{1,2}-\d{1,2}(?!\d)", after))


# An operator beside a fraction makes a sum ("3/4 + 1/4", "1/2 x 6 =").
_SUM_BEFORE = re.compile(r"[+×*=÷]\s*$|\d\s+[x:]\s+$")
_SUM_AFTER = re.compile(r"\s*(?:[+×*=÷]|x\s+\d|:\s*\d+/\d)")
# "1/2 van", "2/3 van": a fraction of something (a date is no part "van" anything).
_OF_AFTER = re.compile(r"\s+van\b")
# A match's result right after a weekday and a pair: "zaterdag 4-1 verloren".
_RESULT_AFTER = re.compile(r"(?i)\s*(?:gewonnen|verloren|gelijkgespeeld|gelijk)\b")
_HANDLE_AT = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?:#\d{4})?")
_PLATFORMS = (r"insta|instagram|ig|snap|snapchat|tiktok|tik\s?tok|roblox|fortnite|discord|"
              r"twitter|x|facebook|fb|youtube|yt|twitch|whatsapp|telegram|threads|"
              r"minecraft|steam|xbox|playstation|psn|gebruikersnaam|username|account|"
              r"accountnaam|profiel|profielnaam|spelersnaam|gamertag|nickname|kanaal")
_HANDLE_LABELLED = compile_fast(
    rf"(?i)\b(?:{_PLATFORMS})\b\s*(?:[:(]|als|heet|is|van|naam|account)?\s*[:(]?\s*"
    # "op TikTok heet ze lotje.dansjes": the subject between the verb and the handle
    r"(?:(?<=heet\s)|(?<=is\s)|(?<=als\s))?(?:(?:ze|hij|zij|die|je|hem|haar)\s+)?"
    r"(?P<handle>@?[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_](?:#\d{4})?)")
# Whose account, then the user name: "Snapchat van Daan: ranaa.k", "Instagram van zijn zus:
# lotje.x" (one to three words between "van" and the colon).
_HANDLE_OF = compile_fast(
    rf"(?i)\b(?:{_PLATFORMS})\s+van\s+(?:[^\s:.;]+\s+){{0,2}}[^\s:.;]+\s*:\s*['\"‘“]?"
    r"(?P<handle>[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@])")
# A quoted name a few words after a platform: "Hij heet op TikTok 'thejaylen'", "op insta
# noemt ze zich "lotje.x"" (one token, no spaces: a quoted sentence is a message).
_HANDLE_QUOTED = compile_fast(
    rf"(?i)\b(?P<platform>{_PLATFORMS})\b(?P<between>[^.!?\n'\"‘“]{{0,25}}?)['\"‘“]"
    r"(?P<handle>@?(?=[\w.]*[A-Za-z0-9])[A-Za-z0-9_.]{3,30})['\"’”](?!\w)")
# Between the platform and the quote: nothing but a colon, or a word of naming ("Op TikTok
# zag ze "challenge" filmpjes" quotes a thing).
_NAMING_BETWEEN = re.compile(r"(?i)^\s*:?\s*$|\b(?:heet|heette|heten|noemt|noemde|noemen|"
                             r"naam|account|als|profiel|volgt|volgde|van)\b")
# Words that make the quote a user name even when it is an insult ("heet 'sukkeltje'").
_NAMED_AS = compile_fast(r"(?i)\b(?:heet|heette|heten|noemt|noemde|noemen|naam|account|als|"
                         r"profiel)\b")
# A token that no Dutch word looks like: an underscore, or letters followed by digits
# ("dikkie2011", "yildiz07"), or upper/lower case mixed inside ("xXDarkWolfXx").
_HANDLE_SHAPE = re.compile(
    r"(?<![\w@.])(?=[A-Za-z0-9_.]*[A-Za-z])(?:[A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9]|"
    r"[A-Za-z][A-Za-z.]{2,}\d{2,}|[a-z]+[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z0-9]*\d*)(?![\w@])")
# A gamer tag with its number: "jelmerrr#4471".
_HANDLE_TAG = re.compile(r"(?<![\w@#])[A-Za-z0-9_.]{2,32}#\d{4}(?!\w)")
# A digit written for a letter inside a word ("thijsbakk3r", "m4rtijn"): no Dutch word is
# spelt so. Group and team codes ("groep8a", "jo11b") are letters, digits and one letter.
_HANDLE_LEET = re.compile(r"(?<![\w@.#/-])(?=[A-Za-z0-9_]{5,}(?![\w@]))[A-Za-z]+\d+[A-Za-z]"
                          r"[A-Za-z0-9_]*(?![\w@])")
# A user name written as a name with a dot and a cut word ("esmee.hfstr", "laraa.smts",
# "jaydennn.vd"): lower case, letters on both sides of the dot, one side of four letters or
# more (one letter after the dot too: "hiraaa.q", "daaan.v"); abbreviations have one to
# three letters a side ("o.a.", "bijv."), a page or count
# has digits after the dot ("blz.14"), and a file its extension ("verslag.pdf").
_HANDLE_DOTTED = re.compile(r"(?<![\w@./:-])(?P<a>[a-z][a-z0-9_]+)\.(?P<b>[a-z][a-z0-9_]*)"
                            r"(?:\.[a-z0-9_]+)*(?![\w@]|\.\w)")
_FILE_ENDINGS = frozenset(["pdf", "doc", "docx", "odt", "txt", "rtf", "xls", "xlsx", "csv",
                           "ppt", "pptx", "jpg", "jpeg", "png", "gif", "heic", "mp3", "mp4",
                           "mov", "zip", "html", "htm", "exe", "jsonl", "json", "py"])
# Abbreviations written against the next word without a space ("geb.datum", "tel.nummer").
_GLUED_ABBREVIATIONS = frozenset([
    "geb", "tel", "mob", "adm", "afd", "ref", "evt", "bijv", "incl", "excl", "ca", "nr",
    "ma", "di", "wo", "do", "vr", "za", "zo", "jan", "feb", "mrt", "apr", "jun", "jul",
    "aug", "sep", "sept", "okt", "nov", "dec", "mevr", "dhr", "mw", "drs", "ing", "ir",
    "dr", "mr", "st", "gem", "max", "min", "enz", "etc", "zgn", "resp", "vnl", "bv"])
# A game's player tag: a hash with six to twelve capitals and digits mixed ("#2PQ8LVY9C").
_PLAYER_TAG = compile_fast(r"(?<![\w#&])#(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{6,12}(?![\w-])")
_NUMBER_LABELS = (
    r"leerlingnummer|leerlingnr|leerling-?nr|llnr|lln\.?\s?nr|onderwijsnummer|"
    r"dossiernummer|dossiernr|dossier-?nr|zaaknummer|zaaknr|zaak-?nr|polisnummer|polisnr|"
    r"klantnummer|klantnr|registratienummer|registratienr|kenmerk|referentie|referentienummer|"
    r"ref|relatienummer|cli[eë]ntnummer|cli[eë]ntnr|patiëntnummer|patientnummer|"
    r"verzekerdennummer|lidnummer|pasnummer|documentnummer|paspoortnummer|rijbewijsnummer|"
    r"vreemdelingennummer|v-nummer|kenteken|postbus|pb|huisnummer|huisnr|kamernummer|"
    # a school's number: "vorige school BRIN 27GH" (with its location "27GH01")
    r"brin|brinnummer|brin-nummer|brincode|brin-code|"
    r"aktenummer|meldingsnummer|ticketnummer|volgnummer|rekeningnummer|rekeningnr|"
    r"bankrekening|bankrekeningnummer|girorekening|gironummer|giro|rekening")
_LABELLED_NUMBER = compile_fast(
    # "leerlingnummer (44712)": a bracket may open the number as a colon does
    rf"(?i)\b(?:[\w-]*-)?(?:{_NUMBER_LABELS})\b\.?\s*(?:[:#(]|is|was)?\s*"
    # one or two short words between: "zaaknr Raad 23/04471", "dossiernummer bij VT 1234"
    r"(?:(?:[A-Za-z]{1,12}|bij\s+de|van\s+de)\s+){0,2}?"
    r"(?P<number>(?:[A-Z]{1,5}[-./]?){0,3}\d(?:[\dA-Z/-]|\.(?=[\dA-Z])|\s(?=\d))*[\dA-Z]"
    r"|[A-Z]{0,4}\d)"
    r"(?![\w])")
# Any other "...nummer"/"...nr" label ("PV-nummer", "aangiftenummer", "BVH-nr") before a
# code with at least three digits ("rugnummer 7" stays).
_OTHER_LABELLED_NUMBER = re.compile(
    # "Leerling-ID 8841-22", "ID: 44127": an ID is a number whatever it is glued to
    r"(?i)\b(?:[\w-]*(?:nummer|nr)|(?:\w+-)?id|dossier|zaak|casus|polis|melding|aangifte|"
    r"registratie)"
    r"\b\.?\s*(?:[:#(]|is|was)?\s*"
    # up to four words between: "zaak Raad voor de Kinderbescherming 2026-0417-RK"; the
    # last may carry the colon ("Meldingsnummer Veilig Thuis: VT 2025 04417")
    r"(?:(?:[A-Za-z]{1,25}|bij\s+de|van\s+de):?\s+){0,4}?"
    r"(?P<number>(?-i:(?:[A-Z]{1,5}[-./ ]?){0,3})\d(?:[\dA-Z/-]|\.(?=[\dA-Z])|\s(?=\d))*"
    r"[\dA-Z])(?![\w])")
# A code of capitals and at least five digits: "PL0900-2026034512", "VT-2026-041873".
# Groups of digits may be spaced ("VT 2025 04417"); five digits in all still decide.
# A last short group ends it only at the end of a sentence or bracket ("POL 8831 204 7."):
# "VT 2025 04417 3 keer" is a code and a count.
_CODE = compile_fast(
    r"(?<![\w-])[A-Z]{1,5}(?:[- ][A-Z]{1,5})*[- ]?\d[\d/-]*\d(?: \d{3,}(?![.,]\d))*"
    r"(?: \d{1,2}(?=[.;,)]|[ \t]*(?:$|\n)))?(?![\w-])")
# A reference with a hash: "ticket #48213", "melding #20250412", "#2026-3312". Four digits
# or more are no rank or count ("#1", "#12"), and no date or amount is written this way.
_HASH_NUMBER = compile_fast(r"(?<![\w#&])#\d{4,}(?:-\d+)*(?![\w-])")
# A Dutch number plate written without its dashes ("GH123B", "12ABC3"): six capitals and
# digits in at most three groups (every sidecode), with at least two of each. Nothing else
# a school writes looks like that: abbreviations have no digits, levels ("NT2", "A2")
# are shorter.
_PLATE_GLUED = re.compile(r"(?<![\w-])(?=[A-Z0-9]{6}(?![\w-]))(?=(?:[A-Z]*\d){2})"
                          r"(?=(?:\d*[A-Z]){2})(?:[A-Z]+\d+[A-Z]*|\d+[A-Z]+\d*)(?![\w-])")
# Three or more groups of digits with at least seven digits in all ("onder 14-0523-77",
# "2025.0147.33"): a dossier or case number. Dates ("14-05-2023", "2023-05-14"), school
# years ("2024-2025") and phone numbers (found first) have other shapes ...
# One separator throughout: "13.45-14.30" is a range of times.
_GROUPED_NUMBER = compile_fast(
    r"(?<![\w.,/-])\d+(?P<sep>[-./])\d+(?:(?P=sep)\d+)+(?![\w/-]|[.,]\d)")
# ... and amounts or counts written with thousands dots ("1.250.000") neither.
_DATE_SHAPE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./](?:\d{2}|\d{4})|\d{4}[-./]\d{1,2}[-./]\d{1,2}"
                         r"|\d{1,3}(?:\.\d{3})+")
_A_COUNT = re.compile(r"(?i)\d{1,2}x")
# "Aangifte gedaan om 13.20": the time after a label is when, not which.
_A_TIME = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
# Digits in three or more spaced groups of three or four, ten digits or more: a card or
# pass number ("bibliotheek: 2100 4432 9981", "OV-kaart 3528 0100 4455 6677"). Phone
# numbers are found first; years in a row ("2019 2020 2021"), round numbers ("1200 1500
# 1800 meter") and amounts are none.
_SPACED_GROUPS = compile_fast(r"(?<![\w.,€$-])\d{3,4}(?: \d{3,4}){2,}(?![\w.,-]?\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_BARE_NUMBER = compile_fast(r"(?<![\w.,€$-])\d{6,12}(?![\w.,-]\d|\w)")
_KENTEKEN = compile_fast(r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])"
                         r"[A-Z0-9]{1,3}-[A-Z0-9]{1,3}-[A-Z0-9]{1,3}(?![\w-])")
# A Dutch number plate written with spaces ("TJ 34 56", "VK 612 T") or in lower case
# ("hz-471-k"): three groups, each all letters or all digits, in one of the sidecodes
# (``_SIDECODES``), letters without vowels (no plate since 1978 has one; "IB 12 34" is no
# plate). Dashed capitals of any mix are ``_KENTEKEN``.
# (a lookahead: "ook TJ 34 56" must be tried at "TJ" too)
_PLATE_OTHER = re.compile(r"(?<![\w-])(?=(?P<a>[A-Za-z0-9]{1,3})(?P<sep>[- ])"
                          r"(?P<b>[A-Za-z0-9]{1,3})(?P=sep)(?P<c>[A-Za-z0-9]{1,3})(?![\w-]))")
_SIDECODES = frozenset(["LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD",
                        "DD-LL-LL", "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL",
                        "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D"])


def _plate_shape(m: re.Match) -> bool:
    groups = [m.group(g) for g in "abc"]
    if m.group("sep") == " " and not "".join(groups).isupper() or (
            m.group("sep") == "-" and not "".join(groups).islower()):
        return False  # capitals with dashes: _KENTEKEN; lower case only with dashes
    shape = "-".join("D" * len(g) if g.isdigit() else "L" * len(g) if g.isalpha() else "?"
                     for g in groups)
    letters = "".join(g for g in groups if g.isalpha()).upper()
    return shape in _SIDECODES and not set(letters) & set("AEIOU")


_IBAN = re.compile(r"(?i)\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}\b")
# Free, shared-cost and premium numbers are institutions (Veilig Thuis 0800-2000).
_INSTITUTION_TYPES = {phonenumbers.PhoneNumberType.TOLL_FREE,
                      phonenumbers.PhoneNumberType.SHARED_COST,
                      phonenumbers.PhoneNumberType.PREMIUM_RATE,
                      phonenumbers.PhoneNumberType.UAN}


# A weekday glued to its date in a hurry ("di2/2", "wo4-2", "vr.6/3"): no score, group or
# fraction is written after a weekday without a space.
_GLUED_WEEKDAY_DATE = compile_fast(
    rf"(?i)\b(?:{_WEEKDAYS})\.?(?P<d>\d{{1,2}})[-/](?P<m>\d{{1,2}})(?![\w/-]|[.,:]\d)")

# A weekday and a date typed with a space at the slash ("ma 23 /11", "wo 4 / 11";
# heldout13 dev A04); without the weekday "groep 5 /6" and "2 /3" stay a group and a part.
_SPACED_WEEKDAY_DATE = compile_fast(
    rf"(?i)\b(?:{_WEEKDAYS})\.?,?\s+(?P<d>\d{{1,2}})(?: +/ *| */ +)(?P<m>\d{{1,2}})"
    r"(?![\w/-]|[.,:]\d)")


def _short_dates(text: str) -> Iterator[Found]:
    dates, passed = _day_month_pairs(text)
    yield from dates
    for m in _GLUED_WEEKDAY_DATE.finditer(text):
        if 1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12:
            yield Found(m.start(), m.end(), "datum")
    for m in _SPACED_WEEKDAY_DATE.finditer(text):  # "ma 3 / 4 keer" counts
        if 1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12 \
                and not _NOT_DATE_AFTER.match(text[m.end():m.end() + 20]):
            yield Found(m.start(), m.end(), "datum")
    yield from _listed_with_dates(text, passed, dates)
    yield from _other_short_dates(text)


def _day_month_pairs(text: str) -> tuple[list[Found], list[tuple[int, int]]]:
    """Day-month pairs ("3/11", "16-9", "di 4-3") that are dates, and those of date shape
    kept as facts by the word before them."""
    dates: list[Found] = []
    passed: list[tuple[int, int]] = []  # pairs of date shape kept as facts by their context
    for m in _SHORT_DATE.finditer(text):
        day, month = int(m.group("d")), int(m.group("m"))
        if not (1 <= day <= 31 and 1 <= month <= 12) or m.group()[-4:] == "24/7":
            continue  # "24/7" is "always"
        start = m.start("day_name") if m.group("day_name") else m.start("d")
        if m.group("day_name") and (_RESULT_AFTER.match(text, m.end()) or (
                m.group("sep") == "-" and _RESULT_OF_SPORT.search(
                    re.split(r"[.;!?\n]", text[max(0, start - 40):start])[-1]))):
            passed.append((m.start("d"), m.end()))
            continue  # "zaterdag 4-1 verloren", "Uitslag voetbal zaterdag 4-1": its result
        # A month or day written with its leading zero ("23-01", "9/03", "06-12") is a
        # date: no score, count, group or page is written so.
        padded = m.group("m")[:1] == "0" or m.group("d")[:1] == "0"
        if not m.group("day_name") and not padded:
            before = text[max(0, m.start("d") - 25):m.start("d")]
            after = text[m.end():m.end() + 20]
            dated = _DATE_BEFORE.search(before) and re.match(r"(?i)\s*(?:voor|tegen)\b", after)
            if _SUM_BEFORE.search(before) or _SUM_AFTER.match(after) or (
                    m.group("sep") == "/" and day < month <= 10 and _OF_AFTER.match(after)
                    and not _DATE_BEFORE.search(before)):
                continue  # "3/4 + 1/4", "Kosten: 1/2 van ...": a fraction, no date
            if _SCALE_BEFORE.search(before) and not re.match(r"\s*(?:t/m|tot|-|–)\s*\d", after):
                continue  # "(van 1-4)": a scale ("(van 1-4 tot 5-4)" is two dates)
            if (_NOT_DATE_BEFORE.search(before) or _a_grade(before, day, month, after)) \
                    and not _NOT_DATE_AFTER.match(after):
                passed.append((m.start("d"), m.end()))
                continue
            counted_on_a_date = _DATE_BEFORE.search(before) and _COUNTED.match(after)
            if _NOT_DATE_BEFORE.search(before) or _GROUP_LIST.search(
                    text, max(0, m.start("d") - 40), m.start("d")) or (
                    _NOT_DATE_AFTER.match(after) and not dated and not counted_on_a_date):
                continue
            clause = re.split(r"[.;!?\n]", text[max(0, m.start("d") - 60):m.start("d")])[-1]
            score = _SCORE_WORDS.search(clause)
            if (score and not _DATE_BEFORE.search(before)) or (
                    m.group("sep") == "-" and _sport_score(before, after)):
                passed.append((m.start("d"), m.end()))
                continue  # "voor de rekentoets had hij 6/10" ("rekentoets op 16-9": a date)
            # "2-3" with a one-digit month and no leading zero next to a count word later
            # in the phrase ("2-3 per week") stays a range.
            if m.group("sep") == "-" and re.match(r"(?i)\s*(?:per|p\.?w\.?|x)\b", after):
                continue
        if holiday_named(text, start, m.end(), day, month):
            continue  # "Koningsdag 27/4", "Pasen (5-4)": the holiday's date
        # "14 t/m 16/3", "14-16/3": the first day of the range is part of the date.
        first = _FIRST_DAY.search(text, max(0, start - 14), start)
        if first and int(first.group(1) or first.group(2)) <= 31:
            start = first.start(1) if first.group(1) else first.start(2)
        dates.append(Found(start, m.end(), "datum"))
    return dates, passed


def _other_short_dates(text: str) -> Iterator[Found]:
    """Dotted days after another date, ranges of days, lists of dotted days, and a dotted
    pair after a weekday or a word that dates."""
    for m in _NEXT_DOT_DATE.finditer(text):
        # "van 9.10 en 10.10", "tussen 9.10 en 10.10 uur": two times, no dates (a word
        # that dates wins: "vanaf 9.10 en 10.10" dates both).
        before = text[max(0, m.start() - 8):m.start()]
        times = _TIME_BEFORE.search(before) and not _DATE_BEFORE.search(before)
        if (1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12 and not times
                and not re.match(r"\s*(?:uur|u\b)", text[m.end():m.end() + 6])):
            yield Found(m.start("d"), m.end(), "datum")
    for m in _SLASH_RANGE.finditer(text):
        d1, m1, d2, m2 = (int(g) for g in m.groups())
        before = text[max(0, m.start() - 30):m.start()]
        # valid and forward in time, over new year too ("22/12-2/1"; "3/4 - 2/3 goed" is
        # two scores), no group or score before it ("groep 5/6 - 7/8")
        forward = 1 <= m1 <= m2 <= 12 and (m1, d1) < (m2, d2) or (m1, m2) == (12, 1)
        if all(1 <= d <= 31 for d in (d1, d2)) and forward \
                and not _NOT_DATE_BEFORE.search(before) and not _GROUPS_BEFORE.search(before):
            yield Found(m.start(), m.end(), "datum")
    for m in _DAY_RANGE.finditer(text):
        first, last, month = (int(g) for g in m.groups())
        before = text[max(0, m.start() - 25):m.start()]
        if first < last <= 31 and 1 <= month <= 12 and not _NOT_DATE_BEFORE.search(before) \
                and not _NOT_DATE_AFTER.match(text[m.end():m.end() + 20]):
            yield Found(m.start(), m.end(), "datum")
    for m in _DOT_LIST.finditer(text):
        pairs = [(int(d), int(mo), p.start(), p.end()) for p in _PAIR.finditer(m.group())
                 for d, mo in [p.groups()]]
        if (len({mo for _, mo, _, _ in pairs}) == 1 and 1 <= pairs[0][1] <= 12
                and all(1 <= d <= 31 for d, *_ in pairs)
                and len({d for d, *_ in pairs}) == len(pairs)
                and not _TIME_BEFORE.search(text, max(0, m.start() - 8), m.start())):
            for _, _, a, b in pairs:
                yield Found(m.start() + a, m.start() + b, "datum")
    for m in _LATE_DOT_DATE.finditer(text):
        before = text[max(0, m.start() - 25):m.start()]
        if not _NOT_DATE_BEFORE.search(before) and not re.search(r"(?i)(?:€|eur|euro)\s*$",
                                                                   before):
            yield Found(m.start(), m.end(), "datum")
    for m in _WEEKDAY_DOT_DATE.finditer(text):
        if 1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12:
            yield Found(m.start() if m.group("day_name") else m.start("d"), m.end(), "datum")


# Between the pairs of one list: "14-2, 28-2, 14-3", "12/3 en 19/3".
_LIST_JOIN = re.compile(r"\s*(?:,|;|en|of|t/m)\s*")


def _listed_with_dates(text: str, passed: list[tuple[int, int]], dates: list[Found]
                       ) -> Iterator[Found]:
    """A pair kept by the word before it ("na vaders week: 14-2, 28-2, 14-3") is a date
    when a date follows it in the same list: a list holds one kind of thing, and a list of
    scores or groups has no date in it. Walks back from the last date of the list."""
    starts = {d.start for d in dates}
    for start, end in reversed(passed):
        join = _LIST_JOIN.match(text, end)
        if join and join.end() in starts:
            starts.add(start)
            yield Found(start, end, "datum")


def is_institution_number(written: str) -> bool:
    """Free, shared-cost, premium or company-wide (088) numbers are institutions."""
    try:
        number = phonenumbers.parse(written, "NL")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in _INSTITUTION_TYPES


# A number of an institution's range that is somebody's own line: "het directe nummer 088
# ... van mw. X (niet openbaar)", "doorkiesnummer jeugdarts: 088-...". It reaches a person.
_OWN_LINE_BEFORE = compile_fast(r"(?i)\b(?:direct\w*|doorkies\w*|priv[ée]\w*|persoonlijk\w*|"
                                r"eigen\s+nummer|mobiel\w*)\b[^.;\n]{0,30}$")
_OWN_LINE_AFTER = re.compile(r"(?i)^[^.;\n]{0,40}\b(?:niet\s+openbaar|priv[ée]|geheim)\b"
                             # "088 - 512 47 93 (direct)": a bracket says whose line it is
                             # ("(direct bereikbaar)" says how, not whose)
                             r"|^\s*\(\s*(?:directe?|rechtstreeks|doorkies\w*|mobiel\w*|eigen)"
                             r"(?:\s+(?:nummer|lijn))?\s*\)")


def public_number_at(text: str, start: int, end: int) -> bool:
    """An institution's number (``is_institution_number``) that is written as nobody's own
    line: no "direct", "doorkies", "privé", "niet openbaar" around it."""
    return (is_institution_number(text[start:end])
            and not _OWN_LINE_BEFORE.search(text, max(0, start - 45), start)
            and not _OWN_LINE_AFTER.search(text[end:end + 45]))


def phone_matches(text: str) -> Iterator[phonenumbers.PhoneNumberMatch]:
    """Valid numbers of any country, plus any possible number written with its country
    code ("+44 7700 900123" is in no numbering plan yet, but it is somebody's number).

    libphonenumber parses every run of digits it meets (times, dates, scores: thousands in
    a long dossier), so it only reads the stretches of text around a run of at least
    five digits (no phone number has fewer), each with its whole words around it. It finds
    what the library finds in the whole text with ``TYPOGRAPHIC_DASHES`` read as
    hyphens."""
    for start, end in _digit_windows(text):
        window = text[start:end].translate(TYPOGRAPHIC_DASHES)  # "06–18449207": same length
        seen: set[tuple[int, int]] = set()
        for match in phonenumbers.PhoneNumberMatcher(window, "NL",
                                                     leniency=phonenumbers.Leniency.VALID):
            seen.add((match.start, match.end))
            yield _shifted(match, start, text)
        for match in phonenumbers.PhoneNumberMatcher(window, "NL",
                                                     leniency=phonenumbers.Leniency.POSSIBLE):
            if (match.start, match.end) not in seen and match.raw_string.lstrip(
                    "(").startswith(("+", "00")):
                yield _shifted(match, start, text)
        yield from _abroad(text, start, window, seen)
        if _BELGIAN_WRITTEN.search(window):
            yield from _belgian(text, start, window, seen)


# A number written the Belgian way, the zone before a slash and the rest in pairs ("0470/12.34.56",
# "03/234.56.78", "0495 / 12 34 56"): read in Belgium's plan wherever it stands.
_BELGIAN_WRITTEN = compile_fast(r"(?<!\d)0\d{1,3}\s?/\s?\d{2,3}[. ]\d{2}[. ]\d{2}(?!\d)")


def _belgian(text: str, start: int, window: str, seen: set[tuple[int, int]]
             ) -> Iterator[phonenumbers.PhoneNumberMatch]:
    for match in phonenumbers.PhoneNumberMatcher(window, "BE",
                                                 leniency=phonenumbers.Leniency.VALID):
        if (match.start, match.end) not in seen and "/" in match.raw_string:
            seen.add((match.start, match.end))
            yield _shifted(match, start, text)


def _abroad(text: str, start: int, window: str, seen: set[tuple[int, int]]
            ) -> Iterator[phonenumbers.PhoneNumberMatch]:
    """Numbers valid in the plan of a country named before the window (``_COUNTRY_WORD``)."""
    for region in _regions_before(text, start + len(window) - 1)[:2]:
        for match in phonenumbers.PhoneNumberMatcher(window, region,
                                                     leniency=phonenumbers.Leniency.VALID):
            if (match.start, match.end) not in seen:
                seen.add((match.start, match.end))
                yield _shifted(match, start, text)


# A country named before a number written the way people there write it, without the
# country code ("Tante in Duitsland: 0151 23456789", "oom in Polen: 601 234 567"): the
# number is read in that country's plan too. Countries and their adjectives, Dutch names.
_COUNTRY_REGIONS = {
    "duitsland": "DE", "duits": "DE", "duitse": "DE", "belgië": "BE", "belgie": "BE",
    "belgisch": "BE", "belgische": "BE", "polen": "PL", "pools": "PL", "poolse": "PL",
    "turkije": "TR", "turks": "TR", "turkse": "TR", "marokko": "MA", "marokkaans": "MA",
    "marokkaanse": "MA", "frankrijk": "FR", "frans": "FR", "franse": "FR", "engeland": "GB",
    "engels": "GB", "engelse": "GB", "spanje": "ES", "spaans": "ES", "spaanse": "ES",
    "suriname": "SR", "surinaams": "SR", "surinaamse": "SR", "curaçao": "CW", "curacao": "CW",
    "aruba": "AW", "bonaire": "BQ", "syrië": "SY", "syrie": "SY", "oekraïne": "UA",
    "oekraine": "UA", "oekraïens": "UA", "oekraïense": "UA", "roemenië": "RO",
    "roemenie": "RO", "bulgarije": "BG", "italië": "IT", "italie": "IT", "portugal": "PT",
    "eritrea": "ER", "somalië": "SO", "somalie": "SO", "afghanistan": "AF", "irak": "IQ",
    "iran": "IR", "ghana": "GH", "nigeria": "NG", "china": "CN", "india": "IN",
    "indonesië": "ID", "egypte": "EG", "tunesië": "TN", "algerije": "DZ", "hongarije": "HU",
    "griekenland": "GR", "servië": "RS", "bosnië": "BA", "kroatië": "HR", "litouwen": "LT",
    "letland": "LV", "slowakije": "SK", "tsjechië": "CZ", "oostenrijk": "AT",
    "zwitserland": "CH", "kaapverdië": "CV", "ethiopië": "ET", "jemen": "YE", "rusland": "RU"}
_COUNTRY_WORD = compile_fast(
    r"(?i)\b(?:" + "|".join(sorted(_COUNTRY_REGIONS, key=len, reverse=True)) + r")\b")


def _regions_before(text: str, start: int) -> list[str]:
    """Regions of the countries named in the 80 characters before ``start``, nearest first."""
    words = _COUNTRY_WORD.findall(text, max(0, start - 80), start)
    return list(dict.fromkeys(_COUNTRY_REGIONS[w.lower()] for w in reversed(words)))


# Typographic dashes read as the hyphen libphonenumber knows (one character each).
TYPOGRAPHIC_DASHES = {0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-",
                      0x2212: "-"}
# Digits with the separators a phone number is written with ("06-12 34 56 78",
# "+49 (0)151 2345 6789", "06.18.44.92.07").
_DIGIT_RUN = re.compile(r"\d(?:[\s().\-–—‒‑/]{0,3}\d)*")
_CONTEXT = 40  # characters of context on each side, widened to whole words


def _digit_windows(text: str) -> list[tuple[int, int]]:
    windows: list[list[int]] = []
    for m in _DIGIT_RUN.finditer(text):
        if sum(c.isdigit() for c in m.group()) < 5:
            continue
        start = max(0, m.start() - _CONTEXT)
        end = min(len(text), m.end() + _CONTEXT)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [(a, b) for a, b in windows]


def _shifted(match, offset: int, text: str):
    """A PhoneNumberMatch found in a window, with offsets and the raw string (dashes as
    written) in the whole text."""
    start = match.start + offset
    return phonenumbers.PhoneNumberMatch(start, text[start:start + len(match.raw_string)],
                                         match.number)


# A day, month and year written as a date ("06-12-2025", "6.12.2025"): with an hour after
# it libphonenumber reads ten digits of a mobile number.
DATE_WITH_YEAR = re.compile(r"\(?(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1"
                             r"(?:19|20)\d{2}(?!\d)")


def _phones(text: str) -> Iterator[Found]:
    for match in phone_matches(text):
        number = match.number
        if phonenumbers.number_type(number) in _INSTITUTION_TYPES and public_number_at(
                text, match.start, match.end):
            continue
        national = phonenumbers.national_significant_number(number)
        if len(national) <= 4:  # 112, 113: emergency and short numbers
            continue
        if number.country_code == 31 and national.startswith("14") and len(national) <= 6:
            continue  # "14 020": a municipality's general number
        start, end, raw = match.start, match.end, match.raw_string
        if DATE_WITH_YEAR.match(raw):
            continue  # "06-12-2025 14.30": a date and its hour, read as a mobile number
        if raw.startswith("(") and ")" not in raw:
            start += 1  # "(06-11223344)": the bracket belongs to the sentence
        yield Found(start, end, "telefoonnummer")


# A number called a phone number but written in no plan phonenumbers knows without its
# country code ("tel. 605 118 327" in Poland): 7 to 13 digits after a phone word.
_LABELLED_PHONE = compile_fast(
    r"(?i)\b(?:tel|telefoon|telefoonnummer|telnr|mobiel|mobiele nummer|gsm|whatsapp|"
    r"bereikbaar op|belt vanaf|belde vanaf|gebeld op|bellen op|nummer)\b\.?:?\s*"
    r"(?:is\s+|in\s+\w+\s*:?\s*)?"
    r"(?P<number>\(?\+?\d[\d ().-]{5,20}\d)(?![\w])")


# A Dutch mobile number a digit off ("06-1234567", "06-123456789") or without its 0
# ("6-12345678"): the digits written in one run after "06"; no date, score or case number
# is written so.
_MOBILE_TYPO = re.compile(r"(?<![\w+/.,-])(?:06[-\s]?|6-)\d{7,9}(?![\w-]|[.,]\d)")


def _labelled_phones(text: str) -> Iterator[Found]:
    for m in _MOBILE_TYPO.finditer(text):
        yield Found(m.start(), m.end(), "telefoonnummer")
    for m in _LABELLED_PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group("number"))
        if 7 <= len(digits) <= 13 and not is_institution_number(m.group("number")) \
                and not re.fullmatch(r"\d{1,2}[.:]\d{2}", m.group("number")):
            yield Found(m.start("number"), m.end("number"), "telefoonnummer")


_TIMES = re.compile(r"\d+\s*$")


def _a_count(text: str, m: re.Match, handle: str) -> bool:
    """Digits alone after a platform word are a count: a number times ("3 x 30"; "x" is
    also the platform) or a measure before its unit ("45 min", "2 uur")."""
    if not handle.isdigit():
        return False
    end = m.end("handle")
    return bool(_NOT_DATE_AFTER.match(text[end:end + 30])) or (
        m.group().lower().startswith("x") and bool(_TIMES.search(text, 0, m.start())))


# A handle goes on after a dot or an underscore ("r4ven.0", "k3nzo.x", "m4rtijn_.x"): the
# shape rules find its first part; a letter or digit right after the dot belongs to it (a
# sentence's full stop has a space after it).
_HANDLE_TAIL = re.compile(r"(?:[._]+[A-Za-z0-9]+)+_*(?![\w@])")
# A page, chapter or exercise glued to its number ("blz.14", "hfst.3", "opg.12"): no handle.
_NUMBERED_ABBREVIATION = re.compile(r"(?i)(?:blz|pag|hfst|hst|par|art|opg|wk|nr|no|les)\.\d+")


def _handles(text: str) -> Iterator[Found]:
    for found in _handle_heads(text):
        tail = _HANDLE_TAIL.match(text, found.end)
        yield Found(found.start, tail.end(), found.kind) if tail else found


def _handle_heads(text: str) -> Iterator[Found]:
    for m in _HANDLE_AT.finditer(text):
        yield Found(m.start(), m.end(), "account")
    for m in _HANDLE_LABELLED.finditer(text):
        handle = m.group("handle")
        if _a_count(text, m, handle):
            continue  # "2 x 45 min", "fortnite 45 minuten": how long, no user name
        if re.search(r"[\d_.@]", handle) or re.search(r"[a-z][A-Z]", handle):
            yield Found(m.start("handle"), m.end("handle"), "account")
    for m in _HANDLE_QUOTED.finditer(text):
        if len(m.group("platform")) > 1 and _NAMING_BETWEEN.search(m.group("between")) \
                and (_NAMED_AS.search(m.group("between"))
                     or not insult(m.group("handle").lower())):  # "schreven ze 'noob'"
            yield Found(m.start("handle"), m.end("handle"), "account")
    for m in _HANDLE_OF.finditer(text):
        if re.search(r"[\d_.]", m.group("handle")):  # a shape no word has
            yield Found(m.start("handle"), m.end("handle"), "account")
    for m in _HANDLE_SHAPE.finditer(text):
        if not _NUMBERED_ABBREVIATION.fullmatch(m.group()):
            yield Found(m.start(), m.end(), "account")
    for m in _HANDLE_TAG.finditer(text):
        yield Found(m.start(), m.end(), "account")
    for m in _HANDLE_LEET.finditer(text):
        # "groep8a", "jo11b": a group or a team; "A4tje": a sheet of paper
        if not re.fullmatch(r"(?i)(?:groep|gr|klas|jo|mo|o|g|k)\d+[a-z]?|[a-z]\d+t?jes?",
                            m.group()):
            yield Found(m.start(), m.end(), "account")
    for m in _HANDLE_DOTTED.finditer(text):
        parts = m.group().split(".")
        if max(len(p) for p in parts) >= 4 and parts[-1] not in _FILE_ENDINGS \
                and parts[0] not in _GLUED_ABBREVIATIONS and not _run_on(text, m, parts):
            yield Found(m.start(), m.end(), "account")
    if "#" in text:
        for m in _PLAYER_TAG.finditer(text):
            yield Found(m.start(), m.end(), "account")


# "thuis.s avonds": the apostrophe of "'s avonds" typed as the dot ending the sentence.
_PART_OF_DAY_AFTER = re.compile(r" +(?:avonds|morgens|ochtends|middags|nachts|zomers|"
                                r"winters|zondags|maandags|zaterdags)\b")


def _run_on(text: str, m: re.Match, parts: list[str]) -> bool:
    """"laat.daarna ging ze", "lina.daarna ging ze weg": a word that opens a clause after
    the dot, the sentence going on after it, is the next sentence typed without a space;
    so is "'s" before a part of the day ("huis.s avonds", review s37 S3)."""
    return len(parts) == 2 and (
        parts[1] in RUN_ON_OPENERS and re.match(r" +[a-z]", text[m.end():m.end() + 3])
        is not None or parts[1] == "s" and _PART_OF_DAY_AFTER.match(text, m.end()) is not None)


# A phone number as written from where a labelled number starts: "088 - 512 47 93".
_WRITTEN_PHONE = re.compile(r"\+?\d[\d \t./()-]{4,20}\d")


def _institution_at(text: str, start: int) -> bool:
    """The digits at ``start``, read on through spaces and dashes, are an institution's
    number: "nummer van Jeugdbescherming: 088 - 512 47 93" is no code "088"."""
    m = _WRITTEN_PHONE.match(text, start)
    return m is not None and (is_institution_number(m.group())
                              or is_institution_number(m.group().rstrip("(). ")))


# The last group of a labelled number is a count when a count word follows it: "Zaak VT
# 2025 04417 3 keer besproken".
_TRAILING_COUNT = re.compile(r"\s\d{1,2}$")


def _before_a_count(text: str, m: re.Match) -> int:
    end = m.end("number")
    last = _TRAILING_COUNT.search(m.group("number"))
    if last and _NOT_DATE_AFTER.match(text[end:end + 30]):
        return m.start("number") + last.start()
    return end


# A public service's short number after "nummer": "wist het nummer van 113 niet" (113
# Zelfmoordpreventie, 144 for animals, 116 numbers for children; 112 has too few digits).
_SERVICE_NUMBER = re.compile(r"113|144|116\d{3}")


def _numbers(text: str) -> Iterator[Found]:
    for m in _LABELLED_NUMBER.finditer(text):
        if _A_COUNT.fullmatch(m.group("number")) or _A_TIME.fullmatch(m.group("number")):
            continue  # "Kenteken auto die 2x bij het hek stond": how often, no number
        if not _institution_at(text, m.start("number")):
            yield Found(m.start("number"), _before_a_count(text, m), "nummer")
    for m in _OTHER_LABELLED_NUMBER.finditer(text):
        # "nummer 3 van de lijst", "het nummer is 12 keer gebeld", "nummer 0800-0432" stay
        if sum(c.isdigit() for c in m.group("number")) >= 3 \
                and not _A_TIME.fullmatch(m.group("number")) \
                and not _SERVICE_NUMBER.fullmatch(m.group("number")) \
                and not _institution_at(text, m.start("number")):
            yield Found(m.start("number"), _before_a_count(text, m), "nummer")
    for m in _CODE.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 5:
            yield Found(m.start(), m.end(), "nummer")
    for m in _GROUPED_NUMBER.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 7 and not _DATE_SHAPE.fullmatch(m.group()):
            yield Found(m.start(), m.end(), "nummer")
    for pattern in (_HASH_NUMBER, _PLATE_GLUED):
        yield from (Found(m.start(), m.end(), "nummer") for m in pattern.finditer(text))
    for m in _PLATE_OTHER.finditer(text):
        if _plate_shape(m):
            yield Found(m.start("a"), m.end("c"), "nummer")
    for m in _KENTEKEN.finditer(text):
        if sum(c.isalnum() for c in m.group()) == 6:
            yield Found(m.start(), m.end(), "nummer")
    for m in _SPACED_GROUPS.finditer(text):
        groups = m.group().split()
        if sum(len(g) for g in groups) >= 10 and not all(_YEAR.fullmatch(g) for g in groups) \
                and not all(g.endswith("00") for g in groups) \
                and not re.search(r"(?:€|eur|euro)\s*$", text[max(0, m.start() - 6):m.start()],
                                  re.I) and not _NOT_DATE_AFTER.match(text[m.end():m.end() + 20]):
            yield Found(m.start(), m.end(), "nummer")
    for m in _BARE_NUMBER.finditer(text):
        if re.search(r"(?:€|eur|euro)\s*$", text[max(0, m.start() - 6):m.start()], re.I):
            continue  # an amount of money, not an identifier
        yield Found(m.start(), m.end(), "nummer")


def _ibans(text: str) -> Iterator[Found]:
    position = 0
    while (m := _IBAN.search(text, position)) is not None:
        candidate = m.group()
        position = m.end()
        # Shorten from the end until the checksum holds: "NL02 INGB 8426 8465 63 volgens";
        # what follows may be the next IBAN ("BE71 0961 2345 6769 en DE89 ...").
        for end in range(len(candidate), 14, -1):
            piece = candidate[:end].rstrip()
            if stdnum_iban.is_valid(piece.upper()):
                yield Found(m.start(), m.start() + len(piece), "iban")
                position = m.start() + len(piece)
                break


# A sports club written with its abbreviation: "VV Oranje Nassau", "SV De Zwaluwen",
# "RKSV Nuenen", "HC Tilburg". The capitalised words after it are its name.
_CLUB = compile_fast(
    r"(?<![\w-])(?:VV|V\.V\.|SV|S\.V\.|RKSV|RKVV|VVV|CVV|HC|MHC|KV|CKV|KC|ZV|ZPC|TV|LTC|"
    # cricket clubs: "HCC Den Haag", "VCC Voorburg"
    r"GV|TTV|SC|FC|AFC|BC|DZC|JVC|SJO|SDO|DOS|EDO|VOC|DVO|ZVV|[A-Z]{1,3}VV|[A-Z]{1,2}SV|"
    r"[A-Z]{1,2}CC)\s+"
    # a team of the club is no part of its name: "VV Oranje Nassau JO11-2"
    r"(?:(?:de|De|het|Het|'t|van|Van)\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?!(?:JO|MO|JA|MA|O)\d)[A-Z0-9][\w'’-]*)*"
    r"(?:\s+['’]\d{2}\b)?")
# The same after its abbreviation in lower case ("speelt bij vv Hoofddorp '31"): the
# abbreviation is a word of kind and stays, the name and its founding year go.
_CLUB_LOWER = compile_fast(
    r"(?<![\w-])(?:vv|v\.v\.|sv|s\.v\.|rksv|rkvv|hc|fc|kv|ckv)\s+"
    r"(?P<name>(?:(?:de|De|het|Het|'t|van|Van)\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?!(?:JO|MO|JA|MA|O)\d)[A-Z0-9][\w'’-]*)*(?:\s+['’]\d{2}\b)?)")
# A club or school written as one capitalised word with its name after it.
_NAMED_CLUB = compile_fast(
    r"(?<![\w-])[A-Z][a-zë]*(?:club|vereniging|school|schooltje|academie|sportschool)\s+"
    r"(?:(?:de|De|het|Het|'t|’t|van|Van)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*)*"
    r"(?:\s+['’]\d{2}\b)?")
# Initials of somebody the vault does not know: "T.K. (buurman)", "R.J.", "J.v.d.B.".
_INITIALS = compile_fast(r"(?<![\w.])[A-Z]\.(?:(?:[a-z]{1,3}\.)*[A-Z]\.){1,4}(?![\w])")
NOT_INITIALS = frozenset(["N.B.", "P.S.", "B.V.", "N.V.", "V.S.", "E.U.", "A.U.B.", "O.A.",
                           "I.P.V.", "T.A.V.", "M.B.T.", "Z.S.M.", "T.Z.T.", "V.O.F.", "C.V.",
                           "K.V.K.", "W.C.", "T.V.", "D.W.Z.", "I.V.M.", "M.A.W.", "A.S.",
                           "E.D.", "E.A.", "P.O.", "V.W.B.", "U.K.", "U.S.", "O.K.", "R.K."])

# An abbreviation's letters listed with other initials are one more person ("Aanwezig: T.V.,
# R. en K.D.": no television at a fight) - unless the others are abbreviations too ("de V.S.,
# U.K. en Nederland": countries).
_INITIALS_LISTED_AFTER = re.compile(
    r"\s*(?:,|en|of|&)\s*(?P<other>[A-Z]\.(?:[A-Z]\.)*)(?:,|\s+(?:en|of)\s)")
_INITIALS_LISTED_BEFORE = re.compile(
    r"(?<![\w.])(?P<other>[A-Z]\.(?:[A-Z]\.)*)\s*(?:,|en|of|&)\s*$")


def _listed_with_initials(text: str, start: int, end: int) -> bool:
    """The abbreviation at ``start:end`` stands in a list beside a person's initials."""
    after = _INITIALS_LISTED_AFTER.match(text, end)
    before = _INITIALS_LISTED_BEFORE.search(text, max(0, start - 12), start)
    return any(m is not None and m.group("other") not in NOT_INITIALS for m in (after, before))


# A dwelling with its number outside a street: "chalet 14", "standplaats 7", "woonboot 3".
_DWELLING = compile_fast(
    r"(?i)\b(?:chalet|bungalow|caravan|stacaravan|woonwagen|woonboot|standplaats|kavel|"
    r"huisje|unit|appartement|app\.|flat|kamer|portiek|woning)\s+(?:nr\.?\s*)?\d{1,4}"
    r"(?:\s?[a-z]\b|-\d{1,3})?(?!\w)")


# "woont op nr. 14a", "ons adres is nummer 7": where someone lives, a house number alone.
_LIVES_AT_NUMBER = compile_fast(
    r"(?i)\b(?:woon\w*|wonen|adres|verhuisd|verhuist)\b[^.;!?\n]{0,30}?"
    r"\b(?P<number>(?:nr\.?|nummer|huisnummer|huisnr\.?)\s*\d{1,4}(?:\s?[a-z]\b|-\d{1,3})?)"
    r"(?![\w-])")


# A school by its kind: "CBS De Fûgel", "OBS 't Skathûs", "IKC De Regenboog".
_SCHOOL = compile_fast(
    r"(?<![\w-])(?:OBS|CBS|RKBS|PCBS|KBS|IKC|SBO|SO|VSO|BS|PABO|ROC|AZC)\s+"
    r"(?:(?:de|De|het|Het|'t|’t|van|Van)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*)*")


# Organisations named after a region that looks like a district ("GGD Hollands-Midden",
# "Veilig Thuis Rotterdam-Rijnmond", "Politie Amsterdam-Amstelland"): they point at nobody.
REGION_OWNER = compile_fast(r"(?i)\b(?:veilig\s+thuis|ggd|politie|regio|veiligheidsregio|"
                            r"jeugdbescherming|district|eenheid|brandweer|ambulancezorg|"
                            r"jeugdzorg|zorgkantoor|rechtbank|arrondissement)\s*$")


# A district of a city named by its compass point: "Rotterdam-Zuid", "Amsterdam-Noord",
# "Utrecht-West" (the city alone is too big to point at anyone; its part is not).
_CITY_PART = compile_fast(
    r"(?<![\w-])[A-Z][a-zà-ÿ]+(?:[- ][A-Z][a-zà-ÿ]+)?-(?:Noord|Oost|Zuid|West|"
    r"Centrum|Midden|Noordoost|Noordwest|Zuidoost|Zuidwest)(?![\w-])")


# A school, day care or club named right after its kind in lower case or a label: "vorige
# school: De Vlindertuin", "bso 't Kasteeltje", "kinderopvang Het Bolwerk". The name is an
# article and a capitalised word (a sentence goes on in lower case: "school: De kinderen").
_KIND_THEN_NAME = compile_fast(
    r"(?i:\b(?:basis)?school|\bbso|\bkdv|\bkinderopvang|\bopvang|\bpeuterspeelzaal|"
    r"\bkinderdagverblijf|\bgastouderbureau|\bnaschoolse\s+opvang)\s*:?\s+"
    r"(?P<name>(?:De|Het|'t|’t)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


# Professional clubs named after a big city or a region: a child is their fan like Ajax's
# and PSV's, which points at no family ("fan van fc Utrecht", review s37 S5). Only in a
# fan's words: a member of the club's youth team is one of a few dozen children ("speelt
# bij FC Utrecht onder 10", "de jeugdopleiding van FC Groningen"; review s38) and goes, as
# a club named after a village or small town does everywhere ("fan van FC Volendam").
_PROFESSIONAL_CLUBS = frozenset(["fc utrecht", "fc twente", "fc groningen", "fc eindhoven",
                                 "fc den bosch"])
_FAN_BEFORE = compile_fast(
    r"(?i)\b(?:(?:fan|fans|supporter|supporters|shirt|shirtje|sjaal|tenue|seizoenkaart|"
    r"wedstrijd|wedstrijden)\s+van|supportert\s+voor|juicht\s+voor|(?:kijkt|keek|kijken)"
    r"(?:\s+\w+)?\s+naar)\s+(?:de\s+)?$")


def _a_professional_club(text: str, start: int, end: int) -> bool:
    return " ".join(text[start:end].lower().split()) in _PROFESSIONAL_CLUBS \
        and _FAN_BEFORE.search(text, max(0, start - 30), start) is not None


def _clubs(text: str) -> Iterator[Found]:
    for m in _CLUB.finditer(text):
        if not _a_professional_club(text, m.start(), m.end()):
            yield Found(m.start(), m.end(), "plaats")
    for m in _CLUB_LOWER.finditer(text):
        if not _a_professional_club(text, m.start(), m.end()):
            yield Found(m.start("name"), m.end("name"), "plaats")
    for m in _SCHOOL.finditer(text):
        yield Found(m.start(), m.end(), "plaats")
    for m in _KIND_THEN_NAME.finditer(text):
        yield Found(m.start("name"), m.end("name"), "plaats")
    for m in _CITY_PART.finditer(text):
        space = m.group().find(" ")  # "Veilig Thuis Hollands-Midden": the owner's last word
        spots = (m.start(), m.start() + space + 1) if space > 0 else (m.start(),)
        if not any(REGION_OWNER.search(text, max(0, at - 30), at) for at in spots):
            yield Found(m.start(), m.end(), "plaats")  # not "GGD Hollands-Midden": a region
    for m in _NAMED_CLUB.finditer(text):
        yield Found(m.start(), m.end(), "plaats")
    for m in _INITIALS.finditer(text):
        if m.group() not in NOT_INITIALS or _listed_with_initials(text, m.start(), m.end()):
            yield Found(m.start(), m.end(), "naam")
    for m in _DWELLING.finditer(text):
        yield Found(m.start(), m.end(), "adres")
    for m in _LIVES_AT_NUMBER.finditer(text):
        yield Found(m.start("number"), m.end("number"), "adres")


def detect_identifiers(text: str) -> list[Found]:
    """Every detection of this module (overlaps are resolved by ``detectors.detect_all``)."""
    found: list[Found] = []
    for finder in (_ibans, _phones, _labelled_phones, _short_dates, _handles, _numbers,
                   _clubs):
        found.extend(finder(text))
    return found
