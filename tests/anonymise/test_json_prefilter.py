"""Retention's one-search test on a stored JSON document (issue 23) never misses a name:
whenever a string inside the document may name the pupil, so does the document."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from zorgdesk.domain.anonymise.anonymiser import KnownName
from zorgdesk.domain.anonymise.name_removal import may_name, may_name_in_json

GONE = KnownName("Zoë de Boer", first="Zoë", tussenvoegsel="de", last="Boer")
PIECES = ["Zoë", "Zoe", "zoë's", "Z.d.B.", "Z.", "Boer", "boertje", "de", "De", "mo", "\n",
          "\t", '"', "\\", "/", "\u0007", "é", "ë", " ", ".", "x", "Boerderij", "ZB"]
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
