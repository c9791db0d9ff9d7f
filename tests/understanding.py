"""What the NLU pipeline tells the action server about a message, computed in-process: the
knowledge entity matcher's entities and the facet ranker's ranking, with the real knowledge
base and sentence encoder (only the intent is given by the test)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasa_sdk import Tracker

from bot.knowledge import get_knowledge_base
from bot.nlu.common_words import common_english_words
from bot.nlu.facet_index import FacetIndex, rank_message
from bot.nlu.name_matcher import NameMatcher
from bot.nlu.sentence_encoder import SentenceEncoder
from bot.nlu.spelling import Speller
from bot.paths import FACET_VECTORS_CACHE


@lru_cache(maxsize=1)
def facet_index() -> FacetIndex:
    return FacetIndex.from_knowledge(
        get_knowledge_base(), SentenceEncoder.load(), FACET_VECTORS_CACHE
    )


@lru_cache(maxsize=1)
def speller() -> Speller:
    return Speller.from_knowledge(get_knowledge_base(), common_english_words())


@lru_cache(maxsize=1)
def name_matcher() -> NameMatcher:
    return NameMatcher.from_knowledge(get_knowledge_base(), common_english_words())


def understood(
    text: str,
    intent: str | None = None,
    slots: dict[str, Any] | None = None,
    entities: dict[str, str] | None = None,
) -> Tracker:
    """A tracker whose latest message is `text` as the Rasa server would have parsed it."""
    found = [
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end}
        for m in name_matcher().find(text)
    ]
    found += [{"entity": k, "value": v} for k, v in (entities or {}).items()]
    ranked = rank_message(facet_index(), speller(), text, found) if text else []
    ranking = [{"id": i, "score": s} for i, s in ranked]
    return Tracker(
        sender_id="unit-test",
        slots=slots or {},
        latest_message={
            "text": text,
            "intent": {"name": intent, "confidence": 0.9},
            "intent_ranking": [{"name": intent, "confidence": 0.9}],
            "entities": found,
            "facets": ranking,
        },
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )
