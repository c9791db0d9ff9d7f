"""Find knowledge-base names in a message with spaCy's PhraseMatcher.

Matching is insensitive to case, accents and punctuation: the message and every name are
reduced to the same normalised words ("Côte d’Ivoire" -> "cote divoire") before matching,
and each match is mapped back to its place in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans
from spacy.vocab import Vocab

from bot.knowledge import KnowledgeBase, normalize
from bot.knowledge.schema import Article, Case, Crime, GlossaryTerm, Person, Situation, State
from bot.knowledge.text import edit_distance

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


# Misspelt names ("ongwin", "netanyaho", "al madhi") are matched when they are this close to a
# name of one or two words of a person, case or country: one edit for words of 4 to 7 letters,
# two from 8; the first letter must be right and the word must not be an English word. In a
# word of four letters the edit must be a vowel for a vowel or two letters swapped ("koni" is
# Kony), since one consonant changes most short names into others ("mavi" is not Mali).
FUZZY_ENTITIES = ("person", "case", "country", "crime", "term")
# A crime or a term is an English word itself ("genocide"): its typos are still its name, as
# long as the typo is no word of its own.
FUZZY_WORD_ENTITIES = ("crime", "term")
FUZZY_MIN_LETTERS = 4
FUZZY_ANY_EDIT_FROM = 5
FUZZY_TWO_EDITS_FROM = 8
VOWELS = frozenset("aeiouy")


def _surnames(kb: KnowledgeBase, common: set[str]) -> dict[str, Person]:
    """People are often called by their last name alone ("Kenyatta"): that name, where no
    other person shares it and it is not an English word."""
    found: dict[str, list[Person]] = {}
    for record in kb.all("people"):
        last = normalize(record.name).split()[-1:]
        if last and len(last[0]) >= FUZZY_MIN_LETTERS and last[0] not in common:
            found.setdefault(last[0], []).append(record)  # type: ignore[arg-type]
    return {name: people[0] for name, people in found.items() if len(people) == 1}


class NameMatcher:
    """Matches normalised names; a one-word person name that is also an English word
    (e.g. "Banda") only when capitalised; a slightly misspelt name of a person, case or
    country as that name."""

    def __init__(self, names: dict[str, _Name], common_words: Iterable[str] = ()) -> None:
        self._common = frozenset(common_words) | STOP_WORDS
        self._fuzzy = {
            key: name
            for key, name in names.items()
            if name.entity in FUZZY_ENTITIES
            and len(key.split()) <= 2
            and len(key.replace(" ", "")) >= FUZZY_MIN_LETTERS
            and (key not in self._common or name.entity in FUZZY_WORD_ENTITIES)
            and not name.needs_capital
        }
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
        for surname, record in _surnames(kb, common).items():
            names.setdefault(surname, _Name("person", record.id, needs_capital=False))
        for word, position in ORDINALS.items():
            names.setdefault(word, _Name("ordinal", position, needs_capital=False))
        return cls(names, common)

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
        covered = {i for span in spans for i in range(span.start, span.end)}
        matches += self._misspelt(text, words, starts, ends, covered)
        return sorted(matches, key=lambda m: m.start)

    def _misspelt(
        self, text: str, words: list[str], starts: list[int], ends: list[int], covered: set[int]
    ) -> list[Match]:
        """Names written with a typo, in the words no exact match took."""
        found: list[Match] = []
        index = 0
        while index < len(words):
            for size in (2, 1):
                window = range(index, index + size)
                if window.stop > len(words) or covered & set(window):
                    continue
                guess = " ".join(words[i] for i in window)
                name = self._closest(guess)
                if name is not None:
                    begin, finish = starts[index], ends[window.stop - 1]
                    found.append(Match(name.entity, name.value, begin, finish, text[begin:finish]))
                    index = window.stop
                    break
            else:
                index += 1
        return found

    def _closest(self, guess: str) -> _Name | None:
        letters = len(guess.replace(" ", ""))
        if letters < FUZZY_MIN_LETTERS or guess.isdigit():
            return None
        if any(word in self._common for word in guess.split()):
            return None
        limit = 2 if letters >= FUZZY_TWO_EDITS_FROM else 1
        best: tuple[int, str] | None = None
        for key in self._fuzzy:
            if key[0] != guess[0] or key.count(" ") != guess.count(" "):
                continue
            distance = edit_distance(guess, key, limit)
            if letters < FUZZY_ANY_EDIT_FROM and distance and not _slight_slip(guess, key):
                continue
            if distance <= limit and (best is None or distance < best[0]):
                best = (distance, key)
        return self._fuzzy[best[1]] if best else None


def _slight_slip(guess: str, name: str) -> bool:
    """One vowel written for another, or two neighbouring letters swapped."""
    if len(guess) != len(name):
        return False
    differ = [i for i, (a, b) in enumerate(zip(guess, name, strict=True)) if a != b]
    if len(differ) == 1:
        return {guess[differ[0]], name[differ[0]]} <= VOWELS
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and guess[differ[0]] == name[differ[1]]
        and guess[differ[1]] == name[differ[0]]
    )
