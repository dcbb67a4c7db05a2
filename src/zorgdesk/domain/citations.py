"""Proper citations of the publications ZorgDesk quotes (forms/bronnen.json).

Guidance texts, checklists and forms come from published school safety policies. The
IB sees the publication - author or organisation, title, year, chapter or section -
never a file name or line numbers of the source texts ZorgDesk was built from. Those
references stay in the data (``bestand``, ``vanaf_regel``) so the section can be found
for a line range, and in code comments and tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from zorgdesk.domain.resource_files import ResourceFileError, read_json_object

FILE_NAME = "bronnen.json"


@dataclass(frozen=True)
class Publication:
    key: str
    author: str
    title: str
    year: str
    publisher: str = ""
    source_file: str = ""  # the seed text it was read from; never shown
    sections: tuple[tuple[int, str], ...] = ()  # (first line, section), sorted
    derived_from: dict[int, str] | None = None  # first line -> key of the original

    def reference(self) -> str:
        """'Auteur (jaar). Titel. Uitgever.'"""
        text = f"{self.author} ({self.year}). {self.title}."
        return f"{text} {self.publisher}." if self.publisher else text

    def section_at(self, line: int) -> tuple[int, str] | None:
        found = None
        for first, name in self.sections:
            if first <= line:
                found = (first, name)
        return found


@dataclass(frozen=True)
class Citations:
    publications: dict[str, Publication]

    def by_file(self, source_file: str) -> Publication | None:
        name = PurePath(source_file).name
        return next((p for p in self.publications.values() if p.source_file == name), None)

    def cite(self, source_file: str, line: int | None = None) -> str:
        """The citation for a passage of a source text, as the IB reads it.

        An unknown file gives an empty string: a file name is never a citation.
        """
        publication = self.by_file(source_file)
        if publication is None:
            return ""
        text = publication.reference()
        section = publication.section_at(line) if line is not None else None
        if section is None:
            return text
        text = f"{text[:-1]}, {section[1]}."
        original_key = (publication.derived_from or {}).get(section[0])
        original = self.publications.get(original_key or "")
        if original is not None:
            text = f"{original.reference()} Opgenomen in: {text}"
        return text


    def short(self, source_file: str, line: int | None = None) -> str:
        """One line for a screen: 'Auteur (jaar), Titel' of the original work.

        The full citation (with section and where it was reproduced) goes in a tooltip
        and on paper; an unknown file gives an empty string.
        """
        publication = self.by_file(source_file)
        if publication is None:
            return ""
        section = publication.section_at(line) if line is not None else None
        original_key = (publication.derived_from or {}).get(section[0]) if section else None
        work = self.publications.get(original_key or "") or publication
        return f"{work.author} ({work.year}), {work.title}"


def parse_citations(data: dict[str, Any], path: Path | str = FILE_NAME) -> Citations:
    raw = data.get("publicaties")
    if not isinstance(raw, dict):
        raise ResourceFileError(path, "het onderdeel \"publicaties\" ontbreekt.")
    publications: dict[str, Publication] = {}
    for key, entry in raw.items():
        try:
            sections, derived = [], {}
            for part in entry.get("onderdelen", []):
                first = int(part["vanaf_regel"])
                sections.append((first, str(part["onderdeel"])))
                if part.get("ontleend_aan"):
                    derived[first] = str(part["ontleend_aan"])
            publications[key] = Publication(
                key=key, author=str(entry["auteur"]), title=str(entry["titel"]),
                year=str(entry["jaar"]), publisher=str(entry.get("uitgever", "")),
                source_file=str(entry.get("bestand", "")),
                sections=tuple(sorted(sections)), derived_from=derived)
        except (AttributeError, KeyError, TypeError, ValueError):
            raise ResourceFileError(
                path, f"de publicatie \"{key}\" mist auteur, titel of jaar, of een onderdeel "
                      "heeft geen geldig regelnummer.") from None
    return Citations(publications)


def load_citations(folder: Path) -> Citations:
    path = Path(folder) / FILE_NAME
    return parse_citations(read_json_object(path, {"publicaties": dict}), path)
