"""Short and pet forms of a KNOWN given name: "Rodri" for Rodrigo, "jurdi" for Jurdiley,
"sterr" for Sterre, "max" (after "broer") for Maximiliaan.

Why this generalises: Dutch (and most languages' school-yard) pet names are made by cutting
a given name after its first syllable or two and, often, adding a diminutive ending
("Rodri", "Gijs", "Maxie", "Joepie", "Jurdi"). So a word that is the START of a known
given name, possibly with such an ending, is that person, in any case; no list of pet
names is needed. The index of full forms (``name_index``) cannot hold every cut because
most cuts are ordinary words ("ster", "max", "roos" for Roosmarijn).

Guards, so ordinary Dutch stays:
- at least three letters, and shorter than the given name (the full name is the index's);
- a cut that is an ordinary Dutch word (``is_word``), or only three letters long, counts
  only right after a title or kinship word ("broer max", "tante ster"): "Ned" (for
  Nederlands) is no Nedim, and a capitalised "Max" mid-sentence goes as a name anyway;
- without a word list (no name detector) only the title position counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from zorgdesk.domain.anonymise.detectors import RELATION_WORDS
from zorgdesk.domain.anonymise.name_index import is_placeholder, split_name
from zorgdesk.domain.anonymise.person_slots import bare_subject
from zorgdesk.domain.anonymise.pet_names import PET_NAMES
from zorgdesk.domain.anonymise.replacements import TAGS, Replacement
from zorgdesk.domain.text import fold

_WORD = re.compile(r"[^\W\d_]+")
# Dutch endings of pet names: "Maxie", "Joepie", "Gijsje", "Anneke"; and the "-i" of
# many languages ("Wiki" for Wiktoria, "Nati" for Natalia, "Steffi").
_ENDINGS = ("tjes", "tje", "pie", "ie", "je", "ke", "y", "i")
# Endings of pet names in the languages Dutch schools hear most, glued to the first
# syllable or to the whole given name: Polish "Zuzia", "Kasia", "Kacperek", "Wojtuś";
# Ukrainian and Russian "Tarasik", "Sashko"; Turkish "Emrecim", "Aycan'cığım" without
# its apostrophe; Spanish and Portuguese "Juanito", "Anita"; Ukrainian and Russian "Bodya",
# "Sasha" written "-ja"; Romanian "Ionuț", "Ioanica", "Mihăiță", "Vasilică" (folded: "ionut",
# "ioanica", "mihaita", "vasilica"). Only for a word no
# dictionary has ("_plausible"): a Dutch word that starts like a name stays.
_FOREIGN_ENDINGS = ("cığım", "ciğim", "çığım", "cim", "cım", "çim", "cik", "usia", "unia",
                    "sia", "cia", "nia", "ia", "uś", "ek", "ik", "ko", "ka", "ito", "ita",
                    "ya", "ja", "yo", "ioara", "isor", "ut", "uta", "uca", "ucu", "ica",
                    "icu")
# Words after which a lower-case word is someone's name ("broer max", "juf ster").
_TITLES = frozenset([*RELATION_WORDS, "juf", "juffrouw", "meester", "meneer", "mevrouw",
                     "broer", "broertje", "zus", "zusje", "neef", "neefje", "nicht", "nichtje",
                     "vriend", "vriendje", "vriendin", "vriendinnetje", "klasgenoot",
                     "klasgenootje", "kleine", "grote", "lieve", "pappie", "mammie", "ome"])
_MIN = 3
# After these a pet form of a known given name is the person even where it is also a word
# ("met hannes gespeeld", "volgens kees"): none of them stands before a bare noun.
_WITH_PERSON = frozenset(["met", "bij", "tegen", "volgens", "samen"])
_DIMINUTIVE = "dim:"  # key prefix in the table for the regular diminutive
_WHOLE = "whole:"  # key prefix in the table for a whole given name
_MIN_GIVEN = 5  # a short given name ("Bram", "Sem") has no cut left that is not a word
_PET = "pet:"  # key prefix in the table for an irregular pet form (pet_names.py)
_LETTERS = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ß": "ss"})


def _plain(folded: str) -> str:
    """"małgorzata" -> "malgorzata": the letters ``fold`` keeps, as the table spells them."""
    return folded.translate(_LETTERS)


def _prefix_table(index) -> dict[str, frozenset[str]]:
    """The table of ``index``'s people, kept on the index (``NameIndex.of`` keeps one per
    list of names; looking a second cache up would hash the whole list again per text)."""
    if "cuts" not in index.derived:
        index.derived["cuts"] = _build_table(index.people)
    return index.derived["cuts"]


def _build_table(known: tuple) -> dict[str, frozenset[str]]:
    """Every cut of every known given name -> the tags of the people it may be. Built once
    per list of names (the whole school's at inzage), so a text costs one look-up per
    word, whatever the number of names."""
    table: dict[str, set[str]] = {}
    for person in known:
        if person.literal or is_placeholder(person.name):
            continue
        for given in split_name(person)[0]:
            folded = fold(given).lower()
            if len(folded) < _MIN_GIVEN or not folded.isalpha():
                continue
            for spelling in {folded, _without_h(folded)}:
                for cut in range(_MIN, len(spelling)):
                    table.setdefault(spelling[:cut], set()).add(person.tag)
        for given in split_name(person)[0]:
            folded = fold(given).lower()
            for pet in PET_NAMES.get(_plain(folded), ()):
                table.setdefault(_PET + pet, set()).add(person.tag)  # "kasia": Katarzyna
                for small in _diminutives(pet):  # "lotje" for Charlotte (via "Lotte")
                    table.setdefault(_PET + small, set()).add(person.tag)
            if len(folded) >= _MIN and folded.isalpha():
                # the whole given name, for a foreign pet ending ("emre" + "cim")
                table.setdefault(_WHOLE + folded, set()).add(person.tag)
                table.setdefault(_WHOLE + folded[:_MIN], set()).add(person.tag)
            if folded.endswith("tte"):
                # The regular diminutive of "Lotte", "Mette", "Jette": "lotje", "metje",
                # "jetje" - a form of the name even where it is also a word ("lotje").
                table.setdefault(_DIMINUTIVE + folded[:-2] + "je", set()).add(person.tag)
    return {cut: frozenset(tags) for cut, tags in table.items()}


def _diminutives(pet: str) -> tuple[str, ...]:
    """The regular Dutch diminutive of a pet form: "lotte"/"lot" -> "lotje", "jet" ->
    "jetje", "kees" -> "keesje", "ola" -> "olaatje" is not made (a vowel ending varies)."""
    if pet.endswith("tte"):
        return (pet[:-2] + "je",)
    if len(pet) >= 3 and pet[-1] not in "aeiouy":
        return (pet + "je",)
    return ()


def _without_h(folded: str) -> str:
    """"bohdan" -> "bodan": an "h" between a vowel and a consonant drops out of pet forms
    ("Bodya" for Bohdan, "Ahmed" -> "Amed")."""
    return re.sub(r"(?<=[aeiou])h(?=[^aeiouh])", "", folded)


def _stems(word: str) -> list[str]:
    stems = [word]
    stems += [word[:-len(e)] for e in _ENDINGS if word.endswith(e) and len(word) > len(e)]
    return [s for s in stems if len(s) >= _MIN]


def _foreign_tags(folded: str, table: dict[str, frozenset[str]]) -> set[str]:
    """The people whose first syllable (a cut of three or four letters) or whole given
    name ``folded`` is, with a foreign pet ending ("zuz|ia", "emre|cim")."""
    tags: set[str] = set()
    for ending in _FOREIGN_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= _MIN:
            stem = folded[:-len(ending)]
            tags.update(table.get(_WHOLE + stem, ()))
            if len(stem) <= 4:
                tags.update(table.get(stem, ()))
    return tags


# Ukrainian and Russian letters as Dutch vault entries spell them ("Taras", "Bohdan",
# "Oleksandr"); the letters with two common spellings give both ("г": Bohdan, Bogdan).
_CYRILLIC = {"а": "a", "б": "b", "в": "v", "г": "hg", "ґ": "g", "д": "d", "е": "e", "є": "ye",
             "ж": "zh", "з": "z", "и": "yi", "і": "i", "ї": "yi", "й": "iy", "к": "k", "л": "l",
             "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
             "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
             "ю": "yu", "я": "ya", "ы": "y", "э": "e", "ъ": "", "ё": "yo"}
_TWO_WAYS = {"г", "и", "й"}


def _latin(word: str) -> list[str]:
    """A word in Cyrillic letters in Latin ones, in at most eight spellings; [] when the
    word has other letters."""
    spellings = [""]
    for ch in word:
        if ch not in _CYRILLIC:
            return []
        options = list(_CYRILLIC[ch]) if ch in _TWO_WAYS else [_CYRILLIC[ch]]
        spellings = [s + o for s in spellings for o in options][:8]
    return spellings


def short_forms(text: str, index, is_word: Callable[[str], bool] | None,
                taken: Sequence[Replacement]) -> list[Replacement]:
    """Replacements for cut forms of the given names of ``index``'s people (a
    ``NameIndex``) not already ``taken``."""
    table = _prefix_table(index)
    if not table:
        return []
    spans = sorted((r.start, r.end) for r in taken)
    out: list[Replacement] = []
    previous, k = "", 0
    # Words seen before that start like no known name, folded: a long text repeats its
    # words, and the cheap test below depends on the word alone.
    unlike: dict[str, str] = {}
    for m in _WORD.finditer(text):
        word = m.group()
        if word in unlike:
            previous = unlike[word]
            continue
        folded = fold(word).lower()
        before, previous = previous, folded
        if not folded.isascii() and (latin := _latin(folded)):
            tags = _cyrillic_tags(latin, table)  # "Тарас", "тарасик" for Taras
            if tags and not _taken(spans, m.start(), m.end()):
                tag = tags.pop() if len(tags) == 1 else TAGS["naam"]
                out.append(Replacement(m.start(), m.end(), word, tag, "naam", True))
            continue
        pet = table.get(_PET + _plain(folded), frozenset())
        if not pet and folded[:_MIN] not in table and _WHOLE + folded[:_MIN] not in table \
                and _DIMINUTIVE + folded not in table:
            unlike[word] = folded
            continue  # the cheap test first: almost no word starts like a known name
        while k < len(spans) and spans[k][1] <= m.start():
            k += 1  # one sweep over the sorted spans: linear in the text
        if k < len(spans) and spans[k][0] < m.end():
            continue
        diminutive = table.get(_DIMINUTIVE + folded, frozenset())
        tags = set(diminutive) or {tag for stem in _stems(folded) for tag in table.get(stem, ())}
        if not tags and (is_word is None or not is_word(folded)):
            tags = _foreign_tags(folded, table)
        only_pet = not tags
        tags = tags or set(pet)
        if not tags or not (diminutive or _plausible(word, folded, before, text, m.start(),
                                                     is_word, not only_pet)
                            or (only_pet and _pet_slot(word, before, text, m.start(),
                                                       is_word))):
            continue
        # an irregular pet form is a given name of its own ("Sasha", "Kees"): maybe
        # someone else, so it goes without a role, like a variant on the name lists
        tag = tags.pop() if len(tags) == 1 and not only_pet else TAGS["naam"]
        # the role as its kind, so a title that does not fit makes it "[naam]" (role_fit)
        out.append(Replacement(m.start(), m.end(), word, tag, tag[1:-1], True))
    return out


def _pet_slot(word: str, before: str, text: str, start: int,
              is_word: Callable[[str], bool] | None) -> bool:
    """An irregular pet form that is also a word where only a person stands: after a
    preposition that takes one ("met hannes"), or opening a sentence before its finite
    verb, in any case ("Riek kwam te laat": a noun there would have its article)."""
    return ((word.islower() and before in _WITH_PERSON and not _on_the_body(before, text, start))
            or bare_subject(text, start, start + len(word), is_word))


# Marks on a body: after them "bij" says where ("een blauwe plek bij lies", "een wondje
# bij de knie"), so the word after it is a body part, no person (Lies for Elisabeth).
_MARKS = frozenset(["plek", "plekken", "plekje", "plekjes", "wond", "wondje", "wonden", "snee",
                    "sneetje", "schaafwond", "brandwond", "bult", "bulten", "zwelling",
                    "kneuzing", "kneuzingen", "jeuk", "uitslag", "litteken", "kras", "krassen",
                    "striem", "striemen", "pijn", "bloeduitstorting", "roodheid", "beet"])
# Kicks and blows land somewhere: "een schop bij lies" (session 34). After "de" they are
# things ("van de trap bij lies": the stairs at her home; "de schop": a spade).
_BLOWS = frozenset(["schop", "schopje", "trap", "trapje", "klap", "klapje", "stomp",
                    "stompje", "mep", "tik", "tikje", "slag", "steek", "kneep", "knietje"])
# "een schop bij lies thuis": at someone's home, so a person after all.
_AT_HOME = re.compile(r"\w+\s+(?:thuis|(?:'|’)?s\s+huis)\b")


def _on_the_body(before: str, text: str, start: int) -> bool:
    m = re.search(r"(?:(\w+)\s+)?(\w+)\s+bij\s+$", text[max(0, start - 40):start])
    if before != "bij" or not m or _AT_HOME.match(text, start):
        return False
    mark = m.group(2).lower()
    return mark in _MARKS or (mark in _BLOWS and (m.group(1) or "").lower() not in (
        "de", "die", "deze"))


def _cyrillic_tags(spellings: list[str], table: dict[str, frozenset[str]]) -> set[str]:
    """The people a Cyrillic word names: the whole given name, a cut of it with a Dutch
    ending, or a pet ending ("тарасик")."""
    tags: set[str] = set()
    for latin in spellings:
        tags.update(table.get(_WHOLE + latin, ()))
        if len(latin) > _MIN:
            tags.update(t for stem in _stems(latin)[1:] for t in table.get(stem, ()))
            tags.update(_foreign_tags(latin, table))
    return tags


def _taken(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _plausible(word: str, folded: str, before: str, text: str, start: int,
               is_word: Callable[[str], bool] | None, cut: bool = True) -> bool:
    after_title = bool(before) and before in _TITLES and text[start - 1:start] == " "
    if after_title or (word.islower() and bare_subject(text, start, start + len(word),
                                                       is_word)):
        return True
    if is_word is None:
        return False
    if is_word(folded) or is_word(word):
        # (a pet form of its own capitalised is the name detector's: "Jan en alleman")
        return cut and _capitalised_mid_sentence(word, before, text, start)
    return len(folded) > _MIN or _chat_speaker(text, start, start + len(word))


# A chat line's speaker: at the start of a line, after a bullet or a time ("[21:03]").
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-•*>][ \t]*)?(?:\[?\d{1,2}[:.]\d{2}\]?[ \t]*)?$")


def _chat_speaker(text: str, start: int, end: int) -> bool:
    """"yas: nee" (Yasmina): a three-letter cut no dictionary has is somebody where a
    chat line names its speaker; elsewhere it may be an abbreviation ("ned" for
    Nederlands beside a pupil Nedim), and a label before a grade is one ("ned: 6,5")."""
    return (bool(re.match(r":[ \t]*(?:[^\W\d_]|[\"“'‘])", text[end:end + 4]))
            and bool(_LINE_START.search(text, max(0, start - 20), start)))


# Before these a capital is where a sentence, quote, list item or heading starts.
_OPENING = re.compile(r"(?:^|[.!?:;\n\"“‘'(\[•*–-])\s*$")
_ARTICLES = frozenset(["de", "het", "een", "die", "deze", "dit", "dat", "mijn", "zijn",
                       "haar", "onze", "hun", "jouw", "geen", "elke", "welke"])


def _capitalised_mid_sentence(word: str, before: str, text: str, start: int) -> bool:
    """"Ik zag Jas bij het hek" (Jasper): a cut that is also a noun, capitalised inside
    a sentence, is the name; Dutch writes its nouns in lower case ("zijn jas"). Not
    where a capital opens something, nor after an article ("een Ster" is emphasis)."""
    return (word[:1].isupper() and word[1:].islower() and before not in _ARTICLES
            and not _OPENING.search(text, max(0, start - 3), start)
            # inside a longer name the name detector decides ("Pieter Jas Klaassen")
            and not _after_a_capital_inside(text, start))


def _after_a_capital_inside(text: str, start: int) -> bool:
    """The word before is capitalised and does not open the sentence ("Pieter Jas")."""
    m = re.search(r"([A-ZÀ-Þ])\w*[ \t]+$", text[max(0, start - 30):start])
    if not m:
        return False
    at = max(0, start - 30) + m.start(1)
    return not _OPENING.search(text, max(0, at - 3), at)
