"""Run every check on one assistant and collect what they found."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bot.checks.buttons import check_buttons
from bot.checks.examples import check_examples
from bot.checks.facets import check_facets
from bot.checks.intents import check_intents
from bot.checks.names import check_names, name_places
from bot.checks.problem import Problem
from bot.checks.project import read_project
from bot.checks.references import check_actions, check_responses
from bot.checks.topics import check_topics
from bot.knowledge import KnowledgeBase, KnowledgeError, load_knowledge
from bot.nlu.name_matcher import NameMatcher


def _label(directory: Path, root: Path) -> str:
    """How messages name the knowledge folder: relative to the project when inside it."""
    try:
        return directory.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(directory)


def _knowledge(directory: Path, label: str) -> tuple[KnowledgeBase | None, list[Problem]]:
    """The knowledge base, or the knowledge validator's problems (each "file[, record]: why")."""
    if not directory.is_dir():
        return None, [Problem(label, 0, "the knowledge folder is missing.")]
    try:
        return KnowledgeBase(load_knowledge(directory)), []
    except KnowledgeError as error:
        problems = []
        for problem in error.problems:
            where, _, why = problem.partition(": ")
            problems.append(Problem(f"{label}/{where}", 0, why))
        return None, problems


def run_checks(root: Path, knowledge_directory: Path, common_words: Iterable[str]) -> list[Problem]:
    """Every problem in the assistant at `root`; names are matched as the assistant would,
    with `common_words` as the English words a one-word person name needs a capital for."""
    project = read_project(root)
    label = _label(knowledge_directory, root)
    kb, problems = _knowledge(knowledge_directory, label)
    if project.unreadable:  # what is in them is unknown: other messages would mislead
        return sorted(problems + project.unreadable)
    problems += [
        *check_examples(project),
        *check_intents(project),
        *check_responses(project),
        *check_actions(project),
        *check_buttons(project),
    ]
    if kb is not None:
        matcher = NameMatcher.from_knowledge(kb, common_words)
        places = name_places(knowledge_directory, label)
        problems += [
            *check_topics(project, kb),
            *check_names(kb, matcher, places, label),
            *check_facets(kb, label),
        ]
    return sorted(problems)
