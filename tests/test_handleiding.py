"""The handleiding for the IB: every picture it shows exists, and it prints as a PDF."""

from __future__ import annotations

import importlib.util
import io
import re
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "docs" / "handleiding.md"


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_handleiding", ROOT / "packaging" / "build_handleiding.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_screenshot_the_handleiding_shows_exists():
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", SOURCE.read_text(encoding="utf-8"))
    assert len(pictures) >= 6
    missing = [p for p in pictures if not (SOURCE.parent / p).is_file()]
    assert missing == []


def test_the_handleiding_prints_with_every_chapter_and_its_pictures(tmp_path):
    target = _builder().build(SOURCE, tmp_path / "handleiding.pdf")
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    chapters = re.findall(r"^## (.+)$", SOURCE.read_text(encoding="utf-8"), re.M)
    assert len(chapters) >= 10
    for chapter in chapters:
        assert chapter.split()[-1] in text, chapter
    images = sum(len(page.images) for page in reader.pages)
    assert images >= 6
    assert "ë" in text or "é" in text  # the embedded font prints Dutch characters


def test_the_shipped_pdf_is_what_the_current_handleiding_prints(tmp_path):
    """Help > Handleiding (F1) opens docs/handleiding.pdf; walk s30 found it behind the
    .md (two sentences of s29 missing). Rebuild it with packaging/build_handleiding.py."""
    def text(path: Path) -> str:
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)

    built = _builder().build(SOURCE, tmp_path / "handleiding.pdf")
    assert text(ROOT / "docs" / "handleiding.pdf") == text(built)
