"""Find knowledge-base names in a message with spaCy's PhraseMatcher.

Matching is insensitive to case, accents and punctuation: the message and every name are
reduced to the same normalised words ("Côte d’Ivoire" -> "cote divoire") before matching,
and each match is mapped back to its place in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans
from spacy.vocab import Vocab

from bot.knowledge import KnowledgeBase, normalize
from bot.knowledge.schema import Article, Case, Crime, GlossaryTerm, Person, Situation, State

WORD = re.compile(r"\w+(?:['’`´]\w+)*")

ENTITY_BY_KIND: dict[type, str] = {
    State: "country",
    Situation: "country",
    Person: "person",
    Crime: "crime",
    Article: "article",
    GlossaryTerm: "term",
    Case: "case",
}

# Positions people pick from a list ("tell me about the second one"); -1 is the last item.
_POSITION_WORDS = (
    ("first", "1st"),  # not "one": "which one", "the first one"
    ("second", "two", "2nd"),
    ("third", "three", "3rd"),
    ("fourth", "four", "4th"),
    ("fifth", "five", "5th"),
    ("sixth", "six", "6th"),
    ("seventh", "seven", "7th"),
    ("eighth", "eight", "8th"),
    ("ninth", "nine", "9th"),
    ("tenth", "ten", "10th"),
)
# Words that pick an item from a list the assistant just showed ("the 2nd", "number 3").
ORDINALS = {
    **{word: str(n) for n, words in enumerate(_POSITION_WORDS, 1) for word in (*words, str(n))},
    "last": "-1",
}


@dataclass(frozen=True)
class Match:
    entity: str
    value: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Name:
    entity: str
    value: str
    needs_capital: bool


class NameMatcher:
    """Matches normalised names; a one-word person name that is also an English word
    (e.g. "Banda") only when capitalised."""

    def __init__(self, names: dict[str, _Name]) -> None:
        self._vocab = Vocab()
        self._matcher = PhraseMatcher(self._vocab, attr="ORTH")
        self._names: dict[str, _Name] = {}
        for key, name in names.items():
            words = key.split()
            if words:
                self._names[key] = name
                self._matcher.add(key, [Doc(self._vocab, words=words)])

    @classmethod
    def from_knowledge(cls, kb: KnowledgeBase, common_words: Iterable[str] = ()) -> NameMatcher:
        common = set(common_words)
        names: dict[str, _Name] = {}
        for key, record in kb.names().items():
            entity = ENTITY_BY_KIND.get(type(record))
            if entity:
                ambiguous = entity == "person" and " " not in key and key in common
                names[key] = _Name(entity, record.id, needs_capital=ambiguous)
        for word, position in ORDINALS.items():
            names.setdefault(word, _Name("ordinal", position, needs_capital=False))
        return cls(names)

    def find(self, text: str) -> list[Match]:
        """Longest non-overlapping matches, in the order they appear."""
        pieces = [(normalize(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]
        words, starts, ends = [], [], []
        for norm, start, end in pieces:
            for word in norm.split():
                words.append(word)
                starts.append(start)
                ends.append(end)
        if not words:
            return []
        doc = Doc(self._vocab, words=words)
        spans = filter_spans(doc[start:end] for _, start, end in self._matcher(doc))
        matches = []
        for span in spans:
            key = " ".join(token.text for token in span)
            name = self._names[key]
            begin, finish = starts[span.start], ends[span.end - 1]
            original = text[begin:finish]
            if name.needs_capital and not original[:1].isupper():
                continue
            matches.append(Match(name.entity, name.value, begin, finish, original))
        return matches
