"""The name a clause of calling gives, with other words between: "Moeders vriend heet
volgens Daan tonijn", "Op de club heet ze pluis", "Zijn zus noemt hem thuis de beer", "De
jongens noemen haar sinds de zomer ook spriet".

"heten" and "noemen" end their clause with the name they give (the predicate after the
subject and the object); an adverbial may stand between ("volgens Daan", "thuis", "sinds
de zomer ook"). So the last word of such a clause is the name when:

- the clause calls a person: "noemen" has a person as its object ("hem", "haar", a name;
  "Ze noemen het op school pesten" calls a thing), "heten" a person as its subject ("Moeders
  vriend", "hij"; inverted "heet ze"; "Het spel heet tikkertje" names a game);
- the word is a bare noun or a noun after "de" ("de beer"): no adjective ("noemen hem
  thuis lief", "de beste"), no infinitive or plural in -en ("samenwerken"), no adverb
  ("Hoe heet ze eigenlijk?"), and no "een" or possessive before it ("een loser": what he
  is, not what he is called).
The words right after the verb (``names._strong_name_place``) are found already; this
module adds the clauses with words between.
"""

from __future__ import annotations

from zorgdesk.domain.anonymise.detectors import FOREIGN_KINSHIP, RELATION_WORDS
from zorgdesk.domain.anonymise.person_slots import (
    ADVERBS,
    DETERMINERS,
    PERSON_PREPOSITIONS,
    PRONOUNS,
    adjective,
    finite_verb,
    long_stem,
    strict_adjective,
)
from zorgdesk.domain.anonymise.vocatives import insult, is_noun

__all__ = ["MORE_ADVERBS", "a_person_word", "clause_names_a_person", "names_after_als",
           "names_after_bijnaam", "names_after_oftewel", "names_before_bijnaam",
           "names_before_a_bracketed_cue", "names_before_as_called", "names_before_echte_naam",
           "names_before_final_calling", "names_before_genoemd",
           "names_fronted_before_calling",
           "names_of_calling_clauses", "names_said_to"]

Token = tuple[int, int, str]

_CALLING = frozenset(["noemt", "noemen", "noemde", "noemden", "noem"])
_SHOUTING = frozenset(["roept", "roepen", "riep", "riepen"])
_NAMED = frozenset(["heet", "heette", "heten", "heetten"])
_OBJECTS = frozenset(["hem", "haar", "hen", "elkaar", "zichzelf", "mij", "me", "jou", "ons"])
_SUBJECTS = frozenset(["hij", "zij", "ze", "ik", "jij", "je", "u"])
# Adverbs a calling clause often has that the slot lists lack.
MORE_ADVERBS = frozenset([
    "daarom", "daarna", "sindsdien", "stiekem", "gewoon", "eigenlijk", "expres", "weleens",
    "allemaal", "steeds", "nog", "inmiddels", "tegenwoordig", "vroeger", "graag", "liever",
    "officieel", "eens", "nu", "ook", "soms", "vaak", "altijd", "nooit", "echt", "zelf",
    "allebei", "beiden", "apart", "expliciet", "letterlijk", "terecht", "eerder", "zelden",
    "regelmatig", "herhaaldelijk", "meermaals", "alleen", "net", "pas", "gwn", "ff", "effe",
    "anders", "voluit", "al"])
# Words for a person, as subject of "heten".
_PEOPLE = frozenset([
    "vriend", "vriendin", "vriendje", "vriendinnetje", "broer", "broertje", "zus", "zusje",
    "neef", "neefje", "nicht", "nichtje", "oom", "ome", "tante", "opa", "oma", "buurman",
    "buurvrouw", "buurjongen", "buurmeisje", "man", "vrouw", "jongen", "meisje", "vader",
    "moeder", "stiefvader", "stiefmoeder", "klasgenoot", "klasgenootje", "oppas", "kind",
    "baby", "partner", "hond", "kat", "poes"])
_MAX_BETWEEN = 6
# A laugh or a shout closing a chat line after the name ("noemen hem bolle lol").
_LAUGHS = frozenset(["lol", "haha", "hahaha", "hihi", "hehe", "xd", "lmao", "omg", "wtf"])
# Bare titles: the word after one closing a clause of calling is the name ("heet tante bes").
_BARE_TITLES = frozenset(["ome", "oom", "tante", "opa", "oma", "opi", "omi", "juf", "meester",
                          "buurman", "buurvrouw", "coach", "trainer", *FOREIGN_KINSHIP])


def a_person_word(words: list[str], is_name: list[bool], k: int) -> bool:
    """Token ``k`` is a subject pronoun, a word for a person or a name ("Hij heet",
    "Zijn neef heet", "een jongen genaamd"; "Zijn knuffel heet" is about a thing)."""
    return k >= 0 and (words[k] in _SUBJECTS or words[k] in _PEOPLE
                       or words[k] in _PERSON_WORDS or is_name[k])


def _ends_clause(text: str, tokens: list[Token], k: int) -> bool:
    after = text[tokens[k][1]:tokens[k + 1][0]] if k + 1 < len(tokens) else text[tokens[k][1]:]
    after = after.lstrip("'\"’”»")  # "Bijnaam: 'tank'.": the closing quote is no word
    return not after.strip() and k + 1 >= len(tokens) or after.strip()[:1] in tuple(".,;:!?)")


