"""Words left in the anonymised text that MAY be a person's (nick)name: flagged for the IB.

The removal rules (``names``, ``person_slots``, ``person_nouns``, ``capital_nouns``,
``naming_clauses``, ``vocatives``, ``chat_names``) take a word out only where grammar
leaves no other reading; below that threshold they leave it, because removing more
mostly removed facts ("de beer" the toy, "Voetbal" the activity). What they leave in a
person's place is listed under the preview with a Dutch reason; the IB removes a word
with one key (every occurrence, ``remove_name``) or leaves it. Nothing here removes by
itself.

The cues, each weaker than the rule that removes:

- an ordinary word with a capital mid-sentence ("kwam Kruimel naar hem toe", "als Tank
  er is", "riep de Reus"): Dutch capitalises names there, nouns only as emphasis or in a
  title; titles and brands (a run of capitals: "Peppa Pig"), allowed words (holidays,
  games, institutions), titles of persons ("Juf") and places after "naar/in/op" stay;
- "De X" opening a sentence before a verb ("De Beer sloeg hem");
- a quoted word after a verb of calling ("noemen hem "tank"");
- the word a clause of calling ends or starts with ("heet thuis gewoon beer", "dat ze
  prinses noemen");
- the word after a greeting opening a message ("hey knikker kom je"), the speaker label
  of a chat line ("kruimel: waar ben je");
- a bare word (no article) before a verb only a person does, or after "volgens".

Offsets are in ``result.text``; one flag per word form (case-insensitive), at its first
cued place. Pure stdlib.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from zorgdesk.domain.anonymise.chat_names import chat_context
from zorgdesk.domain.anonymise.names import (
    at_sentence_start,
    is_allowed,
    thing_compound,
)
from zorgdesk.domain.anonymise.person_nouns import human_action
from zorgdesk.domain.anonymise.person_slots import SPEECH_VERBS, finite_verb
from zorgdesk.domain.anonymise.replacements import AnonymisedText, Replacement, render
from zorgdesk.domain.anonymise.role_fit import is_title_word
from zorgdesk.domain.text import fold

__all__ = ["NAME_KIND", "NameFlag", "name_flags", "occurrences", "put_name_back", "remove_name"]

_TOKEN = re.compile(r"[^\W\d_](?:\w|['’](?=\w)|-(?=\w))*")


@dataclass(frozen=True)
class NameFlag:
    start: int    # the flagged word in ``result.text``
    end: int
    word: str     # as written there (without a possessive 's)
    reason: str   # Dutch, shown to the IB


CAPITAL = "mogelijk een (bij)naam: een gewoon woord met een hoofdletter midden in de zin"
THE_PERSON = "mogelijk een bijnaam: 'de ...' staat waar een persoon staat"
CALLED = "mogelijk een bijnaam: zo wordt iemand genoemd"
SPOKEN_TO = "mogelijk een bijnaam: zo wordt iemand aangesproken"
SPEAKER = "mogelijk een bijnaam: wie in de chat schrijft"
PERSON_SLOT = "mogelijk een bijnaam: staat waar een persoon staat"
AFTER_TITLE = "mogelijk een naam: staat na een titel of rol"
ADDRESSEE = "mogelijk een bijnaam: aan wie het bericht is"
EXPLAINED = "mogelijk een bijnaam: wat erna staat zegt dat het een persoon is"

# Words for persons, kin and pronouns: they stand where a person stands, and name nobody.
_PERSONS = frozenset([
    "ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "jullie", "u", "men", "iemand",
    "niemand", "iedereen", "allemaal", "alle", "alles", "niets", "niks", "die", "dat", "wie",
    "wat", "deze", "dit", "er", "het", "hem", "haar", "hen", "hun", "mij", "me", "ons",
    "zelf", "mama", "papa", "mam", "pap", "moeder", "vader", "ouders", "ouder", "oma", "opa",
    "broer", "zus", "broertje", "zusje", "kind", "kinderen", "jongen", "meisje", "jongens",
    "meisjes", "man", "vrouw", "baby", "juf", "meester", "leerkracht", "school", "klas",
    "groep", "politie", "gemeente", "dokter", "arts", "buurman", "buurvrouw", "vriend",
    "vriendin", "vriendje", "vriendinnetje", "oom", "tante", "neef", "nicht", "stiefvader",
    "stiefmoeder", "pleegmoeder", "pleegvader", "gezin", "familie", "directeur", "directie",
    "team", "collega", "moeders", "vaders", "schat", "lieverd", "gast", "jongens", "meiden",
    "allen", "iedereen", "mensen", "maat", "bro", "broer", "dude", "man", "sukkel", "loser",
    "ook", "nog", "dan", "toen", "nu", "wel", "niet", "maar", "en", "of", "want", "dus",
    "zo", "ja", "nee", "hoe", "waar", "wanneer", "waarom", "daar", "hier"])
_DETERMINERS = frozenset(["de", "het", "een", "mijn", "zijn", "haar", "hun", "onze", "ons",
                          "jouw", "je", "uw", "die", "deze", "dit", "dat", "geen", "elke",
                          "ieder", "iedere", "welke", "zo'n", "wat"])
_CALLING = re.compile(r"(?i)\b(?:noem(?:t|en|de|den)?|he(?:et|ten|ette|etten)|bijnaam|"
                      r"roepnaam|genaamd|bijgenaamd|alias)\b")
_QUOTED = re.compile(r"['\"‘“„«]\s*([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)\s*['\"’”»]")
_GREETINGS = frozenset(["hey", "hee", "hei", "hoi", "hallo", "hai", "hi", "yo", "jo", "doei",
                        "dag", "hoii", "heyy", "ey", "ewa", "wollah", "oi"])
_SPEAKER_LINE = re.compile(r"(?m)^([ \t\d:.\[\]()/-]*)([^\W\d_][\w'’-]*)"
                           r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*[^\w\s:(]{0,3}[ \t]*:[ \t]*\S")
_LABELS = frozenset([
    "vraag", "antwoord", "afspraak", "afspraken", "actie", "acties", "datum", "tijd",
    "aanwezig", "notitie", "opmerking", "conclusie", "signaal", "signalen", "zorg", "zorgen",
    "huiswerk", "let", "bron", "onderwerp", "plan", "doel", "doelen", "evaluatie", "besluit",
    "advies", "status", "reden", "situatie", "stap", "gesprek", "verslag", "betreft", "nb",
    "ps", "bijlage", "observatie", "wat", "wie", "waar", "waarom", "toelichting", "aanleiding",
    "vervolg", "samenvatting", "telefoon", "tel", "mail", "adres", "opgemerkt", "gezien",
    "gehoord", "gelezen", "uitkomst", "resultaat", "score", "citaat", "bericht", "chat",
    "melding", "klacht", "vervolgafspraak", "contact", "thuis", "school", "klas", "groep"])
# After these a capital is a place or an activity ("naar Voetbal", "in Zwolle").
_PLACE_PREPOSITIONS = frozenset(["naar", "in", "op", "uit", "te", "richting", "aan"])
_TITLE_VERBS = frozenset(["leest", "las", "lezen", "speelt", "speelde", "spelen", "kijkt",
                          "keek", "kijken", "zingt", "zong", "gamet", "gamede", "gamen"])
_OWNERS = frozenset(["zijn", "haar", "mijn", "hun", "onze", "jouw", "je", "uw"])
# School subjects and activities a note capitalises as a heading ("Taal blijft achter").
_ACTIVITIES = frozenset([
    "taal", "rekenen", "spelling", "lezen", "schrijven", "gym", "gymles", "voetbal",
    "zwemles", "zwemmen", "muziek", "tekenen", "knutselen", "aardrijkskunde", "geschiedenis",
    "topografie", "engels", "natuur", "techniek", "kring", "pauze", "overblijf", "werkles",
    "begrijpend", "woordenschat", "sociaal", "gedrag", "werkhouding", "motoriek", "spel",
    "buitenspel", "dans", "drama", "toets", "toetsen", "thuis", "school", "huiswerk"])
_PETS_AND_TOYS = re.compile(
    r"(?i)\b(?:hond\w*|kat|katje|poes\w*|kater|konijn\w*|cavia\w*|hamster\w*|paard\w*|"
    r"pony|vogel\w*|parkiet\w*|kip|kippen|vis|visje|schildpad\w*|knuffel\w*|pop|popje|"
    r"pup|puppy|beest\w*|dier\w*|huisdier\w*|speelgoed\w*|boek\w*|film\w*|serie|"
    r"spel|spelletje|game|liedje|lied|youtuber|youtubekanaal)\b")
_CLAUSE_OPENERS = frozenset(["dat", "omdat", "toen", "als", "terwijl", "nadat", "zodat",
                             "voordat", "want", "maar", "en", "of", "dus", "waarna"])


def _tokens(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The words of ``text`` outside the replacement tags."""
    out, k = [], 0
    for m in _TOKEN.finditer(text):
        while k < len(spans) and spans[k][1] <= m.start():
            k += 1
        if k < len(spans) and spans[k][0] < m.end():
            continue
        out.append((m.start(), m.end(), m.group()))
    return out


