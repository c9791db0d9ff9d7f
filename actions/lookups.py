"""Who leads the Court, and what a legal word or a Rome Statute article means."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import describe, prompts
from actions.common import Answer, AnswerAboutAction, kb, mentioned
from actions.formatting import numbered, sourced_text_for
from actions.suggestions import button, buttons
from bot.knowledge import Person, Record, Role


class ActionOfficeHolders(Action):
    def name(self) -> str:
        return "action_office_holders"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        named = [p for p in mentioned(tracker, "person", Person) if p.role == Role.office_holder]
        if named:
            return describe.person(named[0]).send(dispatcher)
        holders = kb().office_holders()
        lines = [f"{p.position}: {p.name}" for p in holders]
        text = f"Who holds the main offices (each checked on its own date):\n{numbered(lines)}"
        return Answer(
            sourced_text_for(text, holders),
            [
                button("select_item", "About the first one", ordinal="1"),
                *buttons("court_structure"),
            ],
            subject="office_holders",
            listed=[p.id for p in holders],
        ).send(dispatcher)


class ActionDefineTerm(AnswerAboutAction):
    """A legal word, an article or a crime; "what does that mean?" explains the last subject."""

    entities = ("term", "article", "crime")
    ask = prompts.ASK_TERM

    def name(self) -> str:
        return "action_define_term"

    def answer_for(self, record: Record) -> Answer | None:
        return describe.any_record(record)
