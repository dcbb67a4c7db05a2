"""A regex that scans a long text faster and finds exactly the same matches.

Python's ``re`` tries a pattern at every position of the text. A rule that opens with
optional words or a long case-insensitive alternation ("maandag|maandg|...|ma|di|...")
enters that alternation at each of the 150,000 positions of a big summary, although a
match can only start on a digit or on one of a dozen letters. ``first_char_filtered``
reads the pattern's syntax tree, collects every character a match can start with, and
puts a lookahead of those characters in front: ``(?=[\\dadefjmnostvwz])(?:<pattern>)``.
A lookahead that holds wherever the pattern can match changes no match, no group and no
order of matches; it only skips the positions where the pattern would fail anyway
(``detectors._DATE``: about 3x faster on the biggest summary).

The first characters are taken with the flags in force where they stand (a
case-insensitive "m" also starts a match with "M"). Where they cannot be known (a match
may be empty, starts with any character, or a back reference) the pattern is returned
unchanged, so the filter is never wrong, at worst useless; so is a pattern with a group
under ASCII (``(?a:...)``: there \\W takes 'é' and a case-insensitive [^k] the Kelvin
sign, which the lookahead's Unicode classes would refuse). Reads the parser of the
standard library's ``re`` (``re._parser``); if that ever changes shape the pattern is
returned unchanged as well.
"""

from __future__ import annotations

import re

try:  # the standard library's own regex parser (Python 3.11+)
    from re import _constants as C  # noqa: N812
    from re import _parser as parser
except ImportError:  # pragma: no cover - another Python: no filter, same matches
    C = parser = None

# Every filtered pattern with the source it was made from (tests compare the two).
FILTERED: dict[re.Pattern[str], re.Pattern[str]] = {}
_GLOBAL_FLAGS = re.compile(r"\A(?:\(\?[aiLmsux]+\))+")
_CATEGORIES = {} if C is None else {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}


class _Unknown(Exception):
    """The first characters cannot be told (or are any character): no filter."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _class(items, ignore: bool) -> tuple[bool, str, bool]:
    """(negated, the class's inside, case-insensitive) of an IN node's items."""
    negated, parts = False, []
    for op, av in items:
        if op is C.NEGATE:
            negated = True
        elif op is C.LITERAL:
            parts.append(_char(av))
        elif op is C.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unknown
    return negated, "".join(parts), ignore


def _first(items, flags: int, out: list) -> bool:
    """Add to ``out`` the classes a match of ``items`` (a sequence) can start with;
    True when the sequence can also match the empty string."""
    for op, av in items:
        ignore = bool(flags & re.IGNORECASE)
        if op is C.LITERAL:
            out.append((False, _char(av), ignore))
            return False
        if op is C.NOT_LITERAL:
            out.append((True, _char(av), ignore))
            return False
        if op is C.IN:
            out.append(_class(av, ignore))
            return False
        if op is C.BRANCH:
            empty = [_first(branch, flags, out) for branch in av[1]]
            if not any(empty):
                return False
        elif op is C.SUBPATTERN:
            _, add, remove, sub = av
            if add & (re.ASCII | re.LOCALE):  # its \W, \D, \S and folds are not ours
                raise _Unknown
            if not _first(sub, (flags | add) & ~remove, out):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _first(av, flags, out):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _, sub = av
            if not _first(sub, flags, out) and low > 0:
                return False
        elif op not in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: look further
            raise _Unknown  # ANY, a back reference, a conditional group
    return True


def _lookahead(classes: list[tuple[bool, str, bool]]) -> str:
    """One alternative per kind of class: the plain ones of one case rule merged."""
    merged: dict[bool, str] = {}
    rest = []
    for negated, inside, ignore in classes:
        if negated:
            rest.append(f"(?{'i' if ignore else '-i'}:[^{inside}])")
        else:
            merged[ignore] = merged.get(ignore, "") + inside
    plain = [f"(?{'i' if ignore else '-i'}:[{inside}])" for ignore, inside in merged.items()]
    return "(?=" + "|".join([*plain, *rest]) + ")"


def first_char_filtered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead of the characters its matches can start with; the
    same matches (see the module's doc). Unchanged when that set cannot be told, for a
    bytes pattern and under ASCII, LOCALE or VERBOSE."""
    if parser is None or not isinstance(pattern.pattern, str) or pattern.flags & (
            re.ASCII | re.LOCALE | re.VERBOSE):
        return pattern
    try:
        tree = parser.parse(pattern.pattern, pattern.flags)
        classes: list[tuple[bool, str, bool]] = []
        if _first(tree.data, tree.state.flags, classes):
            return pattern  # a match may be empty: it may start anywhere
    except (_Unknown, AttributeError, TypeError, ValueError):
        return pattern
    body = _GLOBAL_FLAGS.sub("", pattern.pattern)  # they come back through ``flags``
    filtered = re.compile(f"{_lookahead(classes)}(?:{body})", tree.state.flags)
    FILTERED[filtered] = pattern
    return filtered


def compile_fast(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, filtered by its first characters: for a rule that
    scans whole texts (``finditer``) or many windows (``search``)."""
    return first_char_filtered(re.compile(source, flags))
