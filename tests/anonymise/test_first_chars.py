"""compile_fast / first_char_filtered: a faster scan that finds exactly the same matches.

The filter is a lookahead of the characters a match can start with, read from the
regex's syntax tree. These tests hold it to "same matches": every filtered rule of the
anonymiser against its own unfiltered pattern on the repository's corpora, case folds a
literal and a class must agree on, and the patterns it must leave alone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from zorgdesk.domain.anonymise import anonymiser  # noqa: F401  (loads every rule module)
from zorgdesk.domain.anonymise.first_chars import FILTERED, compile_fast, first_char_filtered

DATA = Path(__file__).parent / "data"
ODD = ("K ſ ı İ ß ẞ ς σ Σ µ ﬅ ﬆ ǅ ǈ ǋ ǲ ϐ ϑ ϕ ϖ ϰ ϱ ϵ ẛ ι ΐ ΰ Å Kelvin ſept ıdag İstanbul "
       "MAANDAG Maandag 3 MAART 12-3 ZATERDAG 4/3 @lotje.x insta: lotje_2014 Mevr. De Vries")


def _texts() -> list[str]:
    texts = [ODD]
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                # the markup stays in: more odd characters next to the identifiers
                texts.append(json.loads(line)["text"])
    joined = "\n\n".join(texts)
    # shouted and swapped case: the folds of case-insensitive rules (a third is enough)
    third = len(joined) // 3
    return [joined, joined[:third].upper(), joined[third:2 * third].swapcase()]


def _matches(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_anonymisers_scan_rules_are_filtered():
    # the rules of the date, title and handle scans went through compile_fast
    assert len(FILTERED) >= 80
    names = {p.pattern for p in FILTERED.values()}
    assert any("maandag" in n and "maart" in n for n in names)


def test_every_filtered_rule_finds_what_its_own_pattern_finds():
    texts = _texts()
    for filtered, original in FILTERED.items():
        for text in texts:
            assert _matches(filtered, text) == _matches(original, text), original.pattern[:80]


def test_a_search_in_a_window_and_a_match_at_a_position_agree():
    text = _texts()[0]
    for filtered, original in FILTERED.items():
        for pos in range(0, len(text), 211):
            for a, b in ((filtered.match(text, pos), original.match(text, pos)),
                         (filtered.search(text, pos, pos + 60),
                          original.search(text, pos, pos + 60))):
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("letters", ["abcdefghijklmnopqrstuvwxyz", "éëïöüçßıſµ"])
def test_a_case_insensitive_class_folds_as_the_literal_does(letters):
    # the filter writes the first letters of "(?i)maandag" as "(?i:[m])": every character
    # the literal matches must pass the class (Kelvin sign K, long s ſ, dotless ı ...)
    chars = [chr(c) for c in range(0x2200)] + [chr(c) for c in range(0xFB00, 0xFB07)]
    for letter in letters:
        literal = re.compile(f"(?i){re.escape(letter)}")
        single = compile_fast(f"(?i){re.escape(letter)}x")
        as_class = re.compile(single.pattern.split("(?:", 1)[0].removeprefix("(?=")[:-1],
                              re.IGNORECASE)
        assert [c for c in chars if literal.fullmatch(c)] == \
            [c for c in chars if as_class.fullmatch(c)], letter


def test_the_lookahead_holds_the_first_characters():
    date = compile_fast(r"(?i)\b(?:maandag|ma)\s+\d+|(?<=op )\d+-\d+")
    assert date.pattern.startswith("(?=")
    assert date.flags & re.IGNORECASE
    assert [m.group() for m in date.finditer("Op MAANDAG 3 en op 4-5, ma 6")] == [
        "MAANDAG 3", "4-5", "ma 6"]
    scoped = compile_fast(r"\b(?i:juf|meester)\s+[A-Z]\w+")
    assert [m.group() for m in scoped.finditer("JUF Karin, Meester Bas, juf jan")] == [
        "JUF Karin", "Meester Bas"]
    negated = compile_fast(r"[^\s\d]x")
    assert [m.group() for m in negated.finditer("ax 1x bx")] == ["ax", "bx"]


@pytest.mark.parametrize("source", [
    r"\d*",              # may match the empty string: a match may start anywhere
    r"(?:a|)\s",         # an empty branch: the next item starts it
    r".+x",              # any character
    r"(?:(a)|)(?(1)b|c)",  # a conditional group
    r"(?x) a b",         # verbose
])
def test_what_cannot_be_told_is_left_alone(source):
    pattern = re.compile(source)
    if source in (r"(?:a|)\s",):
        filtered = first_char_filtered(pattern)
        assert _matches(filtered, "a \n b") == _matches(pattern, "a \n b")
        return
    assert first_char_filtered(pattern) is pattern


def test_a_bytes_or_ascii_pattern_is_left_alone():
    assert first_char_filtered(re.compile(rb"\bab")).pattern == rb"\bab"
    ascii_pattern = re.compile(r"\bab", re.ASCII)
    assert first_char_filtered(ascii_pattern) is ascii_pattern
