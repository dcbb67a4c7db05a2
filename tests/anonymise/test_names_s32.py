"""Nicknames in narrative text (session 32): pair tests per principle, written before the
rules, with sentences of my own (no word of any corpus). Each principle has the nickname
that must go AND nearly the same sentence whose word is a fact and must stay."""

from __future__ import annotations

import re

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

KNOWN = [KnownName("Mirthe Kok", "leerling", "Mirthe", "", "Kok"),
         KnownName("Ravi Kok", "broer", "Ravi", "", "Kok"),
         KnownName("Olga Kok", "moeder")]


def _out(text: str, detector) -> str:
    return anonymise(text, KNOWN, detector).text


def _gone(word: str, text: str, detector) -> str:
    out = _out(text, detector)
    assert not re.search(rf"(?i)\b{re.escape(word)}\b", out), out
    return out


def _kept(text: str, detector) -> None:
    out = _out(text, detector)
    expected = text
    for name, tag in (("Mirthe", "[leerling]"), ("Ravi", "[broer]"), ("Olga", "[moeder]")):
        expected = expected.replace(name, tag)
    assert out == expected


# -- 1. the name a clause of calling gives ---------------------------------------------
# "noemen", "roepen" (to call someone something), "heten" and the participle "genoemd"
# end their clause with the name; adverbials may stand between. After "de" an adjective
# is inflected ("de stille"), so an uninflected word there is a noun: the name.

@pytest.mark.parametrize(("word", "text"), [
    ("pruim", "De jongens noemen hem op het plein de pruim."),
    ("bijl", "Zijn neven noemen hem sinds de zomer de bijl."),
    ("pan", "In de bus noemen ze haar de pan."),
    ("knol", "Mirthe wordt door de jongens uit groep 8 knol genoemd."),
    ("vlo", "Sinds de zomer wordt ze op straat vlo genoemd."),
    ("pudding", "Ravi werd in groep 6 al pudding genoemd."),
    ("Haas", "Haar oom wordt door iedereen de Haas genoemd, zegt Mirthe."),
    ("Beitel", "De vriend van moeder werd op de camping de Beitel genoemd."),
    ("wortel", "Op de club roept iedereen Ravi wortel."),
    ("kwast", "In de klas roepen de meiden Mirthe kwast."),
    ("bes", "De buurvrouw heet volgens Mirthe tante bes; ze past soms op."),
    ("gum", "Die man heet bij hen thuis ome gum."),
    ("pier", "Mirthe, thuis pier genoemd, zag de berichten."),
])
def test_the_name_of_a_calling_clause_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "De jongens noemen hem op het plein een held.",
    "Zijn neven noemen hem sinds de zomer een held.",
    "Mirthe wordt door de jongens uit groep 8 lui genoemd.",
    "Ravi werd in groep 6 al een doorzetter genoemd.",
    "Het spel wordt op het plein tikkertje genoemd.",
    "Dat werd vroeger gewoon huiswerk genoemd.",
    "Hij wordt door iedereen de oudste genoemd.",
    "Op het plein roept de juf hem binnen.",
    "De juf roept Mirthe terug.",
    "Moeder roept Ravi naar binnen.",
    "Om 12 uur roept de juf iedereen bij elkaar.",
    "Ze noemen het op school gewoon pesten.",
])
def test_what_a_clause_of_calling_says_stays(text, detector):
    _kept(text, detector)


# -- 2. a nickname given with its article is used with it --------------------------------

@pytest.mark.parametrize(("word", "text"), [
    ("pruim", "Ze noemen hem op het plein de pruim. De pruim duwde Mirthe van de glijbaan."),
    ("Haas", "Oom wordt door iedereen de Haas genoemd. de Haas heeft een mes, zei Ravi."),
])
def test_a_nickname_with_its_article_goes_everywhere(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "Ze noemen hem een held. Hij at een pruim in de pauze.",
    "Ravi at de pruim op. Ze noemen hem een held.",
])
def test_the_same_word_as_a_thing_stays(text, detector):
    _kept(text, detector)


# -- 3. a name in brackets after a name, with where it is used ---------------------------

