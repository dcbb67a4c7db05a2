"""The built-in catalogues must match the seed text word for word."""

from __future__ import annotations

import re

import pytest

from tests.seed import seed_lines, seed_text
from zorgdesk.domain.signals.catalogue import builtin_catalogue_dir, load_catalogue, load_catalogues

# Counted by hand in the seed, lines 5319-5431 (subheadings that are themselves
# bullets, such as "tegenover andere kinderen:", are not items).
KM_4_12_COUNTS = {
    "km4-12.lichamelijk": 13,  # l.5323-5338
    "km4-12.gedrag-kind": 12,  # l.5340-5353
    "km4-12.gedrag-kind-kinderen": 5,  # l.5354-5359
    "km4-12.gedrag-kind-ouders": 3,  # l.5360-5363
    "km4-12.gedrag-kind-volwassenen": 9,  # l.5365-5374
    "km4-12.gedrag-kind-overig": 5,  # l.5377-5382
    "km4-12.gedrag-ouder": 11,  # l.5384-5395
    "km4-12.gezin": 6,  # l.5397-5405
    "km4-12.seksueel-lichamelijk": 8,  # l.5407-5416
    "km4-12.seksueel-gedrag": 5,  # l.5418-5423
}

def _norm(text: str) -> str:
    return " ".join(text.split())


def _window(lines: list[str], first: int, count: int = 4, dehyphenate: bool = False) -> str:
    chunk = "\n".join(lines[first - 1 : first - 1 + count])
    if dehyphenate:
        # PDF line-breaking hyphens ("verzor-\nging") are layout, not wording.
        chunk = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", chunk)
    return _norm(chunk)


@pytest.fixture(scope="module")
def km():
    return load_catalogue(builtin_catalogue_dir() / "kindermishandeling-4-12.json")


def test_builtin_folder_loads_both_catalogues():
    ids = [c.id for c in load_catalogues([builtin_catalogue_dir()])]
    assert sorted(ids) == ["km4-12", "observatie"]


def test_km_4_12_has_every_seed_group_with_seed_item_count(km):
    assert {g.id: len(g.items) for g in km.groups} == KM_4_12_COUNTS
    assert [g.id for g in km.groups] == list(KM_4_12_COUNTS)  # seed order kept
    assert len(km.items) == 77
    assert km.age_range == (4, 12)
    assert km.source.lines == (5319, 5431)


def test_km_4_12_items_in_seed_order(km):
    lines = [item.source_line for item in km.items]
    assert lines == sorted(lines)
    assert all(5319 <= n <= 5431 for n in lines)


def test_every_km_item_text_is_verbatim_in_seed(km):
    lines = list(seed_lines())
    whole = _norm("\n".join(lines))
    for item in km.items:
        assert _norm(item.text) in whole, item.id
        # ... and it starts at the bulleted line it claims to come from
        bullet = lines[item.source_line - 1]
        assert bullet.startswith("•"), item.id
        at_line = _window(lines, item.source_line).lstrip("•\ufffd ")
        assert at_line.startswith(_norm(item.text)), item.id
        own_line = _norm(bullet).lstrip("•\ufffd ")
        # the whole bullet, not just a prefix of it (e.g. "agressief, vernielzucht")
        assert item.text == own_line or item.text.startswith(own_line + " "), item.id


def test_observation_domains_are_verbatim_in_seed():
    cat = load_catalogue(builtin_catalogue_dir() / "observatiegebieden.json")
    lines = list(seed_lines())
    assert len(cat.items) == 6
    for item in cat.items:
        assert item.text in _window(lines, item.source_line, dehyphenate=True), item.id


def test_group_titles_use_seed_headings(km):
    whole = _norm(seed_text()).lower()
    for group in km.groups:
        for part in group.title.split(" – "):
            assert part.lower() in whole, group.title


def test_logbook_domains_follow_the_observation_catalogue():
    """The logboek's six domains and the catalogue are one list, in the seed's order."""
    from zorgdesk.domain.logbook import OBSERVATION_DOMAINS

    catalogue = load_catalogue(builtin_catalogue_dir() / "observatiegebieden.json")
    labels = [label.casefold() for label in OBSERVATION_DOMAINS.values()]
    texts = [item.text.casefold() for item in catalogue.items]
    assert len(labels) == len(texts) == 6
    for label, text in zip(labels, texts, strict=True):
        assert text.startswith(label), (label, text)