def _base(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)


_PLURAL_PERSONS = frozenset(["klasgenoten", "vrienden", "vriendinnen", "leerlingen", "buren",
                             "leerkrachten", "broers", "zussen", "agenten", "ouders", "jongens",
                             "meiden", "kinderen", "collega's", "docenten", "spelers"])
# Institutions go bare in telegraph style ("sportclub zegt dat", "school belde").
_INSTITUTION_ENDS = ("club", "school", "team", "vereniging", "dienst", "bureau", "centrum",
                     "politie", "gemeente", "opvang", "zorg", "huis", "praktijk", "kantoor")


@lru_cache(maxsize=16384)
def _person_word(word: str) -> bool:
    lower = word.lower()
    return (lower in _PERSONS or lower in _PLURAL_PERSONS or is_title_word(lower)
            or lower.endswith(_INSTITUTION_ENDS))


def _gap(text: str, a: tuple, b: tuple) -> str:
    return text[a[1]:b[0]]


def _capital_cue(text: str, toks: list, i: int, lexicon) -> str | None:
    """A capitalised ordinary word mid-sentence, alone (no run of capitals: a title)."""
    start, _end, word = toks[i]
    base = _base(word)
    if (len(base) < 3 or not base[0].isupper() or base.isupper() or _person_word(base)
            or is_allowed(word, lexicon)):
        return None
    before = toks[i - 1][2].lower() if i > 0 and _gap(text, toks[i - 1], toks[i]) == " " \
        else ""
    if at_sentence_start(text, start):
        return THE_PERSON if _the_person_opening(text, toks, i, lexicon) else None
    if before in _PLACE_PREPOSITIONS or before in _TITLE_VERBS or before in _OWNERS \
            or base.lower() in _ACTIVITIES or thing_compound(base, lexicon):
        return None
    if _PETS_AND_TOYS.search(text, _sentence_start(text, start), start):
        return None  # "een beer die Bruintje heet", "de hond Max": a pet's or toy's name
    if _in_capital_run(text, toks, i) or text[start - 1:start] in "\"“‘„«'(/" \
            or text[toks[i][1]:toks[i][1] + 1] == ":":
        return None  # a title, a quote's first word, a label ("Tijd: 10.25")
    if fold(base) in lexicon.places or base in lexicon.proper:
        return None  # a place the rules left, or a name they chose to keep (a title's)
    return THE_PERSON if before == "de" else CAPITAL