@pytest.mark.parametrize(("word", "text"), [
    ("kwast", "Ravi (in de klas kwast) gooide de bal weg."),
    ("vlo", "Mirthe (thuis vlo) huilde bij de juf."),
    ("pruim", "Een jongen uit groep 8, Sem (op het plein pruim), lachte."),
])
def test_an_alias_in_brackets_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "Ravi (in de klas stil) gooide de bal weg.",
    "Mirthe (thuis vaak alleen) huilde bij de juf.",
    "Ravi (in groep 5) gooide de bal weg.",
    "Mirthe (op school vooraan) huilde bij de juf.",
    "Ravi (thuis Arabisch) vertaalt voor moeder.",
])
def test_a_bracket_that_describes_stays(text, detector):
    _kept(text, detector)


# -- 4. other clauses that give a name: a final verb of calling, "bijnaam is" -----------
# In a subordinate clause "noemen" comes last and the name right before it ("de jongen
# die ze pindakaas noemen"); a nickname is announced by "bijnaam"/"bijgenaamd" with a
# copula or a colon between ("Zijn bijnaam is worst", "Bijnaam: pindakaas").

@pytest.mark.parametrize(("word", "text"), [
    ("pindakaas", "De jongen die ze pindakaas noemen, gooide stenen naar Mirthe."),
    ("kanon", "Zijn broer, die iedereen kanon noemt, zit vast."),
    ("haring", "Mirthe vertelde dat de meiden haar haring noemen."),
    ("stoomboot", "Er is een man die de kinderen de stoomboot noemen."),
    ("worst", "Zijn bijnaam is worst."),
    ("Tank", "Haar bijnaam op school was Tank, zegt Ravi."),
    ("pindakaas", "Bijnaam: pindakaas."),
    ("stier", "Haar oom, bijgenaamd de stier, drinkt veel."),
    ("snoek", "Een man met de bijnaam snoek wacht bij het hek."),
])
def test_a_name_announced_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "De jongen die ze lief noemen, gooide stenen naar Mirthe.",
    "Een spel dat ze tikkertje noemen, speelt de klas elke dag.",
    "Mirthe vertelde dat de meiden het pesten noemen.",
    "Zijn broer, die hij zijn beste vriend noemt, zit vast.",
    "Er is een man die de kinderen een held noemen.",
    "Zijn bijnaam is niet leuk.",
    "Haar bijnaam op school was pijnlijk voor haar, zegt Ravi.",
    "Bijnaam: onbekend.",
])
def test_a_clause_that_describes_stays(text, detector):
    _kept(text, detector)


# -- 5. "de X" explained as a person by an apposition ------------------------------------

@pytest.mark.parametrize(("word", "text"), [
    ("tijger",
     "Mirthe is bang voor de tijger, een jongen uit groep 8. De tijger wacht bij het hek."),
    ("kraai", "Ravi speelt vaak met de kraai, een meisje van de overkant."),
])
def test_de_x_explained_as_a_person_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "Mirthe is bang voor de pester, een jongen uit groep 8.",
    "Ravi speelt vaak met de nieuwe, een meisje van de overkant.",
    "Mirthe praat met de conciërge, een man van 60.",
    "Ravi gaat naar de opvang, een plek voor kinderen uit de wijk.",
    "Mirthe ging met de tweeling, twee meisjes uit groep 3, naar huis.",
])
def test_de_x_that_is_a_role_stays(text, detector):
    _kept(text, detector)


# -- 6. a bare count noun in a slot only a person fills ----------------------------------
# Dutch gives a singular count noun its article; without one, in a slot that only a
# person fills, it is a name: the one spoken to after "zei tegen", a company after "ruzie
# met"/"vocht met", the agent after a participle of hurting and "door", the giver of a
# blow, a pupil "uit groep 7", and a word joined by "en" to a name as the subject.

