"""Review s37 of the stop's forms: a weekday cut that is a word ("zat", "vrij", "zon")
goes on a list of dates ("(ma 2-11, woe 4-11, vrij 6-11)"), but after any other number
it is the verb or adverb it reads as: "groep 6 en zat 3-4 weken thuis" lost how long
the child stayed home as "[datum] weken".
"""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Lina Bakker", "leerling", "Lina", "", "Bakker")]

STAYS = [
    *stays("a_weekday_word_after_a_number_that_is_no_date", KNOWN, [
        "Hij ging naar groep 6 en zat 3-4 weken thuis.",
        "Ze kreeg een 5 en zat 2-3 dagen ziek thuis.",
        "Ze kreeg een 5, zat 2-3 dagen ziek thuis.",
        "Hij is 9 en zat 2-3 jaar op een andere school.",
        "Ze haalde een 6 en vrij 3-4 keer per week een 4.",
        "Ze was 8 en zon 3-4 uur per dag buiten.",
    ]),
]

GOES = [
    *goes("a_weekday_word_on_a_list_of_dates", KNOWN, [
        ("Afwezig (ma 2-11, woe 4-11, vrij 6-11).", "Afwezig ([datum], [datum], [datum])."),
        ("Ze was er niet op di 9-12 en vrij 12-12.", "Ze was er niet op [datum] en [datum]."),
        ("Gemist: di 9-12, zat 13-12.", "Gemist: [datum], [datum]."),
    ]),
]

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)
