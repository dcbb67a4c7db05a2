"""Anonymiser benchmark: recall per identifier kind, ordinary words removed, throughput.

Run: PYTHONPATH=src python benchmarks/bench_anonymise.py
     PYTHONPATH=src python benchmarks/bench_anonymise.py --corpus PATH.jsonl [--summary]
                                                          [--ib-answers]
(the second form scores a JSON Lines corpus per category; --summary prints the figures and
 miss counts only, never a case's text, for an unseen set; --ib-answers adds what the IB
 would type in the dialog's "Bijnamen die niet in ZorgDesk staan" (a record's
 ``ib_answer_nicknames``) through the same domain function the service uses; format:
 tests/anonymise/data/README.md, scoring in ``evaluate_jsonl``)
Compares the old default (regex detectors only) with the new default (regex + the
word-list detector for unknown names, ``zorgdesk.domain.anonymise.names``) on three corpora:
the main corpus, UNKNOWN_NAMES (names the vault does not know) and ORDINARY_NOTES.
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

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

KINDS = ("known", "name", "address", "postcode", "phone", "email", "bsn", "date", "url",
         "handle", "number", "iban", "initials", "place", "nickname")
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
    # A public institution's site names nobody: a fact (domain/anonymise/public_sites.py).
    "Contact via ⟦email|k.elamrani@klaverblad.nl⟧ of ⟪https://veiligthuis.nl/melden⟫.",
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

# Names the vault does NOT know (evaluated with no known names at all): Dutch, Moroccan,
# Turkish, Surinamese/Hindustani, Polish, Frisian, Antillean, Syrian, Eritrean, Ukrainian,
# Somali, Afghan, Chinese and Vietnamese; nicknames; names that are ordinary words; at the
# start and in mid-sentence; lower case after a title; all caps; diacritics; possessives.
UNKNOWN_NAMES = [
    "⟦name|Kacper⟧ belde ⟪om 8.15 uur⟫ dat hij ziek was.",
    "Toen ⟦name|Priya⟧ binnenkwam, ⟪huilde ze⟫ meteen.",
    "⟦name|Jade⟧ (⟪7 jaar⟫) zei dat haar ⟪moeder⟫ vaak weg is.",
    "⟦name|Sterre⟧ en ⟦name|Mila⟧ spelen niet meer samen na de ⟪ruzie⟫.",
    "De buurvrouw, ⟦name|Anja Visser⟧, hoorde ⟪geschreeuw⟫ in de nacht.",
    "⟦name|Bakker⟧ van de voetbalclub zag ⟪blauwe plekken⟫ op zijn benen.",
    "⟦name|Mohammed El Idrissi⟧ haalt zijn ⟪zusje⟫ nooit op.",
    "⟦name|Fatima-Zahra⟧ vertelde dat ⟦name|Youssef⟧ haar ⟪sloeg⟫.",
    "⟦name|Ayşe Yılmaz⟧ spreekt ⟪Turks⟫ met haar ⟪oma⟫.",
    "⟦name|Mehmet's⟧ vader werkt ⟪'s nachts⟫ en slaapt overdag.",
    "⟦name|Rajesh Ramsaroep⟧ en ⟦name|Sunita⟧ kwamen ⟪te laat⟫ op school.",
    "⟦name|Shaquille⟧ uit groep 8 ⟪duwde⟫ hem van de trap.",
    "⟦name|Dwayne Martina⟧ woont sinds de zomer bij zijn ⟪tante⟫.",
    "In het schrift stond ⟦name|KACPER⟧ in grote letters en ⟪een tekening van een mes⟫.",
    "Gisteren belde ⟦name|Agnieszka Wiśniewska⟧ ⟪twee keer⟫ over het eten.",
    "⟦name|Wytske⟧ ⟪huilde⟫ toen ⟦name|Sietse de Jong⟧ haar ⟪uitlachte⟫.",
    "⟦name|Hylke Hoekstra⟧ zag haar ⟪alleen⟫ naar huis lopen.",
    "⟦name|Jurensley⟧ zegt dat ⟦name|Shurandy's⟧ vader ⟪drinkt⟫.",
    "⟦name|Rahaf Al-Khatib⟧ is ⟪sinds de zomer⟫ op school en spreekt ⟪Arabisch⟫.",
    "⟦name|Semhar⟧ en haar broer ⟦name|Yonas Tesfay⟧ ⟪slapen slecht⟫.",
    "⟦name|Oleksandr⟧ (⟪9 jaar⟫) vertelt vaak over ⟦name|Charkiv⟧ en de ⟪bommen⟫.",
    "⟦name|Mo⟧ en ⟦name|Sjors⟧ pesten hem ⟪elke pauze⟫.",
    "⟦name|Bas⟧ zat ⟪de hele dag⟫ stil in de hoek.",
    "⟦name|Iris⟧ zei: ⟦name|Mees⟧ slaat mij als ⟪mama⟫ weg is.",
    "Daarna kwam ⟦name|Roos⟧ ⟪met een pleister⟫ op school.",
    "Volgens ⟦name|Sem de Boer⟧ ⟪gooide⟫ hij een stoel om.",
    "⟦name|Anjali Jagessar⟧ ⟪verzuimde drie dagen⟫ zonder bericht.",
    "Juf ⟦name|hanna⟧ zag dat hij ⟪niet kon zitten⟫.",
    "Oma ⟦name|truus⟧ haalt hem ⟪op woensdag⟫ op.",
    "Tante ⟦name|roos⟧ zegt dat er ⟪niet gekookt⟫ wordt.",
    "⟦name|Çağla⟧ en ⟦name|Gülşen Öztürk⟧ ⟪vertelden hetzelfde⟫.",
    "⟦name|Anouks⟧ jas was ⟪nat en vies⟫.",
    "Het was ⟦name|Priya's⟧ ⟪verjaardag⟫, maar ze kreeg niets.",
    "Ook ⟦name|Jansen-de Vries⟧ hoorde ⟪gegil⟫ uit de woning.",
    "⟦name|D'Souza⟧ en ⟦name|'t Hart⟧ zagen hem ⟪zonder jas⟫ buiten.",
    "De juf zei dat ⟦name|El-Amrani⟧ ⟪vaak ziek⟫ is.",
    "In de zomer gaan ze naar ⟦name|Nador⟧, bij ⟪opa en oma⟫.",
    "⟦name|Hodan Warsame⟧ tolkte voor de ⟪moeder⟫.",
    "⟦name|Zahra⟧ vertelde dat ⟦name|Farid⟧ ⟪haar schopte⟫.",
    "⟦name|Li Wei⟧ lacht ⟪niet meer⟫ in de klas.",
    "⟦name|Nguyễn Văn Minh⟧ brengt hem ⟪te laat⟫.",
    "Na de Kerst kwam ⟦name|Dąbrowski⟧ ⟪dronken⟫ naar het hek.",
    "Het gesprek met ⟦name|Kofi Mensah⟧ en de GGD was op ⟪dinsdag⟫.",
    "⟦name|Lieke⟧ en ⟦name|Fenna⟧ hebben ⟪het gezien⟫.",
    "Meester ⟦name|Bram⟧ zag een ⟪brandwond⟫ op de hand van ⟦name|Tijn⟧.",
    "Tijdens de Ramadan is ⟦name|Bilal⟧ ⟪erg moe⟫.",
    # A relation word + "van": the relation and "van" are facts, only the name goes.
    "⟪Oma van⟫ ⟦name|Jayden⟧ zei dat hij ⟪niet thuis sliep⟫.",
    "De ⟪moeder van⟫ ⟦name|Sevda Kaya⟧ belde; ⟪mevrouw⟫ ⟦name|van den Broek⟧ ook.",
]
# Ordinary school notes without any name: every removed word is a false positive.
ORDINARY_NOTES = [
    "Tijdens de pauze stond hij ⟪alleen⟫ bij het hek. Na schooltijd werd hij niet gehaald.",
    "Ze had dezelfde kleren aan als gisteren. Boos liep ze de klas uit.",
    "Echt waar, zei ze. Even later kwam de moeder binnen met de kleine broer.",
    "Volgens de leerkracht eet hij weinig. Hij heeft vaak hoofdpijn en buikpijn.",
    "De jas was te dun voor het weer. Thuis is de verwarming kapot, zegt moeder.",
    "Contra-signalen: moeder komt naar gesprekken en zoekt zelf hulp bij de huisarts.",
    "Met Veilig Thuis en de GGD is overlegd. Het Centrum voor Jeugd en Gezin belt terug.",
    "Drie keer in twee weken te laat. Soms slaapt ze in de klas. Daarna is ze stil.",
    "Vader spreekt Arabisch en een beetje Nederlands; een tolk is geregeld.",
    "Op maandag en vrijdag komt hij zonder ontbijt. Brood uit de kast van school.",
    "Aanwezig: moeder, IB'er en leerkracht. Afspraak: over twee weken opnieuw praten.",
    "Observatie bij binnenkomst: rode wangen, natte schoenen. Bang om naar huis te gaan.",
    "Pleinwacht zag een duw. Gymjuf meldt dat hij zich niet wil omkleden.",
    "Ouderavond gemist. Luizencontrole: niets gevonden. Schoolmaatschappelijk werk belt.",
    "Mama is ziek, zegt hij. Papa werkt in het buitenland. Samen met zijn zus naar huis.",
    "Rond tien uur kreeg ze hoofdpijn. Wit weggetrokken gezicht, koude handen.",
    "Conclusie: zorgen blijven. Vervolg: Veilig Thuis raadplegen. Actie: IB belt GGD.",
    "Woensdag na de gymles vertelde hij het aan de pleinwacht. Bij het hek wachtte niemand.",
    "Mooi werk gemaakt, maar zij verscheurde het. Ook tekende ze zwarte wolken.",
    "Hij wil niet naar de BSO. Zij zegt dat haar oudste broer haar bedreigt.",
    "Sinds de herfstvakantie komt hij vaker te laat. Geen ontbijt, geen tussendoortje.",
    "Verslag zorgoverleg: jeugdverpleegkundige en schoolarts waren aanwezig.",
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


def _removed_mask(text: str, detector=None, known=None) -> list[bool]:
    result = anonymise(text, KNOWN if known is None else known, detector)
    mask = [False] * len(text)
    for r in result.replacements:
        for i in range(r.start, r.end):
            mask[i] = True
    return mask


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end())
            for m in re.finditer(r"\w+", text[start:end])]


def evaluate(marked_texts: list[str], detector=None, known=None) -> dict:
    """Recall per kind, ordinary words removed, facts broken, misses and throughput."""
    cases = [parse(t) for t in marked_texts]
    hits = {k: 0 for k in KINDS}
    totals = {k: 0 for k in KINDS}
    misses: list[tuple[str, str, str]] = []
    ordinary = ordinary_removed = 0
    broken_facts: list[str] = []
    removed_words: list[str] = []
    started = time.perf_counter()
    masks = [_removed_mask(c.text, detector, known) for c in cases]
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
    from zorgdesk.services.anonymise.deidentify import deduce_detector

    texts = [parse(t).text for t in marked_texts]
    joined = "\n\n".join(texts)
    detections = deduce_detector(joined)
    offsets, pos = {}, 0
    for t in texts:
        offsets.setdefault(t, pos)
        pos += len(t) + 2

    def detector(text: str):
        base = offsets[text]
        from zorgdesk.domain.anonymise.detectors import Detection
        return [Detection(d.start - base, d.end - base, d.kind) for d in detections
                if base <= d.start and d.end <= base + len(text)]
    return detector


def two_page_cost(detector_factory) -> dict:
    """Cold load, warm time and peak memory for a ~6,000-character summary."""
    import resource
    import tracemalloc

    texts = [parse(t).text for t in CORPUS + UNKNOWN_NAMES + ORDINARY_NOTES]
    page = "\n".join(texts)
    while len(page) < 6000:
        page += "\n" + page
    page = page[:6000]
    from zorgdesk.services.name_lexicon import default_lexicon

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    detector_factory()
    load_plain = time.perf_counter() - started
    default_lexicon.cache_clear()
    tracemalloc.start()
    started = time.perf_counter()
    detector = detector_factory()
    load = time.perf_counter() - started
    _, load_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    started = time.perf_counter()
    anonymise(page, KNOWN, detector)
    warm = time.perf_counter() - started
    _, run_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # ru_maxrss is KiB on Linux; tracemalloc slows Python code, so time again without it.
    started = time.perf_counter()
    anonymise(page, KNOWN, detector)
    warm_plain = time.perf_counter() - started
    return {"chars": len(page), "load_s": load_plain, "load_traced_s": load,
            "warm_s": warm_plain, "warm_traced_s": warm,
            "load_peak_mb": load_peak / 1e6, "run_peak_mb": run_peak / 1e6,
            "rss_growth_mb": (rss_after - rss_before) / 1024}


def load_jsonl(path) -> list[dict]:
    import json
    from pathlib import Path

    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip()]


def known_of(record: dict) -> list[KnownName]:
    return [KnownName(k["full"], k.get("role", ""), k.get("first", ""),
                      k.get("tussenvoegsel", ""), k.get("last", ""), bool(k.get("literal")),
                      tuple(k.get("nicknames", ())))
            for k in record.get("known", [])]


def with_ib_answers(record: dict, known: list[KnownName], answers: dict) -> list[KnownName]:
    """The record's known names plus what the IB would type for it in the dialog
    (``ib_answer_nicknames``), through ``typed_nicknames`` exactly as the service does;
    counted in ``answers``. A refused answer is left out, as the dialog refuses to build
    with it (the IB must correct it first): counted, never silently used."""
    from zorgdesk.domain.anonymise.typed_nicknames import typed_nicknames

    typed = typed_nicknames(record.get("ib_answer_nicknames") or [], known)
    answers["typed"] += len(record.get("ib_answer_nicknames") or [])
    answers["used"] += len(typed.known)
    answers["already"] += len(typed.already)
    if typed.problems:
        answers["refused_cases"] += 1
        return known
    return [*known, *typed.known]


def evaluate_jsonl(records: list[dict], detector=None, ib_answers: bool = False) -> dict:
    """Per category: identifier recall per kind, facts kept, ordinary words kept, role
    checks passed (G) and quasi-identifier phrases flagged (H); plus every miss.
    ``ib_answers``: each record's ``ib_answer_nicknames`` are typed in (``with_ib_answers``)."""
    from zorgdesk.domain.anonymise.quasi_identifiers import quasi_identifiers

    per: dict[str, dict] = {}
    misses: list[str] = []
    answers = {"typed": 0, "used": 0, "already": 0, "refused_cases": 0}
    started = time.perf_counter()
    for record in records:
        cat = per.setdefault(record["category"], {
            "cases": 0, "ids": {}, "facts": [0, 0], "ordinary": [0, 0], "roles": [0, 0],
            "flags": [0, 0], "place_tags": [0, 0], "extra_flags": 0,
            "leaks_flagged": [0, 0], "extra_name_flags": 0, "left_flagged": [0, 0]})
        cat["cases"] += 1
        case = parse(record["text"])
        known = known_of(record)
        if ib_answers:
            known = with_ib_answers(record, known, answers)
        result = anonymise(case.text, known, detector)
        mask = [False] * len(case.text)
        for r in result.replacements:
            for i in range(r.start, r.end):
                mask[i] = True
        covered = [False] * len(case.text)
        for kind, start, end in case.identifiers:
            got = cat["ids"].setdefault(kind, [0, 0])
            got[1] += 1
            covered[start:end] = [True] * (end - start)
            left = [case.text[a:b] for a, b in _words(case.text, start, end)
                    if not all(mask[a:b])]
            if left:
                misses.append(f"{record['id']} LEAK {kind}: {case.text[start:end]!r} -> "
                              f"{result.text!r}")
            else:
                got[0] += 1
                if kind == "place":  # removed; does its tag say it was a place?
                    _count_place_tag(cat, result, start, end, record["id"], misses)
        for a, b in case.facts:
            cat["facts"][1] += 1
            if case.text[a:b] in result.text and not any(mask[a:b]):
                cat["facts"][0] += 1
            else:
                misses.append(f"{record['id']} FACT {case.text[a:b]!r} -> {result.text!r}")
        for a, b in _words(case.text, 0, len(case.text)):
            if not any(covered[a:b]):
                cat["ordinary"][1] += 1
                if not any(mask[a:b]):
                    cat["ordinary"][0] += 1
                elif record["category"] == "I":
                    misses.append(f"{record['id']} OVER {case.text[a:b]!r} -> {result.text!r}")
        if record.get("expect_contains") or record.get("expect_not_contains"):
            cat["roles"][1] += 1
            ok = (all(x in result.text for x in record.get("expect_contains", []))
                  and not any(x in result.text for x in record.get("expect_not_contains", [])))
            cat["roles"][0] += ok
            if not ok:
                misses.append(f"{record['id']} ROLE {record.get('expect_contains')} / not "
                              f"{record.get('expect_not_contains')} -> {result.text!r}")
        flagged = [(result.to_original(f.start), result.to_original(f.end))
                   for f in quasi_identifiers(result)]
        for phrase in record.get("expect_flags", []):
            cat["flags"][1] += 1
            at = case.text.find(phrase)
            hit = at >= 0 and any(a < at + len(phrase) and at < b for a, b in flagged)
            cat["flags"][0] += hit
            if not hit:
                misses.append(f"{record['id']} FLAG {phrase!r} -> {result.text!r}")
        _count_extra_flags(cat, case, record, flagged, misses)
        recorded = [n for person in known for n in person.nicknames]
        _count_name_flags(cat, case, record["id"], result, mask, misses, recorded)
        _count_left_names(cat, case, result, recorded)
    return {"per": per, "misses": misses, "seconds": time.perf_counter() - started,
            "cases": len(records), "ib_answers": answers if ib_answers else None}


