"""Misspelt words read as the knowledge base's word they nearly are.

A word that no answerable question uses weighs the most in the action server's word overlap,
since it is usually what the knowledge base cannot answer ("how much does a judge earn?"). A
typo is such a word too, so "can an icc verdict be apealed" lost the facet on appeals to its
own misspelling, and the sentence encoder puts "reperations" far from "reparations". A word
that is neither English (the lookup lemmatizer's table) nor known to the knowledge base, in
any of its forms, is read as the most used word of the knowledge base one edit away (two for
long words) with the same first letter. Only the ranking and the overlap read it so: the
message, its entities and what is stored stay as the person wrote them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from bot.knowledge import KnowledgeBase
from bot.knowledge.text import edit_distance

WORD = re.compile(r"[a-z]+")
SHORTEST_CORRECTED = 5  # "wen" or "teh" have too many neighbours to guess from
LONG_WORD = 8  # from this length a word may be two edits away from the one meant
ENDINGS = ("s", "es", "ed", "d", "ing", "ly")


class Speller:
    def __init__(self, vocabulary: Counter[str], english: Iterable[str]) -> None:
        self._vocabulary = vocabulary
        self._english = frozenset(english)
        self._meant_word = lru_cache(maxsize=4096)(self._closest_known)  # words recur

    @classmethod
    def from_knowledge(cls, kb: KnowledgeBase, english: Iterable[str]) -> Speller:
        """The words of every question, answer and name the knowledge base holds."""
        texts: list[str] = []
        for _, facet in kb.facets():
            texts += [*facet.phrasings(), facet.answer]
        for question in kb.record_questions():
            texts += question.phrasings()
        for topic in kb.all("topics"):
            texts += [*topic.names(), topic.answer]  # type: ignore[attr-defined]
        texts += list(kb.names())
        return cls(Counter(WORD.findall(" ".join(texts).lower())), english)

    def as_known(self, text: str) -> str:
        """`text` in lower case, each misspelt word replaced by the word it nearly is."""
        return WORD.sub(lambda found: self._meant_word(found.group()), text.lower())

    def _closest_known(self, word: str) -> str:
        if len(word) < SHORTEST_CORRECTED or self._is_known(word):
            return word
        limit = 1 if len(word) < LONG_WORD else 2
        close = (
            (edit_distance(word, known, limit), -uses, known)
            for known, uses in self._vocabulary.items()
            if known[0] == word[0] and abs(len(known) - len(word)) <= limit
        )
        best = min((c for c in close if c[0] <= limit), default=None)
        return word if best is None else best[2]

    def _is_known(self, word: str) -> bool:
        """English, or a word of the knowledge base, as written or less an ending."""
        forms = [word, *(word[: -len(e)] for e in ENDINGS if word.endswith(e))]
        return any(form in self._english or form in self._vocabulary for form in forms)
