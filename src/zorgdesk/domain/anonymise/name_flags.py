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
- a bare word (no article) before a verb only a person does, or after "volgens";
- (stop 34) a given name with a surname, also in capitals ("WIM OLTHOF"); a word in a row
  with names ("met Dikkie, Bolle en pino"); an adjective before a given name ("kale
  kees"); one chat line alone ("pino: kom je?"), inline after " / " or with an article
  ("de sloper: ..."); a singular noun without an article after "met", "bang voor",
  "naast" ("samen met mug naar huis") or a kin word ("haar broer vlieg hangen"); an alias
  in brackets ("(in de klas spin)"); a quoted vocative ("'wolf, kom hier!'"); the subject
  after "zei dat" before an object ("dat kikker zijn fiets"); "X, bijnaam". A group's
  name ("de Tijgers van groep 7") is not flagged.
- (stop 37) every kept mention of a nickname the vault knows or the IB typed (``recorded``);
  an age, "X is de buurjongen", a kin word that is no family, a chat threat's person, the
  subject after a fronted phrase, the rest of a name after "[naam]", a signature, company
  after "met [tag] en", "de X zei", a word before a lone initial, a word after a kin title.

Offsets are in ``result.text``; one flag per word form (case-insensitive), at its first
cued place. Pure stdlib.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from zorgdesk.domain.anonymise.article_slots import (
    addressed_in_quote,
    article_slot,
    titled_name,
)
from zorgdesk.domain.anonymise.capital_runs import capital_run_flags
from zorgdesk.domain.anonymise.case_summary import HEADINGS
from zorgdesk.domain.anonymise.chat_names import NO_SENDER, chat_context
from zorgdesk.domain.anonymise.names import (
    at_sentence_start,
    is_allowed,
    labelled_lists,
    thing_compound,
)
from zorgdesk.domain.anonymise.person_nouns import human_action, word_for_a_person
from zorgdesk.domain.anonymise.person_slots import SPEECH_VERBS, adjective, finite_verb
from zorgdesk.domain.anonymise.replacements import AnonymisedText, Replacement, render
from zorgdesk.domain.anonymise.role_fit import is_title_word
from zorgdesk.domain.anonymise.vocatives import insult
from zorgdesk.domain.text import fold

__all__ = ["NAME_KIND", "RECORDED", "NameFlag", "name_flags", "occurrences", "put_name_back",
           "recorded_flags", "remove_name"]

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
_SPEAKER_LINE = re.compile(r"(?m)^((?:\[datum\]|[ \t\d:.\[\]()/-])*~?)([^\W\d_][\w'’-]*)"
                           r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*[^\w\s:(]{0,3}[ \t]*:[ \t]*\S")
_LABELS = frozenset([
    "vraag", "antwoord", "afspraak", "afspraken", "actie", "acties", "datum", "tijd",
    "aanwezig", "notitie", "opmerking", "conclusie", "signaal", "signalen", "zorg", "zorgen",
    "huiswerk", "let", "bron", "onderwerp", "plan", "doel", "doelen", "evaluatie", "besluit",
    "advies", "status", "reden", "situatie", "stap", "gesprek", "verslag", "betreft", "nb",
    "ps", "bijlage", "observatie", "wat", "wie", "waar", "waarom", "toelichting", "aanleiding",
    "vervolg", "samenvatting", "telefoon", "tel", "mail", "adres", "opgemerkt", "gezien",
    "gehoord", "gelezen", "uitkomst", "resultaat", "score", "citaat", "bericht", "chat",
    "melding", "klacht", "vervolgafspraak", "contact", "thuis", "school", "klas", "groep",
    # what a phone shows for a sender it cannot name ("onbekend: ..."): nobody's name
    *NO_SENDER])
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
# Spoken text opens a clause with these too ("eh ja mossel zei ...").
_DISCOURSE_OPENERS = frozenset(["ja", "nee", "eh", "ehm", "nou", "jawel", "nouja"])


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
    if text.startswith(HEADINGS, start):
        return None  # the summary points to its own part: "(zie Gesprekken en afspraken)"
    if before in _PLACE_PREPOSITIONS or before in _TITLE_VERBS or before in _OWNERS \
            or base.lower() in _ACTIVITIES or thing_compound(base, lexicon):
        return None
    if _a_group(text, toks, i):
        return None  # "de Tijgers van groep 7": a class or a team, not a person
    if _PETS_AND_TOYS.search(text, _sentence_start(text, start), start):
        return None  # "een beer die Bruintje heet", "de hond Max": a pet's or toy's name
    if _in_capital_run(text, toks, i) or text[start - 1:start] in "\"“‘„«'(/" \
            or text[toks[i][1]:toks[i][1] + 1] == ":":
        return None  # a title, a quote's first word, a label ("Tijd: 10.25")
    if fold(base) in lexicon.places or base in lexicon.proper and base.lower() in lexicon.words \
            or _in_phrase(toks, i, lexicon):
        return None  # a place the rules left, a name that is also a word ("Roos", "Mimi"),
        # or a fixed expression ("Eid Mubarak"); a given name no dictionary has ("Kevin")
        # is flagged: the rules leave one where the sentence gives no other cue
    return THE_PERSON if before == "de" else CAPITAL


def _in_phrase(toks: list, i: int, lexicon) -> bool:
    """Token ``i`` is part of an allowed fixed expression of two or three words."""
    phrases = lexicon.phrases
    for size in (2, 3):
        for first in range(max(0, i - size + 1), min(i, len(toks) - size) + 1):
            if tuple(fold(t[2]) for t in toks[first:first + size]) in phrases:
                return True
    return False


def _the_person_opening(text: str, toks: list, i: int, lexicon) -> bool:
    """"De Beer sloeg hem": an article opening the sentence, a capital, then a verb."""
    if i == 0 or i + 1 >= len(toks) or toks[i - 1][2] not in ("De", "de") \
            or _a_group(text, toks, i):
        return False
    if not at_sentence_start(text, toks[i - 1][0]) or _gap(text, toks[i - 1], toks[i]) != " ":
        return False
    verb = toks[i + 1][2].lower()
    return _gap(text, toks[i], toks[i + 1]) == " " and (
        verb in SPEECH_VERBS or _human(verb))


_GROUP_AFTER = re.compile(r"\s+(?:van|uit)\s+(?:groep|klas|gr\.?)\s*\d")


def _a_group(text: str, toks: list, i: int) -> bool:
    """"De Tijgers van groep 7", "de Dolfijnen uit groep 5": a plural after "de" and
    before the class it is (a group's name; "Tijger" alone can be a person)."""
    word = toks[i][2]
    return word.endswith(("s", "en")) and bool(_GROUP_AFTER.match(text, toks[i][1]))


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
    """No article or possessive before the word ("zegt dat kapsalon": a conjunction)."""
    before = toks[i - 1][2].lower() if i > 0 else ""
    return i == 0 or before not in _DETERMINERS \
        or _gap(text, toks[i - 1], toks[i]).strip() != "" \
        or (before == "dat" and i > 1 and toks[i - 2][2].lower() in _SAID)


# Adverbs, prepositions, adjectives of mood and chat roles: a slot's word, never a name.
_FUNCTION_WORDS = frozenset([
    "daarna", "later", "soms", "morgen", "echt", "langs", "hard", "boos", "lief", "dik", "kom",
    "haarzelf", "hemzelf", "zichzelf", "mezelf", "beheerder", "speler", "spelers", "admin",
    "moderator", "eerst", "straks", "gisteren", "vandaag", "altijd", "nooit", "vaak", "weer",
    "ook", "nog", "wel", "even", "gewoon", "samen", "alleen", "thuis", "buiten", "binnen",
    "boven", "beneden", "hier", "daar", "met", "van", "voor", "naar", "bij", "uit", "aan",
    "tot", "over", "door", "tegen", "zonder", "onder", "achter", "naast", "tussen", "via",
    "sinds", "volgens", "daarvoor", "daarom", "toch", "meteen", "direct", "snel", "niks",
    "anders", "zo"])


@lru_cache(maxsize=16384)
def _noun_like(word: str, lexicon) -> bool:
    lower = word.lower()
    return (len(lower) >= 3 and not _person_word(lower) and lower not in _DETERMINERS
            and lower not in _FUNCTION_WORDS and lower not in _QUANTIFIERS
            and not finite_verb(lower, lexicon) and not is_allowed(word, lexicon))


_human = lru_cache(maxsize=16384)(human_action)
adjective = lru_cache(maxsize=16384)(adjective)


def _slot_cue(text: str, toks: list, i: int, lexicon) -> str | None:
    """A bare word before a verb only a person does ("tank sloeg"), after "volgens"."""
    word = toks[i][2]
    before = toks[i - 1][2].lower() if i > 0 else ""
    if before == "volgens" and _gap(text, toks[i - 1], toks[i]) == " ":
        return PERSON_SLOT if _noun_like(word, lexicon) else None
    if not word[:1].islower() or i + 1 >= len(toks) \
            or _gap(text, toks[i], toks[i + 1]) != " ":
        return None
    opens = i == 0 or before in _CLAUSE_OPENERS or before in _DISCOURSE_OPENERS \
        or _gap(text, toks[i - 1], toks[i]).strip() in (",", ":", "\"", "“", "'") \
        or _gap(text, toks[i - 1], toks[i]).strip().endswith("/") \
        or at_sentence_start(text, toks[i][0])
    if not opens:
        return None
    verb = toks[i + 1][2].lower()
    if verb == "terug" and text[toks[i + 1][1]:toks[i + 1][1] + 1] == ":":
        pass  # "kapper terug: ..."
    elif not (verb in SPEECH_VERBS or _human(verb)):
        return None
    return PERSON_SLOT if _bare(toks, i, text) and _noun_like(word, lexicon) else None


_OBJECT_PRONOUNS = frozenset(["hem", "haar", "mij", "me", "jou", "ons", "hen", "hun"])
# "uitgescholden door knoest en lucky", "met dikkie en flits speelt hij": company or agent.
_PAIR_PREPOSITIONS = frozenset(["door", "met", "tegen"])


def _pair_in_slot(text: str, toks: list, i: int, lexicon) -> str | None:
    """"pesten bolle en snuffie hem", "dat kapsalon en flippie hem ... geduwd": two bare
    words joined by "en" before an object pronoun or a person's verb (or after "door",
    "met", "tegen") are two persons
    when one of them is no Dutch word ("brood en melk geven hem energie" stays)."""
    for first in (i, i - 2):
        if first < 0 or first + 3 >= len(toks) or toks[first + 1][2].lower() != "en":
            continue
        a, b, after = toks[first][2], toks[first + 2][2], toks[first + 3][2].lower()
        if not (a.islower() and b.islower() and _bare(toks, first, text)
                and all(_gap(text, toks[k], toks[k + 1]) == " "
                        for k in range(first, first + 3))):
            continue
        before = toks[first - 1][2].lower() if first else ""
        if not (after in _OBJECT_PRONOUNS or after in SPEECH_VERBS or _human(after)
                or before in _PAIR_PREPOSITIONS):
            continue
        if _noun_like(a, lexicon) and _noun_like(b, lexicon) \
                and not (a in lexicon.words and b in lexicon.words):
            return PERSON_SLOT
    return None


# 'een vriend van mama, "kees kanon"': a quote set beside a word for a person names him.
_APPOSED_QUOTE = re.compile(
    r"(?i)\b(?:vriend|vriendin|vriendje|man|vrouw|jongen|meisje|buurman|buurvrouw|"
    r"buurjongen|neef|nicht|oom|tante|broer|zus|iemand|type|gast)\b(?:\s+van\s+\w+)?"
    r"\s*,\s*(?=[\"“'‘„])")


def _quoted_calls(text: str, lexicon) -> list[tuple[int, int]]:
    """A quoted word (or two) within a few words after a verb or noun of calling, or
    right after a word for a person and a comma."""
    out = []
    for m in _APPOSED_QUOTE.finditer(text):
        q = _QUOTED.match(text, m.end())
        if q and q.group(1).split()[0].lower() not in _DETERMINERS:
            out.extend((t.start() + q.start(1), t.end() + q.start(1))
                       for t in _TOKEN.finditer(q.group(1)) if _noun_like(t.group(), lexicon))
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
        return (_gap(text, toks[i], toks[i + 1]) == " "
                and (not word.endswith("en") or word not in lexicon.words)
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
                verb.startswith("he") and k > 0 and _person_word(toks[k - 1][2])) \
                or between & _PARENTS and before == "de"  # "noemt vader de generaal"
            return bool(person) and _noun_like(word, lexicon) and not word.endswith("en")
        k -= 1
    return False


def _spoken_to(text: str, toks: list, i: int) -> str | None:
    """The word after a greeting opening a message; a chat line's speaker label."""
    start, end, word = toks[i]
    if text[start - 1:start] == "~" and _tilde_sender(text, start, end):
        return SPEAKER
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
    timed = any(c.isdigit() for c in m.group(1)) or "[datum]" in m.group(1)
    if listed or timed or chat_context(text, start) or _chat_lines(text) >= 2:
        return SPEAKER
    return None


_INITIAL_LABEL = re.compile(r"[ \t][^\W\d_]\.?[ \t]*:")
_LINE_PREFIX = re.compile(r"(?:\[datum\]|[ \t\d:.\[\]()/-])*")


def _tilde_sender(text: str, start: int, end: int) -> bool:
    """"~kropka: ze is bij mij", "~Gerda K: ...": a phone shows a sender it has no
    contact for as "~" and the name the sender chose, any case; read as one only in a
    text with chat lines."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _SPEAKER_LINE.match(text, line_start)
    if not (m and m.start(2) == start) and _INITIAL_LABEL.match(text, end) \
            and _LINE_PREFIX.fullmatch(text, line_start, start - 1):
        lines = _SPEAKER_LINE.finditer(text)  # "~Gerda K:" in a text with chat lines
        return next(lines, None) is not None and next(lines, None) is not None \
            and not _not_a_name(text[start:end])
    lines = _SPEAKER_LINE.finditer(text)
    two = next(lines, None) is not None and next(lines, None) is not None
    return bool(m and m.start(2) == start) and two \
        and not _not_a_name(text[start:end])


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


# Roles of the adults around a case that person_nouns does not list ("assistente Mariska").
_ROLES = frozenset(["assistente", "assistent", "contactpersoon", "tolk", "oppas",
                    "begeleider", "begeleidster", "hulpverlener", "medewerker", "medewerkster",
                    "wijkagent", "jeugdarts", "huisarts", "verpleegkundige", "vrijwilliger",
                    "vrijwilligster", "invaller", "stagiaire", "stagiair", "conciërge"])


def _person_noun_before_unknown(title: str, word: str, lexicon) -> bool:
    """"de leerling Jelle", "contactpersoon Samira": after a word for a person a capital
    word the Dutch word list does not know is his name ("de moeder Turks" is a word)."""
    return (title in _ROLES or word_for_a_person(title)) \
        and word.lower() not in lexicon.words


def _after_title(text: str, toks: list, i: int, lexicon) -> str | None:
    """"mevrouw Vink", "oom Kees": a word after a title or a role is its name."""
    if i == 0 or not toks[i][2][:1].isupper():
        return None
    title = toks[i - 1][2].lower()
    gap = _gap(text, toks[i - 1], toks[i])
    if gap != " " and not (gap == ". " and title in _ABBREVIATED):
        return None
    word = _base(toks[i][2])
    if not (title in _TITLES or is_title_word(title)
            or _person_noun_before_unknown(title, word, lexicon)):
        return None
    person = word.lower() in _PERSONS if title in _ABBREVIATED else _person_word(word)
    if person or is_allowed(word, lexicon) or word.isupper() \
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
    r"\s*(?:,\s*|\(\s*)(?:een|de|het|zijn|haar|iemand|jongen|meisje|twee|drie|beide)\b"
    r"[^()\n,.]{0,30}?"
    r"\b(?:jongen|meisje|man|vrouw|speler|zus|zusje|broer|broertje|vriend\w*|klasgenoot|"
    r"neef|nicht|buurjongen|buurmeisje|leerling|kind|iemand|oom|tante|uit\s+groep|"
    r"jongens|meisjes|mannen|vrouwen|broers|zussen|vrienden|vriendinnen|leerlingen)\b")


def _explained(text: str, toks: list, i: int, lexicon) -> str | None:
    """"spin (een speler)", "mopje, het zusje van een vriendin,": a person, said after."""
    word = toks[i][2]
    if text[toks[i][1]:toks[i][1] + 2] not in (", ", " (") \
            or not _PERSON_AFTER.match(text, toks[i][1]):
        return None
    if not (word[:1].islower() or not at_sentence_start(text, toks[i][0])):
        return None
    the = i > 0 and toks[i - 1][2].lower() == "de" and _gap(text, toks[i - 1], toks[i]) == " " \
        and not word_for_a_person(word.lower()) and not word.lower().endswith("e")
    return EXPLAINED if (_bare(toks, i, text) or the) and _noun_like(word, lexicon) else None


def _cues(text: str, toks: list, lexicon, quoted: set) -> list[NameFlag]:
    reasons: dict[int, str] = {}
    for i, (start, end, _word) in enumerate(toks):
        reason = (CALLED if (start, end) in quoted else None) \
            or _capital_cue(text, toks, i, lexicon) or _spoken_to(text, toks, i) \
            or (CALLED if _clause_of_calling(text, toks, i, lexicon) else None) \
            or _slot_cue(text, toks, i, lexicon) or _after_title(text, toks, i, lexicon) \
            or _addressed(text, toks, i, lexicon) or _explained(text, toks, i, lexicon) \
            or nickname_cue(text, toks, i, lexicon) or stop37_cue(text, toks, i, lexicon) \
            or _grammar_cue(text, toks, i, lexicon)
        if reason:
            reasons[i] = reason
    reasons.update(full_names(text, toks, lexicon))
    for k, reason in capital_run_flags(text, toks, lexicon, lambda w: _capital_noun(
            w, lexicon)).items():
        reasons.setdefault(k, reason)
    listed_with_names(text, toks, lexicon, reasons)
    with_a_flagged_one(text, toks, lexicon, reasons)
    labels = labelled_lists(text, lambda w: w in lexicon.words) if reasons else []
    return [_flag_at(text, toks, i, reasons[i], lexicon)
            for i in sorted(reasons) if (not _abuse(_base(toks[i][2]))
                                         or reasons[i] == WITH_A_PERSON
                                         or _NAMED_AFTER.match(text, toks[i][1]))
            and not any(a <= toks[i][0] < b for a, b in labels)]


def _grammar_cue(text: str, toks: list, i: int, lexicon) -> str | None:
    """The stop-38 cues from Dutch grammar (``article_slots``) for token ``i``."""
    noun = lambda w: _a_subject_word(w, lexicon, False)  # noqa: E731 - one test, three uses
    if titled_name(text, toks, i, lexicon, noun):
        return AFTER_TITLE
    if addressed_in_quote(text, toks, i, lexicon, noun):
        return SPOKEN_TO
    return article_slot(text, toks, i, lexicon, noun)


def _capital_noun(word: str, lexicon) -> bool:
    """A word in capitals the capital cue would weigh if it had one capital."""
    title = word[:1] + word[1:].lower()
    return _noun_like(word.lower(), lexicon) and not is_allowed(title, lexicon) \
        and not is_allowed(word, lexicon) and word.lower() not in _ACTIVITIES \
        and word.lower() not in _LABELS


def _flag_at(text: str, toks: list, i: int, reason: str, lexicon) -> NameFlag:
    """The flag of token ``i``; a noun the text says is a person takes its adjective
    along ("rode vos is ... de buurjongen": one decision, "rode vos")."""
    start = toks[i][0]
    if reason == IS_A_PERSON and i > 0 and toks[i - 1][2].islower() \
            and _gap(text, toks[i - 1], toks[i]) == " " \
            and _adjective_noun(toks[i - 1][2], lexicon):
        start = toks[i - 1][0]
    return NameFlag(start, toks[i][1], text[start:toks[i][0]] + _base(toks[i][2]), reason)


# Animals a child is called by way of abuse ("aap", "rat"), which with a capital are as
# often a nickname ("kwam Slang naar hem toe"): flagged then.
_ANIMALS = frozenset(["aap", "varken", "koe", "ezel", "kalf", "schaap", "rund", "rat",
                      "slang", "hond"])


def _abuse(word: str) -> bool:
    """An insult or a slur children use ("slet", "kanker", "Mongool"): what someone was
    called, a fact; flagged as a name it only asks the IB to remove the record's facts."""
    lower = word.lower()
    return insult(lower) and (word.islower() or lower not in _ANIMALS)


def name_flags(result, lexicon, recorded: Iterable[str] = ()) -> list[NameFlag]:
    """Flags in ``result.text`` (an ``AnonymisedText``): one per word form, sorted.
    ``recorded``: the nicknames the vault knows for this summary ("Ook genoemd" and what
    the IB typed); every mention the rules kept is flagged (``recorded_flags``)."""
    text = result.text
    spans = result.output_spans() if hasattr(result, "output_spans") else []
    toks = _tokens(text, spans)
    found = _cues(text, toks, lexicon, set(_quoted_calls(text, lexicon)))
    kept = recorded_flags(toks, recorded)
    if kept:  # the recorded reason says more than a cue's on the same word
        found = sorted([*kept, *(f for f in found
                                 if not any(k.start <= f.start < k.end for k in kept))],
                       key=lambda f: f.start)
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


# -- stop 34: the shapes the cues above missed on unseen text --------------------------

FULL_NAME = "mogelijk een naam: voornaam en achternaam"
LISTED = "mogelijk een bijnaam: staat in een rij met namen"
ADJECTIVE_NAME = "mogelijk een bijnaam: een naam met een bijvoeglijk naamwoord ervoor"
COMPANY = "mogelijk een bijnaam: staat waar een persoon staat (met, voor, bij ...)"
ALIAS = "mogelijk een bijnaam: zo wordt iemand ergens genoemd"

# Tags that stand for a person: every tag but those of places, numbers and dates.
_THING_TAGS = frozenset(["[plaats]", "[woonplaats]", "[adres]", "[postcode]",
                         "[telefoonnummer]", "[e-mail]", "[BSN]", "[datum]", "[url]",
                         "[verwijderd]", "[account]", "[nummer]", "[rekeningnummer]",
                         "[groepsnaam]", "[school]"])
_PERSON_TAG_BEFORE = re.compile(r"\[[^\]\[]{2,40}\]\s*(,|\ben|\bof)\s*$")
_PERSON_TAG_AFTER = re.compile(r"^\s*(,|en\b|of\b)\s*\[[^\]\[]{2,40}\](\s*(?:,|en\b|of\b))?")
_JOINS = frozenset(["en", "of"])


def _given_name(word: str, lexicon) -> bool:
    """A name the word list has ("Wim", "WIM", "kees" as "Kees", "Olthof"); a double
    given name of two ("Dirk-Jan")."""
    if "-" in word:
        return all(_given_name(part, lexicon) for part in word.split("-"))
    title = word[:1].upper() + word[1:].lower()
    return len(word) >= 3 and title in lexicon.proper and not is_allowed(title, lexicon) \
        and not _person_word(word)


def _surname_like(word: str, lexicon) -> bool:
    """After a given name: a listed name, or a word no dictionary has ("Olthof")."""
    return _given_name(word, lexicon) or word.lower() not in lexicon.words


def full_names(text: str, toks: list, lexicon) -> dict[int, str]:
    """"Wim Olthof", "WIM OLTHOF": a given name and a capitalised word right after it (a
    surname), also in a line of capitals, where the capital cue reads a title."""
    out: dict[int, str] = {}
    for i in range(len(toks) - 1):
        first, last = toks[i][2], _base(toks[i + 1][2])
        if _gap(text, toks[i], toks[i + 1]) != " " or not first[:1].isupper() \
                or not last[:1].isupper() or len(last) < 2 or not _given_name(first, lexicon):
            continue
        if _person_word(last) or is_allowed(last, lexicon) or last.lower() in _LINKS \
                or _allowed_phrase(first, last, lexicon) or last.isupper() != first.isupper() \
                or not (_surname_like(last, lexicon) or first.lower() not in lexicon.words
                        and not at_sentence_start(text, toks[i + 1][0])) \
                or _read_or_watched(toks, i) \
                or (first.isupper() and not _given_name(last, lexicon)) \
                or any(c.isdigit() for c in last):
            continue
        out[i] = out[i + 1] = FULL_NAME
    return out


def _read_or_watched(toks: list, i: int) -> bool:
    """"las voor uit Dolfje Weerwolfje", "keek naar Peppa Pig": a title."""
    return any(toks[k][2].lower() in _TITLE_VERBS for k in range(max(0, i - 3), i))


def _allowed_phrase(first: str, last: str, lexicon) -> bool:
    pair = (fold(first).lower(), fold(last).lower())
    return any(phrase[:2] == pair for phrase in lexicon.phrases)


def _name_beside(text: str, toks: list, i: int, j: int, reasons: dict, lexicon) -> bool:
    """Token ``j`` (next to ``i`` over "en"/"of"/",") is flagged or a given name."""
    if j in reasons or fold(_base(toks[j][2])).lower() in _flagged_forms(toks, reasons):
        return True
    word = toks[j][2]
    return word[:1].isupper() and _given_name(word, lexicon) and (
        not at_sentence_start(text, toks[j][0]) or word.lower() not in lexicon.words)


def _flagged_forms(toks: list, reasons: dict) -> set[str]:
    return {fold(_base(toks[k][2])).lower() for k in reasons}


def listed_with_names(text: str, toks: list, lexicon, reasons: dict) -> None:
    """"met Dikkie, Bolle en pino", "Pino en mug", "[naam] en mot": a bare word in a row
    with names is one too (adds to ``reasons`` until nothing changes)."""
    joined = [i for i in range(len(toks)) if _joined(text, toks, i)]
    for _round in range(3):
        added = False
        for i in joined:
            if i in reasons or not _listable(text, toks, i, lexicon):
                continue
            if _listed_beside(text, toks, i, reasons, lexicon):
                reasons[i] = LISTED
                added = True
        if not added:
            return


def _joined(text: str, toks: list, i: int) -> bool:
    """Cheap first test: "en"/"of" or a comma right before or after token ``i``."""
    before = text[max(0, toks[i][0] - 4):toks[i][0]]
    after = text[toks[i][1]:toks[i][1] + 4]
    return before.endswith((" en ", " of ", ", ", "] ")) or after.startswith(
        (" en ", " of ", ",", " [")) or before.endswith(("\nen ", "\nof "))


def _listable(text: str, toks: list, i: int, lexicon) -> bool:
    word = toks[i][2]
    nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
    if text[toks[i][1]:toks[i][1] + 2] == " [" or nxt and _gap(text, toks[i], toks[i + 1]) \
            == " " and (nxt[:1].isupper() or word.endswith("e") and nxt in lexicon.words):
        return False  # "en biologische vader", "en overblijfmoeder Kim": before its noun
    lower = word.lower()
    if lower == "ene" or lower.endswith("en") and lower in lexicon.words \
            or adjective(lower, lexicon) or _infinitive(lower, lexicon):
        return False  # "ene Ricky", "en gaan", "is ziek en gijs"
    return (len(word) >= 3 and word.lower() not in _NAME_NOUNS and _bare(toks, i, text)
            and _noun_like(word, lexicon)
            and not (word.endswith("en") and len(word) > 4) and word[-1:] != "s"
            and not (word[:1].isupper() and at_sentence_start(text, toks[i][0])
                     and word.lower() in lexicon.words))


def _listed_beside(text: str, toks: list, i: int, reasons: dict, lexicon) -> bool:
    start, end, _word = toks[i]
    before, after = text[max(0, start - 50):start], text[end:end + 50]
    tag_before, tag_after = _PERSON_TAG_BEFORE.search(before), _PERSON_TAG_AFTER.match(after)
    if tag_before and _tag_is_person(before, reverse=True) and (
            tag_before.group(1) != "," or re.match(r"\s*(?:,|en\b|of\b)", after)):
        return True
    if tag_after and _tag_is_person(after, reverse=False) and (
            tag_after.group(1) != "," or tag_after.group(2)):
        return True
    for step in (-1, 1):
        j, k = i + step, i + 2 * step
        gap = _gap(text, *sorted((toks[i], toks[j]))) if 0 <= j < len(toks) else ""
        if gap.strip() == "," and gap.count("\n") == 0 and _list_goes_on(text, toks, i, j) \
                and _name_beside(text, toks, i, j, reasons, lexicon):
            return True
        if 0 <= k < len(toks) and toks[j][2] in _JOINS \
                and _gap(text, *sorted((toks[i], toks[j]))) == " " \
                and _gap(text, *sorted((toks[j], toks[k]))) == " " \
                and _name_beside(text, toks, i, k, reasons, lexicon):
            return True
    m = i + 3  # "sloom en de kale hem": over "en" and the article of a flagged word
    return m < len(toks) and toks[i + 1][2] in _JOINS and toks[i + 2][2] == "de" \
        and all(_gap(text, toks[k], toks[k + 1]) == " " for k in range(i, m)) \
        and m in reasons


def _infinitive(word: str, lexicon) -> bool:
    """"gaan" ("gaat"), "zien" ("ziet"): a verb, not a noun."""
    return word.endswith("n") and word in lexicon.words and word[:-1] + "t" in lexicon.words


def _list_goes_on(text: str, toks: list, i: int, j: int) -> bool:
    """"Dikkie, Bolle en pino": a comma joins two names only in a row that goes on with
    another comma or "en"/"of" (else it is an apposition: "Thijs Overbeek, bijnaam ...")."""
    last = max(i, j)
    if last + 1 >= len(toks):
        return False
    return toks[last + 1][2] in _JOINS and _gap(text, toks[last], toks[last + 1]) == " " \
        or _gap(text, toks[last], toks[last + 1]).strip() == ","


def _tag_is_person(side: str, reverse: bool) -> bool:
    tags = re.findall(r"\[[^\]\[]{2,40}\]", side)
    tag = tags[-1] if reverse else tags[0]
    return tag not in _THING_TAGS


_ADJECTIVES = frozenset(["dikke", "lange", "ouwe", "gekke", "rooie", "kale", "vieze", "gore",
                         "malle", "rare", "stoere", "dolle", "kleine", "grote", "zwarte",
                         "blonde", "bolle", "stille", "enge", "vette", "magere", "gladde",
                         "snelle", "boze", "gemene", "domme", "slimme", "sterke", "mooie"])


def _adjective_name(text: str, toks: list, i: int, lexicon) -> str | None:
    """"kale kees", "dikke dirk": an adjective before a given name makes a nickname."""
    if i == 0 or toks[i - 1][2].lower() not in _ADJECTIVES \
            or _gap(text, toks[i - 1], toks[i]) != " " or not _given_name(toks[i][2], lexicon):
        return None
    lower = toks[i][2].lower()
    if lower.endswith(("en", "e")) and lower in lexicon.words:
        return None  # "blonde haren", "een grote witte": a plural, an adjective
    if i > 1 and toks[i - 2][2].lower() in ("een", "zijn", "haar", "mijn", "hun", "geen") \
            and lower in lexicon.words:
        return None  # "een lange broek": the adjective of an article's noun
    return ADJECTIVE_NAME if toks[i][2][:1].islower() or _bare(toks, i - 1, text) else None


# "Na school gaat hij samen met mug naar huis", "bang voor vlieg": a singular noun without
# an article after these is a name (Dutch puts an article before a countable noun there).
_COMPANY = frozenset(["met", "naast", "tegen", "achter", "voor", "bij", "door"])
# Nouns Dutch does put bare after them: fixed phrases, mass nouns, transport, time.
_BARE_AFTER_PREPOSITION = frozenset([
    "school", "huis", "thuis", "bed", "tijd", "elkaar", "vakantie", "gym", "toeval", "opzet",
    "straf", "spoed", "pensioen", "verlof", "ziekte", "koorts", "pijn", "buikpijn", "hoofdpijn",
    "fiets", "bus", "auto", "trein", "tram", "taxi", "boot", "step", "scooter", "brommer",
    "lunch", "ontbijt", "eten", "drinken", "water", "geld", "werk", "les", "zwemles", "kerst",
    "pasen", "sinterklaas", "kans", "hulp", "zorg", "succes", "plezier", "moeite", "liefde",
    "ruzie", "angst", "schaamte", "humor", "geweld", "drugs", "alcohol", "drank", "bezoek",
    "iedereen", "niemand", "begeleiding", "toestemming", "uitzondering", "voorbeeld",
    "instemming", "telefoon", "mobiel", "computer", "tablet", "internet", "youtube",
    "ouders", "aandacht", "dank", "respect", "mama", "papa", "juf", "meester", "vandaag",
    "morgen", "gisteren", "nu", "later", "vervoer", "spijt", "boosheid", "verdriet",
    "verzuim", "gedrag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
    "zondag", "kamp", "schoolkamp", "schoolreis", "voetbal", "hockey", "judo", "dans",
    "onweer", "donker", "geluid", "lawaai", "vuur", "bloed", "regen", "nood", "brand",
    "twijfel", "gebrek", "wind", "sneeuw", "ijs", "zon", "hitte", "kou"])
_AFTER_NOUN = frozenset(["naar", "mee", "weg", "buiten", "spelen", "gespeeld", "gegaan",
                         "gelopen", "gefietst", "op", "om", "af", "aan", "te", "in", "bij",
                         "zit", "zat", "speelt", "speelde", "ruzie"])


def _company(text: str, toks: list, i: int, lexicon) -> str | None:
    """A lower-case singular noun without an article after "met", "bang voor" ..."""
    word = toks[i][2]
    if i == 0 or not word.islower() or len(word) < 3 or word in _BARE_AFTER_PREPOSITION \
            or _gap(text, toks[i - 1], toks[i]) != " ":
        return None
    prep = toks[i - 1][2].lower()
    if prep not in _COMPANY or (prep == "voor" and (i < 2 or toks[i - 2][2].lower()
                                                    not in ("bang", "weg", "uitkijken"))):
        return None
    nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
    ends = text[toks[i][1]:toks[i][1] + 1] in (".", ",", "!", "?", ";", "", "\n")
    joined = nxt in _JOINS and (word not in lexicon.words or word.endswith(("ie", "je")))
    # "bij stekkie en de lange": a pet form or a word no dictionary has, before "en"
    if not ends and not joined and (nxt not in _AFTER_NOUN
                                    or _gap(text, toks[i], toks[i + 1]) != " "):
        return None  # "met koorts naar", but "met water spelen" reads on: a noun phrase
    if not _noun_like(word, lexicon) or not (joined or _countable(word, lexicon)) \
            or word.endswith(("en", "s", "heid", "ing")):
        return None
    return COMPANY


def _countable(word: str, lexicon) -> bool:
    """A noun with a diminutive in the word list ("mugje", "vliegje"), or none at all: a
    word no dictionary has ("pino")."""
    return word not in lexicon.words or _diminutive(word, lexicon)


def _diminutive(word: str, lexicon) -> bool:
    """A diminutive or a plural in the word list ("vliegje", "kurkjes", "vossen")."""
    words = lexicon.words
    return any(form in words for form in (word + "je", word + "tje", word + "pje",
                                          word + "jes", word + "tjes", word + "pjes",
                                          word + "etje", word + word[-1] + "etje",
                                          word + word[-1] + "en", word[:-1] + "ven",
                                          word[:-1] + "zen"))


_ALIAS = re.compile(r"\((?:in de klas|op (?:het plein|straat|school|de club|voetbal)|thuis|"
                    r"online|in de app|op (?:insta\w*|snap\w*|tiktok)|in de buurt)\s+$")


def _alias(text: str, toks: list, i: int, lexicon) -> str | None:
    """"Sem (in de klas spin)": what someone is called somewhere, in brackets."""
    start, end, word = toks[i]
    if text[end:end + 1] != ")" or not _ALIAS.search(text, max(0, start - 30), start):
        return None
    return ALIAS if _noun_like(word, lexicon) else None


_KIN = frozenset(["broer", "zus", "broertje", "zusje", "neef", "nicht", "oom", "tante", "ome",
                  "vriend", "vriendin", "vriendje", "buurjongen", "buurmeisje", "stiefvader",
                  "stiefbroer", "stiefzus", "halfbroer", "halfzus", "opa", "oma", "klasgenoot"])


def _after_kin(text: str, toks: list, i: int, lexicon) -> str | None:
    """"haar broer vlieg hangen rond": a lower-case noun right after a kin word, where a
    verb or the end of the clause follows (the noun names that kinsman)."""
    word = toks[i][2]
    if i < 2 or not word.islower() or toks[i - 1][2].lower() not in _KIN \
            or toks[i - 2][2].lower() not in _OWNERS or _gap(text, toks[i - 1], toks[i]) != " ":
        return None
    after = text[toks[i][1]:toks[i][1] + 1]
    nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
    verb_next = after == " " and nxt and (finite_verb(nxt, lexicon) or _human(nxt) or (
        nxt.endswith("en") and nxt in lexicon.words and len(nxt) > 4))
    if not (after in (".", ",", "!", "?", ";", ")", "") or verb_next):
        return None
    if adjective(word, lexicon) and not _diminutive(word, lexicon):
        return None  # "zijn broer dronken": an adjective ("vlieg" has "vliegje": a noun)
    return AFTER_TITLE if _noun_like(word, lexicon) and not word.endswith(("en", "s")) \
        else None


_CHATTY = re.compile(r"(?i)\?|\b(?:je|jij|jou|jouw|ik|me|mij|mn|we|wij|ff|kom|haha|lol)\b|"
                     r"^\s*[\"“']")


def _lone_chat_line(text: str, toks: list, i: int, lexicon) -> str | None:
    """"pino: kom je?": one line opening with a lower-case word and a colon, then a message
    to someone (a question, "je", "ik"): a chat line, even alone."""
    start, end, word = toks[i]
    line_start = text.rfind("\n", 0, start) + 1
    if not word.islower() or text[line_start:start].strip() or text[end:end + 1] != ":" \
            or _not_a_name(word) or not _noun_like(word, lexicon):
        return None
    line_end = text.find("\n", end)
    message = text[end + 1:line_end if line_end >= 0 else len(text)]
    return SPEAKER if _CHATTY.search(message) and len(message) < 200 else None


def _inline_speaker(text: str, toks: list, i: int, lexicon) -> str | None:
    """'noah: "wie gaat mee" / koekiemonster: "ik"', 'de sloper: "ligt daar"': a chat
    line written inline after " / ", or with an article before the speaker."""
    start, end, word = toks[i]
    if text[end:end + 1] != ":" or not word.islower() or _not_a_name(word) \
            or not _noun_like(word, lexicon):
        return None
    before = text[max(0, start - 4):start]
    if re.search(r"[\"”’']?\s/\s$", before) or before.endswith("/"):
        return SPEAKER
    if i > 0 and toks[i - 1][2].lower() == "de" and _gap(text, toks[i - 1], toks[i]) == " " \
            and not word.endswith(_MESSAGE_ENDS):
        the = toks[i - 1][0]
        if re.match(r":\s*[\"“‘']", text[end:end + 4]) and (
                at_sentence_start(text, the) or text[max(0, the - 2):the] == "/ "):
            return SPEAKER
        if i > 1 and toks[i - 2][2].lower() in ("aan", "tegen"):
            return ADDRESSEE
    return None


# "De klassenapp: ...", "de groepschat: ...": a heading of what follows, not a speaker.
_MESSAGE_ENDS = ("app", "chat", "groep", "bericht", "melding", "notitie", "vraag", "verslag",
                 "conclusie", "afspraak", "mail", "brief")
_VOCATIVE_VERBS = frozenset(["kom", "ga", "doe", "hou", "stop", "geef", "luister", "wacht",
                             "kijk", "blijf", "ren", "pak", "zeg", "sta", "laat", "hoor"])


def _vocative(text: str, toks: list, i: int, lexicon) -> str | None:
    """"'wolf, kom hier!'": a word opening a quote, a comma, then an imperative."""
    start, end, word = toks[i]
    if not word.islower() or text[end:end + 2] != ", " or i + 1 >= len(toks) \
            or toks[i + 1][2].lower() not in _VOCATIVE_VERBS:
        return None
    if text[start - 1:start] not in "'\"“‘" or start == 0:
        return None
    return SPOKEN_TO if _noun_like(word, lexicon) and not _not_a_name(word) else None


_OBJECTS = frozenset(["zijn", "haar", "hem", "mij", "me", "mijn", "ons", "jou", "jouw",
                      "weer", "ook", "nog", "vaak", "altijd", "soms", "gisteren", "steeds"])
_SAID = frozenset(["zei", "zegt", "vertelde", "vertelt", "zeggen", "zeiden", "denkt",
                   "dacht", "weet", "hoorde", "zag", "ziet", "vindt", "vond"])


def _subject_before_object(text: str, toks: list, i: int, lexicon) -> str | None:
    """"zei dat kikker zijn fiets had gepakt", "zegt dat vos weer aan de deur stond":
    after "zei dat", a bare countable noun before an object ("zijn", "hem", "mij") or an
    adverb of time is the clause's subject (a mass noun can be: "dat geld weer op is")."""
    word = toks[i][2]
    if i < 2 or i + 1 >= len(toks) or not word.islower() or toks[i - 1][2] != "dat" \
            or toks[i - 2][2].lower() not in _SAID or toks[i + 1][2] not in _OBJECTS:
        return None
    if _gap(text, toks[i], toks[i + 1]) != " " or word in _BARE_AFTER_PREPOSITION:
        return None
    return PERSON_SLOT if _noun_like(word, lexicon) and _countable(word, lexicon) else None


def _who_is(text: str, toks: list, i: int, lexicon) -> str | None:
    """"Wie stekkie is weet hij niet", "wie de lange is": the one asked about."""
    if i < 1 or toks[i - 1][2].lower() != "wie" or i + 1 >= len(toks) \
            or toks[i + 1][2].lower() not in ("is", "was") or not toks[i][2].islower():
        return None
    if any(_gap(text, toks[k], toks[k + 1]) != " " for k in (i - 1, i)):
        return None
    return PERSON_SLOT if _noun_like(toks[i][2], lexicon) else None


_NAMED_AFTER = re.compile(r",?\s*\(?(?:bijnaam|roepnaam|alias)\b")


def nickname_cue(text: str, toks: list, i: int, lexicon) -> str | None:
    """The stop-34 cues for token ``i`` (see the functions they call)."""
    word = toks[i][2]
    if _NAMED_AFTER.match(text, toks[i][1]) and (_kin_title(word) or (
            _noun_like(word, lexicon) and not _person_word(word))):
        return CALLED  # "(Koekie, bijnaam, woont ...)", "spekkie (bijnaam)"
    found = _adjective_name(text, toks, i, lexicon) or _alias(text, toks, i, lexicon)
    if found or not toks[i][2].islower():
        return found  # the cues below read only a word in lower case
    return (_company(text, toks, i, lexicon) or _after_kin(text, toks, i, lexicon)
            or _who_is(text, toks, i, lexicon)
            or _lone_chat_line(text, toks, i, lexicon)
            or _inline_speaker(text, toks, i, lexicon) or _vocative(text, toks, i, lexicon)
            or _subject_before_object(text, toks, i, lexicon)
            or _pair_in_slot(text, toks, i, lexicon) or stop36_cue(text, toks, i, lexicon))


# -- stop 36: syntax that says a person where the rules could not be sure ------------

CERTAIN = "mogelijk een naam: 'ene ...' noemt een bepaald persoon"
# Adjectives that stand alone as a pronoun or a number ("andere zeggen", "beide zijn ziek").
_QUANTIFIERS = frozenset(["andere", "beide", "enkele", "sommige", "vele", "meeste", "alle",
                          "hele", "halve", "zelfde", "ene", "enige", "overige", "verdere",
                          "diverse", "verschillende", "bepaalde", "volgende", "vorige",
                          "laatste", "eerste", "tweede", "derde", "vierde", "vijfde",
                          "zoveelste", "eigen", "echte", "gewone", "welke", "elke", "iedere",
                          # numbers count, they name nobody ("Ze noemt drie redenen")
                          "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
                          "tien", "elf", "twaalf", "twintig", "honderd", "duizend"])
_PARTICLES = frozenset(["mee", "op", "af", "uit", "aan", "weg", "terug", "binnen", "buiten",
                        "langs", "na", "voor", "achterna"])
_SAME = frozenset(["hetzelfde", "dezelfde", "zelfde", "zulke", "zo'n", "welk", "elk"])
_PRONOUNS = frozenset(["ik", "jij", "hij", "zij", "wij", "ze", "we", "mij", "jou", "hem",
                       "ons", "hen"])
_PERSON_HEADS = frozenset([*_KIN, "meisje", "jongen", "man", "vrouw", "kind", "jongetje",
                           "meisjes", "jongens", "mannen", "vrouwen", "meid", "knul"])
_PARENTS = frozenset([*_KIN, "mama", "papa", "moeder", "vader", "zoon", "dochter", "mam",
                      "pap", "moeders", "vaders"])


def _adjective_noun(word: str, lexicon) -> bool:
    """"lange", "kale", "stoere": an inflected adjective, which can stand for a person
    ("de lange"); not a quantifier or a superlative ("andere", "de beste")."""
    lower = word.lower()
    if not word.islower() or len(lower) < 4 or not lower.endswith("e") \
            or lower in _QUANTIFIERS or lower.endswith("ste"):
        return False
    if lower not in lexicon.words and lower not in _ADJECTIVES:
        return False  # "pakke we hem": a verb in dialect, no inflected adjective
    return lower in _ADJECTIVES or any(
        stem in lexicon.words and adjective(stem, lexicon) and not stem.endswith("en")
        for stem in _stems(lower[:-1]))  # "volwassene", "betrokkene": a word for anyone


def _stems(stem: str) -> set[str]:
    """The base form of an adjective before "-e": "dolle" -> "dol", "kale" -> "kaal",
    "boze" -> "boos" ("game" has no base "gam" in the word list: no adjective)."""
    out = {stem}
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        out.add(stem[:-1])
    if len(stem) >= 3 and stem[-2] in "aeou" and stem[-1] not in "aeiouy" \
            and stem[-3] not in "aeiouy":
        out.add(stem[:-1] + stem[-2] + stem[-1])
    out |= {form[:-1] + {"z": "s", "v": "f"}[form[-1]] for form in list(out)
            if form[-1:] in ("z", "v")}
    return out


_PREPOSITIONS = frozenset(["voor", "met", "bij", "van", "tegen", "naast", "aan", "naar",
                           "zonder", "achter", "door", "op"])


def _slot_after(text: str, toks: list, i: int, lexicon) -> str:
    """What follows token ``i`` where an adjective stands as a noun: "verb" ("lange is",
    "lange zei"), "particle" ("neem lange mee" and the clause goes on without a noun),
    "pronoun" or "opener" ("zei rooie dat", "sloeg de kale hem"), "end" ("bang voor
    lange."); "" for anything else, a noun above all ("blauwe  plekken", "(emotionele)
    veiligheid", "culturele, sociale ...")."""
    after = text[toks[i][1]:toks[i][1] + 1]
    if after in (".", "!", "?", ";", ""):
        return "end"
    if i + 1 >= len(toks) or _gap(text, toks[i], toks[i + 1]) != " ":
        return ""
    nxt = toks[i + 1][2]
    lower = nxt.lower()
    if not nxt.islower() or lower in _QUANTIFIERS or _adjective_noun(lower, lexicon):
        return ""  # "mogelijke volgende situatie": adjectives before their noun
    if lower in _PRONOUNS or lower in _OBJECT_PRONOUNS:
        return "pronoun"
    if lower in _CLAUSE_OPENERS and lower not in _JOINS:
        return "opener"
    if lower in _PARTICLES:
        k = i + 2
        rest = text[toks[i + 1][1]:toks[i + 1][1] + 1]
        ends = rest in (".", "!", "?", ",", ";", "") or k < len(toks) and (
            toks[k][2].lower() in _JOINS or toks[k][2].lower() in _PREPOSITIONS)
        return "particle" if ends else ""
    if lower in SPEECH_VERBS or _human(lower) or finite_verb(lower, lexicon) \
            and not _diminutive(lower, lexicon):
        return "verb"  # "vest" is a verb form too, but "vestje" says a noun
    return ""


def _bare_adjective(text: str, toks: list, i: int, lexicon) -> str | None:
    """"neem lange mee", "zei rooie dat", "bang voor lange.": an adjective as a noun
    without the article Dutch needs for one; "wie de dolle is", "sloeg de kale hem": with
    one, where a person is asked about or acts."""
    word = toks[i][2]
    if not _adjective_noun(word, lexicon) or not _noun_like(word, lexicon):
        return None
    slot = _slot_after(text, toks, i, lexicon)
    before = toks[i - 1][2].lower() if i > 0 else ""
    close = i > 0 and _gap(text, toks[i - 1], toks[i]) == " "
    if not slot or close and (before in _SAME or _adjective_noun(before, lexicon)):
        return None  # "onbekende volwassene", "hetzelfde groene vest": a noun phrase
    if before not in _DETERMINERS or not close:
        if slot == "end" and before not in _PREPOSITIONS:
            return None  # "acute of structurele." ends a list of adjectives
        if slot in ("pronoun", "opener") and not (close and (
                before in SPEECH_VERBS or _human(before))):
            return None
        return PERSON_SLOT if before not in ("zo", "te", "heel", "erg", "nog") else None
    if before != "de" or i + 1 >= len(toks) or word.lower() not in _ADJECTIVES:
        return None  # "wie de schuldige is": with "de", only a word of looks names
    nxt = toks[i + 1][2].lower()
    asked = i > 1 and toks[i - 2][2].lower() == "wie" and nxt in ("is", "was")
    acts = slot == "pronoun" or nxt in SPEECH_VERBS or _human(nxt)
    return PERSON_SLOT if asked or acts else None


def _with_pronoun(text: str, toks: list, i: int, lexicon) -> str | None:
    """"ik en bigz", "hij en pukkel": a word joined to a personal pronoun is a person
    ("gesprek en we peilen": a pronoun after "en" opens the next clause)."""
    for a, b in ((i - 2, i - 1),):
        if 0 <= a < len(toks) and toks[b][2] in _JOINS and not _abstract(toks[i][2]) \
                and toks[a][2].lower() in _PRONOUNS \
                and _gap(text, *sorted((toks[a], toks[b]))) == " " \
                and _gap(text, *sorted((toks[b], toks[i]))) == " ":
            word = toks[i][2]
            if _bare(toks, i, text) and _noun_like(word, lexicon) \
                    and not _infinitive(word, lexicon) and _countable(word, lexicon) \
                    and not (word.endswith("en") and len(word) > 4):
                return PERSON_SLOT
    return None


def _abstract(word: str) -> bool:
    """"zelfverantwoordelijkheid", "ontwikkeling": an abstract noun, nobody's name."""
    return word.lower().endswith(("heid", "ing", "teit", "schap", "isme", "atie"))


def _apposed(text: str, toks: list, i: int, lexicon) -> str | None:
    """"een meisje sweetie uit de buurt": a word no dictionary has right after a word
    for a person; "die andere, boef, hem": a noun set between commas after one."""
    word = toks[i][2]
    if i == 0 or not _noun_like(word, lexicon):
        return None
    head, gap = toks[i - 1][2].lower(), _gap(text, toks[i - 1], toks[i])
    if gap == " " and head in _PERSON_HEADS and word.lower() not in lexicon.words \
            and i > 1 and toks[i - 2][2].lower() in _DETERMINERS \
            and not _given_name(word, lexicon) and (
                i + 1 >= len(toks) or not finite_verb(toks[i + 1][2].lower(), lexicon)):
        return EXPLAINED
    if gap == ", " and text[toks[i][1]:toks[i][1] + 2] == ", " \
            and (head in _PERSON_HEADS or head in ("andere", "ander")) \
            and not adjective(word, lexicon) and not word.endswith(("en", "s", "end")):
        return EXPLAINED
    return None


def _certain(text: str, toks: list, i: int, lexicon) -> str | None:
    """"van ene abi kartal": "ene" (a certain) before a name, not "de ene keer"."""
    for first in (i - 1, i - 2):
        if first < 1 or toks[first][2].lower() != "ene" \
                or toks[first - 1][2].lower() in ("de", "het", "die", "dat") \
                or any(_gap(text, toks[k], toks[k + 1]) != " " for k in range(first, i)):
            continue
        if first == i - 2 and not toks[i - 1][2].islower():
            continue
        if _noun_like(toks[i][2], lexicon) and toks[i][2].lower() not in lexicon.words:
            return CERTAIN
    return None


def _named_before(text: str, toks: list, i: int, lexicon) -> str | None:
    """"een die lil joker heet": the name before "heet" in a relative clause;
    "mama van tijn": a word no dictionary has after a parent or kin word and "van"."""
    word = toks[i][2]
    if not _noun_like(word, lexicon) or word.lower() in _SAME:
        return None
    nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
    if nxt in ("heet", "heette") and any(
            toks[k][2].lower() == "die" for k in range(max(0, i - 2), i)):
        return CALLED
    if word.lower() in lexicon.words:
        return None
    if i > 1 and toks[i - 1][2].lower() == "van" and toks[i - 2][2].lower() in _PARENTS \
            and _gap(text, toks[i - 1], toks[i]) == " ":
        return PERSON_SLOT
    return None


def stop36_cue(text: str, toks: list, i: int, lexicon) -> str | None:
    """The stop-36 cues for a lower-case token ``i``: each reads a word that could be a
    noun (most tokens are function words: one cached test skips them all)."""
    if not _noun_like(toks[i][2], lexicon):
        return None
    return (_bare_adjective(text, toks, i, lexicon) or _with_pronoun(text, toks, i, lexicon)
            or _apposed(text, toks, i, lexicon) or _certain(text, toks, i, lexicon)
            or _named_before(text, toks, i, lexicon) or _pet_subject(text, toks, i, lexicon)
            or _named_object(text, toks, i, lexicon)
            or _two_word_sender(text, toks, i, lexicon) or _kin_name(text, toks, i, lexicon))


def _kin_title(word: str) -> bool:
    """"kaka", "ome": a foreign or informal kin title, which before "(bijnaam" stands
    alone as the name (a title goes before a name, not before a bracket)."""
    lower = word.lower()
    return is_title_word(lower) and lower not in _PERSONS and lower not in _TITLES \
        and lower not in _KIN


def _pet_form(word: str, lexicon) -> bool:
    """"stekkie", "poppie", "bonkie", "snoepie": the "-ie" diminutive Dutch pet names are
    made of ("koffie", "energie", "kopie" are no diminutive of a word)."""
    if len(word) < 5 or not word.endswith("ie") or word[-3] in "aeiouy":
        return False
    stem = word[:-2]
    stems = {stem, stem[:-1]} if stem[-1] == stem[-2:-1] else {stem}
    if any(s + "je" in lexicon.words for s in stems):
        return True
    return word not in lexicon.words and (stem[-1] == stem[-2:-1] or stem[-1] in "kp")


def _opens_clause(text: str, toks: list, i: int) -> bool:
    """Token ``i`` opens a clause: first, after a clause opener, a comma, a colon."""
    if i == 0 or at_sentence_start(text, toks[i][0]):
        return True
    before = toks[i - 1][2].lower()
    gap = _gap(text, toks[i - 1], toks[i]).strip()
    return gap in (",", ":") or not gap and (before in _CLAUSE_OPENERS
                                             or before in _DISCOURSE_OPENERS)


def _pet_subject(text: str, toks: list, i: int, lexicon) -> str | None:
    """"poppie heeft weer buikpijn", "en bonkie stond te filmen", "abu hamoudi brengt
    haar", "moes zelf vindt": a pet form or a word no dictionary has opening a clause
    before its verb (or any bare noun before "zelf" and a verb) is its subject."""
    word = toks[i][2]
    if not word.islower() or i + 1 >= len(toks) or _gap(text, toks[i], toks[i + 1]) != " " \
            or not _noun_like(word, lexicon) or _abstract(word):
        return None
    nxt = toks[i + 1][2].lower()
    if nxt == "zelf" and i + 2 < len(toks) and _opens_clause(text, toks, i) \
            and finite_verb(toks[i + 2][2].lower(), lexicon) and _bare(toks, i, text):
        return PERSON_SLOT
    if not (finite_verb(nxt, lexicon) or nxt in SPEECH_VERBS or _human(nxt)):
        return None
    unknown = word not in lexicon.words
    first = i
    if unknown and i > 0 and toks[i - 1][2].islower() and _gap(text, toks[i - 1], toks[i]) \
            == " " and toks[i - 1][2] not in lexicon.words \
            and _noun_like(toks[i - 1][2], lexicon):
        first = i - 1  # "abu hamoudi brengt": two words no dictionary has
    if not _opens_clause(text, toks, first) or not _bare(toks, first, text):
        return None
    return PERSON_SLOT if _pet_form(word, lexicon) or unknown and first < i else None


_CALL_VERBS = frozenset(["noemt", "noemen", "noemde", "noemden", "noem"])
_NAME_VERBS = frozenset(["heet", "heette", "heten", "heetten"])
_ADVERBS = frozenset(["ook", "nog", "steeds", "vaak", "soms", "alleen", "gewoon", "thuis",
                      "weer", "altijd", "dan", "toen", "wel", "eigenlijk"])


def _named_object(text: str, toks: list, i: int, lexicon) -> str | None:
    """"Ze noemt ook spijker en ...": a bare countable noun as what "noemen" names;
    "Thuis heet ze lieveling": the word after "heet" and its subject."""
    word = toks[i][2]
    if not word.islower() or not _bare(toks, i, text) or not _noun_like(word, lexicon) \
            or _abstract(word) or _infinitive(word, lexicon):
        return None
    k = i - 1
    while k >= 0 and toks[k][2].lower() in _ADVERBS and _gap(text, toks[k], toks[k + 1]) == " ":
        k -= 1
    if k < 0 or _gap(text, toks[k], toks[k + 1]) != " ":
        return None
    verb = toks[k][2].lower()
    if verb in _CALL_VERBS and _countable(word, lexicon) and not word.endswith(("en", "s")):
        return CALLED
    if verb in _PRONOUNS and k > 0 and toks[k - 1][2].lower() in _NAME_VERBS \
            and _gap(text, toks[k - 1], toks[k]) == " ":
        return CALLED
    return None


def _two_word_sender(text: str, toks: list, i: int, lexicon) -> str | None:
    """"amto hind: waarom", "oom kees: ...": a chat line whose sender is a kin word and a
    name (in a text with other chat lines)."""
    start, end, word = toks[i]
    if text[end:end + 1] != ":" or i == 0 or not word.islower() \
            or _gap(text, toks[i - 1], toks[i]) != " " or _not_a_name(word):
        return None
    first = toks[i - 1][2].lower()
    line_start = text.rfind("\n", 0, toks[i - 1][0]) + 1
    if text[line_start:toks[i - 1][0]].strip() or first in _DETERMINERS or _not_a_name(first) \
            and first not in _KIN or finite_verb(first, lexicon) or _human(first):
        return None
    if finite_verb(word, lexicon) or not _noun_like(word, lexicon) or _chat_lines(text) < 2:
        return None
    return SPEAKER


_BARE_KIN = frozenset(["oom", "ome", "tante", "opa", "oma", "opi", "omi", "buurman",
                       "buurvrouw", "neef", "nicht"])


def _kin_name(text: str, toks: list, i: int, lexicon) -> str | None:
    """"ome stoffel noemen", "oom bokser ('zo noemt mama hem')": a lower-case word right
    after a kin title without an article or a possessive is the name it goes before."""
    word = toks[i][2]
    if i == 0 or toks[i - 1][2].lower() not in _BARE_KIN \
            or _gap(text, toks[i - 1], toks[i]) != " ":
        return None
    if not _bare(toks, i - 1, text):
        return None  # "zijn oom kwam", "de oom bokser" (a possessive's kin: _after_kin)
    if not _noun_like(word, lexicon) or _abstract(word) or _infinitive(word, lexicon) \
            or word in _ACTIVITIES or word in _BARE_AFTER_PREPOSITION \
            or adjective(word, lexicon) and not _diminutive(word, lexicon):
        return None  # "bij oom thuis", "opa dronken"
    after = text[toks[i][1]:toks[i][1] + 2]
    nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
    verb = after[:1] == " " and (nxt in SPEECH_VERBS or _human(nxt) or nxt.startswith("noem"))
    # "dat opa brood bakt", "van opa koek.": what a kinsman makes or gives stays a thing
    return AFTER_TITLE if verb or after == " (" else None


# -- stop 37: a nickname the vault knows, kept by the rules as an ordinary word ---------

RECORDED = "mogelijk een bekende bijnaam: bleef staan als gewoon woord"
_ARTICLES = frozenset(["de", "het", "'t", "een"])
# Forms of a nickname glued on by Dutch: possessive or plural "s", diminutives.
_GLUED = ("s", "je", "jes", "tje", "tjes", "pje", "pjes", "etje", "etjes", "ie", "ies")


def _recorded_words(recorded: Iterable[str]) -> list[tuple[str, ...]]:
    """Each nickname as its folded lower-case words, without an article ("de Beer")."""
    out = []
    for nickname in recorded:
        words = [fold(w).lower() for w in _TOKEN.findall(nickname)]
        while len(words) > 1 and words[0] in _ARTICLES:
            words = words[1:]
        if words and len("".join(words)) >= 2:
            out.append(tuple(words))
    return out


def _form_of(token: str, word: str) -> bool:
    """``token`` is ``word`` or a form of it ("kruimeltje", "snoeps", "Musje", "mus's")."""
    lower = fold(_base(token)).lower()
    if lower == word:
        return True
    rest = lower[len(word):] if lower.startswith(word) else None
    return rest is not None and (rest in _GLUED or rest[:1] == word[-1:] and rest[1:] in _GLUED)


_INDEFINITE = frozenset(["een", "geen", "'n", "zo'n", "elke", "ieder", "iedere", "welke",
                         "menig", "zo’n"])


def _indefinite(toks: list, i: int) -> bool:
    """An indefinite article before token ``i``, right before it or before one
    adjective ("een mus", "geen kleine kruimel"): a common noun, never a person's name."""
    for k in (i - 1, i - 2):
        if k < 0 or toks[k + 1][0] - toks[k][1] != 1:
            return False
        if toks[k][2].lower() in _INDEFINITE:
            return True
        if not toks[k][2].lower().endswith("e"):
            return False  # only an inflected adjective stands between
    return False


def recorded_flags(toks: list, recorded: Iterable[str]) -> list[NameFlag]:
    """Every kept mention of a recorded nickname (all its words, one after the other),
    flagged as it is written: by construction a doubt. The rules keep such a word where
    it reads as the ordinary word ("geen kruimel op haar bord", "de kapitein van het
    team") and there it mostly is; where it is not, nothing else would ask."""
    out = []
    for words in _recorded_words(recorded):
        size = len(words)
        for i in range(len(toks) - size + 1):
            run = toks[i:i + size]
            if all(run[k][2].lower() == words[k] or fold(run[k][2]).lower() == words[k]
                   for k in range(size - 1)) and _form_of(run[-1][2], words[-1]) \
                    and all(run[k + 1][0] - run[k][1] == 1 for k in range(size - 1)):
                if _indefinite(toks, i):
                    continue  # "geen kruimel", "een mus": a name takes no such article
                start, end = run[0][0], run[-1][0] + len(_base(run[-1][2]))
                word = " ".join(t[2] for t in run[:-1]) + (" " if size > 1 else "") \
                    + _base(run[-1][2])
                out.append(NameFlag(start, end, word, RECORDED))
    return out


# -- stop 37: where Dutch needs an article or a person, from the sentence --------------

AGE = "mogelijk een bijnaam: er staat een leeftijd bij"
IS_A_PERSON = "mogelijk een bijnaam: de tekst zegt wie het is"
KIN_NAME = "mogelijk een bijnaam: een familiewoord voor iemand die geen familie is"
CHAT_PERSON = "mogelijk een bijnaam: in de chat staat hier een persoon"
NAME_REST = "mogelijk een naam: staat direct na een weggehaalde naam"
SIGNED = "mogelijk een bijnaam: wie het bericht ondertekende"
# Also for a word children call each other ("sloom"): as a subject beside a person it is
# the one who does it, not what someone was called (``_abuse`` keeps those facts).
WITH_A_PERSON = "mogelijk een bijnaam: samen met een persoon onderwerp van de zin"

_COPULAS = frozenset(["is", "was", "wordt", "werd"])
_AGE_ADVERBS = r"(?:al |pas |nu |bijna |ongeveer |ca\. |rond |zo'n )?"
# "lange 16 is", "lange is 15 jaar"; "is knoest 14 jaar" (the copula before) in _aged.
_AGE_AFTER = re.compile(r" " + _AGE_ADVERBS + r"\d{1,2} (?:is|was|wordt|werd)(?=[ ,.;!?)]|$)"
                        r"(?! ge\w+)| (?:is|was|wordt|werd) " + _AGE_ADVERBS + r"\d{1,2} jaar\b")
_AGE_INVERTED = re.compile(r" " + _AGE_ADVERBS + r"\d{1,2} jaar\b")
# What a note gives a number of years without it being anyone's age ("leeftijd 10 jaar").
_MEASURES = frozenset(["leeftijd", "lengte", "gewicht", "score", "cijfer", "niveau", "duur",
                       "periode", "temperatuur", "prijs", "nummer", "ongeveer", "bijna",
                       "rond", "pas", "nu"])
_PREDICATE_ARTICLES = frozenset(["de", "een", "zijn", "haar", "mijn", "hun"])
_PERSON_PREDICATES = frozenset([*_PERSON_HEADS, *_PARENTS, "buurjongen", "buurmeisje",
                                "buurman", "buurvrouw", "vriendje", "vriendinnetje",
                                "stiefvader", "stiefmoeder", "leider", "baas", "dealer"])


def _a_subject_word(word: str, lexicon, countable: bool = True) -> bool:
    """A lower-case word that can be a nickname standing where a person stands: a
    countable noun (unless the cue says a person without it) or a word no dictionary
    has; no person, role, activity, mass noun or infinitive."""
    lower = word.lower()
    return (word.islower() and _noun_like(word, lexicon) and not _abstract(word)
            and not word_for_a_person(lower) and lower not in _ROLES
            and not lower.endswith("persoon") and lower not in _ACTIVITIES
            and lower not in _BARE_AFTER_PREPOSITION
            and not (lower.endswith("en") and _infinitive(lower, lexicon))
            and (not countable or _countable(lower, lexicon) or _adjective_noun(lower, lexicon)
                 or _vowel_diminutive(lower, lexicon)))


def _vowel_diminutive(word: str, lexicon) -> bool:
    """"pinda" -> "pindaatje", "nootje" (a diminutive itself): a countable noun."""
    return word.endswith(("tje", "pje")) and word in lexicon.words \
        or word[-1:] in "aeiou" and word + word[-1] + "tje" in lexicon.words


def _aged(text: str, toks: list, i: int, lexicon) -> str | None:
    """"dat lange 16 is", "is knoest 14 jaar": a bare word with an age is a person."""
    word = toks[i][2]
    before = toks[i - 1][2].lower() if i > 0 else ""
    inverted = before in _COPULAS and _AGE_INVERTED.match(text, toks[i][1])
    if not (inverted or _AGE_AFTER.match(text, toks[i][1])) or word.lower() in _MEASURES \
            or not _a_subject_word(word, lexicon, False):
        return None
    if before in _DETERMINERS and not _bare(toks, i, text) \
            and not (before == "de" and _adjective_noun(word, lexicon)):
        return None  # "de temperatuur 15 is"; "de lange 15 is" is a person
    return AGE


def _said_to_be_a_person(text: str, toks: list, i: int, lexicon) -> str | None:
    """"mol is een jongen uit groep 8", "rode vos is volgens [leerling] de buurjongen":
    a bare word opening a clause that the sentence says is a person."""
    if i + 1 >= len(toks) or toks[i + 1][2] not in _COPULAS \
            or _gap(text, toks[i], toks[i + 1]) != " " or not _a_subject_word(toks[i][2], lexicon):
        return None
    first = i - 1 if i > 0 and _adjective_noun(toks[i - 1][2], lexicon) \
        and toks[i - 1][2].islower() and _gap(text, toks[i - 1], toks[i]) == " " else i
    if not _opens_clause(text, toks, first) or not _bare(toks, first, text):
        return None
    for k in range(i + 2, min(len(toks) - 1, i + 7)):
        if _CLAUSE_END.search(_gap(text, toks[k - 1], toks[k]).replace("[", "").replace(
                "]", "")):
            return None
        if toks[k][2].lower() in _PREDICATE_ARTICLES \
                and toks[k + 1][2].lower() in _PERSON_PREDICATES \
                and _gap(text, toks[k], toks[k + 1]) == " ":
            return IS_A_PERSON
    return None


_NOT_FAMILY = re.compile(r"(?i)\bgeen (?:familie|echte (?:neef|nicht|oom|tante|broer|zus|opa|"
                         r"oma)\b)|\bechte naam\b|\bniet echt familie\b")


def _kin_as_name(text: str, toks: list, i: int) -> str | None:
    """"de neef is geen familie", "de oom ..., echte naam onbekend": a kin word the text
    says is nobody's kin is what the child calls him."""
    word = toks[i][2].lower()
    if word not in _BARE_KIN or i == 0 or toks[i - 1][2].lower() != "de" \
            or _gap(text, toks[i - 1], toks[i]) != " " or text.startswith(" van ", toks[i][1]):
        return None
    start = _sentence_start(text, toks[i][0])
    end = min((k for k in (text.find(c, toks[i][1]) for c in ".!?\n") if k >= 0),
              default=len(text))
    return KIN_NAME if _NOT_FAMILY.search(text, start, end) else None


_CHAT_LINE = re.compile(r"(?m)^[ \t]*(?:\[+[^\]\n]{1,40}\]+|~?[\w.@-]{2,30})"
                        r"(?:[ \t]+\[[^\]\n]{1,40}\])?[ \t]*:")
_TELLING = frozenset(["zeg", "zeggen", "zegt", "vertel", "vertellen", "klik", "klikken",
                      "verklap", "verklappen", "bel", "bellen"])
_FETCHING = frozenset(["halen", "ophalen", "haal", "kom", "komen"])
_PLACE_ENDS = ("bar", "winkel", "zaak", "huis", "school", "baan", "plein", "markt", "hal",
               "tunnel", "park", "station", "kerk", "moskee", "straat", "weg", "brug", "hoek",
               "shop", "veld", "bos", "speeltuin", "kantine", "kelder", "zolder", "garage", "zaal")


def _in_a_chat(text: str, toks: list, i: int, lexicon) -> str | None:
    """In a chat line: "zeg ik tegen de bakker", "kom maar halen bij de breekijzer": whom a
    threat tells or who holds what was taken is a person, named by the word after "de"."""
    word = toks[i][2]
    if i < 3 or toks[i - 1][2].lower() != "de" or toks[i - 2][2].lower() not in ("tegen", "bij"):
        return None
    line_start = text.rfind("\n", 0, toks[i][0]) + 1
    if not _CHAT_LINE.match(text, line_start) or len(_CHAT_LINE.findall(text)) < 2 \
            or not _a_subject_word(word, lexicon, False) \
            or word.lower().endswith(_PLACE_ENDS) or is_title_word(word.lower()):
        return None
    verbs = _TELLING if toks[i - 2][2].lower() == "tegen" else _FETCHING
    near = [t[2].lower() for t in toks[max(0, i - 6):i - 2] if t[0] >= line_start]
    return CHAT_PERSON if any(v in verbs for v in near) else None


_FRONTED = re.compile(r"(?i)(?:volgens (?:\[[^\]\n]{1,40}\]|\w+)|gisteren|vandaag|soms|vaak|"
                      r"daarna|toen|later|thuis|elke \w+|iedere \w+|['’]s \w+|na school|"
                      r"in de pauze|om [\d.:]+(?: uur)?)\s*,?\s*")
_AFTER_SUBJECT = frozenset(["s", "weer", "vaak", "ook", "altijd", "soms", "nooit", "niet",
                            "steeds", "elke", "iedere", "langs", "binnen", "mee", "nog",
                            "gewoon", "even", "dan", "toen", "daar", "hier"])


def _inverted_subject(text: str, toks: list, i: int, lexicon) -> str | None:
    """"Volgens [leerling] komt nootje ’s avonds langs", "Gisteren kwam banaan weer": after
    a fronted phrase the finite verb, then the subject; a bare countable noun there is a
    name (Dutch would say "de banaan")."""
    if i < 2 or i + 1 >= len(toks) or toks[i + 1][2].lower() not in _AFTER_SUBJECT \
            or _gap(text, toks[i - 1], toks[i]) != " " or _gap(text, toks[i], toks[i + 1]) \
            not in (" ", " ’", " '"):
        return None
    verb = toks[i - 1][2].lower()
    if not (finite_verb(verb, lexicon) or _human(verb)) or verb in _COPULAS \
            or not _a_subject_word(toks[i][2], lexicon):
        return None
    start = _sentence_start(text, toks[i - 1][0])
    while start < toks[i - 1][0] and text[start] in " \t\"'“‘(-":
        start += 1
    fronted = _FRONTED.fullmatch(text, start, toks[i - 1][0])
    return PERSON_SLOT if fronted else None


def _rest_of_name(text: str, toks: list, i: int, lexicon) -> str | None:
    """"[naam] hamadi brengt haar": a word no dictionary has right after a name the rules
    found ("[naam]"; a known name goes whole, "[leerling] çantası" is her bag) and before
    a verb is the rest of that name."""
    start, end, word = toks[i]
    if text[max(0, start - 7):start] != NAME_TAG + " " or not word.islower() or len(word) < 4 \
            or word in lexicon.words or not _noun_like(word, lexicon) or i + 1 >= len(toks):
        return None
    verb = toks[i + 1][2].lower()
    if _gap(text, toks[i], toks[i + 1]) != " " or not (
            finite_verb(verb, lexicon) or _human(verb) or verb in SPEECH_VERBS):
        return None
    return NAME_REST


_SIGNATURE = re.compile(r"(?i)\b(?:groetjes|groeten|liefs|kusjes)\s+van\b[\"”’']?\s+"
                        r"(?:de\s+|het\s+)?$")
_BODIES = ("raad", "commissie", "klas", "groep", "team", "directie", "school", "bestuur")


def _signed(text: str, toks: list, i: int, lexicon) -> str | None:
    """'ondertekend met "groetjes van" de sterrenbende': who signs a message."""
    start, _end, word = toks[i]
    if not _SIGNATURE.search(text, max(0, start - 40), start):
        return None
    lower = word.lower()
    if _person_word(lower) or lower.endswith(_BODIES) or is_title_word(lower) \
            or not _noun_like(word, lexicon):
        return None
    return SIGNED


_COMPANY_PREPOSITIONS = re.compile(r"(?i)\b(?:met|door|tegen|bij|naast)\s+\[[^\]\[\n]{2,40}\]"
                                   r"\s+en\s+$")


def _in_company(text: str, toks: list, i: int, lexicon) -> str | None:
    """"Met [naam] en plons speelt hij wel", "Door [medeleerling] en knal wordt hij gepest":
    a bare word joined to a person's tag after a preposition, before the verb or the end
    of the clause, is a person too (also when the word is a verb form as well)."""
    start, end, word = toks[i]
    m = _COMPANY_PREPOSITIONS.search(text, max(0, start - 60), start)
    if not m or not word.islower() or len(word) < 3 or _person_word(word) \
            or word in _FUNCTION_WORDS or word in _DETERMINERS or word in _QUANTIFIERS \
            or is_allowed(word, lexicon) or _abstract(word) or _infinitive(word, lexicon) \
            or word in _BARE_AFTER_PREPOSITION or word_for_a_person(word) \
            or word.endswith("s") and word[:-1] in lexicon.words \
            or word.endswith("en") and len(word) > 4:
        return None
    tag = re.search(r"\[[^\]\[\n]{2,40}\]", text[m.start():start]).group()
    if tag in _THING_TAGS:
        return None
    if text[end:end + 1] in (".", ",", ";", "!", "?"):
        return LISTED
    nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
    verb = _gap(text, toks[i], toks[i + 1]) == " " and nxt and (
        finite_verb(nxt, lexicon) or _human(nxt) or nxt in SPEECH_VERBS)
    return LISTED if verb and not nxt.startswith("ge") else None


def stop37_cue(text: str, toks: list, i: int, lexicon) -> str | None:
    """The stop-37 cues for token ``i`` (see the functions they call)."""
    return (_aged(text, toks, i, lexicon) or _said_to_be_a_person(text, toks, i, lexicon)
            or _kin_as_name(text, toks, i) or _in_a_chat(text, toks, i, lexicon)
            or _inverted_subject(text, toks, i, lexicon) or _rest_of_name(text, toks, i, lexicon)
            or _signed(text, toks, i, lexicon) or _in_company(text, toks, i, lexicon)
            or _the_speaker(text, toks, i, lexicon) or _with_initial(text, toks, i, lexicon)
            or _chat_line_end(text, toks, i, lexicon)
            or _adjective_by_a_tag(text, toks, i, lexicon) or _titled_word(text, toks, i, lexicon))


def with_a_flagged_one(text: str, toks: list, lexicon, reasons: dict) -> None:
    """"dat traag en de kale hem opwachten": a bare adjective opening a clause, joined by
    "en de" to a flagged word, is the other person (adds to ``reasons``)."""
    for i in range(len(toks) - 3):
        if i in reasons or i + 3 not in reasons or toks[i + 1][2] != "en" \
                or toks[i + 2][2] != "de" or not toks[i][2].islower():
            continue
        if all(_gap(text, toks[k], toks[k + 1]) == " " for k in range(i, i + 3)) \
                and adjective(toks[i][2], lexicon) and _opens_clause(text, toks, i) \
                and _noun_like(toks[i][2], lexicon):
            reasons[i] = WITH_A_PERSON


_HUMAN_SPEECH = frozenset(["zei", "zegt", "riep", "roept", "vroeg", "vraagt", "fluisterde",
                           "schreeuwde", "gilde", "antwoordde", "vertelde", "vertelt", "lachte"])


def _the_speaker(text: str, toks: list, i: int, lexicon) -> str | None:
    """"de knaller zei", "zei de knaller dat", "riep de mol:": "de" and a lower-case
    noun that speaks is a person; one no word for a person or a role names him."""
    word = toks[i][2]
    if i == 0 or toks[i - 1][2] != "de" or _gap(text, toks[i - 1], toks[i]) != " " \
            or not word.islower() or is_title_word(word) \
            or not _a_subject_word(word, lexicon, False):
        return None
    after = text[toks[i][1]:toks[i][1] + 1]
    nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
    if i > 1 and (toks[i - 2][2].lower() in _PREPOSITIONS
                  or toks[i - 2][2].lower() in _PLACE_PREPOSITIONS):
        return None  # "in de app zei hij", "bij de bushalte zei": where, not who
    if after == " " and nxt in _HUMAN_SPEECH:
        return PERSON_SLOT
    said = i > 1 and toks[i - 2][2].lower() in _HUMAN_SPEECH \
        and _gap(text, toks[i - 2], toks[i - 1]) == " "
    return PERSON_SLOT if said and (after == ":" or after == " " and nxt == "dat") else None


# English size words street names are made of ("big J", "lil K"); "big" is a Dutch word too.
_SIZES = frozenset(["big", "lil", "little", "mini", "young", "fat", "tiny", "king"])
_INITIAL_AFTER = re.compile(r" [A-Z](?=[.,;!?]|$)")
_BEFORE_INITIAL = frozenset(["met", "van", "door", "tegen", "bij", "en", "naast"])


def _with_initial(text: str, toks: list, i: int, lexicon) -> str | None:
    """"samen met dikke K.", "met big J": an adjective or a word no dictionary has before
    a lone capital (an initial) makes a name ("plan B", "vitamine D" are words)."""
    word = toks[i][2]
    if i == 0 or not word.islower() or not _INITIAL_AFTER.match(text, toks[i][1]) \
            or toks[i - 1][2].lower() not in _BEFORE_INITIAL:
        return None
    return ADJECTIVE_NAME if _adjective_noun(word, lexicon) or word in _SIZES or (
        word not in lexicon.words and _noun_like(word, lexicon)) else None


def _chat_line_end(text: str, toks: list, i: int, lexicon) -> str | None:
    """"[account]: neem [naam] mee en [naam] friet": a noun right after "[naam]" that ends
    a chat line is the rest of that name."""
    start, end, word = toks[i]
    if text[max(0, start - 7):start] != NAME_TAG + " " or text[end:end + 1] not in ("\n", "") \
            or not word.islower() or word in _PARTICLES or adjective(word, lexicon) \
            or _infinitive(word, lexicon) or not _noun_like(word, lexicon):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    if not _CHAT_LINE.match(text, line_start) or len(_CHAT_LINE.findall(text)) < 2:
        return None
    return NAME_REST


def _adjective_by_a_tag(text: str, toks: list, i: int, lexicon) -> str | None:
    """"dat traag en [naam] hem opwachten", "wachten [naam] en traag hem op": a bare
    adjective joined to a person's tag, before a verb or an object, is the other one."""
    word = toks[i][2]
    if not word.islower() or not adjective(word, lexicon) or not _noun_like(word, lexicon):
        return None
    start, end = toks[i][0], toks[i][1]
    after = re.match(r" en (\[[^\]\[\n]{2,40}\]) (\w+)", text[end:end + 60])
    before = re.search(r"(\[[^\]\[\n]{2,40}\]) en $", text[max(0, start - 50):start])
    if after and _opens_clause(text, toks, i):
        tag, nxt = after.group(1), after.group(2).lower()
    elif before and i + 1 < len(toks) and _gap(text, toks[i], toks[i + 1]) == " ":
        tag, nxt = before.group(1), toks[i + 1][2].lower()
    else:
        return None
    if tag in _THING_TAGS:
        return None
    verb = nxt in _OBJECT_PRONOUNS or finite_verb(nxt, lexicon) or _human(nxt)
    return WITH_A_PERSON if verb else None


_HEADS = frozenset([*_BARE_KIN, "ome", "pake", "beppe", "opoe", "pappie", "mammie", "omi",
                    "opi", "buurjongen", "buurmeisje"])
_SUBORDINATORS = frozenset(["dat", "omdat", "als", "terwijl", "nadat", "zodat", "voordat",
                            "toen", "of", "wanneer", "hoe", "waar", "die", "wat", "wie"])
_AFTER_TITLED = re.compile(r" en (?:\[|(?:oom|ome|tante|opa|oma|pake|beppe|neef|nicht|"
                           r"buurman|buurvrouw|opi|omi)\b)| ook[.,;!?]")


def _titled_word(text: str, toks: list, i: int, lexicon) -> str | None:
    """"Tante bezem en oom [naam] wonen", "Pake bezem past op", "ome bezem ook.": a
    lower-case noun right after a bare kin title names that kinsman, where the title opens
    a main clause or another one follows ("dat opa brood bakt" is what he bakes)."""
    word = toks[i][2]
    if i == 0 or toks[i - 1][2].lower() not in _HEADS or not word.islower() \
            or _gap(text, toks[i - 1], toks[i]) != " " or not _bare(toks, i - 1, text):
        return None
    if not _noun_like(word, lexicon) or _abstract(word) or _infinitive(word, lexicon) \
            or word in _ACTIVITIES or word in _BARE_AFTER_PREPOSITION \
            or adjective(word, lexicon) and not _diminutive(word, lexicon):
        return None
    if _AFTER_TITLED.match(text, toks[i][1]):
        return AFTER_TITLE
    nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
    joined = re.search(r"\] en $", text[max(0, toks[i - 1][0] - 5):toks[i - 1][0]])
    main = at_sentence_start(text, toks[i - 1][0]) or joined
    before = toks[i - 2][2].lower() if i > 1 else ""
    verb = _gap(text, toks[i], toks[i + 1]) == " " if nxt else False
    plural = joined and nxt.endswith("en") and len(nxt) > 4 and nxt in lexicon.words
    if main and verb and before not in _SUBORDINATORS and (
            finite_verb(nxt, lexicon) or plural):  # "[naam] en pake wortel passen op"
        return AFTER_TITLE
    return None
