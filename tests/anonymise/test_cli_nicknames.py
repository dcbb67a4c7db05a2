"""`zorgdesk anonymise` (issue 16, s34): the same text path as the Veilig Thuis summary, and
the recorded nicknames ("Ook genoemd") a user can give it.

- Decomposed accents (NFD: "e" + a combining diaeresis, as pasted from macOS or a PDF) left
  a surname in the summary until s33 composed its text; the CLI took its input as given:
  "Zoe\u0308 U\u0308nal" came out as "[naam]\u0308 U\u0308nal" (the surname left).
- The CLI could not be told a person's nicknames: "Beer" for the stepfather stayed.
  ``--nickname NAAM=BIJNAAM[,BIJNAAM]`` (Dutch alias ``--ook-genoemd``), like ``--role
  NAAM=ROL``; the nicknames are checked as the form "Ook genoemd" checks them.
"""

from __future__ import annotations

import io
import sys
import unicodedata

import pytest

from zorgdesk.cli import main


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.fixture
def run(monkeypatch, capsys):
    """``run(text, *args)`` -> (exit code, stdout, stderr) of ``zorgdesk anonymise``."""

    def _run(text: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", _Stdin(text.encode("utf-8")))
        out = io.BytesIO()
        monkeypatch.setattr(sys, "stdout", type("Out", (), {"buffer": out,
                                                             "flush": lambda s: None})())
        rc = main(["anonymise", *args])
        return rc, out.getvalue().decode("utf-8"), capsys.readouterr().err

    return _run


# -- the same path as the summary: composed accents ------------------------------------

NFD_TEXTS = [
    ("Gisteren sloeg Zoë Ünal hem op het plein.", ("Zoë", "Ünal")),
    ("Noël lachte hem uit; Björn keek toe.", ("Noël", "Björn")),
]


@pytest.mark.parametrize(("text", "names"), NFD_TEXTS)
def test_decomposed_input_loses_the_same_names_as_composed_input(run, text, names):
    rc, composed, err = run(unicodedata.normalize("NFC", text))
    assert rc == 0, err
    rc, decomposed, err = run(unicodedata.normalize("NFD", text))
    assert rc == 0, err
    assert decomposed == composed
    folded = unicodedata.normalize("NFC", decomposed)
    for name in names:
        assert name not in folded and name[:-1] not in folded, decomposed


def test_a_decomposed_known_name_is_removed_from_composed_text(run):
    rc, out, err = run("Emre Çelik huilde; Çelik's moeder belde.\n",
                       "--role", unicodedata.normalize("NFD", "Emre Çelik=leerling"))
    assert rc == 0, err
    assert out == "[leerling] huilde; [leerling] moeder belde.\n"


def test_ordinary_words_with_decomposed_accents_stay(run):
    text = "Hij is geëmotioneerd, het café was dicht.\n"
    rc, out, err = run(unicodedata.normalize("NFD", text))
    assert rc == 0, err
    assert out == text  # composed, like the summary


# -- recorded nicknames -------------------------------------------------------------------

def test_a_nickname_goes_with_the_person_s_role(run):
    rc, out, err = run("Beer sloeg mama. Kees Bakker ging weg. Beertje lachte.\n",
                       "--role", "Kees Bakker=stiefvader", "--nickname", "Kees Bakker=Beer")
    assert rc == 0, err
    assert out == ("[stiefvader] sloeg mama. [stiefvader] ging weg. "
                   "[stiefvader] lachte.\n")


def test_more_nicknames_with_commas_and_the_dutch_alias(run):
    rc, out, err = run("Kruimel en Mo speelden. Daan Smit keek.\n",
                       "--ook-genoemd", "Daan Smit=Kruimel, Mo")
    assert rc == 0, err
    # the person is known by his nicknames, so his name goes too (as --role adds it)
    assert out == "[naam] en [naam] speelden. [naam] keek.\n"


def test_nicknames_of_one_person_given_twice_add_up(run):
    rc, out, err = run("Kruimel en Mo speelden.\n", "--role", "Daan Smit=medeleerling",
                       "--nickname", "Daan Smit=Kruimel", "--nickname", "Daan Smit=Mo")
    assert rc == 0, err
    assert out == "[medeleerling] en [medeleerling] speelden.\n"


def test_an_ordinary_word_nickname_keeps_the_thing_and_says_so(run):
    rc, out, err = run("De Beer slaat mama. We zagen de beer in de dierentuin.\n",
                       "--role", "Kees Bakker=stiefvader", "--nickname", "Kees Bakker=de Beer")
    assert rc == 0, err
    assert out == "De [stiefvader] slaat mama. We zagen de beer in de dierentuin.\n"
    assert "gewoon woord" in err and "uitvoer" in err  # the note the form gives, for a CLI


@pytest.mark.parametrize(("value", "message"), [
    ("Kees Bakker", "NAAM=BIJNAAM"),
    ("=Beer", "NAAM=BIJNAAM"),
    ("Kees Bakker=", "NAAM=BIJNAAM"),
    ("Kees Bakker=Beer,,Bink", "geen bijnaam"),
    ("Kees Bakker=K", "geen twee letters"),
    ("Kees Bakker=mama", "gewoon woord dat in bijna elke zin staat"),
    ("Kees Bakker=" + "x" * 41, "te lang"),
    ("Kees Bakker=" + ",".join(f"Bijnaam{c}" for c in "abcdefghijk"), "hoogstens 10"),
])
def test_a_bad_nickname_is_refused_in_dutch_and_nothing_is_written(run, value, message):
    rc, out, err = run("Beer sloeg mama.\n", "--nickname", value)
    assert rc == 2
    assert out == ""
    assert message in err and "--nickname" in err
    assert "Traceback" not in err


def test_the_help_explains_the_nickname_option_in_dutch(capsys):
    with pytest.raises(SystemExit):
        main(["anonymise", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--nickname NAAM=BIJNAMEN" in help_text
    assert "--ook-genoemd" in help_text
    assert "bijnamen van NAAM" in help_text
