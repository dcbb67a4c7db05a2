"""Review of session 32's anonymiser rules: ordinary sentences of the same shape as the new
rules whose word is a fact and must stay (each removed on main 163d755 / 406f66b), beside
the sentences the rules were made for, which must still lose their name."""

from __future__ import annotations

from tests.anonymise.pairs import goes, gone, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Mirthe Kok", "leerling", "Mirthe", "", "Kok"),
         KnownName("Ravi Kok", "broer", "Ravi", "", "Kok")]
# The known names in a text that stays become their roles; everything else stays as written.
TAGS = {"Mirthe": "[leerling]", "Ravi": "[broer]"}
# Every case below is registered in one of three tables and run once at the end of the file.
STAYS: list = []
GOES: list = []
GONE: list = []


# "genoemd" also means "mentioned": after a preposition "de X" is where or by whom, no name.
STAYS += stays("mentioned_somewhere_stays", KNOWN, [
    "De oom wordt in de melding genoemd.",
    "Moeder wordt in de brief genoemd.",
    "Mirthe werd in de klas genoemd.",
    "Vader wordt in de beschikking genoemd.",
    "Oom werd bij de wijkagent genoemd.",
    "Ravi werd in de groepsapp genoemd.",
    "Mirthe werd op de foto genoemd.",
    "Ravi, door de juf genoemd, kwam binnen.",
    "Moeder, in de melding genoemd, belde terug.",
], TAGS)


GONE += gone("a_name_given_with_de_after_the_place_still_goes", KNOWN, [
    ("Haas", "Haar oom wordt door iedereen de Haas genoemd, zegt Mirthe."),
    ("Beitel", "De vriend van moeder werd op de camping de Beitel genoemd."),
])


# After a title or a verb of calling an adjective or a participle says how, no name.
STAYS += stays("how_someone_is_called_stays", KNOWN, [
    "Mirthe noemt haar oma gemeen.",
    "Ze noemt haar juf streng.",
    "Mirthe noemt haar tante lief.",
    "Mirthe riep hem huilend.",
    "Ravi riep haar lachend.",
], TAGS)


GONE += gone("the_name_after_a_title_or_calling_still_goes", KNOWN, [
    ("bes", "De buurvrouw heet volgens Mirthe tante bes; ze past soms op."),
    ("wortel", "Op de club roept iedereen Ravi wortel."),
    # a title's name that is also an adjective still goes after "heet"
    ("bol", "De oppas heet volgens Ravi tante bol."),
    ("dik", "Die man heet bij hen thuis ome dik."),
])


# After "account"/"gebruikersnaam": a preposition, "eigen" or a word for a person is no
# user name.
STAYS += stays("what_follows_an_account_label_stays", KNOWN, [
    "Nieuw account sinds maandag.",
    "Gebruikersnaam eigen naam, dus herkenbaar.",
    "Account moeder: geen toegang.",
    "Account tijdens de les aangemaakt.",
], TAGS)


# A bracket after a name saying where, then a noun: what the person has, speaks or is
# there (a fact), unless it is a short everyday word used as a name ("(thuis vlo)").
STAYS += stays("what_a_bracket_says_someone_has_there_stays", KNOWN, [
    "Mirthe (thuis dialect) spreekt weinig Nederlands.",
    "Ravi (thuis mantelzorger) is vaak moe.",
    "Ravi (op school rolstoel) kan niet mee naar gym.",
    "Mirthe (in de klas koptelefoon) werkt rustig.",
    "Mirthe (op school hoofddoek) wordt gepest.",
    "Mirthe (thuis pleeggezin) ziet moeder weinig.",
    "Ravi (in de pauze voetbal) had ruzie.",
], TAGS)


GONE += gone("a_short_alias_in_brackets_still_goes", KNOWN, [
    ("kwast", "Ravi (in de klas kwast) gooide de bal weg."),
    ("vlo", "Mirthe (thuis vlo) huilde bij de juf."),
    ("tol", "Ravi (op het plein tol) rende weg."),
])


