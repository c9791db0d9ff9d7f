"""A question kind answered by `action_answer_topic` needs a knowledge topic with its id,
or the assistant can only say it has no sourced answer."""

from __future__ import annotations

from collections.abc import Iterator

from actions.answer_topic import ActionAnswerTopic
from bot.checks.problem import Problem
from bot.checks.project import Project
from bot.knowledge import KnowledgeBase

TOPIC_ACTION = ActionAnswerTopic().name()


def check_topics(project: Project, kb: KnowledgeBase) -> Iterator[Problem]:
    reported = set()
    for intent, action in project.answers():
        if action == TOPIC_ACTION and kb.topic(intent) is None and intent not in reported:
            reported.add(intent)
            yield Problem.at(
                intent,
                f'the intent "{intent}" is answered by {TOPIC_ACTION}, but no knowledge topic '
                f'has the id "{intent}"; add one to a file in knowledge/ (see MAINTAINING.md).',
            )
