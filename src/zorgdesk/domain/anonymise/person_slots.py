"""Where Dutch grammar needs a person, and which lower-case words can only be a name there.

A nickname typed in lower case ("zegt dat vovchik haar kamer in komt", "ome knoest slaat
hem", "met dikke en Jayden") has no capital to give it away. Two signals decide instead:

- the word's shape against the word list: a word no Dutch dictionary has, that is no
  compound of two words ("schoolontbijt"), no inflection of a word ("tolkten"), no
  abbreviation ("lln", "ivm") and no chat word ("wallah", "jaaa"), is a name candidate;
- its place in the sentence: right after a verb of speaking ("zei zhenka"), as the
  subject of a clause ("dat brodjak hem ophaalt", "vlinko komt zo"), after a preposition
  without an article ("met tolikko"), as a vocative in a quote ("kom je, pwok?").

An ordinary word is a name only in narrower places: after a bare title as the subject of
a main clause ("Ome knoest slaat hem": the finite verb must come second, so "knoest"
belongs to the subject) or closing a phrase after a preposition ("bij tante snoes."),
and an adjective used alone, without the article Dutch needs for a noun made of an
adjective ("met dikke en Jayden", "dikke zei"). Object places after a verb are left
alone: "slikt concerta", "dat opa brood bakt" are facts.

Pure functions over tokens ``(start, end, text)`` and the lexicon's word sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from zorgdesk.domain.text import fold

__all__ = ["bare_adjective_name", "bare_subject", "before_a_noun", "closes_phrase",
           "long_stem", "opens_clause", "no_object_slot", "person_place", "starts_message",
           "strict_adjective", "title_nickname", "unknown_word"]

Token = tuple[int, int, str]

# Prepositions after which a bare word (no article) is a person, a place or a mass noun.
PERSON_PREPOSITIONS = frozenset(["met", "bij", "van", "voor", "door", "tegen", "naar",
                                 "volgens", "zonder", "aan", "samen"])
# Conjunctions that open a clause: the next word without an article is its subject.
_CLAUSE_OPENERS = frozenset(["dat", "omdat", "toen", "zodat", "terwijl", "nadat", "voordat",
                             "wanneer", "als", "of", "maar", "want", "en"])
SPEECH_VERBS = frozenset(["zei", "zegt", "vroeg", "vraagt", "riep", "roept", "antwoordde",
                          "fluisterde", "schreeuwde", "vertelde", "gilde", "lachte",
                          "appte", "appt", "schreef", "schrijft", "typte", "stuurde"])
# Finite verbs too irregular for the stem test below (strong past tenses, auxiliaries).
_FINITE = frozenset([
    "is", "was", "waren", "heeft", "had", "hadden", "komt", "kwam", "kwamen", "gaat", "ging",
    "gingen", "zegt", "zei", "zeiden", "wil", "wilde", "wou", "mag", "mocht", "moet", "moest",
    "kan", "kon", "zal", "zou", "doet", "deed", "wordt", "werd", "blijft", "bleef", "laat",
    "liet", "slaat", "sloeg", "ziet", "zag", "geeft", "gaf", "neemt", "nam", "staat", "stond",
    "zit", "zat", "ligt", "lag", "loopt", "liep", "roept", "riep", "brengt", "bracht", "haalt",
    "woont", "slaapt", "sliep", "drinkt", "dronk", "rijdt", "reed", "schreeuwt", "schreef",
    "houdt", "hield", "krijgt", "kreeg", "vindt", "vond", "weet", "wist", "denkt", "dacht",
    "koopt", "kocht", "valt", "viel", "trekt", "trok", "duwt", "schopt", "pakt", "eet", "at",
    "vraagt", "vroeg", "belt", "appt", "rookt", "heet", "heette", "noemt", "noemde", "speelt",
    "werkt", "wacht", "past", "paste", "zorgt", "betaalt", "verkoopt", "verkocht"])
# A first constituent that is no subject: after it and the finite verb comes the subject
# ("dat doet ryry ook", "toen sloeg vovchik"); after "hij slikt" comes an object.
_FRONTED = frozenset(["dat", "dit", "toen", "daarna", "daarom", "gisteren", "vandaag", "nu",
                      "dan", "soms", "vaak", "ook", "daar", "hier", "thuis", "eerst", "later",
                      "ineens", "opeens", "meestal", "altijd", "vanochtend", "vanmiddag",
                      "vanavond", "vannacht", "toch", "dus", "verder", "volgens", "sindsdien",
                      "zaterdag", "zondag", "maandag", "dinsdag", "woensdag", "donderdag",
                      "vrijdag", "straks", "morgen", "wel", "ja", "nee"])
# Articles, demonstratives, possessives, numerals: before a noun, never before a name.
DETERMINERS = frozenset(["een", "de", "het", "die", "deze", "dit", "dat", "zo'n", "geen",
                         "elke", "ieder", "iedere", "mijn", "zijn", "haar", "onze", "ons",
                         "hun", "jullie", "uw", "je", "m'n", "z'n", "d'r", "welke", "veel",
                         "weinig", "meer", "twee", "drie", "vier", "vijf", "alle", "beide"])
# Words that open the next clause: after a dot with no space ("Ik zag Daan.morgen komt
# hij", "Het was laat.daarna ging ze") they are the next sentence run on, no user name's
# tail ("lina.x", "esmee.hfstr").
RUN_ON_OPENERS = _FRONTED | DETERMINERS | frozenset(["hij", "zij", "ze", "ik", "we", "wij",
                                                     "jij", "er", "maar", "want", "en"])
# Words that follow a person without being a name: adverbs and particles ("bij oma
# thuis", "met opa mee", "oma zelf zegt").
_ADVERBS = frozenset([
    "thuis", "mee", "toe", "binnen", "buiten", "samen", "alleen", "ook", "nog", "weer",
    "terug", "langs", "heen", "op", "af", "uit", "aan", "in", "over", "om", "door", "zelf",
    "even", "vandaag", "morgen", "gisteren", "vanavond", "vanmiddag", "vanochtend",
    "vanmorgen", "vannacht", "straks", "later", "vroeger", "nu", "toen", "daar", "hier",
    "lang", "vaak", "soms", "altijd", "nooit", "meestal", "wel", "niet", "al", "dan", "ook",
    "echt", "erg", "heel", "zo", "dus", "toch", "maar", "eens", "weg",
    "logeren", "slapen", "eten", "spelen", "boven", "beneden", "achter", "voor", "naast",
    "er", "erbij", "ermee", "erheen", "verder", "trouwens", "namelijk", "immers",
    "zeker", "misschien", "inmiddels", "opnieuw", "meteen", "direct", "zaterdag", "zondag",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"])
# Adjectives that make a nickname ("dikke dirk"), and alone are one ("met dikke en ...").
NICKNAME_ADJECTIVES = frozenset([
    "dikke", "lange", "ouwe", "gekke", "rooie", "kale", "vieze", "gore", "malle", "rare",
    "stoere", "dolle", "gouden", "kleine", "grote", "zwarte", "witte", "blonde", "bolle",
    "scheele", "stille", "enge", "vette", "magere", "mooie", "sterke", "gladde", "snelle"])
# Chat words and interjections no dictionary has: never a name.
_CHAT_WORDS = frozenset([
    "wallah", "wollah", "walla", "yalla", "yallah", "inshallah", "mashallah", "bruh", "okee",
    "okay", "oke", "effe", "efkes", "hoii", "nope", "sorrie", "kweet", "kwil", "tmoet", "ofzo",
    "enzo", "wajo", "sahbi", "zahbi", "hahah", "hihihi", "jaaa", "neee", "pfff", "ughh"])
_VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûü")
_INFLECTIONS = ("ten", "den", "te", "de", "en", "e", "t", "s", "er", "ers", "st", "ste",
                "je", "tje", "jes", "tjes", "'s", "’s")
_LINKS = ("", "s", "e", "en", "-")
_QUOTES = "\"“”‘’'«»„"


def long_stem(stem: str) -> str:
    """"grot" -> "groot", "kal" -> "kaal", "klasgenot" -> "klasgenoot": the spelling of a
    stem that lost a vowel before an ending ("grote", "klasgenoten")."""
    if (len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou"
            and stem[-1] not in "aeiou"):
        return stem[:-1] + stem[-2] + stem[-1]
    return stem


def _undouble(stem: str) -> list[str]:
    """"slaa" -> "sla", "dikk" -> "dik": the spelling before an ending."""
    out = [stem]
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        out.append(stem[:-1])
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        out.append(stem[:-2] + stem[-1])
    if (len(stem) >= 3 and stem[-2] in "aeou" and stem[-1] not in _VOWELS
            and stem[-3] not in _VOWELS):
        out.append(stem[:-1] + stem[-2] + stem[-1])  # "verhog" -> "verhoog" (verhoger)
    return out


# Heads of words for a relative, a neighbour or a friend: a compound ending in one
# ("Pleegvader", "Halfzusje", "Overbuurjongen") says who someone is, it is no given name.
PERSON_HEADS = ("vader", "moeder", "papa", "mama", "broer", "broertje", "zus", "zusje",
                "zuster", "opa", "oma", "oom", "tante", "neef", "neefje", "nicht", "nichtje",
                "jongen", "jongetje", "meisje", "vriend", "vriendje", "vriendin",
                "vriendinnetje", "buurman", "buurvrouw", "juf", "meester", "kind", "genoot",
                "genootje")
# First parts of such compounds that are no word on their own ("overbuur-jongen").
PERSON_PREFIXES = frozenset(["pleeg", "stief", "half", "schoon", "groot", "overgroot",
                             "achter", "bonus", "buur", "overbuur", "klas", "tweeling", "ex"])


def person_compound(token: str, lexicon, prefixes_only: bool = False) -> bool:
    """"Overbuurjongen", "Pleegopa", "Klasgenootje": a known prefix (or, unless
    ``prefixes_only``, any word) glued to a word for a relative, neighbour or friend.
    Alone in a sentence only the known prefixes count: "Goedkind" may be a surname."""
    folded = fold(token)
    for head in PERSON_HEADS:
        prefix = folded[:-len(head)].rstrip("-")
        if folded.endswith(head) and len(prefix) >= 2 and (
                prefix in PERSON_PREFIXES
                or (not prefixes_only and prefix in lexicon.words)):
            return True
    return False


def is_word(word: str, lexicon) -> bool:
    return word in lexicon.words or word.lower() in lexicon.words


@lru_cache(maxsize=8192)
def _unknown(word: str, lexicon) -> bool:
    if len(word) < 4 or not _VOWELS.intersection(word) or any(c.isdigit() for c in word):
        return False  # "lln", "ivm", "x2": abbreviations and codes
    folded = fold(word)
    if (is_word(word, lexicon) or word in _CHAT_WORDS or folded in lexicon.allow
            or folded in lexicon.openers):
        return False
    squeezed = re.sub(r"(.)\1{2,}", r"\1", word)  # "jaaa", "neeeee"
    if squeezed != word and (is_word(squeezed, lexicon) or squeezed in _CHAT_WORDS
                             or is_word(re.sub(r"(.)\1+", r"\1", word), lexicon)):
        return False
    if "-" in word:
        return not all(is_word(p, lexicon) or fold(p) in lexicon.allow
                       for p in word.split("-") if p)
    if any(word.endswith(ending) and len(word) - len(ending) >= 3
           and any(is_word(stem, lexicon) for stem in _undouble(word[:-len(ending)]))
           for ending in _INFLECTIONS):
        return False  # "tolkten", "appte", "bokser"
    return not (_compound(word, lexicon) or _kin_word(word))


# Bound prefixes of family words ("stiefpapa", "halfzus"): no word on their own, and the
# family word after them may be short, so the compound test above does not see them.
# Only before a family word: "achterberg", "overdijk" are surnames, not family words.
_KIN_PREFIXES = ("stief", "half", "pleeg", "bonus", "schoon", "over", "achter")
_KIN = frozenset(["papa", "mama", "pappa", "mamma", "pap", "mam", "paps", "mams", "pa", "ma",
                  "vader", "moeder", "ouder", "ouders", "broer", "broers", "broertje",
                  "zus", "zussen", "zusje", "zusjes", "zuster", "opa", "oma", "opi", "omi",
                  "grootvader", "grootmoeder", "zoon", "dochter", "kind", "kinderen",
                  "kleinkind", "oom", "ome", "tante", "neef", "nicht", "neefje", "nichtje",
                  "gezin", "familie"])


def _kin_word(word: str) -> bool:
    return any(word.startswith(prefix) and word[len(prefix):] in _KIN
               for prefix in _KIN_PREFIXES)


def _compound(word: str, lexicon) -> bool:
    """"schoolontbijt", "klassenapp", "voederhuisje": two words (the second maybe
    inflected), or an allowed word and a word, glued, with an optional linking s/e/en;
    one part has at least five letters ("brod" + "jak" is no compound, "zit" + "verhoger"
    is)."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if not (is_word(head, lexicon) or fold(head) in lexicon.allow):
            continue
        for link in _LINKS:
            if link and not tail.startswith(link):
                continue
            rest = tail[len(link):]
            if len(rest) >= 3 and max(len(head), len(rest)) >= 5 and (
                    is_word(rest, lexicon) or fold(rest) in lexicon.allow
                    or _inflected(rest, lexicon)):
                return True
    return False


