"""Names and nicknames by Dutch grammar (session 31): each rule with the leak it closes AND
ordinary Dutch of the same shape that must stay. Written before the rules; through the
real engine with the shipped word lists."""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Lotte Bakker", "leerling", "Lotte", "", "Bakker"),
         KnownName("Sandra Bakker", "moeder"),
         KnownName("Jip de Wit", "medeleerling", "Jip", "de", "Wit"),
         KnownName("Ben Smit", "medeleerling", "Ben", "", "Smit"),
         KnownName("Karin Smit", "moeder")]

# Every case below is registered in one of two tables and run once at the end of the file.
STAYS: list = []
GOES: list = []


# -- 2. an insult in a passive "genoemd" is what happened: a fact ----------------------

STAYS += stays("an_insult_in_a_passive_genoemd_stays", KNOWN, [
    "Hij wordt de dikke genoemd.",
    "Sinds de zomer wordt ze door twee jongens de lelijke genoemd.",
    "Lotte werd op het plein steeds de stille genoemd.",
    "Ze worden door de groep de vieze genoemd en buitengesloten.",
], {"Lotte": "[leerling]"})


GOES += goes("a_nickname_before_genoemd_still_goes", KNOWN, [
    # set off as an apposition (no "wordt"), it names an adult otherwise unnamed
    ("De vriend van moeder, de poolse genoemd door Ben, belt vaak.",
     "De vriend van moeder, [naam] genoemd door [medeleerling], belt vaak."),
    # in quotes after a verb of calling it is a name
    ("Ze noemt de vriend van mama 'de dikke'.", "Ze noemt de vriend van mama '[naam]'."),
])


# -- 3. an interjection that is also a pet form of a known name ----------------------

STAYS += stays("an_interjection_stays", KNOWN, [
    "Jippie, riep hij toen hij won.",
    "'Jippie!' riep Ben. 'We hebben vrij!'",
    "Jippie, we gaan op schoolreis, zei ze.",
    "Jippie! Eindelijk vakantie.",
], {"Ben": "[medeleerling]"})


GOES += goes("the_pet_form_addressed_or_talked_about_goes", KNOWN, [
    ("'jippie kom je spelen?' appte Lotte.", "'[medeleerling] kom je spelen?' appte [leerling]."),
    ("Jippie, kom je ook naar het veld?", "[medeleerling], kom je ook naar het veld?"),
    ("Lotte speelt vaak met jippie.", "[leerling] speelt vaak met [medeleerling]."),
    ("Jippie zei dat het niet waar was.", "[medeleerling] zei dat het niet waar was."),
])


# -- 4. an apposition after a lone initial says who it is ---------------------------

GOES += goes("an_apposition_that_contradicts_the_role_makes_it_naam", KNOWN, [
    ("K. belde, de tante van Ben.", "[naam] belde, de tante van [medeleerling]."),
    ("K., de tante van Ben, belde.", "[naam], de tante van [medeleerling], belde."),
    ("S. kwam langs, een buurvrouw.", "[naam] kwam langs, een buurvrouw."),
])


GOES += goes("an_apposition_that_fits_or_a_new_clause_keeps_the_role", KNOWN, [
    ("K. belde, de moeder van Ben.", "[moeder] belde, de moeder van [medeleerling]."),
    ("K. belde, de juf was er niet.", "[moeder] belde, de juf was er niet."),
    ("K. belde op maandag.", "[moeder] belde op maandag."),
    ("Ben vertelt over pietje, een vriend van mama die vaak komt.",
     "[medeleerling] vertelt over [naam], een vriend van mama die vaak komt."),
])


# -- 1a. a Dutch noun opening a quote, spoken to before "je"/"jij" + verb ------------

GOES += goes("a_noun_spoken_to_is_a_name", KNOWN, [
    ("'jojo je bent een loser' stond in de chat.", "'[naam] je bent een loser' stond in de chat."),
    ("'tijger jij bent de beste' schreef hij.", "'[naam] jij bent de beste' schreef hij."),
    ("'spijker kom je vanavond?' appte een jongen.", "'[naam] kom je vanavond?' appte een jongen."),
    ("In de chat: 'bami je moet je mond houden'.", "In de chat: '[naam] je moet je mond houden'."),
])


STAYS += stays("a_word_of_address_an_insult_or_a_verb_stays", KNOWN, [
    "'schat je bent laat' zei mama.",
    "'sukkel je bent dom' riep een jongen.",       # an insult is a fact
    "'lieverd je bent moe' zei oma.",
    "'jongen je bent te laat' zei de meester.",
    "'echt je bent gek' zei ze.",                  # an adverb
    "'nou je bent laat' zei de juf.",              # an interjection
    "'jammer je bent er niet' appte hij.",
    "'kom je morgen?' vroeg ze.",                  # a verb before its subject
    "'weet je wat hij zei?' vroeg ze.",
    "'loser je kan niks' stond er.",
    "'dikzak je bent te zwaar' riepen ze.",
])


