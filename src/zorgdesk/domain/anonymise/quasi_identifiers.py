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
_PROFESSIONS = (
    "wethouder|burgemeester|gemeenteraadslid|raadslid|kamerlid|minister|dominee|predikant|"
    "pastoor|imam|rabbijn|priester|huisarts|tandarts|dierenarts|notaris|advocaat|rechter|"
    "politieagent|agent|wijkagent|brandweerman|directeur|schooldirecteur|bakker|slager|"
    "kapper|apotheker|eigenaar|uitbater|boer|boerin|visser|schipper|burgervader|"
    "voorzitter|trainer|coach|bekende|presentator|zanger|zangeres|voetballer|"
    "profvoetballer|kunstenaar|schrijver|schrijfster|journalist|ondernemer|garagehouder|"
    "cafébaas|cafehouder|kroegbaas|snackbarhouder|marktkoopman")
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
_CLAUSE_END = r"(?=[,;:.!?()\n]|\s+(?:en|maar|want|omdat|terwijl|sinds|dus)\s|$)"
_PHRASE = r"[^,;:.!?()\n]*?"

_RULES: list[tuple[re.Pattern, str]] = [
    (re.compile(rf"(?i)\b(?:de|het|als)\s+enige\b{_PHRASE}{_CLAUSE_END}"),
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
    (re.compile(rf"(?i)\b(?:werkt|werken|werkte|is|zijn|was|waren)\s+(?:als\s+|bij\s+de\s+"
                rf"gemeente\s+als\s+|de\s+|het\s+|een\s+bekende\s+|bekend\s+als\s+)?"
                rf"(?:{_PROFESSIONS})\b{_PHRASE}{_CLAUSE_END}"),
     "een herkenbaar beroep van een ouder"),
    (re.compile(rf"(?i)\b(?:heeft|hebben|runt|runnen|heeft\s+een|van)\s+(?:de|het|een)\s+"
                rf"(?:{_BUSINESSES})\b{_PHRASE}{_CLAUSE_END}"),
     "een zaak van de familie wijst het gezin aan"),
    (re.compile(rf"(?i)\b(?:naast|tegenover|achter|boven|bij|op)\s+(?:de|het)\s+"
                rf"(?:{_LANDMARKS})\b{_PHRASE}{_CLAUSE_END}"),
     "een herkenbare plek in de buurt"),
    (re.compile(rf"(?i)\b(?:speelt|spelen|zit|zitten|traint|trainen|turnt|zwemt|danst|is\s+lid|"
                rf"voetbalt|hockeyt|korfbalt|judoot|tennist|zingt|sport)"
                rf"\s+(?:bij|op|van)\b{_PHRASE}{_CLAUSE_END}"),
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
    (re.compile(rf"(?i)\b(?:woont|wonen|woonde|slaapt|verblijft|verblijven)\s+(?:op|in|bij)\s+"
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
    (re.compile(rf"(?i)\b(?:de|het)\s+(?:jongste|oudste|enige|middelste)\s+van\s+(?:\d+|"
                rf"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b{_PHRASE}"
                rf"{_CLAUSE_END}|\b(?:gezin|familie|moeder|vader|ouders)\s+(?:met|van|heeft|"
                rf"hebben|had|telt)\s+(?:[6-9]|[1-9]\d|zes|zeven|acht|negen|tien|elf|twaalf|dertien|"
                rf"veertien)\s+kinderen{_PHRASE}{_CLAUSE_END}"),
     "een opvallend gezin"),
    (re.compile(rf"(?i)\b(?:moeder|vader|ouder|mama|papa|stiefvader|stiefmoeder|oma|opa|"
                rf"tante|oom)\b[^,;.]{{0,40}}?\b(?:is|werkt|was)\s+(?:de\s+|hier\s+|"
                rf"als\s+)?(?:juf|meester|leerkracht|conciërge|concierge|directeur|"
                rf"ib'er|intern\s+begeleider|overblijfmoeder|tso|invaller|stagiair\w*|"
                rf"schoonmaker|schoonmaakster|administratie\w*)\b{_PHRASE}{_CLAUSE_END}"),
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