def _inflected(word: str, lexicon) -> bool:
    return any(word.endswith(e) and len(word) - len(e) >= 3
               and any(is_word(s, lexicon) for s in _undouble(word[:-len(e)]))
               for e in ("je", "tje", "jes", "tjes", "en", "s", "e", "t", "er", "ers"))


def unknown_word(word: str, lexicon) -> bool:
    """A lower-case word no Dutch dictionary, name list or allow list has, in no form."""
    return word.islower() and _unknown(word, lexicon)


def listed_finite_verb(word: str) -> bool:
    """A finite verb from the short lists, with the forms for "je"/"jij" ("bent", "hebt"):
    no guess from the word list ("kaart" is no "kaar" + t)."""
    return word in _FINITE or word in SPEECH_VERBS or word in (
        "bent", "hebt", "kunt", "zult", "wilt", "moet", "mag", "kan", "gaat", "doet")


def verb_later_in_sentence(text: str, end: int) -> bool:
    """A listed finite verb after "je"/"jij" in the rest of the clause: "Wil je jas ligt
    daar", "Roos je bent lief" speak to someone; "Wil je koffie?", "Ben je er?" ask."""
    rest = re.split(r"[.,;:!?\n]", text[end:end + 80])[0]
    return any(listed_finite_verb(w) for w in re.findall(r"[a-zà-ÿ]+", rest.lower())[1:])


