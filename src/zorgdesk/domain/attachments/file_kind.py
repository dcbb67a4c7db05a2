"""Recognise an attachment by its content (magic bytes), never by its name alone.

Allowed: PDF, images (PNG, JPEG) and e-mail files (.eml, .msg). A file whose name
promises one kind while its content is another (a program renamed to .pdf) is refused,
as are empty files and files over the size limit. Every refusal is a Dutch sentence
without the file's content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from zorgdesk.domain.validation import FieldProblem, ValidationError

MAX_ATTACHMENT_BYTES = 20 * 2**20
MAX_NAME_LENGTH = 120


class FileKind(StrEnum):
    PDF = "pdf"
    PNG = "png"
    JPEG = "jpeg"
    EML = "eml"
    MSG = "msg"


KIND_LABELS = {FileKind.PDF: "PDF", FileKind.PNG: "afbeelding (PNG)",
               FileKind.JPEG: "afbeelding (JPEG)", FileKind.EML: "e-mail (.eml)",
               FileKind.MSG: "e-mail (Outlook .msg)"}
EXTENSIONS = {".pdf": FileKind.PDF, ".png": FileKind.PNG, ".jpg": FileKind.JPEG,
              ".jpeg": FileKind.JPEG, ".eml": FileKind.EML, ".msg": FileKind.MSG}
IMAGE_KINDS = frozenset({FileKind.PNG, FileKind.JPEG})
ALLOWED_TEXT = "PDF, afbeelding (PNG of JPEG) of e-mail (.eml of .msg)"

_OLE_COMPOUND = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg is an OLE compound file
_SIGNATURES = ((b"%PDF-", FileKind.PDF), (b"\x89PNG\r\n\x1a\n", FileKind.PNG),
               (b"\xff\xd8\xff", FileKind.JPEG), (_OLE_COMPOUND, FileKind.MSG))
_PROGRAM_SIGNATURES = (b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"#!")
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]")
_MAIL_HEADERS = (b"from:", b"date:", b"subject:", b"message-id:", b"received:",
                 b"mime-version:", b"to:")


def _looks_like_email(data: bytes) -> bool:
    """An RFC 5322 message: starts with header lines, among them the usual ones."""
    head = data[:16384].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].split(b"\n")
    if not head or not _HEADER_LINE.match(head[0]):
        return False
    names = {line.split(b":", 1)[0].lower() + b":" for line in head if _HEADER_LINE.match(line)}
    return len(names.intersection(_MAIL_HEADERS)) >= 2


def sniff(data: bytes) -> FileKind | None:
    """The kind the content really is, or None when it is none of the allowed kinds."""
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            return kind
    if _looks_like_email(data):
        return FileKind.EML
    return None


def clean_name(filename: str) -> str:
    """The file's own name (no folders), trimmed; kept only for the list and the export."""
    name = re.split(r"[\\/]", filename or "")[-1].strip()
    name = "".join(ch for ch in name if ch.isprintable())
    if len(name) > MAX_NAME_LENGTH:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: MAX_NAME_LENGTH - len(ext) - 1] + dot + ext) if dot else name[
            :MAX_NAME_LENGTH]
    return name or "bijlage"


def extension_kind(filename: str) -> FileKind | None:
    lower = filename.lower()
    for ext, kind in EXTENSIONS.items():
        if lower.endswith(ext):
            return kind
    return None


@dataclass(frozen=True)
class CheckedFile:
    name: str
    kind: FileKind
    size: int


def _refuse(message: str) -> ValidationError:
    return ValidationError([FieldProblem("bijlage", message)])


def check_size(filename: str, size: int) -> None:
    """Refuse an empty or too large file by its size alone (before reading it)."""
    name = clean_name(filename)
    if size <= 0:
        raise _refuse(f"Het bestand «{name}» is leeg. Kies het bestand opnieuw; "
                      "er is niets bewaard.")
    if size > MAX_ATTACHMENT_BYTES:
        raise _refuse(f"Het bestand «{name}» is te groot ({size / 2**20:.0f} MB; maximaal "
                      f"{MAX_ATTACHMENT_BYTES // 2**20} MB per bijlage). Scan met een lagere "
                      "resolutie of verklein de afbeelding; er is niets bewaard.")


def check_file(filename: str, data: bytes) -> CheckedFile:
    """Accept ``data`` as an attachment or raise a ValidationError with a Dutch message."""
    name = clean_name(filename)
    check_size(name, len(data))
    promised = extension_kind(name)
    if promised is None:
        raise _refuse(f"Het bestand «{name}» kan geen bijlage worden: alleen {ALLOWED_TEXT} "
                      "is toegestaan.")
    actual = sniff(data)
    if actual is None or not _compatible(promised, actual):
        what = ("een programma" if data.startswith(_PROGRAM_SIGNATURES)
                else KIND_LABELS[actual] if actual else "een onbekend soort bestand")
        raise _refuse(f"Het bestand «{name}» is niet wat de naam zegt: de naam belooft "
                      f"{KIND_LABELS[promised]}, maar de inhoud is {what}. Het is niet "
                      "bewaard. Vraag de afzender om het juiste bestand.")
    return CheckedFile(name, actual, len(data))


def _compatible(promised: FileKind, actual: FileKind) -> bool:
    # A .jpg that is really a PNG (or the reverse) is still a harmless image.
    if promised in IMAGE_KINDS and actual in IMAGE_KINDS:
        return True
    return promised == actual
