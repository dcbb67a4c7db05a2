from zorgdesk.domain.passphrase import MIN_LENGTH, assess_passphrase


def test_strong_passphrase_is_accepted():
    verdict = assess_passphrase("paraplu tijger kompas zeilboot")
    assert verdict.acceptable
    assert verdict.score >= 3


def test_empty_passphrase():
    assert assess_passphrase("").reasons == ("Vul een wachtwoord in.",)


def test_short_passphrase_names_the_length():
    verdict = assess_passphrase("Kp9#x")
    assert f"minstens {MIN_LENGTH} tekens (nu 5)" in " ".join(verdict.reasons)


def test_personal_words_are_refused():
    verdict = assess_passphrase("Regenboog kompas tijger", ["OBS De Regenboog"])
    assert not verdict.acceptable
    assert "naam van uzelf of van de school" in " ".join(verdict.reasons)


def test_diacritics_and_emoji_are_fine_and_long_input_is_quick():
    assert assess_passphrase("één ïjsbeer 🐻 zoëkt çelik-thee").acceptable
    verdict = assess_passphrase("a" * 5000 + "Zx9!qPm")
    assert verdict.score <= 4


def test_leading_space_is_refused():
    assert "spatie" in " ".join(assess_passphrase(" paraplu tijger kompas").reasons)
