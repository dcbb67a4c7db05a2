"""Leaks and over-removals left by review s35 (issue 16), each with its twin.

Titles: a run after "spel", "game" or a work noun is kept as a title, but a run of given
names only ("Spel: Daan en Tim.", "Zijn lievelingsliedje is Zoë.") names who played, not
what: a careful reader takes it for people. A title with one word that is no given name
("Dolfje Weerwolfje", "Harry Potter", "Dikkie Dik") stays a title.

Labelled lists ("X, Y en Z zijn de namen van de groepjes / de rollen"): the labels stay
when they read as things, seasons or trades ("Zomer, Winter en Lente", "Zon, Roos en
Storm", "Prins, Graaf en Hertog"), but a word a reader takes for a boy's or girl's name
("Bram", "Kees") goes even there. "Kok" and "Visser" in such a list are the trades the
sentence names as roles or groups (a surname alone, without a given name, in a list the
sentence calls roles reads as the role): they stay.

Over-removals (a fact changed): a thing's number with its letter ("Les 3A", "Bus 12B"), a
route of two big cities ("De trein Amsterdam-Utrecht"; stop 37: "De bus Leiden-Katwijk"
goes, its towns judged as alone), a fraction ("1/2 van"), a match's score
("eindigde in 2-1", "Tennis: 6-1, 6-4"), a service's region ("GGD Hollands-Midden"), a
house letter ending a sentence ("Dorpsstraat 12 B. Morgen ..."). Each has its twin that
still goes: a date after "op", a district of a city, an initial before a surname.
"""

from __future__ import annotations

from tests.anonymise.pairs import goes, gone, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Lina Bakker", "leerling", "Lina", "", "Bakker")]

