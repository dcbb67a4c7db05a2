"""New / persisting / disappeared signals over repeated checks."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zorgdesk.domain.signals.history import Change, Check, classify, signal_history

D = dt.date


def test_first_check_everything_new():
    assert classify(None, frozenset({"a", "b"})) == {"a": Change.NIEUW, "b": Change.NIEUW}


def test_classify_against_previous():
    got = classify(frozenset({"a", "b"}), frozenset({"b", "c"}))
    assert got == {"a": Change.VERDWENEN, "b": Change.BLIJVEND, "c": Change.NIEUW}


def test_matrix_over_three_checks():
    checks = [
        Check.of(D(2026, 1, 10), {"x.a", "x.b"}),
        Check.of(D(2026, 2, 10), {"x.b", "x.c"}),
        Check.of(D(2026, 3, 10), {"x.a"}),
    ]
    h = signal_history(checks, item_order=["x.c", "x.b", "x.a"])
    assert h.item_ids == ("x.c", "x.b", "x.a")
    assert h.dates == (D(2026, 1, 10), D(2026, 2, 10), D(2026, 3, 10))
    n, b, v = Change.NIEUW, Change.BLIJVEND, Change.VERDWENEN
    assert h.cells == {
        "x.a": (n, v, n),  # comes back: new again
        "x.b": (n, b, v),
        "x.c": (None, n, v),
    }
    assert h.column(1) == {n: ("x.c",), b: ("x.b",), v: ("x.a",)}
    assert h.cell("x.zz", 0) is None


def test_ids_outside_item_order_come_last_sorted():
    h = signal_history([Check.of(D(2026, 1, 1), {"z", "m", "a"})], item_order=["m"])
    assert h.item_ids == ("m", "a", "z")


def test_no_checks():
    h = signal_history([])
    assert h.item_ids == () and h.dates == () and h.cells == {}


def test_same_date_allowed_but_not_backwards():
    same = [Check.of(D(2026, 1, 1), {"a"}), Check.of(D(2026, 1, 1), set())]
    assert signal_history(same).cells == {"a": (Change.NIEUW, Change.VERDWENEN)}
    with pytest.raises(ValueError, match="volgorde van datum"):
        signal_history([Check.of(D(2026, 2, 1), {"a"}), Check.of(D(2026, 1, 1), {"a"})])


ITEMS = st.sampled_from([f"c.g.{n:02d}" for n in range(8)])
TICKS = st.lists(st.frozensets(ITEMS), max_size=8)


def _checks(ticks):
    start = D(2026, 1, 1)
    return [Check(start + dt.timedelta(days=7 * n), t) for n, t in enumerate(ticks)]


@given(TICKS)
def test_property_cells_follow_definition(ticks):
    h = signal_history(_checks(ticks))
    for item in h.item_ids:
        for n, now in enumerate(ticks):
            before = ticks[n - 1] if n else frozenset()
            expected = (
                Change.BLIJVEND
                if item in now and item in before
                else Change.NIEUW
                if item in now
                else Change.VERDWENEN
                if item in before
                else None
            )
            assert h.cell(item, n) is expected


@given(TICKS)
def test_property_ticked_sets_recoverable_and_rows_complete(ticks):
    h = signal_history(_checks(ticks))
    assert set(h.item_ids) == set().union(*ticks) if ticks else h.item_ids == ()
    for n, now in enumerate(ticks):
        assert h.ticked(n) == now
        col = h.column(n)
        assert len(col[Change.NIEUW]) + len(col[Change.BLIJVEND]) == len(now)


@given(TICKS)
def test_property_persisting_needs_ticked_before_and_disappeared_only_once(ticks):
    h = signal_history(_checks(ticks))
    for item, row in h.cells.items():
        for n, cell in enumerate(row):
            if cell is Change.BLIJVEND:
                assert n > 0 and row[n - 1] in (Change.NIEUW, Change.BLIJVEND)
            if cell is Change.VERDWENEN:
                assert n > 0 and row[n - 1] in (Change.NIEUW, Change.BLIJVEND)
                assert item not in ticks[n]
        assert row[0] in (Change.NIEUW, None)  # nothing persists into the first check
