"""Rasa NLU component: intents from a logistic regression over all sentence features.

With a few dozen examples per intent, a linear model over the pretrained sentence vector and
the word and character counts beats DIET (measured with `make evaluate`, see README). Rasa's
own `LogisticRegressionClassifier` feeds raw counts and fixes the regularisation; here each
feature block is log-scaled and normalised so that no block drowns the others.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class SentenceIntentClassifier(LogisticRegressionClassifier):
    """Logistic regression on [normalised counts | sentence vector x `dense_weight`]."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            **LogisticRegressionClassifier.get_default_config(),
            "C": 10.0,  # little regularisation: the examples are clean, the classes many
            "max_iter": 3000,
            "dense_weight": 2.0,  # the meaning vector counts twice as much as the counts
        }

    def __init__(
        self,
        config: dict[str, Any],
        name: str,
        model_storage: ModelStorage,
        resource: Resource,
    ) -> None:
        super().__init__(config, name, model_storage, resource)
        self.clf = LogisticRegression(
            C=self.config["C"],
            max_iter=self.config["max_iter"],
            tol=self.config["tol"],
            random_state=self.config["random_state"],
        )

    def _create_X(self, messages: list[Message]) -> scipy.sparse.csr_matrix:  # noqa: N802
        return scipy.sparse.vstack([self._features(message) for message in messages]).tocsr()

    def _features(self, message: Message) -> scipy.sparse.csr_matrix:
        """One row: each sparse featurizer's counts, log-scaled and unit length, then the
        dense sentence vector. Features come per featurizer, so blocks stay separate."""
        blocks = [
            normalize(scipy.sparse.csr_matrix(features.features).log1p())
            for features in message.features
            if features.attribute == TEXT
            and features.is_sparse()
            and features.type == FEATURE_TYPE_SENTENCE
        ]
        _, dense = message.get_dense_features(TEXT)
        if dense is not None:
            vector = np.asarray(dense.features, dtype=np.float64).reshape(1, -1)
            blocks.append(scipy.sparse.csr_matrix(vector * self.config["dense_weight"]))
        return scipy.sparse.hstack(blocks)
