"""`python -m bot.checks`: each kind of mistake in a tiny fixture assistant gives its message,
with the file and line to fix; the real assistant has none."""

import shutil
from pathlib import Path

import pytest

from bot.checks import __main__ as checks_command
from bot.checks.problem import Problem
from bot.checks.runner import run_checks
from bot.nlu.common_words import common_english_words
from bot.paths import PROJECT_ROOT, knowledge_dir

FIXTURES = Path(__file__).parent / "fixtures" / "checks"
COMMON_WORDS = {"alpha", "banda"}  # the English words of the fixture's names

# Each folder under tests/fixtures/checks replaces or adds files of `base` to make one mistake.
MISTAKES = {
    "duplicate_example": [
        'data/nlu/small_talk.yml:8: the example "What is [the Court](person)?" of intent greet '
        "is also an example of intent about_court at data/nlu/questions.yml:11; keep it in one "
        "intent.",
    ],
    "intent_without_examples_or_rule": [
        'domain.yml:8: no rule or story uses the intent "penalties", so the assistant would not '
        "know how to answer it; add a rule to data/stories/rules.yml.",
        'domain.yml:8: the intent "penalties" has no training examples; add some under '
        '"- intent: penalties" in a file in data/nlu/.',
    ],
    "intent_without_rule": [
        'domain.yml:8: no rule or story uses the intent "penalties", so the assistant would not '
        "know how to answer it; add a rule to data/stories/rules.yml.",
    ],
    "intent_not_in_domain": [
        'data/nlu/penalties.yml:5: the intent "penalties" is not listed in domain.yml; add it '
        'under "intents:" there, or correct the spelling.',
        'data/stories/penalties.yml:7: the intent "penalties" is not listed in domain.yml; add '
        'it under "intents:" there, or correct the spelling.',
    ],
    "missing_response": [
        'actions/farewell.py:11: the response "utter_farewell" is not in domain.yml; add it '
        'under "responses:" there, or correct the spelling.',
        'data/stories/goodbye.yml:12: the response "utter_goodbye" is not in domain.yml; add it '
        'under "responses:" there, or correct the spelling.',
    ],
    "action_not_implemented": [
        'domain.yml:24: no class in actions/ answers to the action "action_case_info" (its '
        "name() must return it); add the action, or remove this line.",
    ],
    "action_not_in_domain": [
        'data/stories/rules.yml:18: the action "action_case_info" is not listed in domain.yml; '
        'add it under "actions:" there, or correct the spelling.',
    ],
    "bad_button_payloads": [
        'domain.yml:19: the button payload "/person_info{"people": "alpha"}" names the entity '
        '"people", which is not in domain.yml; use one of the entities listed there, or correct '
        "the spelling.",
        'domain.yml:21: the button payload "/penalties" names the intent "penalties", which is '
        "not in domain.yml; use one of the intents listed there, or correct the spelling.",
        'domain.yml:23: the button payload "/person_info{person: alpha}" is not written like '
        '/intent or /intent{"entity": "value"}; for example /situation_info{"country": "sudan"}.',
    ],
    "facet_problems": [
        'knowledge/topics.yml: "Where does the Court sit?" is a way of asking both '
        '"about_court_city" and "about_court_seat"; keep it under the one it belongs to and '
        "reword or remove the other.",
        'knowledge/topics.yml: the facet "about_court_age" has no `asked_as`; add two or three '
        "other ways people ask the same question.",
    ],
    "facet_without_source": [
        "knowledge/topics.yml, record 'about_court': facets.0.sources: needs at least one source "
        "URL; facets.0.as_of: 2036-01-01 is in the future",
    ],
    "topic_missing": [
        'data/stories/rules.yml:11: the intent "about_court" is answered by action_answer, '
        'but no knowledge topic has the id "about_court"; add one to a file in knowledge/ (see '
        "MAINTAINING.md).",
    ],
    "names_not_found": [
        'knowledge/more_people.yml:5: the assistant would not recognise the name "?" (record '
        'banda) in "tell me about ?"; check the name.',
        'knowledge/more_people.yml:5: the assistant would not recognise the name "banda" '
        '(record banda) in "tell me about banda": a one-word name that is also an English word '
        'is only recognised with a capital; write "Banda".',
        'knowledge/more_people.yml:5: the name "Second" (record banda) is also a word people '
        'use to pick from a list ("the second one", "number 3"), so such replies would be read '
        "as this record; remove it or make it longer.",
        'knowledge/people.yml:3: in "tell me about Alpha Person" the assistant would find '
        '"about Alpha" (record about_alpha) instead of the name "Alpha Person" (record alpha); '
        "change one of the two names.",
        'knowledge/people.yml:4: in "tell me about Alpha" the assistant would find "about '
        'Alpha" (record about_alpha) instead of the name "Alpha" (record alpha); change one of '
        "the two names.",
    ],
    "knowledge_invalid": [
        "knowledge/topics.yml, record 'about_court': sources: field required",
    ],
    # Only the file is reported: the rest would be judged without the examples it holds.
    "unreadable_yaml": [
        "data/nlu/broken.yml:8: this is not valid YAML (expected <block end>, but found '-'); "
        "check the indentation and the quotes on this line and the one before.",
    ],
}