def _count_extra_flags(cat: dict, case, record: dict, flagged: list, misses: list[str]) -> None:
    """A flag over no expected phrase and no marked place asks the IB for nothing: counted,
    so a rule that catches more is weighed against the ordinary text it flags."""
    wanted = [(at, at + len(p)) for p in record.get("expect_flags", [])
              if (at := case.text.find(p)) >= 0]
    wanted += [(a, b) for kind, a, b in case.identifiers if kind == "place"]
    for a, b in flagged:
        if not any(x < b and a < y for x, y in wanted):
            cat["extra_flags"] += 1
            misses.append(f"{record['id']} OVERFLAG {case.text[a:b]!r}")


def _name_flag_spans(result, every: bool = False, recorded: list[str] | None = None
                     ) -> list[tuple[int, int]]:
    """The name flags of ``result``, in offsets of the original text; ``every``: every
    occurrence of each flagged word (what the IB's one click removes). ``recorded``: the
    case's known nicknames (recorded and typed), as the dialog passes them."""
    from zorgdesk.domain.anonymise.name_flags import name_flags, occurrences
    from zorgdesk.services.name_lexicon import default_lexicon

    flags = name_flags(result, default_lexicon(), recorded or ())
    if every:
        return [span for f in flags for span in occurrences(result.original, f.word)]
    return [(result.to_original(f.start), result.to_original(f.end)) for f in flags]


