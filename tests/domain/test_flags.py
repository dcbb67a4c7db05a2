"""Vlaggensysteem: data file faithful to the seed, suggestion follows criteria."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.seed import seed_lines
from zorgdesk.domain.signals.catalogue import CatalogueError
from zorgdesk.domain.signals.flags import FLAG_ORDER, Score, load_vlaggensysteem, suggest_flag

SYSTEM = load_vlaggensysteem()
CRITERIA = [c.id for c in SYSTEM.criteria]


def _all(score: Score, **overrides: Score) -> dict[str, Score]:
    scores = dict.fromkeys(CRITERIA, score)
    scores.update({k.replace("_", "-"): v for k, v in overrides.items()})
    return scores


def test_data_file_has_six_criteria_and_four_flags():
    assert [c.name for c in SYSTEM.criteria] == [
        "Wederzijdse toestemming",
        "Vrijwilligheid",
        "Gelijkwaardigheid",
        "Ontwikkelingsadequaat",
        "Contextadequaat",
        "Zelfrespecterend",
    ]
    assert tuple(f.id for f in SYSTEM.flags) == FLAG_ORDER
    assert [f.response for f in SYSTEM.flags] == [
        "niet of positief (bevestigend) gereageerd",
        "gewaarschuwd of begrensd",
        "verbieden",
        "straffen of ingrijpen",
    ]


def test_data_file_texts_are_verbatim_in_seed():
    lines = seed_lines()

    def near(line: int, size: int = 4) -> str:
        return " ".join(" ".join(lines[line - 1 : line - 1 + size]).split())

    for c in SYSTEM.criteria:
        assert f"{c.name}: {c.description}" in near(c.source_line), c.id
    for f in SYSTEM.flags:
        assert f.description in near(f.source_line, 1), f.id
        assert f.response in near(5511, 5)
        assert f"({f.severity})".replace("(", "(of ") in near(f.source_line, 1)
    assert SYSTEM.response_sentence in near(5511, 5)
    assert SYSTEM.safety_note in near(5517, 2)


def test_all_criteria_met_is_green():
    s = suggest_flag(_all(Score.VOLDAAN))
    assert s.flag.id == "groen"
    assert s.response == "niet of positief (bevestigend) gereageerd"
    assert "Alle zes criteria zijn voldaan" in s.reasoning


def test_one_light_crossing_is_yellow_and_named():
    s = suggest_flag(_all(Score.VOLDAAN, gelijkwaardigheid=Score.LICHT))
    assert s.flag.id == "geel"
    assert "Gelijkwaardigheid (licht overschreden)" in s.reasoning
    assert "gewaarschuwd of begrensd" in s.reasoning


def test_worst_criterion_decides_not_the_count():
    many_light = _all(Score.LICHT)
    one_serious = _all(Score.VOLDAAN, vrijwilligheid=Score.ERNSTIG)
    assert suggest_flag(many_light).flag.id == "geel"
    assert suggest_flag(one_serious).flag.id == "rood"
    assert suggest_flag(one_serious).response == "verbieden"


def test_heavy_crossing_is_black_with_safety_note():
    s = suggest_flag(_all(Score.LICHT, wederzijdse_toestemming=Score.ZWAAR))
    assert s.flag.id == "zwart" and s.response == "straffen of ingrijpen"
    assert "Veilig Thuis" in s.safety_note


def test_plain_strings_accepted():
    scores = {c: "voldaan" for c in CRITERIA} | {"contextadequaat": "ernstig"}
    assert suggest_flag(scores, SYSTEM).flag.id == "rood"


def test_missing_unknown_or_bad_score_rejected_in_dutch():
    partial = _all(Score.VOLDAAN)
    del partial["zelfrespecterend"]
    with pytest.raises(ValueError, match="nog open: Zelfrespecterend"):
        suggest_flag(partial)
    with pytest.raises(ValueError, match="Onbekend criterium"):
        suggest_flag(_all(Score.VOLDAAN) | {"leuk": Score.VOLDAAN})
    with pytest.raises(ValueError, match="voldaan"):
        suggest_flag(_all(Score.VOLDAAN) | {"vrijwilligheid": "een beetje"})


def test_bad_data_file(tmp_path):
    path = tmp_path / "v.json"
    path.write_text('{"criteria": [\n,]}', encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        load_vlaggensysteem(path)
    assert info.value.line == 2 and "v.json" in str(info.value)


@given(st.lists(st.sampled_from(list(Score)), min_size=6, max_size=6))
def test_property_flag_rank_is_worst_score(values):
    s = suggest_flag(dict(zip(CRITERIA, values, strict=True)), SYSTEM)
    assert FLAG_ORDER.index(s.flag.id) == max(v.rank for v in values)
    for cid, value in zip(CRITERIA, values, strict=True):
        name = SYSTEM.criteria[CRITERIA.index(cid)].name
        assert (f"{name} (" in s.reasoning) == (value is not Score.VOLDAAN)
