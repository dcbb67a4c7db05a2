"""`zorgdesk anonymise`: linear work, and a documented input limit with a Dutch message."""

from __future__ import annotations

import io
import sys

from zorgdesk import cli
from zorgdesk.cli import MAX_ANONYMISE_BYTES, main

SMALL_LIMIT = 20_000  # the same code path as the real 2 MB, at test speed


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def _run(monkeypatch, capsys, data: bytes, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    out = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", type("Out", (), {"buffer": out, "flush": lambda s: None})())
    rc = main(["anonymise", *args])
    return rc, out.getvalue().decode("utf-8"), capsys.readouterr().err


def test_the_limit_is_one_megabyte():
    assert MAX_ANONYMISE_BYTES == 1_000_000  # documented in docs/security.md


def test_text_over_the_limit_is_refused_in_dutch_and_nothing_is_written(monkeypatch, capsys):
    monkeypatch.setattr(cli, "MAX_ANONYMISE_BYTES", SMALL_LIMIT)
    data = b"Sanne belde. " * (SMALL_LIMIT // 13 + 1)
    assert len(data) == SMALL_LIMIT + 13 - SMALL_LIMIT % 13
    rc, out, err = _run(monkeypatch, capsys, data, "--known-name", "Sanne")
    assert rc == 1
    assert out == ""
    assert "te lang" in err and "Sanne" not in err


def test_text_at_the_limit_is_anonymised(monkeypatch, capsys):
    monkeypatch.setattr(cli, "MAX_ANONYMISE_BYTES", SMALL_LIMIT)
    line = "Sanne belde op 12-03-2026.\n"
    data = (line * (SMALL_LIMIT // len(line))).encode()
    assert SMALL_LIMIT - len(line) < len(data) <= SMALL_LIMIT
    rc, out, err = _run(monkeypatch, capsys, data, "--known-name", "Sanne")
    assert rc == 0, err
    assert "Sanne" not in out and "12-03-2026" not in out
    assert out.count("[naam] belde op [datum].") == len(data) // len(line)
