"""Rasa NLU component: rank the knowledge base's answerable questions for each message.

It reuses the sentence vector the featurizer already computed (the encoder runs once per
message, twice when a name is masked or a word misspelt) and adds `facets`, a list of
`{"id", "score"}` best first, to the parse result; the action server reads it from the
tracker. Phrasings are read from `knowledge/` when the server starts, so a facet added in YAML
is ranked after a restart without retraining.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.knowledge import KnowledgeBase
from bot.nlu.common_words import common_english_words
from bot.nlu.facet_index import FacetIndex, rank_message
from bot.nlu.sentence_encoder import SentenceEncoder
from bot.nlu.spelling import Speller
from bot.paths import FACET_VECTORS_CACHE, knowledge_dir

FACETS = "facets"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class FacetRanker(GraphComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def __init__(self, index: FacetIndex, speller: Speller) -> None:
        self._index = index
        self._speller = speller

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> FacetRanker:
        kb = KnowledgeBase.from_directory(knowledge_dir())
        index = FacetIndex.from_knowledge(kb, SentenceEncoder.load(), FACET_VECTORS_CACHE)
        return cls(index, Speller.from_knowledge(kb, common_english_words()))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            _, sentence = message.get_dense_features(TEXT)
            vector = sentence.features[0] if sentence is not None else None
            entities = message.get(ENTITIES) or []
            ranking = rank_message(self._index, self._speller, text, entities, vector)
            ranked = [{"id": id_, "score": round(score, 3)} for id_, score in ranking]
            message.set(FACETS, ranked, add_to_output=True)
        return messages
