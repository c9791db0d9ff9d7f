"""Facets and record questions: each way of asking belongs to one question, each record
question has an answer in code, and each facet answers briefly in its own words."""

from __future__ import annotations

from collections.abc import Iterator

from actions.kinds import KINDS
from bot.checks.problem import Problem
from bot.knowledge import KnowledgeBase, normalize

QUESTIONS_FILE = "record_questions.yml"
MAX_FACET_WORDS = 90


def check_facets(kb: KnowledgeBase, label: str) -> Iterator[Problem]:
    owner: dict[str, str] = {}
    asked = [(kb.origin(record.id), facet.id, facet.phrasings()) for record, facet in kb.facets()]
    asked += [(QUESTIONS_FILE, q.id, q.phrasings()) for q in kb.record_questions()]
    for origin, answerable_id, phrasings in asked:
        for phrasing in phrasings:
            key = normalize(phrasing)
            other = owner.setdefault(key, answerable_id)
            if other != answerable_id:
                yield Problem(
                    f"{label}/{origin}",
                    0,
                    f'"{phrasing}" is a way of asking both "{answerable_id}" and "{other}"; '
                    "keep it under the one it belongs to and reword or remove the other.",
                )
    for record, facet in kb.facets():
        if not facet.asked_as:
            yield Problem(
                f"{label}/{kb.origin(record.id)}",
                0,
                f'the facet "{facet.id}" has no `asked_as`; add two or three other ways people '
                "ask the same question.",
            )
        if len(facet.answer.split()) > MAX_FACET_WORDS:
            yield Problem(
                f"{label}/{kb.origin(record.id)}",
                0,
                f'the answer of the facet "{facet.id}" has more than {MAX_FACET_WORDS} words; '
                "answer the question in one to three sentences.",
            )
    for question in kb.record_questions():
        if not any(kind.answers(question) for kind in KINDS):
            yield Problem(
                f"{label}/{QUESTIONS_FILE}",
                0,
                f'the record question "{question.id}" has no answer in actions/kinds/; use the '
                "id of an existing question, or ask a developer to add its answer.",
            )
