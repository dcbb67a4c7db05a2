"""The word-list detector for unknown names: rules on a tiny lexicon, then the real one."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from zorgdesk.domain.anonymise.anonymiser import anonymise
from zorgdesk.domain.anonymise.names import NameLexicon, detect_names, name_detector
from zorgdesk.services.name_lexicon import default_detector, read_lexicon

SRC = Path(__file__).resolve().parents[2] / "src"

TINY = NameLexicon.from_lines(
    ["belde", "de", "het", "roos", "bas", "boer", "toen", "gisteren", "zag", "zei", "juf",
     "kwam", "binnen", "binnenkwam", "moeder", "jas", "was", "nat", "en", "met", "praatte",
     "Roos", "Bas", "Boer", "GGD", "ADHD", "huilde", "ze", "heel", "boos", "hart", "Hart",
     "contra", "signalen", "op", "kerst", "het", "naar", "gaan", "oma", "haalt", "hem"],
    allow=["GGD Veilig Thuis", "Turks Kerst # holidays"], openers=["de het toen en"])


def _anon(text: str, lexicon: NameLexicon = TINY) -> str:
    return anonymise(text, [], name_detector(lexicon)).text


@pytest.mark.parametrize(("text", "expected"), [
    ("Kacper belde.", "[naam] belde."),
    ("Toen Priya binnenkwam, huilde ze.", "Toen [naam] binnenkwam, huilde ze."),
    ("Gisteren zag Roos de jas.", "Gisteren zag [naam] de jas."),          # mid-sentence
    ("Roos zei: Bas huilde.", "[naam] zei: [naam] huilde."),               # word + proper
    ("Boer belde.", "[naam] belde."),
    ("De jas was nat.", "De jas was nat."),                                # ordinary start
    ("Het was heel boos.", "Het was heel boos."),
    ("Zag KACPER de GGD en ADHD?", "Zag [naam] de GGD en ADHD?"),          # caps
    ("Juf zag El-Amrani en Jansen-de Vries.", "Juf zag [naam] en [naam]."),
    ("Juf zag D'Souza en 't Hart.", "Juf zag [naam] en [naam]."),
    ("Kacper's jas was nat. Anouks jas ook.", "[naam] jas was nat. [naam] jas ook."),
    ("Juf zag Dąbrowski, Öztürk en Nguyễn.", "Juf zag [naam], [naam] en [naam]."),
    ("Juf zag Anouk van der Meer.", "Juf zag [naam]."),                    # tussenvoegsel
    ("Het was Kerst; Veilig Thuis en Turks-Nederlandse.",
     "Het was Kerst; Veilig Thuis en Turks-Nederlandse."),                  # allowlist
    ("Contra-signalen: geen.", "Contra-signalen: geen."),
    ("Het was 4 °C. Toen kwam K. binnen.", "Het was 4 °C. Toen kwam [naam]. binnen."),
    ("Juf hanna zag het. Oma roos haalt hem.", "Juf [naam] zag het. Oma [naam] haalt hem."),
    ("- Priya\n- Kacper", "- [naam]\n- [naam]"),                           # bullets
    ('Ze zei "Het was Kacper".', 'Ze zei "Het was [naam]".'),              # speech
])
def test_rules_on_a_tiny_lexicon(text, expected):
    assert _anon(text) == expected


def test_consistency_also_removes_an_ordinary_looking_start():
    # "Jas" right after the name "Bas" is a name: every capitalised "Jas" goes, also at
    # the start of a sentence; lower-case "jas" stays.
    text = "Juf zag Bas Jas. Jas huilde; de jas was nat."
    assert _anon(text) == "Juf zag [naam]. [naam] huilde; de jas was nat."


def test_a_capital_on_an_ordinary_word_alone_is_emphasis():
    # Mid-sentence, a capitalised ordinary word that the list does not know as a name
    # ("Jas", "Plein", "Sport") is kept; one it knows as a name ("Roos") goes.
    assert _anon("Juf zag Jas met Roos.") == "Juf zag Jas met [naam]."


def test_sentence_openers_do_not_spread_from_a_name():
    text = "Juf zag Obs Het Hart. Het was nat."
    assert _anon(text) == "Juf zag [naam]. Het was nat."


def test_lowercase_name_without_title_is_found_as_a_clause_subject():
    # No capital and no title, but no dictionary has "kacper" and it opens the clause
    # after "toen", where a person stands (person_slots.person_place).
    assert [(d.start, d.end) for d in detect_names("toen kacper binnenkwam", TINY)] == [(5, 11)]
    # The same place with a dictionary word keeps it.
    assert detect_names("toen moeder binnenkwam", TINY) == []


def test_real_lexicon_loads_small():
    # Its load time (goal 0.3 s) is reported by benchmarks/bench_anonymise.py, not asserted
    # here: a timed assertion fails on a busy 2-core CI (seen: 3.5 s under load).
    tracemalloc.start()
    lexicon = read_lexicon()
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(lexicon.words) > 300_000 and len(lexicon.proper) > 50_000
    assert current < 150e6, current


def test_real_lexicon_on_names_that_are_words():
    detect = default_detector()
    text = ("Roos zei dat Bas haar sloeg. Daarna kwam Iris met Mees en meester Visser. "
            "De boer zag een roos en een iris; het water was koud.")
    out = anonymise(text, [], detect).text
    assert out == ("[naam] zei dat [naam] haar sloeg. Daarna kwam [naam] met [naam] en "
                   "meester [naam]. De boer zag een roos en een iris; het water was koud.")


def test_cli_finds_unknown_names_by_default():
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-m", "zorgdesk", "anonymise"],
                          input=b"Kacper belde. Toen Priya binnenkwam, huilde ze.",
                          capture_output=True, env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == "[naam] belde. Toen [naam] binnenkwam, huilde ze."


def test_demo_summaries_through_the_default_pipeline_have_no_false_positives(demo_vault):
    # Every demo pupil's summary: headings after "moeder." and "Contra-signalen" stay,
    # only names the vault knows are removed - except the identifiers the demo case
    # (services/demo_case.py) plants on purpose in Daan's logboek.
    from zorgdesk.services.demo import case as demo_case
    from zorgdesk.services.session import Session

    planted = (demo_case.ADDRESS, demo_case.POSTCODE, demo_case.UNKNOWN_PHONE,
               demo_case.UNKNOWN_EMAIL, *demo_case.UNKNOWN_PERSON.split())

    session = Session(demo_vault)
    for pupil in session.basedata.pupils():
        result = session.case_summary.build(
            pupil.id, question="Moeten wij Veilig Thuis bellen?",
            school_actions=["Overleg met de GGD-jeugdarts", "Gesprek met moeder."])
        detected = [r.original for r in result.replacements if not r.known
                    and not any(p in r.original for p in planted)
                    and not re.fullmatch(r"\d{2}-\d{2}-\d{4}", r.original)]
        assert detected == [], (pupil.display_name, detected)
        assert "\nSignalen\n" in result.text and "Wat de school al heeft gedaan" in result.text


def test_detector_in_the_summary_catches_an_unknown_name(demo_vault):
    from zorgdesk.services.session import Session

    session = Session(demo_vault)
    pupil = session.basedata.pupils()[0]
    result = session.case_summary.build(
        pupil.id, question="Toen Kacper binnenkwam, zei hij dat Priya's vader sloeg.")
    assert "Kacper" not in result.text and "Priya" not in result.text
    assert "Toen [naam] binnenkwam, zei hij dat [naam] vader sloeg." in result.text