def _name_word(word: str, lexicon) -> bool:
    return (len(word) >= 3 and word not in ADVERBS and word not in MORE_ADVERBS
            and word not in _PEOPLE and word not in RELATION_WORDS
            and word not in FOREIGN_KINSHIP  # "noemt hem dziadzio": what he is to her
            and word not in DETERMINERS and word not in PRONOUNS
            and word not in PERSON_PREPOSITIONS and not word.endswith(("en", "ste"))
            and not finite_verb(word, lexicon)
            and not (adjective(word, lexicon) and strict_adjective(word, lexicon)))


def _person_subject(tokens: list[Token], words: list[str], is_name: list[bool], verb: int,
                    text: str) -> bool:
    """A person before "heet" in its clause ("Moeders vriend heet"), or right after it
    ("heet ze")."""
    if verb + 1 < len(tokens) and words[verb + 1] in _SUBJECTS:
        return True
    for k in range(verb - 1, max(-1, verb - 5), -1):
        if text[tokens[k][1]:tokens[k + 1][0]].strip():
            return False  # the clause began after token k ("Peppa Pig. Zijn knuffel heet")
        if words[k] in _PEOPLE or words[k] in _SUBJECTS or is_name[k]:
            return True
    return False


def names_of_calling_clauses(text: str, tokens: list[Token], words: list[str],
                             is_name: list[bool], lexicon) -> None:
    """Mark the name that ends a clause of calling (see the module doc) in ``is_name``."""
    for v, word in enumerate(words):
        if word in _CALLING or word in _SHOUTING:
            obj = _called_object(words, is_name, v)
            if obj is None:
                continue
            first = obj + 1
        elif word in _NAMED and _person_subject(tokens, words, is_name, v, text):
            first = v + 2 if v + 1 < len(tokens) and words[v + 1] in _SUBJECTS else v + 1
        else:
            continue
        end = _clause_end(text, tokens, words, first, lexicon)
        if end is None or is_name[first] or "als" in words[first:end]:
            continue  # found already ("heet Tomasz Nowak volgens moeder"), "noemt vader
            # als contactpersoon" (a role: ``names_after_als``)
        k = _before_a_phrase(words, first, end)
        if words[first - 1] in RELATION_WORDS and (words[k - 1] == "de" and not _noun_after_de(
                tokens[k][2], words[k], lexicon, passive=True) or k > first
                and words[k - 1] != "de" and words[k - 1] not in MORE_ADVERBS):
            continue  # "Hij noemt vader de schuldige", "noemt oma de enige steun": what
            # she is to them ("noemt vader steeds de generaal" names him)
        while k > first and words[k] in _LAUGHS:
            k -= 1  # "ze noemen hem gwn bolle lol": a chat's laugh closes the line
        if k > first and words[k - 1] in _PHRASE_PREPOSITIONS or k - 1 > first and \
                words[k - 2] in _PHRASE_PREPOSITIONS and words[k - 1] in DETERMINERS \
                or words[k] == "welkom":
            continue  # "noemen ze haar op straat": a phrase closes the clause, no name;
            # "heet iedereen welkom"
        if _her_thing(tokens, words, first, k, lexicon):
            continue  # "Ze noemt haar knuffel Beer": her toy's name, no person's
        # "noemen haar op school Spin": after "hem"/"haar" a capital closing the clause;
        # after a name too ("Ze noemt Daan altijd Muis")
        called = word in _CALLING and (words[first - 1] in ("hem", "haar", "zichzelf")
                                       or is_name[first - 1] and tokens[first - 1][2].istitle())
        if _the_name(text, tokens, words, is_name, k, first, lexicon, called):
            is_name[k] = True


def _her_thing(tokens: list[Token], words: list[str], first: int, k: int, lexicon) -> bool:
    """"noemt haar knuffel Beer": "haar" + a lower-case noun that is no person right before
    the name is her thing (its name is no identifier); "noemt haar thuis Muis" has an
    adverb there, "noemt haar broertje Beer" a person, "noemen haar Kleine Muis" a name."""
    w = words[first]
    return k == first + 1 and words[first - 1] == "haar" and tokens[first][2].islower() \
        and w not in ADVERBS and w not in DETERMINERS and not adjective(w, lexicon) \
        and w not in MORE_ADVERBS and w not in PERSON_PREPOSITIONS and w not in _PEOPLE \
        and w not in _PERSON_WORDS and w not in RELATION_WORDS and is_noun(w, lexicon)


