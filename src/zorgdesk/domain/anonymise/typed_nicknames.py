"""Nicknames the IB types for one Veilig Thuis summary ("Bijnamen die niet in ZorgDesk
staan", issue 16): "Tijger", "de Bolle", "Big Mike".

The rules cannot know every nickname a family uses (on unseen text they still leaked
about 25 of 1,010 identifiers per corpus, nearly all nicknames), but the IB who wrote
the notes does. What she types becomes a known name of nobody in particular: removed
exactly as a recorded nickname ("Ook genoemd", ``KnownName.nicknames``) is, in any case,
with a possessive or diminutive, the word after an article left alone ("de tijger in de
dierentuin"), and tagged "[naam]" (she did not say whose).

One function for the service and the benchmark (``--ib-answers``). Checked by "Ook
genoemd"'s own check (``domain.nicknames.parse_nicknames``: two letters, not too long,
not a word of every sentence, at most ten; a list's number and the marks around a name
go; a note beside it or two names joined in a part and a name that folds to a particle
("Dé") are refused in Dutch), but one per line is allowed as well as commas, semicolons,
slashes and tabs, and blank parts are nothing typed. A name the vault already knows
(a recorded nickname, a name or surname) is dropped and reported as ``already``: the
known name removes it with its role; typed again it would be a shared form and lose
that role ("[leerling]" -> "[naam]").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from zorgdesk.domain.anonymise.anonymiser import KnownName
from zorgdesk.domain.anonymise.name_index import NameIndex, f, nickname_forms
from zorgdesk.domain.nicknames import parse_nicknames
from zorgdesk.domain.validation import FieldProblem

__all__ = ["FIELD", "TypedNicknames", "typed_nicknames"]

FIELD = "bijnamen"
# A slash, a bar, a bullet or a tab between two names is a list too ("Tijger/Tijgertje").
_SEPARATORS = re.compile(r"[\n\r\t,;/|•·]+")
_NAME_KINDS = ("naam", "achternaam")


@dataclass(frozen=True)
class TypedNicknames:
    known: tuple[KnownName, ...] = ()    # one per new name: tag "[naam]", never a role
    already: tuple[str, ...] = ()        # typed, but the vault knows them already
    problems: tuple[str, ...] = ()       # Dutch, for the IB; may quote what she typed


def typed_nicknames(value: str | Sequence[str] | None,
                    recorded: Iterable[KnownName]) -> TypedNicknames:
    """What the IB typed (text, or a list of names) as known names, without the ones
    ``recorded`` (the vault's known names) already covers; every problem in Dutch."""
    parts = _SEPARATORS.split(value) if isinstance(value, str) else list(value or ())
    parts = [p for p in parts if p.strip()]
    if not parts:
        return TypedNicknames()
    problems: list[FieldProblem] = []
    names = parse_nicknames(parts, FIELD, problems, separated="één per regel")
    covered = _already_known(names, recorded)
    return TypedNicknames(
        known=tuple(KnownName("", nicknames=(n,)) for n in names if n not in covered),
        already=tuple(n for n in names if n in covered),
        problems=_at_most(list(dict.fromkeys(p.message for p in problems))))


def _at_most(messages: list[str], shown: int = 3) -> tuple[str, ...]:
    """A pasted paragraph gives a message per sentence: the first few and what to do."""
    if len(messages) <= shown:
        return tuple(messages)
    return (*messages[:shown], f"En nog {len(messages) - shown} andere. Zet in dit veld "
                               "alleen bijnamen en namen, één per regel.")


def _keys(nickname: str) -> set[str]:
    """The folded words the index would key this nickname by ("de Beer" -> "beer")."""
    return {form.name_key.partition(":")[2] for form in nickname_forms([nickname])}


def _already_known(names: Sequence[str], recorded: Iterable[KnownName]) -> set[str]:
    """The typed names the vault's known names already remove: one of their forms keyed
    alike ("de beer" for a recorded "de Beer", "Vries" for a surname), or the whole
    typed name matched by their forms ("Zoëtje", "Svens": a pet form or possessive of a
    known name). Only the people who may be meant are indexed (a school has a thousand
    known names; all their forms take most of a second)."""
    keys = {key: name for name in names for key in _keys(name)}
    people = [p for p in recorded if not p.literal and _may_be(p, keys)]
    if not people:
        return set()
    index = NameIndex(people)
    own = {k.partition(":")[2] for k in index.tags_by_key if k.partition(":")[0] in _NAME_KINDS}
    return {name for key, name in keys.items() if key in own or index.matches_whole(key)}


def _may_be(person: KnownName, keys: dict[str, str]) -> bool:
    """A cheap pre-filter: some word of the person's name is part of a typed word."""
    written = " ".join((person.name, person.first, person.tussenvoegsel, person.last,
                        *person.nicknames))
    words = {part for word in f(written).split() for part in word.split("-")
             if len(part) >= 2}
    return any(word in key for key in keys for word in words)
