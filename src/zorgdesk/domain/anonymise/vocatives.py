"""A Dutch noun spoken to as a name: "'jojo je bent een loser'", "'tijger kom je?'".

A chat message or quote in lower case that opens with a word outside its clause - before
"je"/"jij" and their finite verb ("jojo | je bent"), or before a verb with "je" after it
("tijger | kom je") - addresses someone with that word. Dutch puts only four kinds of
word there: a name, a word of address ("schat", "jongen", "lieverd", "gast"), a
discourse word ("nou", "echt", "jammer", "kijk", "wacht") or an insult ("sukkel",
"loser"). A noun that is none of the others is what the one spoken to is called.

Guards, so ordinary Dutch stays (and insults stay: in a bullying record they are facts):
- only a dictionary noun (it has a plural or diminutive in the word list: "jojo's",
  "tijgers"); words no dictionary has are ``person_slots``' work;
- no word of address, no insult (listed, and compounds ending in "-kop", "-zak" ...),
  no discourse word, adjective, adverb, pronoun or verb stem ("kijk je bent", "wacht");
- only opening a message, quote or line, and only in lower case: a capitalised word
  opening a sentence of prose is judged by the capital rules.
"""

from __future__ import annotations

from zorgdesk.domain.anonymise.person_slots import (
    ADVERBS,
    CLAUSE_OPENERS,
    DETERMINERS,
    PERSON_PREPOSITIONS,
    PRONOUNS,
    adjective,
    finite_verb,
    starts_message,
    unknown_word,
)

__all__ = ["ADDRESS_WORDS", "INSULTS", "curse_compound", "insult", "is_noun", "nouns_spoken_to"]

Token = tuple[int, int, str]

_YOU = frozenset(["je", "jij"])
# Words of address: the endearments any child is called ("schat", "lieverd"), words for a
# person or a kinsman, forms of address. Pet nouns that single one child out ("muis",
# "ster", "prinses", "mop") are not here: used as a name, they are one.
ADDRESS_WORDS = frozenset([
    "schat", "schatje", "schattebout", "lieverd", "lieverdje", "liefje", "lief", "liefie",
    "meid", "meiden", "meisje", "meisjes", "jongen", "jongens", "jochie", "joch", "kind",
    "kindje", "kinderen", "kerel", "vent", "man", "gast", "gasten", "gozer", "maat", "maatje",
    "makker", "vriend", "vriendje", "vriendin", "vrienden", "broer", "broertje", "zus",
    "zusje", "zussie", "dude", "dame", "dames", "heren", "mensen", "lui", "kids", "mam", "pap",
    "mama", "papa", "mamma", "pappa", "ma", "pa", "oma", "opa", "juf", "meester", "topper",
    "kampioen", "baas", "chef", "kleintje", "kleine", "grote", "schatten", "lieverds", "knul",
    "broeder", "zuster", "buurman", "buurvrouw", "meneer", "mevrouw", "mijnheer", "collega",
    "baby", "babe", "bro", "sis", "habibi", "habiba", "sahbi", "moeder", "vader", "zoon",
    "dochter", "tante", "oom", "ome", "neef", "nicht", "ouders", "jeugdarts", "huisarts",
    "dokter", "leerkracht", "directeur",
    # the same endearments in the families' other languages (Turkish, Arabic, Polish)
    "canım", "canim", "aşkım", "askim", "hayatım", "hayatim", "habibti", "hayati",
    "kochanie", "skarbie"])