def check_fixture(tmp_path: Path, mistake: str | None) -> list[str]:
    shutil.copytree(FIXTURES / "base", tmp_path, dirs_exist_ok=True)
    if mistake:
        shutil.copytree(FIXTURES / mistake, tmp_path, dirs_exist_ok=True)
    return [str(problem) for problem in run_checks(tmp_path, tmp_path / "knowledge", COMMON_WORDS)]


def test_every_mistake_has_a_fixture():
    folders = {path.name for path in FIXTURES.iterdir()} - {"base"}
    assert folders == set(MISTAKES)


def test_the_fixture_without_mistakes_passes(tmp_path):
    assert check_fixture(tmp_path, None) == []


@pytest.mark.parametrize("mistake", MISTAKES)
def test_each_mistake_is_explained_with_its_file_and_line(tmp_path, mistake):
    assert check_fixture(tmp_path, mistake) == MISTAKES[mistake]


def test_a_missing_knowledge_folder_is_said_plainly(tmp_path):
    shutil.copytree(FIXTURES / "base", tmp_path, dirs_exist_ok=True)
    problems = run_checks(tmp_path, tmp_path / "nowhere", COMMON_WORDS)
    assert [str(p) for p in problems] == ["nowhere: the knowledge folder is missing."]


def test_python_that_cannot_be_read_is_said_plainly(tmp_path):
    # Written here, not kept in the fixtures, so that the linter never meets it.
    (tmp_path / "actions").mkdir()
    (tmp_path / "actions" / "broken.py").write_text('"""A quote is missing."""\n\nX = {"a": "b}\n')
    assert check_fixture(tmp_path, None) == [
        "actions/broken.py:3: Python cannot read this (unterminated string literal (detected at "
        "line 3)); check the quotes, commas and brackets on this line and the one before.",
    ]


def test_the_real_assistant_passes_every_check(monkeypatch):
    monkeypatch.delenv("KNOWLEDGE_DIR", raising=False)
    assert run_checks(PROJECT_ROOT, knowledge_dir(), common_english_words()) == []


def test_the_command_prints_each_problem_and_fails(monkeypatch, capsys):
    found = [Problem("domain.yml", 3, "something is wrong.")]
    monkeypatch.setattr(checks_command, "run_checks", lambda *args: found)
    monkeypatch.setattr(checks_command, "common_english_words", lambda: set())
    assert checks_command.main() == 1
    err = capsys.readouterr().err
    assert "domain.yml:3: something is wrong.\n" in err
    assert "1 problem(s) found; MAINTAINING.md explains" in err