# A capitalised word opening a timed line is a contact's name in a phone's export, but the
# heading of a line in the IB's own timeline ("08:30 - Gesprek: moeder gebeld").
STAYS += stays("the_headings_of_a_timed_note_stay", KNOWN, [
    "Verslag (moeder liet de app-berichten zien):\n[08:30] Binnenkomst: Mirthe huilde.\n"
    "[12:00] Gesprek: moeder gebeld.",
    "Dag in kaart gebracht:\n08:30 - Binnenkomst: Mirthe huilde.\n10:15 - Gesprek: moeder "
    "gebeld, zij stuurde een appje.\n11:00 - Observatie: zat alleen.",
], TAGS)


GONE += gone("a_contact_opening_a_timed_chat_line_still_goes", KNOWN, [
    ("Kroket", "Chat uit de klassenapp:\n[21:03] Kroket: kom je\n[21:04] Mirthe: nee"),
])


# "at" is also the past tense of "eten": "Mirthe at niet. De juf ..." was read as a hidden
# e-mail address ("Mirthe at niet.De"), and the neglect signal and the name went as
# [e-mail]. A hidden address has its dots written without spaces or as a word.
STAYS += stays("ate_before_a_sentence_is_no_email", KNOWN, [
    "Mirthe at niet. De juf zag het.",
    "Ravi at niets. De volgende dag belde moeder.",
    "Mirthe at niet.\nDe juf zag het.",
    "Mirthe at weinig. Nu eet ze beter.",
], TAGS)


GOES += goes("a_hidden_email_still_goes", KNOWN, [(text, "Mail: [e-mail]") for text in [
    "Mail: kees at ziggo.nl",
    "Mail: naam at gmail dot com",
    "Mail: j.pietersen [at] gmail.com",
    "Mail: m.bosma (at) hotmail (punt) com",
    "Mail: sanne at live punt nl",
]])


# What a child is called by way of abuse is the fact of a bullying or discrimination record,
# also after the new "roepen" (163d755): "Ze riepen hem [mongool]" lost the insult.
STAYS += stays("an_insult_shouted_at_a_child_stays", KNOWN, [
    "Op het plein roept iedereen Ravi homo.",
    "Ze riepen hem mongool.",
    "In de klas roepen de meiden Mirthe dikzak.",
    "De jongens roepen Ravi neger.",
    "Ze riepen hem bruintje.",
    "Ze riepen Mirthe lelijkerd.",
    "De jongens roepen hem kaaskop.",
    "Vader riep haar stom wijf.",
    "Ze noemen haar koe.",
], TAGS)


GONE += gone("a_name_given_with_a_verb_of_calling_still_goes", KNOWN, [
    ("lieveling", "Bij opa heet ze lieveling, zegt Mirthe."),
    ("wortel", "Op de club roept iedereen Ravi wortel."),
])


# A role or profession written bare (018d028's person slots): who hit the child or whom she
# told is the fact, no nickname; an animal that kicked or bit is one too.
STAYS += stays("a_bare_role_in_a_person_slot_stays", KNOWN, [
    "Mirthe kreeg een klap van oppas.",
    "Mirthe zei tegen mentor dat ze niet naar huis wilde.",
    "Ravi zei tegen hulpverlener dat hij bang was.",
    "Mirthe zei tegen wijkagent dat ze thuis werd geslagen.",
    "Mirthe zei tegen gezinsvoogd dat ze bang was.",
    "Ravi werd geschopt door paard op de kinderboerderij.",
], TAGS)


GONE += gone("a_bare_nickname_in_a_person_slot_still_goes", KNOWN, [
    ("knakworst", "Ravi zei tegen knakworst dat hij weg moest."),
    ("spijker", "Mirthe kreeg een duw van spijker."),
])


test_the_fact_stays, test_the_identifier_goes, test_the_name_is_gone = pair_tests(
    STAYS, GOES, GONE)