def _the_name(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
              k: int, first: int, lexicon, called: bool = False) -> bool:
    """Token ``k`` closing a clause of calling is the name it gives: after a bare title
    any word ("heet tante bes"); after "de" a noun, also capitalised ("de Haas"; an
    adjective there is inflected: "de stille"); else a bare word that is no adjective."""
    before = words[k - 1] if k > first else ""
    owner = k - 2 >= first and words[k - 2] in DETERMINERS and words[k - 2] != "de"
    if (before in DETERMINERS and before != "de") or owner or is_name[k]:
        return False  # "een loser", "zijn (kleine) maatje": what he is
    if insult(words[k]):
        return False  # "ze riepen hem mongool": what he was called by way of abuse, a fact
    how = _how(words[k], lexicon)
    if before in _BARE_TITLES and text[tokens[k - 1][1]:tokens[k][0]] == " ":
        if how and k >= 2 and words[k - 2] == "haar":
            return False  # "noemt haar oma gemeen": her grandma, called mean
        return tokens[k][2].islower() and _function_free(words[k], lexicon)
    if how:
        return False  # "riep hem huilend": how he was called, no name
    if before == "de":
        return _noun_after_de(tokens[k][2], words[k], lexicon)
    # "heet hij Knikker", "roepen hem Bobbel": a capital on an ordinary word right after the
    # pronoun of the clause is a name too ("Het boek dat ze noemde heet Kruimeltje": a title)
    # "Op school heet hij gewoon Tank", "... nog steeds Tank": adverbs between the pronoun
    # and the name
    at = first
    while at < k and at < first + 3 and words[at] in MORE_ADVERBS:
        at += 1
    capital = tokens[k][2].istitle() and (called or k == at and at >= 1 and (
        words[first - 1] in _SUBJECTS or words[first - 1] in _OBJECTS))
    return (tokens[k][2].islower() or capital) and _name_word(words[k], lexicon)


def _how(word: str, lexicon) -> bool:
    """An adjective or a present participle ("huilend": "huilen" + d)."""
    return (adjective(word, lexicon) and strict_adjective(word, lexicon)) or (
        word.endswith("end") and word[:-1] in lexicon.words)


def _function_free(word: str, lexicon) -> bool:
    return (len(word) >= 2 and word not in ADVERBS and word not in MORE_ADVERBS
            and word not in DETERMINERS and word not in PRONOUNS
            and word not in PERSON_PREPOSITIONS and not finite_verb(word, lexicon))


def _noun_after_de(token: str, word: str, lexicon, passive: bool = False) -> bool:
    """A noun after "de" in a name's place: "de beer", "de tank", "de Haas"; an insult
    there is what he is called by way of abuse, a fact. In a passive ("wordt de dikke
    genoemd") an adjective made a noun is too (the insult is what happened); Dutch inflects
    such an adjective, so only a word in -e can be one."""
    if len(word) < 3 or word in _PEOPLE or word in RELATION_WORDS or (
            insult(word) and token.islower()):  # "de Slang" with a capital is a name
        return False
    if not (token.islower() or token[:1].isupper() and token[1:].islower()):
        return False
    inflected = word.endswith("e") and (adjective(word[:-1], lexicon)
                                        or strict_adjective(word[:-1], lexicon)
                                        or adjective(long_stem(word[:-1]), lexicon))
    plural = len(word) > 4 and word.endswith("s") and word[:-1] in lexicon.words  # "winnaars"
    return not (passive and inflected) and not word.endswith(("ste", "en")) and not plural \
        and _function_free(word, lexicon)


# The one called after "noemt"/"roept" (and its subject between: "noemen ze haar", "roept
# iedereen Daan", "roepen de meiden Mirthe").
_CALLER_PRONOUNS = frozenset(["ze", "zij", "hij", "we", "wij", "jullie", "ik", "je", "men",
                              "iedereen", "niemand", "velen", "allen"])


def _called_object(words: list[str], is_name: list[bool], v: int) -> int | None:
    """The token of the person a verb of calling names, right after the verb or after a
    subject of one pronoun or an article and a noun. "roepen" calls someone something
    only with such an object and a word closing the clause ("roept de juf hem binnen":
    an adverb, left to ``_name_word``)."""
    n = len(words)
    if v >= 2 and v + 2 < n and words[v + 1] in _CALLER_PRONOUNS and (
            words[v - 1] in _PEOPLE | _PERSON_WORDS | {"leider", "baas"}
            or words[v - 1].endswith("ste")) and words[v - 2] == "de":
        return v + 1  # "de leider/grootste noemen ze Haai": the one called comes first
    if v + 1 < n and words[v + 1] in RELATION_WORDS:
        return v + 1  # "Hij noemt vader steeds de generaal"
    for obj in (v + 1, v + 2, v + 3):
        if obj >= n:
            return None
        if words[obj] in _OBJECTS or is_name[obj]:
            if obj == v + 1 or (obj == v + 2 and words[v + 1] in _CALLER_PRONOUNS) or (
                    obj == v + 3 and words[v + 1] in DETERMINERS):
                return obj
            return None
    return None


def _clause_end(text: str, tokens: list[Token], words: list[str], first: int,
                lexicon) -> int | None:
    """The last token of the clause from ``first`` on (a few words at most), or None
    where a new verb begins first."""
    for k in range(first, min(len(tokens), first + _MAX_BETWEEN)):
        if text[tokens[k - 1][1]:tokens[k][0]].strip() or (
                k > first and finite_verb(words[k - 1], lexicon)
                and words[k - 1] not in _BARE_TITLES):  # "tante" is no past of "tannen"
            return None  # the clause ended or a new verb began
        if _ends_clause(text, tokens, k):
            return k
    return None