def _the_person_opening(text: str, toks: list, i: int, lexicon) -> bool:
    """"De Beer sloeg hem": an article opening the sentence, a capital, then a verb."""
    if i == 0 or i + 1 >= len(toks) or toks[i - 1][2] not in ("De", "de"):
        return False
    if not at_sentence_start(text, toks[i - 1][0]) or _gap(text, toks[i - 1], toks[i]) != " ":
        return False
    verb = toks[i + 1][2].lower()
    return _gap(text, toks[i], toks[i + 1]) == " " and (
        verb in SPEECH_VERBS or _human(verb))


_LINKS = frozenset(["des", "der", "van", "voor"])   # "Leger des Heils", "Centrum voor Jeugd"


def _in_capital_run(text: str, toks: list, i: int) -> bool:
    """"Peppa Pig", "Leger des Heils": a title or an institution ("Knikker en Spekkie",
    joined by "en", names two)."""
    for step in (-1, 1):
        j = i + step
        if 0 <= j + step < len(toks) and toks[j][2] in _LINKS:
            j += step  # over the linking word to the capital beyond it
        if not 0 <= j < len(toks):
            continue
        first, last = min(i, j), max(i, j)
        spaced = all(_gap(text, toks[k], toks[k + 1]) in (" ", "-") for k in range(first, last))
        if spaced and toks[j][2][:1].isupper() and not at_sentence_start(text, toks[j][0]):
            return True
    return False


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def _bare(toks: list, i: int, text: str) -> bool:
    """No article or possessive before the word."""
    return i == 0 or toks[i - 1][2].lower() not in _DETERMINERS \
        or _gap(text, toks[i - 1], toks[i]).strip() != ""


