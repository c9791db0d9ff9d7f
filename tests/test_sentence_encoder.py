"""The pretrained sentence encoder run with NumPy: the right weights, sensible vectors."""

import numpy as np
import pytest
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.sentence_encoder import WEIGHTS_SHA256, SentenceEncoder, model_dir, weights_sha256
from bot.nlu.sentence_features import SentenceEmbeddingFeaturizer


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder.load()


def test_installed_weights_are_the_published_all_minilm_l6_v2():
    assert weights_sha256(model_dir()) == WEIGHTS_SHA256


def test_sentence_vectors_have_unit_length(encoder):
    encodings = encoder.encode(["What is the ICC?", "hello", ""])
    for encoding in encodings:
        assert encoding.sentence.shape == (encoder.dimension,)
        assert np.linalg.norm(encoding.sentence) == pytest.approx(1.0, abs=1e-5)


def test_paraphrases_are_closer_than_unrelated_questions(encoder):
    point, matter, weather = (
        e.sentence
        for e in encoder.encode(
            [
                "what's the point of the international criminal court",
                "why does the international criminal court matter",
                "will it rain in Nairobi tomorrow",
            ]
        )
    )
    assert point @ matter > 0.6
    assert point @ matter > point @ weather + 0.3


def test_batching_does_not_change_a_text_vector(encoder):
    """Texts are padded to the longest in their batch; padding must not leak into a vector."""
    alone = encoder.encode(["Who is the prosecutor?"])[0].sentence
    batched = encoder.encode(["Who is the prosecutor?", "a much longer question " * 10])[0]
    np.testing.assert_allclose(alone, batched.sentence, atol=1e-5)


def test_token_vector_averages_the_word_pieces_of_a_token(encoder):
    encoding = encoder.encode(["jurisdicton please"])[0]  # a typo split into several pieces
    covered = [i for i, (s, e) in enumerate(encoding.spans) if e > s and s < 11]
    assert len(covered) > 1
    np.testing.assert_allclose(
        encoding.token_vector(0, 11), encoding.pieces[covered].mean(axis=0), atol=1e-6
    )
    assert not encoding.token_vector(100, 105).any()


def test_the_rasa_featurizer_gives_one_row_per_token_and_one_sentence_row(encoder):
    featurizer = SentenceEmbeddingFeaturizer(
        SentenceEmbeddingFeaturizer.get_default_config(), "sentence", encoder
    )
    text = "Is Kenya a member?"
    words = [("Is", 0), ("Kenya", 3), ("a", 9), ("member", 11), ("?", 17)]
    message = Message({TEXT: text, TOKENS_NAMES[TEXT]: [Token(w, s) for w, s in words]})
    featurizer.process([message, Message({TEXT: ""})])
    sequence, sentence = message.get_dense_features(TEXT)
    assert sequence.features.shape == (len(words), encoder.dimension)
    assert sentence.features.shape == (1, encoder.dimension)
    np.testing.assert_allclose(sentence.features[0], encoder.encode([text])[0].sentence, atol=1e-5)