def _count_name_flags(cat: dict, case, case_id: str, result, mask: list,
                      misses: list[str], recorded: list[str]) -> None:
    """Name flags (domain/anonymise/name_flags.py) against the leaks: a leaked identifier
    a flag covers is one click away for the IB; a flag on no identifier is noise."""
    spans = _name_flag_spans(result, recorded=recorded)
    removable = _name_flag_spans(result, every=True, recorded=recorded)
    for kind, start, end in case.identifiers:
        left = [(a, b) for a, b in _words(case.text, start, end) if not all(mask[a:b])]
        if left:
            cat["leaks_flagged"][1] += 1
            hit = any(a < y and x < b for a, b in left for x, y in removable)
            cat["leaks_flagged"][0] += hit
            if not hit:
                misses.append(f"{case_id} UNFLAGGED {kind}: {case.text[start:end]!r}")
    for a, b in spans:
        if not any(x < b and a < y for _, x, y in case.identifiers):
            cat["extra_name_flags"] += 1
            misses.append(f"{case_id} NAMEFLAG {case.text[a:b]!r}")


def _count_left_names(cat: dict, case, result, recorded: list[str]) -> None:
    """Simulated leaks: every unknown name and nickname the rules removed is put back (as
    if the rules had missed it); how many would a name flag catch? The seen corpora have
    hardly any real leaks left, so this is the recall that can be measured on them."""
    from zorgdesk.domain.anonymise.anonymiser import undo_replacement

    wanted = [(a, b) for kind, a, b in case.identifiers if kind in ("name", "nickname")]
    for index in range(len(result.replacements) - 1, -1, -1):
        r = result.replacements[index]
        if not r.known and any(a < r.end and r.start < b for a, b in wanted):
            result = undo_replacement(result, index)
    spans = _name_flag_spans(result, every=True, recorded=recorded)
    for a, b in wanted:
        cat["left_flagged"][1] += 1
        cat["left_flagged"][0] += any(x < b and a < y for x, y in spans)


