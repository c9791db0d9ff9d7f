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
from actions.texts import words_list
from bot.nlu.common_words import common_english_words
from bot.nlu.spelling import Speller

QUESTION_KINDS = {
    "count": re.compile(r"\bhow (many|much|big|large)\b|\bnumber of\b|\bamount\b", re.I),
    "duration": re.compile(r"\bhow long\b|\bhow many years\b", re.I),
    "frequency": re.compile(r"\bhow (often|frequently)\b|\bevery (year|few)\b", re.I),
    "time": re.compile(r"\bwhen\b|\bwhat (year|date|day)\b|\bsince when\b|\bdate\b", re.I),
    # "Who runs it?", "tell me who...", "a euro, to whom?"; not "people who are found guilty"
    "person": re.compile(
        r"(^|[^\w\s']\s*|\b(and|so|but|then|or|ok|is|was|are|were|know|knows|tell|ask|wonder|"
        r"wondering|sure|idea|see|find|out|to|for|by|from|with|against|of|about|on)\s+)"
        r"(who|whom|whose)\b|\bname of\b",
        re.I,
    ),
    "place": re.compile(r"\bwhere\b|\b(which|what) (city|cities|country|countries|place)\b", re.I),
    "reason": re.compile(r"\bwhy\b", re.I),
}
WORD = re.compile(r"[a-z0-9]+")
ENDINGS = ("ing", "ed", "es", "s")
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
        "anybody",
        "anyone",
        "somebody",
        "someone",
    ]
)


def question_kinds(text: str) -> frozenset[str]:
    return frozenset(kind for kind, pattern in QUESTION_KINDS.items() if pattern.search(text))


def stems(text: str) -> set[str]:
    """Content words cut to a common stem: "judges" and "judge", "convicted" and "conviction";
    a synonym ("sent" for "referred") to the stem of its group's first word."""
    words = (w for w in WORD.findall(text.lower()) if w not in STOP_WORDS and len(w) > 1)
    same = _synonyms()
    cut = (same.get(stem, stem) for stem in map(_stem, words))
    return {w for w in cut if w not in STOP_WORDS}  # "whats" is "what"


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    """Each synonym's stem, with the stem of its group's first word."""
    found = {}
    for group in words_list("synonyms"):
        first = _stem(str(group[0]).lower())
        found |= {_stem(str(word).lower()): first for word in group[1:]}
    return found


def _stem(word: str) -> str:
    """ "joined" and "join", "referring" and "refer", "parties" and "party": an ending off,
    then six letters at most."""
    if len(word) > 4 and word.endswith("ies"):
        return f"{word[:-3]}y"[:6]
    for ending in ENDINGS:
        if len(word) - len(ending) >= 3 and word.endswith(ending):
            word = word[: -len(ending)]
            break
    else:
        if len(word) > 3 and word.endswith("e"):
            word = word[:-1]  # "vote" as "votes" and "voted": "vot"
    return word[:6]


@dataclass(frozen=True)
class Profile:
    """What is known of one answerable question: its kinds and its words."""

    kinds: frozenset[str]
    words: frozenset[str]


def _profile(phrasings: list[str], also: str = "") -> Profile:
    kinds = frozenset().union(*(question_kinds(p) for p in phrasings))
    return Profile(kinds, frozenset(stems(" ".join([*phrasings, also]))))


@lru_cache(maxsize=1)
def profiles() -> dict[str, Profile]:
    found = {facet.id: _profile(facet.phrasings(), facet.answer) for _, facet in kb().facets()}
    found |= {q.id: _profile(q.phrasings()) for q in kb().record_questions()}
    for topic in kb().all("topics"):
        words = stems(" ".join([*topic.names(), topic.answer]))  # type: ignore[attr-defined]
        found[topic.id] = Profile(frozenset(), frozenset(words))
    return found


@dataclass(frozen=True)
class Weights:
    """How rare each word is among the answerable questions; a word none uses is rarest."""

    of: dict[str, float]
    unknown: float


@lru_cache(maxsize=1)
def speller() -> Speller:
    return Speller.from_knowledge(kb(), common_english_words())


@lru_cache(maxsize=1)
def _weights() -> Weights:
    counts = Counter(word for profile in profiles().values() for word in profile.words)
    total = len(profiles())
    weights = {word: math.log((1 + total) / (1 + count)) for word, count in counts.items()}
    return Weights(weights, max(weights.values(), default=1.0))


def rarest_weight() -> float:
    """The weight of a word no answerable question uses."""
    return _weights().unknown


@dataclass(frozen=True)
class Message:
    """What the message asks for and its weighted content words, worked out once a message."""

    kinds: frozenset[str]
    words: dict[str, float]
    text: str = ""

    @classmethod
    def of(cls, text: str, ignored: frozenset[str] = frozenset()) -> Message:
        """`ignored` words (the names of the records the message names) do not count; a
        misspelt word counts as the word it nearly is."""
        weights = _weights()
        meant = speller().as_known(text)  # "wen did it start" asks a time
        words = {w: weights.of.get(w, weights.unknown) for w in stems(meant) - ignored}
        return cls(question_kinds(meant), words, text)

    def share(self, words: set[str] | frozenset[str]) -> float:
        """The share of the message's (weighted) content words among `words`, 0 to 1."""
        total = sum(self.words.values())
        if not total:
            return 0.0
        return sum(weight for w, weight in self.words.items() if w in words) / total

    def word_overlap(self, answerable_id: str) -> float:
        """The share of the message's (weighted) content words that the question uses, 0 to 1."""
        profile = profiles().get(answerable_id)
        return 0.0 if profile is None else self.share(profile.words)

    def kind_fit(self, answerable_id: str) -> int:
        """+1 when the message asks for a kind of answer the question gives, -1 when it asks
        for one the question never gives, 0 when it asks for no particular kind."""
        profile = profiles().get(answerable_id)
        if not self.kinds or profile is None or not profile.kinds:
            return 0
        return 1 if self.kinds & profile.kinds else -1
