"""`zorgdesk inzage`: exit codes and Dutch messages, through a real demo vault."""

from __future__ import annotations

import json

import pytest

from zorgdesk.cli import EXIT_ERROR, EXIT_OK, PASSPHRASE_ENV, main
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _run(demo_path, *extra):
    return main(["inzage", "--vault", str(demo_path), *extra])


def test_export_by_name_writes_both_files_and_records_sharing(demo_path, usb, monkeypatch,
                                                              capsys):
    monkeypatch.setenv(PASSPHRASE_ENV, DEMO_PASSPHRASE)
    assert _run(demo_path, "--leerling", "Emre Çelik", "--to", str(usb),
                "--voor", "ouder (vader)") == EXIT_OK
    out = capsys.readouterr().out
    assert "Inzage-export gemaakt" in out
    names = sorted(p.name for p in usb.iterdir())
    assert len(names) == 2 and all("Emre" not in n and "Çelik" not in n for n in names)
    doc = json.loads((usb / names[0]).read_text(encoding="utf-8"))
    assert doc["pupil"]["name"] == "Emre Çelik"
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    try:
        assert session.sharing.for_pupil(doc["pupil"]["id"])[-1].shared_with == "ouder (vader)"
    finally:
        session.close()


def test_unknown_pupil(demo_path, usb, monkeypatch, capsys):
    monkeypatch.setenv(PASSPHRASE_ENV, DEMO_PASSPHRASE)
    assert _run(demo_path, "--leerling", "Xander Onbekend", "--to", str(usb)) == EXIT_ERROR
    assert "Er is geen leerling met deze naam of dit nummer." in capsys.readouterr().err
    assert list(usb.iterdir()) == []


def test_ambiguous_name_asks_for_the_number(demo_path, usb, monkeypatch, capsys):
    monkeypatch.setenv(PASSPHRASE_ENV, DEMO_PASSPHRASE)
    assert _run(demo_path, "--leerling", "van der Berg", "--to", str(usb)) == EXIT_ERROR
    assert "geef het nummer" in capsys.readouterr().err


def test_wrong_passphrase(demo_path, usb, monkeypatch, capsys):
    monkeypatch.setenv(PASSPHRASE_ENV, "fout wachtwoord")
    assert _run(demo_path, "--leerling", "1", "--to", str(usb)) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "wachtwoord is onjuist" in err and "Traceback" not in err
    assert list(usb.iterdir()) == []


def test_missing_folder(demo_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(PASSPHRASE_ENV, DEMO_PASSPHRASE)
    assert _run(demo_path, "--leerling", "1", "--to", str(tmp_path / "nee")) == EXIT_ERROR
    assert "Deze map bestaat niet." in capsys.readouterr().err


def test_folder_that_cannot_be_written(demo_path, monkeypatch, capsys):
    """/proc refuses new files even for root: the write fails, nothing is recorded."""
    monkeypatch.setenv(PASSPHRASE_ENV, DEMO_PASSPHRASE)
    assert _run(demo_path, "--leerling", "1", "--to", "/proc") == EXIT_ERROR
    err = capsys.readouterr().err
    assert ("kon niet worden geschreven" in err or "kan ZorgDesk niet schrijven" in err), err
    assert "Zoë" not in err
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    try:
        assert session.sharing.for_pupil(1) == []
    finally:
        session.close()
