"""The admin reads argparse's help and errors in Dutch, with the usual exit code 2."""

from __future__ import annotations

import pytest

from zorgdesk.cli import build_parser
from zorgdesk.cli_parser import translate_error


def test_help_headings_are_dutch(capsys):
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: zorgdesk")
    assert "opties:" in out and "toon deze uitleg en stop" in out
    for english in ("usage:", "options:", "show this help", "show program's version"):
        assert english not in out


def test_subcommand_help_is_dutch_too(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["restore", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("gebruik: zorgdesk restore")
    assert "--from BESTAND" in out and "--to PAD" in out


@pytest.mark.parametrize(("argv", "dutch"), [
    (["backup"], "deze gegevens ontbreken: --to"),
    (["--onzin"], "onbekende argumenten: --onzin"),
    (["verify", "--vault"], "bij --vault: hier hoort één waarde achter"),
    (["bestaatniet"], "bij opdracht: ongeldige keuze: 'bestaatniet'"),
])
def test_usage_errors_are_dutch_with_exit_code_2(capsys, argv, dutch):
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("gebruik: ")
    assert f": fout: {dutch}" in err


def test_unknown_message_is_kept_rather_than_lost():
    assert translate_error("something new in a later Python") == (
        "something new in a later Python")