@pytest.mark.parametrize(("word", "text"), [
    ("knakworst", "Ravi zei tegen knakworst dat hij weg moest."),
    ("knakworst", "Ravi heeft steeds ruzie met knakworst."),
    ("paddenstoel", "Mirthe vocht in de pauze met paddenstoel."),
    ("knakworst", "Ravi werd gisteren geschopt door knakworst."),
    ("spijker", "Mirthe kreeg een duw van spijker bij de trap."),
    ("snoetje", "Ravi speelt vaak met snoetje uit groep 7."),
    ("knakworst", "Ravi en knakworst vochten in de pauze."),
    ("paddenstoel", "In de pauze gingen paddenstoel en Mirthe naar het hek."),
])
def test_a_bare_noun_in_a_persons_slot_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "Ravi zei tegen school dat hij ziek was.",
    "Ravi heeft steeds ruzie met zijn broer.",
    "Ravi heeft steeds ruzie over huiswerk.",
    "Mirthe vocht in de pauze met tranen.",
    "Ravi werd gisteren geraakt door een bal.",
    "Ravi werd gisteren geschopt door de jongens.",
    "Mirthe kreeg een duw van achteren bij de trap.",
    "Mirthe kreeg een brief van school.",
    "Ravi speelt vaak met lego uit de kast.",
    "Ravi en brood.",
    "Ravi eet knakworst en brood.",
    "Mirthe en juf lazen samen.",
    "Ravi en Mirthe speelden met zand en water.",
])
def test_a_bare_noun_that_is_a_thing_stays(text, detector):
    _kept(text, detector)


# -- 7. a capitalised common noun in a person's slot -------------------------------------
# Mid-sentence a capital marks a name; an ordinary noun capitalised there is only
# emphasis where no person could stand ("op het Plein"). In a person's slot it is a name:
# the subject after the verb of an inverted clause before its object, after a bare title.

@pytest.mark.parametrize(("word", "text"), [
    ("Worst", "Gisteren pestte Worst haar weer."),
    ("Bezem", "In de pauze duwde Bezem hem tegen het hek."),
    ("Pudding", "Opa Pudding brengt hem vandaag."),
    ("Bezem", "Ravi logeert vaak bij tante Bezem."),
])
def test_a_capitalised_noun_in_a_persons_slot_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "Daarna sloeg Vader hem.",
    "Gisteren belde School haar.",
    "Ravi logeert vaak bij tante. Morgen gaat hij naar huis.",
])
def test_a_capitalised_kin_word_or_institution_stays(text, detector):
    _kept(text, detector)


# -- 8. the bare subject of a verb that only a person does -------------------------------
# "dat worst haar fiets pakte": after "dat"/"omdat" a singular count noun needs its
# article; a mass noun may go bare ("dat brood hem misselijk maakte"), so the verb
# decides: taking, hitting, bullying, speaking are done by persons.

@pytest.mark.parametrize(("word", "text"), [
    ("worst", "Mirthe zegt dat worst haar fiets afpakte."),
    ("bezem", "Ravi vertelde dat bezem hem elke dag uitscheldt."),
    ("mossel", "'eh ja mossel zei tegen Ravi dat hij weg moest', appte Mirthe."),
    ("Bezem", "Bezem zei dat Ravi een baby is."),
])
def test_the_bare_subject_of_a_persons_verb_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "Ravi zegt dat brood hem misselijk maakte.",
    "Mirthe vertelde dat suiker haar druk maakt.",
    "Ravi zegt dat school hem belde.",
    "Moeder zei dat Ravi ziek was.",
    "Politie zei dat het dossier klaar is.",
    "Contra-signaal: voetbalclub zegt dat hij er altijd is.",
    "Buurthuis zei tegen moeder dat er plek is.",
])
def test_the_bare_subject_of_another_verb_stays(text, detector):
    _kept(text, detector)


# -- 9. "zeggen X tegen iemand": what someone is called ----------------------------------

@pytest.mark.parametrize(("word", "text"), [
    ("vlo", "In de klas zeggen ze vlo tegen hem."),
    ("Muis", "Haar broers zeggen Muis tegen haar."),
])
def test_what_they_say_to_someone_as_a_name_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "Ze zeiden sorry tegen hem.",
    "Ravi zegt nee tegen haar.",
    "Mirthe zei dag tegen de juf.",
    "Ravi zei iets tegen haar.",
    "Ze zeggen u tegen de juf.",
])
def test_what_they_say_to_someone_stays(text, detector):
    _kept(text, detector)


