"""Facts the anonymiser still changed on the way out (issue 16, stop 35), written as pairs
before the fix: the ordinary sentence that must leave as written beside a sentence of the
same shape whose name or number must go (each stays-case failed on main 03d21bb).

- an inflected adjective opening a sentence before its noun ("Goede vrienden", "Lange
  dagen", "Rode striemen") is no surname: "Lange belde" still is one;
- the titles of books, songs and methods after "het boek", "lievelingsliedje is", "de klas
  las" are titles;
- what someone "noemde" is a name only where it can be one: not a thing after "haar"
  ("noemde haar klantnummer niet") and not an insult ("noemen haar slet": what she is
  called by way of abuse is a fact of the record);
- "2 x 45 min" is a count (x is a platform only before a user name), "Les 3:" a lesson,
  "Bus 612" a bus line; a "postbus 612" stays an identifier;
- the insults and slurs children use are not flagged as possible names in the preview, nor
  is "kanker" used as a curse flagged as an illness; a phone's "onbekend:"/"anoniem:"
  sender names nobody.
"""

from __future__ import annotations

import pytest

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
from zorgdesk.domain.anonymise.name_flags import name_flags
from zorgdesk.domain.anonymise.quasi_identifiers import quasi_identifiers
from zorgdesk.services.name_lexicon import default_detector, default_lexicon

KNOWN = [KnownName("Daan de Vries", "leerling", "Daan", "de", "Vries")]
STAYS: list = []
GOES: list = []

STAYS += stays("an_adjective_opening_a_sentence_before_its_noun_stays", KNOWN, [
    "Goede vrienden heeft hij niet in de klas.",
    "Goede afspraken zijn gemaakt met moeder.",
    "Lange dagen maakt hij op school.",
    "Rode striemen op zijn rug.",
])
GOES += goes("a_surname_opening_a_sentence_before_its_verb_goes", KNOWN, [
    ("Lange belde om 9 uur naar school.", "[naam] belde om 9 uur naar school."),
    ("Goede zei dat hij moe was.", "[naam] zei dat hij moe was."),
])

STAYS += stays("a_title_after_a_word_for_a_work_stays", KNOWN, [
    "Ze lazen De Kleine Prins in de klas.",
    "Zijn lievelingsboek is De Kleine Prins.",
    "Zijn lievelingsliedje is Baby Shark.",
    "De klas las Harry Potter en de Steen der Wijzen.",
])
GOES += goes("a_name_after_a_book_s_owner_or_a_reader_goes", KNOWN, [
    ("Het boek van Sem Visser lag op tafel.", "Het boek van [naam] lag op tafel."),
    ("Juf las voor met Anouk Visser.", "Juf las voor met [naam]."),
])

STAYS += stays("what_is_called_a_thing_or_an_insult_stays", KNOWN, [
    "Moeder noemde haar klantnummer niet.",
    "Ze noemen haar slet.",
    "Ze noemen hem kanker loser.",
    "Ze noemden hem tering mongool.",
    "Ze noemen hem kankerlijer en mongool.",
    "Hij werd kankerhoer genoemd.",
    "Tyfuslijer, zei hij tegen de juf.",
])
GOES += goes("a_nickname_after_a_verb_of_calling_goes", KNOWN, [
    ("Ze noemden haar kiki.", "Ze noemden haar [naam]."),
    ("Ze noemen hem keef.", "Ze noemen hem [naam]."),
])

STAYS += stays("a_count_a_lesson_and_a_bus_line_stay", KNOWN, [
    "Hij heeft 2 x 45 min gym per week.",
    "Hij krijgt 3 x 30 minuten remedial teaching.",
    "Les 3: rekenen met breuken.",
    "Hij gaat met Bus 612 naar school.",
    "Daarna neemt hij Tram 7 naar huis.",
])
GOES += goes("a_user_name_an_address_and_a_postbus_number_go", KNOWN, [
    ("Op Snapchat heet hij daan_2014.", "Op Snapchat heet hij [account]."),
    ("Oma woont op Noorderdiep 130.", "Oma woont op [adres]."),
    ("Stuur het naar postbus 612 in Utrecht.", "Stuur het naar postbus [nummer] in Utrecht."),
    ("Meneer Bus belde de school.", "Meneer [naam] belde de school."),
])