# Adverbs, prepositions, adjectives of mood and chat roles: a slot's word, never a name.
_FUNCTION_WORDS = frozenset([
    "daarna", "later", "soms", "morgen", "echt", "langs", "hard", "boos", "lief", "dik", "kom",
    "haarzelf", "hemzelf", "zichzelf", "mezelf", "beheerder", "speler", "spelers", "admin",
    "moderator", "eerst", "straks", "gisteren", "vandaag", "altijd", "nooit", "vaak", "weer",
    "ook", "nog", "wel", "even", "gewoon", "samen", "alleen", "thuis", "buiten", "binnen",
    "boven", "beneden", "hier", "daar", "met", "van", "voor", "naar", "bij", "uit", "aan",
    "tot", "over", "door", "tegen", "zonder", "onder", "achter", "naast", "tussen", "via",
    "sinds", "volgens", "daarvoor", "daarom", "toch", "meteen", "direct", "snel", "niks"])


@lru_cache(maxsize=16384)
def _noun_like(word: str, lexicon) -> bool:
    lower = word.lower()
    return (len(lower) >= 3 and not _person_word(lower) and lower not in _DETERMINERS
            and lower not in _FUNCTION_WORDS
            and not finite_verb(lower, lexicon) and not is_allowed(word, lexicon))


_human = lru_cache(maxsize=16384)(human_action)


def _slot_cue(text: str, toks: list, i: int, lexicon) -> str | None:
    """A bare word before a verb only a person does ("tank sloeg"), after "volgens"."""
    word = toks[i][2]
    before = toks[i - 1][2].lower() if i > 0 else ""
    if before == "volgens" and _gap(text, toks[i - 1], toks[i]) == " ":
        return PERSON_SLOT if _noun_like(word, lexicon) else None
    if not word[:1].islower() or i + 1 >= len(toks) \
            or _gap(text, toks[i], toks[i + 1]) != " ":
        return None
    opens = i == 0 or before in _CLAUSE_OPENERS \
        or _gap(text, toks[i - 1], toks[i]).strip() in (",", ":", "\"", "“", "'") \
        or at_sentence_start(text, toks[i][0])
    if not opens:
        return None
    verb = toks[i + 1][2].lower()
    if verb == "terug" and text[toks[i + 1][1]:toks[i + 1][1] + 1] == ":":
        pass  # "kapper terug: ..."
    elif not (verb in SPEECH_VERBS or _human(verb)):
        return None
    return PERSON_SLOT if _bare(toks, i, text) and _noun_like(word, lexicon) else None


