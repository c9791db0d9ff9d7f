"""Misspelt words read as the knowledge base's word they nearly are.

A word that no answerable question uses weighs the most in the action server's word overlap,
since it is usually what the knowledge base cannot answer ("how much does a judge earn?"). A
typo is such a word too, so "can an icc verdict be apealed" lost the facet on appeals to its
own misspelling, and the sentence encoder puts "reperations" far from "reparations". A word
that is neither English (the lookup lemmatizer's table) nor known to the knowledge base, in
any of its forms, is read as the most used word of the knowledge base one edit away (two for
long words) with the same first letter, and an English word it never uses as one of its most
used words one edit away ("statue" for "statute"); chat shorthand ("wen", "hw", "u") is read
from shorthand.yml beside this module. Only the ranking and the overlap read it so: the
message, its entities and what is stored stay as the person wrote them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from pathlib import Path

import yaml

from bot.knowledge import KnowledgeBase
from bot.knowledge.text import edit_distance

WORD = re.compile(r"[a-z](?:\.[a-z])+\.?|[a-z0-9]+")  # "u.s." whole, so "u" is not "you"
SHORTHAND_FILE = Path(__file__).with_name("shorthand.yml")
SHORTEST_CORRECTED = 5  # "wen" or "teh" have too many neighbours to guess from
LONG_WORD = 8  # from this length a word may be two edits away from the one meant
# An English word the knowledge base never uses is read as one of its most used words one edit
# away: people write "statue" and "county" for "statute" and "country".
SHORTEST_ENGLISH_CORRECTED = 6
FREQUENT = 100
ENDINGS = ("s", "es", "ed", "d", "ing", "ly")


class Speller:
    def __init__(
        self,
        vocabulary: Counter[str],
        english: Iterable[str],
        shorthand: Mapping[str, str] | None = None,
    ) -> None:
        self._vocabulary = vocabulary
        self._english = frozenset(english)
        self._shorthand = dict(shorthand or {})
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
        shorthand = yaml.safe_load(SHORTHAND_FILE.read_text(encoding="utf-8"))["shorthand"]
        return cls(Counter(WORD.findall(" ".join(texts).lower())), english, shorthand)

    def as_known(self, text: str) -> str:
        """`text` in lower case, each misspelt word replaced by the word it nearly is."""
        return WORD.sub(lambda found: self._meant_word(found.group()), text.lower())

    def _closest_known(self, word: str) -> str:
        if word in self._shorthand:
            return self._shorthand[word]
        too_short = len(word) < SHORTEST_CORRECTED
        if too_short or not word.isalpha() or self._known(word, self._vocabulary):
            return word
        english = self._known(word, self._english)
        if english and len(word) < SHORTEST_ENGLISH_CORRECTED:
            return word
        limit = 1 if english or len(word) < LONG_WORD else 2
        least_uses = FREQUENT if english else 1  # "statue" for "statute", not "decade" for "decide"
        close = (
            (edit_distance(word, known, limit), -uses, known)
            for known, uses in self._vocabulary.items()
            if uses >= least_uses and known[0] == word[0] and abs(len(known) - len(word)) <= limit
        )
        best = min((c for c in close if c[0] <= limit), default=None)
        return word if best is None else best[2]

    @staticmethod
    def _known(word: str, words: Collection[str]) -> bool:
        """`word` is one of `words` as written or less an ending ("appealed")."""
        forms = [word, *(word[: -len(e)] for e in ENDINGS if word.endswith(e))]
        return any(form in words for form in forms)
