"""Malformed catalogues give a Dutch CatalogueError naming file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zorgdesk.domain.signals.catalogue import (
    CatalogueError,
    builtin_catalogue_dir,
    load_all_catalogues,
    load_catalogue,
    load_catalogues,
)

GOOD = """{
  "id": "eigen",
  "version": 2,
  "title": "Eigen lijst",
  "source": {"file": "schoolbeleid.pdf"},
  "age_range": {"min": 0, "max": 4},
  "groups": [
    {
      "id": "eigen.spel",
      "title": "Spel",
      "items": [
        {"id": "eigen.spel.01", "text": "speelt alleen"},
        {"id": "eigen.spel.02", "text": "speelt niet", "source_line": 12}
      ]
    }
  ]
}
"""


def _write(folder: Path, text: str, name: str = "eigen.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, needle: str, nth: int = 1) -> int:
    pos = -1
    for _ in range(nth):
        pos = text.index(needle, pos + 1)
    return text.count("\n", 0, pos) + 1


def _error(path: Path) -> CatalogueError:
    with pytest.raises(CatalogueError) as info:
        load_catalogue(path)
    return info.value


def test_good_catalogue_loads(tmp_path):
    cat = load_catalogue(_write(tmp_path, GOOD))
    assert cat.id == "eigen" and cat.version == 2 and cat.age_range == (0, 4)
    assert [i.text for i in cat.items] == ["speelt alleen", "speelt niet"]
    assert cat.item("eigen.spel.02").source_line == 12
    assert cat.group_of("eigen.spel.01").title == "Spel"


def test_bad_json_names_file_and_line(tmp_path):
    text = GOOD.replace('"speelt alleen"}', '"speelt alleen"')  # missing brace
    err = _error(_write(tmp_path, text))
    assert err.path.name == "eigen.json"
    assert err.line == _line_of(text, '"speelt niet"')
    assert "eigen.json" in str(err) and f"regel {err.line}" in str(err)
    assert "ongeldige JSON" in str(err)


def test_trailing_comma_is_bad_json(tmp_path):
    text = GOOD.replace('"speelt niet", "source_line": 12}', '"speelt niet"},')
    err = _error(_write(tmp_path, text))
    assert err.line is not None and "ongeldige JSON" in str(err)


def test_duplicate_item_id(tmp_path):
    text = GOOD.replace('"eigen.spel.02"', '"eigen.spel.01"')
    err = _error(_write(tmp_path, text))
    assert err.line == _line_of(text, '"eigen.spel.01"', nth=2)
    assert "dubbel" in str(err) and "eerder op regel" in str(err)
    assert "eigen.json" in str(err)


def test_empty_item_text(tmp_path):
    text = GOOD.replace('"speelt niet"', '"   "')
    err = _error(_write(tmp_path, text))
    assert err.line == _line_of(text, '"eigen.spel.02"')
    assert "leeg" in str(err) and "eigen.spel.02" in str(err)


def test_unknown_field(tmp_path):
    text = GOOD.replace('"text": "speelt alleen"', '"text": "speelt alleen", "tekst": "x"')
    err = _error(_write(tmp_path, text))
    assert err.line == _line_of(text, '"tekst"')
    assert "onbekend veld 'tekst'" in str(err)


def test_unknown_top_level_field(tmp_path):
    text = GOOD.replace('"version": 2,', '"version": 2,\n  "versie": 3,')
    err = _error(_write(tmp_path, text))
    assert err.line == _line_of(text, '"versie"')


def test_missing_field(tmp_path):
    text = GOOD.replace('"title": "Spel",', "")
    err = _error(_write(tmp_path, text))
    assert err.line == _line_of(text, '"eigen.spel"')
    assert "mist het veld 'title'" in str(err)


def test_missing_top_level_field(tmp_path):
    text = GOOD.replace('  "version": 2,\n', "")
    err = _error(_write(tmp_path, text))
    assert "mist het veld 'version'" in str(err) and err.line is not None


def test_duplicate_key_in_object(tmp_path):
    text = GOOD.replace('"text": "speelt alleen"', '"text": "speelt alleen", "text": "ander"')
    err = _error(_write(tmp_path, text))
    assert "twee keer" in str(err) and err.line == _line_of(text, '"ander"')


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        ('"eigen.spel.01"', '"andere.spel.01"', "moet beginnen met 'eigen.spel.'"),
        ('"eigen.spel.01"', '"eigen.spel.Één"', "kleine letters"),
        ('"version": 2', '"version": true', "'version'"),
        ('"version": 2', '"version": 0', "'version'"),
        ('"min": 0, "max": 4', '"min": 5, "max": 4', "age_range"),
        ('"source_line": 12', '"source_line": "12"', "source_line"),
        ('"items": [', '"items": [], "x": [', "onbekend veld"),
    ],
)
def test_other_semantic_errors(tmp_path, old, new, fragment):
    text = GOOD.replace(old, new, 1)
    assert text != GOOD
    err = _error(_write(tmp_path, text))
    assert fragment in str(err)
    assert err.line is not None and 1 <= err.line <= text.count("\n") + 1


def test_empty_items_list(tmp_path):
    data = json.loads(GOOD)
    data["groups"][0]["items"] = []
    err = _error(_write(tmp_path, json.dumps(data, indent=2)))
    assert "niet-lege lijst" in str(err)


def test_not_utf8(tmp_path):
    path = tmp_path / "eigen.json"
    path.write_bytes(GOOD.replace("Eigen lijst", "Eigen lijst é").encode("latin-1"))
    err = _error(path)
    assert "UTF-8" in str(err) and err.line == 4


def test_user_folder_adds_catalogue(tmp_path):
    user = tmp_path / "catalogi"
    _write(user, GOOD)
    ids = [c.id for c in load_all_catalogues(user)]
    assert ids == ["km4-12", "observatie", "eigen"]


def test_missing_user_folder_is_empty(tmp_path):
    ids = [c.id for c in load_all_catalogues(tmp_path / "bestaat-niet")]
    assert ids == ["km4-12", "observatie"]


def test_clash_with_builtin_names_both_files(tmp_path):
    user = tmp_path / "catalogi"
    text = GOOD.replace('"eigen', '"km4-12')
    path = _write(user, text)
    with pytest.raises(CatalogueError) as info:
        load_catalogues([builtin_catalogue_dir(), user])
    message = str(info.value)
    assert str(path) in message and "kindermishandeling-4-12.json" in message
    assert info.value.line == 2


def test_subfolders_are_not_catalogues(tmp_path):
    _write(tmp_path / "sub", "geen json")
    assert load_catalogues([tmp_path]) == []


def test_duplicate_key_found_across_nested_objects(tmp_path):
    # "id" also occurs in nested groups; the error points at the real repeat.
    text = GOOD.replace('"title": "Eigen lijst",', '"title": "Eigen lijst",\n  "id": "weer",')
    err = _error(_write(tmp_path, text))
    assert err.line == _line_of(text, '"weer"')


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.sampled_from(["", "x", "eigen.a"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["id", "text", "title", "items", "groups", "source", "lines", "min"]),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["id", "version", "title", "source", "age_range", "groups"]), JSON_VALUES)
def test_property_any_wrong_value_gives_catalogue_error(tmp_path, field, value):
    data = json.loads(GOOD)
    data[field] = value
    path = _write(tmp_path, json.dumps(data, indent=2))
    try:
        load_catalogue(path)
    except CatalogueError as err:
        assert err.path == path and "eigen.json" in str(err)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(JSON_VALUES)
def test_property_any_wrong_item_gives_catalogue_error(tmp_path, value):
    data = json.loads(GOOD)
    data["groups"][0]["items"][1] = value
    path = _write(tmp_path, json.dumps(data, indent=2))
    with pytest.raises(CatalogueError):
        load_catalogue(path)


def test_documented_example_loads(tmp_path):
    doc = (Path(__file__).parents[2] / "docs" / "catalogue-format.md").read_text("utf-8")
    example = doc.split("```json", 1)[1].split("```", 1)[0]
    cat = load_catalogue(_write(tmp_path, example))
    assert cat.id == "eigen" and len(cat.items) == 2