# -- 1d. a noun closing a phrase after a title, where no object is missing -------------

GOES += goes("a_noun_after_a_title_closing_a_phrase_without_an_object_slot", KNOWN, [
    ("Ze is bang voor ome snor.", "Ze is bang voor ome [naam]."),
    ("Hij logeert vaak bij ome snor.", "Hij logeert vaak bij ome [naam]."),
    ("Ze woont nu bij tante vos.", "Ze woont nu bij tante [naam]."),
    ("Hij is boos op oom tank.", "Hij is boos op oom [naam]."),
])


STAYS += stays("an_object_or_a_predicate_after_a_title_stays", KNOWN, [
    "Ze kreeg van tante snoep.",
    "Hij was bij oma ziek.",
    "Ze haalde bij opa hout.",
    "Hij speelt bij tante kaarten.",
    "Ze is bij oma boos.",
    "Hij logeert bij oma thuis.",
])


# -- 1c. nicknames of two words ------------------------------------------------------

GOES += goes("two_word_nicknames", KNOWN, [
    ("Hij werd door big mike geslagen.", "Hij werd door [naam] geslagen."),
    ("Haar vriend big mike schreeuwt vaak.", "Haar vriend [naam] schreeuwt vaak."),
    ("Volgens lil kev was het een grap.", "Volgens [naam] was het een grap."),
    ("teun de tank slaat hem op het plein.", "[naam] slaat hem op het plein."),
    ("Hij is bang voor teun de tank.", "Hij is bang voor [naam]."),
    ("Hij zegt dat Teun de Tank hem slaat.", "Hij zegt dat [naam] hem slaat."),
])


STAYS += stays("ordinary_words_beside_them_stay", KNOWN, [
    "Het was voor hem een big deal.",
    "Toen vulde hij de tank.",
    "Hij gaf de bal aan de jongen.",
])


GOES += goes("an_object_after_a_name_stays", KNOWN, [
    ("Ze gaf teun de bal.", "Ze gaf [naam] de bal."),
    ("Hij kreeg van teun de bal.", "Hij kreeg van [naam] de bal."),
    ("Hij zegt dat teun de tank vult.", "Hij zegt dat [naam] de tank vult."),
])


# -- 1b. pet forms that are no plain cut of the known given name ---------------------

PETS = [KnownName("Wiktoria Nowak", "leerling", "Wiktoria", "", "Nowak"),
        KnownName("Bohdan Kovalenko", "medeleerling", "Bohdan", "", "Kovalenko"),
        KnownName("Ion Popescu", "medeleerling", "Ion", "", "Popescu"),
        KnownName("Ioana Popescu", "zus", "Ioana", "", "Popescu"),
        KnownName("Mihai Ionescu", "medeleerling", "Mihai", "", "Ionescu"),
        KnownName("Ka Ming Chan", "medeleerling", "Ka Ming", "", "Chan"),
        KnownName("Natalia Kowalska", "medeleerling", "Natalia", "", "Kowalska")]


GOES += goes("pet_forms_of_known_names", PETS, [
    ("Ze speelt vaak met wiki en nati.", "Ze speelt vaak met [leerling] en [medeleerling]."),
    ("bodia zei dat hij bang was.", "[medeleerling] zei dat hij bang was."),
    ("Ze appte met bodya.", "Ze appte met [medeleerling]."),
    ("ionut zit naast ioanica.", "[medeleerling] zit naast [zus]."),
    ("Mihaita kwam huilend binnen.", "[medeleerling] kwam huilend binnen."),
    ("Ah Ming kwam te laat; moeder noemt hem mingming.",
     "[medeleerling] kwam te laat; moeder noemt hem [medeleerling]."),
    ("Ze zegt dat a-ming haar sloeg en ming jai lachte.",
     "Ze zegt dat [medeleerling] haar sloeg en [medeleerling] lachte."),
])


STAYS += stays("words_that_start_like_them_stay", PETS, [
    "Ze zocht het op in een wiki.",
    "Hij at een kiwi en een mango.",
    "Ah, nu snapt ze het. Aha, zei de juf.",
    "Ze vond het een mini-feestje.",
    "Hij heeft een bodywarmer aan.",
])


# -- session 31, from the kinds of miss on a new corpus's dev split (own sentences) ------

