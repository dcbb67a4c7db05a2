"""Name flags, stop 36 (issue 16): more of the nicknames the rules leave, by syntax.

Each flag that must appear has twins of ordinary text that must not be flagged. The
texts are written as the rules would leave them (no replacements), as the bench's
"names flagged if left" measures. The nicknames are the developer's own, in the shapes
the seen corpora leaked (a bare adjective as a noun, a word coordinated with a pronoun,
an apposition after a person noun, "ene ...", "die ... heet", "mama van ...").
"""

from __future__ import annotations

import re

import pytest

from zorgdesk.domain.anonymise.name_flags import name_flags
from zorgdesk.domain.anonymise.replacements import AnonymisedText, Replacement
from zorgdesk.services.name_lexicon import default_lexicon


def _flagged(text: str) -> list[str]:
    """Flags of ``text`` as the rules left it; a "[tag]" in it is a replacement."""
    tags = [Replacement(m.start(), m.end(), m.group(), m.group(), "naam", False)
            for m in re.finditer(r"\[[^\]\[]+\]", text)]
    return [f.word for f in name_flags(AnonymisedText(text, tags, text), default_lexicon())]


@pytest.mark.parametrize(("text", "word"), [
    # an inflected adjective used as a noun needs "de"; without it, it is a name
    ("neem stoere mee naar het veld", "stoere"),
    ("gisteren zei rooie dat hij komt", "rooie"),
    ("Hij is bang voor lange.", "lange"),
    # "de" + an adjective as a noun where a person is asked about or acts
    ("Wie de dolle is wilde hij niet zeggen.", "dolle"),
    ("Daarna sloeg de kale hem in zijn gezicht.", "kale"),
    # a bare word coordinated with a personal pronoun is a person
    ("[account]: ik en knobbel\n[account]: oke", "knobbel"),
    ("Hij en pukkel wachten hem op.", "pukkel"),
    # an apposition: a person noun, then a word no dictionary has
    ("Verder een meisje lolly-pop uit de buurt.", "lolly-pop"),
    ("Verder een jongen zoetie uit groep 8.", "zoetie"),
    ("omdat tanky en die andere, hark, hem opwachten", "hark"),
    # "ene" before a word: a certain person
    ("Er kwam een bericht van ene oomi kortal: 'je weet het'.", "kortal"),
    # the name before "heet" in a relative clause
    ("Oudere jongens: spijker en een die lil zorro heet.", "zorro"),
    # a kin or person word + "van" + a word no dictionary has
    ("Een andere ouder, mama van tobbie, zette er een duim bij.", "tobbie"),
    ("[account]: vriend van jorre t, ken je toch", "jorre"),
    # a word the text explains as a person, "twee jongens uit groep 8"
    ("Hij wordt uitgescholden door knots en lucky, twee jongens uit groep 8.", "lucky"),
    # "(bijnaam" right after: a nickname even when it is also a child's insult
    ("Vriendje kaka (bijnaam, jongen uit groep 6) zegt dat hij slaag krijgt.", "kaka"),
    # a calling clause whose object is a person noun
    ("Hij noemt vader steeds de kolonel.", "kolonel"),
])
def test_flag_appears(text: str, word: str) -> None:
    assert word in _flagged(text)


@pytest.mark.parametrize("text", [
    # an adjective before its noun, a quantifier, a superlative
    "neem lange broeken mee naar het veld",
    "Andere kinderen zeggen dat hij slaat.",
    "andere zeggen dat hij slaat.",
    "Wie de beste is krijgt een prijs.",
    "Hij wil weten wie de baas is.",
    "Hij is bang voor onweer.",
    "Moeders nieuwe vriend komt uit Polen.",
    "Kenteken [nummer], grijze [naam]. Hij moest wachten.",
    "[account]: morgen pakke we hem",
    "Onbekende volwassene op roblox vroeg hem om foto's.",
    "Hij droeg 3 dagen hetzelfde groene vest.",
    "Moeder heeft een nieuw nummer, oude ([telefoonnummer]) werkt niet meer.",
    '"hey man wtf" en "hoi schat" stonden in de chat.',
    "Neem water en brood mee.",
    # a pronoun with a person, a determiner or another pronoun
    "Hij en zijn broer wachten hem op.",
    "[account]: ik en jij\n[account]: oke",
    "Ik en mama gaan naar huis.",
    "We voeren een gesprek en we peilen met regelmaat hoe het gaat.",
    "Wat ons bindt: samen en ik en zelfverantwoordelijkheid.",
    "Zo kan de mogelijke volgende situatie beter worden gehanteerd.",
    "Blauwe  plekken, (emotionele) veiligheid, acute of structurele.",
    # a person noun before a preposition or a verb; a comma before an adjective
    "Verder een meisje uit de buurt.",
    "Verder een jongen die in groep 8 zit.",
    "De jongen, boos, liep weg.",
    # "de ene keer", "aan de ene kant"
    "De ene keer komt hij wel, de andere keer niet.",
    "Aan de ene kant wil hij wel.",
    # "heet" after a function word
    "Een jongen die ook zo heet zit in groep 8.",
    # a person noun + "van" + a word
    "Een vriend van school zette er een duim bij.",
    "Mama van hem belde.",
    "De moeder van iedereen kwam kijken.",
    # numbers after a comma that are no persons
    "Hij heeft twee broers en een zus, twee jaar ouder.",
    # an insult said to someone stays a fact, not a name
    "Ze riepen kaka naar hem.",
    "Hij noemt het steeds de boel.",
    "Hij noemt vader steeds streng.",
    "Ze noemt drie redenen.",
])
def test_twin_not_flagged(text: str) -> None:
    assert _flagged(text) == []


