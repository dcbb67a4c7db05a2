"""Names and nicknames in chat-like text: the lines of a WhatsApp, Snapchat or game chat
and the quotes an IB copies into the logboek (issue 16, category L).

Children write each other's names in lower case and often as ordinary words ("kapper",
"wortel", "bolletje"), so neither the capital rules nor the word list find them. The
structure of a chat does: some places in it only ever hold the name of a participant.

- the **speaker label** opening a chat line or message, before its colon ("kroket: we
  wachten", "[21:03] jaylo: kom", "12-03 21:03 - tijger: ...", "... / spekkie: ..."):
  a name, unless it is a word for a person ("moeder:", "juf:", "iedereen:"), a pronoun or
  a label of a note ("vraag:", "afspraak:", "huiswerk:");
- the **subject of a chat verb** opening a message, without an article ("wortel zegt
  "ok"", "sloper terug: ...", "kikker stuurde 3 keer ..."), also after a fronted word
  ("toen schreef kapper "haha""): Dutch gives a common noun there its article ("de kapper
  zegt"), so a bare word is a name (pronouns, words for a person or a chat role, "speler
  zei", adverbs before an inverted subject, "echt zegt hij", stay);
- the **addressee** of a message without an article ("schreef aan stoker (een jongen ...)",
  "Snapchat van Daan aan vlinder:", "een bericht van beer aan Daan", "zei in de app tegen
  kapper:"); "aan tafel", "aan iedereen", "aan oma", "tegen pesten" stay;
- a speaker opening a timed line of a phone's export keeps its capital ("[21:03] Kroket:
  kom"); the same word after a time inside a sentence does not ("12.15-12.45. Aanwezig:");
- "naar X doorgestuurd", "kikker heeft het filmpje gedeeld" (a chat participle after
  "heeft"); "naar huis gestuurd", "iemand heeft het gedeeld" stay;
- the sender after "van" and a colon ("Bericht van kroket:"), "tussen kroket en Daan",
  "wie is kroket?";
- a word a **bracket explains as a person** ("de kikker (iemand uit groep 8)", "spin (een
  speler)"); roles and adjectives used as nouns stay ("de dader (iemand ...)", "de nieuwe
  (een jongen ...)");
- the word after a **greeting** opening a message, when it closes the greeting or a
  question to "je" follows ("hoi pinda, waar ben je?", "doei kroepoek!", "hey wortel kom
  je buiten?"), and a **vocative** closing a quote that speaks
  to someone ("kom je buiten, bever?"). Words of address and insults are facts there, not
  names ("hoi schat", "ga weg, loser!", "kom je buiten, sukkel?"), and so are pronouns,
  verbs and question words ("hoi allemaal", "hey jij", "hoi hoe gaat het").

Ordinary words count only near a chat marker (a messaging or game platform, "bericht",
"screenshot", a chat line with its time); outside chats these shapes are a note's labels
("afspraak: ..."). A word found once goes everywhere in the text through the name
detector's consistency pass (``names._spread_lowercase_names``; "de wortel" stays).

A platform glued to a word is no name ("whatsappgroep": the word list has it as a proper
noun). Chat abbreviations and slang ("wtf", "sws", "mss", "bro") are never names (nor an
account after a platform word: 'Snapchat: "hey kom je"'): OpenTaal has
no slang and no maintained offline list of Dutch chat language exists, so they are listed
here (``CHAT_SLANG``), with the words of address and insults that stay as facts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from zorgdesk.domain.anonymise.detectors import FOREIGN_KINSHIP, RELATION_WORDS
from zorgdesk.domain.anonymise.first_chars import compile_fast
from zorgdesk.domain.anonymise.nicknames import adjective_form
from zorgdesk.domain.anonymise.person_nouns import word_for_a_person
from zorgdesk.domain.anonymise.person_slots import (
    ADVERBS,
    CLAUSE_OPENERS,
    DETERMINERS,
    PERSON_HEADS,
    PERSON_PREPOSITIONS,
    PRONOUNS,
    adjective,
    finite_verb,
    long_stem,
    person_compound,
)
from zorgdesk.domain.anonymise.role_fit import is_title_word
from zorgdesk.domain.anonymise.vocatives import INSULTS, insult

__all__ = ["CHAT_SLANG", "NO_SENDER", "chat_names", "chat_context", "user_names"]

Token = tuple[int, int, str]

# A messaging or game platform, a message, a screenshot, or a chat line with its time.
# Not "snapt" (begrijpt), "instabiel" or "instantie": words of every note.
_CHAT_MARKER = re.compile(
    r"(?i)\b(?:\w*app(?:s|je|jes|groep\w*|gesprek\w*|bericht\w*)?|appte|appt|\w*chat\w*|"
    r"snap(?:chat\w*|s|je|jes|streak)?|insta(?:gram\w*|'s)?|tiktok\w*|discord|roblox|"
    r"fortnite|minecraft|teams|telegram|messenger|facebook|parro|twitch|youtube|"
    r"playstation|xbox|sms\w*|dm'?s?|"
    r"pb|\w*bericht\w*|screenshot\w*|story)\b"
    r"|\[\d{1,2}[:.]\d{2}\]|^[ \t]*[\d/.-]*[ \t]*\d{1,2}:\d{2}[ \t]*[-–][ \t]", re.M)
_CONTEXT_BEFORE, _CONTEXT_AFTER = 400, 150


def chat_context(text: str, pos: int) -> bool:
    """A chat marker near ``pos`` (before it, or shortly after: "(Instagram, ...)")."""
    return bool(_CHAT_MARKER.search(text, max(0, pos - _CONTEXT_BEFORE),
                                    min(len(text), pos + _CONTEXT_AFTER)))


# Chat abbreviations, slang and interjections: never a name (no offline slang lexicon
# exists; OpenTaal leaves slang out). Lower case, as children type them.
CHAT_SLANG = frozenset([
    "lol", "lmao", "lmfao", "rofl", "wtf", "omg", "omfg", "idd", "ff", "effe", "mss", "sws",
    "ws", "wss", "iig", "ig", "idk", "ikr", "imo", "btw", "brb", "gg", "ez", "np", "nvm",
    "thx", "tnx", "ty", "pls", "plz", "aub", "svp", "sry", "srry", "hb", "gwn", "kzal",
    "kben", "kga", "kweet", "kwil", "tmoet", "ofzo", "enzo", "wollah", "wallah", "walla",
    "wajo", "bro", "bruh", "broer", "mattie", "matties", "fam", "gap", "gab", "gozer",
    "kech", "sahbi", "habibi", "yalla", "yallah", "inshallah", "mashallah", "haha", "hahaha",
    "hihi",
    "hihihi", "hehe", "xd", "oke", "okee", "okay", "ok", "k", "kk", "jaaa", "neee", "nee",
    "ja", "jaa", "jep", "yep", "nope", "nah", "yes", "yess", "no", "pff", "pfff", "ugh",
    "bah", "boeie", "boeien", "chill", "chillen", "flex", "cringe", "sus", "noob", "gg",
    "rip", "bff", "xoxo", "xx", "xxx", "hmm", "hm", "huh", "eh", "uh", "oh", "ah", "wow",
    "yo", "ey", "bye", "doei", "hoi", "hey", "hee", "hallo", "hai", "hi", "hello", "dag",
    "doeg", "ciao", "tot", "tgl", "tzt", "tty", "sowieso", "echt", "serieus", "swa", "ewa",
    "wahed", "skeer", "fissa", "faka", "wyd", "hru", "stfu"])
# Chat abbreviations: taken for a name elsewhere ("hey man wtf"), they are unmarked. A
# slang word of letters ("wollah") may be what someone is called ("noemde hem 'wollah'").
_ABBREVIATIONS = frozenset([
    "lol", "lmao", "lmfao", "rofl", "wtf", "omg", "omfg", "idd", "ff", "mss", "sws", "ws",
    "wss", "iig", "idk", "ikr", "imo", "btw", "brb", "gg", "np", "nvm", "thx", "tnx", "pls",
    "plz", "sry", "srry", "gwn", "xd", "tgl", "tzt", "tty", "wyd", "hru", "stfu", "bff",
    "xoxo", "kzal", "kben", "kga"])
# Words for a person and forms of address: who someone is, never a name in any chat place
# ("jongen: ...", "hoi juf", "aan de meester").
_ADDRESS = frozenset([
    "meid", "meiden", "meisje", "meisjes", "jongen", "jongens", "jochie", "joch", "kind",
    "kinderen", "kerel", "vent", "man", "gast", "gasten", "maat", "maatje", "makker",
    "vriend", "vriendje", "vriendin", "vrienden", "dude", "dame", "dames", "heren", "mensen",
    "kids", "allemaal", "allen", "iedereen", "team", "klas", "groep", "knul", "sis",
    "buurman", "buurvrouw", "meneer", "mevrouw", "mijnheer", "collega", "juf", "juffrouw",
    "meester", "leraar", "lerares", "coach", "trainer", "dokter"])
# Words that open a message after a greeting and name no one: discourse words, wishes,
# imperatives ("hey sorry ben je boos", "hoi welkom", "hey stop je moet stoppen").
_DISCOURSE = frozenset([
    "sorry", "sorrie", "nou", "echt", "serieus", "kijk", "zeg", "hoor", "joh", "top", "mooi",
    "goed", "prima", "super", "gaaf", "vet", "klopt", "jammer", "helaas", "wacht", "luister",
    "kom", "ga", "zie", "hou", "help", "let", "blijf", "doe", "geef", "pak", "ren", "loop",
    "stuur", "bel", "app", "check", "lees", "stop", "dank", "bedankt", "welkom", "gezellig",
    "gefeliciteerd", "proficiat", "succes", "sterkte", "beterschap", "welterusten",
    "trouwens", "eindelijk", "eerlijk", "alsjeblieft", "alstublieft", "graag", "oeps", "jeetje",
    "gatver", "bah", "wauw", "nee", "ja", "jawel", "tja", "och", "oh", "hallo", "daar",
    "hier"])
# Endearments, pet words and words for a person that a groomer or a bully writes to a
# child ("hoi prinsesje", "hoi schat", "doei pedo", "hoi buurjongen"): what was said when
# spoken to, a fact. Only the greeting and the vocative consult them: in a place that holds
# the name of who wrote ("snoepje schreef aan Daan", "prinses: "..."") the same word is
# what a participant is called.
_PET_WORDS = frozenset([
    "schat", "schatje", "schatten", "schattebout", "lieverd", "lieverds", "liefje", "lief",
    "liefie", "lieffie", "snoes", "engel", "kanjer", "held", "topper", "kampioen", "baby",
    "babe", "habiba", "prinses", "prinsesje", "mop", "mopje", "moppie", "pop", "popje",
    "poppetje", "poppie", "muis", "muisje", "snoepje", "suikertje", "honnepon", "hunnie",
    "honey", "sweetie", "cutie", "darling", "bae", "lieveling", "liefste", "mooiste",
    "schoonheid", "knapperd", "lekker", "lekkerding", "pedo", "pedofiel", "viespeuk",
    "buurjongen", "buurmeisje", "buurjongetje", "buurmeid", "vreemdeling", "onbekende"])
# Words for who someone is that a chat record writes without an article ("ouder: ok",
# "volwassene zegt", "een bericht van onbekende aan hem"): the role is the fact.
_PERSON_NOUNS = frozenset([
    "ouder", "ouders", "volwassene", "vreemde", "vreemdeling", "volger", "medespeler",
    "tegenstander", "jongere", "tiener", "puber", "oppas", "ex", "gastouder", "chauffeur",
    "klasgenote", "schoolgenote", "teamgenote", "rechter", "advocaat", "arts"])
_DIMINUTIVE_ENDINGS = ("etje", "tje", "pje", "kje", "je", "ie", "kie")
# Labels of a note or a message: "vraag: ...", "afspraak: ...", "huiswerk: blz 12".
_LABELS = frozenset([
    "bericht", "berichtje", "berichten", "antwoord", "vraag", "reactie", "tekst", "citaat",
    "quote", "screenshot", "status", "story", "caption", "onderwerp", "opmerking", "notitie",
    "afspraak", "afspraken", "actie", "acties", "vervolg", "huiswerk", "groep", "groepsnaam",
    "naam", "datum", "tijd", "tijdstip", "plaats", "locatie", "bijlage", "foto", "video",
    "filmpje", "link", "spraakbericht", "voicemail", "audio", "sticker", "emoji", "gif",
    "conclusie", "advies", "aanleiding", "doel", "let", "nb", "ps", "eerst", "daarna",
    "later", "toen", "dan", "inhoud", "letterlijk", "vertaling", "zin", "toets", "uitleg",
    "info", "informatie", "mededeling", "oproep", "vraagje", "tip", "agenda", "planning",
    "programma", "thema", "les", "gym", "pauze", "morgen", "vandaag", "gisteren", "straks",
    "nu", "verder", "ook", "maar", "dus", "en", "of", "want", "waarom", "wat", "wie",
    "waar", "wanneer", "hoe", "hoezo", "titel", "bron", "reden", "tekstje", "stelling",
    # the lines of a report or a school message: "rekenen: "onvoldoende"", "gedrag: ..."
    "gedrag", "werkhouding", "taal", "spelling", "sport", "voetbal", "muziek", "rapport",
    "cijfer", "cijfers", "resultaat", "resultaten", "motoriek", "cito", "verzuim",
    "aanwezig", "afwezig", "thuiswerk", "opmerkingen"])
_LABEL_ENDINGS = ("ing", "heid", "tie", "sie", "isme", "nis", "schap", "teit", "age")
# Bare nouns that name an institution or a group, which Dutch uses without an article
# ("school zegt", "schreef aan school").
_INSTITUTIONS = frozenset(["school", "klas", "groep", "politie", "gemeente", "directie",
                           "jeugdzorg", "wijkteam", "team", "thuis", "huisarts", "kerk",
                           "moskee", "werk", "kantoor", "club", "vereniging", "brandweer",
                           "ambulance", "veiligthuis", "leerplicht", "rechtbank"])
# Bare nouns after "aan" that are fixed phrases: "aan tafel", "aan boord".
_AAN_PHRASES = frozenset(["tafel", "boord", "bod", "land", "zee", "wal", "huis", "bed",
                          "elkaar", "flarden", "stukken", "banden", "tijd", "slag", "kant",
                          "zet", "beurt", "licht", "toe", "af", "het"])
# Verbs of chat and speech that a speaker opens ("wortel zegt", "sloper terug:").
_CHAT_VERBS = frozenset([
    "zegt", "zei", "schreef", "schrijft", "stuurde", "stuurt", "appte", "appt", "antwoordde",
    "antwoordt", "reageerde", "reageert", "vroeg", "vraagt", "typte", "typt", "postte",
    "post", "tagde", "tagt", "snapte", "belde", "riep", "roept", "terug", "dreigde",
    "dreigt", "stuurden", "scheldt", "schold"])
_GREETINGS = frozenset(["hoi", "hey", "hee", "hei", "hallo", "hai", "hi", "hello", "yo", "jo",
                        "ey", "doei", "doeg", "dag", "hej", "salam", "selam", "goedemorgen",
                        "morgen", "goedemiddag", "goedenavond", "welterusten", "slaaplekker",
                        "bye", "ciao", "tot"])
_QUESTION_WORDS = frozenset(["hoe", "wat", "waar", "wie", "wanneer", "waarom", "welke",
                             "hoezo", "of", "dat"])
_SUBJECTS = frozenset(["ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "jullie", "u",
                       "het", "er", "men", "die", "dat"])
_QUOTES = "\"“”‘’'«»„"
_SECOND_PERSON = compile_fast(r"(?i)\b(?:je|jij|jou|jouw|jullie|u)\b")


@lru_cache(maxsize=4096)
def _squeeze(word: str) -> str:
    """"hoiii" -> "hoi", "heyyy" -> "hey": stretched letters of chat."""
    return re.sub(r"(.)\1{2,}", r"\1", re.sub(r"(.)\1+$", r"\1", word))


def _slang(word: str) -> bool:
    return word in CHAT_SLANG or _squeeze(word) in CHAT_SLANG


def _insult(word: str) -> bool:
    """"sukkel", "dikzak"; an endearment with an insult's ending ("lieverd") is none."""
    return word in INSULTS or (word not in _PET_WORDS and insult(word))


