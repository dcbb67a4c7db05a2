"""No network, no plaintext temp files, no pupil names in error messages."""

from __future__ import annotations

import socket
import tempfile
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, TODAY
from tests.reports.test_conversation_pdf import make
from zorgdesk.domain.people import PupilDraft
from zorgdesk.domain.printing import PrintedSchool
from zorgdesk.domain.validation import ValidationError
from zorgdesk.reports.conversation.pdf import render_report
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_NAMES, DEMO_PASSPHRASE, create_demo_vault
from zorgdesk.services.session import Session
from zorgdesk.services.vault.backup import make_backup
from zorgdesk.store.errors import VaultError
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault

SECRET_NAMES = [*DEMO_NAMES, "Fenna Testleerling"]


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(name):
        def _refuse(*args, **kwargs):
            attempts.append(name)
            raise OSError("netwerk uitgeschakeld in de test")
        return _refuse

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    folder = tmp_path / "systemtemp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _files_with_names(folder: Path) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        for name in SECRET_NAMES:
            if any(name.encode(enc) in raw for enc in ("utf-8", "utf-16-le", "utf-16-be")):
                hits.append(f"{path.name}: {name}")
    return hits


def test_main_flows_use_no_network_and_leave_no_plaintext(no_network, private_tmp, tmp_path):
    work = tmp_path / "werk"
    session, _ = Session.create(work / "school.zdv", PASSPHRASE, school_name="OBS Test",
                                place="Weidebeek", user_name="Ineke Test",
                                with_recovery_key=True, kdf=FAST_KDF_FOR_TESTS)
    session.close()
    session = Session.open(work / "school.zdv", PASSPHRASE)
    group = session.basedata.add_group("Groep 4")
    pupil_id = session.basedata.add_pupil(PupilDraft(
        "Fenna", "Testleerling", "14-03-2018", "01-09-2022", group_id=group))
    assert session.basedata.pupil(pupil_id).display_name == "Fenna Testleerling"
    assert session.verify() == []
    make_backup(session.vault, work / "b.zdbackup")
    session.close()
    create_demo_vault(work / "demo.zdv", today=TODAY, kdf=FAST_KDF_FOR_TESTS).close()
    with Vault.open(work / "demo.zdv", DEMO_PASSPHRASE) as demo:
        assert len(Session(demo).basedata.pupils()) == 30
    pdf = render_report(make(pupil_name="Zoë van der Berg"), PrintedSchool("OBS De Vlinderboom"),
                        TODAY)
    assert pdf.startswith(b"%PDF")
    assert no_network == []
    assert _files_with_names(private_tmp) == []
    assert _files_with_names(work) == []  # vault, WAL, key file, backup: all encrypted
    assert {p.name for p in work.iterdir()} <= {
        "school.zdv", "school.zdv.key", "b.zdbackup", "demo.zdv", "demo.zdv.key"}


def test_validation_errors_do_not_repeat_what_was_typed(demo_vault):
    data = Session(demo_vault, FixedClock(TODAY)).basedata
    long_name = "Zoë van der Berg " * 40
    with pytest.raises(ValidationError) as caught:
        data.add_pupil(PupilDraft(long_name, "Berg", "31-02-2018", "01-09-2022"))
    text = str(caught.value) + " ".join(p.message for p in caught.value.problems)
    for name in SECRET_NAMES:
        assert name not in text
    assert "Zoë" not in text


def test_store_errors_do_not_mention_pupils(demo_path, tmp_path):
    with pytest.raises(VaultError) as caught:
        Vault.open(demo_path, "helemaal verkeerd wachtwoord")
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        pupil = Session(vault).basedata.pupils()[0]
        with pytest.raises(LookupError) as missing:
            Session(vault).basedata.pupil(99999)
    for text in (str(caught.value), str(missing.value)):
        assert pupil.display_name not in text
        assert not any(name in text for name in SECRET_NAMES)


def test_the_scanner_itself_finds_plaintext(tmp_path):
    (tmp_path / "lek.txt").write_bytes("Zoë van der Berg".encode("utf-16-le"))
    assert _files_with_names(tmp_path) == ["lek.txt: Zoë van der Berg"]
