"""The anonymiser benchmark runs and counts correctly on a few annotated texts."""

from __future__ import annotations

from benchmarks.bench_anonymise import CORPUS, evaluate, parse, report


def test_benchmark_function_on_three_texts():
    res = evaluate(CORPUS[:3])
    assert res["texts"] == 3
    assert res["totals"]["known"] == 5 and res["hits"]["known"] == 5
    assert res["totals"]["date"] == 1 and res["hits"]["date"] == 1
    assert res["ordinary"] > 10 and res["broken_facts"] == []
    assert "known" in report("smoke", res)


def test_parse_counts_a_leak_as_a_miss():
    case = parse("Oma ⟦name|Truus⟧ belde ⟪twee keer⟫.")
    assert case.text == "Oma Truus belde twee keer."
    assert case.identifiers == [("name", 4, 9)] and case.facts == [(16, 25)]
    res = evaluate(["⟦name|Karin⟧ belde."])
    assert res["hits"]["name"] == 0 and res["misses"][0][1] == "Karin"
