"""Name normalisation and spelling distance, shared by look-ups, the validator, the NLU matcher
and the actions."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"[’'`´]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def normalize(text: str) -> str:
    """Fold case, accents and punctuation: "Côte d’Ivoire" and "cote divoire" become equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    ascii_only = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_WORD.sub(" ", _APOSTROPHES.sub("", ascii_only)).strip()


def edit_distance(first: str, second: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count as one edit), or `limit + 1` once it
    is sure to be more than `limit`."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i] + [0] * len(second)
        for j, b in enumerate(second, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]