_PHRASE_PREPOSITIONS = frozenset(["bij", "van", "voor", "door", "op", "in", "met", "onder"])


def _before_a_phrase(words: list[str], first: int, end: int) -> int:
    """"heet ze lieveling bij hem": the name before a closing phrase of a preposition and
    a pronoun or noun (with its article); else the last word."""
    if end - 2 >= first and words[end - 1] in _PHRASE_PREPOSITIONS:
        return end - 2
    if end - 3 >= first and words[end - 2] in _PHRASE_PREPOSITIONS \
            and words[end - 1] in DETERMINERS:
        return end - 3
    return end


_PASSIVE = frozenset(["wordt", "werd", "worden", "werden", "is", "was"])
# Prepositions before the word of "genoemd" make it where or by whom someone was mentioned
# ("in de melding genoemd", "door de juf genoemd"), not what he is called.
_PLACE_OR_AGENT = frozenset([
    "in", "op", "bij", "door", "tijdens", "aan", "met", "van", "voor", "naar", "uit", "over",
    "onder", "tegen", "om", "tot", "na", "zonder", "sinds", "achter", "naast", "langs",
    "binnen", "buiten", "volgens", "via", "vanuit", "tussen"])
# Nouns that "genoemd" (also: mentioned) has after it without naming anyone.
_MENTIONED = frozenset(["keer", "maal", "naam", "namen", "bijnaam", "reden", "voorbeeld"])


def names_before_genoemd(text: str, tokens: list[Token], words: list[str],
                         is_name: list[bool], lexicon) -> None:
    """"wordt door de jongens knol genoemd", "werd de Haas genoemd", "Mirthe, thuis pier
    genoemd, zag": the predicate of "genoemd" is the name a person is given. Only where
    the clause is about a person: a name, a word for a person or a personal pronoun as
    the subject of the passive, or before the comma of a participle set off after it
    ("Het spel wordt tikkertje genoemd" names a game). A bare word must be no adjective
    ("lui genoemd"); after "de" an inflected adjective is an insult, a fact."""
    for g in range(1, len(tokens)):
        k = g - 1
        if words[g] not in ("genoemd", "genaamd") or is_name[k] \
                or text[tokens[k][1]:tokens[g][0]] != " ":
            continue
        start = _clause_first(text, tokens, k)
        if k == start:
            is_name[k] = _set_off_name(text, tokens, words, is_name, k, lexicon)
            continue  # "Een vriend, Tank genaamd, kwam langs"
        if words[g] == "genaamd" or not (
                _about_a_person(text, tokens, words, is_name, start, k)
                or _to_be_called(words, is_name, start, g)):
            continue
        before = words[k - 1]
        if _punctuated(text[tokens[k - 1][1]:tokens[k][0]]) or words[k] in _MENTIONED:
            continue
        if before == "de":  # "in de melding genoemd": where it was mentioned, no name
            is_name[k] = (k < 2 or words[k - 2] not in _PLACE_OR_AGENT) and \
                _noun_after_de(tokens[k][2], words[k], lexicon, passive=True)
        elif before not in DETERMINERS and before not in ("als", "zo", "te", "niet") \
                and before not in _PLACE_OR_AGENT and not (
                    k >= 2 and words[k - 2] in DETERMINERS and not _by_people(words, k)):
            # "een harde werker genoemd": an article and an adjective, what he is; with a
            # capital it is the name whatever the word ("wordt Batman genoemd")
            tok = tokens[k][2]
            is_name[k] = (tok.islower() and not insult(words[k])
                          or tok[:1].isupper() and tok[1:].islower()) \
                and _name_word(words[k], lexicon)


def _set_off_name(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                  k: int, lexicon) -> bool:
    """"Een vriend, Tank genaamd, kwam langs": the name alone between commas after a
    person, before "genaamd"/"genoemd"."""
    g = k + 1
    after = text[tokens[g][1]:tokens[g + 1][0]] if g + 1 < len(tokens) else text[tokens[g][1]:]
    tok = tokens[k][2]
    return k > 0 and text[tokens[k - 1][1]:tokens[k][0]] == ", " and after.strip()[:1] in (
        ",", ")") and a_person_word(words, is_name, k - 1) and (
        tok.istitle() or tok.islower() and not insult(words[k])) and _name_word(words[k], lexicon)


def _to_be_called(words: list[str], is_name: list[bool], start: int, g: int) -> bool:
    """"Hij wil Rambo genoemd worden": a person in the clause wants to be called so."""
    return g + 1 < len(words) and words[g + 1] in ("worden", "wordt", "werd") and any(
        words[j] in _SUBJECTS or words[j] in _PEOPLE or is_name[j] for j in range(start, g - 1))


def _by_people(words: list[str], k: int) -> bool:
    """"door de kinderen knol genoemd": the agent of the passive right before the word."""
    return k >= 3 and words[k - 3] == "door" and (
        words[k - 1] in _PERSON_WORDS or words[k - 1] in _PEOPLE
        or words[k - 1] in ("meiden", "klasgenoten", "buren", "leerlingen", "anderen"))


