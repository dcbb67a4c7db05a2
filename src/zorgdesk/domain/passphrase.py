"""Passphrase strength rules, explained in Dutch.

zxcvbn estimates how guessable a passphrase is (dictionary words, keyboard
patterns, dates, names); a plain length rule alone would accept
"Welkom12345!". Its feedback is English, so we translate the verdict, not the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attacks"
_ESTIMATE_CHARS = 72  # zxcvbn refuses longer input; the first 72 chars decide anyway

STRENGTH_LABELS = ["Zeer zwak", "Zwak", "Matig", "Sterk", "Zeer sterk"]


@dataclass(frozen=True)
class PassphraseVerdict:
    score: int  # 0..4
    label: str
    reasons: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return not self.reasons


def assess_passphrase(passphrase: str, personal_words: list[str] | tuple[str, ...] = ()) -> (
    PassphraseVerdict
):
    reasons: list[str] = []
    if not passphrase:
        return PassphraseVerdict(0, STRENGTH_LABELS[0], ("Vul een wachtwoord in.",))
    if len(passphrase) < MIN_LENGTH:
        reasons.append(f"Gebruik minstens {MIN_LENGTH} tekens (nu {len(passphrase)}).")
    if passphrase != passphrase.strip():
        reasons.append("Begin of eindig niet met een spatie.")
    words = [w for word in personal_words for w in str(word).split() if len(w) > 2]
    result = zxcvbn(passphrase[:_ESTIMATE_CHARS], user_inputs=words)
    score = int(result["score"])
    lowered = passphrase.lower()
    if any(w.lower() in lowered for w in words):
        reasons.append("Gebruik geen naam van uzelf of van de school in het wachtwoord.")
        score = min(score, 2)
    if score < MIN_SCORE and len(passphrase) >= MIN_LENGTH:
        reasons.append(
            "Het is te makkelijk te raden. Kies bijvoorbeeld vier losse woorden die niets "
            "met elkaar te maken hebben."
        )
    if reasons:  # never "Sterk" for a passphrase that cannot be used yet (e.g. too short)
        score = min(score, MIN_SCORE - 1)
    return PassphraseVerdict(score, STRENGTH_LABELS[score], tuple(reasons))