_PLACE_TAGS = ("[plaats]", "[woonplaats]", "[adres]", "[postcode]", "[groepsnaam]",
               "[school]")


def _count_place_tag(cat: dict, result, start: int, end: int, case_id: str,
                     misses: list[str]) -> None:
    """A removed place should read as one ("woont in [plaats]"), not as "[naam]"."""
    tags = {r.replacement for r in result.replacements if r.start < end and start < r.end}
    cat["place_tags"][1] += 1
    if tags and all(t in _PLACE_TAGS for t in tags):
        cat["place_tags"][0] += 1
    else:
        misses.append(f"{case_id} PLACE TAG {sorted(tags)}: {result.original[start:end]!r}")


def report_jsonl(title: str, res: dict) -> str:
    def share(pair) -> str:
        return f"{pair[0]}/{pair[1]}" + (f" ({pair[0] / pair[1]:.0%})" if pair[1] else "")

    lines = [f"== {title}: {res['cases']} cases, {res['seconds']:.2f} s =="]
    total_ids, total_facts = [0, 0], [0, 0]
    for name in sorted(res["per"]):
        cat = res["per"][name]
        ids = [sum(v[0] for v in cat["ids"].values()), sum(v[1] for v in cat["ids"].values())]
        total_ids = [total_ids[0] + ids[0], total_ids[1] + ids[1]]
        total_facts = [total_facts[0] + cat["facts"][0], total_facts[1] + cat["facts"][1]]
        kinds = ", ".join(f"{k} {share(v)}" for k, v in sorted(cat["ids"].items()))
        lines.append(f"{name}: {cat['cases']} cases; identifiers removed {share(ids)} [{kinds}]; "
                     f"leaks {ids[1] - ids[0]}; facts kept {share(cat['facts'])}; "
                     f"ordinary words kept {share(cat['ordinary'])}"
                     + (f"; roles right {share(cat['roles'])}" if cat["roles"][1] else "")
                     + (f"; flags {share(cat['flags'])}" if cat["flags"][1] else "")
                     + (f"; place tags {share(cat['place_tags'])}" if cat["place_tags"][1]
                        else "")
                     + f"; extra flags {cat['extra_flags']}"
                     + (f"; leaks flagged {share(cat['leaks_flagged'])}"
                        if cat["leaks_flagged"][1] else "")
                     + (f"; names flagged if left {share(cat['left_flagged'])}"
                        if cat["left_flagged"][1] else "")
                     + f"; extra name flags {cat['extra_name_flags']}")
    lines.append(f"ALL: identifiers removed {share(total_ids)}, leaks "
                 f"{total_ids[1] - total_ids[0]}, facts kept {share(total_facts)}, "
                 + _name_flag_totals(res))
    if res.get("ib_answers"):
        a = res["ib_answers"]
        lines.append(f"IB answers: {a['typed']} typed, {a['used']} used, {a['already']} "
                     f"already known to the vault, {a['refused_cases']} cases refused")
    lines.extend(res["misses"])
    return "\n".join(lines)