# -- 10. "de" with an adjective made a noun names a person where a person stands --------
# ("de lange", "de bolle": the article belongs to such a nickname and goes with it)

@pytest.mark.parametrize(("text", "expected"), [
    ("Ze noemen hem de bolle.", "Ze noemen hem [naam]."),
    ("Ravi kreeg een klap van de lange.", "[broer] kreeg een klap van [naam]."),
    ("Wie de dikke is, wil Mirthe niet zeggen.", "Wie [naam] is, wil [leerling] niet zeggen."),
])
def test_de_with_a_nickname_adjective_goes_whole(text, expected, detector):
    assert _out(text, detector) == expected


@pytest.mark.parametrize("text", [
    "Ravi koos de lange.",
    "Ravi kreeg een klap van de lange jongen.",
    "Hij wordt door de jongens de dikke genoemd.",
])
def test_de_with_an_adjective_elsewhere_stays(text, detector):
    _kept(text, detector)


# -- 11. an epithet explained as a person belongs to the name ---------------------------

def test_an_epithet_explained_as_a_person_goes(detector):
    _gone("slak", "Ze vertelde dat Pien de slak (een meisje uit de straat) haar uitschold.",
          detector)


@pytest.mark.parametrize("text", [
    "Ze vertelde dat Mirthe de bal (een cadeau van oma) kwijt is.",
    "Ravi gaf Mirthe de sleutel, een jongen uit groep 8 had hem gevonden.",
])
def test_an_object_after_a_name_stays(text, detector):
    _kept(text, detector)


# -- 12. a capitalised bare noun opening a sentence as the agent of a person's verb ------
# Notes drop articles ("Filmpje stond online"), so only a verb only a person does, with a
# person as its object, makes the bare noun before it a name.

@pytest.mark.parametrize(("word", "text"), [
    ("Kruimeltje", "Kruimeltje sloeg hem in de pauze."),
    ("Pudding", "Pudding pestte haar bij de fietsenstalling."),
    ("Bezem", "Bezem duwde Ravi van de trap."),
])
def test_a_bare_agent_opening_a_sentence_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "Filmpje stond online.",
    "Deur sloeg dicht.",
    "Bal raakte hem tegen zijn hoofd.",
    "Moeder belde hem.",
    "School belde haar.",
    "Tas pakte hij zelf.",
    "Hond beet hem in zijn been.",
])
def test_a_bare_thing_opening_a_sentence_stays(text, detector):
    _kept(text, detector)


# -- 13. over-removal: a verb after a word of address, two adjectives before a noun -----

@pytest.mark.parametrize("text", [
    'In de app: "hey schat kom je thuis?"',
    "Hij had dikke vette pech met de bus.",
    "'lieverd ga je mee?' vroeg moeder.",
])
def test_words_that_are_no_nickname_stay(text, detector):
    _kept(text, detector)


# -- 14. a person's or a place's name after "las voor uit" is no book title --------------

@pytest.mark.parametrize(("word", "text"), [
    ("Bakker", "Ravi las voor uit Kees Bakker en lachte."),
    ("Emmen", "Oma las voor uit Emmen."),
])
def test_a_name_after_reading_aloud_goes(word, text, detector):
    _gone(word, text, detector)


def test_a_book_title_after_reading_aloud_stays(detector):
    _kept("Mirthe las voor uit Dolfje Weerwolfje.", detector)


# -- 15. a bracket says who: a word explained by a name, "de X (jongen van 15)" ----------

