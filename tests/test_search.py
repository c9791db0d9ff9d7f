"""BM25 search over knowledge records with spaCy lemmas."""

import spacy

from bot.knowledge import Topic, get_knowledge_base
from bot.knowledge.search import SearchIndex, spacy_analyzer
from bot.paths import SPACY_MODEL_DIR


def _index(records):
    return SearchIndex(records, spacy_analyzer(spacy.load(SPACY_MODEL_DIR)))


def _topic(topic_id, answer):
    return Topic(
        id=topic_id,
        name=topic_id,
        answer=answer,
        as_of="2026-01-01",
        sources=[{"url": "https://example.org", "title": "T"}],
    )


def test_lemmas_let_other_word_forms_match():
    index = _index([_topic("verdicts", "The judges convicted two men."), _topic("other", "Trees.")])
    (hit,) = index.search("who convicts people")
    assert hit.record.id == "verdicts"


def test_a_rare_word_outweighs_common_ones():
    kb = get_knowledge_base()
    index = _index(kb.all("topics") + kb.all("glossary"))
    hits = index.search("what does proprio motu mean")
    assert hits and hits[0].record.id == "proprio_motu"


def test_no_hit_for_words_the_knowledge_does_not_contain():
    index = _index(get_knowledge_base().all("topics"))
    assert index.search("pizza recipe with pineapple") == []
