"""A bare count noun in a slot only a person fills is a name (issue 16, nicknames in
narrative text): "Ravi zei tegen knakworst dat ...", "ruzie met knakworst", "geschopt door
knakworst", "een duw van spijker", "snoetje uit groep 7", "Ravi en knakworst vochten".

Dutch gives a singular count noun its article or a possessive ("ruzie met de buurman").
Notes drop articles in telegraph style, so a bare noun alone proves nothing ("kwam met
briefje"); but some slots select a person: the one spoken to after a verb of speaking and
"tegen", the company of a quarrel or a fight ("ruzie met", "vocht met"), the agent of a
participle of hurting after "door", the giver of a blow ("een duw van"), a pupil "uit groep
7", and a word joined by "en" to a name as the subject of the clause. There a bare count
noun (a word with a plural or a diminutive in the word list, a diminutive, or a word no
dictionary has) is a name. Words for persons and kin, institutions that go bare ("tegen
school"), mass nouns ("met tranen"), adjectives, verbs and function words stay.

Pure functions over tokens ``(start, end, text)`` and the lexicon's word sets.
"""

from __future__ import annotations

from zorgdesk.domain.anonymise.detectors import RELATION_WORDS
from zorgdesk.domain.anonymise.person_slots import (
    ADVERBS,
    CLAUSE_OPENERS,
    DETERMINERS,
    NICKNAME_ADJECTIVES,
    PERSON_HEADS,
    PERSON_PREPOSITIONS,
    PRONOUNS,
    SPEECH_VERBS,
    adjective,
    finite_verb,
    strict_adjective,
    unknown_word,
)
from zorgdesk.domain.anonymise.vocatives import ADDRESS_WORDS, INSULTS, is_noun

__all__ = ["BARE_OK", "COMPANY", "HURT", "SPEAKING", "agents_opening_a_sentence",
           "bare_nouns_in_person_slots", "coordinated_with_a_person", "human_action",
           "institution", "speaking_subjects",
           "subjects_said_to_be_persons", "word_for_a_person"]

Token = tuple[int, int, str]

# Verbs of speaking and the like before "tegen": "zei tegen X", "schreeuwde tegen X".
_SPEAKING = frozenset([*SPEECH_VERBS, "zeggen", "zeiden", "praat", "praatte", "praatten",
                       "schreeuwt", "schreeuwden", "liegt", "loog", "vertellen", "gillen",
                       "schold", "scheldt", "dreigde", "dreigt", "snauwde", "snauwt",
                       "fluistert", "roepen", "riepen", "brulde", "brult"])
# Words before "met" that need a person after it: a quarrel, a fight, a conversation.
_COMPANY = frozenset(["ruzie", "ruzies", "vecht", "vocht", "vochten", "vechten", "knokt",
                      "knokte", "knokten", "praat", "praatte", "praatten", "chat", "chatte",
                      "chatten", "appt", "appte", "appten", "bevriend", "verkering",
                      "kletst", "kletste", "onenigheid", "conflict", "gedoe", "mot"])
# Participles of hurting: the agent after "door" is a person ("geraakt door een bal"
# has its article).
_HURT = frozenset(["geslagen", "geschopt", "gepest", "geduwd", "uitgescholden", "bedreigd",
                   "uitgelachen", "geknepen", "gebeten", "achtervolgd", "aangevallen",
                   "getreiterd", "gefilmd", "lastiggevallen", "betast", "aangeraakt",
                   "vastgepakt", "opgesloten", "buitengesloten", "gekrabd", "geslagen",
                   "gestompt", "geplaagd", "gezoend", "gebeld", "geappt", "gestalkt"])
# Nouns of a blow: "een duw van X".
_BLOWS = frozenset(["duw", "klap", "schop", "trap", "stomp", "mep", "tik", "knal", "beuk",
                    "por", "kopstoot", "draai", "zoen", "knuffel"])
