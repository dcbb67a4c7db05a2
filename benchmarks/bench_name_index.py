"""Name matching at the scale of a large school: growth at 1/10, 1/3 and full scale.

Run: PYTHONPATH=src python benchmarks/bench_name_index.py [--full-names 4160]

Reports, for three scales of known names (and text length), the time of
- a two-page case summary through ``anonymise`` (known names + every detector),
- the biggest pupil's text (172k characters at full scale),
- a retention pass: ``remove_name`` of a pupil with a common first name over every text
  of the school (60,000 texts at full scale, ~8,400 of which name someone called alike),
and the ratio of each to the 1/10 scale, next to the ratio of the input size. A ratio
that grows faster than the input is what issue 23 forbids. Goals (issue 23): summary
<= 2 s, biggest pupil <= 5 s, retention of one pupil <= 10 s at full scale. No timings
are asserted anywhere: this script prints, a person reads.
"""

from __future__ import annotations

import argparse
import random
import time

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
from zorgdesk.domain.anonymise.name_index import NameIndex
from zorgdesk.domain.anonymise.name_removal import remove_name

FIRST = ["Emma", "Daan", "Sem", "Noor", "Lucas", "Julia", "Finn", "Mila", "Levi", "Tess", "Bram",
         "Zoë", "Luuk", "Sara", "Milan", "Anna", "Thijs", "Evi", "Jesse", "Lotte", "Mohammed",
         "Fatima", "Yusuf", "Elif", "Kacper", "Zofia", "Rayan", "Nora", "Liam", "Fleur", "Ayoub",
         "Hiba", "Noah", "Lieke", "Siem", "Yara", "Gijs", "Roos", "Jens", "Isa", "Mees", "Saar",
         "Teun", "Vera", "Olivier", "Lina", "Ruben", "Nina", "Hugo", "Sophie", "Ömer", "Ayşe",
         "Dewi", "Priya", "Stijn", "Femke", "Joris", "Iris", "Owen", "Maud"]
LAST = [("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("", "Bakker"), ("", "Visser"),
        ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"),
        ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"),
        ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Smits"),
        ("de", "Graaf"), ("van der", "Meer"), ("", "Yılmaz"), ("", "Öztürk"), ("El", "Amrani"),
        ("", "Kowalski"), ("", "Nguyen"), ("", "Ramdin"), ("van", "Dijk"), ("", "Kok"),
        ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"), ("van den", "Heuvel"),
        ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"), ("de", "Jong"),
        ("", "Schouten"), ("van", "Beek"), ("", "Willems"), ("van", "Vliet"), ("", "Hoekstra"),
        ("", "Maas"), ("", "Verhoeven"), ("", "Koster"), ("van", "Dam"), ("", "Prins"),
        ("", "Blom"), ("", "Huisman"), ("", "Çelik"), ("", "Kaya"), ("", "Demir"),
        ("", "Wiśniewski"), ("", "Sewdien"), ("", "Martina"), ("", "Tesfay"), ("", "Haddad")]
SENTENCE = ("{a} kwam om 8.40 uur binnen en zei dat {b} hem gisteren had geduwd. Moeder "
            "{c} belde op 12-03-2026 vanaf 06-12345678. De leerkracht zag een blauwe plek "
            "van ongeveer 4 cm op de arm. Afspraak: terugkoppeling aan de IB. ")


def school(names: int, seed: int = 7) -> list[KnownName]:
    rng = random.Random(seed)
    people: list[KnownName] = []
    for i in range(names):
        first = FIRST[i % len(FIRST)]
        tussen, last = LAST[(i // len(FIRST) + rng.randrange(len(LAST))) % len(LAST)]
        full = " ".join(p for p in (first, tussen, last) if p)
        role = "leerling" if i == 0 else "medeleerling" if i % 8 < 3 else ""
        people.append(KnownName(full, role, first, tussen, last) if role else
                      KnownName(full))
    return people


def text_of(chars: int, people: list[KnownName], seed: int = 3) -> str:
    rng = random.Random(seed)
    parts, size = [], 0
    while size < chars:
        a, b, c = (rng.choice(people) for _ in range(3))
        part = SENTENCE.format(a=a.first or a.name.split()[0], b=b.name, c=c.name)
        parts.append(part)
        size += len(part)
    return "".join(parts)[:chars]


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(full_names: int) -> None:
    from zorgdesk.services.name_lexicon import default_detector

    detector = default_detector()
    detector("opwarmen")  # the word list is read once per process, as in the app
    rows = []
    for label, scale in (("1/10", 0.1), ("1/3", 1 / 3), ("vol", 1.0)):
        names = max(10, int(full_names * scale))
        people = school(names)
        summary = text_of(int(6_000 * scale), people)
        biggest = text_of(int(172_000 * scale), people)
        index_s = timed(lambda people=people: NameIndex.of(tuple(people)))
        summary_s = timed(lambda s=summary, p=people: anonymise(s, p, detector))
        biggest_s = timed(lambda b=biggest, p=people: anonymise(b, p, detector))
        texts = [text_of(300, people, seed=i) for i in range(int(60_000 * scale))]
        gone = next(p for p in people if p.first == "Emma")
        stays = [p for p in people if p is not gone and (
            {"emma", "jansen"} & set(p.name.casefold().split()))]
        retention_s = timed(lambda texts=texts, gone=gone, stays=stays: [
            remove_name(t, gone, stays) for t in texts])
        mentions = sum("Emma" in t for t in texts)
        rows.append((label, names, len(summary), len(biggest), len(texts), mentions,
                     index_s, summary_s, biggest_s, retention_s))
    base = rows[0]
    print(f"{'schaal':6} {'namen':>6} {'index s':>8} {'samenv. s':>9} {'grootste s':>10} "
          f"{'bewaartermijn s':>15}  groei t.o.v. 1/10 (tijd / invoer)")
    for r in rows:
        growth = " ".join(f"{r[i] / base[i]:.1f}/{r[j] / base[j]:.1f}"
                          for i, j in ((7, 2), (8, 3), (9, 4)))
        print(f"{r[0]:6} {r[1]:>6} {r[6]:>8.2f} {r[7]:>9.2f} {r[8]:>10.2f} {r[9]:>15.2f}  "
              f"{growth}")
    full = rows[-1]
    print(f"\nvolle schaal: {full[1]} namen, samenvatting {full[2]} tekens, grootste leerling "
          f"{full[3]} tekens, {full[4]} teksten ({full[5]} noemen 'Emma')")
    for what, seconds, goal in (("samenvatting (incl. index)", full[6] + full[7], 2.0),
                                ("grootste leerling", full[8], 5.0),
                                ("bewaartermijn, één leerling", full[9], 10.0)):
        print(f"  {what:30} {seconds:6.2f} s  = {seconds / goal:.2f} x doel ({goal:g} s)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full-names", type=int, default=4160)
    run(parser.parse_args().full_names)
