"""Anonymiser benchmark: recall per identifier kind, ordinary words removed, throughput.

Run: PYTHONPATH=src python benchmarks/bench_anonymise.py
Corpus markup: ⟦kind|text⟧ is an identifier (kinds below), ⟪text⟫ is a fact that must
stay readable; every other word is an ordinary word that should survive.
Recall = share of annotated identifiers of which no word is left in the output.
The deduce pipeline runs only when deduce and its prebuilt lookup cache are installed.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass

from zorgdesk.domain.anonymise import KnownName, anonymise

KINDS = ("known", "name", "address", "postcode", "phone", "email", "bsn", "date", "url")
MUST_BE_COMPLETE = ("known", "postcode", "phone", "email", "bsn", "date", "url")

# As the vault gives it: pupil with parts, family/staff/classmates by name and role.
KNOWN = [
    KnownName("Roos de Boer", "leerling", "Roos", "de", "Boer"),
    KnownName("Bas de Boer", "broer", "Bas", "de", "Boer"),
    KnownName("Iris de Boer-Wijnstra", "moeder"),
    KnownName("Mees Haarsma", "stiefvader"),
    KnownName("Daan van der Berg", "leerling", "Daan", "van der", "Berg"),
    KnownName("Noor Jong", "zus", "Noor", "", "Jong"),
    KnownName("Yusuf Öztürk", "medeleerling", "Yusuf", "", "Öztürk"),
    KnownName("Khadija El Amrani", "leerkracht"),
    KnownName("Shanti Sewdien", "oppas"),
    KnownName("Wojciech Dąbrowski", "buurman"),
    KnownName("Sjoerd Hiemstra", "gymdocent"),
    KnownName("Nguyễn Thị Hoa", "tolk"),
    KnownName("Emre Çelik", "leerling", "Emre", "", "Çelik"),
    KnownName("Noortje Visser", "medeleerling", "Noortje", "", "Visser"),
    KnownName("OBS Het Klaverblad", "school", literal=True),
    KnownName("Drachten", "woonplaats", literal=True),
]

CORPUS = [
    "⟦known|Roos⟧ (groep 6) kwam ⟦date|maandag 3 maart 2026⟧ ⟪huilend binnen⟫.",
    "⟦known|Roos⟧ zei tegen juf ⟦known|Khadija⟧: ⟦known|Mees⟧ schreeuwt thuis.",
    "⟦known|Roos'⟧ arm had een ⟪blauwe plek⟫ van ongeveer ⟪4 cm⟫.",
    "⟦known|Bas⟧ (broer, ⟪9 jaar⟫) vertelde dat ⟦known|ROOS⟧ vaak bij de oppas slaapt.",
    "Moeder ⟦known|Iris de Boer-Wijnstra⟧ belde om 14.10 uur vanaf ⟦phone|06-87654321⟧.",
    "Gesprek met mevr. ⟦known|De Boer⟧ en dhr. ⟦known|Haarsma⟧ op ⟦date|12-03-2026⟧ op school.",
    "Adres: ⟦address|Lindelaan 14⟧, ⟦postcode|9201 AB⟧ ⟦known|Drachten⟧.",
    "Mail van moeder: ⟦email|iris.deboer@example.nl⟧, graag ⟪terugbellen⟫.",
    "⟦known|Yusuf Ozturk⟧ (klasgenoot) zag dat ⟦known|Roos⟧ ⟪niet at⟫ in de pauze.",
    "Buurman ⟦known|Wojciech Dabrowski⟧ belde: hij hoorde ⟪geschreeuw⟫ in de nacht.",
    "Gymdocent ⟦known|S. Hiemstra⟧ zag ⟪blauwe plekken⟫ op de rug.",
    "BSN van de leerling: ⟦bsn|123456782⟧. Dossier bij de jeugdarts.",
    "Tolk ⟦known|Nguyen Thi Hoa⟧ vertaalde het gesprek met de ⟪vader⟫.",
    "Zie ⟦url|www.klaverblad.nl/ouders⟧ voor de afspraken.",
    "⟦known|roosje⟧ en ⟦known|basje⟧ zijn ⟪stil⟫ sinds de herfstvakantie.",
    "⟦known|Daantje⟧ kwam ⟪drie keer⟫ te laat deze week.",
    "⟦known|Daan v.d. Berg⟧ had ⟪vieze kleren⟫ aan op ⟦date|14/3/26⟧.",
    "Zus ⟦known|Noor⟧ (⟪15 jaar⟫) haalt ⟦known|Daan⟧ op; ⟦known|Jong⟧ is haar achternaam.",
    "⟦known|Emre⟧ zei dat zijn vader hem ⟪sloeg met een riem⟫.",
    "Leerkracht ⟦known|Khadija El Amrani⟧ maakte een ⟪notitie⟫ op ⟦date|2026-03-14⟧.",
    "⟦known|Noortje⟧ speelt vaak met ⟦known|Emre Celik⟧ op het plein.",
    "⟦known|Noortjes⟧ moeder belde over de ⟪ruzie⟫ van ⟦date|3 maart⟧.",
    "Het gesprek met ⟦known|OBS Het Klaverblad⟧ en Veilig Thuis was ⟦date|vrijdag 6 maart⟧.",
    "Oma ⟦name|Truus⟧ woont aan de ⟦address|Kerkstraat 3a⟧ in ⟦postcode|8911AB⟧.",
    "Telefoon opa: ⟦phone|+31 6 1234 5678⟧, bereikbaar na ⟪17 uur⟫.",
    "Vaste lijn ⟦phone|0512-123456⟧ wordt niet opgenomen.",
    "BSN broertje ⟦bsn|111 222 333⟧ staat in het dossier.",
    "Burgerservicenummer ⟦bsn|999999990⟧ is opgevraagd bij de gemeente.",
    "Contact via ⟦email|k.elamrani@klaverblad.nl⟧ of ⟦url|https://veiligthuis.nl/melden⟧.",
    "Vanaf ⟦date|maart 2026⟧ meldde ⟦known|Roos⟧ ⟪buikpijn⟫, ⟪vier keer⟫ per week.",
    "Mevrouw ⟦name|Kowalczyk⟧ (buurvrouw) zag ⟦known|Bas⟧ ⟪alleen buiten⟫.",
    "Meester ⟦name|Pieter⟧ van groep 7 zag dat ⟦known|Bas⟧ ⟪honger⟫ had.",
    "Tante ⟦name|Fatima⟧ haalt ⟦known|Emre⟧ soms op.",
    "Vriendin ⟦name|Priya Ramdin⟧ zei dat ⟦known|Roos⟧ bang was voor ⟦known|Mees⟧.",
    "Stiefvader ⟦known|Mees Haarsma⟧ kwam ⟪boos⟫ de klas in op ⟦date|14 maart 2026⟧.",
    "⟦known|Sjoerd⟧ belde de ⟪schoolarts⟫; afspraak op ⟦date|17-03-26⟧.",
    "Afspraak met oppas ⟦known|Shanti Sewdien⟧ op ⟦date|di 17 maart⟧ om 9 uur.",
    "Het adres ⟦address|Van Harinxmaweg 21⟧ ⟦postcode|8911 CD⟧ is gecontroleerd.",
    "⟦known|Iris⟧ wil geen contact; ⟦known|R.d.B.⟧ vertelt steeds minder.",
    "Buurman ⟦known|Dąbrowski⟧ en zijn dochter ⟦name|Zofia⟧ hoorden gehuil.",
    "De gymles liep uit; ⟦known|Hiemstra⟧ zag ⟪geen verwondingen⟫ meer.",
    "Moeder ⟦known|De Boer-Wijnstra⟧ tekende het ⟪plan van aanpak⟫.",
    "Vader van ⟦known|Yusuf⟧ is ⟪vrachtwagenchauffeur⟫ en vaak weg.",
    "Tolk ⟦known|Hoa⟧ was er ⟪twee keer⟫ bij.",
    "De boer reed met de tractor langs het weiland; ⟪niemand⟫ zag iets.",
    "Het meisje had een ⟪bos bloemen⟫ mee voor de juf, ⟪drie keer⟫ in twee weken.",
    "Mail ook naar ⟦email|zorg@obs-klaverblad.nl⟧ en bel ⟦phone|020-1234567⟧.",
    "⟦name|Karin⟧ van de GGD belde over ⟦known|Daan⟧.",
]

_MARK = re.compile(r"⟦(\w+)\|([^⟧]+)⟧|⟪([^⟫]+)⟫")


@dataclass(frozen=True)
class Case:
    text: str
    identifiers: list[tuple[str, int, int]]   # kind, start, end in ``text``
    facts: list[tuple[int, int]]


def parse(marked: str) -> Case:
    out, ids, facts, pos = [], [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        length += m.start() - pos
        content = m.group(2) if m.group(1) else m.group(3)
        span = (length, length + len(content))
        if m.group(1):
            assert m.group(1) in KINDS, m.group(1)
            ids.append((m.group(1), *span))
        else:
            facts.append(span)
        out.append(content)
        length += len(content)
        pos = m.end()
    out.append(marked[pos:])
    return Case("".join(out), ids, facts)


def _removed_mask(text: str, detector=None) -> list[bool]:
    result = anonymise(text, KNOWN, detector)
    mask = [False] * len(text)
    for r in result.replacements:
        for i in range(r.start, r.end):
            mask[i] = True
    return mask


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end())
            for m in re.finditer(r"\w+", text[start:end])]


def evaluate(marked_texts: list[str], detector=None) -> dict:
    """Recall per kind, ordinary words removed, facts broken, misses and throughput."""
    cases = [parse(t) for t in marked_texts]
    hits = {k: 0 for k in KINDS}
    totals = {k: 0 for k in KINDS}
    misses: list[tuple[str, str, str]] = []
    ordinary = ordinary_removed = 0
    broken_facts: list[str] = []
    removed_words: list[str] = []
    started = time.perf_counter()
    masks = [_removed_mask(c.text, detector) for c in cases]
    seconds = time.perf_counter() - started
    for case, mask in zip(cases, masks, strict=True):
        covered = [False] * len(case.text)
        for kind, start, end in case.identifiers:
            totals[kind] += 1
            for i in range(start, end):
                covered[i] = True
            left = [case.text[a:b] for a, b in _words(case.text, start, end)
                    if not all(mask[a:b])]
            if left:
                misses.append((kind, case.text[start:end], case.text))
            else:
                hits[kind] += 1
        for a, b in _words(case.text, 0, len(case.text)):
            if not any(covered[a:b]):
                ordinary += 1
                if any(mask[a:b]):
                    ordinary_removed += 1
                    removed_words.append(case.text[a:b])
        for a, b in case.facts:
            if any(mask[a:b]):
                broken_facts.append(case.text[a:b])
    chars = sum(len(c.text) for c in cases)
    return {"hits": hits, "totals": totals, "misses": misses, "ordinary": ordinary,
            "ordinary_removed": ordinary_removed, "removed_words": removed_words,
            "broken_facts": broken_facts, "seconds": seconds, "chars": chars,
            "texts": len(cases)}


def report(title: str, res: dict) -> str:
    lines = [f"== {title}: {res['texts']} texts, {res['chars']} characters =="]
    lines.append(f"{'kind':<10} {'recall':>8} {'found':>9}")
    for kind in KINDS:
        total = res["totals"][kind]
        if total:
            share = res["hits"][kind] / total
            lines.append(f"{kind:<10} {share:>8.0%} {res['hits'][kind]:>4}/{total:<4}")
    o, r = res["ordinary"], res["ordinary_removed"]
    lines.append(f"ordinary words removed by mistake: {r}/{o} ({r / o:.1%})"
                 f"  {sorted(set(res['removed_words']))}")
    lines.append(f"facts broken: {len(res['broken_facts'])} {res['broken_facts']}")
    speed = res["chars"] / res["seconds"] if res["seconds"] else float("inf")
    lines.append(f"throughput: {res['seconds'] * 1000:.1f} ms total, {speed:,.0f} chars/s")
    for kind, span, text in res["misses"]:
        lines.append(f"MISS {kind}: {span!r} in {text!r}")
    return "\n".join(lines)


def _batched_deduce(marked_texts: list[str]):
    """Call deduce ONCE for the whole corpus (each call starts a ~6 s child process)."""
    from zorgdesk.services.deidentify import deduce_detector

    texts = [parse(t).text for t in marked_texts]
    joined = "\n\n".join(texts)
    detections = deduce_detector(joined)
    offsets, pos = {}, 0
    for t in texts:
        offsets.setdefault(t, pos)
        pos += len(t) + 2

    def detector(text: str):
        base = offsets[text]
        from zorgdesk.domain.detectors import Detection
        return [Detection(d.start - base, d.end - base, d.kind) for d in detections
                if base <= d.start and d.end <= base + len(text)]
    return detector


def main() -> int:
    res = evaluate(CORPUS)
    print(report("regex (default)", res))
    incomplete = [k for k in MUST_BE_COMPLETE if res["hits"][k] < res["totals"][k]]
    from zorgdesk.services.deidentify import deduce_available
    if deduce_available():
        print()
        print(report("regex + deduce", evaluate(CORPUS, _batched_deduce(CORPUS))))
    else:
        print("\n(deduce pipeline skipped: deduce or its prebuilt lookup cache is missing)")
    if incomplete:
        print(f"\nNOT 100%: {incomplete}")
    return 1 if incomplete else 0


if __name__ == "__main__":
    sys.exit(main())
