from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zorgdesk.domain.logbook.objectivity import (
    WORDLIST_FILES,
    Hint,
    HintFinder,
    HintKind,
    Wordlists,
    find_hints,
    fold_text,
    initials_for,
    load_wordlists,
    parse_wordlist,
)
from zorgdesk.paths import resources_dir

NAMES = ("Zoë de Vries", "Daan Bakker")


def kinds(text: str, names=()) -> list[tuple[HintKind, str]]:
    return [(h.kind, h.word) for h in find_hints(text, names)]


def assert_offsets(text: str, hints: list[Hint]) -> None:
    for h in hints:
        assert 0 <= h.start < h.end <= len(text)
        assert text[h.start : h.end] == h.word


# --------------------------------------------------------------------------- word lists


def test_wordlist_files_exist_documented_and_parse():
    directory = resources_dir() / "wordlists"
    for filename in WORDLIST_FILES.values():
        raw = (directory / filename).read_text(encoding="utf-8")
        assert raw.startswith("# ZorgDesk woordenlijst")
        entries = parse_wordlist(raw)
        assert entries
        assert not any(e.startswith("#") or e != e.strip() for e in entries)
    lists = load_wordlists()
    assert "ADHD" in lists.diagnosis
    assert "agressieve" in lists.interpretation
    assert "af en toe" in lists.vague_frequency


def test_parse_wordlist_skips_comments_and_blank_lines():
    assert parse_wordlist("# kop\n\n  lui \n#x\naf en toe\n") == ("lui", "af en toe")


# --------------------------------------------------------------------------- categories


@pytest.mark.parametrize(
    "word", ["depressief", "ADHD", "autistisch", "Autisme", "gestoord", "dyslectisch"]
)
def test_diagnosis_words(word):
    assert kinds(f"Hij is {word} volgens mij.") == [(HintKind.DIAGNOSIS, word)]


@pytest.mark.parametrize(
    "word",
    [
        "agressief",
        "agressieve",
        "AGRESSIEF",
        "liegt",
        "verwaarloosd",
        "verwaarloosde",
        "mishandeld",
        "brutaal",
        "lui",
        "luie",
    ],
)
def test_interpretation_words_and_inflections(word):
    assert kinds(f"Een {word} reactie op de juf.") == [(HintKind.INTERPRETATION, word)]


@pytest.mark.parametrize("word", ["vaak", "altijd", "soms", "nooit", "regelmatig", "af en toe"])
def test_vague_frequency_without_number(word):
    assert kinds(f"Ze komt {word} te laat binnen.") == [(HintKind.VAGUE_FREQUENCY, word)]


@pytest.mark.parametrize(
    "text",
    [
        "Ze komt 3 keer per week te laat binnen.",
        "Ze komt vaak (4x) te laat binnen.",
        "Deze week 2 keer en soms ook op maandag.",
        "Ze huilt regelmatig, drie keer deze week.",
        'Hij zei: "jij bent altijd lui" tegen J.D.',
    ],
)
def test_no_hint_for_counted_or_quoted_text(text):
    assert find_hints(text) == []


def test_number_in_previous_sentence_does_not_count():
    text = "Op dag 3 was alles rustig. Ze komt vaak te laat."
    assert kinds(text) == [(HintKind.VAGUE_FREQUENCY, "vaak")]


def test_word_boundaries():
    # "luidruchtig" contains "lui", "soms" inside "somsnog" is no word, "ADHD" in "ADHD-achtig" is
    assert find_hints("Hij was luidruchtig en de klaslokalen waren open.") == []
    assert kinds("ADHD-achtig gedrag") == [(HintKind.DIAGNOSIS, "ADHD")]
    assert kinds("heel vaak") == [(HintKind.VAGUE_FREQUENCY, "heel vaak")]


def test_multiple_whitespace_in_phrase():
    assert kinds("Ze komt af  en\ntoe te laat.") == [(HintKind.VAGUE_FREQUENCY, "af  en\ntoe")]


def test_suggestions_are_dutch():
    hints = {h.kind: h.suggestion for h in find_hints("Hij is lui, ADHD en komt vaak.", NAMES)}
    assert "BIG-geregistreerde" in hints[HintKind.DIAGNOSIS]
    assert "Interpretatie / vermoeden" in hints[HintKind.INTERPRETATION]
    assert "aantal" in hints[HintKind.VAGUE_FREQUENCY]


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    "written",
    ["Zoë de Vries", "zoe de vries", "ZOE DE VRIES", "Zoe\u0308 de Vries", "Zoé  de Vries"],
)
def test_known_name_with_and_without_diacritics(written):
    text = f"Ruzie met {written} op het plein."
    hints = find_hints(text, NAMES)
    assert [(h.kind, h.word) for h in hints] == [(HintKind.PUPIL_NAME, written)]
    assert "Z.d.V." in hints[0].suggestion
    assert_offsets(text, hints)