STAYS = [
    *stays("a_title_with_a_word_that_is_no_given_name_stays", KNOWN, [
        "Spel: Mens erger je niet.",
        "Zijn lievelingsliedje is Baby Shark.",
        "Het boek Dolfje Weerwolfje lag op tafel.",
        "Zijn lievelingsboek is Harry Potter.",
        "Het boek Dikkie Dik ligt in de klas.",
        "Het boek Jip en Janneke lag open.",
        "Zijn lievelingsboek is Nijntje.",
        "Het spel heet Tikkertje.",
        "Het boek Kikker en Pad lag open.",
    ]),
    *stays("labels_that_read_as_things_or_trades_stay", KNOWN, [
        "Zomer, Winter en Lente zijn de namen van de groepjes.",
        "Herfst en Winter zijn de namen van de groepjes.",
        "Visser, Smid en Kok zijn de rollen.",
        "Baas en Kok is een spel op het plein.",
        "Zon, Roos en Storm zijn de namen van de groepjes.",
        # A surname, a place or a colour in the word list is no given name (review s36).
        "Uilen, Vossen en Leeuwen zijn de namen van de groepjes.",
        "Tijgers en Leeuwen zijn de namen van de groepjes.",
        "Rood, Blauw en Geel zijn de namen van de tafelgroepen.",
        "Eik, Beuk en Den zijn de namen van de groepjes.",
    ]),
    *stays("an_insult_said_or_quoted_stays", KNOWN, [
        "Scheldwoord: vetzak.",
        "Vetzak, ik sla je morgen.",
        "Vetzak! Ik sla je morgen.",
        "Vetzak: dat riep hij op het plein.",
        "Hij schreef: vetzak, ik pak je.",
    ]),
    *stays("a_fact_that_looked_like_an_identifier_stays", KNOWN, [
        "Les 3A.",
        "We hebben Les 3A gedaan.",
        "Bus 12B reed te laat.",
        "Hij neemt Bus 12B naar school.",
        # stop 37: a route is judged town by town, like "van Amsterdam naar Utrecht"
        "De trein Amsterdam-Utrecht was te laat.",
        "Kosten: 1/2 van de reis.",
        "Hij kwam 1/2 van de dagen te laat.",
        "Ajax-Feyenoord eindigde in 2-1.",
        "Tennis: 6-1, 6-4.",
        "Hockey 2-1. Daarna naar huis.",
        "De GGD Hollands-Midden belde.",
        "Veilig Thuis Hollands-Midden belde.",
        "Uitslag voetbal zaterdag 4-1 (vertelde ze trots).",  # heldout12 dev A02 (seen)
    ]),
]
GOES = [
    *goes("a_title_of_given_names_only_is_people", KNOWN, [
        ("Spel: Daan en Tim.", "Spel: [naam] en [naam]."),
        ("Zijn lievelingsliedje is Zoë.", "Zijn lievelingsliedje is [naam]."),
        ("Game: Daan.", "Game: [naam]."),
        ("Het spel heet Tikkertje met Daan.", "Het spel heet Tikkertje met [naam]."),
    ]),
    *goes("a_handle_tail_is_no_run_on_sentence", KNOWN, [
        ("Ik zag Lina.daarna ging ze weg.", "Ik zag [leerling].daarna ging ze weg."),
        ("Ik zag Lina.toen ging ze weg.", "Ik zag [leerling].toen ging ze weg."),
    ]),
    *goes("an_insult_as_a_chat_sender_is_a_person", KNOWN, [
        ("Vetzak: ik sla je morgen.", "[naam]: ik sla je morgen."),
        ("vetzak: ik sla je morgen.", "[naam]: ik sla je morgen."),
        ("Lina: hou op.\nVetzak: jij bent de volgende.",
         "[leerling]: hou op.\n[naam]: jij bent de volgende."),
    ]),
    *goes("the_identifier_beside_such_a_fact_goes", KNOWN, [
        ("Dorpsstraat 12 B. Morgen komt hij.", "[adres] B. Morgen komt hij."),
        ("Dorpsstraat 12 B. Daarna ging hij.", "[adres] B. Daarna ging hij."),
        ("Dorpsstraat 12 J. Jansen kwam.", "[adres] [naam] kwam."),
        ("Op 1/2 van school gestuurd.", "Op [datum] van school gestuurd."),
        ("Tennis op 6-4.", "Tennis op [datum]."),
        ("Voetbal 6-4 afgezegd.", "Voetbal [datum] afgezegd."),
        ("Voetbal zaterdag 4-1 afgezegd.", "Voetbal [datum] afgezegd."),
        ("De uitslag komt maandag 4-11.", "De uitslag komt [datum]."),
        ("Hij woont in Rotterdam-Zuid.", "Hij woont in [plaats]."),
        ("Hij woont in Rotterdam-Charlois.", "Hij woont in [plaats]."),
        ("Moeder werkt in Venlo-Blerick.", "Moeder werkt in [plaats]."),
        ("Mevrouw Bergen-Smit belde.", "Mevrouw [naam] belde."),
        # stop 37: a smaller town goes in a route too, as in "van Leiden naar Katwijk"
        ("De bus Leiden-Katwijk was te laat.", "De bus [plaats] was te laat."),
        ("Bus 4 keer te laat.", "[plaats] 4 keer te laat."),
        ("Les 3x te laat.", "[naam] 3x te laat."),
    ]),
    *goes("a_given_name_in_a_labelled_list_goes", KNOWN, [
        ("Bram en Kok zijn de namen van de groepjes.",
         "[naam] en Kok zijn de namen van de groepjes."),
        ("Visser, Bram en Kok zijn de rollen.", "Visser, [naam] en Kok zijn de rollen."),
        ("Kees en Winter zijn de namen van de groepjes.",
         "[naam] en Winter zijn de namen van de groepjes."),
        ("Baas en Bram is een spel op het plein.", "Baas en [naam] is een spel op het plein."),
    ]),
]

# The twins of the run-on sentence: a handle's tail still goes with the name.
GONE = gone("a_handle_tail_goes_with_the_name", KNOWN, [
    ("bakker", "Ze volgt Lina.bakker op insta."),
    ("x", "Ze volgt Lina.x op insta."),
    ("2014", "Ze volgt Lina.2014 op insta."),
    ("zwart", "Ze volgt lina.zwart op insta."),
])

test_the_fact_stays, test_the_identifier_goes, test_the_name_is_gone = pair_tests(
    STAYS, GOES, GONE)
