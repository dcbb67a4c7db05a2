"""The anonymiser benchmark runs and counts correctly on a few annotated texts."""

from __future__ import annotations

from benchmarks.bench_anonymise import CORPUS, evaluate, parse, report, report_jsonl


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


def test_ib_answers_go_through_the_dialogs_domain_function():
    """``--ib-answers``: a record's ``ib_answer_nicknames`` typed in as the IB would; the
    leak the rules leave is gone, the word after an article stays, a refused answer is
    counted and not used, a name the vault knows is counted as already known."""
    from benchmarks.bench_anonymise import evaluate_jsonl

    records = [
        {"id": "A1", "category": "A", "known": [{"full": "Sem Visser", "role": "leerling"}],
         "ib_answer_nicknames": ["Tijger", "sem"],
         "text": "⟦nickname|Tijger⟧ duwde ⟦known|Sem⟧. ⟪Op de foto stond de tijger⟫."},
        {"id": "A2", "category": "A", "known": [], "ib_answer_nicknames": ["T"],
         "text": "⟦nickname|Tijger⟧ lachte."},
    ]
    without = evaluate_jsonl(records)
    assert without["per"]["A"]["ids"]["nickname"] == [0, 2]
    assert without["ib_answers"] is None
    res = evaluate_jsonl(records, ib_answers=True)
    assert res["per"]["A"]["ids"]["nickname"] == [1, 2]  # A2's answer was refused
    assert res["per"]["A"]["facts"] == [1, 1]
    assert res["ib_answers"] == {"typed": 3, "used": 1, "already": 1, "refused_cases": 1}
    assert "IB answers: 3 typed, 1 used, 1 already" in report_jsonl("smoke", res)
