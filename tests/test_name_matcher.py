"""Entity matching over knowledge names, insensitive to case, accents and punctuation."""

from pathlib import Path

import pytest
import yaml

from bot.knowledge import KnowledgeBase, get_knowledge_base
from bot.nlu.common_words import common_english_words
from bot.nlu.name_matcher import NameMatcher

FIXTURE = Path(__file__).parent / "fixtures" / "knowledge"


@pytest.fixture(scope="module")
def matcher() -> NameMatcher:
    return NameMatcher.from_knowledge(KnowledgeBase.from_directory(FIXTURE), {"person"})


def found(matcher, text):
    return [(m.entity, m.value, m.text) for m in matcher.find(text)]


@pytest.mark.parametrize(
    "text", ["Is Alpha a member?", "is ALFA a member", "what about alpha!", "Republic of Alpha?"]
)
def test_states_are_found_whatever_the_case_or_punctuation(matcher, text):
    assert [value for _, value, _ in found(matcher, text)] == ["alpha"]


def test_accents_and_hyphens_do_not_matter(matcher):
    assert found(matcher, "one person's case") == []
    assert found(matcher, "what happened to One Person") == [("person", "one", "One Person")]
    assert found(matcher, "and abd al one?") == [("person", "one", "abd al one")]
    assert found(matcher, "Abd-Al-One") == [("person", "one", "Abd-Al-One")]
    assert found(matcher, "béta islands") == [("country", "beta", "béta islands")]


def test_the_longest_name_wins_and_offsets_point_into_the_text(matcher):
    text = "Tell me about the Republic of Alpha please"
    (match,) = matcher.find(text)
    assert text[match.start : match.end] == "Republic of Alpha"


def test_situations_are_countries_and_ordinals_are_found(matcher):
    assert found(matcher, "the Alpha situation, the second one") == [
        ("country", "alpha_situation", "Alpha situation"),
        ("ordinal", "2", "second"),
    ]


@pytest.mark.parametrize(
    ("text", "position"),
    [("number 7", "7"), ("the seventh", "7"), ("open item ten", "10"), ("the last one", "-1")],
)
def test_list_positions_up_to_ten_and_the_last_are_ordinals(matcher, text, position):
    assert [(entity, value) for entity, value, _ in found(matcher, text)] == [("ordinal", position)]


def test_a_person_name_that_is_a_common_word_needs_a_capital(tmp_path):
    record = {
        "id": "banda",
        "name": "Abdallah Banda",
        "aliases": ["Banda"],
        "role": "accused",
        "status": "at_large",
        "summary": "S",
        "as_of": "2026-01-01",
        "sources": [{"url": "https://example.org", "title": "T"}],
    }
    (tmp_path / "people.yml").write_text(yaml.safe_dump({"people": [record]}))
    matcher = NameMatcher.from_knowledge(KnowledgeBase.from_directory(tmp_path), {"banda"})
    assert found(matcher, "a brass banda played") == []
    assert found(matcher, "Is Banda still wanted?") == [("person", "banda", "Banda")]


def test_a_record_added_to_the_knowledge_is_recognised_without_retraining(tmp_path):
    source = (FIXTURE / "sample.yml").read_text()
    (tmp_path / "sample.yml").write_text(source)
    before = NameMatcher.from_knowledge(KnowledgeBase.from_directory(tmp_path))
    assert found(before, "is Zeta a member?") == []
    zeta = {
        "id": "zeta",
        "name": "Zeta",
        "un_member": True,
        "as_of": "2026-01-01",
        "sources": [{"url": "https://example.org/zeta", "title": "T"}],
    }
    (tmp_path / "zeta.yml").write_text(yaml.safe_dump({"states": [zeta]}))
    after = NameMatcher.from_knowledge(KnowledgeBase.from_directory(tmp_path))
    assert found(after, "is Zeta a member?") == [("country", "zeta", "Zeta")]


def test_a_short_name_is_misspelt_only_by_a_vowel_or_a_swap():
    real = NameMatcher.from_knowledge(get_knowledge_base())
    assert found(real, "where is koni now") == [("person", "kony", "koni")]
    assert found(real, "is mlai a member") == [("country", "mali", "mlai")]
    assert found(real, "the mavi marmara raid") == [
        ("country", "comoros_situation", "mavi marmara")
    ]  # its own situation, not Mali


def test_a_misspelt_crime_or_term_is_found_though_its_name_is_an_english_word():
    real = NameMatcher.from_knowledge(get_knowledge_base(), common_english_words())
    assert found(real, "what is complementarty") == [
        ("term", "complementarity_term", "complementarty")
    ]
    assert found(real, "define agression") == [("crime", "crime_of_aggression", "agression")]
    assert found(real, "what was the cause") == []  # a word of its own, not a typo of "case"
