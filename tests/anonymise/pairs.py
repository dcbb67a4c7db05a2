"""One set of assertions for the anonymiser's pair tests (issue 16).

A pair test holds the fact that must leave exactly as written (``stays``) beside the
identifier in a sentence of the same shape that must go (``goes``: the whole expected
output; ``gone``: the word must be nowhere in the output). Test files register their
cases under a name that says what the rule is about, then run each table once through
``assert_stays``/``assert_goes``/``assert_gone``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise


def anonymised(text: str, known: Sequence[KnownName], detector) -> str:
    return anonymise(text, known, detector).text


def assert_stays(text: str, known: Sequence[KnownName], detector,
                 tags: Mapping[str, str] | None = None) -> None:
    """The text comes out as written, but for the known names in ``tags`` (name -> tag)."""
    expected = text
    for name, tag in (tags or {}).items():
        expected = expected.replace(name, tag)
    out = anonymised(text, known, detector)
    assert out == expected, out


def assert_goes(text: str, expected: str, known: Sequence[KnownName], detector) -> None:
    out = anonymised(text, known, detector)
    assert out == expected, out


def assert_gone(word: str, text: str, known: Sequence[KnownName], detector) -> None:
    out = anonymised(text, known, detector)
    assert not re.search(rf"(?i)\b{re.escape(word)}\b", out), out


def _id(name: str, text: str) -> str:
    return f"{name}: {text[:60]}"


def stays(name: str, known: Sequence[KnownName], texts: Sequence[str],
          tags: Mapping[str, str] | None = None) -> list:
    """Cases (known, text, tags) for ``assert_stays``."""
    return [pytest.param(known, text, dict(tags or {}), id=_id(name, text)) for text in texts]


def goes(name: str, known: Sequence[KnownName], pairs: Sequence[tuple[str, str]]) -> list:
    """Cases (known, text, expected) for ``assert_goes``."""
    return [pytest.param(known, text, expected, id=_id(name, text)) for text, expected in pairs]


def gone(name: str, known: Sequence[KnownName], pairs: Sequence[tuple[str, str]]) -> list:
    """Cases (known, word, text) for ``assert_gone``."""
    return [pytest.param(known, word, text, id=_id(name, text)) for word, text in pairs]


def pair_tests(stays_cases: list, goes_cases: list, gone_cases: list | None = None) -> tuple:
    """The test functions that run a file's tables; a test module binds them to names
    starting with ``test_`` so that pytest collects them there."""

    @pytest.mark.parametrize(("known", "text", "tags"), stays_cases)
    def test_the_fact_stays(known, text, tags, detector):
        assert_stays(text, known, detector, tags)

    @pytest.mark.parametrize(("known", "text", "expected"), goes_cases)
    def test_the_identifier_goes(known, text, expected, detector):
        assert_goes(text, expected, known, detector)

    @pytest.mark.parametrize(("known", "word", "text"), gone_cases or [])
    def test_the_name_is_gone(known, word, text, detector):
        assert_gone(word, text, known, detector)

    return test_the_fact_stays, test_the_identifier_goes, test_the_name_is_gone
