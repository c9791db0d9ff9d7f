"""Rasa NLU component: rank the knowledge base's answerable questions for each message.

It reuses the sentence vector the featurizer already computed (the encoder runs once per
message) and adds `facets`, a list of `{"id", "score"}` best first, to the parse result; the
action server reads it from the tracker. Phrasings are read from `knowledge/` when the server
starts, so a facet added in YAML is ranked after a restart without retraining.
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
from bot.nlu.facet_index import FacetIndex, masked
from bot.nlu.sentence_encoder import SentenceEncoder
from bot.paths import FACET_VECTORS_CACHE, knowledge_dir

FACETS = "facets"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class FacetRanker(GraphComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def __init__(self, index: FacetIndex) -> None:
        self._index = index

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> FacetRanker:
        kb = KnowledgeBase.from_directory(knowledge_dir())
        return cls(FacetIndex.from_knowledge(kb, SentenceEncoder.load(), FACET_VECTORS_CACHE))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            without_names = masked(text, message.get(ENTITIES) or [])
            if without_names != text:
                ranking = self._index.rank_text(without_names)
            else:
                _, sentence = message.get_dense_features(TEXT)
                if sentence is None:
                    continue
                ranking = self._index.rank(sentence.features[0])
            ranked = [{"id": id_, "score": round(score, 3)} for id_, score in ranking]
            message.set(FACETS, ranked, add_to_output=True)
        return messages
