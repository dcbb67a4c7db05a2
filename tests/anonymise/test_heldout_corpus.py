"""The independent testers' corpora (tests/anonymise/data/README.md) guard the detectors:
no identifier of any category left, at least 95 % of the facts kept, roles right and the
quasi-identifier phrases flagged. ``heldout*`` were written by four independent testers
(no longer unseen: see the README; of the third and fourth corpus only the dev split is
here);
``own-cases.jsonl`` are the developer's own cases written for the second corpus's
categories, ``own-cases-3.jsonl`` those for the third corpus's remaining leak kinds
(lower-case nicknames by grammar, places flagged, deadlines, public sites), and
``own-cases-5.jsonl`` those written in session 28 before the place, number, date and
pet-form rules were changed (heldout4's test run leaked places, nicknames, numbers, dates),
``own-cases-6-rules.jsonl`` those written in session 29 by the rules helper before the
overreach and address, postcode, date and handle rules were changed;
``own-cases-7-flags.jsonl`` those written in session 29 before the quasi-identifier flags and
place tags were changed (rare descriptors of every kind an IB writes, and ordinary sentences
sharing their words); ``own-cases-10-shapes.jsonl`` those written in session 34 before the date,
number, plate, holiday and run-together initials rules changed (the shapes of the ninth
corpus's unseen leaks, each beside ordinary Dutch of the same shape);
``own-cases-10-chat.jsonl`` those written in session 34 before the chat rules changed
(speakers before a time, "~ name:" senders, a voice message's "(naam)" labels, greetings
before a question, game and chat words, each beside ordinary chat Dutch of the same shape);
``own-cases-6.jsonl`` those of the nicknames helper, written in session 29 before the
nickname and name-variant rules (heldout5's test run leaked lower-case nicknames and
lower-case known names in chats); ``own-cases-13-nicknames.jsonl`` those of the naming2
helper, written in session 37 before its nickname rules (nicknames after calling, story
titles, a bare word in a list with a person, recorded nicknames that are words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.bench_anonymise import evaluate_jsonl, load_jsonl

DATA = Path(__file__).parent / "data"


# Misses kept on purpose, by case and kind (docs/anonymise.md): a deadline in an agreement
# ("vóór 14 februari") stays as a fact; the testers marked that shape a fact three times
# (heldout2 J02, J10; heldout3 J02) and a date once, here.
# own-cases-5 (session 28): its two gaps ("een vriend van vader, de lange, rijdt",
# "verstuurd door bam en jayden") are found since session 29 (nicknames.py).
# own-cases-6 (session 29): a pet form that is no cut of the known name and a Dutch word,
# in a Polish sentence ("'wiki nie przyjdzie'" for Wiktoria). Session 31 found its Dutch
# noun spoken to ("'jojo je bent een loser'", vocatives.py) and its noun closing a phrase
# after a title where no object is missing ("bang voor ome snor"; "kreeg van tante snoep"
# stays).
# Session 30: a kind of place written in lower case stays as a fact before the place's own
# name ("de moskee [plaats]", "camping [plaats]", "azc [plaats]"), as the fifth and sixth
# testers mark it and the lead asked (walk s29: "moskee El Fath" lost "moskee"). The older
# corpora put the kind inside the span, so there only that lower-case word is "left" (no
# word of the name itself): listed per case below. Our own cases follow the new convention.
_KIND_ONLY = {"heldout2-dev.jsonl": {"J02 LEAK place"},
              "heldout2-test.jsonl": {"J05 LEAK place", "J07 LEAK place"},
              "heldout3-dev.jsonl": {"H01 LEAK place", "H02 LEAK place", "H05 LEAK place"},
              "heldout4-dev.jsonl": {"H01 LEAK place", "H02 LEAK place", "H04 LEAK place",
                                     "H05 LEAK place", "J01 LEAK place", "J05 LEAK place"}}
KNOWN_GAPS = {"heldout2-test.jsonl": {"J07 LEAK date"},
              "own-cases-6.jsonl": {"L660 LEAK known"},
              # "hoi muis, kom je morgen?": an endearment ("muis", like "schat") is a fact
              # where a greeting is followed by a word of address; the preview flags it
              "own-cases-10-chat.jsonl": {"L1060 LEAK nickname"}}


for _name, _gaps in _KIND_ONLY.items():
    KNOWN_GAPS[_name] = KNOWN_GAPS.get(_name, set()) | _gaps


def _gap_key(miss: str) -> str:
    """"F03 LEAK nickname: ..." -> "F03 LEAK nickname"; "H05 FLAG ..." -> "H05 FLAG"."""
    parts = miss.split(" ")
    return " ".join(parts[:3]).rstrip(":") if parts[1] == "LEAK" else " ".join(parts[:2])


@pytest.mark.parametrize(("name", "categories", "size"), [
    ("heldout-dev.jsonl", "ABCDEFGHI", 45), ("heldout-test.jsonl", "ABCDEFGHI", 90),
    ("heldout2-dev.jsonl", "ABCDEFGHIJ", 48), ("heldout2-test.jsonl", "ABCDEFGHIJ", 110),
    ("own-cases.jsonl", "ABCDEFGHIJ", 25), ("heldout3-dev.jsonl", "ABCDEFGHIJKL", 60),
    ("own-cases-3.jsonl", "ABCEFHIJL", 25), ("heldout4-dev.jsonl", "ABCDEFGHIJKL", 60),
    ("own-cases-5.jsonl", "ADFHIL", 64), ("own-cases-6-rules.jsonl", "ACDHI", 42),
    ("own-cases-7-flags.jsonl", "HI", 33), ("own-cases-6.jsonl", "EFIL", 65),
    ("own-cases-9-forms.jsonl", "ADEHIKL", 13), ("own-cases-10-shapes.jsonl", "ABCDEHI", 129),
    ("own-cases-10-chat.jsonl", "IL", 51), ("own-cases-11-shapes.jsonl", "ABCHI", 22),
    ("own-cases-12-naming.jsonl", "FI", 75), ("own-cases-13-forms.jsonl", "ACDEFHI", 56),
    ("own-cases-13-nicknames.jsonl", "FIM", 60)])
def test_no_leak_and_the_facts_kept(name, categories, size, detector):
    records = load_jsonl(DATA / name)
    assert len(records) >= size and {r["category"] for r in records} == set(categories)
    gaps = KNOWN_GAPS.get(name, set())
    result = evaluate_jsonl(records, detector)
    result["misses"] = [m for m in result["misses"] if _gap_key(m) not in gaps]
    per = result["per"].values()
    leaks = [m for m in result["misses"] if " LEAK " in m]
    assert not leaks, leaks
    found = sum(hit for cat in per for hit, _ in cat["ids"].values())
    total = sum(n for cat in per for _, n in cat["ids"].values())
    assert total - found == sum(" LEAK " in g for g in gaps)
    kept = sum(cat["facts"][0] for cat in per)
    facts = sum(cat["facts"][1] for cat in per)
    assert kept >= 0.95 * facts, [m for m in result["misses"] if " FACT " in m]
    roles = [m for m in result["misses"] if " ROLE " in m]
    assert not roles, roles
    flags = [m for m in result["misses"] if " FLAG " in m]
    assert not flags, flags


# own-cases-10-nick (stop 34, nick helper): unknown nicknames that are ordinary Dutch words
# in the shapes the ninth corpus's unseen run leaked, with ordinary Dutch of the same shapes
# (I). Where grammar leaves another reading the rules leave the word and the preview flags
# it for the IB (name_flags.py): the leaks listed here, each flagged. Any other leak, an
# unflagged leak, a lost fact or an ordinary word flagged fails.
# F1017 "met pinda en Sem" goes since s37 (person_nouns.coordinated_with_a_person).
OWN_10_LEFT_FLAGGED = {"F1001", "L1007", "F1011", "F1022", "F1023"}


def test_own_nickname_cases_leak_only_what_the_preview_flags(detector):
    records = load_jsonl(DATA / "own-cases-10-nick.jsonl")
    assert len(records) >= 48 and {r["category"] for r in records} == set("FIL")
    result = evaluate_jsonl(records, detector)
    leaked = {m.split(" ")[0] for m in result["misses"] if " LEAK " in m}
    assert leaked == OWN_10_LEFT_FLAGGED, sorted(leaked)
    for kind in (" UNFLAGGED ", " FACT ", " NAMEFLAG "):
        assert not [m for m in result["misses"] if kind in m]
    per = result["per"]
    assert per["I"]["ordinary"][1] - per["I"]["ordinary"][0] <= 4  # I1013: shapes' bug