def _quoted_calls(text: str, lexicon) -> list[tuple[int, int]]:
    """A quoted word (or two) within a few words after a verb or noun of calling."""
    out = []
    for m in _CALLING.finditer(text):
        window_end = min(len(text), m.end() + 40)
        q = _QUOTED.search(text, m.end(), window_end)
        if q is None or re.search(r"[.!?\n]", text[m.end():q.start()]):
            continue
        out.extend((t.start() + q.start(1), t.end() + q.start(1))
                   for t in _TOKEN.finditer(q.group(1))
                   if _noun_like(t.group(), lexicon))
    return out


_CLAUSE_END = re.compile(r"[.,;:!?()\n]")


def _clause_of_calling(text: str, toks: list, i: int, lexicon) -> bool:
    """"heet bij hen thuis gewoon beer." (the last word of the clause) and "dat ze
    prinses noemen" (the word before the verb), where the clause is about a person."""
    word = toks[i][2].lower()
    nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
    before = toks[i - 1][2].lower() if i > 0 else ""
    if nxt.startswith("noem") or nxt == "genoemd":
        # "dat ze prinses noemen", "spekkie genoemd", "die iedereen kofiebonen noemt"
        return (_gap(text, toks[i], toks[i + 1]) == " " and not word.endswith("en")
                and (_bare(toks, i, text) or before == "de" if nxt == "genoemd"
                     else before in _CALLERS)
                and _noun_like(word, lexicon))
    if before in _NAME_NOUNS and _gap(text, toks[i - 1], toks[i]).strip() in ("", ":"):
        return _noun_like(word, lexicon)  # "bijnaam overkill", "roepnaam: pluk"
    end = toks[i][1]
    if not (end >= len(text) or _CLAUSE_END.match(text, end)):
        return False
    k = i - 1
    while k >= 0 and not _CLAUSE_END.search(_gap(text, toks[k], toks[k + 1])) and k > i - 8:
        verb = toks[k][2].lower()
        if verb in ("heet", "heette", "noemen", "noemt", "noemde", "noemden"):
            between = {t[2].lower() for t in toks[k + 1:i]}
            person = between & {"ze", "hem", "haar", "hij", "zij"} or (
                verb.startswith("he") and k > 0 and _person_word(toks[k - 1][2]))
            return bool(person) and _noun_like(word, lexicon) and not word.endswith("en")
        k -= 1
    return False


def _spoken_to(text: str, toks: list, i: int) -> str | None:
    """The word after a greeting opening a message; a chat line's speaker label."""
    start, end, word = toks[i]
    if i > 0 and toks[i - 1][2].lower() in _GREETINGS \
            and _gap(text, toks[i - 1], toks[i]) in (" ", ", ") \
            and (i == 1 or at_sentence_start(text, toks[i - 1][0])
                 or text[toks[i - 1][0] - 1:toks[i - 1][0]] in "\"“‘'\n"):
        return None if _not_a_name(word) else SPOKEN_TO
    if not word[:1].islower() or ":" not in text[end:end + 25] or _not_a_name(word):
        return None
    if at_sentence_start(text, start) and re.match(r":\s*[\"“‘']", text[end:end + 4]):
        return SPEAKER  # 'thijs: "ja". beer: "zet je camera aan"'
    line_start = text.rfind("\n", 0, start) + 1
    m = _SPEAKER_LINE.match(text, line_start)
    if not (m and m.start(2) == start):
        return None
    listed = text[:line_start].rstrip().endswith(":")  # "Hij liet zien:\nkruimel: ..."
    timed = any(c.isdigit() for c in m.group(1))       # "12-03 21:03 - tijger: ..."
    if listed or timed or chat_context(text, start) or _chat_lines(text) >= 2:
        return SPEAKER
    return None


def _not_a_name(word: str) -> bool:
    return _person_word(word) or word.lower() in _LABELS or word.lower() in _FUNCTION_WORDS