def finite_verb(word: str, lexicon) -> bool:
    """A finite verb: on the list, or a stem + "t" ("komt", "rookt") or a weak past
    ("belde", "appte")."""
    if word in _FINITE or word in SPEECH_VERBS:
        return True
    if word.endswith("t") and len(word) >= 4:
        return any(is_word(s, lexicon) and s not in DETERMINERS for s in _undouble(word[:-1]))
    if word.endswith(("de", "te", "den", "ten")) and len(word) >= 5:
        stem = word[:-2] if word.endswith("e") else word[:-3]
        return any(is_word(s, lexicon) for s in _undouble(stem))
    return False


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a[1]:b[0]]


# " / " between the lines of a chat copied into a note ("'hoi' / dikke zegt 'ok'").
_CHAT_SEPARATOR = re.compile(r"\s/\s+$")


def _clause_start(text: str, tokens: list[Token], i: int) -> bool:
    """Text start, after . ! ? : ; or a line break, or right after an opening quote."""
    before = text[tokens[i - 1][1] if i else 0:tokens[i][0]]
    if i == 0:
        return True
    stripped = before.strip()
    return bool(stripped) and (stripped[-1] in ".!?:;\n" or stripped[-1] in _QUOTES
                               or "\n" in before or _CHAT_SEPARATOR.search(before) is not None)