@pytest.mark.parametrize(("text", "word"), [
    # a pet form ("-ie" of a diminutive) opening a clause before its verb or an object
    ("Tweede bericht: plukkie heeft weer buikpijn.", "plukkie"),
    ("echt waar juf, en snoepie stond te filmen", "snoepie"),
    ("Hij zei dat stokkie zijn pet had afgepakt.", "stokkie"),
    # a given name with a surname that is also a word
    ("Zei bij ophalen door stiefvader (Marco Hamer): 'niet met jou'.", "Marco"),
    ("Maar Jelle Vink zei iets.", "Jelle"),
    # a surname after "dr." that ends like an institution
    ("Huisarts dr. Ziekenhuis heeft geen contact gehad.", "Ziekenhuis"),
    # "naam is" before capitals
    ("Zijn echte naam is Wladimir Hromenko, kenteken busje onbekend.", "Wladimir"),
    # the object of "noemen" (mention) without an article
    ("Ze noemt ook hamer en lil stax, die met de scooter.", "hamer"),
    # the name before "heet", also a word
    ("Jongens bij de skatebaan: een die lil clown heet.", "clown"),
    # "heet ze X": the word after a calling verb and its subject
    ("Thuis heet ze schatje bij hem, zegt ze.", "schatje"),
    # a bare word before "zelf"
    ("Op het plein roepen ze hem zo. moes zelf vindt het niet erg.", "moes"),
    # a kin title and a lower-case word as a chat sender, or before a verb
    ("baba: ze moet thuisblijven\namto hindi: waarom\nbaba: ze heeft gepraat", "hindi"),
    ("baba: abu hamdi brengt haar morgen\nmama: oke", "hamdi"),
    # a given name that is no Dutch word, with a capital mid-sentence
    ("Juf vermoedt Kevin uit groep 8.", "Kevin"),
    ("[account]: ik ben Jayla van de sportclub, stuur je foto", "Jayla"),
    # a word the word list does not know as the object of "die iedereen ... noemt"
    ("Een jongen, die iedereen kofiebroeken noemt, gaf hem een duw.", "kofiebroeken"),
])
def test_flag_appears_batch2(text: str, word: str) -> None:
    assert word in _flagged(text)


@pytest.mark.parametrize("text", [
    "Hij drinkt koffie en thee.",
    "Tweede bericht: energie heeft hij niet.",
    "Hij zei dat politie zijn fiets had gevonden.",
    "De leerling ging naar de Jan Steen school.",
    "Zijn naam is bekend bij de school.",
    "Ze noemt geen namen.",
    "Ze noemt het een ongeluk.",
    "Ze noemt ook school als reden.",
    "Een jongen die hetzelfde heet zit in groep 8.",
    "Thuis heet ze gewoon anders.",
    "Het kind zelf vindt het niet erg.",
    "school zelf vindt het niet erg.",
    "oom: ze moet thuisblijven\ntante: waarom\n",
    "Oom gaat morgen mee.",
    # a given name that is also a word, a title's run of capitals
    "Hij kreeg een Roos van zijn moeder.",
    "Juf las voor uit Dolfje Weerwolfje.",
])
def test_twin_not_flagged_batch2(text: str) -> None:
    assert _flagged(text) == []


@pytest.mark.parametrize(("text", "word"), [
    # a word joined to a flagged one over "en de"
    ("Hij zegt dat knoet en de kale hem opwachten.", "knoet"),
    # a lower-case word right after a bare kin title
    ("Een man die ze ome snoeper noemen komt soms mee.", "snoeper"),
    ("Hij vertelt dat oom knokker ('zo noemt mama hem') hem sloeg.", "knokker"),
    # a pet form at the end of a chat line, after "bij"
    ("gekke henkie: waar is je moeder\n[leerling]: weet niet bij stroopie\n"
     "gekke henkie: oke", "stroopie"),
    # a tilde sender with an initial
    ("[moeder]: hij is bij dries\n~Gerrie K: dries woont daar niet\n[moeder]: jawel\n",
     "Gerrie"),
    # a hyphenated given name with its surname
    ("Moeder kent alleen Jan-Willem Overbeek (vriend van de buren).", "Jan-Willem"),
])
def test_flag_appears_batch3(text: str, word: str) -> None:
    assert word in _flagged(text)


@pytest.mark.parametrize("text", [
    "Hij zegt dat brood en de melk op zijn.",
    "Bij oom thuis is het rustig.",
    "Oom zegt dat hij komt.",
    "Opa dronken? Nee.",
    "Tante en oom komen morgen.",
    "[leerling]: weet niet bij school\n[moeder]: oke\n",
    "Zijn oom kwam niet.",
    "Moeder zegt dat opa brood bakt en oma soep kookt op zondag.",
    "Ze kreeg van oma brood en van opa koek.",
])
def test_twin_not_flagged_batch3(text: str) -> None:
    assert _flagged(text) == []