@lru_cache(maxsize=4)
def _chat_lines(text: str) -> int:
    return sum(1 for m in _SPEAKER_LINE.finditer(text) if m.group(2)[:1].islower())


_TITLES = frozenset(["mw", "mevr", "mevrouw", "dhr", "meneer", "dr", "drs", "juf", "meester",
                     "oom", "tante", "opa", "oma", "buurman", "buurvrouw", "buurjongen",
                     "buurmeisje", "vriend", "vriendin", "neef", "nicht", "broer", "zus",
                     "stiefvader", "stiefmoeder", "vader", "moeder", "klasgenoot", "ome",
                     "tante", "mentor", "trainer", "coach"])
_CALLERS = frozenset(["ze", "hem", "haar", "hij", "zij", "we", "wij", "iedereen", "thuis",
                      "de", "kinderen", "jongens", "meisjes", "allemaal", "hen"])
_NAME_NOUNS = frozenset(["bijnaam", "roepnaam", "koosnaam", "alias", "genaamd", "bijgenaamd"])
_ABBREVIATED = frozenset(["mw", "mevr", "dhr", "dr", "drs"])
_DISCOURSE = frozenset(["toch", "hè", "he", "joh", "hoor", "zeker", "oké", "oke", "ok",
                        "ofzo", "nou", "echt", "even", "alsjeblieft", "aub", "please", "dan",
                        "gewoon", "morgen", "vandaag", "straks", "later", "nu", "weer"])


def _after_title(text: str, toks: list, i: int, lexicon) -> str | None:
    """"mevrouw Vink", "oom Kees": a word after a title or a role is its name."""
    if i == 0 or not toks[i][2][:1].isupper():
        return None
    title = toks[i - 1][2].lower()
    gap = _gap(text, toks[i - 1], toks[i])
    if gap != " " and not (gap == ". " and title in _ABBREVIATED):
        return None
    word = _base(toks[i][2])
    if not (title in _TITLES or is_title_word(title)):
        return None
    if _person_word(word) or is_allowed(word, lexicon) or word.isupper() \
            or len(word) < 3:
        return None
    return AFTER_TITLE


def _addressed(text: str, toks: list, i: int, lexicon) -> str | None:
    """"tegen bolle: ...", "aan vlinder:", "kom je buiten, bever?": the one spoken to."""
    start, end, word = toks[i]
    after = text[end:end + 2]
    if not word[:1].islower() or after[:1] not in ":?!" or word.lower() in _DISCOURSE:
        return None
    before = toks[i - 1][2].lower() if i > 0 else ""
    if before in ("aan", "tegen") and _gap(text, toks[i - 1], toks[i]) == " " \
            and after[:1] == ":":
        reason = ADDRESSEE
    elif text[start - 2:start] == ", " and after[:1] in "?!" \
            and (after[1:2] in "\"”’'\n" or end + 1 >= len(text)):
        reason = SPOKEN_TO
    else:
        return None
    return reason if _noun_like(word, lexicon) else None


_PERSON_AFTER = re.compile(
    r"\s*(?:,\s*|\(\s*)(?:een|de|het|zijn|haar|iemand|jongen|meisje)\b[^()\n,.]{0,30}?"
    r"\b(?:jongen|meisje|man|vrouw|speler|zus|zusje|broer|broertje|vriend\w*|klasgenoot|"
    r"neef|nicht|buurjongen|buurmeisje|leerling|kind|iemand|oom|tante|uit\s+groep)\b")


def _explained(text: str, toks: list, i: int, lexicon) -> str | None:
    """"spin (een speler)", "mopje, het zusje van een vriendin,": a person, said after."""
    word = toks[i][2]
    if text[toks[i][1]:toks[i][1] + 2] not in (", ", " (") \
            or not _PERSON_AFTER.match(text, toks[i][1]):
        return None
    if not (word[:1].islower() or not at_sentence_start(text, toks[i][0])):
        return None
    return EXPLAINED if _bare(toks, i, text) and _noun_like(word, lexicon) else None


