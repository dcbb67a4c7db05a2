"""Broken forms and word lists: loaded, or a Dutch ResourceFileError naming the file."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from tests.property.strategies import FAST, hostile_text
from zorgdesk.domain.logbook.objectivity import WORDLIST_FILES, HintFinder, load_wordlists
from zorgdesk.domain.resource_files import MAX_BYTES, ResourceFileError
from zorgdesk.reports.pdf_base import FORM_PARTS, load_form
from zorgdesk.services.meldcode.service import MeldcodeService

ROOT = Path(__file__).resolve().parents[2]
REAL = {name: (ROOT / "forms" / f"{name}.json").read_bytes() for name in FORM_PARTS}
json_values = st.recursive(st.none() | st.booleans() | st.integers() | hostile_text,
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)


@st.composite
def damaged(draw, name: str) -> bytes:
    """The real file, broken the way an editor or a disk breaks it, or random bytes."""
    real = REAL[name]
    doc = json.loads(real)
    how = draw(st.sampled_from(["bytes", "cut", "drop", "retype", "latin1", "value"]))
    if how == "bytes":
        return draw(st.binary(max_size=400))
    if how == "cut":
        return real[:draw(st.integers(0, len(real) - 1))]
    if how == "latin1":
        return real.decode("utf-8").encode("latin-1", errors="replace")
    if how == "value":
        return json.dumps(draw(json_values)).encode()
    key = draw(st.sampled_from(sorted(FORM_PARTS[name])))
    if how == "drop":
        del doc[key]
    else:
        doc[key] = draw(json_values)
    return json.dumps(doc, ensure_ascii=False, indent=1).encode()


def _check(error: ResourceFileError, filename: str) -> None:
    message = str(error)
    assert filename in message and "niet bruikbaar" in message, message
    assert "Traceback" not in message and len(message) < 400


def _load_guidance(folder: Path):
    return MeldcodeService.guidance(folder)


@FAST
@given(st.sampled_from(sorted(FORM_PARTS)).flatmap(
    lambda n: st.tuples(st.just(n), damaged(n))))
@example(("zorggesprek", b'{"kinds": {},\n "phases": [\n'))
@example(("zorggesprek", REAL["zorggesprek"].replace(b'"phases"', b'"fasen"')))
@example(("meldcode_guidance", b"{" + b" " * (MAX_BYTES + 1) + b"}"))
@example(("meldcode_guidance", b"[" * 100_000 + b"]" * 100_000))
@example(("meldcode_guidance", b'{"steps": {}}\n\xff\xfe'))
def test_damaged_form_loads_or_names_the_file(tmp_path_factory, case):
    name, content = case
    folder = tmp_path_factory.mktemp("forms")
    (folder / f"{name}.json").write_bytes(content)
    load = _load_guidance if name == "meldcode_guidance" else (lambda f: load_form(name, f))
    try:
        form = load(folder)
    except ResourceFileError as error:
        _check(error, f"{name}.json")
        if content[:1] == b"{" and b"\n" in content and error.line:
            assert f"regel {error.line}" in str(error)
        return
    for key, kind in FORM_PARTS[name].items():
        assert isinstance(form[key], kind)


def test_missing_form_names_the_file(tmp_path):
    try:
        load_form("zorggesprek", tmp_path)
    except ResourceFileError as error:
        _check(error, "zorggesprek.json")
        assert "ontbreekt" in str(error)
    else:
        raise AssertionError("a missing form must be refused")


def test_json_error_names_the_line(tmp_path):
    (tmp_path / "zorggesprek.json").write_text('{\n "kinds": {},\n "phases": [,]\n}')
    try:
        load_form("zorggesprek", tmp_path)
    except ResourceFileError as error:
        assert error.line == 3 and "(regel 3)" in str(error)
    else:
        raise AssertionError("broken JSON must be refused")


@FAST
@given(st.sampled_from(sorted(WORDLIST_FILES.values())),
       st.one_of(st.binary(max_size=300), hostile_text.map(lambda t: t.encode("utf-8")),
                 hostile_text.map(lambda t: t.encode("utf-16"))))
@example("diagnose.txt", "adhd\nautist\xeb\n".encode("latin-1"))
@example("diagnose.txt", b"adhd\n\x00\n")
@example("interpretatie.txt", "(?\n[\n\\\n*\n\u0301\n\u200f\n".encode())
def test_damaged_wordlist_loads_or_names_the_file(tmp_path_factory, filename, content):
    folder = tmp_path_factory.mktemp("wl")
    for kind_file in WORDLIST_FILES.values():
        source = ROOT / "resources" / "wordlists" / kind_file
        (folder / kind_file).write_bytes(content if kind_file == filename
                                         else source.read_bytes())
    try:
        lists = load_wordlists(folder)
    except ResourceFileError as error:
        _check(error, filename)
        return
    assert all(isinstance(w, str) and w.strip() for w in lists.diagnosis)
    HintFinder(lists, ("Zoë",)).find("Zoë is druk, altijd ADHD-achtig (?) [zie] *echt*")


def test_missing_wordlist_names_the_file(tmp_path):
    try:
        load_wordlists(tmp_path)
    except ResourceFileError as error:
        _check(error, "diagnose.txt")
    else:
        raise AssertionError("missing word lists must be refused")