def _clause_first(text: str, tokens: list[Token], k: int) -> int:
    """The first token of the clause that token ``k`` is in (back to a punctuation mark)."""
    j = k
    while j > 0 and k - j < 14 and not _punctuated(text[tokens[j - 1][1]:tokens[j][0]]):
        j -= 1
    return j


def _punctuated(gap: str) -> bool:
    """A gap between two words with more than spaces, numbers and quotes ("groep 8 knol",
    "op voetbal 'Kanon' genoemd")."""
    return bool(gap.strip().strip("0123456789'\"‘’“”").strip()) or "\n" in gap


def _about_a_person(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                    start: int, k: int) -> bool:
    aux = next((j for j in range(start, k) if words[j] in _PASSIVE), None)
    if aux is None:  # a participle set off by commas (or a bracket) after whom it names
        return start > 0 and text[tokens[start - 1][1]:tokens[start][0]].strip() in (
            ",", "),", "(") and (is_name[start - 1] or words[start - 1] in _PEOPLE)
    if aux + 1 < k and words[aux + 1] in _SUBJECTS:
        return True  # "Sinds de zomer wordt ze ..."
    return aux > start and any(is_name[j] or words[j] in _PEOPLE or words[j] in _SUBJECTS
                               or words[j] in RELATION_WORDS for j in range(start, aux))


_FINAL_OPENERS = frozenset(["die", "dat", "wie", "omdat", "zoals", "als", "hoe", "terwijl"])


def names_before_final_calling(text: str, tokens: list[Token], words: list[str],
                               is_name: list[bool], lexicon) -> None:
    """"de jongen die ze pindakaas noemen", "dat de meiden haar haring noemen": in a
    subordinate clause "noemen" comes last and the name right before it. Only where the
    clause is about a person: an object pronoun in it, or "die" after a word for a person
    or a name ("een spel dat ze tikkertje noemen" names a game). A bare word must be no
    adjective ("die ze lief noemen"); "een held", "zijn beste vriend" describe."""
    for v in range(2, len(tokens)):
        k = v - 1
        if (words[v] not in _CALLING and words[v] not in _NAMED) or is_name[k] \
                or text[tokens[k][1]:tokens[v][0]] != " ":
            continue  # "die ze X noemen", "een die Kapitein heet"
        start = _clause_first(text, tokens, k)
        opener = next((j for j in range(k - 1, start - 1, -1) if words[j] in _FINAL_OPENERS),
                      None)  # the nearest: "zegt dat de jongen die ze X noemen"
        lets = k >= 2 and words[k - 1] == "zich" and words[v] == "noemen" and any(
            words[j] in ("laat", "liet", "laten", "lieten") for j in range(start, k - 1))
        if not lets and (opener is None or not _clause_about_a_person(
                text, tokens, words, is_name, opener, k)):
            continue  # "Hij laat zich Rambo noemen": what he wants to be called
        before = words[k - 1]
        if before == "de":
            is_name[k] = _noun_after_de(tokens[k][2], words[k], lexicon)
        elif (before not in DETERMINERS or before in ("haar", "die")) and before not in (
                "als", "zo", "te", "niet"):
            # "haar haring noemen": "haar" is the one called (a word for a person after it
            # is what she is to them: "haar vriend", left to ``_name_word``)
            is_name[k] = ((tokens[k][2].islower() or tokens[k][2].istitle())
                          and not insult(words[k]) and _name_word(words[k], lexicon))


def _clause_about_a_person(text: str, tokens: list[Token], words: list[str],
                           is_name: list[bool], opener: int, k: int) -> bool:
    if any(words[j] in _OBJECTS for j in range(opener + 1, k)):
        return True  # "dat de meiden haar haring noemen"
    if words[opener] not in ("die", "wie") or opener == 0:
        return False
    j = opener - 1
    if text[tokens[j][1]:tokens[opener][0]].strip() == "," and j > 0 and words[j] in _PEOPLE:
        return True  # "Zijn broer, die iedereen kanon noemt"
    return is_name[j] or words[j] in _PEOPLE or words[j] in _PERSON_WORDS \
        or words[j] in ("een", "eentje")  # "een die Kapitein heet": one who


# Words for a person an antecedent of "die" may be ("de jongen die ze ... noemen").
_PERSON_WORDS = frozenset(["jongen", "meisje", "man", "vrouw", "kind", "jongens", "meisjes",
                           "mannen", "vrouwen", "kinderen", "iemand", "leerling", "speler",
                           "klasgenoot", "persoon", "figuur", "kerel", "knul", "gast"])
# Words that announce a nickname: "Zijn bijnaam is worst", "Bijnaam: pindakaas", "bijgenaamd
# de stier", "met de roepnaam X" (right after them ``names._strong_name_place`` decides).
_NICKNAME_NOUNS = frozenset(["bijnaam", "bijnaampje", "roepnaam", "koosnaam", "scheldnaam",
                             "schuilnaam", "bijgenaamd", "alias"])
_ANNOUNCING = frozenset(["is", "was", "werd", "wordt", "luidt", "luidde", "blijft", "bleef"])