# Roles in a chat or game: "beheerder zei", "speler stuurde" are no names.
_CHAT_ROLES = frozenset(["beheerder", "moderator", "mod", "admin", "host", "leider", "speler",
                         "spelers", "dader", "pester", "eigenaar", "maker", "organisator",
                         "bot", "groepsbeheerder", "afzender", "ontvanger", "lid", "leden",
                         "aanstichter", "aanvoerder", "schrijver", "beller", "verzender",
                         "slachtoffer", "getuige", "onbekende", "persoon", "account",
                         # a place in a team or a game: "keeper: "ik kan niet"", "scheids: ok"
                         "keeper", "keepster", "doelman", "doelvrouw", "spits", "verdediger",
                         "aanvaller", "middenvelder", "scheidsrechter", "scheids",
                         "grensrechter", "invaller", "wissel", "reserve", "captain",
                         "aanvoerster", "teamleider", "trainster", "streamer", "gamer",
                         "kijker", "teamgenoot", "tegenspeler", "medespeelster"])


def _said_to_a_child(word: str, lexicon) -> bool:
    """A word of address, not a name: an adjective used as one ("mooie", "knappe",
    "sexy"), its diminutive ("kleintje", "lekkertje", "liefje"), a pet word ("prinsesje",
    "mop") or the plural of an insult or a word of address ("sukkels", "schatjes")."""
    if word in _PET_WORDS or adjective_form(word, lexicon):
        return True
    for ending in ("s", "en", "'s"):
        stem = word[:-len(ending)]
        if word.endswith(ending) and (stem in _ADDRESS or stem in _PET_WORDS
                                      or _insult(stem)):
            return True
    return any(word.endswith(e) and len(word) > len(e) + 2
               and adjective_form(word[:-len(e)], lexicon) for e in _DIMINUTIVE_ENDINGS)


