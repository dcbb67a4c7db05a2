"""`zorgdesk anonymise --bijnaam WOORD` (issue 16): a nickname without a person, as the IB
types it in the Veilig Thuis dialog ("Bijnamen die niet in ZorgDesk staan"): removed like
a recorded nickname, tagged "[naam]", checked by the same domain function."""

from __future__ import annotations

import pytest

from tests.anonymise.test_cli_nicknames import run  # noqa: F401 - the fixture


def test_a_bare_nickname_goes_in_every_form_and_the_word_stays(run):  # noqa: F811
    rc, out, err = run("Tijger duwde Sem. Tijgers jas; TIJGER lachte. De tijger in de "
                       "dierentuin sliep.", "--bijnaam", "Tijger", "--bijnaam", "Big Mike",
                       "--role", "Sem Visser=medeleerling")
    assert rc == 0, err
    assert out == ("[naam] duwde [medeleerling]. [naam] jas; [naam] lachte. De tijger in de "
                   "dierentuin sliep.")


def test_one_option_may_hold_several_as_the_dialog_does(run):  # noqa: F811
    rc, out, _err = run("Vlo en Bolle renden.", "--bijnaam", "Vlo, Bolle")
    assert rc == 0 and out == "[naam] en [naam] renden."


def test_a_name_already_given_keeps_its_role(run):  # noqa: F811
    rc, out, _err = run("Sem lachte.", "--role", "Sem Visser=medeleerling", "--bijnaam", "sem")
    assert rc == 0 and out == "[medeleerling] lachte."


@pytest.mark.parametrize(("typed", "says"), [("T", "geen twee letters"), ("!!", "geen twee"),
                                             ("de", "gewoon woord"), ("x" * 50, "te lang")])
def test_a_bad_bijnaam_is_refused_in_dutch_and_nothing_written(run, typed, says):  # noqa: F811
    rc, out, err = run("Tijger lachte.", "--bijnaam", "Tijger", "--bijnaam", typed)
    assert rc != 0 and out == ""
    assert "--bijnaam" in err and says in err