def starts_message(text: str, tokens: list[Token], i: int) -> bool:
    """Token ``i`` opens the text, a sentence, a line or a quote."""
    return _clause_start(text, tokens, i)


def opens_clause(text: str, tokens: list[Token], i: int) -> bool:
    """Token ``i`` opens a clause: a sentence or quote start, or right after a comma."""
    return _clause_start(text, tokens, i) or (i > 0 and _gap(
        text, tokens[i - 1], tokens[i]).strip() == ",")


def person_place(text: str, tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """Whether token ``i`` stands where a person stands (for a word no dictionary has)."""
    prev = words[i - 1] if i else ""
    joined = i == 0 or _gap(text, tokens[i - 1], tokens[i]).strip(" ") == ""
    nxt = words[i + 1] if i + 1 < len(tokens) else ""
    if prev in SPEECH_VERBS and joined:
        return True  # "zei zhenka"
    if (prev in PERSON_PREPOSITIONS or prev in _CLAUSE_OPENERS) and joined:
        return True  # "met tolikko", "dat brodjak hem ophaalt"
    # After a comma too: a word no dictionary has, right before a finite verb, opens a
    # new main clause as its subject ("gijs ook, lolo past op"); Dutch puts the verb
    # first after a fronted clause (", daarna komt"), so no other word stands there.
    opens = _clause_start(text, tokens, i) or (i > 0 and _gap(
        text, tokens[i - 1], tokens[i]).strip() == ",")
    if opens and nxt and (finite_verb(nxt, lexicon) or nxt in (
            "en", "of")) and _gap(text, tokens[i], tokens[i + 1]).strip() == "":
        return True  # "vlinko komt zo"
    if opens and nxt in ("ook", "niet", "evenmin") and _gap(
            text, tokens[i], tokens[i + 1]).strip() == "" and text[
            tokens[i + 1][1]:tokens[i + 1][1] + 1] in tuple(".;!?"):
        return True  # "; maniek ook.": an elliptic clause, its subject and the adverb
    if (i >= 2 and joined and finite_verb(prev, lexicon) and words[i - 2] in _FRONTED
            and (tokens[i - 2][2].islower() or _clause_start(text, tokens, i - 2))) or (
            i == 1 and finite_verb(prev, lexicon) and joined):
        return True  # "dat doet ryry ook", "toen sloeg vovchik": the subject after the verb
    return _vocative(text, tokens, words, i)


# Greetings and calls that open a direct address: the word after them is who is addressed
# ("hee kimbo", "hoi lolo", "kom nou mupke,"). Only a word no dictionary has counts there
# (``person_place`` is asked for such words only): "hee juf", "ja schat" stay.
_GREETINGS = frozenset(["hee", "hey", "hei", "hoi", "hallo", "hai", "hi", "hello", "yo", "jo",
                        "ey", "oi", "doei", "dag", "nou", "toe", "joh", "salam", "selam",
                        "merhaba", "cześć", "czesc", "hej", "bye", "dankjewel", "bedankt", "sorry"])
# Second person after the name opening a quote: "'jojo je bent een loser'", "'pwok jij
# bent dom'": a bare word before "je"/"jij" + verb there is the one spoken to.
_SECOND_PERSON = frozenset(["je", "jij", "jullie", "u"])


def _vocative(text: str, tokens: list[Token], words: list[str], i: int) -> bool:
    """"kom je, pwok?", "ga weg, zhenka!": after a comma, closing the quoted sentence;
    after a greeting ("hee kimbo"); opening a sentence before "je"/"jij"."""
    before = text[tokens[i - 1][1] if i else 0:tokens[i][0]].strip()
    after = text[tokens[i][1]:tokens[i][1] + 3].lstrip()
    if before.endswith(",") and bool(after) and (after[0] in _QUOTES or after[0] in "!?"):
        return True
    if i and words[i - 1] in _GREETINGS and before == "":
        return True
    # "'pwok je bent dom'", "'skiba kom je morgen?'": "je"/"jij" one or two words on
    if not _clause_start(text, tokens, i):
        return False
    return any(i + k < len(tokens) and words[i + k] in _SECOND_PERSON
               and _gap(text, tokens[i + k - 1], tokens[i + k]).strip() == ""
               and _gap(text, tokens[i], tokens[i + 1]).strip() == "" for k in (1, 2))


def title_nickname(text: str, tokens: list[Token], words: list[str], i: int, lexicon,
                   titles: frozenset[str]) -> bool:
    """An ordinary word after a bare title that only a name can be: the subject of a main
    clause ("Ome knoest slaat hem", V2) or closing a phrase after a preposition ("bij
    tante snoes.", "naar coach bolle;"). Never a verb, an adverb, a plural or infinitive
    ("Opa drinkt koffie", "bij oma thuis", "met oma eten")."""
    word = words[i]
    if (i == 0 or words[i - 1] not in titles or not tokens[i][2].islower()
            or word in _ADVERBS or word in DETERMINERS or word.endswith("en")
            or (word.startswith(("ge", "be", "ver", "ont", "her")) and word.endswith(("d", "t")))
            or finite_verb(word, lexicon) or len(word) < 3
            or _gap(text, tokens[i - 1], tokens[i]) != " "):
        return False
    if adjective(word, lexicon):
        # "was bij oma ziek": a predicate. A noun the comparative test also takes
        # ("snor" - "snorrer", "tank" - "tanker") is a name only where no object is
        # missing: "bang voor ome snor", "logeert bij ome snor" ("kreeg van tante snoep")
        return (not _strict_adjective(word, lexicon) and i >= 2
                and (words[i - 2] in PERSON_PREPOSITIONS or words[i - 2] in ("op", "over"))
                and _closes(text, tokens, i)
                and _no_object_slot(text, tokens, words, i - 2, lexicon)
                and not _used_as_a_word(words, i))
    title_at_start = _clause_start(text, tokens, i - 1)
    after_preposition = i >= 2 and words[i - 2] in PERSON_PREPOSITIONS
    nxt = words[i + 1] if i + 1 < len(tokens) else ""
    gap_after = text[tokens[i][1]:tokens[i + 1][0]] if nxt else text[tokens[i][1]:]
    if title_at_start and nxt and gap_after.strip() == "" and finite_verb(nxt, lexicon):
        return True
    if title_at_start and gap_after.strip()[:1] in ("(", ","):
        return True  # "Abi memo (de oudere neef, 17) past op"
    closes = gap_after.strip()[:1] in tuple(".,;:!?)") or not gap_after.strip() and not nxt
    return after_preposition and closes and not _used_as_a_word(words, i)


def _closes(text: str, tokens: list[Token], i: int) -> bool:
    gap_after = text[tokens[i][1]:tokens[i + 1][0]] if i + 1 < len(tokens) else text[tokens[i][1]:]
    return gap_after.strip()[:1] in tuple(".,;:!?)") or (
        not gap_after.strip() and i + 1 >= len(tokens))


def _strict_adjective(word: str, lexicon) -> bool:
    """An adjective by its superlative or inflected form too ("ziekst", "boze", "dikke"),
    not only by a comparative that may be a noun in -er ("snorrer", "tanker")."""
    stems = {word, *_undouble(word)}
    stems |= {stem[:-1] + {"s": "z", "f": "v"}[stem[-1]] for stem in stems
              if stem[-1:] in ("s", "f")}  # "boos" - "boze", "lief" - "lieve"
    return (is_word(word + "st", lexicon) or is_word(word + "ste", lexicon)
            or any(is_word(stem + "e", lexicon) for stem in stems | {word + word[-1]}))


# Verbs that take no object (and copulas): after them a word closing "bij ome X" is no
# object but the person's name ("logeert bij ome snor"; "haalde bij opa hout" stays).
_NO_OBJECT = frozenset([
    "is", "was", "zijn", "waren", "wordt", "werd", "blijft", "bleef", "logeert", "logeerde",
    "logeren", "gelogeerd", "woont", "woonde", "wonen", "gewoond", "slaapt", "sliep",
    "slapen", "verblijft", "verbleef", "gaat", "ging", "gaan", "komt", "kwam", "komen",
    "zit", "zat", "staat", "stond", "ligt", "lag", "loopt", "liep", "rent", "rende",
    "vlucht", "vluchtte", "huilt", "huilde", "praat", "praatte", "wacht", "wachtte",
    "schuilt", "schuilde", "blijven", "ben", "bent"])


def _no_object_slot(text: str, tokens: list[Token], words: list[str], prep: int,
                    lexicon) -> bool:
    """The clause before the preposition ``prep`` has a verb without an object, or the
    preposition belongs to an adjective ("bang voor", "boos op")."""
    if prep >= 1 and _gap(text, tokens[prep - 1], tokens[prep]) == " " and _strict_adjective(
            words[prep - 1], lexicon):
        return True
    for k in range(prep - 1, -1, -1):
        if words[k] in _NO_OBJECT:
            return True
        if k and _gap(text, tokens[k - 1], tokens[k]).strip():
            return False
    return False


def adjective(word: str, lexicon) -> bool:
    """A word with a comparative in the word list ("ziek" - "zieker", "boos" - "bozer",
    "dik" - "dikker"): an adjective, which after a title is a predicate ("was bij oma
    ziek"), never a nickname."""
    stems = {word, word + word[-1]}
    for stem in _undouble(word):
        stems.add(stem)
        if stem[-1:] in "sf":
            stems.add(stem[:-1] + {"s": "z", "f": "v"}[stem[-1]])
    return any(is_word(stem + ("der" if stem.endswith("r") else "er"), lexicon)
               for stem in stems)


def _used_as_a_word(words: list[str], i: int) -> bool:
    """The same word elsewhere in the text after an article or a possessive: the text
    uses it as a word ("kreeg van opa geld; ... dat geld een probleem is")."""
    return any(w == words[i] and j != i and j > 0 and words[j - 1] in DETERMINERS
               for j, w in enumerate(words))


def bare_adjective_name(text: str, tokens: list[Token], words: list[str], i: int,
                        is_name: list[bool], lexicon) -> bool:
    """A nickname adjective standing alone: "met dikke en Jayden", "dikke zei". Dutch
    needs an article for an adjective used as a noun ("de dikke"), so without one it is
    a name; "met dikke en dunne boeken" keeps its adjectives (a noun follows)."""
    if words[i] not in NICKNAME_ADJECTIVES or not tokens[i][2].islower():
        return False
    prev = words[i - 1] if i else ""
    at_start = _clause_start(text, tokens, i)
    if prev in DETERMINERS or (i and is_name[i - 1] and not at_start):
        return False
    opener = (prev in PERSON_PREPOSITIONS or prev in SPEECH_VERBS or prev in _CLAUSE_OPENERS
              or at_start)
    if not opener or i + 1 >= len(tokens):
        return False
    nxt = words[i + 1]
    gap = _gap(text, tokens[i], tokens[i + 1])
    if gap.strip() == "" and nxt in ("en", "of") and i + 2 < len(tokens):
        return is_name[i + 2]
    # "dikke vette koe": a second inflected adjective (its "-te" looks like a past tense)
    return gap.strip() == "" and finite_verb(nxt, lexicon) and not (
        nxt in NICKNAME_ADJECTIVES or nxt.endswith("e") and adjective(nxt[:-1], lexicon))


_PRONOUNS = frozenset(["niets", "niks", "iets", "alles", "hem", "haar", "hen", "hun", "ons",
                       "mij", "jou", "zich", "zichzelf", "elkaar", "wat", "wie", "waar",
                       "hij", "zij", "jij", "wij", "jullie", "men", "iemand", "niemand"])
# Public names for the nickname rules (``nicknames``, ``epithets``).
ADVERBS, CLAUSE_OPENERS, PRONOUNS = _ADVERBS, _CLAUSE_OPENERS, _PRONOUNS
closes_phrase, no_object_slot, strict_adjective = _closes, _no_object_slot, _strict_adjective
_NEXT_WORD = re.compile(r" ([a-zà-ÿ]{3,})\b")
_SUBJECT_AFTER = re.compile(r" (?:je|jij|jullie|ik|we|wij|ze|zij|hij|u)\b")


def before_a_noun(text: str, end: int, is_word_fn) -> bool:
    """Whether a lower-case word ending at ``end`` stands right before a noun, as an
    adjective does ("stond wit krijt", "met zwart krijt"): the next word is a dictionary
    word and no verb, participle, infinitive, plural in -en, adverb or function word."""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    word = m.group(1)
    if _SUBJECT_AFTER.match(text, m.end()):
        return False  # "jippie kom je spelen?": a verb before its subject, no noun
    if (not is_word_fn(word) or word in _FINITE or word in SPEECH_VERBS or word in _ADVERBS
            or word in DETERMINERS or word in _CLAUSE_OPENERS or word in PERSON_PREPOSITIONS
            or word in _PRONOUNS
            or word.endswith(("en", "de", "te")) or word.startswith(("ge", "be", "ver"))):
        return False
    return not (word.endswith("t") and any(is_word_fn(st) for st in _undouble(word[:-1])))


# Interjections that may open a chat message before its subject ("nee joep was het").
_INTERJECTIONS = frozenset(["nee", "ja", "nou", "maar", "ok", "oke", "oké", "jawel", "haha",
                            "hihi", "lol", "jij", "ey", "hee", "hey"])
_SPACE_WORD = re.compile(r" ([a-zà-ÿ]+)\b")
_MESSAGE_START = re.compile(r"(?:^|[\"“”‘’'«»„\n]|[.!?:/|]\s|\s/\s)\s*"
                            r"(?:(?:nee|ja|nou|maar|ok|oke|oké|jawel|haha|hihi|lol),?\s+)?$")


def bare_subject(text: str, start: int, end: int,
                 is_word_fn: Callable[[str], bool] | None = None) -> bool:
    """A word that opens a message (a quote, a line, a sentence in lower case, a chat
    line after " / ") right before a finite verb from the short list ("'ben is groot
    genoeg'", "'nee joep was het'"), or with a word list a weak past ("/ jer stuurde"):
    the subject, and a noun there would have its article ("de ster is"), so a word the
    caller already suspects of being a name is one."""
    if text[end:end + 1] != " ":
        return False  # the cheap test first: the next word follows one space
    m = _SPACE_WORD.match(text[end:end + 20])
    if not m or not (m.group(1) in _FINITE or m.group(1) in SPEECH_VERBS or (
            is_word_fn is not None and _weak_past(m.group(1), is_word_fn))):
        return False  # "'ben is ziek'", "Groepsapp: douw stuurde een foto"
    return bool(_MESSAGE_START.search(text[max(0, start - 12):start]))


def _weak_past(word: str, is_word_fn: Callable[[str], bool]) -> bool:
    """"stuurde", "appte", "belde": a stem the word list has, with -de or -te."""
    return len(word) >= 5 and word.endswith(("de", "te")) and any(
        is_word_fn(stem) for stem in _undouble(word[:-2]))