@pytest.mark.parametrize(("word", "text"), [
    ("pluk", "Ze speelde met pluk (Jesse) en Ravi."),
    ("haai", "Mirthe schreef aan de haai (jongen van 15, niet van school) dat hij moest stoppen."),
    ("slak", "Ravi is bang voor de slak (meisje uit groep 6)."),
])
def test_a_bracket_that_says_who_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "Aanwezig: moeder (Olga) en de IB.",
    "Hij spreekt thuistaal (Turks) en Nederlands.",
    "Sociaal wijkteam (SWT) is betrokken.",
    "Mirthe is bang voor de pester (jongen uit groep 8).",
    "De juf (vrouw van 40) belde.",
    "Ravi pakte de bal (jongen van 15 gooide hem).",
])
def test_a_bracket_that_explains_a_thing_or_role_stays(text, detector):
    _kept(text, detector)


# -- 16. a capitalised common noun in a person's slot ------------------------------------
# Mid-sentence Dutch capitalises names, not nouns; an ordinary noun with a capital where
# only a person stands is a name (a nickname written as one). Emphasis and titles stay:
# "op het Plein" (an article), "Sport en Cultuur", a game or a brand after a verb
# ("speelt hij Fortnite"), a holiday ("met Kerst").

@pytest.mark.parametrize(("word", "text"), [
    ("Knikker", "Gisteren gooide Knikker een steen naar Ravi."),
    # "heeft" is no verb only a person does ("Nu heeft Zwemles een nieuwe tijd"); after
    # "volgens" + someone, a weapon says it is a person (s34, test_small_s34)
    ("Knikker", "Volgens Ravi heeft Knikker een mes."),
    ("Spekkie", "Na school wachtte Spekkie hem op bij de brug."),
    ("Knikker", "Ravi is bang voor Knikker."),
    ("Knikker", "Ravi zit in de bus naast Knikker."),
    ("Bobbel", "Ravi werd door Bobbel geslagen."),
    ("Knikker", "Ravi en Knikker zitten in groep 7."),
    ("Bobbel", "Ravi speelt veel met Bobbel, een neef van moeder."),
    ("Knikker", "Hij noemt zichzelf Knikker."),
    ("Knikker", "Op TikTok heet hij Knikker."),
    ("Bobbel", "Ze roepen hem Bobbel."),
    ("Knikker", "De jongen met de bijnaam Knikker woont om de hoek."),
])
def test_a_capitalised_noun_where_a_person_stands_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "Ravi speelt in de pauze op het Plein.",
    "Thuis speelt hij Fortnite met zijn neef.",
    "Gisteren speelde Ravi Minecraft tot laat.",
    "Ravi is bang voor Sinterklaas.",
    "Mirthe gaat met Kerst naar oma.",
    "Ravi zit in de klas naast het Raam.",
    "Het project Sport en Cultuur begint in mei.",
    "Ravi is goed in Rekenen en Taal.",
    "Mirthe vertelde over Corona.",
    "Ravi vertelde over Oorlog en Vrede.",
    "Gisteren kwam Wijkagent langs.",
    "Daarna ging Zwemles niet door.",
    "Mirthe speelt met Buurjongen Ravi.",
    # the subject of "heet" is in its own sentence: a cuddly toy, not the name before it
    "Daarna kwam Ravi. Zijn knuffel heet Bobbel.",
])
def test_a_capitalised_noun_elsewhere_stays(text, detector):
    _kept(text, detector)


# -- 17. a bare noun opening a sentence that the sentence says is a person ----------------

@pytest.mark.parametrize(("word", "text"), [
    ("Bobbel", "Bobbel is de neef van moeder."),
    ("Knikker", "Knikker zou de dader zijn, zegt Ravi."),
    ("Bobbel", "Bobbel en zijn broer wachten altijd bij het hek."),
    ("knikker", "Stuurde knikker een foto?"),
    ("Knikker", "Heeft Knikker dat gedaan?"),
])
def test_a_bare_noun_said_to_be_a_person_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "Moeder is de contactpersoon.",
    "Dader is een jongen uit groep 8.",
    "Slachtoffer is een meisje uit groep 5.",
    "Contactpersoon is de moeder van Ravi.",
    "Reden is de ruzie met zijn broer.",
    "Heeft school dat gemeld?",
    "Stuurde moeder een foto?",
    "Mirthe en haar broer wachten altijd bij het hek.",
])
def test_a_bare_noun_said_to_be_a_role_or_thing_stays(text, detector):
    _kept(text, detector)