# Insults children and adults write: a fact in a record, never a name.
INSULTS = frozenset([
    "sukkel", "sukkeltje", "loser", "lozer", "idioot", "debiel", "mongool", "mongooltje",
    "dombo", "domoor", "oen", "sul", "stumper", "kluns", "malloot", "zot", "gek", "gekkie",
    "eikel", "lul", "klootzak", "kut", "trut", "hoer", "slet", "sloerie", "bitch", "homo",
    "flikker", "mietje", "watje", "kneus", "zwakkeling", "slappeling", "lafaard", "kakker",
    "stinker", "stinkerd", "viezerik", "etterbak", "etter", "rotzak", "rotjoch", "rotkind",
    "aap", "varken", "koe", "ezel", "kalf", "schaap", "rund", "rat", "slang", "hond",
    "pannenkoek", "nerd", "noob", "freak", "lelijkerd", "dikkerd", "luilak", "prutser",
    "klojo", "zak", "mof", "kaaskop", "sloom", "slome", "stomme", "domme", "vieze",
    "kanker", "tering", "tyfus", "pleuris", "slijmbal", "verrader", "leugenaar", "dief",
    "bedrieger", "klikspaan", "uitslover", "betweter", "huilebalk", "baby", "kleuter",
    # racist slurs: what a child is called by way of discrimination, a fact
    "neger", "negerin", "zwartje", "bruintje", "spleetoog", "makak", "tatta", "bosneger",
    "geitenneuker", "wijf", "wijven", "zielig", "zielige"])
# Endings of insulting compounds: "domkop", "dikzak", "kankerlijer", "vetklep". Not "-erik",
# "-ling", "-kees", "-trien", "-aard": names end so ("frederik", "sterling", "jankees",
# "katrien"), and the insults among them are listed ("viezerik", "zwakkeling", "lafaard").
_INSULT_ENDINGS = ("kop", "zak", "lijer", "lul", "bek", "klep", "bak", "hoofd", "wijf", "erd")
# Discourse words that open a message before "je": "nou je bent laat", "kijk je bent".
_DISCOURSE = frozenset([
    "nou", "ja", "nee", "jawel", "oh", "och", "tja", "echt", "serieus", "sorry", "oke", "oké",
    "okee", "kijk", "zeg", "hoor", "joh", "thuis", "straks", "morgen", "vandaag", "dan",
    "jeetje", "gatver", "bah", "wauw", "wow", "top",
    "mooi", "goed", "prima", "super", "gaaf", "vet", "klopt", "jammer", "helaas", "wacht",
    "luister", "kom", "ga", "zie", "weet", "trouwens", "man", "pff", "haha", "lol", "omg",
    "wtf", "eindelijk", "eerlijk", "dus", "daarom", "toch", "alsof", "want", "maar", "en"])


def _noun(word: str, lexicon) -> bool:
    """A word with a plural or a diminutive in the word list ("jojo's", "tijgers")."""
    words = lexicon.words
    return any(form in words for form in (
        word + "s", word + "'s", word + "en", word + word[-1] + "en", word + "je",
        word + "tje", word + "pje", word + "etje", word + word[-1] + "etje"))


def _verb_stem(word: str, lexicon) -> bool:
    """"kijk", "wacht": the stem of a verb (an imperative before "je"), with no plural
    in -s that makes it a noun as well ("tijgers", "tanks")."""
    words = lexicon.words
    return word + "en" in words and (word + "t" in words or word + "de" in words
                                     or word + "te" in words) and not (
        word + "s" in words or word + "'s" in words)


is_noun = _noun


# Curses glued before an insult or a group: "kankerlijer", "tyfusmongool", "kankerhoer".
_CURSE_PREFIXES = ("kanker", "kk", "tyfus", "tering", "klere", "pleuris", "kut", "godver")


def curse_compound(word: str) -> bool:
    """"kankerhoer", "tyfuslijer": a curse glued before a word, abuse and never a name."""
    return any(word.startswith(c) and len(word) >= len(c) + 3 for c in _CURSE_PREFIXES)


def insult(word: str) -> bool:
    """An insult or a slur (lower case): a fact of the record, never a name. The one test
    of the vocative, chat and naming rules (``chat_names``, ``naming_clauses``) and the
    preview's flags."""
    return word in INSULTS or any(word.endswith(e) and len(word) > len(e) + 2
                                  for e in _INSULT_ENDINGS) or curse_compound(word)


