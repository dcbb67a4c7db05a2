"""Retention's cheap tests before the name matcher (issue 23) never miss a name.

- one search over a stored JSON document: whenever a string inside it may name the
  pupil, so does the document;
- plain containment tests before the rough regex give the regex's answer;
- ``NameRemoval.may_hit``: when it says no, the text stays as it is, whoever owns it.
"""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from zorgdesk.domain.anonymise.anonymiser import KnownName
from zorgdesk.domain.anonymise.name_index import rough_fold
from zorgdesk.domain.anonymise.name_removal import (
    NameRemoval,
    may_name,
    may_name_in_json,
    remove_name,
    rough_pattern,
)

GONE = KnownName("Zoë de Boer", first="Zoë", tussenvoegsel="de", last="Boer")
PIECES = ["Zoë", "Zoe", "zoë's", "Z.d.B.", "Z.", "Boer", "boertje", "de", "De", "mo", "\n",
          "\t", '"', "\\", "/", "\u0007", "é", "ë", " ", ".", "x", "Boerderij", "ZB",
          "\u212a", "\u017f", "\u0130", "\u0131", "ž", "d.", "b", "Z. d. B", "Bakker", "Daan"]
GONE_NAMES = [GONE, KnownName("Daan Bakker", first="Daan", last="Bakker"),
              KnownName("Kees Sijbrandij", first="Kees", last="Sijbrandij"),
              KnownName("Ižak Øster", first="Ižak", last="Øster")]
OWN = [KnownName("Zoë de Boer"), KnownName("Daan de Vries"), KnownName("Bram Zwart"),
       KnownName("Kees Bakker")]
texts = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
documents = st.recursive(
    texts | st.integers() | st.none(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


@given(documents, st.booleans())
def test_the_document_test_is_a_superset_of_its_strings(document, ascii_only):
    stored = json.dumps(document, ensure_ascii=ascii_only)
    if any(may_name(s, GONE) for s in _strings(document)):
        assert may_name_in_json(stored, GONE)


def test_escapes_keep_the_word_boundary():
    for document in ({"t": "regel\nZoë kwam"}, {"t": "tab\tZ. zei"},
                     {"t": "bel\u0007Zoe"}, {"t": "\"Zoë\""}):
        for ascii_only in (True, False):
            assert may_name_in_json(json.dumps(document, ensure_ascii=ascii_only), GONE)


def test_a_document_without_the_name_is_ruled_out():
    stored = json.dumps({"situation": "Zwemde rond; bos bezocht.\nDe kinderen."},
                        ensure_ascii=False)
    assert not may_name_in_json(stored, GONE)


@given(texts, st.sampled_from(GONE_NAMES))
def test_containment_tests_give_the_regex_answer(text, gone):
    # The containment tests in front of the rough regex never lose one of its hits ...
    if rough_pattern(gone).search(rough_fold(text)):
        assert may_name(text, gone)
    # ... nor add one: without a dot (which only a lone initial "Z." needs) may_name is
    # the rough regex exactly.
    dotless = text.replace(".", "")
    assert may_name(dotless, gone) == bool(rough_pattern(gone).search(rough_fold(dotless)))


@given(texts, st.sampled_from(GONE_NAMES), st.lists(st.sampled_from(OWN), max_size=2))
def test_may_hit_no_means_the_text_stays(text, gone, own):
    stays = [KnownName("Daan de Vries", first="Daan", tussenvoegsel="de", last="Vries"),
             KnownName("Noor de Boer", first="Noor", tussenvoegsel="de", last="Boer")]
    removal = NameRemoval(gone, stays)
    expected = remove_name(text, gone, stays, own=own)
    assert removal.text(text, lambda: own) == expected
    if not removal.may_hit(text):
        assert expected == text


@given(st.text() | texts)
def test_the_ascii_shortcuts_of_the_folds_change_nothing(text):
    import unicodedata

    from zorgdesk.domain.anonymise.name_index import f as name_fold
    from zorgdesk.domain.text import fold

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # The rough fold is the name fold with the marks left in place: the same letters
    # folded the same way ("ø" -> "o", "’" -> "'"), also where its shortcut skips the table.
    assert "".join(c for c in rough_fold(text) if not unicodedata.combining(c)) == name_fold(
        text)
    assert rough_fold(text).startswith(rough_fold(text[:len(text) // 2]))
    assert fold(text) == "".join(c for c in decomposed if not unicodedata.combining(c))
    assert rough_fold(text + "`") == rough_fold(text) + "'"
