"""Attachments are recognised by their content; every refusal is a Dutch sentence."""

from __future__ import annotations

import pytest

from tests.attachments import files
from zorgdesk.domain.attachments.file_kind import (
    MAX_ATTACHMENT_BYTES,
    FileKind,
    check_file,
    clean_name,
    sniff,
)
from zorgdesk.domain.validation import ValidationError


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("brief.pdf", files.pdf(), FileKind.PDF), ("foto.PNG", files.png(), FileKind.PNG),
    ("foto.jpg", files.jpeg(), FileKind.JPEG), ("foto.jpeg", files.jpeg(), FileKind.JPEG),
    ("mail.eml", files.EML, FileKind.EML), ("mail.msg", files.MSG, FileKind.MSG),
    ("foto.jpg", files.png(), FileKind.PNG),  # a PNG saved as .jpg is still an image
])
def test_allowed_files_are_accepted_by_content(name, data, kind):
    checked = check_file(name, data)
    assert checked.kind == kind and checked.size == len(data) and checked.name == name


def _message(name: str, data: bytes) -> str:
    with pytest.raises(ValidationError) as caught:
        check_file(name, data)
    return caught.value.message


def test_a_program_renamed_to_pdf_is_refused_in_dutch():
    text = _message("verslag.pdf", files.EXE)
    assert "niet wat de naam zegt" in text and "programma" in text and "verslag.pdf" in text


@pytest.mark.parametrize(("name", "data", "what"), [
    ("foto.png", files.pdf(), "PDF"), ("brief.pdf", files.png(), "afbeelding (PNG)"),
    ("mail.eml", b"gewoon wat tekst zonder kopregels\n", "onbekend"),
    ("mail.msg", files.EML, "e-mail (.eml)"),
])
def test_content_that_does_not_match_the_name_is_refused(name, data, what):
    text = _message(name, data)
    assert "niet wat de naam zegt" in text and what in text


def test_empty_too_large_and_other_kinds_are_refused():
    assert "leeg" in _message("brief.pdf", b"")
    big = b"%PDF-1.7\n" + bytes(MAX_ATTACHMENT_BYTES)  # one byte over 20 MB with the header
    assert "te groot" in _message("brief.pdf", big) and "20 MB" in _message("brief.pdf", big)
    assert "alleen PDF" in _message("setup.exe", files.EXE)
    assert "alleen PDF" in _message("notitie.docx", b"PK\x03\x04")


def test_the_limit_itself_is_allowed():
    data = b"%PDF-1.7\n" + bytes(MAX_ATTACHMENT_BYTES - 9)
    assert check_file("groot.pdf", data).size == MAX_ATTACHMENT_BYTES


def test_names_lose_folders_and_control_characters():
    assert clean_name("C:\\Users\\ib\\brief.pdf") == "brief.pdf"
    assert clean_name("/tmp/x/\x07brief.pdf") == "brief.pdf"
    assert clean_name("   ") == "bijlage"
    long = clean_name("a" * 300 + ".pdf")
    assert len(long) == 120 and long.endswith(".pdf")
    assert sniff(b"") is None
