"""Real sample files for attachment tests: a PDF from ReportLab, a PNG from Pillow, mails."""

from __future__ import annotations

import io

from PIL import Image
from reportlab.pdfgen import canvas

EML = (b"From: Ayse Celik <ouder@example.nl>\r\nTo: ib@school.example\r\n"
       b"Subject: Afspraak\r\nDate: Mon, 23 Nov 2026 09:00:00 +0100\r\n"
       b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
       b"Beste juf, wij komen graag op gesprek.\r\n")
MSG = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"outlook message body"
EXE = b"MZ\x90\x00\x03" + bytes(200) + b"This program cannot be run in DOS mode."


def pdf(text: str = "Brief van de jeugdarts") -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 760, text)
    page.showPage()
    page.save()
    return out.getvalue()


def png(size: tuple[int, int] = (120, 80), colour: str = "teal") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), "orange").save(out, "JPEG")
    return out.getvalue()