def names_after_bijnaam(text: str, tokens: list[Token], words: list[str],
                        is_name: list[bool], lexicon) -> None:
    """The nickname after "bijnaam" and a copula or colon, or after "bijgenaamd" with an
    article: the words up to the end of the clause (two at most: "kale kees"), also
    capitalised ("was Tank"); an adverb or an adjective says what the name is like
    ("Zijn bijnaam is niet leuk", "was pijnlijk voor haar", "Bijnaam: onbekend")."""
    for b in range(len(tokens) - 1):
        if words[b] not in _NICKNAME_NOUNS:
            continue
        k = b + 1
        while k < len(tokens) - 1 and k - b <= 3 and not _punctuated(
                text[tokens[k - 1][1]:tokens[k][0]]) and words[k] not in _ANNOUNCING:
            k += 1  # "Haar bijnaam op school was Tank"
        gap = text[tokens[b][1]:tokens[b + 1][0]].strip().rstrip("'\"‘’“”„").strip()
        if k < len(tokens) and words[k] in _ANNOUNCING:
            k += 1
        elif not (gap in (":", "=") or words[b] in ("bijgenaamd", "alias")):
            continue
        else:
            k = b + 1
        if k < len(tokens) and words[k] in ("de", "het") and words[b] != "scheldnaam":
            k += 1
        _mark_announced(text, tokens, words, is_name, k, lexicon)


_POSSESSORS = frozenset(["zijn", "haar", "hun", "z'n", "d'r", "mijn", "jouw", "onze", "de"])


def names_before_bijnaam(text: str, tokens: list[Token], words: list[str],
                         is_name: list[bool], lexicon) -> None:
    """"Gruffalo is zijn bijnaam", "Tank was haar roepnaam": the word opening a clause
    before a copula and a possessive nickname noun closing it is the nickname."""
    for b in range(3, len(tokens)):
        if words[b] not in _NICKNAME_NOUNS or words[b - 1] not in _POSSESSORS \
                or words[b - 2] not in _ANNOUNCING or not _ends_clause(text, tokens, b):
            continue
        k = b - 3
        if is_name[k] or any(_punctuated(text[tokens[m][1]:tokens[m + 1][0]])
                             for m in range(k, b)):
            continue
        if k and not _punctuated(text[tokens[k - 1][1]:tokens[k][0]]) \
                and words[k - 1] not in ("de", "het"):
            continue  # the word must open its clause ("Dat is zijn bijnaam" stays)
        if _announced_word(tokens[k][2], words[k], lexicon) or tokens[k][2].istitle() \
                and words[k] not in DETERMINERS and words[k] not in PRONOUNS:
            is_name[k] = True


def names_after_oftewel(text: str, tokens: list[Token], words: list[str],
                        is_name: list[bool], lexicon) -> None:
    """"De buurman, oftewel de Reus, schreeuwt", "Zijn oom, ook wel knoest, haalt hem op":
    after a person set off by a comma, "oftewel"/"ofwel"/"ook wel" gives the name he goes
    by ("Drie maanden, oftewel een kwartaal" names no person)."""
    for b in range(2, len(tokens) - 1):
        if words[b] in ("oftewel", "ofwel"):
            first = b
        elif words[b] == "wel" and words[b - 1] == "ook" and b >= 3:
            first = b - 1
        else:
            continue
        person = first - 1
        if text[tokens[person][1]:tokens[first][0]].strip() != "," or not (
                is_name[person] or words[person] in _PEOPLE or words[person] in _PERSON_WORDS):
            continue
        k = b + 2 if words[b + 1] == "de" and b + 2 < len(tokens) else b + 1
        _mark_announced(text, tokens, words, is_name, k, lexicon)


def _mark_announced(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                    k: int, lexicon) -> None:
    span = []
    for m in range(k, min(k + 2, len(tokens))):
        if m > k and (_punctuated(text[tokens[m - 1][1]:tokens[m][0]])
                      or words[m] in _CONJUNCTIONS):
            break  # "Zijn roepnaam is Tank maar op school heet hij Bram"
        span.append(m)
    last = span[-1] if span else None
    if last is None or not (_ends_clause(text, tokens, last) or last + 1 < len(tokens)
                            and words[last + 1] in _CONJUNCTIONS):
        return
    if all(_announced_word(tokens[m][2], words[m], lexicon) for m in span):
        for m in span:
            is_name[m] = True


_CONJUNCTIONS = frozenset(["maar", "en", "want", "omdat", "dus", "toen", "terwijl"])


def _announced_word(token: str, word: str, lexicon) -> bool:
    return (token.islower() or token[:1].isupper() and token[1:].islower()) and \
        _function_free(word, lexicon) and word not in _PEOPLE and not word.endswith("en") \
        and not (adjective(word, lexicon) and strict_adjective(word, lexicon)) \
        and word not in ("onbekend", "bekend", "geheim", "anders", "onduidelijk")


