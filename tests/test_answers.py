"""The answer-level evaluation: how replies are judged, and the quick run `make test` makes of
the held-out questions against the real assistant (the full run is `make evaluate-answers`)."""

from __future__ import annotations

import re

from bot.answers.questions import Turn, load
from bot.answers.report import render, share
from bot.answers.run import ask_all, rest_asker
from bot.checks.examples import comparable
from bot.checks.project import read_project
from bot.knowledge import get_knowledge_base
from bot.paths import PROJECT_ROOT

ANSWERS = PROJECT_ROOT / "tests" / "answers"
# The quick run must not fall below this share (89.4% at commit 54d4208, 1 December 2026; README).
FAST_FLOOR = 0.85
FAST_MINIMUM = 60
COPY_SHARE = 0.85  # of the words of a phrasing and a held-out question together, shared


def test_expected_facts_are_whole_words_and_alternatives_count():
    turn = Turn("how long?", expect=("25 years | twenty-five years",), avoid=("acquitted",))
    assert turn.misses("He was sentenced to 25 years.") == []
    assert turn.misses("Sentenced to twenty-five years (6 May 2021).") == []
    assert turn.misses("In 2025 years passed") == ["missing: 25 years | twenty-five years"]
    assert turn.misses("He was acquitted; 25 years") == ["said: acquitted"]
    assert Turn("x", expect=("18",)).misses("Since 2018.") == ["missing: 18"]
    assert Turn("x", expect=("Côte d'Ivoire",)).misses("cote d’ivoire joined") == []


def test_an_unknown_question_needs_the_honest_answer():
    turn = Turn("how many cells?", unknown=True)
    assert turn.misses("I don't have a sourced answer to that yet. These are...") == []
    assert turn.misses("The detention centre is in Scheveningen.") == [
        "did not say it has no sourced answer"
    ]


def test_the_held_out_set_is_large_enough_and_well_formed():
    collection = load(ANSWERS)
    assert len(collection.questions) >= 300
    assert len(collection.conversations) >= 40
    assert all(2 <= len(c.turns) <= 4 for c in collection.conversations)
    ids = [item.id for item in [*collection.questions, *collection.conversations]]
    assert len(ids) == len(set(ids))
    assert all(t.expect or t.unknown for item in collection.questions for t in item.turns)
    fast = [q for q in collection.questions if q.fast]
    assert len(fast) >= FAST_MINIMUM


def test_the_quick_run_of_held_out_questions_stays_above_its_floor(assistant, tmp_path):
    collection = load(ANSWERS)
    fast = [q for q in collection.questions if q.fast]
    results = ask_all(rest_asker(assistant.settings.rasa_url), fast, workers=2)
    report = tmp_path / "answers-fast.md"
    report.write_text(render(results, []), encoding="utf-8")
    assert share(results) >= FAST_FLOOR, f"{share(results):.1%} of {len(fast)}; see {report}"


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9']+", text.lower()))


def _copies_of_held_out_questions(phrasings: list[str]) -> list[tuple[str, str]]:
    """Each phrasing that shares 85% of its words and a held-out question's, or more."""
    collection = load(ANSWERS)
    items = [*collection.questions, *collection.conversations]
    asked = {_words(turn.ask): turn.ask for item in items for turn in item.turns}
    return [
        (phrasing, question)
        for phrasing, words in ((p, _words(p)) for p in phrasings)
        for question_words, question in asked.items()
        if len(words & question_words) >= COPY_SHARE * len(words | question_words)
    ]


def test_no_phrasing_of_the_knowledge_base_is_a_copy_of_a_held_out_question():
    """Held-out questions judge how well the assistant generalises: a phrasing that repeats
    one would make that question a training example."""
    kb = get_knowledge_base()
    phrasings = [p for _, f in kb.facets() for p in f.asked_as]
    phrasings += [p for q in kb.record_questions() for p in q.asked_as]
    assert _copies_of_held_out_questions(phrasings) == []


def test_no_training_example_is_a_copy_of_a_held_out_question():
    """The same for the intent classifier's examples (data/nlu/), entity brackets left out."""
    examples = [comparable(e.text) for e in read_project(PROJECT_ROOT).examples]
    assert _copies_of_held_out_questions(examples) == []