# Batch 2: the facts the seen corpora (heldout8 test/dev, heldout9 dev) still lost, in the
# developer's own sentences of the same shapes.
STAYS += stays("a_sum_of_fractions_stays", KNOWN, [
    "Breuken: 3/4 + 1/4 goed, 5 van de 8 sommen fout.",
    "Hij rekende 1/2 x 6 = 3 goed uit.",
])
GOES += goes("a_short_date_beside_a_time_goes", KNOWN, [
    ("Moeder komt 2/12 om 8.30.", "Moeder komt [datum] om 8.30."),
])
STAYS += stays("a_service_s_region_stays", KNOWN, [
    "Jeugdbescherming West belt elke 6 weken.",
    "Het wijkteam en GGD Noord zijn op de hoogte.",
])
GOES += goes("a_surname_that_is_a_region_goes", KNOWN, [
    ("Mevrouw West belt elke 6 weken.", "Mevrouw [naam] belt elke 6 weken."),
])
STAYS += stays("words_listed_as_groups_roles_themes_or_a_game_stay", KNOWN, [
    "Zomer, Winter en Lente zijn de namen van de groepjes.",
    "Haas, Vos en Wolf zijn de groepsnamen van de cursus.",
    "Prins, Graaf en Hertog zijn de rollen in de musical.",
    "Zon, Roos en Storm zijn de namen van de groepjes in gr 3.",
    "Baas en Kok is een spel op het plein.",
])
GOES += goes("names_listed_as_children_go", KNOWN, [
    ("Roos en Sem zijn de namen van de kinderen.",
     "[naam] en [naam] zijn de namen van de kinderen."),
    ("Sem, Noor en Wolf zijn de namen van de groepjes.",
     "[naam], [naam] en [naam] zijn de namen van de groepjes."),
])
STAYS += stays("shops_apps_methods_and_feasts_stay", KNOWN, [
    "Ouders kochten kleding bij de Bijenkorf.",
    "Snapstreaks tot 2 uur 's nachts.",
    "In mei spelen we Minecraft Education.",
    "Hoofdstuk 5 van Taal Actief.",
    "Groep 4 maakte Sint-Maartenlampions.",
    "Eid Mubarak stond op het bord.",
    "De trainer van de F-jes belde moeder.",
    "Bij floorball viel hij op zijn knie.",
    "In de Discord van de klas schreven ze 'noob' onder zijn bericht.",
])
GOES += goes("a_quoted_user_name_after_a_platform_goes", KNOWN, [
    ("Op Roblox heet hij 'sukkeltje'.", "Op Roblox heet hij '[account]'."),
    ("In de Discord van de klas heet hij 'darkwolf'.",
     "In de Discord van de klas heet hij '[account]'."),
])
GOES += goes("a_village_named_after_a_saint_goes", KNOWN, [
    ("Oma woont in Sint-Oedenrode.", "Oma woont in [plaats]."),
])
STAYS += stays("a_noun_after_an_article_s_adjective_stays", KNOWN, [
    "Signalen: draagt in de gymles een lange broek, ook bij 25 graden.",
])
GOES += goes("a_nickname_of_an_adjective_and_a_name_goes", KNOWN, [
    ("Zijn vriend dikke dirk kwam langs.", "Zijn vriend [naam] kwam langs."),
])
STAYS += stays("a_plural_of_a_word_for_a_person_stays_in_a_chat_like_note", KNOWN, [
    'Moeder: "voor altijd". Oma in Polen: 0031. Hij vraagt brood aan klasgenoten.',
])
STAYS += stays("the_verb_after_a_name_and_heet_stays", KNOWN, [
    "Broer Sem (groep 8) en een klasgenoot die ook Sem heet vochten.",
], {"Sem": "[naam]"})
# From the developer's probe of ordinary IB sentences (stop 35).
STAYS += stays("a_level_letter_fairy_tales_comics_and_a_big_employer_stay", KNOWN, [
    "Spelling: niveau E.",
    "Bij de Cito-toets scoorde hij een C.",
    "Hij keek Sponge Bob en las de Donald Duck.",
    "Hij zingt Frère Jacques.",
    "Hij was Batman met Carnaval.",
    "Vader werkt bij Schiphol.",
])
GOES += goes("an_initial_after_a_preposition_goes", KNOWN, [
    ("Hij kreeg een brief van E. Bakker.", "Hij kreeg een brief van [naam]."),
])
GOES += goes("a_name_after_heet_goes", KNOWN, [
    ("Zijn oom heet kees.", "Zijn oom heet [naam]."),
    ("De jongen die Bram heet woont naast hem.", "De jongen die [naam] heet woont naast hem."),
])

