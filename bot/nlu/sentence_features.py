"""Rasa NLU component: dense features from the pretrained sentence encoder.

DIET gets, beside the word and character counts, a meaning vector for the whole message and
one for each spaCy token (the mean of its word pieces), so questions worded in ways the
training examples never used still land on the right intent.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.spacy_tokenizer import SpacyTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.sentence_encoder import SentenceEncoder


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds all-MiniLM-L6-v2 sentence and token features to each message text."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [SpacyTokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return DenseFeaturizer.get_default_config()

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Nothing to configure."""

    def __init__(self, config: dict[str, Any], name: str, encoder: SentenceEncoder) -> None:
        super().__init__(name, config)
        self._encoder = encoder

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SentenceEmbeddingFeaturizer:
        return cls(config, execution_context.node_name, SentenceEncoder.load())

    def process(self, messages: list[Message]) -> list[Message]:
        with_text = [m for m in messages if m.get(TEXT) and m.get(TOKENS_NAMES[TEXT])]
        encodings = self._encoder.encode([m.get(TEXT) for m in with_text])
        for message, encoding in zip(with_text, encodings, strict=True):
            tokens = message.get(TOKENS_NAMES[TEXT])
            sequence = np.stack([encoding.token_vector(t.start, t.end) for t in tokens])
            self.add_features_to_message(sequence, encoding.sentence[None, :], TEXT, message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data
