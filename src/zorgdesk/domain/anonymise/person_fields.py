"""Fields that hold people are printed with roles only (issue 16).

The meldcode records with whom the school consulted ("Collegiale consultatie met ..."),
who does what after consulting Veilig Thuis ("Wie doet wat: ...") and through whom help
is given ("Hulp via: ..."). Those fields are
about people by their nature, so an outsider's name there (a wijkteam worker, a
neighbour, a relative's new partner) must not depend on the name detector catching it.
After the normal pipeline (known names already carry their role tag) every word in such
a field that is not a role, an organisation or a word of the sentence around them is
removed as a name. The vocabulary is a closed one: the roles and organisations around a
Dutch primary school and the youth-care chain (``ROLE_WORDS``, plus compounds ending in
a role head: "zorgteam", "gezinscoach", "jeugdverpleegkundige"), so it reaches every
name, known or not, in any spelling.

Two strictness levels, by what the field is:
- "met wie" and "hulp via" are lists of people: only roles, organisations, titles and
  the small words that join them ("de jeugdarts en de leerkracht van groep 5") stay;
- "wie doet wat" is a sentence: lower-case Dutch words stay too ("IB belt moeder"),
  a capitalised word stays only when it is a role or organisation, or an ordinary word
  opening the sentence.

A removal is an ordinary "[naam]" in the preview: the IB sees it and may put a role
back; a known name keeps its role tag.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zorgdesk.domain.anonymise.replacements import TAGS, AnonymisedText, Replacement
from zorgdesk.domain.anonymise.replacements import render as _render

# Roles, organisations and titles around a primary school and the youth-care chain.
ROLE_WORDS = frozenset([
    "leerkracht", "leerkrachten", "juf", "juffrouw", "meester", "collega", "collega's", "docent",
    "groepsleerkracht", "ib", "ib'er", "ib-er", "ib'ers", "intern", "interne", "begeleider",
    "begeleiders", "directeur", "directrice", "directie", "adjunct-directeur", "adjunct",
    "locatieleider", "locatiedirecteur", "bouwcoördinator", "zorgcoördinator",
    "aandachtsfunctionaris", "vertrouwenspersoon", "mentor", "onderwijsassistent", "conciërge",
    "jeugdarts", "jeugdverpleegkundige", "verpleegkundige", "huisarts", "kinderarts", "arts",
    "psycholoog", "orthopedagoog", "pedagoog", "gedragsspecialist", "logopedist",
    "fysiotherapeut", "ergotherapeut", "schoolmaatschappelijk", "maatschappelijk", "werk",
    "werker", "werkster", "sociaal", "sociale", "smw", "smw'er", "veilig", "thuis", "vt",
    "wijkteam", "buurtteam", "jeugdteam", "gebiedsteam", "zorgteam", "ondersteuningsteam",
    "team", "jeugdzorg", "jeugdbescherming", "gezinsvoogd", "voogd", "jeugdhulp", "gemeente",
    "leerplicht", "leerplichtambtenaar", "politie", "wijkagent", "agent", "raad",
    "kinderbescherming", "rvdk", "bso", "tso", "kinderopvang", "peuterspeelzaal", "opvang",
    "samenwerkingsverband", "consulent", "onderwijsconsulent", "ggd", "jgz", "cjg", "mt",
    "gezinscoach", "coach", "casemanager", "regisseur", "hulpverlener", "hulpverlening",
    "dokter", "tandarts", "school", "schoolleiding", "bestuur", "remedial", "teacher", "rt'er",
    "stichting", "ggz", "praktijk", "centrum", "instelling", "kliniek", "ziekenhuis",
    "rt", "ouders", "ouder", "moeder", "vader", "oma", "opa", "voogd", "pleegouders",
    "pleegmoeder", "pleegvader", "mevrouw", "meneer", "mevr", "mw", "dhr", "dr", "drs"])
# Heads of compounds that name a role or an organisation ("gezinscoach", "zorgteam").
_ROLE_HEADS = ("team", "werker", "werk", "arts", "kundige", "begeleider", "coach",
               "consulent", "specialist", "functionaris", "coördinator", "deskundige",
               "therapeut", "pedagoog", "loog", "agent", "ambtenaar", "leider", "medewerker",
               "medewerkers", "docent", "hulp", "zorg", "opvang", "dienst")
# Words for an organisation (not a person): the capitalised words right after one are its
# own name ("Jeugdzorg Karakter", "Stichting Kwadraad", "GGZ Oost Brabant", "praktijk De
# Linde") and stay; after a word for a person ("gezinscoach Vlieger") a name goes.
_ORG_KINDS = frozenset([
    "jeugdzorg", "jeugdhulp", "jeugdbescherming", "stichting", "ggz", "ggd", "jgz", "cjg",
    "wijkteam", "buurtteam", "jeugdteam", "gebiedsteam", "ondersteuningsteam", "zorgteam",
    "kinderopvang", "peuterspeelzaal", "opvang", "bso", "tso", "gemeente",
    "samenwerkingsverband", "praktijk", "centrum", "instelling", "kliniek", "ziekenhuis",
    "hulpverlening"])
_ORG_HEADS = ("zorg", "hulp", "team", "opvang", "praktijk", "centrum", "groep", "stichting",
              "kliniek", "dienst")
_ORG_BEFORE = re.compile(r"(?i)(?<![\w'’-])(?P<kind>[\w'’-]+)[ \t]+(?:(?:De|Het|'t|’t)[ \t]+)?$")
_CAPITAL_ARTICLES = frozenset(["De", "Het", "'t", "’t"])


def is_organisation(word: str) -> bool:
    """A word for an organisation ("Jeugdzorg", "GGZ", "wijkteam", "zorggroep")."""
    lower = word.lower()
    return lower in _ORG_KINDS or (len(lower) > 6 and lower.endswith(_ORG_HEADS))


# Words that join roles in a list of people: "de jeugdarts en de leerkracht van groep 5".
_JOINERS = frozenset([
    "de", "het", "een", "en", "of", "en/of", "met", "van", "der", "den", "voor", "bij", "uit",
    "in", "op", "over", "namens", "samen", "via", "ook", "als", "groep", "klas", "onze", "ons",
    "mijn", "haar", "zijn", "hun", "andere", "nieuwe", "twee", "drie", "vier", "beide", "alle",
    # words of manner and time around a role ("de vorige leerkracht", "(telefonisch)")
    "vorige", "huidige", "toenmalige", "eigen", "vaste", "betrokken", "telefonisch",
    "mondeling", "schriftelijk", "anoniem", "zelf"])

# A number keeps the letters glued to it: "groep 5a", "3e" are no name.
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’/-]*\w)?|\d+[^\W\d_]*")
# The meldcode's own labels (meldcode_facts.py) before a field of people, up to the next
# label of the same line or the line's end.
_FIELD = re.compile(
    r"(?P<label>Collegiale consultatie met|Hulp via:|Wie doet wat:)[ \t]+(?P<who>.*?)"
    r"(?=\s+(?:Advies|Onderbouwing|Vraag|Vervolg|Wie doet wat|Welke hulp|Hulp via):"
    r"|[ \t]*$)", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?]\s+$")

WordTest = Callable[[str], bool]


def is_role(word: str) -> bool:
    """A role, organisation or title ("jeugdarts", "SMW'er", "zorgteam", "GGD")."""
    lower = word.lower().rstrip(".")
    return lower in ROLE_WORDS or (len(lower) > 5 and lower.endswith(_ROLE_HEADS))


def _kept(text: str, field: int, start: int, word: str, sentence: bool,
          is_word: WordTest | None) -> bool:
    if word[0].isdigit() or is_role(word) or (word.lower() in _JOINERS and word.islower()):
        return True
    if not sentence or is_word is None:
        return False  # a list of people: nothing else
    if word.islower():
        return is_word(word)
    opening = start == field or _SENTENCE_END.search(text, max(field, start - 3), start)
    return bool(opening) and is_word(word.lower())


def strict_person_fields(result: AnonymisedText, is_word: WordTest | None = None,
                         within: tuple[int, int] | None = None) -> AnonymisedText:
    """``result`` with every word of a people field that is no role removed as a name
    (offsets on ``result.original``). ``is_word``: the word list's test for ordinary
    Dutch words; without it "wie doet wat" is read as strictly as "met wie". ``within``:
    the part of the text that holds the fields (start, end); an observation elsewhere
    that happens to say "collegiale consultatie met de leerkracht gehad; ..." keeps its
    facts."""
    original, taken = result.original, result.replacements
    added: list[Replacement] = []
    dropped: list[Replacement] = []
    start, end = within or (0, len(original))
    for m in _FIELD.finditer(original, start, end):
        sentence = m.group("label").startswith("Wie")
        run: list[int] = []
        in_field = [r for r in taken if m.start("who") <= r.start < m.end("who")]
        dropped.extend(r for r in in_field if _organisation_name(original, r))
        covered_by = [r for r in taken if r not in dropped]
        organisation = False  # the token before was an organisation or part of its name
        previous_end = m.start("who")
        for t in _TOKEN.finditer(original, m.start("who"), m.end("who")):
            covered = any(r.start < t.end() and t.start() < r.end for r in covered_by)
            gap = original[run[1]:t.start()] if run else ""
            own_name = (organisation and original[previous_end:t.start()] in (" ", "\t")
                        and (t.group()[:1].isupper() or t.group() in _CAPITAL_ARTICLES))
            organisation = not covered and (own_name or is_organisation(t.group()))
            previous_end = t.end()
            if not covered and not own_name and not _kept(
                    original, m.start("who"), t.start(), t.group(), sentence, is_word):
                if run and gap.strip(" ") == "":
                    run[1] = t.end()
                else:
                    _close(original, run, added)
                    run = [t.start(), t.end()]
            else:
                _close(original, run, added)
                run = []
        _close(original, run, added)
    if not added and not dropped:
        return result
    items = sorted([*(r for r in taken if r not in dropped), *added], key=lambda r: r.start)
    return AnonymisedText(_render(original, items), items, original)


def _organisation_name(original: str, r: Replacement) -> bool:
    """A detector's hit (never a known name) that is an organisation's own name after the
    word for its kind, or starts with that word ("praktijk De Linde")."""
    if r.known or r.kind not in ("naam", "plaats"):
        return False
    first = r.original.split()[0] if r.original.split() else ""
    before = _ORG_BEFORE.search(original, max(0, r.start - 40), r.start)
    return is_organisation(first) or bool(before and is_organisation(before.group("kind")))


def _close(original: str, run: list[int], added: list[Replacement]) -> None:
    if run:
        added.append(Replacement(run[0], run[1], original[run[0]:run[1]], TAGS["naam"],
                                 "naam", False))
