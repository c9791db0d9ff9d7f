"""The query API on a small, made-up knowledge base (tests/fixtures/knowledge)."""

import datetime as dt
from pathlib import Path

import pytest

from bot.knowledge import KnowledgeBase, Person, PersonStatus, State, normalize
from bot.knowledge.report import render
from bot.knowledge.schema import article_126_entry_into_force

FIXTURE = Path(__file__).parent / "fixtures" / "knowledge"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_directory(FIXTURE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Côte d’Ivoire", "cote divoire"),
        ("Cote d'Ivoire", "cote divoire"),
        ("Abd-Al-Rahman", "abd al rahman"),
        ("  ALI   Kushayb!! ", "ali kushayb"),
        ("Ngaïssona", "ngaissona"),
    ],
)
def test_normalize_folds_case_accents_and_punctuation(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize("name", ["Republic of Alpha", "alpha", "ALFA", "  alfa. "])
def test_find_by_name_or_alias(kb, name):
    assert kb.find(name).id == "alpha"


def test_find_ignores_accents_and_punctuation(kb):
    assert kb.find("beta islands").id == "beta"
    assert kb.find("One Person").id == "one"
    assert kb.find("abd al one").id == "one"


def test_find_can_require_a_kind(kb):
    assert kb.find("Alpha", State) is not None
    assert kb.find("Alpha", Person) is None
    assert kb.find("nobody") is None


def test_topics_are_found_by_id_not_name(kb):
    assert kb.topic("sample_topic").answer == "A short answer."
    assert kb.find("Sample topic") is None


def test_cases_and_people_in_a_situation(kb):
    assert [c.id for c in kb.cases("alpha_situation")] == ["one_case", "two_case", "three_case"]
    assert [p.id for p in kb.people(PersonStatus.at_large)] == ["two"]
    assert [p.id for p in kb.people(situation="alpha_situation")] == ["one", "two", "three"]
    assert [c.id for c in kb.cases_of("one")] == ["one_case"]
    assert [s.id for s in kb.situations_in("alpha")] == ["alpha_situation"]
    assert [p.id for p in kb.office_holders()] == ["judge"]


def test_convictions_leave_out_article_70_unless_asked(kb):
    assert [p.id for p in kb.convicted()] == ["one"]
    assert [p.id for p in kb.convicted(include_article_70=True)] == ["one", "three"]
    figure = kb.convictions_count()
    assert (figure.value, figure.as_of) == (1, dt.date(2025, 12, 1))


def test_states_parties_are_derived_from_dates_and_withdrawals(kb):
    # alpha: party since 2002; beta: left in 2017; gamma: withdrawal reversed; delta: signed only
    assert [s.id for s in kb.states_parties(dt.date(2016, 1, 1))] == ["alpha", "beta", "gamma"]
    assert [s.id for s in kb.states_parties(dt.date(2018, 1, 1))] == ["alpha", "gamma"]
    assert [s.id for s in kb.states_parties(dt.date(2002, 6, 30))] == []
    figure = kb.states_parties_count(dt.date(2018, 1, 1))
    assert figure.value == 2
    assert figure.as_of == dt.date(2025, 5, 5)  # the oldest State record it depends on
    # No source is shared by every State record here, so the figure cites them all.
    assert {str(s.url) for s in figure.sources} == {
        "https://example.org/alpha",
        "https://example.org/beta",
        "https://example.org/gamma",
        "https://example.org/delta",
    }


def test_report_lists_time_sensitive_facts_checked_too_long_ago_oldest_first(kb):
    text = render(kb, recheck_after_days=180, today=dt.date(2026, 6, 1))
    assert "  states         4" in text
    assert "States Parties today: 2" in text
    assert "People convicted of core crimes: 1" in text
    due = text.split("re-check these first:\n")[1].splitlines()
    assert due[0].split() == ["2025-05-05", "beta", "sample.yml"]  # a State: always sensitive
    assert [line.split()[1] for line in due] == [
        r.id
        for r in sorted(
            kb.all("states") + kb.all("people") + kb.all("cases") + kb.all("situations"),
            key=lambda r: (r.as_of, r.id),
        )
        if r.as_of < dt.date(2025, 12, 3)
    ]
    assert "(RECHECK_AFTER_DAYS)" in text
    assert render(kb, recheck_after_days=10_000, today=dt.date(2026, 6, 1)).endswith(
        "re-check these first:"
    )


@pytest.mark.parametrize(
    ("deposit", "in_force"),
    [
        (dt.date(2001, 4, 30), dt.date(2002, 7, 1)),  # before the 60th instrument
        (dt.date(2002, 4, 11), dt.date(2002, 7, 1)),  # the day the 60th was deposited
        (dt.date(2003, 2, 10), dt.date(2003, 5, 1)),  # 60th day 11 April -> 1 May
        (dt.date(2023, 11, 14), dt.date(2024, 2, 1)),  # across a year end
        (dt.date(2024, 10, 25), dt.date(2025, 1, 1)),  # 60th day in December
    ],
)
def test_article_126_entry_into_force(deposit, in_force):
    assert article_126_entry_into_force(deposit) == in_force
