"""Misspelt words read as the knowledge base's word they nearly are, and nothing else changed."""

from collections import Counter

import pytest

from bot.knowledge import get_knowledge_base
from bot.nlu.common_words import common_english_words
from bot.nlu.spelling import Speller

VOCABULARY = Counter({"reparations": 5, "separations": 1, "appealed": 3, "warrant": 4, "banda": 1})


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller(VOCABULARY, english={"appeal", "warrant", "sentence", "when"})


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("how do reperations work", "how do reparations work"),  # one edit
        ("was it apealled", "was it appealed"),  # two edits in a long word
        ("a warant for him", "a warrant for him"),
    ],
)
def test_a_word_one_or_two_edits_from_a_known_word_is_read_as_it(speller, typed, meant):
    assert speller.as_known(typed) == meant


def test_the_most_used_of_equally_close_words_wins(speller):
    assert speller.as_known("reparationz") == "reparations"


@pytest.mark.parametrize(
    "typed",
    [
        "appeals",  # an English word with an ending
        "banda",  # a word of the knowledge base
        "wen",  # too short to guess
        "zeparations",  # the first letter is kept
        "reprtins",  # too far from any known word
    ],
)
def test_known_short_and_distant_words_stay_as_typed(speller, typed):
    assert speller.as_known(typed) == typed


def test_only_the_letters_of_a_word_change(speller):
    assert speller.as_known("Reperations? 2016, Article 75!") == "reparations? 2016, article 75!"


def test_the_real_knowledge_base_reads_common_typos_as_meant():
    real = Speller.from_knowledge(get_knowledge_base(), common_english_words())
    assert real.as_known("can a verdict be apealed") == "can a verdict be appealed"
    assert real.as_known("how does reperations work") == "how does reparations work"
    assert real.as_known("who is the prosecuter") == "who is the prosecutor"


def test_chat_shorthand_is_read_as_the_word_it_stands_for_but_not_inside_an_abbreviation():
    speller = Speller(VOCABULARY, english={"when", "us"}, shorthand={"wen": "when", "u": "you"})
    assert speller.as_known("wen can u appeal") == "when can you appeal"
    assert speller.as_known("did the U.S. sign, or the u.s") == "did the u.s. sign, or the u.s"


def test_the_real_speller_reads_shorthand_and_a_dropped_letter():
    real = Speller.from_knowledge(get_knowledge_base(), common_english_words())
    assert real.as_known("wen did the court start workin") == "when did the court start working"


def test_an_english_word_the_knowledge_base_never_uses_is_read_as_a_frequent_neighbour():
    vocabulary = Counter({"statute": 500, "state": 200, "decide": 40, "country": 150})
    speller = Speller(vocabulary, english={"statue", "decade", "county", "stat"})
    assert speller.as_known("the rome statue, my county") == "the rome statute, my country"
    assert speller.as_known("within a decade") == "within a decade"  # "decide" is too rare