def _person_word(word: str, lexicon) -> bool:
    """A word for who someone is: a relative, a role, a compound of one ("pleegvader",
    "klasgenoot", "stiefzus"), its plural or diminutive ("ooms", "opaatje", "tantetje")."""
    if (word in PRONOUNS or word in _SUBJECTS or word in _ADDRESS or is_title_word(word)
            or word in ("mam", "pap", "ma", "pa", "niemand", "iemand", "iedereen",
                        "allemaal")):
        return True
    stems = [word] + [word[:-len(e)] for e in ("s", "'s", "en", "je", "tje", "etje")
                      if word.endswith(e) and len(word) > len(e) + 1]
    stems += [s[:-1] for s in stems if len(s) > 3 and s[-1] == s[-2]]  # "opaa" -> "opa"
    stems += [long_stem(s) for s in stems]  # "klasgenoten" -> "klasgenoot"
    return any(s in RELATION_WORDS or s in FOREIGN_KINSHIP or s in _PERSON_NOUNS
               or s in _CHAT_ROLES or s in PERSON_HEADS or person_compound(s, lexicon)
               for s in stems)


@lru_cache(maxsize=8192)
def _never_a_name(word: str, lexicon) -> bool:
    """Words that never name a chat participant, whatever place they stand in."""
    return (len(word) < 2 or _slang(word) or _insult(word) or _person_word(word, lexicon)
            or word in DETERMINERS or word in ADVERBS or word in CLAUSE_OPENERS
            or word in PERSON_PREPOSITIONS or word in _QUESTION_WORDS or word in _LABELS
            or word in _INSTITUTIONS or word in _GREETINGS or word in lexicon.allow
            or word in lexicon.openers or _label_ending(word, lexicon)
            or word in _FRONTED or word in _FEELINGS  # "ineens stuurde iemand"
            or word in _QUANTITIES  # "de rest: "ok""
            or word in NO_SENDER  # "berichten van onbekend: ..."
            or _CHAT_MARKER.fullmatch(word) is not None  # "klassenapp zegt": the medium
            or _thing_compound(word, lexicon)  # "aan dansschool:", "turnclub"
            or _infinitive(word, lexicon))  # "rekenen: "onvoldoende"", "lezen:"