_SAYING_FORMS = frozenset(["zegt", "zeggen", "zei", "zeiden", "zeg"])
# What one says to someone that is no name: greetings, answers, pronouns, forms of address.
_SAID = frozenset(["sorry", "nee", "ja", "dag", "hoi", "doei", "hallo", "bedankt", "dankjewel",
                   "u", "jij", "je", "iets", "niets", "niks", "alles", "dat", "dit", "wat",
                   "het", "veel", "weinig", "meer", "genoeg", "gedag", "welterusten",
                   "goedemorgen", "hoera", "stop", "nooit", "altijd", "vaak", "soms"])


def names_said_to(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                  lexicon) -> None:
    """"In de klas zeggen ze vlo tegen hem", "Haar broers zeggen Muis tegen haar": a bare
    noun between "zeggen" (and its subject) and "tegen" + a person is what they call that
    person; "zei sorry/nee/dag/iets tegen hem" says something, and "u" is a form of
    address."""
    for t in range(2, len(tokens) - 1):
        if words[t] != "tegen" or not _a_person_after(words, is_name, t + 1):
            continue
        k = t - 1
        verb = k - 1 if words[k - 1] in _SAYING_FORMS else (
            k - 2 if k >= 2 and words[k - 2] in _SAYING_FORMS
            and words[k - 1] in _CALLER_PRONOUNS else None)
        if verb is None or is_name[k] or any(_punctuated(text[tokens[m][1]:tokens[m + 1][0]])
                                             for m in range(verb, t)):
            continue
        tok, word = tokens[k][2], words[k]
        if word in _SAID or not (tok.islower() or tok[:1].isupper() and tok[1:].islower()):
            continue
        is_name[k] = (tok[:1].isupper() and word in lexicon.words and _function_free(
            word, lexicon)) or (not insult(word) and _name_word(word, lexicon)
                                 and (is_noun(word, lexicon) or word not in lexicon.words))


def _a_person_after(words: list[str], is_name: list[bool], k: int) -> bool:
    if k >= len(words):
        return False
    if words[k] in _OBJECTS or is_name[k]:
        return True
    return words[k] in ("de", "zijn", "haar", "hun", "mijn") and k + 1 < len(words) and (
        words[k + 1] in _PEOPLE or words[k + 1] in _PERSON_WORDS or is_name[k + 1])


def clause_names_a_person(text: str, tokens: list[Token], words: list[str],
                          is_name: list[bool], k: int) -> bool:
    """The clause of "genoemd" that token ``k`` stands in is about a person (see
    ``names_before_genoemd``): "Ravi (op voetbal 'Kanon' genoemd)", not "Het plan wordt
    'Zomerzon' genoemd"."""
    start = _clause_first(text, tokens, k)
    return _about_a_person(text, tokens, words, is_name, start, k)


# "kent hem als X", "staat bekend als X", "stelt zich voor als X": known or introduced as.
_KNOWING = frozenset(["kent", "kennen", "kende", "kenden", "bekend", "voor"])


def names_after_als(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                    lexicon) -> None:
    """"Op straat kennen ze hem als Slang", "staat bekend als de Slang", "stelt zich voor
    als Slang": the noun after "als" closing such a clause is the name he goes by; a role
    or what he is stays ("kent hem als leider van de groep", "bekend als de beste",
    "stelt zich voor als vrijwilliger")."""
    for a in range(2, len(tokens) - 1):
        if words[a] != "als" or not _known_as(words, a):
            continue
        k = a + 2 if words[a + 1] == "de" and a + 2 < len(tokens) else a + 1
        if is_name[k] or not _ends_clause(text, tokens, k):
            continue
        tok, word = tokens[k][2], words[k]
        if words[k - 1] == "de":
            is_name[k] = _noun_after_de(tok, word, lexicon) and not _role(word, lexicon)
        elif tok.istitle() or tok.islower():
            is_name[k] = (_name_word(word, lexicon) and not _role(word, lexicon)
                          and (tok.istitle() or word not in lexicon.words))


def _known_as(words: list[str], a: int) -> bool:
    while a > 1 and words[a - 1] in MORE_ADVERBS:
        a -= 1  # "kennen hem alleen als Tank"
    before = words[max(0, a - 4):a]
    if "bekend" in before[-1:] or ("voor" in before[-1:] and "zich" in before):
        return True
    return any(w in _KNOWING for w in before[:-1]) and before[-1] in _OBJECTS | {"hem", "haar"}


def _role(word: str, lexicon) -> bool:
    """"leider", "vrijwilliger", "beste": what someone is, not what he is called."""
    stem = word[:-2]
    return word in _PEOPLE or word in _PERSON_WORDS or word.endswith(("ste", "ling")) or (
        word.endswith("er") and len(stem) >= 3 and (stem + "en" in lexicon.words
                                                    or stem[:-1] + "en" in lexicon.words))


