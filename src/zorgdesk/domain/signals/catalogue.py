"""Signal catalogues (signalenlijsten) loaded from human-editable JSON files.

A school edits these files by hand, so every validation error must say in Dutch
which file and which line is wrong; see docs/catalogue-format.md for the format.
Pure stdlib: no Qt, no database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "Catalogue",
    "CatalogueError",
    "CatalogueSource",
    "SignalGroup",
    "SignalItem",
    "builtin_catalogue_dir",
    "load_all_catalogues",
    "load_catalogue",
    "load_catalogues",
]

_TOP_REQUIRED = {"id", "version", "title", "source", "age_range", "groups"}
_SOURCE_REQUIRED = {"file"}
_SOURCE_OPTIONAL = {"lines", "citation"}
_AGE_REQUIRED = {"min", "max"}
_GROUP_REQUIRED = {"id", "title", "items"}
_ITEM_REQUIRED = {"id", "text"}
_ITEM_OPTIONAL = {"source_line"}
# Ids end up in the vault as references to ticked signals, so they must be plain
# and stable: lowercase letters, digits, '-' and '.' as separator.
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$")


class CatalogueError(ValueError):
    """A catalogue file cannot be used; the message is Dutch and user-facing."""

    def __init__(self, path: Path, line: int | None, reason: str) -> None:
        self.path = Path(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}, regel {line}" if line is not None else str(self.path)
        super().__init__(f"Fout in signalenlijst {where}: {reason}")


@dataclass(frozen=True)
class SignalItem:
    id: str
    text: str
    source_line: int | None = None


@dataclass(frozen=True)
class SignalGroup:
    id: str
    title: str
    items: tuple[SignalItem, ...]


@dataclass(frozen=True)
class CatalogueSource:
    file: str
    lines: tuple[int, int] | None = None
    citation: str | None = None


@dataclass(frozen=True)
class Catalogue:
    id: str
    version: int
    title: str
    source: CatalogueSource
    age_range: tuple[int, int] | None
    groups: tuple[SignalGroup, ...]
    path: Path

    @property
    def items(self) -> tuple[SignalItem, ...]:
        return tuple(item for group in self.groups for item in group.items)

    def item(self, item_id: str) -> SignalItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def group_of(self, item_id: str) -> SignalGroup:
        for group in self.groups:
            if any(item.id == item_id for item in group.items):
                return group
        raise KeyError(item_id)


def builtin_catalogue_dir() -> Path:
    # Imported here so that importing the domain layer never needs platformdirs.
    from zorgdesk.paths import resources_dir

    return resources_dir() / "catalogues"


class _Locator:
    """Finds line numbers in the raw text, since json.loads forgets positions."""

    def __init__(self, raw: str) -> None:
        self.raw = raw

    def line_at(self, pos: int) -> int:
        return self.raw.count("\n", 0, max(pos, 0)) + 1

    def id_positions(self, value: str) -> list[int]:
        pattern = re.compile(r'"id"\s*:\s*' + re.escape(json.dumps(value, ensure_ascii=False)))
        found = [m.start() for m in pattern.finditer(self.raw)]
        if not found:  # the file may escape non-ASCII characters differently
            found = [m.start() for m in re.finditer(re.escape(json.dumps(value)), self.raw)]
        return found

    def key_near(self, key: str, anchor: int) -> int:
        """Position of '"key":' closest to anchor (the object's own id)."""
        hits = [m.start() for m in re.finditer(re.escape(json.dumps(key)) + r"\s*:", self.raw)]
        if not hits:
            return anchor
        return min(hits, key=lambda pos: abs(pos - anchor))


class _Validator:
    def __init__(self, path: Path, raw: str) -> None:
        self.path = path
        self.loc = _Locator(raw)
        self.seen_ids: dict[str, int] = {}  # id -> position of first use

    def fail(self, pos: int | None, reason: str) -> CatalogueError:
        line = self.loc.line_at(pos) if pos is not None else None
        return CatalogueError(self.path, line, reason)

    def check_keys(
        self, obj: Any, required: set[str], optional: set[str], what: str, anchor: int
    ) -> None:
        if not isinstance(obj, dict):
            raise self.fail(anchor, f"{what} moet een object {{...}} zijn")
        missing = sorted(required - obj.keys())
        if missing:
            raise self.fail(anchor, f"{what} mist het veld '{missing[0]}'")
        unknown = sorted(obj.keys() - required - optional)
        if unknown:
            pos = self.loc.key_near(unknown[0], anchor)
            raise self.fail(pos, f"{what} heeft een onbekend veld '{unknown[0]}'")

    def text(self, obj: dict, key: str, what: str, anchor: int) -> str:
        value = obj[key]
        if not isinstance(value, str) or not value.strip():
            raise self.fail(self.loc.key_near(key, anchor), f"{what}: '{key}' is leeg")
        return value.strip()

    def positive_int(self, value: Any, key: str, what: str, anchor: int) -> int:
        # bool is an int subclass; 'true' as a version is a typo, not a number.
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            pos = self.loc.key_near(key, anchor)
            raise self.fail(pos, f"{what}: '{key}' moet een geheel getal van 1 of meer zijn")
        return value

    def new_id(self, value: Any, prefix: str | None, what: str, anchor: int) -> tuple[str, int]:
        """Validate an id, register it and return it with its position in the file."""
        if not isinstance(value, str) or not value:
            raise self.fail(anchor, f"{what} heeft een lege of ongeldige 'id'")
        positions = self.loc.id_positions(value)
        if value in self.seen_ids:
            first = self.seen_ids[value]
            later = [p for p in positions if p > first]
            pos = later[0] if later else anchor
            raise self.fail(
                pos, f"de id '{value}' komt dubbel voor (eerder op regel {self.loc.line_at(first)})"
            )
        pos = positions[0] if positions else anchor
        if not _ID_RE.match(value):
            raise self.fail(
                pos,
                f"de id '{value}' mag alleen kleine letters, cijfers, '-' en '.' bevatten",
            )
        if prefix is not None and not value.startswith(prefix + "."):
            raise self.fail(pos, f"de id '{value}' moet beginnen met '{prefix}.'")
        self.seen_ids[value] = pos
        return value, pos


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Plain json.loads keeps the last duplicate key silently; a hand-edited file
    # with two "text" keys would then lose a signal without anyone noticing.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"het veld '{key}' staat twee keer in hetzelfde object")
        result[key] = value
    return result


def _parse(path: Path) -> tuple[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = f"bestand kan niet gelezen worden ({exc.strerror})"
        raise CatalogueError(path, None, reason) from exc
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CatalogueError(path, line, "het bestand is niet in UTF-8 opgeslagen") from exc
    try:
        return raw, json.loads(raw, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise CatalogueError(path, exc.lineno, f"ongeldige JSON ({exc.msg})") from exc
    except ValueError as exc:
        key = str(exc).split("'")[1]
        pos = _second_key_in_same_object(raw, key)
        line = raw.count("\n", 0, pos) + 1 if pos is not None else None
        raise CatalogueError(path, line, str(exc)) from exc


def _second_key_in_same_object(raw: str, key: str) -> int | None:
    """Position of the repeated key: two hits belong to one object when the
    brace depth between them (outside strings) never drops below zero."""
    hits = [m.start() for m in re.finditer(re.escape(json.dumps(key)) + r"\s*:", raw)]
    pairs = sorted(
        ((a, b) for n, a in enumerate(hits) for b in hits[n + 1 :]), key=lambda pair: pair[1]
    )
    for first, second in pairs:
        depth, i, ok = 0, first, True
        while i < second:
            ch = raw[i]
            if ch == '"':
                i += 1
                while i < second and raw[i] != '"':
                    i += 2 if raw[i] == "\\" else 1
            elif ch in "{[":
                depth += 1
            elif ch in "}]":
                depth -= 1
                ok = ok and depth >= 0
            i += 1
        if ok and depth == 0:
            return second
    return None


def load_catalogue(path: Path | str) -> Catalogue:
    """Read and validate one catalogue file; raise CatalogueError when unusable."""
    path = Path(path)
    raw, data = _parse(path)
    v = _Validator(path, raw)
    v.check_keys(data, _TOP_REQUIRED, set(), "De signalenlijst", 0)
    cat_id, cat_pos = v.new_id(data["id"], None, "De signalenlijst", 0)
    title = v.text(data, "title", "De signalenlijst", cat_pos)
    version = v.positive_int(data["version"], "version", "De signalenlijst", cat_pos)

    source_pos = v.loc.key_near("source", cat_pos)
    src = data["source"]
    v.check_keys(src, _SOURCE_REQUIRED, _SOURCE_OPTIONAL, "Het veld 'source'", source_pos)
    lines = src.get("lines")
    if lines is not None:
        ok = isinstance(lines, list) and len(lines) == 2
        ok = ok and all(isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in lines)
        if not ok or lines[0] > lines[1]:
            raise v.fail(v.loc.key_near("lines", source_pos), "'lines' moet [eerste, laatste] zijn")
    citation = src.get("citation")
    if citation is not None and not isinstance(citation, str):
        raise v.fail(v.loc.key_near("citation", source_pos), "'citation' moet tekst zijn")
    source = CatalogueSource(
        file=v.text(src, "file", "Het veld 'source'", source_pos),
        lines=tuple(lines) if lines is not None else None,
        citation=citation,
    )

    age = data["age_range"]
    age_range = None
    if age is not None:
        age_pos = v.loc.key_near("age_range", cat_pos)
        v.check_keys(age, _AGE_REQUIRED, set(), "Het veld 'age_range'", age_pos)
        low = age["min"]
        high = age["max"]
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in (low, high)) or not (
            0 <= low <= high
        ):
            raise v.fail(age_pos, "'age_range' moet gehele leeftijden hebben met min <= max")
        age_range = (low, high)

    groups_raw = data["groups"]
    if not isinstance(groups_raw, list) or not groups_raw:
        raise v.fail(v.loc.key_near("groups", cat_pos), "'groups' moet een niet-lege lijst zijn")
    groups = tuple(_group(v, g, cat_id, cat_pos) for g in groups_raw)
    return Catalogue(cat_id, version, title, source, age_range, groups, path)


def _group(v: _Validator, raw: Any, cat_id: str, cat_pos: int) -> SignalGroup:
    anchor = v.loc.key_near("groups", cat_pos)
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        anchor = (v.loc.id_positions(raw["id"]) or [anchor])[0]
    v.check_keys(raw, _GROUP_REQUIRED, set(), "Een groep", anchor)
    group_id, pos = v.new_id(raw["id"], cat_id, "Een groep", anchor)
    what = f"Groep '{group_id}'"
    title = v.text(raw, "title", what, pos)
    items_raw = raw["items"]
    if not isinstance(items_raw, list) or not items_raw:
        raise v.fail(v.loc.key_near("items", pos), f"{what}: 'items' moet een niet-lege lijst zijn")
    return SignalGroup(group_id, title, tuple(_item(v, i, group_id, pos) for i in items_raw))


def _item(v: _Validator, raw: Any, group_id: str, group_pos: int) -> SignalItem:
    anchor = group_pos
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        positions = v.loc.id_positions(raw["id"])
        anchor = positions[0] if positions else group_pos
    v.check_keys(raw, _ITEM_REQUIRED, _ITEM_OPTIONAL, f"Een signaal in groep '{group_id}'", anchor)
    item_id, pos = v.new_id(raw["id"], group_id, "Een signaal", anchor)
    what = f"Signaal '{item_id}'"
    text = v.text(raw, "text", what, pos)
    line = raw.get("source_line")
    if line is not None:
        line = v.positive_int(line, "source_line", what, pos)
    return SignalItem(item_id, text, line)


def load_catalogues(dirs: Iterable[Path | str]) -> list[Catalogue]:
    """Load every *.json directly in each folder, in order (built-in folder first).

    Sub-folders are skipped on purpose: they hold data that is not a signal list
    (the Vlaggensysteem). A folder that does not exist yet is simply empty.
    """
    catalogues: list[Catalogue] = []
    owner: dict[str, Path] = {}
    for folder in dirs:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            cat = load_catalogue(path)
            if cat.id in owner:
                loc = _Locator(path.read_text(encoding="utf-8-sig"))
                pos = (loc.id_positions(cat.id) or [0])[0]
                raise CatalogueError(
                    path,
                    loc.line_at(pos),
                    f"de id '{cat.id}' wordt al gebruikt door {owner[cat.id]}",
                )
            owner[cat.id] = path
            catalogues.append(cat)
    return catalogues


def load_all_catalogues(user_dir: Path | str | None = None) -> list[Catalogue]:
    """Built-in catalogues plus those a school put in its own folder."""
    dirs: list[Path | str] = [builtin_catalogue_dir()]
    if user_dir is not None:
        dirs.append(user_dir)
    return load_catalogues(dirs)