def _label_ending(word: str, lexicon) -> bool:
    """"vergadering", "vrijheid", "actie": a noun of a thing or an act. An "-ing" noun made
    from a verb ("vergader-en", "train-en"); "koning", "voetbalkoning" are none."""
    if not word.endswith(_LABEL_ENDINGS):
        return False
    if not word.endswith("ing"):
        return True
    stem = word[:-3]
    return stem + "en" in lexicon.words or (len(stem) > 2 and stem[-1] == stem[-2]
                                            and stem + "en" in lexicon.words)


# Heads of compounds that name a school, a club, a lesson or a message, never a person
# ("dansschool", "turnclub", "zwemles", "ouderapp").
_THING_HEADS = ("school", "club", "clubje", "vereniging", "les", "lessen", "training", "team",
                "groep", "klas", "toets", "kamp", "feest", "dienst", "zaak", "winkel", "bureau")


def _thing_compound(word: str, lexicon) -> bool:
    return any(word.endswith(head) and len(word) - len(head) >= 3
               and word[:-len(head)].rstrip("-") in lexicon.words for head in _THING_HEADS)


# Words for the others in a group: "de rest:", "de anderen:", "de meesten zeiden".
_QUANTITIES = frozenset(["rest", "anderen", "overigen", "meesten", "sommigen", "velen",
                         "beiden", "allebei", "helft", "meerderheid"])


# Feelings a message carries ("een bericht van troost aan opa", "een app van spijt"): what
# it says, not who sent it.
_FEELINGS = frozenset(["verdriet", "troost", "liefde", "dank", "spijt", "steun", "hoop",
                       "sterkte", "medeleven", "excuus", "excuses", "woede", "haat", "angst",
                       "afscheid", "succes", "beterschap", "sorry", "respect", "trots",
                       "vreugde", "blijdschap", "wanhoop", "paniek", "schaamte", "jaloezie"])


# What may stand between a chat line's start and its speaker: a date, a time, a dash or a
# bullet ("[21:03] ", "12-03 21:03 - ", "- ").
_LINE_PREFIX = re.compile(r"[ \t\d:./\[\]()–—•*>~-]*[" + _QUOTES + r"]?")
# A separator of messages written on one line: " / ", " | ", '" / '.
_SEPARATOR = compile_fast(r"[" + _QUOTES + r"]?\s*[/|]\s*$")
# After the speaker: maybe an emoji or two, then the colon and a message on that line.
_LABEL_COLON = re.compile(r"[ \t]*(?:\([^()\n:]{1,40}\)[ \t]*)?"
                          r"(?:[^\w\s:" + _QUOTES + r"(),.;!?/|\[\]]+[ \t]*)?:[ \t]*(?=\S)")


def _segment_start(text: str, tokens: list[Token], i: int) -> bool:
    """Token ``i`` opens a chat line or a message: the text or a line (after a date, time
    or dash), after a separator ("... / "), after a colon or an opening quote."""
    if i == 0:
        return _LINE_PREFIX.fullmatch(text[:tokens[0][0]]) is not None
    before = text[tokens[i - 1][1]:tokens[i][0]]
    if "\n" in before:
        return _LINE_PREFIX.fullmatch(before.rsplit("\n", 1)[1]) is not None
    if before[-1:] in _QUOTES and before[-1:]:
        return before[:-1] == "" or before[-2] in " \t(:"  # an opening quote
    stripped = before.strip()
    return bool(stripped) and (bool(_SEPARATOR.search(before)) or stripped[-1] in ":;.!?")