# Words that go bare where a person could stand: institutions, places, times.
_BARE_OK = frozenset([
    "school", "werk", "kerk", "politie", "gemeente", "thuis", "opvang", "bso", "zorg",
    "jeugdzorg", "wijkteam", "huisarts", "dokter", "directie", "klas", "groep", "team",
    "huis", "familie", "iedereen", "niemand", "elkaar", "zichzelf", "achteren", "voren",
    "boven", "beneden", "binnen", "buiten", "kerst", "pasen", "vakantie", "tranen"])


# Heads of words for an institution, which go bare in notes ("sportclub zegt dat ...").
_INSTITUTION_HEADS = ("club", "school", "team", "vereniging", "dienst", "bureau", "centrum",
                      "praktijk", "afdeling", "instelling", "organisatie", "opvang", "zorg",
                      "politie", "gemeente", "kerk", "moskee", "ziekenhuis", "kliniek", "raad",
                      "inspectie", "huis", "bond", "stichting", "kantoor", "winkel", "bedrijf")


def _institution(word: str) -> bool:
    return word.endswith(_INSTITUTION_HEADS)


institution = _institution


# Words for a role or a profession, which notes write bare ("een klap van oppas", "zei tegen
# mentor dat", "zei tegen wijkagent"): who hit the child or whom she told is the fact.
_ROLE_HEADS = ("oppas", "mentor", "agent", "arts", "verlener", "werker", "leider", "docent",
               "leraar", "lerares", "trainer", "trainster", "coach", "assistent", "kundige",
               "therapeut", "loog", "pedist", "voogd", "beschermer", "directeur",
               "directrice", "conciërge", "concierge", "stagiair", "stagiaire", "invaller",
               "chauffeur", "tolk", "imam", "dominee", "pastoor", "priester", "rechter",
               "begeleider", "medewerker", "ib'er", "ib-er", "ibber", "gastouder", "ouder")
# Animals that bite or kick ("gebeten door hamster", "geschopt door paard"): facts. Not
# insects: "mug" is a nickname in heldout9 dev.
_ANIMALS = frozenset(["paard", "pony", "kat", "poes", "geit", "kip", "haan", "gans", "zwaan",
                      "hamster", "konijn", "cavia", "stier"])


