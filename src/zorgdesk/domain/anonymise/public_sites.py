"""Websites of public institutions are facts, not identifiers.

"Info gegeven over www.thuisarts.nl", "verwezen naar www.kindertelefoon.nl": the site tells
Veilig Thuis what the school did and names nobody. A profile, a blog or a school's site
does name someone ("facebook.com/fam.mulder", "www.mamavanvier.nl", "www.obs-regenboog.nl").

A site is public when its whole address is a bare Dutch domain named by what it is about:
one domain name (no subdomain other than www) under .nl/.org/.be/.eu/.nu/.info, which is
one dictionary word or two glued ("thuisarts" = thuis + arts) or a short number ("113"),
with at most a path of dictionary words ("/melden"). Never when it holds a word of a name
the vault knows (the school's own site), a school or club marker, or anything no
dictionary has. Without a word list nothing is kept: the default stays removal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from zorgdesk.domain.anonymise.first_chars import compile_fast
from zorgdesk.domain.text import fold

__all__ = ["known_words", "public_site"]

_TOP_LEVEL = frozenset(["nl", "org", "be", "eu", "nu", "info"])
# A school, childcare or club site points at one place (and so at the children there).
_PLACE_MARKERS = compile_fast(r"^(?:obs|cbs|pcbs|rkbs|kbs|ikc|sbo|bs|vv|sv|cs|pc|rk)|school|"
                              r"kindcentrum|opvang|club|vereniging|camping|kerk|moskee|blog|"
                              r"fabriek|bedrijf|winkel|bakker|slager|garage|kapsalon|praktijk|"
                              r"hotel|restaurant|snackbar|boerderij|kwekerij|manege")
_LINKS = ("", "s", "e", "en")
_FUNCTION = frozenset(["van", "voor", "met", "bij", "naar", "het", "een", "der", "den", "aan",
                       "uit", "over", "vandaan", "mijn", "jouw", "onze", "haar", "zijn"])


def known_words(names: Iterable[str]) -> frozenset[str]:
    """Folded words of at least three letters of the names the vault knows."""
    return frozenset(w for name in names for w in re.findall(r"\w{3,}", fold(name)))


def _dictionary_word(word: str, is_word: Callable[[str], bool]) -> bool:
    return len(word) >= 3 and word not in _FUNCTION and is_word(word)


def _named_by_words(label: str, is_word: Callable[[str], bool]) -> bool:
    """One dictionary word, or two glued with an optional linking s/e/en."""
    if _dictionary_word(label, is_word):
        return True
    for cut in range(3, len(label) - 2):
        head, tail = label[:cut], label[cut:]
        if not _dictionary_word(head, is_word):
            continue
        for link in _LINKS:
            rest = tail[len(link):]
            if tail.startswith(link) and _dictionary_word(rest, is_word) and \
                    max(len(head), len(rest)) >= 5:
                return True
    return False


def public_site(url: str, is_word: Callable[[str], bool], known: frozenset[str]) -> bool:
    """Whether ``url`` (as written in the text) is a public institution's website."""
    address = re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", url).rstrip("/")
    host, _, path = address.partition("/")
    labels = host.lower().split(".")
    if len(labels) != 2 or labels[1] not in _TOP_LEVEL:
        return False
    label = labels[0]
    if any(word in fold(label) for word in known) or _PLACE_MARKERS.search(label):
        return False
    if label.isdigit():
        return 3 <= len(label) <= 4  # "113.nl"
    parts = label.split("-")
    if not all(p.isalpha() and _named_by_words(p, is_word) for p in parts) or len(parts) > 2:
        return False
    segments = [s for s in path.lower().split("/") if s]
    return all(all(w.isalpha() and is_word(w) for w in s.split("-")) for s in segments)
