"""Named places the capitals rule of ``names.py`` misses: places named with ordinary words.

A capitalised ordinary word mid-sentence is kept by the name detector as emphasis ("op het
Plein"). Places are often named exactly so: a swimming pool "De Dolfijn", a neighbourhood
"Het Zand", a village "Houten" or "Best". Three rules find them, each by Dutch grammar or by
a list of places, never by a list of cases:

1. **A capitalised article after a preposition** ("zwemt bij De Dolfijn", "woont in Het
   Oude Noorden", "werkt bij 't Hoekje"). Dutch writes "de", "het", "'t" in lower case in
   running text; a capital mid-sentence makes the article part of a proper name, and a
   proper name after a preposition of place is somewhere: a place, club, shop or employer.
2. **A run of two or more capitalised words after a preposition and a lower-case article**
   ("in het Oude Noorden", "bij de Witte Brug"): one capital may be emphasis ("op het
   Plein"), two in a row are a name.
3. **A Dutch woonplaats** (``resources/lexicon/woonplaatsen.txt``, the BAG residences as
   shipped by deduce): mid-sentence, or any place the word is no ordinary word. A village
   that is also a word ("Houten", "Best", "Putten", "Son") counts only right after a
   preposition of place ("woont in Houten"; "houten blokken", "Best leuk" stay).

Big cities, countries and institutions are on the allow list (``niet-namen.txt``) and stay:
they point at nobody. A title after a word for a work ("het thema De Ruimte", "het boek
Het Rode Huis") is no place either (``after_work_noun``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from zorgdesk.domain.anonymise.first_chars import compile_fast
from zorgdesk.domain.anonymise.identifier_detectors import REGION_OWNER
from zorgdesk.domain.anonymise.modifiers import MODIFIERS, modifies_next
from zorgdesk.domain.anonymise.role_fit import is_title_word
from zorgdesk.domain.text import fold

Token = tuple[int, int, str]
WordTest = Callable[[str], bool]

# Prepositions of place: after these a proper name is where someone is, lives or goes.
PLACE_PREPOSITIONS = frozenset([
    "in", "bij", "op", "naar", "uit", "aan", "vanuit", "richting", "tegenover", "naast",
    "achter", "rond", "langs", "via", "nabij", "buiten", "binnen", "te", "tussen"])
_ARTICLES = frozenset(["de", "het", "'t", "’t", "den"])
_LINKS = frozenset(["van", "de", "der", "den", "het", "'t", "’t",
                    "ter", "ten"])
# A capitalised run naming a time or an event ("de Week van de Opvoeding", "de Dag van de
# Leraar"), not a place.
_EVENT_HEADS = frozenset(["week", "dag", "maand", "jaar", "nacht", "avond", "feest",
                          "festival", "viering", "actie", "markt", "les", "lessen",
                          # plural and compound heads: "de Nationale Voorleesdagen"
                          "dagen", "weken", "avonden", "feesten", "voorleesdagen",
                          "sportdag", "sportdagen", "kinderboekenweek"])
# Heads of the names of services and offices ("de Sociale Dienst", "het Juridisch Loket",
# "het Maatschappelijk Werk"): an institution every town has, not a place that points at a
# family. A street or field ends in a place noun ("de Lange Dijk", "de Grote Weide").
_SERVICE_HEADS = frozenset(["dienst", "diensten", "loket", "team", "werk", "raad", "bureau",
                            "afdeling", "hulpverlening", "dienstverlening", "zorg", "opvang"])
# Words for a work (a book, song, theme): the capitalised words after one are its title.
# Not "verhaal" or "project": "het verhaal Kacper vertelde" has a name after it.
_WORKS = (r"thema|boek|prentenboek|voorleesboek|leesboek|kinderboek|film|lied|liedje|serie|"
          r"toneelstuk|voorstelling|musical|tijdschrift|gedicht")
_WORK_NOUN = compile_fast(rf"(?i)\b(?:{_WORKS})\s+[\"'‘“„«]?$")


def after_work_noun(text: str, start: int) -> bool:
    """"het thema De Ruimte", "het lied 'Het Kleine Dorp'": a title, no name or place."""
    return bool(_WORK_NOUN.search(text, max(0, start - 25), start))


# "het boek De Kleine Prins", "Zijn lievelingsliedje is Baby Shark", "Boek: Kruimeltje".
# Not across "met": who played or read with the child comes after it ("Zijn lievelingsspel
# is Minecraft met Daan" kept "Daan": review s35).
_TITLE = compile_fast(
    rf"(?i:\b(?:lievelings)?(?:{_WORKS}|spel|game)(?:\s*:|\s+(?:is|was|heet|heette|genaamd))?"
    r"\s+[\"'‘“„«]?)"
    r"(?P<title>[A-Z][\w'’-]*(?:\s+(?:(?:van|de|der|het|en|in|op|voor|aan|uit)\s+)*"
    r"[A-Z][\w'’-]*)*)")


_RUN = r"[A-Z][\w'’-]*(?:\s+(?:(?:van|de|der|het|en|in|op|met|voor|aan|uit)\s+)*[A-Z][\w'’-]*)*"
_READING = r"las|lazen|leest|lees|lezen|voorlezen|voorgelezen|voorlas|voorlazen"
# What is read aloud is a book: "las voor uit Dolfje Weerwolfje", "leest elke dag voor uit
# Kruimeltje"; and "Meester las Pluk van de Petteflet." where the run ends the clause (a
# person read to has more after it: "las Kevin een brief voor"). That second shape only
# after a reader who opens the sentence (a pronoun or a word for a teacher or parent):
# after a fronted word the run is the subject ("Tijdens de les las Sanne Visser.",
# "daarna las Bram Smit, en ..."), a person (review s31: those names leaked).
_READER = (r"(?:(?:de|onze|mijn|zijn|haar)\s+)?(?:meester|juf|juffrouw|leerkracht|moeder|vader|"
           r"mama|papa|opa|oma|ik|hij|zij|ze|we|wij|jij|je|u|klas|groep|kinderen|leerlingen)")
_READ_TITLE = compile_fast(
    rf"(?i:\b(?:{_READING})\b(?:\s+[a-zà-ÿ]+){{0,3}}?\s+uit\s+(?:het\s+boek\s+)?)"
    rf"(?P<title>{_RUN})"
    rf"|(?i:(?:^|(?<=[.!?:])\s+|(?<=\n)){_READER}\s+(?:las|lazen|leest)\s+)"
    rf"(?P<read>{_RUN})(?=\s*(?:[.;:!?]|,\s*(?:daarna|toen|en)\b|$))", re.M)
# "las voor uit Sanne haar schrift": a possessive after the run makes it its owner.
_OWNER_AFTER = re.compile(r"\s+(?:haar|zijn|hun|z'n|d'r|der)\b", re.I)


def work_titles(text: str) -> list[tuple[int, int]]:
    """Spans of titles after a word for a work or a verb of reading aloud; names inside one
    are part of the title ("het lied Het Kleine Dorp", "las voor uit Dolfje Weerwolfje").
    Names the vault knows are removed all the same."""
    spans = [(m.start("title"), m.end("title")) for m in _TITLE.finditer(text)]
    for m in _READ_TITLE.finditer(text):
        group = "title" if m.group("title") else "read"
        if not _OWNER_AFTER.match(text, m.end(group)):
            spans.append((m.start(group), m.end(group)))
    return spans


def place_names(path_lines: Iterable[str]) -> frozenset[str]:
    """The gazetteer as folded names, words joined by one space ("de meern")."""
    return frozenset(" ".join(fold(line.strip()).split()) for line in path_lines
                     if line.strip() and not line.startswith("#"))


def _gap(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return len(gap) <= 2 and gap.strip() == "" and "\n" not in gap


def _previous_word(tokens: list[Token], words: list[str], text: str, i: int) -> str:
    return words[i - 1] if i > 0 and _gap(text, tokens[i - 1][1], tokens[i][0]) else ""


def capitalised_runs(text: str, tokens: list[Token], words: list[str],
                     is_allowed: WordTest, is_allowed_name: WordTest
                     ) -> list[tuple[int, int]]:
    """Rules 1 and 2: spans of proper names after a preposition of place.
    ``is_allowed`` is asked per word, ``is_allowed_name`` about the whole name ("Den
    Haag", words joined by a space)."""
    out: list[tuple[int, int]] = []
    n = len(tokens)
    for i in range(n - 1):
        if words[i] not in PLACE_PREPOSITIONS or not _gap(text, tokens[i][1], tokens[i + 1][0]):
            continue
        first = i + 1
        article = tokens[first][2]
        capital_article = article in ("De", "Het", "Den") or (
            words[first] == "t" and text[tokens[first][0] - 1:tokens[first][0]] in "'’")
        club = words[i] == "bij" and article[:1].isupper() and not is_title_word(
            words[first]) and _SPORT_BEFORE.search(
            text, max(0, tokens[i][0] - 45), tokens[i][0]) is not None  # "bij Juf Anna"
        if capital_article:
            start, k = tokens[first][0], first + 1
        elif words[first] in _ARTICLES and article.islower():
            start, k = None, first + 1
        elif club:  # "zit op judo bij Budo Sport Kockengen": the club's whole name
            start, k = tokens[first][0], first
        else:
            continue
        end, names, k = _run(text, tokens, words, k)
        if not names or (start is None and len(names) < 2) or (club and len(names) < 2):
            continue
        whole = " ".join(tokens[j][2] for j in range(first if start is not None else names[0],
                                                      names[-1] + 1))
        if all(is_allowed(tokens[j][2]) for j in names) or is_allowed_name(whole):
            continue  # "bij de Raad voor de Kinderbescherming", "in De Telegraaf", "Den Haag"
        if start is None and any(words[j] in _EVENT_HEADS for j in names):
            continue  # "in de Week van de Opvoeding": a time, not a place
        if start is None and words[names[-1]] in _SERVICE_HEADS:
            continue  # "via de Sociale Dienst": an office of any town
        if start is None and words[names[-1]] in MODIFIERS:
            continue  # "aan de Tafel van Tien", "in de Top Tien": a place ends in a noun
        if after_work_noun(text, tokens[i][0]):
            continue
        if start is not None and words[first] == "t":
            start -= 1  # "'t Hoekje" with its apostrophe
        out.append((tokens[names[0]][0] if start is None else start, end))
    return out + _named_in_apposition(text, tokens, words, is_allowed_name)


# After the name in apposition: where it is ("in Scherpenzeel", "te Ede"); a work before
# the comma makes it a title ("een film, De Leeuwenkoning in Afrika").
_WORK_BEFORE_COMMA = compile_fast(rf"(?i)\b(?:{_WORKS}),\s*$")
_WHERE_AFTER = re.compile(r"\s+(?:in|te)\s+[A-Z]")


def _named_in_apposition(text: str, tokens: list[Token], words: list[str],
                         is_allowed_name: WordTest) -> list[tuple[int, int]]:
    """"een kleine evangelische gemeente, De Fontein in Scherpenzeel": a capitalised
    article after a comma opens a proper name (rule 1), and a name that is somewhere is a
    place. Without the place after it, it may be a title ("een boek, De Gruffalo, ...")."""
    out: list[tuple[int, int]] = []
    for i in range(1, len(tokens) - 1):
        if tokens[i][2] not in ("De", "Het") or text[tokens[i - 1][1]:tokens[i][0]] != ", ":
            continue
        end, names, _k = _run(text, tokens, words, i + 1)
        if names and _WHERE_AFTER.match(text, end) and not is_allowed_name(
                text[tokens[i][0]:end]) and not _WORK_BEFORE_COMMA.search(
                    text, max(0, tokens[i][0] - 30), tokens[i][0]):
            out.append((tokens[i][0], end))
    return out


# A sport or lesson before "bij": what follows is the club ("zit op judo bij ...").
_SPORT_BEFORE = re.compile(
    r"(?i)\b(?:\w*(?:bal|les|lessen|training|sport)|voetbal|hockey|judo|karate|turnen|"
    r"zwemmen|dansen|tennis|atletiek|paardrijden|scouting|traint|trainen|lid)\b"
    r"[^.;:,\n]{0,20}?\s+$")


# No place name has more capitalised words; the cap keeps a text of capitals linear.
_LONGEST_NAME = 8


def _run(text: str, tokens: list[Token], words: list[str], k: int
         ) -> tuple[int, list[int], int]:
    """Capitalised words from token ``k`` on, joined by spaces or name particles
    ("Het Huis van de Wijk"); returns the end, the capitalised tokens and the next index."""
    names: list[int] = []
    end = 0
    while k < len(tokens) and len(names) < _LONGEST_NAME and (
            not names or _gap(text, tokens[k - 1][1], tokens[k][0])):
        if tokens[k][2][:1].isupper():
            names.append(k)
            end = tokens[k][1]
            k += 1
            continue
        j = k
        while j < len(tokens) and words[j] in _LINKS and _gap(text, tokens[j - 1][1],
                                                               tokens[j][0]):
            j += 1
        if names and j > k and j < len(tokens) and tokens[j][2][:1].isupper() \
                and _gap(text, tokens[j - 1][1], tokens[j][0]):
            k = j
            continue
        break
    return end, names, k


# The water or coast a village lies on is part of its name: "Katwijk aan Zee", "Ouderkerk
# aan de Amstel" (the register has the village without it).
_WATER_AFTER = re.compile(r"\saan\s(?:(?:de|den)\s)?[A-Z][\w'’-]*")


def gazetteer_places(text: str, tokens: list[Token], words: list[str],
                     places: frozenset[str], is_word: WordTest, is_allowed: WordTest,
                     at_sentence_start: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Rule 3: a Dutch woonplaats of up to three words, capitalised. ``is_allowed`` is
    asked about the whole name as written, words joined by a space."""
    if not places:
        return []
    out: list[tuple[int, int]] = []
    n, i = len(tokens), 0
    while i < n:
        found = 0
        # "'s-Gravendeel": the token starts after the apostrophe, the list has it
        genitive = tokens[i][2][:2] == "s-" and tokens[i][2][2:3].isupper()
        if tokens[i][2][:1].isupper() or genitive:
            for size in (3, 2, 1):
                if i + size > n or any(not _gap(text, tokens[j][1], tokens[j + 1][0])
                                       for j in range(i, i + size - 1)):
                    continue
                name = " ".join(fold(tokens[j][2]) for j in range(i, i + size))
                if name in places or (genitive and "'" + name in places):
                    found = size
                    break
        if found and _a_place_here(text, tokens, words, i, found, is_word, is_allowed,
                                   at_sentence_start):
            start = tokens[_named_with_village(text, tokens, words, i)][0]
            if start > 0 and text[start - 1] in "'’" and words[i].startswith("s-"):
                start -= 1  # "'s-Heerenberg"
            end = tokens[i + found - 1][1]
            water = _WATER_AFTER.match(text, end)
            out.append((start, water.end() if water else end))
            i += found
            continue
        i += 1
    return out


def _named_with_village(text: str, tokens: list[Token], words: list[str], i: int) -> int:
    """The first token of a club or business named with its village after a preposition
    of place ("traint bij Budo Sport Kockengen", "bij Turn Groep Nieuwveen"): up to three
    capitalised words right before the village belong to its name; else ``i`` itself."""
    j = i
    while j > max(0, i - 3) and tokens[j - 1][2][:1].isupper() \
            and text[tokens[j - 1][1]:tokens[j][0]] == " ":
        j -= 1
    if j == i or j == 0 or text[tokens[j - 1][1]:tokens[j][0]] != " " \
            or tokens[j - 1][2] not in PLACE_PREPOSITIONS:
        return i
    return j


# Verbs of living and moving: "woont in houten", "verhuisd naar best". A chat writes the
# place in lower case too; after such a verb and a preposition a woonplaats is meant.
_LIVING = compile_fast(r"(?i)\b(?:woon\w*|wonen|woonde\w*|verhuis\w*|verhuizen|logeer\w*|logeren|"
                       r"verblijf\w*|komt|kwam|kwamen|komen)(?:\s+[\w']+){0,3}?\s+"
                       r"(?:in|naar|uit|te|bij)\s+$")
# A place in lower case ends its phrase: "woont in houten." or "in houten en ...", never
# "in een houten huis" (an article or adjective before a noun).
_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)\"'”’]|$|\s(?:en|of|maar|met|bij|sinds|nu|want|"
                         r"dus|toen|samen|al|ook)\b)")


# A club's kind before a woonplaats in lower case: "bij vv hoofddorp" is the club "vv
# Hoofddorp" (review s37; the capitalised name is identifier_detectors._CLUB_LOWER's).
_CLUB_KIND = re.compile(r"(?i)(?<![\w.])(?:vv|v\.v\.|sv|s\.v\.|rksv|rkvv|hc|ckv|zv)\s+$")
_CLUB_YEAR = re.compile(r"\s+['’]\d{2}\b")


def lower_case_places(text: str, tokens: list[Token], words: list[str],
                      places: frozenset[str]) -> list[tuple[int, int]]:
    """Rule 3 in lower case: a woonplaats right after a verb of living or moving and a
    preposition ("oma woont in houten"); written so, "houten" is no adjective. So after
    a club's kind ("voetbalt bij vv hoofddorp")."""
    out = []
    for i, (start, end, tok) in enumerate(tokens):
        if not (tok.islower() and words[i] in places and i > 0):
            continue
        if words[i - 1] in PLACE_PREPOSITIONS and _PHRASE_END.match(text, end) \
                and _LIVING.search(text, max(0, start - 40), start):
            out.append((start, end))
        elif _CLUB_KIND.search(text, max(0, start - 12), start):
            year = _CLUB_YEAR.match(text, end)  # "vv hoofddorp '31": its founding year
            out.append((start, year.end() if year else end))
    return out


def _a_place_here(text: str, tokens: list[Token], words: list[str], i: int, size: int,
                  is_word: WordTest, is_allowed: WordTest,
                  at_sentence_start: Callable[[int], bool]) -> bool:
    written = [tokens[j][2] for j in range(i, i + size)]
    if is_allowed(" ".join(written)):
        # a big city or a country as a whole: "in Utrecht", "naar Polen", "Den Haag"
        # ("Bergen op Zoom" is no "Zoom")
        return False
    ordinary = all(w.lower() in _LINKS or is_word(w.lower()) for w in written)
    after_preposition = _previous_word(tokens, words, text, i) in PLACE_PREPOSITIONS
    if ordinary:
        # "Houten", "Best", "De Hoef": only where a place is meant ("woont in Houten").
        # A numeral or word of degree before the word it modifies is that word, not the
        # village ("In Drie weken", "In Een gesprek"; ``modifiers.py``).
        if size == 1 and words[i] in MODIFIERS and modifies_next(text, tokens[i][1]):
            return False
        return after_preposition and not after_work_noun(text, tokens[i][0])
    return after_preposition or not at_sentence_start(tokens[i][0])


def city_districts(text: str, tokens: list[Token], words: list[str], places: frozenset[str],
                   is_word: WordTest, is_allowed: WordTest) -> list[tuple[int, int]]:
    """A district glued with a hyphen to its city ("Rotterdam-Charlois", "Almere-Buiten",
    "Utrecht-Overvecht"): the city alone is too big to point at a family, its district is
    not. Two places are a route ("Amsterdam-Utrecht"), a country a match ("Nederland-
    België"); after a first name or a title the same shape is a double surname."""
    out = []
    for i, (start, end, tok) in enumerate(tokens):
        head, _, tail = tok.rpartition("-")
        if not head or len(tail) < 3 or not (tail[:1].isupper() and tail[1:].islower()):
            continue
        if fold(head) not in places or is_word(head.lower()) or fold(tail) in places \
                or is_allowed(tail) or fold(tail) in _LINKS:
            continue
        before = _previous_word(tokens, words, text, i)
        if i > 0 and before and (tokens[i - 1][2][:1].isupper() or is_title_word(before)):
            continue  # "Femke Bergen-Smit", "mevrouw Bergen-Smit"
        if REGION_OWNER.search(text, max(0, start - 30), start):
            continue
        out.append((start, end))
    return out