def _candidate(tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """A lower-case bare count noun: no article before it, no word for a person."""
    word = words[i]
    if (not tokens[i][2].islower() or len(word) < 3 or word in _BARE_OK or _institution(word)
            or word.endswith(_ROLE_HEADS) or word in _ANIMALS
            or word in ADVERBS or word in DETERMINERS or word in PRONOUNS
            or word in PERSON_PREPOSITIONS or word in CLAUSE_OPENERS
            or word in RELATION_WORDS or word in ADDRESS_WORDS or word in INSULTS
            or word.endswith(PERSON_HEADS) or finite_verb(word, lexicon)
            or (i and words[i - 1] in DETERMINERS)):
        return False
    if word.endswith("en") and word in lexicon.words:
        return False  # a plural or an infinitive
    if unknown_word(word, lexicon):
        return True
    return is_noun(word, lexicon) and not (adjective(word, lexicon)
                                           and strict_adjective(word, lexicon))


def _spaced(text: str, tokens: list[Token], a: int, b: int) -> bool:
    return all(text[tokens[k][1]:tokens[k + 1][0]] == " " for k in range(a, b))


def _closes(text: str, tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """Nothing after token ``i`` continues its noun phrase."""
    if i + 1 >= len(tokens) or text[tokens[i][1]:tokens[i + 1][0]].strip():
        return True
    nxt = words[i + 1]
    return (nxt in DETERMINERS or nxt in PRONOUNS or nxt in ADVERBS or nxt in CLAUSE_OPENERS
            or nxt in PERSON_PREPOSITIONS or nxt in ("in", "op", "bij", "uit", "naar")
            or finite_verb(nxt, lexicon))


def _after_preposition(text: str, tokens: list[Token], words: list[str], i: int) -> bool:
    """"zei tegen X", "ruzie met X", "vocht in de pauze met X", "geschopt door X", "een
    duw van X": the word that selects a person within the clause before the preposition."""
    if i < 2:
        return False
    first = i - 1
    while first > 0 and i - first < 6 and not text[tokens[first - 1][1]:tokens[first][0]].strip():
        first -= 1
    prep, before = words[i - 1], words[first:i - 1]
    if prep == "tegen":
        return any(w in _SPEAKING for w in before)
    if prep == "met":
        return any(w in _COMPANY for w in before)
    if prep == "door":
        return any(w in _HURT for w in before)
    return prep == "van" and words[i - 2] in _BLOWS


def _of_a_group(text: str, tokens: list[Token], words: list[str], i: int) -> bool:
    """"snoetje uit groep 7", "knakworst van groep 8", "X uit de klas"."""
    if i + 2 >= len(tokens) or words[i + 1] not in ("uit", "van"):
        return False
    nxt = words[i + 2]
    return _spaced(text, tokens, i, i + 2) and (
        nxt == "groep" and text[tokens[i + 2][1]:tokens[i + 2][1] + 2].strip()[:1].isdigit()
        or nxt == "de" and words[i + 1] == "uit" and i + 3 < len(tokens)
        and words[i + 3] in ("klas", "groep"))  # "leider van de groep" describes


def _joined_subject(text: str, tokens: list[Token], words: list[str], i: int,
                    is_name: list[bool], lexicon) -> bool:
    """"Ravi en knakworst vochten", "gingen paddenstoel en Mirthe naar": joined by "en"
    to a written name as the subject, before or right after the finite verb."""
    def named(k: int) -> bool:  # a name the detector found, or a capitalised non-word
        return is_name[k] or (tokens[k][2][:1].isupper() and words[k] not in lexicon.words)

    if i >= 2 and words[i - 1] == "en" and named(i - 2) and _spaced(text, tokens, i - 2, i):
        first, last = i - 2, i
    elif i + 2 < len(tokens) and words[i + 1] == "en" and named(i + 2) \
            and _spaced(text, tokens, i, i + 2):
        first, last = i, i + 2
    else:
        return False
    if not tokens[first if first != i else last][2][:1].isupper():
        return False  # lower-case names are joined by ``nicknames._joined_to_a_name``
    if first == i and i and words[i - 1] in ("met", "bij", "naast", "tegen", "volgens") \
            and words[i].endswith(("je", "ie")) and not words[i].endswith("jes"):
        return True  # "speelt met bolletje en Pien" ("met blokjes en Pien": a plural)
    after = last + 1 < len(tokens) and _spaced(text, tokens, last, last + 1) and (
        finite_verb(words[last + 1], lexicon)  # two subjects: a plural verb ("vochten")
        or words[last + 1].endswith("en") and words[last + 1] in lexicon.words
        and words[last + 1] not in _BARE_OK)
    before = first >= 1 and _spaced(text, tokens, first - 1, first) \
        and finite_verb(words[first - 1], lexicon) and words[first - 1] not in SPEECH_VERBS
    return after or before


def bare_nouns_in_person_slots(text: str, tokens: list[Token], words: list[str],
                               is_name: list[bool], lexicon) -> None:
    """Mark the bare count nouns in a person's slot (see the module doc) in ``is_name``."""
    for i in range(1, len(tokens)):
        if is_name[i] or not tokens[i][2].islower():
            continue
        # the slot first (a few set look-ups), the word's shape only there
        slot = (words[i - 1] in _SLOT_PREPOSITIONS and _after_preposition(text, tokens, words, i)
                and _spaced(text, tokens, i - 1, i)
                and _closes(text, tokens, words, i, lexicon)) \
            or _of_a_group(text, tokens, words, i) \
            or "en" in words[i - 1:i + 2] and _joined_subject(text, tokens, words, i, is_name,
                                                             lexicon)
        if slot and _candidate(tokens, words, i, lexicon):
            is_name[i] = True


_SLOT_PREPOSITIONS = frozenset(["tegen", "met", "door", "van"])


# Before a predicate, not a subject or object: "Ze is lief en sloom", "werd boos en de
# lange lachte" (a new clause).
_PREDICATE_BEFORE = frozenset(["is", "was", "zijn", "waren", "ben", "bent", "wordt", "werd",
                               "worden", "werden", "blijft", "bleef", "lijkt", "leek", "vindt",
                               "vond", "voelt", "voelde", "maakt", "maakte", "erg", "heel",
                               "zo", "te", "best", "nogal", "vaak", "soms", "altijd", "niet"])
# "de kleine", "de grote": a family's words for the youngest and the eldest, no nickname.
_FAMILY_ADJECTIVES = frozenset(["kleine", "grote", "oudste", "jongste"])


def coordinated_with_a_person(text: str, tokens: list[Token], words: list[str],
                              is_name: list[bool], lexicon) -> None:
    """"bij Jesse en kikker", "Sam en de kale wachten", "wachten sloom en de kale hem op":
    joined by "en" to a person (a name, or "de" + a nickname adjective), a bare lower-case
    count noun or adjective is a person too: Dutch gives a singular count noun its article
    and makes an adjective a noun only with "de", so a bare one beside a person is a name.
    Kin and roles ("Sam en zus", "met Sam en opa"), mass nouns with no plural ("Sam en
    brood"), and a predicate ("Ze is lief en sloom") stay; so does a list without a person
    ("brood en kaas", "water en brood")."""
    for i in range(1, len(tokens) - 1):
        if words[i] != "en" or not _spaced(text, tokens, i - 1, i + 1) \
                or not _a_person_slot(text, tokens, words, i, lexicon):
            continue
        left, right = _person_conjunct(tokens, words, is_name, i - 1, -1), \
            _person_conjunct(tokens, words, is_name, i + 1, 1)
        for person, bare in ((left, i + 1), (right, i - 1)):
            if person is None or is_name[bare] or bare == i - 1 and i >= 2 and (
                    words[i - 2] in _PREDICATE_BEFORE or words[i - 2] in DETERMINERS):
                continue
            if _bare_person_word(tokens, words, bare, lexicon, with_de=person == "de") \
                    and not _a_toy_played_with(words, i, bare):
                is_name[bare] = True
                if person == "de":  # "sloom en de kale": the adjective made a noun too
                    is_name[i + 2 if bare == i - 1 else i - 1] = True
        if left == "de" and right == "name":
            is_name[i - 1] = True  # "De kale en Sam" (found by ``names._coordinated_names``)
        if right == "de" and left == "name":
            is_name[i + 2] = True  # "Sam en de kale wachten"


# What a child plays with, written bare in a hurried note: "Ze speelde met Sam en bal"
# (review s37 N1). Decision: after a verb of playing and "met" such a toy is the toy; any
# other bare count noun beside a name there is still read as a nickname ("met Sam en
# kikker": animals and other words are children's nicknames too often), a leak weighing
# more than a word the IB can put back in the preview.
_TOYS = frozenset(["bal", "voetbal", "pop", "auto", "autootje", "fiets", "step", "tablet",
                   "ipad", "telefoon", "mobiel", "krijt", "stoepkrijt", "knuffel", "skateboard",
                   "trampoline", "blokken", "puzzel", "spel", "spelletje", "kaarten", "trein",
                   "treintje", "klei", "playstation", "switch", "laptop", "computer",
                   "schommel", "glijbaan", "zandbak", "springtouw", "knikkers", "poppenhuis"])
_PLAYING = frozenset(["speelt", "speelde", "speelden", "spelen", "speel", "gespeeld",
                      "speelden", "spelend"])


def _a_toy_played_with(words: list[str], i: int, bare: int) -> bool:
    """"speelde met Sam en bal": the bare word a toy after a verb of playing and "met"."""
    first = min(i - 1, bare)
    return words[bare] in _TOYS and first >= 1 and words[first - 1] == "met" \
        and any(w in _PLAYING for w in words[max(0, first - 5):first - 1])


# Prepositions whose object is a person's company or place: "bij Jesse en kikker", "met
# Sam en flits" ("over/om/voor/van ... en gedrag" take a topic: "Zorgen om Liam en
# thuissituatie").
_COMPANY_PREPOSITIONS = frozenset(["met", "bij", "naast", "tegen", "volgens", "door"])


def _a_person_slot(text: str, tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """The pair around "en" at ``i`` (with "de" + adjective on either side) is a person's
    slot: right after a preposition of company, or a subject with its finite verb right
    before ("wachten sloom en de kale") or right after it ("Sam en de kale wachten")."""
    first = i - 2 if i >= 2 and words[i - 2] == "de" else i - 1
    last = i + 2 if i + 2 < len(tokens) and words[i + 1] == "de" else i + 1
    if first >= 1 and _spaced(text, tokens, first - 1, first):
        before = words[first - 1]
        if before in _COMPANY_PREPOSITIONS or _plural_verb(before, lexicon):
            return True
    return last + 1 < len(tokens) and _spaced(text, tokens, last, last + 1) \
        and _plural_verb(words[last + 1], lexicon)


def _plural_verb(word: str, lexicon) -> bool:
    """A plural finite verb, the one two subjects take: "wachten", "liepen", "vochten",
    "speelden" (a stem or past in the word list + "en")."""
    return word.endswith("en") and word in lexicon.words and (
        finite_verb(word[:-2], lexicon) or word[:-2] in _PAST_STEMS
        or word.endswith(("den", "ten")) and finite_verb(word[:-3] + "t", lexicon))


# Past stems ``finite_verb`` does not know that two subjects take in the plural.
_PAST_STEMS = frozenset(["vocht", "dacht", "bracht", "zocht", "kocht", "mocht"])


def _person_conjunct(tokens: list[Token], words: list[str], is_name: list[bool], k: int,
                     step: int) -> str | None:
    """"name" where token ``k`` is a found name; "de" where it is "de" + a nickname
    adjective written as a noun ("de kale"), read towards ``step``; else None."""
    if not 0 <= k < len(tokens):
        return None
    if is_name[k]:
        return "name"
    adj, article = (k + 1, k) if step == 1 else (k, k - 1)
    if article >= 0 and adj < len(tokens) and words[article] == "de" \
            and words[adj] in NICKNAME_ADJECTIVES and words[adj] not in _FAMILY_ADJECTIVES \
            and tokens[adj][2].islower():
        return "de"
    return None


def _bare_person_word(tokens: list[Token], words: list[str], i: int, lexicon,
                      with_de: bool) -> bool:
    """A bare lower-case count noun with a plural in the word list ("kikker", "spijker";
    "brood" has none), or beside "de" + an adjective an adjective too ("sloom")."""
    word = words[i]
    if not tokens[i][2].islower() or not _candidate_word(word, lexicon) and not (
            with_de and adjective(word, lexicon) and word not in ADVERBS):
        return False
    if word in _ANIMALS or word.endswith(_ROLE_HEADS):
        return False
    plural = any(form in lexicon.words for form in (word + "s", word + "'s", word + "en",
                                                    word + word[-1] + "en"))
    return plural or unknown_word(word, lexicon) or with_de and adjective(word, lexicon)


# Verbs only a person does (to a person or a thing it takes): taking, hitting, bullying,
# threatening, filming, sending. Stems; separable particles and endings are added below.
_HUMAN_STEMS = ("pak", "sla", "schop", "duw", "pest", "plaag", "treiter", "dreig", "bedreig",
                "scheld", "lach", "film", "volg", "achtervolg", "stuur", "app", "bel", "steel",
                "jat", "gooi", "knijp", "stomp", "trap", "spuug", "spuw", "scheur", "sluit",
                "wacht", "sms", "typ", "lieg", "beloof", "roep", "schreeuw", "fluister",
                "vertel", "zeg", "vraag", "noem")
_PARTICLES = ("af", "uit", "op", "weg", "aan", "na", "mee", "in", "door", "kapot", "")
_IRREGULAR = frozenset(["sloeg", "sloegen", "slaat", "stal", "stalen", "steelt", "loog",
                        "logen", "zei", "zeiden", "zegt", "riep", "riepen", "vroeg", "vroegen",
                        "schold", "scholden", "kneep", "knepen", "beloofde", "spoog"])


def human_action(word: str) -> bool:
    """A finite form of a verb only a person does ("afpakte", "uitscheldt", "sloeg")."""
    for particle in _PARTICLES:
        if particle and not word.startswith(particle):
            continue
        rest = word[len(particle):]
        if rest in _IRREGULAR:
            return True
        for stem in _HUMAN_STEMS:
            if rest.startswith(stem) and rest[len(stem):] in (
                    "t", "te", "de", "ten", "den", "en", "tte", "tten", stem[-1] + "en",
                    stem[-1] + "de", stem[-1] + "te", "dt"):
                return True
    return False


# Things that "say" in telegraph style ("Brief zegt dat ...").
_SPEAKING_THINGS = frozenset([
    "brief", "briefje", "mail", "bericht", "berichtje", "rapport", "verslag", "app", "appje",
    "formulier", "website", "site", "nieuws", "krant", "wet", "regel", "protocol", "plan",
    "dossier", "melding", "notitie", "uitslag", "test", "toets", "onderzoek", "boek", "bord",
    "kaart", "tekst", "sms", "folder", "flyer", "label", "lijst", "planning", "rooster"])


def speaking_subjects(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                      lexicon) -> None:
    """"eh ja mossel zei tegen Ravi dat ...", "Bezem zei dat ...": a bare count noun
    opening a clause right before a verb of speaking that says something to someone
    ("tegen"/"dat"/":") is who speaks (a noun has its article: "de juf zei"); kin,
    institutions and documents go bare ("Moeder zei", "Politie zei", "Brief zegt")."""
    for i in range(len(tokens) - 2):
        nxt = words[i + 1]
        if is_name[i] or nxt not in SPEECH_VERBS or not _spaced(text, tokens, i, i + 1):
            continue
        tok = tokens[i][2]
        if not (tok.islower() or tok[:1].isupper() and tok[1:].islower()):
            continue
        if not _opens(text, tokens, words, i) or words[i] in _SPEAKING_THINGS:
            continue
        if words[i + 2] not in ("tegen", "dat", "dat,") and not text[
                tokens[i + 1][1]:tokens[i + 2][0]].strip().startswith(":"):
            continue
        if _candidate_word(words[i], lexicon) and words[i] not in lexicon.allow:
            is_name[i] = True


_INTERJECTIONS = frozenset(["eh", "ehm", "uh", "ja", "nee", "nou", "oh", "o", "ok", "oke",
                            "echt", "maar", "en", "dus", "toen", "want"])


def _opens(text: str, tokens: list[Token], words: list[str], i: int) -> bool:
    """A sentence, line, quote or clause start, also after a spoken "eh ja"."""
    j = i
    while j > 0 and words[j - 1] in _INTERJECTIONS and _spaced(text, tokens, j - 1, j):
        j -= 1
    if j == 0:
        return True
    gap = text[tokens[j - 1][1]:tokens[j][0]].strip()
    return bool(gap) and gap[-1] in ".!?:;\"'“‘„«,\n"


def _candidate_word(word: str, lexicon) -> bool:
    return (len(word) >= 3 and word not in _BARE_OK and not _institution(word)
            and word not in ADVERBS
            and word not in DETERMINERS and word not in PRONOUNS
            and word not in PERSON_PREPOSITIONS and word not in CLAUSE_OPENERS
            and word not in RELATION_WORDS and word not in ADDRESS_WORDS
            and word not in INSULTS and not word.endswith(PERSON_HEADS)
            and not finite_verb(word, lexicon)
            and (unknown_word(word, lexicon) or is_noun(word, lexicon))
            and not (adjective(word, lexicon) and strict_adjective(word, lexicon)))


_OBJECT_PRONOUNS = frozenset(["hem", "haar", "hen", "hun", "mij", "me", "ons", "jou"])


def agents_opening_a_sentence(text: str, tokens: list[Token], words: list[str],
                              is_name: list[bool], lexicon) -> None:
    """"Kruimeltje sloeg hem", "Bezem duwde Ravi van de trap": a capitalised bare count
    noun opening a sentence before a verb only a person does, with a person as its
    object, is the person. Notes drop articles ("Filmpje stond online", "Deur sloeg
    dicht", "Bal raakte hem"), so the verb and its person object decide; kin and
    institutions go bare ("Moeder belde hem", "School belde haar")."""
    for i in range(len(tokens) - 2):
        tok, word = tokens[i][2], words[i]
        if is_name[i] or not (tok[:1].isupper() and tok[1:].islower()) \
                or not _opens(text, tokens, words, i) or i and words[i - 1] in _INTERJECTIONS:
            continue
        if not (human_action(words[i + 1]) and words[i + 1] not in SPEECH_VERBS
                and _spaced(text, tokens, i, i + 2)):
            continue
        obj = i + 2
        person = words[obj] in _OBJECT_PRONOUNS or is_name[obj] or (
            tokens[obj][2][:1].isupper() and words[obj] not in lexicon.words)
        if person and word not in _SPEAKING_THINGS and word not in lexicon.allow \
                and _candidate_word(word, lexicon) and word in lexicon.words:
            is_name[i] = True


SPEAKING, COMPANY, HURT, BARE_OK = _SPEAKING, _COMPANY, _HURT, _BARE_OK


_COPULAS = frozenset(["is", "was", "lijkt", "leek", "blijkt", "bleek", "zou", "moet", "kan"])
# Words for a person a predicate may name ("de neef van moeder", "de dader", "de baas").
_PERSON_PREDICATES = frozenset(["neef", "nicht", "jongen", "meisje", "man", "vrouw", "dader",
                                "baas", "leider", "vriend", "vriendin", "broer", "zus", "oom",
                                "tante", "buurman", "buurvrouw", "buurjongen", "buurmeisje",
                                "klasgenoot", "leerling", "kind", "zoon", "dochter", "vader",
                                "moeder", "opa", "oma", "stiefvader", "kennis", "collega"])
_ROLE_ENDINGS = ("der", "aar", "ling", "ist", "persoon", "ouder", "offer", "voogd")
# Roles a note names bare as a subject ("Pester is een jongen uit groep 8"); an agent
# noun in -er cannot be told from a noun by its shape ("knikker" - "knikken").
_ROLES = frozenset(["pester", "pesters", "melder", "getuige", "aanvaller", "aanstichter",
                    "verdachte", "eigenaar", "beheerder", "bedenker", "leider", "daders"])


def word_for_a_person(word: str) -> bool:
    """A word for a person or a rank ("baas", "leider", "neef", "buurjongen", "pester")."""
    return word in _PERSON_PREDICATES or word in _ROLES or word.endswith(PERSON_HEADS)


def _person_predicate(word: str, lexicon) -> bool:
    if word in _PERSON_PREDICATES or word.endswith(PERSON_HEADS):
        return True
    stem = word[:-2]  # "bedenker", "pester": a verb's stem + "-er"
    return word.endswith("er") and len(stem) >= 3 and (
        stem + "en" in lexicon.words or stem[:-1] + "en" in lexicon.words)


def _said_a_person(text: str, tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """"Bobbel is de neef van moeder", "Knikker zou de dader zijn", "Bobbel en zijn broer
    wachten": the sentence says the word opening it is a person."""
    n = len(tokens)
    if i + 3 < n and words[i + 1] in _COPULAS and _spaced(text, tokens, i, i + 3):
        for k in range(i + 2, min(n, i + 5)):
            if words[k] in ("de", "een", "zijn", "haar") and k + 1 < n \
                    and _person_predicate(words[k + 1], lexicon):
                return True
    return (i + 4 < n and words[i + 1] == "en" and words[i + 2] in ("zijn", "haar", "z'n")
            and words[i + 3] in _PERSON_PREDICATES and _spaced(text, tokens, i, i + 4)
            and (finite_verb(words[i + 4], lexicon) or words[i + 4].endswith("en")))


def _question_subject(text: str, tokens: list[Token], words: list[str], i: int,
                      lexicon) -> bool:
    """"Stuurde knikker een foto?": the bare subject after a verb opening a question."""
    if i < 1 or not _opens(text, tokens, words, i - 1) or not finite_verb(words[i - 1], lexicon):
        return False
    end = text.find("?", tokens[i][1], tokens[i][1] + 80)
    stop = min((p for p in (text.find(c, tokens[i][1]) for c in ".!\n") if p >= 0),
               default=len(text))
    nxt = words[i + 1] if i + 1 < len(tokens) else ""
    return 0 <= end < stop and _spaced(text, tokens, i - 1, i + 1) and (
        nxt in DETERMINERS or nxt in PRONOUNS or nxt in ADVERBS)


# Plural words for kin and friends a list of names may be said to be ("zijn haar broers").
_KIN_PLURALS = frozenset([
    "broers", "broertjes", "zussen", "zusjes", "neven", "neefjes", "nichten", "nichtjes",
    "ooms", "tantes", "vrienden", "vriendinnen", "vriendjes", "vriendinnetjes", "buren",
    "buurjongens", "buurmeisjes", "klasgenoten", "zonen", "zoons", "dochters", "kinderen",
    "stiefbroers", "stiefzussen", "halfbroers", "halfzussen", "pleegbroers", "pleegzussen",
    "opa's", "oma's", "maatjes", "vriendjes"])
_KIN_OWNERS = frozenset(["haar", "zijn", "z'n", "d'r", "mijn", "hun", "onze", "de"])


def _listed_before_kin(text: str, tokens: list[Token], words: list[str], i: int) -> list[int]:
    """"Kees en Beer zijn haar broers", "Tank, Bolle en Mug zijn zijn neven": the bare
    words of a list opening a sentence before "zijn"/"waren" and kin in the plural."""
    members, k = [i], i
    while k + 2 < len(tokens) and len(members) < 5:
        gap = text[tokens[k][1]:tokens[k + 1][0]]
        if gap == " " and words[k + 1] == "en" and text[tokens[k + 1][1]:tokens[k + 2][0]] == " ":
            k += 2
        elif gap == ", ":
            k += 1
        else:
            break
        members.append(k)
    n = len(tokens)
    if len(members) < 2 or k + 3 >= n or words[k + 1] not in ("zijn", "waren") \
            or words[k + 2] not in _KIN_OWNERS or words[k + 3] not in _KIN_PLURALS \
            or not _spaced(text, tokens, k, k + 3):
        return []
    return members


def subjects_said_to_be_persons(text: str, tokens: list[Token], words: list[str],
                                is_name: list[bool], lexicon) -> None:
    """A bare noun opening a sentence that the sentence itself makes a person (see
    ``_said_a_person``), a list of them said to be kin (``_listed_before_kin``), or the
    bare subject of a question; roles ("Dader is een jongen"), kin ("Moeder is de
    contactpersoon"), institutions ("Heeft school dat gemeld?") and documents stay."""
    for i in range(len(tokens) - 2):
        if _opens(text, tokens, words, i):
            for k in _listed_before_kin(text, tokens, words, i):
                if (tokens[k][2].islower() or tokens[k][2].istitle()) and len(words[k]) >= 3 \
                        and _candidate_word(words[k], lexicon) and words[k] not in _ROLES \
                        and words[k] not in _PERSON_PREDICATES:
                    is_name[k] = True
        tok, word = tokens[i][2], words[i]
        if is_name[i] or not (tok.islower() or tok.istitle()) or len(word) < 3:
            continue
        if not ((_opens(text, tokens, words, i) and _said_a_person(text, tokens, words, i,
                                                                     lexicon))
                or _question_subject(text, tokens, words, i, lexicon)):
            continue
        if (_candidate_word(word, lexicon) and word not in _SPEAKING_THINGS
                and word not in lexicon.allow and not word.endswith(_ROLE_ENDINGS)
                and word not in _ROLES and word not in _PERSON_PREDICATES):
            is_name[i] = True
