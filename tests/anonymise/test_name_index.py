"""The one name index: same forms as before, built once, linear in the text."""

from __future__ import annotations

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
from zorgdesk.domain.anonymise.detectors import Detection
from zorgdesk.domain.anonymise.name_index import NameIndex, known_hits, rough_fold
from zorgdesk.domain.anonymise.name_removal import may_name, remove_name, rough_pattern
from zorgdesk.domain.anonymise.replacements import merge_detections

IB = KnownName("Marieke Hoekstra", "intern begeleider")
PUPIL = KnownName("Daan van der Berg", "leerling", "Daan", "van der", "Berg")


def test_index_is_built_once_per_list_of_names():
    people = (IB, PUPIL)
    assert NameIndex.of(people) is NameIndex.of(tuple(people))


def test_initial_and_surname_is_one_person_with_one_tag():
    result = anonymise("IB M. Hoekstra belde.", [KnownName("Ingrid Bakker", "moeder"), IB])
    assert result.text == "IB [intern begeleider] belde."


def test_tussenvoegsel_abbreviations_and_glued_diminutive():
    for text in ("v.d. Berg", "v/d Berg", "vd Berg", "v. d. Berg", "Daantje", "Daans"):
        hits = known_hits(f"Toen kwam {text} binnen.", [NameIndex([PUPIL])])
        assert [h.original for h in hits] == [text], text


def test_two_indexes_share_neutral_tags():
    sister = KnownName("Noor van der Berg", "zus", "Noor", "van der", "Berg")
    hits = known_hits("Berg belde", [NameIndex([PUPIL]), NameIndex([sister])])
    assert [h.replacement for h in hits] == ["[achternaam]"]


def test_rough_filter_needs_whole_words_and_ignores_particles():
    pattern = rough_pattern(KnownName("Mo van den Broek", first="Mo", tussenvoegsel="van den",
                                      last="Broek"))
    assert not pattern.search(rough_fold("de kinderen van den haag, ca. m.i. moe"))
    assert pattern.search(rough_fold("toen zei mo dat"))
    assert pattern.search(rough_fold("de broekjes van Broeks"))
    assert pattern.search(rough_fold("dat zei m. v. d. b. gisteren"))
    gone = KnownName("Mo van den Broek", first="Mo", tussenvoegsel="van den", last="Broek")
    assert may_name("Toen zei M. het", gone) and not may_name("toen zei m. het", gone)


def test_tussenvoegsel_is_no_shared_name_word_in_retention(session):
    """Retention protects only the names that share a name word with the departing
    pupil; a shared "van den" is none (counting it made every "van" pupil protect 1,300
    others, issue 23)."""
    from datetime import date

    from zorgdesk.domain.people import PupilDraft
    from zorgdesk.services.name_rewrite import NameRemover

    def add(first: str, tussenvoegsel: str, last: str) -> int:
        return session.basedata.add_pupil(PupilDraft(
            first, last, date(2016, 3, 1), date(2020, 8, 20), tussenvoegsel=tussenvoegsel))

    gone = session.basedata.pupil(add("Daan", "van den", "Berg"))
    add("Piet", "van den", "Heuvel")
    add("Kees", "", "Berg")
    add("Daan", "van", "Dijk")
    stays = {p.name for p in NameRemover(session.vault.read(), gone).stays}
    assert {"Kees Berg", "Daan van Dijk"} <= stays
    assert "Piet van den Heuvel" not in stays


def test_remove_name_keeps_the_other_pupil_whole():
    stays = [KnownName("Daan van der Berg", first="Daan", tussenvoegsel="van der", last="Berg")]
    gone = KnownName("Noor van der Berg", first="Noor", tussenvoegsel="van der", last="Berg")
    text = "Noor en Daan van der Berg speelden; Van der Berg haalde op."
    assert remove_name(text, gone, stays) == (
        "[medeleerling] en Daan van der Berg speelden; [medeleerling] haalde op.")


def test_merge_detections_is_one_sweep_over_many_hits():
    text = "Karin " * 20_000
    detections = [Detection(i * 6, i * 6 + 5, "naam") for i in range(20_000)]
    chosen, added = merge_detections(text, [], detections)
    assert added == 20_000 and chosen[-1].start == 6 * 19_999