# One reader of WhatsApp "~name:" senders (detectors._tilde_senders; name_parts had a
# second one that needed two chat lines): a copied line with its time goes alone too.
GOES += goes("a_tilde_sender_after_the_time_of_a_copied_line_goes", KNOWN, [
    ("Moeder stuurde door:\n[20:14] ~Supermam4: kom je morgen?",
     "Moeder stuurde door:\n[20:14] ~[naam]: kom je morgen?"),
    ("[20:15] ~Mama van Sem: ja hoor", "[20:15] ~Mama van [naam]: ja hoor"),
])
STAYS += stays("a_tilde_sender_s_role_stays", KNOWN, [
    "[20:16] ~ moeder: ok",
    "~juf: tot morgen\n~10 min: lezen",
])

# One insult test (vocatives.insult) for the vocative, chat and naming rules: three lists
# and three sets of endings before. "-erik" and "-ling" ended names too ("frederik").
GOES += goes("a_name_spoken_to_that_ends_like_an_insult_goes", KNOWN, [
    ('"frederik je bent te laat" appte hij.', '"[naam] je bent te laat" appte hij.'),
])
STAYS += stays("a_noun_before_is_dat_and_its_clause_stays", KNOWN, [
    "Hoop is dat het na de kerstvakantie rustiger wordt.",
    "Wens was dat hij vaker zou komen.",
])
GOES += goes("a_name_before_is_dat_and_a_participle_goes", KNOWN, [
    ("Bas is dat vergeten.", "[naam] is dat vergeten."),
])
STAYS += stays("two_adjectives_before_an_insult_stay", KNOWN, [
    'Ze schreven "dikke vette koe" onder haar foto.',
])
GOES += goes("a_nickname_adjective_before_a_verb_goes", KNOWN, [
    ("dikke lachte hem uit.", "[naam] lachte hem uit."),
])
STAYS += stays("an_insult_spoken_to_stays", KNOWN, [
    '"sukkel je bent te laat" appte hij.',
    '"viezerik kom je" appte hij.',
    "Ze noemen hem zwakkeling.",
])

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)


def _flagged(text: str) -> list[str]:
    """What the IB sees flagged under the preview: name flags by word, the others by phrase."""
    result = anonymise(text, KNOWN, default_detector())
    words = [f.word for f in name_flags(result, default_lexicon())]
    return words + [result.text[q.start:q.end] for q in quasi_identifiers(result)]


@pytest.mark.parametrize("text", [
    "hoi slet",
    "Hij noemde haar een vieze hoer.",
    "Meisjes noemen haar Slet.",
    "Hij riep Mongool naar Daan.",
    "Hij riep kanker loser naar Daan.",
    "Kanker loser, riep hij.",
    "onbekend: waar ben je",
    "anoniem: je bent dood",
    "Daan kreeg berichten van onbekend: je gaat eraan",
    "Zomer, Winter en Herfst zijn de thema's van het jaar.",
    "Eid Mubarak stond op het bord.",
    "Hij draagt in de gymles een lange broek.",
])
def test_an_insult_an_unknown_sender_or_an_ordinary_word_is_not_flagged(text):
    assert _flagged(text) == []
    assert anonymise(text, KNOWN, default_detector()).text == text.replace("Daan", "[leerling]")


@pytest.mark.parametrize(("text", "flag"), [
    ("hoi kruimel kom je?", "kruimel"),
    ("Hij liet zien:\nkruimel: waar ben je\nspijker: bij de brug", "kruimel"),
    ("Moeder heeft kanker, zei hij.", "kanker"),
    ("Oma heeft kanker en is vaak moe.", "kanker"),
])
def test_a_nickname_or_an_illness_in_the_same_shape_is_still_flagged(text, flag):
    assert any(f == flag or f.startswith(flag) for f in _flagged(text))
