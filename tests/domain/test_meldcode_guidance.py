"""forms/meldcode_guidance.json: structure, and every excerpt is verbatim in its seed lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.seed import seed_lines

ROOT = Path(__file__).resolve().parents[2]
GUIDANCE = ROOT / "forms" / "meldcode_guidance.json"


def _load() -> dict:
    return json.loads(GUIDANCE.read_text(encoding="utf-8"))


def _excerpts(doc: dict):
    for key, step in doc["steps"].items():
        for e in step["excerpts"]:
            yield key, e
        for qkey, q in step.get("questions", {}).items():
            for e in q["excerpts"]:
                yield f"{key}.{qkey}", e


def _normalise(text: str) -> str:
    text = text.replace("\ufffd", " ").replace("•", " ")
    text = re.sub(r"^\s*-\s", " ", text, flags=re.M)  # "- " list marks
    text = re.sub(r"\s+", " ", text)
    return text.replace(" :", ":").replace("/ ", "/").strip()


def test_structure():
    doc = _load()
    assert set(doc["steps"]) == {"1", "2", "3", "4", "5", "nazorg"}
    assert set(doc["steps"]["4"]["questions"]) == {"1", "2", "3", "4", "5"}
    for _key, e in _excerpts(doc):
        assert e["seed"] in doc["sources"]
        start, end = e["lines"]
        assert 0 < start <= end
        assert e["text"].strip()


def test_excerpts_are_verbatim():
    doc = _load()
    checked = 0
    for key, e in _excerpts(doc):
        lines = seed_lines(e["seed"])  # sed-style line numbers
        start, end = e["lines"]
        source = _normalise("\n".join(lines[start - 1 : end]))
        assert _normalise(e["text"]) in source, f"step {key}: {e['text'][:60]!r}"
        checked += 1
    assert checked > 20
