"""What the action server knows about the message it answers, read from the tracker once."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from rasa_sdk import Tracker

from actions.common import mentioned, resolve
from bot.knowledge import Article, Case, Crime, GlossaryTerm, Person, Record, Situation, State

T = TypeVar("T")

# Entities that name records, most specific first: a person before the case, a case before
# its situation, a situation before the State.
RECORD_ENTITIES = ("person", "case", "country", "crime", "term", "article")
PRONOUN = re.compile(
    r"\b(it|its|that|this|these|those|he|him|his|she|her|hers|they|them|their|theirs|the ones?|"
    r"the (job|post|role|position|office|term|mandate)|"
    r"the (place|building|centre|center|facility|prison|fund|body|unit|institution)|"
    r"(the|that|his|her|their) (case|trial|warrant)s?|"
    r"(?<!is )(?<!are )(?<!was )(?<!were )there)\b",
    re.IGNORECASE,
)
# "It" that points at nothing: "how long does it take", "is it true that...".
EXPLETIVE_IT = re.compile(
    r"\b(does|did|will|would) it (take|takes|matter)\b|"
    r"\b(is|was|isn't|wasn't) it (true|possible|legal|normal|likely|fair|hard|easy|common|usual)\b|"
    r"\bit (takes|took|is (true|possible)|seems)\b",
    re.I,
)
WHAT_ABOUT = re.compile(r"^\s*(and|what about|how about|same for|and in|and for)\b", re.I)
DIFFERENCE = re.compile(r"\b(differen\w*|differ|compare\w*|versus|vs\.?)\b", re.I)
COMPARISON = re.compile(rf"{DIFFERENCE.pattern}|\bor\b", re.I)
SPECIFIC = re.compile(
    r"\b(how (many|much|long|often|old)|when|where|who|whom|which|what (year|date|age)|"
    r"is there|are there|does|do|did|can|could|will|would|should|has|have)\b",
    re.IGNORECASE,
)
# "How does it work?", "how do reparations work": the whole picture, however it is worded.
HOW_IT_WORKS = re.compile(r"\bhow (does|do|did) ([\w'-]+ ){0,4}work\b|\bhow it works\b", re.I)
SHORT_FOLLOW_UP_WORDS = 4
# "The second kind", "the first suspect", "the second vice-president": an ordinal before a word
# for an item of the last list; not "the first to ratify" or "the first person ever tried".
ORDINAL_AND_NOUN = re.compile(
    r"\b(?:(?:the|that|this)\s+)?(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\s+"
    r"(?!(?:to|ever|who|that)\b)([a-z-]+)\b"
    r"(?!\s+(?:to|ever|who|that)\b)",
    re.I,
)
ITEM_NOUNS = frozenset(
    ("kind", "type", "sort", "option", "item", "person", "guy", "man", "woman", "name")
    + ("suspect", "case", "crime", "country", "state", "situation", "warrant", "organ")
    + ("way", "step", "stage", "part", "reason", "point", "route")
)
SHORT_QUESTION_WORDS = 6
PERSON_PRONOUN = re.compile(r"\b(he|him|his|she|her)\b", re.I)
SINGULAR_PRONOUN = re.compile(r"\b(it|its)\b", re.I)
# Kinds whose naming decides the subject; a named State, crime or term only leans the choice
# ("could the ICC try the Rwandan genocide?" is about the Court's reach in time).
DECIDING = (Person, Case, Situation)
DEFINED = (Crime, Article, GlossaryTerm)


@dataclass
class Turn:
    text: str
    intent: str | None
    confidence: float
    named: list[Record]
    ranking: list[tuple[str, float]]
    asked_id: str | None = None  # a button asking one facet, question or topic by id
    ordinal: int | None = None
    previous: Record | None = None
    previous_question: str | None = None
    listed: list[str] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)  # as parsed, with where each was found

    @classmethod
    def read(cls, tracker: Tracker) -> Turn:
        message = tracker.latest_message or {}
        intent = message.get("intent") or {}
        named = sorted(
            {r.id: r for e in RECORD_ENTITIES for r in mentioned(tracker, e)}.values(),
            key=_specificity,
        )
        ranking = [
            (item["id"], float(item["score"]))
            for item in message.get("facets") or []
            if isinstance(item, dict) and "id" in item and "score" in item
        ]
        asked = next(iter(tracker.get_latest_entity_values("facet")), None)
        return cls(
            text=message.get("text") or "",
            intent=intent.get("name"),
            confidence=float(intent.get("confidence") or 0.0),
            named=named,
            ranking=ranking,
            asked_id=asked if isinstance(asked, str) else None,
            ordinal=_ordinal(tracker),
            previous=resolve(tracker.get_slot("subject")),
            previous_question=tracker.get_slot("last_question"),
            listed=list(tracker.get_slot("listed") or []),
            entities=[e for e in message.get("entities") or [] if isinstance(e, dict)],
        )

    def is_follow_up(self) -> bool:
        """The message leans on the previous answer: "who runs it?", "and in Sudan?"."""
        if self.previous is None:
            return False
        words = self.text.split()
        return bool(
            self.points_back()
            or WHAT_ABOUT.search(self.text)
            or self.intent in ("inform", "ask_more", "select_item")
            or (len(words) <= SHORT_FOLLOW_UP_WORDS and not self.named)
        )

    def points_back(self) -> bool:
        """A word that points at something said before ("it", "he", "there"), not the "it" of
        "how long does it take?"."""
        return bool(PRONOUN.search(EXPLETIVE_IT.sub(" ", self.text)))

    def picks_from_list(self) -> bool:
        """ "The first one", "number 3", "tell me about the second": an item of the last list."""
        if self.ordinal is None or not self.listed:
            return False
        return self.intent == "select_item" or bool(
            re.search(r"\b(one|number|no\.?|#)\s*\d*\b", self.text, re.I)
            or len(self.text.split()) <= 3
            or self._item_noun() is not None
        )

    def _item_noun(self) -> re.Match[str] | None:
        """ "The second vice-president" after the Presidency's list: the ordinal and the word
        after it, when that is a word for any item or one of the picked item's own words."""
        found = ORDINAL_AND_NOUN.search(self.text)
        if found is None:
            return None
        noun = found.group(1).lower()
        if noun in ITEM_NOUNS or noun.rstrip("s") in ITEM_NOUNS:
            return found
        item = resolve(self.picked_id())
        own_words = f"{item.name} {getattr(item, 'position', '') or ''}" if item else ""
        return found if noun in own_words.lower().split() else None

    def without_pick(self, stand_in: str) -> str | None:
        """ "Where is the second vice-president from?" as "where is this person from?": the
        ordinal and its noun replaced by `stand_in`, so the title does not rank other people
        who hold one like it. None when the message names no noun after its ordinal."""
        found = self._item_noun()
        if found is None:
            return None
        return f"{self.text[: found.start()]}{stand_in}{self.text[found.end() :]}"

    def picked_id(self) -> str | None:
        """The id of the last list's item that the ordinal points at."""
        return nth(self.listed, self.ordinal)

    def is_payload(self) -> bool:
        """A button's "/intent" or "/intent{...}", sent as the message text."""
        return self.text.startswith("/")

    def asks_same(self) -> bool:
        """ "What about Sudan?", "and Burundi?": the last question, about another record."""
        return bool(WHAT_ABOUT.search(self.text))

    def is_comparison(self) -> bool:
        return bool(COMPARISON.search(self.text))

    def asks_difference(self) -> bool:
        """ "The difference between...", "X vs Y", not only "X or Y?"."""
        return bool(DIFFERENCE.search(self.text))

    def is_specific(self) -> bool:
        return bool(SPECIFIC.search(self.text)) and not self.asks_how_it_works()

    def asks_how_it_works(self) -> bool:
        return bool(HOW_IT_WORKS.search(self.text))


def nth(items: Sequence[T], ordinal: int | None) -> T | None:
    """The item an ordinal points at: 1 the first, -1 the last; None when there is none."""
    if not ordinal:
        return None
    index = ordinal - 1 if ordinal > 0 else len(items) + ordinal
    return items[index] if 0 <= index < len(items) else None


def _specificity(record: Record) -> int:
    """A person before the case, a case before its situation, a situation before the State."""
    order = (Person, Case, Situation, State)
    return next((i for i, kind in enumerate(order) if isinstance(record, kind)), len(order))


def _ordinal(tracker: Tracker) -> int | None:
    for value in tracker.get_latest_entity_values("ordinal"):
        try:
            return int(str(value))
        except ValueError:
            continue
    return None