def _name_flag_totals(res: dict) -> str:
    per = res["per"].values()
    leaks = [sum(c["leaks_flagged"][0] for c in per), sum(c["leaks_flagged"][1] for c in per)]
    left = [sum(c["left_flagged"][0] for c in per), sum(c["left_flagged"][1] for c in per)]
    extra = sum(c["extra_name_flags"] for c in per)
    return (f"leaks flagged {leaks[0]}/{leaks[1]}, names flagged if left {left[0]}/{left[1]}, "
            f"extra name flags {extra} ({extra / max(res['cases'], 1):.2f} per case)")


def miss_counts(misses: list[str]) -> str:
    """Misses counted per category, type and kind, without any text of a case: what an
    unseen test set may show the developer ("--summary")."""
    from collections import Counter

    counts: Counter[str] = Counter()
    for line in misses:
        case_id, what, *rest = line.split(" ", 3)
        kind = rest[0].rstrip(":") if what == "LEAK" else ""
        counts[f"{case_id[0]} {what}{' ' + kind if kind else ''}"] += 1
    return "\n".join(f"misses {key}: {n}" for key, n in sorted(counts.items()))


def main_jsonl(path: str, summary: bool = False, ib_answers: bool = False) -> int:
    from zorgdesk.services.name_lexicon import default_detector

    res = evaluate_jsonl(load_jsonl(path), default_detector(), ib_answers)
    if summary:  # an unseen set: figures only, never a case's text
        print(report_jsonl(path, {**res, "misses": []}))
        print(miss_counts(res["misses"]))
    else:
        print(report_jsonl(path, res))
    leaks = sum(v[1] - v[0] for cat in res["per"].values() for v in cat["ids"].values())
    return 1 if leaks else 0


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--corpus":
        return main_jsonl(sys.argv[2], summary="--summary" in sys.argv[3:],
                          ib_answers="--ib-answers" in sys.argv[3:])
    from zorgdesk.services.name_lexicon import default_detector, default_lexicon

    default_lexicon.cache_clear()   # measure the cold load as well
    cost = two_page_cost(default_detector)
    names = default_detector()
    old = evaluate(CORPUS)
    new = evaluate(CORPUS, names)
    print(report("old default (regex only), main corpus", old))
    print()
    print(report("new default (regex + word-list names), main corpus", new))
    for title, marked, known in (("unknown names", UNKNOWN_NAMES, []),
                                 ("ordinary notes, no names", ORDINARY_NOTES, [])):
        print()
        print(report(f"old default, {title}", evaluate(marked, None, known)))
        print()
        print(report(f"new default, {title}", evaluate(marked, names, known)))
    print(f"\ntwo pages ({cost['chars']} chars) through the new default: first load "
          f"{cost['load_s']:.2f} s (peak {cost['load_peak_mb']:.0f} MB traced), warm "
          f"{cost['warm_s'] * 1000:.0f} ms (peak {cost['run_peak_mb']:.1f} MB traced), "
          f"RSS growth {cost['rss_growth_mb']:.0f} MB")
    incomplete = [k for k in MUST_BE_COMPLETE if new["hits"][k] < new["totals"][k]]
    from zorgdesk.services.anonymise.deidentify import deduce_available
    if deduce_available():
        print()
        print(report("regex + deduce", evaluate(CORPUS, _batched_deduce(CORPUS))))
        for title, marked in (("unknown names", UNKNOWN_NAMES),
                              ("ordinary notes", ORDINARY_NOTES)):
            print()
            print(report(f"regex + deduce, {title}",
                         evaluate(marked, _batched_deduce(marked), [])))
    else:
        print("\n(deduce pipeline skipped: deduce or its prebuilt lookup cache is missing)")
    if incomplete:
        print(f"\nNOT 100%: {incomplete}")
    return 1 if incomplete else 0


if __name__ == "__main__":
    sys.exit(main())
