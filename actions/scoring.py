"""How well a message fits an answerable question, beyond closeness in meaning.

The sentence encoder finds every question about the Court somewhat close to every other, so
two plain signals sharpen its ranking: the kind of answer asked for ("how many" wants a
number, "who" a person, "when" a date) and the rarer words the message shares with the
question's phrasings and answer, weighted by how few answerable questions use them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from actions.common import kb

QUESTION_KINDS = {
    "count": re.compile(r"\bhow (many|much|big|large)\b|\bnumber of\b|\bamount\b", re.I),
    "duration": re.compile(r"\bhow long\b|\bhow many years\b", re.I),
    "frequency": re.compile(r"\bhow (often|frequently)\b|\bevery (year|few)\b", re.I),
    "time": re.compile(r"\bwhen\b|\bwhat (year|date|day)\b|\bsince when\b|\bdate\b", re.I),
    "person": re.compile(r"\bwho\b|\bwhom\b|\bwhose\b|\bname of\b", re.I),
    "place": re.compile(r"\bwhere\b|\bwhich (city|country)\b", re.I),
    "reason": re.compile(r"\bwhy\b", re.I),
}
WORD = re.compile(r"[a-z0-9]+")
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "about",
        "into",
        "over",
        "under",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "doing",
        "done",
        "have",
        "has",
        "had",
        "having",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "we",
        "us",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "much",
        "many",
        "often",
        "long",
        "not",
        "no",
        "yes",
        "so",
        "than",
        "then",
        "as",
        "any",
        "some",
        "all",
        "each",
        "every",
        "other",
        "own",
        "same",
        "such",
        "only",
        "just",
        "also",
        "very",
        "more",
        "most",
        "icc",
        "court",
        "international",
        "criminal",
        "please",
        "tell",
        "know",
        "want",
        "get",
        "got",
        "anything",
        "something",
    ]
)


def question_kinds(text: str) -> frozenset[str]:
    return frozenset(kind for kind, pattern in QUESTION_KINDS.items() if pattern.search(text))


def stems(text: str) -> set[str]:
    """Content words cut to a common stem: "judges" and "judge", "convicted" and "conviction"."""
    words = (w for w in WORD.findall(text.lower()) if w not in STOP_WORDS and len(w) > 1)
    return {w[:6] if len(w) > 6 else w.removesuffix("s") for w in words}


@dataclass(frozen=True)
class Profile:
    """What is known of one answerable question: its kinds and its words."""

    kinds: frozenset[str]
    words: frozenset[str]


@lru_cache(maxsize=1)
def profiles() -> dict[str, Profile]:
    found: dict[str, Profile] = {}
    for _, facet in kb().facets():
        phrasings = facet.phrasings()
        kinds = frozenset().union(*(question_kinds(p) for p in phrasings))
        found[facet.id] = Profile(kinds, frozenset(stems(" ".join([*phrasings, facet.answer]))))
    for question in kb().record_questions():
        phrasings = question.phrasings()
        kinds = frozenset().union(*(question_kinds(p) for p in phrasings))
        found[question.id] = Profile(kinds, frozenset(stems(" ".join(phrasings))))
    for topic in kb().all("topics"):
        words = stems(" ".join([*topic.names(), topic.answer]))  # type: ignore[attr-defined]
        found[topic.id] = Profile(frozenset(), frozenset(words))
    return found


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    counts = Counter(word for profile in profiles().values() for word in profile.words)
    total = len(profiles())
    return {word: math.log((1 + total) / (1 + count)) for word, count in counts.items()}


def word_overlap(text: str, answerable_id: str, ignored: frozenset[str] = frozenset()) -> float:
    """The share of the message's (weighted) content words that the question uses, 0 to 1;
    `ignored` words (the names of the records it names) do not count."""
    profile = profiles().get(answerable_id)
    words = stems(text) - ignored
    if profile is None or not words:
        return 0.0
    weights = _weights()
    unknown = max(weights.values(), default=1.0)
    total = sum(weights.get(w, unknown) for w in words)
    shared = sum(weights.get(w, unknown) for w in words & profile.words)
    return shared / total if total else 0.0


def kind_fit(text: str, answerable_id: str) -> int:
    """+1 when the message asks for a kind of answer the question gives, -1 when it asks for
    one the question never gives, 0 when the message asks for no particular kind."""
    asked = question_kinds(text)
    profile = profiles().get(answerable_id)
    if not asked or profile is None or not profile.kinds:
        return 0
    return 1 if asked & profile.kinds else -1