# -- 18. more shapes of the same principles (batch 6) ------------------------------------

@pytest.mark.parametrize(("word", "text"), [
    ("Kapitein", "Ravi zegt dat de jongen die ze Kapitein noemen hem sloeg."),
    ("Haai", "Bij de Jumbo hangt een groepje; de leider noemen ze Haai."),
    ("Kanon", "Ravi (op voetbal 'Kanon' genoemd) scoorde twee keer."),
    ("Boeman", "Ravi kreeg ruzie met de Boeman. De Boeman woont ernaast."),
    ("bolletje", "Hij speelt met bolletje en Pien."),
])
def test_more_shapes_of_a_name_go(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize(("kept", "text"), [
    ("sloeg terug",
     "Ravi zegt dat de jongen die ze Kapitein noemen hem sloeg, maar hij sloeg terug."),
    ("'slome'", "Juf zei dat hij 'slome' werd genoemd op het plein."),
    ("Tikkertje", "Het spel noemen ze Tikkertje."),
    ("met blokjes", "Ravi speelt met blokjes en Mirthe met lego."),
    ("Jeugdzorg", "Ravi kreeg ruzie met de Jeugdzorg."),
    ("Zomerzon", "Het plan wordt 'Zomerzon' genoemd."),
    ("Toppers", "De groepsapp werd 'Toppers' genoemd."),
])
def test_more_shapes_of_a_fact_stay(kept, text, detector):
    assert kept in _out(text, detector)


# -- 19. facts my own rules took, found by a probe of ordinary sentences (batch 7) -------

@pytest.mark.parametrize(("kept", "text"), [
    ("harde werker", "Ravi wordt door de juf een harde werker genoemd."),
    ("Kruimeltje", "Het boek dat ze noemde heet Kruimeltje."),
    ("winnaars", "De groep noemde zichzelf de winnaars."),
    ("kent", "Haar bijnaam kent de juf niet."),
    ("bril", "Ravi (op school bril) ziet goed."),
    ("Onweer", "Toen sloeg Onweer in."),
])
def test_facts_near_a_clause_of_calling_stay(kept, text, detector):
    assert kept in _out(text, detector)


@pytest.mark.parametrize(("word", "text"), [
    ("Knikker", "Op TikTok heet hij Knikker."),
    ("keef", "Zij noemt hem keef."),
    ("tank", "De jongens noemen hem de tank."),
])
def test_names_of_a_clause_of_calling_still_go(word, text, detector):
    _gone(word, text, detector)


# -- 20. more clauses that give a name (batch 8) ------------------------------------------

@pytest.mark.parametrize(("word", "text"), [
    ("Slang", "Op straat kennen ze hem als Slang."),
    ("Slang", "Iedereen kent hem als de Slang."),
    ("Slang", "Hij stelt zich voor als Slang."),
    ("Slang", "Hij staat bekend als Slang."),
    ("Hondenman", "De man met de hond, Hondenman noemen de kinderen hem, staat bij het hek."),
    ("Pudding", "Ravi heeft een vriendje: Pudding."),
    ("Spin", "De oudere jongens (Spin en Mug) wachten hem op."),
])
def test_more_clauses_that_give_a_name_go(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize(("kept", "text"), [
    ("als leider", "Iedereen kent hem als leider van de groep."),
    ("als de beste", "Hij staat bekend als de beste van de klas."),
    ("als vrijwilliger", "Hij stelt zich voor als vrijwilliger."),
    ("Reden: Ziekte", "Ravi was afwezig. Reden: Ziekte."),
    ("(rood en blauw)", "De jongens (rood en blauw) wachten hem op."),
    ("Brood, melk", "Brood, melk en kaas liggen in de kast."),
    ("Zomer, Herfst", "Zomer, Herfst en Pien zijn de groepjes."),
    ("Inzage, groep 4", "Inzage, groep 4: Ravi bleef binnen."),
    ("Hij en", "Hij en Pien speelden samen."),
])
def test_what_those_clauses_say_stays(kept, text, detector):
    assert kept in _out(text, detector)
