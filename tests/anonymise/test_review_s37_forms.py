"""Review s37 of the stop's forms: a weekday cut that is a word ("zat", "vrij", "zon")
goes on a list of dates ("(ma 2-11, woe 4-11, vrij 6-11)"), but after any other number
it is the verb or adverb it reads as: "groep 6 en zat 3-4 weken thuis" lost how long
the child stayed home as "[datum] weken".

A grade after a school subject ("rekenen 8/10, spelling 7/10") is a fact, but a pair that
is no grade out of ten ("Rekenen 12/10", "Lezen 4/11") or that the clause says was missed
("rekenen 8/10 gemist door ziekte") is the date of the lesson.
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
    *stays("a_grade_out_of_ten_after_a_school_subject", KNOWN, [
        "Goede resultaten (rekenen 8/10, spelling 7/10).",
        "Hij had voor lezen 6/10 en voor taal 9/10.",
    ]),
]

GOES = [
    *goes("a_weekday_word_on_a_list_of_dates", KNOWN, [
        ("Afwezig (ma 2-11, woe 4-11, vrij 6-11).", "Afwezig ([datum], [datum], [datum])."),
        ("Ze was er niet op di 9-12 en vrij 12-12.", "Ze was er niet op [datum] en [datum]."),
        ("Gemist: di 9-12, zat 13-12.", "Gemist: [datum], [datum]."),
    ]),
    *goes("a_lesson_date_after_a_school_subject", KNOWN, [
        ("Rekenen 12/10 gemist door ziekte.", "Rekenen [datum] gemist door ziekte."),
        ("Lezen 4/11, rekenen 5/11: ziek thuis.", "Lezen [datum], rekenen [datum]: ziek thuis."),
        ("Rekenen 8/10 gemist door ziekte.", "Rekenen [datum] gemist door ziekte."),
        ("Rekenen 8/10: ziek thuis.", "Rekenen [datum]: ziek thuis."),
    ]),
]

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)
