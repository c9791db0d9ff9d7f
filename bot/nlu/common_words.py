"""English words, to tell a surname such as "Banda" from the same word in a sentence."""

from __future__ import annotations

from functools import lru_cache

import spacy

from bot.paths import SPACY_MODEL_DIR


@lru_cache(maxsize=1)
def common_english_words() -> frozenset[str]:
    """Every lemma in the lookup lemmatizer's table: about 26,000 English words."""
    nlp = spacy.load(SPACY_MODEL_DIR)
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    return frozenset(lemma.lower() for lemma in table.values() if isinstance(lemma, str))
