"""Random bytes or JSON offered as a signal catalogue: loaded, or refused with CatalogueError."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from tests.property.strategies import FAST, hostile_text
from zorgdesk.domain.signals.catalogue import CatalogueError, load_catalogue

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "titel", "title", "groups", "items", "text", "versie", "x"])
        | st.text(max_size=5), inner, max_size=5),
    max_leaves=15,
)
file_bytes = st.one_of(
    st.binary(max_size=500),
    json_values.map(lambda v: json.dumps(v).encode("utf-8")),
    json_values.map(lambda v: json.dumps(v)[: max(1, len(json.dumps(v)) // 2)].encode()),
)


@FAST
@given(file_bytes)
def test_any_file_loads_or_gives_dutch_catalogue_error(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("cat") / "lijst.json"
    path.write_bytes(content)
    try:
        load_catalogue(path)
    except CatalogueError as error:
        assert str(error).startswith("Fout in signalenlijst")
        assert error.reason
    assert path.read_bytes() == content  # the offered file is never changed
