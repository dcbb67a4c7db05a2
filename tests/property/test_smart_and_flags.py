"""SMART hints and the flag system file: any input gives Dutch hints or a CatalogueError."""

from __future__ import annotations

import json
from dataclasses import fields

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import TODAY
from tests.property.strategies import FAST, assert_dutch_no_echo, hostile_text
from zorgdesk.domain.conversations.smart import SmartAgreement, check_agreement
from zorgdesk.domain.signals.catalogue import CatalogueError
from zorgdesk.domain.signals.flags import load_vlaggensysteem

TEXT_FIELDS = [f.name for f in fields(SmartAgreement) if f.type in ("str", str)]


@FAST
@given(st.fixed_dictionaries({name: hostile_text for name in TEXT_FIELDS}))
def test_check_agreement_gives_dutch_hints_only(values):
    findings = check_agreement(SmartAgreement(**values), TODAY)
    for finding in findings:
        assert finding.field in {f.name for f in fields(SmartAgreement)}
        assert_dutch_no_echo(finding.message, *values.values())


@FAST
@given(st.one_of(st.binary(max_size=300),
                 st.recursive(st.none() | st.integers() | hostile_text,
                              lambda i: st.lists(i, max_size=3) | st.dictionaries(
                                  st.sampled_from(["criteria", "flags", "id", "name"]), i,
                                  max_size=4), max_leaves=10)
                 .map(lambda v: json.dumps(v).encode())))
def test_vlaggensysteem_file_loads_or_catalogue_error(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("vlag") / "vlaggen.json"
    path.write_bytes(content)
    try:
        load_vlaggensysteem(path)
    except CatalogueError as error:
        assert str(error).startswith("Fout in signalenlijst") and error.reason