def _bare(text: str, tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """Token ``i`` is a lower-case word that may name someone in a chat."""
    tok = tokens[i][2]
    return (tok.islower() and tok.isalpha() and len(tok) >= 2
            and not _never_a_name(words[i], lexicon))


def _speaker_label(text: str, tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """"kroket: "we wachten"", "[21:03] jaylo: kom", "... / spekkie: "..."", "gnoom 🙂:
    "..."": the message is quoted or the line has its time (a note's "vervolg: bellen"
    has neither)."""
    colon = _LABEL_COLON.match(text, tokens[i][1])
    if colon is None:
        return False
    # "de sloper: "..."": a nickname keeps its article where it speaks ("de juf:", "de
    # nieuwe:", "de vraag:" stay: a person, an adjective, a label)
    article = _after_article(text, tokens, words, i)
    first = i - 1 if article else i
    if not _segment_start(text, tokens, first) or (
            article and _adjective_noun(words[i], lexicon)):
        return False
    line_start = text.rfind("\n", 0, tokens[first][0]) + 1
    prefix = text[line_start:tokens[first][0]]  # "[21:03] ": the time opens the line
    timed = _LINE_PREFIX.fullmatch(prefix) is not None and re.search(r"\d[:.]\d\d", prefix) \
        is not None
    tok = tokens[i][2]
    # A phone's export keeps the contact's name as saved: "[21:03] Kroket: kom".
    capital = timed and not article and tok[:1].isupper() and tok[1:].islower() \
        and tok.isalpha()
    if not (_bare(text, tokens, words, i, lexicon) or (
            capital and not _never_a_name(words[i], lexicon)
            and not _note_heading(words[i]))):
        return False
    quoted = text[colon.end():colon.end() + 1] in _QUOTES
    return (timed or quoted) and chat_context(text, tokens[i][0])


# What the IB's own timeline writes after a time ("08:30 - Gesprek: moeder gebeld",
# "[10:15] Binnenkomst: huilde"): a heading of a note, no contact saved in a phone.
_NOTE_HEADINGS = frozenset([
    "gesprek", "afspraak", "binnenkomst", "aankomst", "vertrek", "thuiskomst", "pauze",
    "lunch", "gym", "les", "overleg", "contact", "telefoon", "telefonisch", "notitie",
    "opmerking", "vervolg", "actie", "acties", "besluit", "conclusie", "advies", "incident",
    "zorg", "zorgen", "signaal", "signalen", "huisbezoek", "ophalen", "brengen", "uitslag",
    "toets", "mail", "bericht", "terugkoppeling", "overdracht", "verslag", "afwezig",
    "aanwezig", "ziek", "nb", "let", "info", "vraag", "antwoord", "reactie", "stand"])
_HEADING_ENDINGS = ("ing", "tie", "sie", "heid", "komst", "name", "zoek")


def _note_heading(word: str) -> bool:
    return word in _NOTE_HEADINGS or word.endswith(_HEADING_ENDINGS)


def _after_article(text: str, tokens: list[Token], words: list[str], i: int) -> bool:
    return i > 0 and words[i - 1] in ("de", "het") and text[tokens[i - 1][1]:tokens[i][0]] == " "


# A speaker label opening a chat line or message: "Daan: ", "/ sanaa: ", "\nkoning.bas_07: ".
_LABEL_AT_LINE = re.compile(r"(?:^|\n|[/|]\s)[ \t]*(?P<label>[^\s:/|]{2,40})[ \t]*:[ \t]")


def _named_speaker_near(text: str, tokens: list[Token], is_name: list[bool], i: int,
                        lexicon) -> bool:
    """Another speaker of the same chat is named ("Daan: ... / de gnoom: ..."): then "de X"
    before a colon speaks as a participant; "de rest: "ok" / de hele klas: "ja"" names no
    one."""
    lo, hi = max(0, tokens[i][0] - 300), min(len(text), tokens[i][1] + 300)
    starts = {t[0]: k for k, t in enumerate(tokens) if lo <= t[0] < hi}
    for m in _LABEL_AT_LINE.finditer(text, lo, hi):
        label, k = m.group("label"), starts.get(m.start("label"))
        if re.search(r"[._\d@]", label) or (k is not None and k != i and (
                is_name[k] or (label[:1].isupper() and label[1:].islower()
                               and not _never_a_name(label.lower(), lexicon)))):
            return True
    return False


def _adjective_noun(word: str, lexicon) -> bool:
    """"de nieuwe", "de oudste", "de gepeste", "de stoere": an adjective used as a noun
    describes someone; it is no name of theirs."""
    return word.endswith(("ste", "de", "te")) or (word.endswith("e")
                                                  and word[:-1] in lexicon.words)


# Participles of chat verbs after "heeft"/"had": "kikker heeft het filmpje gedeeld".
_CHAT_PARTICIPLES = frozenset(["gestuurd", "doorgestuurd", "verstuurd", "geappt", "gesnapt",
                               "gedeeld", "gepost", "geschreven", "gezegd", "gereageerd",
                               "getagd", "gebeld", "gevraagd", "gescholden", "gedreigd",
                               "geantwoord", "gemaild", "geplaatst", "gefilmd"])


def _perfect_of_chat(text: str, tokens: list[Token], words: list[str], j: int) -> bool:
    """Token ``j`` is "heeft"/"had" with a chat participle later in its clause."""
    if words[j] not in ("heeft", "had"):
        return False
    for k in range(j + 1, min(len(tokens), j + 7)):
        if re.search(r"[.,;:!?\n" + _QUOTES + r"]", text[tokens[k - 1][1]:tokens[k][0]]):
            return False
        if words[k] in _CHAT_PARTICIPLES:
            return True
    return False


def _speaker_of_verb(text: str, tokens: list[Token], words: list[str], i: int,
                     lexicon) -> bool:
    """"wortel zegt "ok"", "sloper terug: ...", "kikker stuurde 3 keer een doodshoofd": a
    bare subject of a chat verb opening a message. Not before an inverted subject ("echt
    zegt hij", "daarna belde Daan"): then the first word is no subject."""
    if (i + 1 >= len(tokens) or not (words[i + 1] in _CHAT_VERBS
                                     or _perfect_of_chat(text, tokens, words, i + 1))
            or text[tokens[i][1]:tokens[i + 1][0]] != " "
            or not _opens_message(text, tokens, words, i)
            or not _bare(text, tokens, words, i, lexicon)
            or not chat_context(text, tokens[i][0])):
        return False
    rest = text[tokens[i + 1][1]:tokens[i + 1][1] + 40]
    if re.match(r"\s*[:" + _QUOTES + r"]", rest):
        return True
    nxt = re.match(r" ([^\W\d_][\w'’-]*)", rest)
    if not nxt:
        return bool(re.match(r" \d|\s*[.,;!?]", rest))  # "stuurde 3 keer", "terug."
    after = nxt.group(1)
    if after.lower() in ("het", "die", "dat") and words[i + 1] in ("heeft", "had"):
        return True  # "kikker heeft het filmpje gedeeld": an object
    if after.lower() == "dat":  # "kiwi zei dat Daan ...": a clause; "nou zei dat kind"
        clause = re.match(r" [^\W\d_][\w'’-]* ([^\W\d_][\w'’-]*)", rest)
        return clause is not None and (clause.group(1)[0].isupper()
                                       or clause.group(1).lower() in _SUBJECTS)
    return not (after.lower() in _SUBJECTS or after[0].isupper())


def _opens_message(text: str, tokens: list[Token], words: list[str], i: int) -> bool:
    """Token ``i`` opens a message, maybe after a spoken filler or two ("'eh ja mossel
    zei ...'", "nou kikker stuurde"): fillers stand outside the clause."""
    j = i
    while j > 0 and i - j < 3 and (_slang(words[j - 1]) or words[j - 1] in ("nou", "eh", "ehm"))\
            and text[tokens[j - 1][1]:tokens[j][0]] == " ":
        j -= 1
    return _segment_start(text, tokens, j)


# Words fronted before a chat verb and its subject: "toen schreef kapper".
_FRONTED = frozenset(["toen", "daarna", "dan", "later", "vervolgens", "ook", "nog", "meteen",
                      "ineens", "plotseling", "plots", "direct", "gelijk", "weer", "soms",
                      "vaak", "altijd", "nooit", "eindelijk", "snel", "stiekem",
                      "gisteren", "vandaag", "eerst", "opeens", "daarop"])


def _subject_after_verb(text: str, tokens: list[Token], words: list[str], i: int,
                        lexicon) -> bool:
    """"toen schreef kapper "haha"": after a fronted word and a chat verb comes the
    subject, which as a bare word is a name ("toen schreef hij", "daarna belde mama" stay)."""
    return (i >= 2 and words[i - 1] in _CHAT_VERBS and words[i - 2] in _FRONTED
            and text[tokens[i - 2][1]:tokens[i - 1][0]] == " "
            and text[tokens[i - 1][1]:tokens[i][0]] == " "
            and _segment_start(text, tokens, i - 2) and _bare(text, tokens, words, i, lexicon)
            and chat_context(text, tokens[i][0]))


# A bracket that says who someone is: "(iemand uit groep 8)", "(een speler, ...)", "(12)".
_WHO_BRACKET = re.compile(
    r"[ \t]*\((?:ook )?(?:iemand\b|(?:een (?:andere )?|zijn |haar )?(?:jongen|meisje|speler|kind|"
    r"klasgenoot|leerling|vriend|vriendin|man|vrouw|gast|tiener|puber|buurjongen|buurmeisje|"
    r"neef|nicht|broer|zus)\b|uit groep |groep \d)")


def _described(text: str, tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """"de kikker (iemand uit groep 8) stuurde ...": a word that a bracket explains as a
    person, in a chat, is what that person is called; words for a person or a role in a
    chat ("de dader (iemand uit groep 8)", "de beheerder (een moeder)") stay, and so do
    adjectives used as nouns ("de nieuwe (een jongen ...)")."""
    if not _WHO_BRACKET.match(text, tokens[i][1]) or not _bare(text, tokens, words, i, lexicon) \
            or (i and words[i - 1] in DETERMINERS and words[i - 1] != "de"):
        return False  # "een jongen (iemand ...)", "zijn fiets (...)": a thing or a kind
    if _adjective_noun(words[i], lexicon):
        return False  # "de oudste", "de nieuwe", "de gepeste"
    if i and words[i - 1] == "de" and re.match(r"[ \t]*\((?:uit )?groep ", text[tokens[i][1]:]):
        return False  # "een foto van de gymzaal (groep 3 en 4)": a group says no person
    return chat_context(text, tokens[i][0])


# A message named before "aan": a chat verb or a word for a message ("schreef aan",
# "Snapchat van Daan aan", "een bericht van beer aan").
_MESSAGE_WORDS = frozenset([*_CHAT_VERBS, "bericht", "berichtje", "berichten", "app",
                            "appje", "snap", "snapchat", "dm", "chat", "whatsapp", "sms",
                            "mail", "mailtje", "reactie", "filmpje", "foto", "screenshot",
                            "stuurt", "stuurde", "gestuurd", "geschreven", "geappt"])
# Participles of sending a message, and what "naar" takes without an article otherwise.
_SENT = frozenset(["gestuurd", "doorgestuurd", "verstuurd", "opgestuurd", "geappt",
                   "gesnapt", "gedeeld", "doorgegeven", "gemaild", "ge-sms't"])
_NAAR_PHRASES = frozenset(["huis", "bed", "school", "buiten", "binnen", "voren", "achteren",
                           "boven", "beneden", "huis", "kantoor", "werk", "zee", "bed", "iedereen",
                           "allemaal", "elkaar", "mij", "jou", "hem", "haar", "ons", "hen"])
# Messages that "van X:" names the sender of ("Bericht van kroket:"); a photo or a film
# "van voetbal" is of what it shows.
_SENT_BY = frozenset(["bericht", "berichtje", "berichten", "app", "appje", "appjes", "snap",
                      "snapje", "dm", "dm'etje", "sms", "sms'je", "mail", "mailtje", "reactie",
                      "whatsapp", "whatsappje", "spraakbericht", "voicemail", "chat"])
_CLOSES = re.compile(r"\s*(?:[:(,.;!?]|$)")


def _addressee(text: str, tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """"schreef aan stoker (een jongen ...)", "Snapchat van Daan aan vlinder:", "een bericht
    van beer aan Daan", "zei in de app tegen kapper:": a bare word after "aan" or "tegen"
    (or "van" before "aan") in a clause about a message is the one it went to (or came
    from)."""
    if i < 2 or words[i - 1] not in ("aan", "van", "tegen", "naar", "tussen") \
            or text[tokens[i - 1][1]:tokens[i][0]] != " " or words[i] in _AAN_PHRASES \
            or not _bare(text, tokens, words, i, lexicon):
        return False
    prep = words[i - 1]
    if prep == "tussen":  # "een gesprek in de app tussen kroket en Daan"
        return (i + 2 < len(tokens) and words[i + 1] == "en" and tokens[i + 2][2][:1].isupper()
                and chat_context(text, tokens[i][0]))
    if prep == "naar":  # "de foto naar kroket doorgestuurd"; "naar huis gestuurd" stays
        return (i + 1 < len(tokens) and words[i + 1] in _SENT
                and text[tokens[i][1]:tokens[i + 1][0]] == " " and words[i] not in _NAAR_PHRASES
                and chat_context(text, tokens[i][0]))
    if prep == "van":  # "van beer aan Daan", "Bericht van kroket: ...": the sender
        closes = (i + 1 < len(tokens) and words[i + 1] == "aan" and text[
            tokens[i][1]:tokens[i + 1][0]] == " ") or (
            text[tokens[i][1]:tokens[i][1] + 1] == ":"
            and any(w in _SENT_BY for w in words[max(0, i - 4):i - 1]))
    else:
        closes = _CLOSES.match(text, tokens[i][1]) is not None or (
            i + 1 < len(tokens) and words[i + 1] == "dat")
    before = words[max(0, i - 8):i - 1]
    if prep == "tegen":  # "zei tegen kapper:"; "schreef tegen pesten een gedicht" stays
        return closes and not words[i].endswith("en") and any(
            w in _CHAT_VERBS for w in before) and chat_context(text, tokens[i][0])
    return closes and any(w in _MESSAGE_WORDS or _CHAT_MARKER.fullmatch(w) for w in before)


def _header_addressee(text: str, tokens: list[Token], words: list[str], i: int,
                      lexicon) -> bool:
    """"Daan aan de draak: "laat me"": the one a quoted message goes to, named with an
    article in the header before the colon ("aan de klas:", "aan de juf:", "aan de
    nieuwe:" stay: a group, a person, an adjective)."""
    return (i >= 2 and words[i - 2] == "aan" and _after_article(text, tokens, words, i)
            and text[tokens[i - 2][1]:tokens[i - 1][0]] == " "
            and re.match(r":[ \t]*[" + _QUOTES + "]", text[tokens[i][1]:tokens[i][1] + 3])
            is not None and _bare(text, tokens, words, i, lexicon)
            and not _adjective_noun(words[i], lexicon) and chat_context(text, tokens[i][0]))


def _closing(text: str, end: int) -> bool:
    """Only punctuation, a closing quote or the end of the line follow."""
    return re.match(r"[ \t]*(?:[,!?.…" + _QUOTES + r"]|\n|$|\s*[/|])", text[end:end + 4]) \
        is not None


def _infinitive(word: str, lexicon) -> bool:
    """"zwemmen", "spelen", "gamen": a verb whose stem + "t" is in the word list."""
    if not word.endswith("en") or len(word) < 5:
        return False
    stem = word[:-2]
    stems = {stem, stem[:-1] if stem[-1] == stem[-2] else stem}
    if len(stem) >= 2 and stem[-1] not in "aeiou" and stem[-2] in "aeiou":
        stems.add(stem[:-1] + stem[-2] + stem[-1])  # "spel" -> "speel"
    return any(s + "t" in lexicon.words for s in stems)


def _asked_who(text: str, tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """"wie is kroket?": the one asked about; "wie is jarig?", "wie is er?" stay."""
    return (i >= 2 and words[i - 2] == "wie" and words[i - 1] in ("is", "was")
            and text[tokens[i][1]:tokens[i][1] + 1] == "?"
            and _bare(text, tokens, words, i, lexicon)
            and words[i] not in _DISCOURSE and not adjective(words[i], lexicon)
            and not word_for_a_person(words[i])  # "wie is baas?": a rank, no name
            and not words[i].endswith(_ADJECTIVE_ENDINGS)
            and not (words[i].startswith(("ge", "be", "ver", "ont", "her"))
                     and words[i].endswith(("d", "t")))  # "verliefd", "gestraft"
            and chat_context(text, tokens[i][0]))


# Endings of adjectives without a comparative in the word list ("jarig", "verliefd").
_ADJECTIVE_ENDINGS = ("ig", "lijk", "isch", "baar", "loos", "zaam", "end", "ief")


def _second_person_clause(text: str, tokens: list[Token], words: list[str], j: int,
                          lexicon) -> bool:
    """A clause to "je"/"jij" starts at token ``j``: "kom je", "ben je", "je bent"."""
    if j + 1 >= len(tokens) or text[tokens[j - 1][1]:tokens[j][0]] != " " \
            or text[tokens[j][1]:tokens[j + 1][0]] != " ":
        return False
    one, two = words[j], words[j + 1]
    if one in _QUESTION_WORDS and one not in ("of", "dat"):
        return _second_person_clause(text, tokens, words, j + 1, lexicon)  # "waar ben je"
    if one in ("je", "jij"):
        return finite_verb(two, lexicon)
    return two in ("je", "jij") and (finite_verb(one, lexicon) or one + "en" in lexicon.words
                                     or one in ("ben", "bent", "heb", "kan", "mag", "wil"))


def _spoken_to(text: str, tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """"hoi pinda, waar ben je?", "doei kroepoek!" (after a greeting opening a message) and
    "kom je buiten, bever?" (closing a quote that speaks to someone)."""
    if i == 0:
        return False
    gap = text[tokens[i - 1][1]:tokens[i][0]]
    # "morgen" and "tot" greet as often as they date: "morgen studiedag", "tot zaterdag"
    greeted = gap == " " and _squeeze(words[i - 1]) in _GREETINGS \
        and words[i - 1] not in ("morgen", "tot")
    if not greeted and (gap.strip() != "," or not re.match(
            r"[ \t]*[?!.]?[ \t]*[" + _QUOTES + r"]", text[tokens[i][1]:tokens[i][1] + 4])):
        return False  # only after a greeting, or after a comma closing a quote
    if not _bare(text, tokens, words, i, lexicon) or finite_verb(words[i], lexicon) \
            or _said_to_a_child(words[i], lexicon) \
            or words[i] + "en" in lexicon.words and words[i] + "t" in lexicon.words \
            and words[i] + "s" not in lexicon.words or _infinitive(words[i], lexicon):
        return False  # "hoi kom je", "hey wacht!", "ga je mee, zwemmen?": a verb
    if words[i] in _DISCOURSE or adjective(words[i], lexicon):
        return False  # "hey sorry ben je boos", "hoi gezellig ben je er ook"
    if greeted:
        # "hoi pinda, waar ben je?", "hey wortel kom je buiten?"
        return _segment_start(text, tokens, i - 1) and (
            _closing(text, tokens[i][1]) or _second_person_clause(text, tokens, words, i + 1,
                                                                  lexicon))
    start = max(0, tokens[i][0] - 300)  # the quote this comma closes
    opening = max(text.rfind(q, start, tokens[i][0]) for q in _QUOTES)
    if opening < 0 or re.match(r"[" + _QUOTES + r"]\s*(?:wat|welke|welk)\b", text[opening:]):
        return False  # "wat neem je mee, brood?": the word after the comma answers "wat"
    return bool(_SECOND_PERSON.search(text, opening, tokens[i][0]))


def _platform_compound(word: str, lexicon) -> bool:
    """"whatsappgroep", "snapchatverhaal": an allowed word (a platform) glued to an
    ordinary word. The word list has some as proper nouns ("Whatsappgroep")."""
    return any(word[:cut] in lexicon.allow and word[cut:] in lexicon.words
               for cut in range(3, len(word) - 2))


def chat_names(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
               lexicon) -> None:
    """Mark the names of chat participants in ``is_name`` (see the module doc), and unmark
    chat slang taken for a name ("hey man wtf")."""
    if ":" in text:
        _insult_senders(text, tokens, words, is_name)
    if not _CHAT_MARKER.search(text) and not any(q in text for q in _QUOTES):
        return
    with_article: set[str] = set()
    for i in range(len(tokens)):
        lower = tokens[i][2][:1].islower()
        if is_name[i]:
            if lower and tokens[i][2].islower() and (
                    words[i] in _ABBREVIATIONS or _platform_compound(words[i], lexicon)):
                is_name[i] = False  # "hey man wtf", "in de whatsappgroep"
            continue
        if not lower:  # only a speaker opening a timed line keeps a capital
            is_name[i] = _speaker_label(text, tokens, words, i, lexicon)
            continue
        if ((_speaker_label(text, tokens, words, i, lexicon)
             and (not _after_article(text, tokens, words, i)
                  or _named_speaker_near(text, tokens, is_name, i, lexicon)))
                or _header_addressee(text, tokens, words, i, lexicon)
                or _speaker_of_verb(text, tokens, words, i, lexicon)
                or _subject_after_verb(text, tokens, words, i, lexicon)
                or _described(text, tokens, words, i, lexicon)
                or _asked_who(text, tokens, words, i, lexicon)
                or _addressee(text, tokens, words, i, lexicon)
                or _spoken_to(text, tokens, words, i, lexicon)):
            is_name[i] = True
            if _after_article(text, tokens, words, i):
                with_article.add(words[i])
    _transcript_speakers(text, tokens, words, is_name, lexicon)
    if with_article:  # "de sloper: ..." ... "De sloper is een jongen uit groep 8"
        for i in range(1, len(tokens)):
            if words[i] in with_article and words[i - 1] in ("de", "het"):
                is_name[i] = True


# After a sender's colon, a message in the first or second person ("ik sla je", "jij bent").
_TO_SOMEONE = re.compile(r"[ \t]*:[ \t]+[\"'“‘„]?(?:[^\W\d_]+[ \t]+){0,2}"
                         r"(?:ik|je|jij|jou|jouw|jullie|we|wij|mij|me)\b", re.I)


def _insult_senders(text: str, tokens: list[Token], words: list[str],
                    is_name: list[bool]) -> None:
    """"Vetzak: ik sla je morgen.": an insult opening a line or message before a colon and
    a message to someone is the sender's name in a chat, a person (review s35), also
    without a chat marker or a time. Said to someone ("Vetzak, ik sla je") or named
    after a colon ("Scheldwoord: vetzak.") it stays the fact."""
    for i, (_start, end, _tok) in enumerate(tokens):
        if not is_name[i] and _TO_SOMEONE.match(text, end) and insult(words[i]) \
                and _segment_start(text, tokens, i):
            is_name[i] = True


# A label that says a user name follows ("gebruikersnaam zeeleeuw", "gamertag: zandkasteel",
# "spelersnaam is appeltaart"), or a bare "account"/"profiel" set before one ("stuurde
# account ijsbeer"): whatever word follows is the name on the platform.
_USER_NAME = re.compile(
    r"(?i)(?P<before>\b\w+\s+)?\b(?P<label>gebruikersnaam|accountnaam|username|gamertag|"
    r"spelersnaam|profielnaam|schermnaam|inlognaam|account|profiel|kanaal)"
    r"(?P<link>\s*:\s*|\s+(?:is|was|heet|heette)\s+|\s+)['\"‘“]?"
    r"(?P<handle>[A-Za-z][A-Za-z0-9_.]{2,30})(?![\w@])")
_WHAT_HAPPENS = frozenset(["kwijt", "weg", "open", "dicht", "vol", "leeg", "privé", "prive",
                           "openbaar", "terug", "aan", "uit", "nodig", "erbij", "zelf",
                           # what a user name is like: "gebruikersnaam is geheim"
                           "geheim", "onbekend", "bekend", "dezelfde", "hetzelfde", "anders",
                           "nep", "kort", "lang", "raar", "vreemd", "grappig", "stom",
                           "makkelijk", "moeilijk", "fout", "goed", "juist", "veranderd"])


# After the label a preposition or "eigen" says when, where or whose ("account sinds
# maandag", "gebruikersnaam eigen naam"), as a word for a person does ("account moeder").
_NO_USER_NAME = frozenset([
    "sinds", "tijdens", "tot", "om", "over", "na", "onder", "uit", "vanaf", "per", "via",
    "zonder", "op", "in", "bij", "aan", "naast", "achter", "tussen", "eigen", "nieuw",
    "nieuwe", "oud", "oude"])


def _participle(word: str, lexicon) -> bool:
    """"gewijzigd", "verwijderd", "aangemaakt", "vergeten": a participle whose infinitive
    the word list has."""
    m = re.fullmatch(r"((?:aan|op|af|uit|in|door|over|weg|mee|terug|na|vast|los)?)"
                     r"(ge|be|ver|ont|her|er)(\w{2,}?)(d|t|en)", word)
    if m is None:
        return False
    particle, prefix, stem = m.group(1), m.group(2), m.group(3)
    stems = {stem, re.sub(r"([aeou])\1(\w)$", r"\1\2", stem)}  # "maak" -> "mak"
    prefix = "" if prefix == "ge" else prefix
    return any(particle + prefix + s + "en" in lexicon.words for s in stems)


def user_names(text: str, lexicon) -> list[tuple[int, int]]:
    """Spans of user names after their label (see ``_USER_NAME``). What happened to an
    account stays: a verb form, an adjective or a function word ("gebruikersnaam
    vergeten", "account leeg", "gebruikersnaam en wachtwoord"); "account", "profiel" and
    "kanaal" name one only bare and never through "is" ("zijn account kwijt", "het account
    geblokkeerd", "account is nep" stay)."""
    out = []
    for m in _USER_NAME.finditer(text):
        handle = m.group("handle").rstrip(".")
        word, label = handle.lower(), m.group("label").lower()
        if label in ("account", "profiel", "kanaal") and (
                not handle.islower() or m.group("link").strip() not in ("", ":")
                or (m.group("before") or "").strip().lower() in (
                    DETERMINERS | PRONOUNS | {"zijn", "haar", "mijn", "jouw", "hun", "ons"})):
            continue
        if (len(word) < 3 or word in _SUBJECTS or word in DETERMINERS or word in PRONOUNS
                or word in PERSON_PREPOSITIONS or word in CLAUSE_OPENERS or word in ADVERBS
                or word in _WHAT_HAPPENS or word in ("en", "of", "is", "was", "wordt", "werd")
                or finite_verb(word, lexicon) or _infinitive(word, lexicon)
                or _participle(word, lexicon) or adjective(word, lexicon)
                or word.endswith(_ADJECTIVE_ENDINGS) or word in CHAT_SLANG
                or word in _NO_USER_NAME or word in RELATION_WORDS or word in FOREIGN_KINSHIP):
            continue
        out.append((m.start("handle"), m.start("handle") + len(handle)))
    return out


# A line of a chat transcript: who, a colon, what was written ("kroket: hoi kom je").
# The same with the time after the speaker ("sloper 21:15: stuur"), and a typed-out voice
# message's speaker in brackets ("(bolle) ja echt"): as a chat line's, only where another
# label of the block names someone ("(onverstaanbaar) ...", "(gelach) ..." stay).
_TRANSCRIPT_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?P<label>[^\s:]{2,40})(?:[ \t]+\d{1,2}[:.]\d\d)?[ \t]*:"
    r"|\((?P<spoken>[^\s():]{2,40})\))[ \t]*\S[^\n]*$")


def _transcript_speakers(text: str, tokens: list[Token], words: list[str],
                         is_name: list[bool], lexicon) -> None:
    """Two or more lines in a row of "label: message" under a chat marker are a chat's
    transcript: where one label is a name or a user name ("daphne:", "prinses.yas:"), a
    bare word opening another line is a speaker too ("kroket: hoi daph kom je"), without
    the quote or time ``_speaker_label`` needs. A report's lines ("rekenen: onvoldoende",
    "gedrag: onrustig") have no name among their labels and stay."""
    at = {start: i for i, (start, _end, _tok) in enumerate(tokens)}
    block: list[re.Match] = []
    for m in _TRANSCRIPT_LINE.finditer(text):
        if block and text[block[-1].end():m.start()] != "\n":
            _speakers_of_block(text, tokens, words, is_name, lexicon, block, at)
            block = []
        block.append(m)
    _speakers_of_block(text, tokens, words, is_name, lexicon, block, at)


def _speakers_of_block(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                       lexicon, block: list[re.Match], at: dict[int, int]) -> None:
    if len(block) < 2 or not chat_context(text, block[0].start()):
        return
    single = [at.get(m.start("label" if m.group("label") else "spoken"))
              if _one_token(tokens, at, m) else None for m in block]
    if not any(re.search(r"[._\d@]", _label(m)) or (i is not None and is_name[i])
               for m, i in zip(block, single, strict=True)):
        return  # no participant named: the lines of a report or a form
    for i in single:
        if i is not None and not is_name[i] and _bare(text, tokens, words, i, lexicon) \
                and words[i] not in NO_SENDER:
            is_name[i] = True


# What a phone shows for a sender it cannot name: "onbekend: ...", "anoniem: ...".
NO_SENDER = frozenset(["onbekend", "onbekende", "anoniem", "anonieme", "verborgen",
                        "afgeschermd", "prive", "privé", "nummer", "niemand"])


def _label(m: re.Match) -> str:
    return m.group("label") or m.group("spoken")


def _one_token(tokens: list[Token], at: dict[int, int], m: re.Match) -> bool:
    """The label is one token: "kroket", not "prinses.yas" or "groep 8b"."""
    group = "label" if m.group("label") else "spoken"
    i = at.get(m.start(group))
    return i is not None and tokens[i][1] == m.end(group)
