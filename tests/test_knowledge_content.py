"""The real knowledge base meets the coverage the product promises, and hangs together."""

import datetime as dt

import pytest

from bot.knowledge import Person, Role, State, get_knowledge_base

KNOWLEDGE_INTENTS = [
    "about_icc",
    "rome_statute",
    "court_structure",
    "icc_vs_icj",
    "why_icc_matters",
    "challenges",
    "jurisdiction",
    "crimes",
    "complementarity",
    "case_triggers",
    "who_can_be_tried",
    "penalties",
    "cases_overview",
    "fugitives",
    "case_stages",
    "report_crime",
    "asp",
    "states_parties",
    "trust_fund",
    "reparations",
    "victim_participation",
    "victim_help",
]
MAX_ANSWER_WORDS = 130


@pytest.fixture(scope="module")
def kb():
    return get_knowledge_base()


def test_every_knowledge_intent_has_a_topic(kb):
    missing = [intent for intent in KNOWLEDGE_INTENTS if kb.topic(intent) is None]
    assert not missing


def test_all_un_members_plus_palestine_and_the_cook_islands(kb):
    states = kb.states()
    assert sum(s.un_member for s in states) == 193
    assert {s.id for s in states if not s.un_member} == {"palestine", "cook_islands"}


def test_states_parties_count_matches_the_published_figure_after_ukraine(kb):
    # The Statute entered into force for Ukraine, the 125th State Party, on 1 January 2025.
    assert kb.states_parties_count(dt.date(2025, 1, 1)).value == 125
    assert kb.states_parties_count(dt.date(2024, 12, 31)).value == 124


def test_the_four_crimes_and_enough_articles_and_glossary_terms(kb):
    crimes = kb.all("crimes")
    assert sorted(article for crime in crimes for article in crime.articles) == [
        "6",
        "7",
        "8",
        "8 bis",
    ]
    numbers = {article.number for article in kb.all("articles")}
    assert numbers == {str(n) for n in range(1, 129)} | {"8 bis", "15 bis", "15 ter"}
    assert len(kb.all("glossary")) >= 30


@pytest.mark.parametrize(
    ("one", "other", "kind"),
    [
        ("Ivory Coast", "Côte d'Ivoire", State),
        ("cote divoire", "COTE D'IVOIRE", State),
        ("Ali Kushayb", "Abd-Al-Rahman", Person),
        ("DRC", "Democratic Republic of the Congo", State),
    ],
)
def test_names_people_use_reach_the_same_record(kb, one, other, kind):
    first, second = kb.find(one, kind), kb.find(other, kind)
    assert first is not None and first is second


def test_every_situation_case_and_accused_is_connected(kb):
    assert all(situation.states for situation in kb.situations())
    accused_ids = {p for case in kb.cases() for p in case.accused}
    assert all(case.accused for case in kb.cases())
    assert {p.id for p in kb.people()} == accused_ids
    assert all(p.role == Role.office_holder for p in kb.all("people") if p.id not in accused_ids)


def test_every_situation_investigated_is_there(kb):
    statuses = ("investigation", "investigation_concluded")
    investigated = {s.id for s in kb.situations() if s.status.value in statuses}
    assert len(investigated) >= 17


def test_short_answers_stay_short(kb):
    too_long = [
        record.id
        for kind in ("topics", "situations", "cases", "people", "crimes", "glossary")
        for record in kb.all(kind)
        for text in (
            getattr(record, "answer", None)
            or getattr(record, "summary", None)
            or getattr(record, "definition", ""),
        )
        if len(text.split()) > MAX_ANSWER_WORDS
    ]
    assert not too_long


def test_the_states_parties_figure_cites_the_treaty_depositary(kb):
    figure = kb.states_parties_count()
    untc = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18&clang=_en"
    assert str(figure.sources[0].url) == untc  # the copy it was read from may follow
    assert all(str(s.url) in {untc} or "copy" in s.title for s in figure.sources)
