"""Issue 16: the nicknames the IB types in the Veilig Thuis dialog ("Bijnamen die niet in
ZorgDesk staan") become known names of nobody in particular: removed exactly like a
recorded nickname (any case, possessive, diminutive; the word after an article stays),
tagged "[naam]". The parsing in the domain, the same function for the service and the
benchmark's ``--ib-answers``."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
from zorgdesk.domain.anonymise.typed_nicknames import typed_nicknames

RECORDED = [KnownName("Zoë de Vries", "leerling", "Zoë", "de", "Vries", nicknames=("Zoetje",)),
            KnownName("Sven Oudshoorn", "medeleerling", "Sven", "", "Oudshoorn",
                      nicknames=("Kruimel",)),
            KnownName("Henk Jansen", "vader", nicknames=("de Beer",))]


def _names(typed) -> list[str]:
    return [n for k in typed.known for n in k.nicknames]


def test_split_on_newlines_commas_and_semicolons_trimmed_once_each():
    typed = typed_nicknames("Tijger\n  vlo , Bolle;\n\nTIJGER\nBig Mike  ", RECORDED)
    assert _names(typed) == ["Tijger", "vlo", "Bolle", "Big Mike"]
    assert typed.problems == ()
    assert all(k.tag == "[naam]" and not k.literal for k in typed.known)


def test_a_list_as_the_benchmark_gives_it():
    assert _names(typed_nicknames(["Tijger", " Bolle "], RECORDED)) == ["Tijger", "Bolle"]


def test_empty_and_blank_lines_are_nothing_typed():
    for text in ("", "   ", "\n\n", " , ;\n"):
        typed = typed_nicknames(text, RECORDED)
        assert typed.known == () and typed.problems == () and typed.already == ()


def test_names_already_in_zorgdesk_are_dropped_and_said():
    typed = typed_nicknames("Kruimel\nde beer\nzoë\nVries\nTijger", RECORDED)
    assert _names(typed) == ["Tijger"]
    assert typed.already == ("Kruimel", "de beer", "zoë", "Vries")
    # the pupil keeps her own tag: a typed "Zoë" would have made it a shared "[naam]"
    text = anonymise("Zoë en Tijger speelden.", [*RECORDED, *typed.known]).text
    assert text == "[leerling] en [naam] speelden."


@pytest.mark.parametrize(("typed", "says"), [
    ("!!!", "geen twee letters"),
    ("T", "geen twee letters"),
    ("😀", "geen twee letters"),
    ("--\n.", "geen twee letters"),
    ("x" * 41, "te lang"),
    ("de", "gewoon woord"),
    ("mama", "gewoon woord"),
    (",".join(f"Naam{i}" for i in range(11)), "hoogstens 10"),
])
def test_bad_input_gets_a_dutch_message(typed, says):
    result = typed_nicknames(typed, RECORDED)
    assert any(says in p for p in result.problems), result.problems


def test_a_good_name_beside_a_bad_one_is_still_parsed():
    result = typed_nicknames("Tijger\nT", RECORDED)
    assert _names(result) == ["Tijger"] and len(result.problems) == 1


def test_emoji_and_diacritics_kept_as_typed():
    typed = typed_nicknames("Zoë 🦁\nÇiçek", [])
    assert _names(typed) == ["Zoë 🦁", "Çiçek"]
    text = anonymise("Zoë en Çiçeks fiets; ÇIÇEK lachte.", list(typed.known)).text
    assert "Zoë" not in text and "içek" not in text.replace("ÇIÇEK", "")
    assert "ÇIÇEK" not in text


def test_a_typed_nickname_goes_in_every_form_and_the_word_stays_where_it_is_the_word():
    typed = typed_nicknames("Tijger\nde Bolle", RECORDED)
    text = anonymise("Tijger kwam binnen. TIJGER riep. Tijgers jas lag er; tijgertje "
                     "huilde. In de dierentuin zat de tijger. Bolle lachte; de bolle wangen "
                     "van de baby.", [*RECORDED, *typed.known]).text
    assert text == ("[naam] kwam binnen. [naam] riep. [naam] jas lag er; [naam] "
                    "huilde. In de dierentuin zat de tijger. [naam] lachte; de bolle wangen "
                    "van de baby.")


def test_a_pasted_paragraph_gets_a_few_messages_not_one_per_sentence():
    paragraph = "".join(f"Op dag {i} kwam hij te laat binnen en zei niets tegen de juf, "
                        f"daarna huilde hij; moeder belde om {i} uur dat het onrustig was.\n"
                        for i in range(20))
    problems = typed_nicknames(paragraph, RECORDED).problems
    assert len(problems) == 4
    assert problems[-1].startswith("En nog ") and "één per regel" in problems[-1]


def test_a_pet_form_or_possessive_of_a_known_name_keeps_the_persons_role():
    """'Zoëtje' is the pupil Zoë with a diminutive: the vault removes it as [leerling];
    typed as a nickname of nobody it would win and say only [naam]."""
    typed = typed_nicknames("Zoëtje\nSvens\nKRUIMELTJE\nTijger", RECORDED)
    assert typed.already == ("Zoëtje", "Svens", "KRUIMELTJE")
    text = anonymise("Zoëtje huilde; Svens jas; kruimeltje lachte; Tijger keek.",
                     [*RECORDED, *typed.known]).text
    assert text == "[leerling] huilde; [medeleerling] jas; [medeleerling] lachte; [naam] keek."
