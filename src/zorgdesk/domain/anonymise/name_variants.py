"""Written variants of a KNOWN name that no fixed list of forms holds: case endings
("wiktorii", "kacprem", "agnieszki"), one letter dropped or added ("memet" for Mehmet,
"yasin" for Yassin) and letters stretched in a chat ("lotteee", "keeeerem").

Why this generalises: a name is written by people who know it, in whatever language they
write. Slavic and Baltic languages decline given names and surnames (Polish "Kacper" ->
"Kacpra", "Kacprem", "Kacprowi"; "Wiktoria" -> "Wiktorii"), chat writing stretches letters,
and a name heard more than read loses or doubles a letter. All of these keep the name's
first letters and change at most its last two, or one letter in all. So a word that is no
ordinary Dutch word and no other name the lists know, and that is such a variant of a
known name part of five letters or more, is that person; no list of languages is needed.

Guards, so ordinary Dutch stays:
- only with a word list (``is_word``): a Dutch word is never a variant ("keren" for Kerem,
  "lotto" for Lotte, "liever" for Lieve);
- a word the name lists know as another given name or surname (``is_proper``: "Marion"
  when Maria is known) is somebody else and is left to the name detector;
- name parts shorter than five letters have too many neighbours ("Bram", "Sem") and are
  left to the index of full forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from zorgdesk.domain.anonymise.name_index import is_placeholder, split_name
from zorgdesk.domain.anonymise.person_predicates import a_person_follows
from zorgdesk.domain.anonymise.replacements import TAGS, Replacement
from zorgdesk.domain.text import fold

__all__ = ["name_variants"]

_WORD = re.compile(r"[^\W\d_]+")
_MIN_PART = 5   # a name part this long has few close neighbours among words and names
_MIN_STEM = 4   # the part of the name a case ending keeps ("kacp" of Kacper)
_MAX_CUT = 2    # letters of the name a case ending may replace ("wiktori|a" -> "ii")
_MAX_ENDING = 3  # letters of a case ending ("-em", "-owi", "-ii")
_STRETCH = re.compile(r"(.)\1{2,}")


def _table(index) -> dict[str, frozenset[str]]:
    """Full parts, their stems and their one-letter-less forms -> the people's tags; built
    once per list of names and kept on the index (like ``short_forms``)."""
    if "variants" not in index.derived:
        table: dict[str, set[str]] = {}
        for person in index.people:
            if person.literal or is_placeholder(person.name):
                continue
            given, _tussen, last = split_name(person)
            for part in [*given, *(p for w in last for p in w.split("-"))]:
                folded = fold(part).lower()
                if len(folded) < _MIN_PART or not folded.isalpha():
                    continue
                table.setdefault("full:" + folded, set()).add(person.tag)
                for cut in range(_MAX_CUT + 1):
                    table.setdefault("stem:" + folded[:len(folded) - cut], set()).add(person.tag)
                for i in range(len(folded)):
                    table.setdefault("del:" + folded[:i] + folded[i + 1:], set()).add(person.tag)
                    # one letter typed wrong: "Halst" for Hulst, "Voord" for Voogd
                    table.setdefault("sub:" + folded[:i] + "?" + folded[i + 1:],
                                     set()).add(person.tag)
        index.derived["variants"] = {k: frozenset(v) for k, v in table.items()}
    return index.derived["variants"]


def _tags_of(folded: str, table: dict[str, frozenset[str]]) -> frozenset[str]:
    """The tags of the known name parts ``folded`` is a variant of (empty: none)."""
    if _STRETCH.search(folded):  # "lotteee": squeeze to one or two of the letter
        for squeezed in (_STRETCH.sub(r"\1", folded), _STRETCH.sub(r"\1\1", folded)):
            if "full:" + squeezed in table:
                return table["full:" + squeezed]
    tags = table.get("del:" + folded)  # one letter dropped: "memet", "yasin"
    if tags:
        return tags
    for i in range(len(folded)):  # one letter added: "kereem", "wiktorria"
        tags = table.get("full:" + folded[:i] + folded[i + 1:])
        if tags:
            return tags
    return frozenset()


def _typed_wrong(folded: str, table: dict[str, frozenset[str]]) -> frozenset[str]:
    """Tags of the known parts ``folded`` is one wrong letter or two swapped letters of
    ("Halst" for Hulst, "Vemeulen" for Vermeulen is a dropped one)."""
    for i in range(len(folded) - 1):  # two letters swapped: "Jnasen"
        tags = table.get("full:" + folded[:i] + folded[i + 1] + folded[i] + folded[i + 2:])
        if tags:
            return tags
    for i in range(1, len(folded)):  # the first letter is seldom the wrong one
        tags = table.get("sub:" + folded[:i] + "?" + folded[i + 1:])
        if tags:
            return tags
    return frozenset()


def _stem_tags(folded: str, table: dict[str, frozenset[str]]) -> frozenset[str]:
    """The tags of the known name parts ``folded`` may be a declined form of."""
    for keep in range(max(_MIN_STEM, len(folded) - _MAX_ENDING), len(folded)):
        tags = table.get("stem:" + folded[:keep])  # a case ending: "kacprem", "wiktorii"
        if tags:
            return tags
    return frozenset()


def name_variants(text: str, index, is_word: Callable[[str], bool] | None,
                  is_proper: Callable[[str], bool] | None,
                  taken: Sequence[Replacement]) -> list[Replacement]:
    """Replacements for variants of ``index``'s name parts not already ``taken``."""
    if is_word is None:
        return []
    table = _table(index)
    if not table:
        return []
    spans = sorted((r.start, r.end) for r in taken)
    out: list[Replacement] = []
    k = 0
    # Words seen before that are no variant wherever they stand (the index's own form, or
    # a word in lower case or all capitals): a long text repeats its words.
    never: set[str] = set()
    for m in _WORD.finditer(text):
        word = m.group()
        if len(word) < _MIN_PART - 1 or word in never:
            continue
        while k < len(spans) and spans[k][1] <= m.start():
            k += 1  # one sweep over the sorted spans: linear in the text
        if k < len(spans) and spans[k][0] < m.end():
            continue
        folded = fold(word).lower()
        if "full:" + folded in table:
            never.add(word)
            continue  # the full form is the index's
        if len(word) < _MIN_PART or is_word(word) or is_word(folded):
            # a Dutch word is the word, unless it is capitalised where a person stands
            # ("Gisteren kwam Grot te laat" for Groot, "dat Halst boos was" for Hulst)
            if not word[0].isupper() or word.isupper():
                never.add(word)  # no typo slot takes it (``_typo_in_a_person_slot``)
            elif _typo_in_a_person_slot(text, m, folded, table):
                tags = _tags_of(folded, table)
                out.append(Replacement(m.start(), m.end(), word,
                                       _one_tag(tags) if tags else TAGS["naam"], "naam", True))
            continue
        tags = _tags_of(folded, table)
        # one letter wrong ("Halst" for Hulst) is as often another name ("Lamees" beside
        # Lamers): removed as a name, without the known person's role
        typed = not tags and bool(_typed_wrong(folded, table))
        if typed:
            out.append(Replacement(m.start(), m.end(), word, TAGS["naam"], "naam", True))
            continue
        declined = not tags
        tags = tags or _stem_tags(folded, table)
        if not tags or (is_proper is not None and is_proper(word.capitalize())):
            continue
        tag = _one_tag(tags)
        if declined and word[0].isupper():
            # A capitalised word sharing a known name's first four letters is as often
            # another person the lists do not know ("Winta" beside Stijn Winter, "Lamees"
            # beside Lamers) as a declined form: a name, but not the known person's role
            # (that would make the pupil do what another child did).
            tag = TAGS["naam"]
        out.append(Replacement(m.start(), m.end(), word, tag, "naam", True))
    return out


def _one_tag(tags: frozenset[str]) -> str:
    return next(iter(tags)) if len(tags) == 1 else TAGS["naam"]


# Before a capital that opens a sentence or a quote it proves nothing.
_OPENS = re.compile(r"(?:^|[.!?:;\n\"“‘'(]\s*)$")


def _typo_in_a_person_slot(text: str, m: re.Match, folded: str,
                           table: dict[str, frozenset[str]]) -> bool:
    """A word the lists know, written with a capital inside a sentence (Dutch nouns are
    not), one letter off a known name part (``_tags_of``), in a clause that says what a
    person does or is (``a_person_follows``): the known person with a typo."""
    word = m.group()
    if not word[0].isupper() or word.isupper() or _OPENS.search(text, max(0, m.start() - 3),
                                                                m.start()):
        return False
    return bool(_tags_of(folded, table) or _typed_wrong(folded, table)) and a_person_follows(
        text, m.end())