def names_before_as_called(text: str, tokens: list[Token], words: list[str],
                           is_name: list[bool], lexicon) -> None:
    """"Tank, zoals ze hem noemen, sloeg hem", "Tank (zo noemen ze hem) sloeg hem", "Met
    gieter (zo noemt ze de buurman) gaat ze vissen": the word before an aside of calling
    whose object is a person ("hem", "haar", a word for a person or kin; "zo noemt ze het
    speelgoed" calls a thing)."""
    n = len(tokens)
    for z in range(1, n - 3):
        if words[z] not in ("zoals", "zo") or is_name[z - 1] \
                or text[tokens[z - 1][1]:tokens[z][0]] not in (", ", " ("):
            continue
        end = next((j for j in range(z + 2, min(n, z + 6))
                    if text[tokens[j][1]:tokens[j + 1][0] if j + 1 < n else None].strip()[:1]
                    in (",", ")")), None)
        if end is None or not any(words[j] in _CALLING for j in range(z + 1, end + 1)) \
                or not any(words[j] in _OBJECTS or words[j] in _PEOPLE
                           or words[j] in RELATION_WORDS for j in range(z + 1, end + 1)):
            continue
        tok, word = tokens[z - 1][2], words[z - 1]
        if (tok.istitle() or tok.islower() and not insult(word)) and word not in _PEOPLE \
                and word not in DETERMINERS and word not in PRONOUNS \
                and _name_word(word, lexicon):
            is_name[z - 1] = True


def names_before_a_bracketed_cue(text: str, tokens: list[Token], words: list[str],
                                 is_name: list[bool], lexicon) -> None:
    """"Vriendje kaka (bijnaam, jongen uit groep 6)", "Tank (roepnaam) kwam": a bracket
    opening on a nickname noun says the word before it is one."""
    for b in range(1, len(tokens)):
        k = b - 1
        if words[b] not in _NICKNAME_NOUNS or is_name[k] \
                or text[tokens[k][1]:tokens[b][0]].strip() != "(":
            continue
        after = text[tokens[b][1]:tokens[b + 1][0] if b + 1 < len(tokens) else None].strip()
        tok, word = tokens[k][2], words[k]
        if after[:1] in (")", ",", ";") and (tok.istitle() or tok.islower()) \
                and word not in _PEOPLE and word not in _PERSON_WORDS \
                and (k == 0 or words[k - 1] not in DETERMINERS) \
                and (tok.istitle() or not insult(word)) and _function_free(word, lexicon) \
                and not (adjective(word, lexicon) and strict_adjective(word, lexicon)):
            is_name[k] = True  # not "Het formulier (bijnaam, voornaam)": a thing


def names_before_echte_naam(text: str, tokens: list[Token], words: list[str],
                            is_name: list[bool], lexicon) -> None:
    """"Oma zegt dat de lange de nieuwe vriend van de moeder is, echte naam Ferdinand":
    the subject of a sentence whose real name follows is a nickname; an adjective made a
    noun ("de lange") or a bare word, never a word for a person ("de buurman, echte
    naam ...": what he is)."""
    for e in range(2, len(tokens) - 1):
        if words[e] != "echte" or words[e + 1] != "naam" \
                or text[tokens[e - 1][1]:tokens[e][0]].strip() not in (",", ";", "("):
            continue
        start = e - 1
        while start > 0 and e - start < 20 and _within(text[tokens[start - 1][1]:
                                                            tokens[start][0]]):
            start -= 1
        that = next((j for j in range(start, e) if words[j] == "dat"), None)
        k = start if that is None else that + 1
        if k + 1 < e and words[k] == "de":
            k += 1
        tok, word = tokens[k][2], words[k]
        if not is_name[k] and tok.islower() and word not in _PEOPLE \
                and word not in _PERSON_WORDS and word not in RELATION_WORDS \
                and _function_free(word, lexicon) and len(word) >= 3:
            is_name[k] = True


def _within(gap: str) -> bool:
    """A gap between two words of one sentence (no full stop, colon or new line)."""
    return gap.strip()[-1:] not in (".", "!", "?", ":") and "\n" not in gap


def names_fronted_before_calling(text: str, tokens: list[Token], words: list[str],
                                 is_name: list[bool], lexicon) -> None:
    """", Hondenman noemen de kinderen hem,": the name fronted before "noemen", its
    subject and the one called ("hem"/"haar") closing the clause."""
    for v in range(1, len(tokens) - 2):
        start = v - 2 if v >= 2 and words[v - 1] == "zo" \
            and text[tokens[v - 2][1]:tokens[v - 1][0]] == ", " else v - 1
        if words[v] not in _CALLING or is_name[start]:
            continue  # "Pluis, zo noemen ze haar": the name before "zo"
        if start and not _punctuated(text[tokens[start - 1][1]:tokens[start][0]]):
            continue  # the word before the verb must open its clause
        obj = next((j for j in range(v + 1, min(len(tokens), v + 4)) if words[j] in _OBJECTS),
                   None)
        if obj is None or not (_ends_clause(text, tokens, obj) or start < v - 1 and any(
                _ends_clause(text, tokens, j) for j in range(obj + 2, min(len(tokens),
                                                                         obj + 4)))
                and words[obj + 1] in _PHRASE_PREPOSITIONS):
            continue  # ", zo noemen ze haar op straat,": a phrase may close the clause
        tok, word = tokens[start][2], words[start]
        if word in DETERMINERS or word in PRONOUNS or word in ADVERBS or word in _PEOPLE:
            continue
        is_name[start] = (tok.istitle() or tok.islower()) and _name_word(word, lexicon)