OWN = [KnownName("Daan Smit", "leerling", "Daan", "", "Smit"),
       KnownName("Olivier Smit", "broer", "Olivier", "", "Smit"),
       KnownName("Wil Meijer", "oma"),
       KnownName("Jeroen Vos", "klasgenoot", "Jeroen", "", "Vos")]


GOES += goes("nicknames_by_grammar_s31", OWN, [
    # a nickname found once goes after "dat" as a conjunction too
    ("Ze noemen hem sproetje. Daan vertelde dat sproetje zijn fiets pakte.",
     "Ze noemen hem [naam]. [leerling] vertelde dat [naam] zijn fiets pakte."),
    # an apposition with "het" or a possessive says a bare word is a person
    ("pluisje, het nichtje van de buurvrouw, keek toe.",
     "[naam], het nichtje van de buurvrouw, keek toe."),
    ("Hij speelt met flapoor, haar neefje van school.",
     "Hij speelt met [naam], haar neefje van school."),
    # "heet" with an adverbial or an inverted subject between
    ("Moeders vriend heet volgens Daan tonijn. Tonijn slaapt er vaak.",
     "Moeders vriend heet volgens [leerling] [naam]. [naam] slaapt er vaak."),
    ("Op de club heet ze pluis, zegt Daan.", "Op de club heet ze [naam], zegt [leerling]."),
    # the name right after "heet" is the one given: the rest of the clause stays
    ("De huisbaas heet Tomasz Jabłoński volgens moeder.",
     "De huisbaas heet [naam] volgens moeder."),
    ("Bij opa heet hij snoepie bij iedereen.", "Bij opa heet hij [naam] bij iedereen."),
    # a calling verb, its object, adverbs and maybe "de", then the name closing the clause
    ("Zijn zus noemt hem thuis de beer.", "Zijn zus noemt hem thuis de [naam]."),
    ("De jongens noemen haar sinds de zomer ook spriet.",
     "De jongens noemen haar sinds de zomer ook [naam]."),
    # a word spoken to opening a sentence before a comma and an imperative
    ("spekkie, kom eens hier, riep de man tegen Daan.",
     "[naam], kom eens hier, riep de man tegen [leerling]."),
    ("'vlindertje, kom even hier,' zei de juf.", "'[naam], kom even hier,' zei de juf."),
    # a chat label after " / " opens a message
    ("Uit de groepsapp: Jeroen: 'hoi' / dikke zegt 'ok' / jer stuurde een foto.",
     "Uit de groepsapp: [klasgenoot]: 'hoi' / [naam] zegt 'ok' / [klasgenoot] stuurde een "
     "foto."),
    # a bracket that says a word is a person
    ("Hij gamet met draak (een speler uit Almere).",
     "Hij gamet met [naam] (een speler uit Almere)."),
    # a bare diminutive as the subject of a clause after "dat": Dutch gives a noun there
    # its article, a name none
    ("Daan vertelde dat kruimeltje zijn jas had verstopt.",
     "[leerling] vertelde dat [naam] zijn jas had verstopt."),
    ("Ze zegt dat snoetje altijd meedoet, omdat bolletje het wil.",
     "Ze zegt dat [naam] altijd meedoet, omdat [naam] het wil."),
    ("Ze appte met vlinder (een meisje uit groep 6).",
     "Ze appte met [naam] (een meisje uit groep 6)."),
    ("de tijger (iemand van voetbal) stuurde een bericht; tijger lachte.",
     "de [naam] (iemand van voetbal) stuurde een bericht; [naam] lachte."),
    # an ordinary word with a capital after a person and a comma, before a name
    ("De andere oma, Riek Kalsbeek, heeft geen contact.",
     "De andere oma, [naam], heeft geen contact."),
    ("Ze logeert bij tante Riek Kalsbeek.", "Ze logeert bij tante [naam]."),
])


STAYS += stays("ordinary_dutch_of_the_same_shapes_stays_s31", OWN, [
    "Het boek, het mooiste van de kast, ligt op tafel.",
    "Thuis, het huis van oma, is het rustig.",
    "Het spel heet volgens de juf tikkertje.",
    "Hoe heet ze eigenlijk?",
    "Hoe heet ze bij jullie?",
    "Het spel heet bij ons tikkertje.",
    "Dat heet bij ons samenwerken.",
    "Ze noemen hem thuis lief.",
    "Ze noemen hem altijd een loser.",
    "Ze noemen het op school pesten.",
    "Ze noemen hem daarom de beste.",
    "'jongen, kom eens hier,' riep de meester.",
    "'schat, ga maar zitten,' zei mama.",
    "Nou, kom maar op.",
    "Goed, ga maar zitten.",
    "Ze las over de vlinder (een insect) en de bij.",
    "De juf (een vrouw van 40) was er niet.",
    "Op de foto: de pester (een jongen uit groep 8) en de eigenaar (een vader).",
    "Hij kreeg een boek (een cadeau van oma).",
    "De ouder / verzorger belt de school.",
    "Gezinssamenstelling: moeder, vader, zus (8 jaar).",
    "Ze zei dat zusje ziek was.",
    "Hij zei dat meisje zijn pet had.",
    "Ze vertelde dat stukje tekst niet klopte.",
    "Hij zei dat huisje van oma verkocht is.",
    "Ze vindt dat eitje lekker.",
    "Thuis: hond, kat en konijn.",
    "Zijn broer ziet dat huis niet zitten.",
], {"Kalsbeek": "[naam]"})