# Slurs and curses among the insults: sexual, racist and disease words no child goes by as
# a nickname. With a capital in a naming place ("Meisjes noemen haar Slet") such a word is
# still the abuse quoted, a fact; a milder insult with a capital there is the name a child
# is known by ("Ze noemen hem Dombo").
_SLURS = frozenset([
    "mongool", "mongooltje", "debiel", "lul", "klootzak", "kut", "trut", "hoer", "slet",
    "sloerie", "bitch", "homo", "flikker", "mietje", "eikel", "kanker", "tering", "tyfus",
    "pleuris", "mof", "neger", "negerin", "zwartje", "bruintje", "spleetoog", "makak",
    "tatta", "bosneger", "geitenneuker", "wijf", "wijven"])


def slur(word: str) -> bool:
    """A slur or a curse (lower case), abuse even with a capital (see ``_SLURS``)."""
    return word in _SLURS or curse_compound(word) or word.endswith(("lijer", "wijf"))


def _spoken_to(text: str, tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """Token ``i`` stands outside the clause after it: "X je bent" or "X kom je"."""
    if i + 2 >= len(tokens) or any(text[tokens[k][1]:tokens[k + 1][0]] != " "
                                   for k in (i, i + 1)):
        return False
    one, two = words[i + 1], words[i + 2]
    if one in _YOU and finite_verb(two, lexicon):
        return not _verb_stem(words[i], lexicon)  # "kijk je bent": an imperative
    return two in _YOU and (finite_verb(one, lexicon) or one + "t" in lexicon.words
                            or one + "en" in lexicon.words)


# Imperatives too short or irregular for the "-en" test: "ga zitten", "doe normaal".
_IMPERATIVES = frozenset(["ga", "sta", "sla", "doe", "zie", "ben", "heb", "hou", "kom", "zeg"])


def _imperative_after_comma(text: str, tokens: list[Token], words: list[str], i: int,
                            lexicon) -> bool:
    """"spekkie, kom eens hier": a comma, then a verb in the imperative (its stem)."""
    if i + 1 >= len(tokens) or text[tokens[i][1]:tokens[i + 1][0]].strip() != ",":
        return False
    verb, words_ = words[i + 1], lexicon.words
    if i + 2 < len(tokens) and text[tokens[i + 1][1]:tokens[i + 2][0]].strip() == ",":
        return False  # "moeder, vader, zus": a list
    return tokens[i + 1][2].islower() and (
        verb in _IMPERATIVES or (len(verb) >= 3 and verb + "en" in words_
                                 and verb + "t" in words_ and verb + "s" not in words_))


def _no_name_word(word: str, lexicon) -> bool:
    return (word in ADDRESS_WORDS or word in _DISCOURSE or word in ADVERBS
            or word in DETERMINERS or word in PRONOUNS or word in CLAUSE_OPENERS
            or word in PERSON_PREPOSITIONS or insult(word) or adjective(word, lexicon)
            or finite_verb(word, lexicon))


def nouns_spoken_to(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                    lexicon) -> None:
    """Mark the nouns spoken to as names in ``is_name`` (see the module doc); also a word
    no dictionary has, before a comma and an imperative ("spekkie, kom eens hier")."""
    for i, (_start, _end, tok) in enumerate(tokens):
        word = words[i]
        if (is_name[i] or not tok.islower() or len(word) < 3
                or not starts_message(text, tokens, i) or _no_name_word(word, lexicon)):
            continue
        if word not in lexicon.words:
            if unknown_word(word, lexicon) and _imperative_after_comma(
                    text, tokens, words, i, lexicon):
                is_name[i] = True
            continue
        if _noun(word, lexicon) and (_spoken_to(text, tokens, words, i, lexicon)
                                     or _imperative_after_comma(text, tokens, words, i,
                                                                lexicon)):
            is_name[i] = True
