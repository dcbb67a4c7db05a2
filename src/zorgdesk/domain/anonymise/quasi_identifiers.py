"""Quasi-identifiers: descriptions that are no name but still point at one child.

"de enige Syrische jongen in groep 3b", "zoon van de slager op het dorpsplein", "speelt
bij VV Oranje Nassau", "moeder werkt als wethouder": each alone may identify a family
in a small place. They are facts, so nothing here is removed automatically; the preview
flags them for the IB, who decides (one click removes the phrase).

Each flag covers the describing phrase up to the end of its clause (a comma, semicolon,
full stop or line end), with a Dutch reason. Offsets are in the text given (the
anonymised preview text). Pure stdlib; the word lists are short and kept here, as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zorgdesk.domain.anonymise.vocatives import INSULTS

__all__ = ["QuasiFlag", "quasi_identifiers"]


@dataclass(frozen=True)
class QuasiFlag:
    start: int
    end: int
    reason: str   # Dutch, shown to the IB


_NATIONALITIES = (
    "syrische|turkse|marokkaanse|poolse|eritrese|afghaanse|somalische|oekra[iï]ense|"
    "surinaamse|antilliaanse|arubaanse|curaçaose|curacaose|chinese|vietnamese|iraakse|"
    "iraanse|bulgaarse|roemeense|hongaarse|ghanese|nigeriaanse|indiase|pakistaanse|"
    "koerdische|armeense|russische|litouwse|letse|portugese|spaanse|italiaanse|griekse|"
    "braziliaanse|kaapverdische|molukse|jemenitische|soedanese|ethiopische|congolese|"
    "egyptische|libische|tunesische|algerijnse|filipijnse|thaise|indonesische|japanse|"
    "koreaanse|amerikaanse|engelse|britse|duitse|belgische|franse|roma|sinti|joodse|"
    "islamitische|hindoestaanse|creoolse|javaanse|afrikaanse|aziatische|arabische|"
    "tsjechische|slowaakse|kroatische|servische|bosnische|albanese|macedonische|"
    "oekraiense|wit-russische|georgische|tamil|nepalese|bengaalse|sri-lankaanse|"
    "colombiaanse|venezolaanse|dominicaanse|chileense|peruaanse|mexicaanse|canadese|"
    "australische|zuid-afrikaanse|keniaanse|ugandese|sierra-leoonse|guinese|"
    "kameroense|angolese|mozambikaanse|zimbabwaanse|rwandese|burundese|libanese|"
    "jordaanse|palestijnse|israëlische|israelische|saoedische|koeweitse|emiraatse|"
    "bengalese|birmese|cambodjaanse|mongoolse|tibetaanse|oeigoerse|kazachse|"
    "oezbeekse|tadzjiekse|tsjetsjeense|dagestaanse|azerbeidzjaanse|turkmeense|"
    "friese|groningse|zeeuwse|limburgse|brabantse|twentse|drentse|vlaamse|waalse")
_ORIGIN_NOUNS = (r"vluchteling\w*|statushouder\w*|asielzoeker\w*|nieuwkomer\w*|"
                 r"azc|afkomst|achtergrond|nationaliteit")
# Public offices: one or two people hold them in a town, so the office alone points.
_OFFICES = (
    "wethouder|burgemeester|gemeenteraadslid|raadslid|kamerlid|minister|dominee|predikant|"
    "pastoor|imam|rabbijn|priester|huisarts|tandarts|dierenarts|notaris|rechter|wijkagent|"
    "burgervader|koster|ouderling|diaken|voorganger|pastor|muezzin|schooldirecteur|"
    "bekende|presentator|zanger|zangeres|profvoetballer")
# Trades many parents have ("vader is bakker" is a plain fact): they point only as THE one
# ("de slager"), or with what they run or lead ("eigenaar van ...", "trainer bij ...").
_TRADES = (
    "advocaat|politieagent|agent|brandweerman|directeur|bakker|slager|kapper|apotheker|"
    "eigenaar|uitbater|boer|boerin|visser|schipper|voorzitter|trainer|coach|voetballer|"
    "kunstenaar|schrijver|schrijfster|journalist|ondernemer|garagehouder|cafébaas|"
    "cafehouder|kroegbaas|snackbarhouder|marktkoopman")
_BUSINESSES = (
    "toko|slagerij|bakkerij|snackbar|cafetaria|caf[eé]|kroeg|garage|boerderij|camping|"
    "supermarkt|winkel|kapsalon|apotheek|pizzeria|restaurant|shoarmazaak|friettent|"
    "avondwinkel|belwinkel|tankstation|manege|zorgboerderij|hotel|pension|bloemenzaak|"
    "fietsenwinkel|viskraam|kraam|bedrijf|zaak")
_LANDMARKS = (
    "moskee|kerk|synagoge|tempel|gurdwara|mandir|molen|dorpsplein|markt|kerkplein|haven|"
    "station|brug|sluis|vuurtoren|kazerne|gevangenis|azc|dorpshuis|buurthuis|gemeentehuis|"
    "stadhuis|sporthal|zwembad|voetbalveld|begraafplaats|kerktoren|dijk|veerpont|pont")
_CLUBS = (
    r"voetbalclub|voetbalvereniging|hockeyclub|korfbalclub|korfbalvereniging|tennisclub|"
    r"zwemclub|zwemvereniging|turnvereniging|gymvereniging|judoclub|judoschool|"
    r"sportclub|sportvereniging|dansschool|balletschool|muziekschool|muziekvereniging|"
    r"harmonie|fanfare|drumband|koor|kerkkoor|scouting|padvinderij|toneelclub|"
    r"toneelvereniging|schaakclub|ijsclub|ijsvereniging|rijvereniging|atletiekvereniging|"
    r"handbalvereniging|basketbalclub|volleybalclub|waterpolo|roeivereniging|zeilclub|"
    r"vereniging|club")
# Nouns after "de/het enige" that are no person (a time, a thing, a way, the household).
_NOT_A_PERSON = (r"keer|wat|manier|reden|moment|dag|avond|ochtend|middag|nacht|week|tijd|"
                 r"ding|dingen|plek|plaats|oplossing|optie|vraag|probleem|zorg|contact|"
                 r"afspraak|signaal|verschil|uitzondering|maaltijd|vak|les|thuis|in\s+huis|"
                 r"(?:in|van|uit)\s+het\s+gezin|van\s+de\s+familie|die\s+(?:belt|komt|thuis)")
# Home languages few families at one school speak ("spreekt alleen Dari"); Dutch, English,
# German and French are taught or common and left out, like the regional Frisian.
_LANGUAGES = (
    r"dari|farsi|perzisch|pasjtoe|pashto|tigrinya|tigrinja|amhaars|somalisch|arabisch|"
    r"berbers|tamazight|turks|koerdisch|kurmanji|sorani|pools|oekra[iï]ens|russisch|"
    r"roemeens|bulgaars|hongaars|litouws|lets|servisch|bosnisch|kroatisch|albanees|"
    r"armeens|georgisch|urdu|hindi|punjabi|bengaals|tamil|chinees|mandarijn|kantonees|"
    r"vietnamees|thai|tagalog|swahili|lingala|twi|yoruba|igbo|papiaments|sranan(?:tongo)?|"
    r"portugees|spaans|italiaans|grieks|hebreeuws|romani|jiddisch")
# Faiths and their visible signs that few families at a Dutch school share.
_FAITHS = (
    r"joods|jood|joodse|jezidi\w*|yezidi\w*|alevitisch\w*|alevie?t\w*|sikh\w*|hindoe\w*|"
    r"boeddhist\w*|jehova\w*|mormo(?:on|onse|nen)|koptisch\w*|kopten|orthodox\w*|"
    r"bahá['’]?í|bahai|keppel\w*|kippa\w*|tulband|boerka|nikab|niqaab|salafist\w*")
# "kanker" before an insult or a group is a curse ("kanker loser", "kanker jood"), no illness.
_CURSED = "|".join(sorted(INSULTS | {"kind", "kinderen", "jood", "joden", "turk", "turken",
                                     "marokkaan", "lelijk", "lelijke", "vies", "stom", "dom",
                                     "school", "leraar", "juf", "meester", "hoer", "lijer"}))
# Illnesses and conditions that one or two children of a school have, and everyone knows.
_RARE_CONDITIONS = (
    rf"leukemie|kanker(?!\s+(?:{_CURSED})\b)|tumor|hersentumor|chemo\w*|bestraling|dialyse|transplantatie|"
    r"donornier|taaislijmziekte|cystic\s+fibrosis|duchenne|spierziekte|spierdystrofie|"
    r"hemofilie|sikkelcel\w*|hartafwijking|hartoperatie|open\s+hartoperatie|epilepsie|"
    r"diabetes\s+type\s+1|type\s+1\s+diabetes|insulinepomp|amputatie|geamputeerd|"
    r"dwarslaesie|spina\s+bifida|open\s+rug|hydrocephalus|waterhoofd|"
    r"cochleair\s+implantaat|ALS|PKU|zeldzame\s+(?:ziekte|aandoening|stofwisselingsziekte)")
# A word of time between the verb and the office ("was jarenlang burgemeester").
_WHEN = (r"(?:(?:jarenlang|lang|vroeger|al\s+jaren|sinds\s+kort|nu|ook|hier|daar|toen|"
         r"inmiddels|zelf)\s+)?")
_CLAUSE_END = r"(?=[,;:.!?()\n]|\s+(?:en|maar|want|omdat|terwijl|sinds|dus)\s|$)"
_PHRASE = r"[^,;:.!?()\n]*?"

_RULES: list[tuple[re.Pattern, str]] = [
    # "de enige ..." singles out one person, unless what follows is a thing, a time or the
    # household ("het enige wat hij at", "de enige keer", "als enige thuis"): those say
    # nothing about who the child is, and IB notes use them all the time.
    (re.compile(rf"(?i)\b(?:de|het|als)\s+enige\b(?!\s+(?:{_NOT_A_PERSON})\b){_PHRASE}"
                rf"{_CLAUSE_END}"),
     "'de enige ...' beschrijft één kind"),
    (re.compile(rf"(?i)\b(?:één|een|1)\s+van\s+(?:de|een)\s+(?:tweeling|drieling|vierling)"
                rf"{_PHRASE}{_CLAUSE_END}|\b(?:tweeling|drieling|vierling)\w*{_PHRASE}"
                rf"{_CLAUSE_END}"),
     "een tweeling of drieling valt op"),
    (re.compile(rf"(?i)\b(?:{_NATIONALITIES})\b{_PHRASE}{_CLAUSE_END}"),
     "afkomst of nationaliteit, samen met groep of school herkenbaar"),
    (re.compile(rf"(?i)\b(?:{_ORIGIN_NOUNS})\b{_PHRASE}{_CLAUSE_END}"),
     "afkomst of verblijfsstatus is herkenbaar"),
    (re.compile(rf"(?i)\b(?:zoon|zoontje|dochter|dochtertje|kind|kindje|kleinzoon|"
                rf"kleindochter|kleinkind|neef|nicht|neefje|nichtje|broer|zus)\s+van\s+"
                rf"(?:de|het)\s+\w+{_PHRASE}{_CLAUSE_END}"),
     "het beroep of de zaak van de ouders wijst het gezin aan"),
    # A time word may stand between the verb and the office, and a former office points at
    # the family as well ("opa was jarenlang burgemeester", "vader is oud-wethouder").
    (re.compile(rf"(?i)\b(?:werkt|werken|werkte|is|zijn|was|waren)\s+{_WHEN}"
                rf"(?:als\s+|bij\s+de\s+gemeente\s+als\s+|de\s+|het\s+|een\s+bekende\s+|"
                rf"bekend\s+als\s+)?(?:oud-|ex-|voormalig\s+)?"
                rf"(?:{_OFFICES})\b{_PHRASE}{_CLAUSE_END}"),
     "een herkenbaar beroep van een ouder"),
    (re.compile(rf"(?i)\b(?:werkt|werken|werkte|is|zijn|was|waren)\s+{_WHEN}(?:(?:als\s+)?"
                rf"(?:de|het)\s+(?:{_TRADES})\b|(?:als\s+)?(?:{_TRADES})\s+(?:van|bij)\s+)"
                rf"{_PHRASE}{_CLAUSE_END}"),
     "een herkenbaar beroep van een ouder"),
    (re.compile(rf"(?i)\b(?:heeft|hebben|runt|runnen|heeft\s+een|van)\s+(?:de|het|een)\s+"
                rf"(?:{_BUSINESSES})\b{_PHRASE}{_CLAUSE_END}"),
     "een zaak van de familie wijst het gezin aan"),
    (re.compile(rf"(?i)\b(?:naast|tegenover|achter|boven|bij|op)\s+(?:de|het)\s+"
                rf"(?:{_LANDMARKS})\b{_PHRASE}{_CLAUSE_END}"),
     "een herkenbare plek in de buurt"),
    # A sport or hobby alone is ordinary ("zit op zwemles", "speelt bij een vriendje"); the
    # club is named (a capital, or a tag where the anonymiser removed the name) that points.
    (re.compile(rf"(?i)\b(?:speelt|spelen|zit|zitten|traint|trainen|turnt|zwemt|danst|is\s+lid|"
                rf"voetbalt|hockeyt|korfbalt|judoot|tennist|zingt|sport)"
                rf"\s+(?:bij|op|van)\b(?=[^,;:.!?()\n]*?(?:(?-i:\b[A-Z])|\[|\b(?:{_CLUBS})\b))"
                rf"{_PHRASE}{_CLAUSE_END}"),
     "een club of vereniging wijst het kind aan"),
    (re.compile(rf"(?i)\b(?:{_CLUBS})\b{_PHRASE}{_CLAUSE_END}|\b(?:v\.?v\.?|s\.?v\.?|"
                rf"h\.?c\.?|k\.?v\.?|c\.?s\.?v\.?)\s+[A-Z]\w+{_PHRASE}{_CLAUSE_END}"),
     "een club of vereniging wijst het kind aan"),
    (re.compile(rf"(?i)\b(?:woont|wonen|woonde|verhuisd|verhuisde|komt|komen)\s+"
                rf"(?:in|op|uit|naar|aan)\s+(?:het\s+dorp\s+|de\s+wijk\s+|de\s+buurt\s+)?"
                rf"(?-i:[A-Z\[]){_PHRASE}{_CLAUSE_END}"),
     "een woonplaats, dorp of wijk"),
    (re.compile(rf"(?i)\b(?:in|uit)\s+(?:het\s+dorp|de\s+wijk|de\s+buurtschap|het\s+gehucht)"
                rf"{_PHRASE}{_CLAUSE_END}"),
     "een dorp of wijk"),
    # "woont met zijn vader op de woonboot": who the child lives with may stand between.
    (re.compile(rf"(?i)\b(?:woont|wonen|woonde|slaapt|verblijft|verblijven)(?:\s+(?!op\b|in\b|"
                rf"bij\b)\w+){{0,5}}\s+(?:op|in|bij)\s+"
                rf"(?:(?:de|het|een)\s+)?(?:camping|boerderij|woonboot|woonwagen\w*|azc|"
                rf"noodopvang|opvang|vrouwenopvang|blijf-van-mijn-lijfhuis|caravan|"
                rf"pleeggezin|gezinshuis|instelling|hotel|pension|kerk|moskee)\b{_PHRASE}"
                rf"{_CLAUSE_END}"),
     "een herkenbare woonsituatie"),
    (re.compile(rf"(?i)\b(?:stond|stonden|kwam|kwamen|was|waren)\s+(?:in\s+de\s+krant|op\s+"
                rf"(?:tv|televisie|het\s+nieuws))\b{_PHRASE}{_CLAUSE_END}"),
     "in het nieuws geweest"),
    (re.compile(rf"(?i)\b(?:in\s+de\s+krant|op\s+(?:tv|televisie)|in\s+het\s+nieuws|"
                rf"met\s+foto\s+in|deed\s+mee\s+aan|uitzending|finalist\w*|"
                rf"kampioen\w*|winnaar|winnares|won\s+(?:(?:in\s+\d{{4}}|vorig\s+jaar|dit\s+jaar|vorige\s+\w+|afgelopen\s+\w+)\s+)?(?:de|het|een))"
                rf"{_PHRASE}{_CLAUSE_END}"),
     "bekend uit het nieuws, de tv of een wedstrijd"),
    # The oldest of two or three is every other child; of five or more, a family one knows.
    (re.compile(rf"(?i)\b(?:de|het)\s+(?:jongste|oudste|enige|middelste)\s+van\s+(?:[5-9]|"
                rf"1\d|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b{_PHRASE}"
                rf"{_CLAUSE_END}|\b(?:gezin|familie|moeder|vader|ouders)\s+(?:met|van|heeft|"
                rf"hebben|had|telt)\s+(?:[6-9]|[1-9]\d|zes|zeven|acht|negen|tien|elf|twaalf|dertien|"
                rf"veertien)\s+kinderen{_PHRASE}{_CLAUSE_END}"),
     "een opvallend gezin"),
    (re.compile(rf"(?i)\b(?:moeder|vader|ouder|mama|papa|stiefvader|stiefmoeder|oma|opa|"
                rf"tante|oom)\b[^,;.]{{0,40}}?\b(?:is|werkt|was)\s+(?:de\s+|hier\s+|"
                rf"als\s+)?(?:juf|meester|leerkracht|conciërge|concierge|directeur|"
                rf"ib'er|intern\s+begeleider|overblijfmoeder)\b{_PHRASE}{_CLAUSE_END}"),
     "een ouder werkt op school"),
    # Cleaning or office work is an ordinary job; it points only when it is at this school.
    (re.compile(rf"(?i)\b(?:moeder|vader|ouder|mama|papa|stiefvader|stiefmoeder|oma|opa|"
                rf"tante|oom)\b[^,;.]{{0,40}}?\b(?:is|werkt|was)\s+(?:als\s+)?(?:tso|"
                rf"invaller|stagiair\w*|schoonmaker|schoonmaakster|administratie\w*)\b"
                rf"(?=[^,;.]{{0,25}}?\b(?:op|bij|van)\s+(?:school|ons|onze)\b){_PHRASE}"
                rf"{_CLAUSE_END}"),
     "een ouder werkt op school"),
    (re.compile(rf"(?i)\b(?:zit|zat|zitten)\s+in\s+(?:de|het)\s+(?:gemeenteraad|raad|"
                rf"kerkenraad|moskeebestuur|bestuur|medezeggenschapsraad|mr|ouderraad|"
                rf"dorpsraad|wijkraad|provinciale\s+staten|tweede\s+kamer|parlement)\b"
                rf"{_PHRASE}{_CLAUSE_END}"),
     "een publieke functie van een ouder"),
    (re.compile(rf"(?i)\b(?:woningbrand|brand|ongeluk|aanrijding|overstroming|explosie|"
                rf"schietpartij|steekpartij|inbraak|ontvoering)\b{_PHRASE}"
                rf"(?:krant|nieuws|tv|dorp|wijk|straat)\b{_PHRASE}{_CLAUSE_END}"),
     "een gebeurtenis die iedereen in de buurt kent"),
    # Speaking a language few families at school speak: "spreekt alleen Dari", "thuistaal
    # is Tigrinya". Only after a word of speaking, so "tolk Frans" or "Turkse les" stay.
    # Many children speak Arabic or Turkish at home ("spreekt Arabisch" is ordinary): it
    # points only as the one language ("alleen", "geen Nederlands") or within a group.
    (re.compile(rf"(?i)\b(?:spreekt|spreken|sprak|praat|praten|thuistaal|moedertaal|"
                rf"taal)\b[^,;:.!?()\n]{{0,25}}?\b(?:{_LANGUAGES})\b(?=[^,;:.!?()\n]*?\b"
                rf"(?:groep|klas|school|enige)\b){_PHRASE}{_CLAUSE_END}"
                rf"|\b(?:spreekt|spreken|sprak|praat|praten)\s+(?:alleen|enkel|nog\s+alleen)\s+"
                rf"(?:{_LANGUAGES})\b{_PHRASE}{_CLAUSE_END}"),
     "een taal die weinig gezinnen op school spreken"),
    (re.compile(rf"(?i)\b(?:{_FAITHS})\b{_PHRASE}{_CLAUSE_END}"),
     "een geloof of een teken ervan dat weinig gezinnen delen"),
    # Case kept as written for "ALS": "als" is an everyday word.
    (re.compile(rf"(?i)\b(?:{_RARE_CONDITIONS.replace('ALS|', '(?-i:ALS)|')})\b{_PHRASE}"
                rf"{_CLAUSE_END}"),
     "een zeldzame of ernstige ziekte, die iedereen in de buurt kent"),
    # An event with where it happened is known to the whole street ("de woningbrand aan de
    # [adres]", "het busongeluk in Hollandscheveld"); without a named place it is a fact.
    (re.compile(rf"(?i)\b(?:\w*brand|\w*ongeluk|aanrijding|overval|overstroming|explosie|"
                rf"schietpartij|steekpartij|inbraak|ontvoering|moord|vermissing)\s+(?:in|op|aan|"
                rf"bij)\s+(?:(?:de|het)\s+)?(?:(?-i:[A-Z])|\[(?:plaats|adres|woonplaats|naam)\])"
                rf"{_PHRASE}{_CLAUSE_END}"),
     "een gebeurtenis met de plek waar die gebeurde"),
    # A journey for a harmful practice, with its destination ("naar [naam] gaat om besneden
    # te worden"): the family and the village abroad are named together. "in Nederland" is
    # how the law is explained, no destination.
    (re.compile(rf"(?i)\b(?:naar|in|uit)\s+(?!Nederland\b)(?:(?-i:[A-Z])[\w'’-]+|\[(?:naam|"
                rf"plaats|woonplaats)\])[^,;:.!?()\n]{{0,40}}?\b(?:besne\w+|besnijd\w*|"
                rf"trouwen|uitgehuwelijkt|uithuwelijk\w*|achtergelaten|verloofd)\b{_PHRASE}"
                rf"{_CLAUSE_END}"),
     "een reis voor een besnijdenis of huwelijk, met de plaats"),
    # A site the anonymiser kept as a public institution's ("www.thuisarts.nl"): a trade
    # word and a surname that is a word ("www.kapsalonroos.nl") has the same shape.
    (re.compile(r"(?i)(?<![\w@.])(?:https?://)?(?:www\.)?[a-z0-9-]+\.(?:nl|org|be|eu|nu|info)"
                r"\b(?:/[\w/-]*\w)?"),
     "een website: wijst die naar een persoon, gezin of eigen bedrijf, haal hem dan weg"),
    (re.compile(rf"(?i)\b(?:rolstoel|gebarentaal|doof|dove|blind|blinde|syndroom\s+van\s+\w+|"
                rf"downsyndroom|prothese|sonde|stoma)\b{_PHRASE}{_CLAUSE_END}"),
     "een zichtbare beperking wijst het kind aan"),
]


_PLACE_REASON = ("een plek met een naam (weggehaald): de omschrijving eromheen kan de plek "
                 "nog verraden")
# A removed unknown name right after these is a place: "woont in [naam]", "komt uit [naam]".
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|uit|te|vanuit|nabij|richting)\s+$")


def _removed_places(result) -> list[QuasiFlag]:
    """Every named place the anonymiser removed ("kwekerij Van Gent" -> "[plaats]", "woont
    in [naam]"): the tag stays flagged so the IB weighs what still describes the place."""
    replacements = getattr(result, "replacements", None)
    if not replacements or not hasattr(result, "output_spans"):
        return []
    text = result.text
    out = []
    for r, (start, end) in zip(replacements, result.output_spans(), strict=True):
        if r.kind == "plaats" or (r.kind == "naam" and not r.known
                                  and _PLACE_BEFORE.search(text, max(0, start - 10), start)):
            out.append(QuasiFlag(start, end, _PLACE_REASON))
    return out


def quasi_identifiers(result) -> list[QuasiFlag]:
    """Flags in ``result.text`` (an ``AnonymisedText`` or anything with ``.text``),
    sorted and without overlaps (the widest phrase wins). With an ``AnonymisedText`` also
    every named place it removed."""
    text = result.text if hasattr(result, "text") else str(result)
    found: list[QuasiFlag] = _removed_places(result)
    for pattern, reason in _RULES:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            if text[start:end].strip():
                found.append(QuasiFlag(start, end, reason))
    found.sort(key=lambda f: (f.start, f.start - f.end))
    merged: list[QuasiFlag] = []
    for flag in found:
        if merged and flag.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = QuasiFlag(last.start, max(last.end, flag.end), last.reason)
            continue
        merged.append(flag)
    return merged