GOES += goes("another_person_with_a_known_name_gets_no_role", OWN, [
    ("Broer Olivier vertelde het. Een andere Olivier uit groep 8 was er niet bij.",
     "Broer [broer] vertelde het. Een andere [naam] uit groep 8 was er niet bij."),
    ("Ze speelt met de andere Olivier.", "Ze speelt met de andere [naam]."),
])


# -- more places where Dutch needs an article before a common noun -------------------

GOES += goes("bare_nouns_where_an_article_is_needed", OWN, [
    # a bare diminutive: subject opening a sentence, after a preposition, after "zei"
    ("Volgens kruimeltje was het een grap.", "Volgens [naam] was het een grap."),
    ("Hij speelt vaak bij kruimeltje.", "Hij speelt vaak bij [naam]."),
    ("Op het plein zei kruimeltje dat hij weg moest.",
     "Op het plein zei [naam] dat hij weg moest."),
    # a noun spoken to closing a question or an exclamation, or after a greeting
    ("'kom je ook, tijger?' appte iemand.", "'kom je ook, [naam]?' appte iemand."),
    ("'hoi tijger, kom je?' appte iemand.", "'hoi [naam], kom je?' appte iemand."),
    # a chat label before a colon and a quote
    ("Uit de chat: kruimel: 'ik kom eraan'", "Uit de chat: [naam]: 'ik kom eraan'"),
    # the subject after the finite verb of an inverted main clause, before its object
    ("Tijdens de pauze pestte spijker hem weer.", "Tijdens de pauze pestte [naam] hem weer."),
])


STAYS += stays("nouns_with_a_reason_to_be_bare_stay", OWN, [
    "Beetje bij beetje gaat het beter.",
    "Hij deed het met plezier en met geduld.",
    "Ze kwam met mondjesmaat.",
    "'kom je ook, schat?' vroeg oma.",
    "'ga weg, sukkel!' riep een jongen.",
    "'hoi juf, mag ik naar de wc?'",
    "'hee jongen, alles goed?'",
    "juf: 'ga zitten'",
    "Toen belde school haar op.",
    "Daarna viel regen op het dak.",
    "Gisteren gaf juf hem een sticker.",
    "Toen sloeg vader hem.",
    "Hij noemt haar altijd zijn kleine prinses.",
    "Ze zei stukje bij beetje wat er was.",
    "Ze ging met vakantie en met familie naar therapie.",
    "Hij kwam met politie, zei oma.",
    "Toen pakte hij hem het boekje af.",
    "Filmpje stond op de site van de club.",
    "Ze schrijft het zonder streepje en kwam met briefje.",
    "Ze logeert bij opa, zij noemt hem dziadzio.",
])


# -- irregular pet forms of registered given names (pet_names.py) ----------------------

IRREGULAR = [KnownName("Katarzyna Wiśniewska", "leerling", "Katarzyna", "", "Wiśniewska"),
             KnownName("Oleksandr Bondarenko", "medeleerling", "Oleksandr", "", "Bondarenko"),
             KnownName("Cornelis de Graaf", "vader"),
             KnownName("Constantijn Mulder", "broer", "Constantijn", "", "Mulder"),
             KnownName("Małgorzata Nowak", "moeder"),
             KnownName("Antonius Bakker", "opa")]


GOES += goes("irregular_pet_forms_of_known_names", IRREGULAR, [
    # a pet form is a given name of its own (maybe someone else): no role
    ("In de app: 'kasia kom je?' en sasha lachte.",
     "In de app: '[naam] kom je?' en [naam] lachte."),
    ("Volgens stijn was het een ongeluk.", "Volgens [naam] was het een ongeluk."),
    ("Ik zag gosia en kasia gisteren bij de deur.",
     "Ik zag [naam] en [naam] gisteren bij de deur."),
])


STAYS += stays("words_like_pet_forms_stay", IRREGULAR, [
    "Hij at een kees-broodje en zag een kaas.",
    "Ze hoorde de toon van de juf en de kees van de kaasboer.",
])


test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)
