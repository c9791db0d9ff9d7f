"""Full-text search over the knowledge base: spaCy lemmas scored with Okapi BM25.

Used when the assistant is unsure what was asked, to offer the records that best match
the words of the message ("convicted" finds "conviction" texts through the lemma "convict").
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.knowledge.schema import Record

TEXT_FIELDS = (
    "answer",
    "details",
    "points",
    "summary",
    "definition",
    "charges",
    "status_detail",
    "position",
    "examples",
    "note",
)


def record_text(record: Record) -> str:
    """The words a record is about: its names and its explanatory fields."""
    parts: list[str] = record.names()
    for field in TEXT_FIELDS:
        value = getattr(record, field, None)
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list):
            parts.extend(str(item) for item in value)
    return "\n".join(parts)


@dataclass(frozen=True)
class Hit:
    record: Record
    score: float


class SearchIndex:
    """BM25 over records; `analyze` turns text into index terms (lemmas without stop words)."""

    def __init__(
        self,
        records: Iterable[Record],
        analyze: Callable[[str], list[str]],
        k1: float = 1.5,
        b: float = 0.75,
    ) -> None:
        self._analyze = analyze
        self._k1, self._b = k1, b
        self._records = list(records)
        self._terms = [Counter(analyze(record_text(record))) for record in self._records]
        self._lengths = [sum(terms.values()) for terms in self._terms]
        self._average_length = sum(self._lengths) / max(len(self._lengths), 1)
        document_frequency = Counter(term for terms in self._terms for term in terms)
        count = len(self._records)
        self._idf = {
            term: math.log(1 + (count - freq + 0.5) / (freq + 0.5))
            for term, freq in document_frequency.items()
        }

    def search(self, query: str, limit: int = 3) -> list[Hit]:
        query_terms = set(self._analyze(query))
        hits = []
        for record, terms, length in zip(self._records, self._terms, self._lengths, strict=True):
            score = 0.0
            for term in query_terms & terms.keys():
                frequency = terms[term]
                norm = self._k1 * (1 - self._b + self._b * length / self._average_length)
                score += self._idf[term] * frequency * (self._k1 + 1) / (frequency + norm)
            if score > 0:
                hits.append(Hit(record, score))
        hits.sort(key=lambda hit: (-hit.score, hit.record.id))
        return hits[:limit]


def spacy_analyzer(nlp) -> Callable[[str], list[str]]:
    """Lower-case lemmas of the words in a text, without stop words, punctuation or numbers."""

    def analyze(text: str) -> list[str]:
        return [
            token.lemma_.lower()
            for token in nlp(text)
            if token.is_alpha and not token.is_stop and len(token) > 1
        ]

    return analyze