def test_name_given_without_diacritics_matches_text_with_them():
    assert kinds("Zoë speelde alleen.", ["Zoe"]) == [(HintKind.PUPIL_NAME, "Zoë")]


def test_names_in_quotes_still_marked_and_partial_names_not():
    assert kinds('Hij riep "Daan Bakker is dom"', NAMES) == [(HintKind.PUPIL_NAME, "Daan Bakker")]
    assert find_hints("Daantje en Bakkerij", NAMES) == []


def test_initials_for():
    assert initials_for("Zoë de Vries") == "Z.d.V."
    assert initials_for("Anne-Sophie van den Berg") == "A.S.v.d.B."


# --------------------------------------------------------------------------- offsets


@pytest.mark.parametrize(
    "prefix",
    [
        "",
        "😀😀 ",
        "👨‍👩‍👧 gezin, ",
        "Zoë en café ",
        "Zoe\u0308 en cafe\u0301 ",  # decomposed accents
        "ﬁets en Straße ",  # ligature and sharp s fold to more characters
        "İstanbul ",  # casefold adds a combining dot
        "\u200b\t\n",
    ],
)
def test_offsets_after_emoji_and_diacritics(prefix):
    text = prefix + "Hij was agressief en ADHD, met Zoë de Vries."
    hints = find_hints(text, NAMES)
    assert [h.kind for h in hints] == [
        HintKind.INTERPRETATION,
        HintKind.DIAGNOSIS,
        HintKind.PUPIL_NAME,
    ]
    assert [h.word for h in hints] == ["agressief", "ADHD", "Zoë de Vries"]
    assert_offsets(text, hints)
    assert hints[0].start == len(prefix) + len("Hij was ")


def test_hit_with_decomposed_accent_covers_the_combining_mark():
    text = "Ze leek ongei\u0308nteresseerd."
    hints = find_hints(text)
    assert [h.word for h in hints] == ["ongei\u0308nteresseerd"]
    assert_offsets(text, hints)


def test_fold_text_map():
    folded, index = fold_text("Zoë")
    assert folded == "zoe" and index == [0, 1, 2]
    assert fold_text("abc") == ("abc", None)


def test_custom_wordlists_finder():
    finder = HintFinder(Wordlists(interpretation=("stout*",)), ["Piet"])
    text = "Piet was stouter dan ooit."
    assert [(h.kind, h.word) for h in finder.find(text)] == [
        (HintKind.PUPIL_NAME, "Piet"),
        (HintKind.INTERPRETATION, "stouter"),
    ]
    assert HintFinder(Wordlists()).find("vaak lui") == []


def test_fast_enough_for_every_keystroke():
    base = "Zoë huilde vaak 😢 en was agressief; 3 keer per week ADHD-achtig gedrag. "
    text = (base * 100)[:5000]
    find_hints(text, NAMES)  # warm the caches
    started = time.perf_counter()
    for _ in range(10):
        find_hints(text, NAMES)
    per_call = (time.perf_counter() - started) / 10
    assert per_call < 0.05  # generous; measured about 2 ms


# --------------------------------------------------------------------------- properties


names_strategy = st.lists(st.text(min_size=0, max_size=15), max_size=3).map(tuple)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), names_strategy)
def test_never_crashes_and_offsets_within_text(text, names):
    hints = find_hints(text, names)
    assert_offsets(text, hints)
    starts = [h.start for h in hints]
    assert starts == sorted(starts)
    for earlier, later in zip(hints, hints[1:], strict=False):
        assert earlier.end <= later.start


words = st.sampled_from(
    ["agressieve", "ADHD", "vaak", "Zoë", "zoe\u0308", "😀", "ß", "İ", "ﬁ", " ", "\n", "de", "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(words, max_size=40).map("".join))
def test_offsets_valid_on_tricky_mixtures(text):
    assert_offsets(text, find_hints(text, ["Zoë de Vries", "ßtraße"]))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.sampled_from(["agressief", "ADHD", "lui"]))
def test_inserted_word_found_at_its_offset(prefix, word):
    text = f"{prefix} {word} ."
    hints = find_hints(text)
    start = len(prefix) + 1
    # the word is found there unless the prefix opened a quote around it
    if not any(q in prefix for q in '"“„«'):
        assert any(h.start == start and h.word == word for h in hints), hints


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_nfc_and_nfd_give_the_same_hint_words(text):
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    words_nfc = [(h.kind, unicodedata.normalize("NFC", h.word)) for h in find_hints(nfc)]
    words_nfd = [(h.kind, unicodedata.normalize("NFC", h.word)) for h in find_hints(nfd)]
    assert words_nfc == words_nfd
