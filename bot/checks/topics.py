"""A question kind answered by `action_answer` leans on the knowledge topic with its id; without
one (and without a record the message names) the assistant can only say it has no answer."""

from __future__ import annotations

from collections.abc import Iterator

from actions.answer import ActionAnswer
from bot.checks.problem import Problem
from bot.checks.project import Project
from bot.knowledge import KnowledgeBase

ANSWER_ACTION = ActionAnswer().name()
# Intents answered from the record a message names, or from the conversation, or with a fixed
# reply: no topic needed.
RECORD_INTENTS = {
    "situation_info",
    "case_info",
    "membership_check",
    "define_term",
    "inform",
    "select_item",
    "nlu_fallback",
    "ask_more",
    "affirm",
    "sources",
    "help",
    "out_of_scope",
    "greet",
    "deny",
    "goodbye",
    "bot_challenge",
}


def check_topics(project: Project, kb: KnowledgeBase) -> Iterator[Problem]:
    reported = set()
    for intent, action in project.answers():
        if (
            action == ANSWER_ACTION
            and intent not in RECORD_INTENTS
            and kb.topic(intent) is None
            and intent not in reported
        ):
            reported.add(intent)
            yield Problem.at(
                intent,
                f'the intent "{intent}" is answered by {ANSWER_ACTION}, but no knowledge topic '
                f'has the id "{intent}"; add one to a file in knowledge/ (see MAINTAINING.md).',
            )
