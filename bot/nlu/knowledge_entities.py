"""Rasa NLU component: entities for every name and alias in the knowledge base.

A record added to `knowledge/` is recognised as soon as the server restarts, without new
training examples. DIET still extracts entities it learned; where both find the same text,
the knowledge base wins because its value is the record id the actions need.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.knowledge import KnowledgeBase
from bot.nlu.common_words import common_english_words
from bot.nlu.name_matcher import NameMatcher
from bot.paths import knowledge_dir

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class KnowledgeEntityMatcher(GraphComponent, EntityExtractorMixin):
    """Adds `country`, `person`, `crime`, `article`, `term`, `case` and `ordinal` entities."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def __init__(self, config: dict[str, Any], matcher: NameMatcher) -> None:
        self._config = config
        self._matcher = matcher

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> KnowledgeEntityMatcher:
        kb = KnowledgeBase.from_directory(knowledge_dir())
        return cls(config, NameMatcher.from_knowledge(kb, common_english_words()))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._add_entities(message)
        return messages

    def _add_entities(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        found = [
            {
                "entity": match.entity,
                "value": match.value,
                "start": match.start,
                "end": match.end,
                "confidence_entity": 1.0,
                "extractor": self.__class__.__name__,
            }
            for match in self._matcher.find(text)
        ]
        if not found:
            return
        others = [
            entity
            for entity in message.get(ENTITIES, [])
            if not any(_overlaps(entity, ours) for ours in found)
        ]
        message.set(ENTITIES, others + found, add_to_output=True)


def _overlaps(first: dict[str, Any], second: dict[str, Any]) -> bool:
    return first["start"] < second["end"] and second["start"] < first["end"]
