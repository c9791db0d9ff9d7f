"""Name normalisation shared by look-ups, the validator and the NLU matcher."""

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