def _cues(text: str, toks: list, lexicon, quoted: set) -> list[NameFlag]:
    found = []
    for i, (start, end, word) in enumerate(toks):
        reason = (CALLED if (start, end) in quoted else None) \
            or _capital_cue(text, toks, i, lexicon) or _spoken_to(text, toks, i) \
            or (CALLED if _clause_of_calling(text, toks, i, lexicon) else None) \
            or _slot_cue(text, toks, i, lexicon) or _after_title(text, toks, i, lexicon) \
            or _addressed(text, toks, i, lexicon) or _explained(text, toks, i, lexicon)
        if reason:
            found.append(NameFlag(start, end, _base(word), reason))
    return found


def name_flags(result, lexicon) -> list[NameFlag]:
    """Flags in ``result.text`` (an ``AnonymisedText``): one per word form, sorted."""
    text = result.text
    spans = result.output_spans() if hasattr(result, "output_spans") else []
    toks = _tokens(text, spans)
    found = _cues(text, toks, lexicon, set(_quoted_calls(text, lexicon)))
    seen: set[str] = set()
    out = []
    for flag in found:
        key = fold(flag.word).lower()
        if key not in seen:
            seen.add(key)
            out.append(flag)
    return out


# -- the IB's decision: every occurrence of the word goes ------------------------------

NAME_KIND = "naam (door u)"   # a replacement the IB made from a name flag
NAME_TAG = "[naam]"


def _accented(letter: str) -> str:
    """``letter`` and its accented forms, also typed as letter + combining mark."""
    base = fold(letter)
    if len(base) != 1 or not base.isalpha():
        return re.escape(letter)
    forms = "".join(_ACCENTED.get(base, ""))
    return f"(?:[{re.escape(letter + base + forms)}][\u0300-\u036f]*)"


_ACCENTED: dict[str, list[str]] = {}
for _code in range(0xC0, 0x250):
    _char = chr(_code)
    _folded = fold(_char)
    if len(_folded) == 1 and _folded.isalpha() and _folded != _char.casefold():
        _ACCENTED.setdefault(_folded, []).append(_char)
# Diminutive and plural endings glued to a name: "Beertje", "Kruimeltjes", "Popje".
_FORM_END = r"(?:['’]s|s|t?jes?|pjes?|etjes?)?"


def occurrences(original: str, word: str) -> list[tuple[int, int]]:
    """Every occurrence of ``word`` in ``original``: in any case, with or without an
    accent ("Noel", "Noël"), with a possessive or a diminutive ("Knikkers", "Knikker's",
    "Knikkertje"), in quotes ('Knikker') and in a compound with a hyphen ("Knikker-Jan").
    "de" before it stays ("de [naam] sloeg"). Not inside another word ("berenjacht")."""
    if not word.strip():
        return []
    # Why so wide: the IB chose to remove this word; one form left behind is a leak.
    pattern = re.compile(r"(?i)(?<!\w)" + "".join(map(_accented, word.strip()))
                         + _FORM_END + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(original)]


def remove_name(result: AnonymisedText, word: str) -> AnonymisedText:
    """``result`` with every occurrence of ``word`` outside what is already replaced as
    an undoable "[naam]" of kind ``NAME_KIND`` (unchanged when there is none)."""
    taken = result.replacements
    new = [Replacement(a, b, result.original[a:b], NAME_TAG, NAME_KIND, False)
           for a, b in occurrences(result.original, word)
           if not any(r.start < b and a < r.end for r in taken)]
    if not new:
        return result
    items = sorted([*taken, *new], key=lambda r: r.start)
    return AnonymisedText(render(result.original, items), items, result.original)


def put_name_back(result: AnonymisedText, word: str) -> AnonymisedText:
    """Every "[naam]" the IB made for ``word`` back (one decision, one undo)."""
    spans = set(occurrences(result.original, word))
    items = [r for r in result.replacements
             if not (r.kind == NAME_KIND and (r.start, r.end) in spans)]
    return AnonymisedText(render(result.original, items), items, result.original)
