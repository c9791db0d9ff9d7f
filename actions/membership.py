"""Membership of the Rome Statute: one State, and the derived number of States Parties."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import describe, prompts
from actions.common import Answer, AnswerAboutAction, kb
from actions.formatting import name_list, source_line
from actions.suggestions import buttons
from bot.knowledge import Record, Situation, State


def membership_answer(record: Record) -> Answer | None:
    if isinstance(record, State):
        return describe.membership(record)
    if isinstance(record, Situation) and record.states:
        state = kb().get(record.states[0])
        return describe.membership(state) if isinstance(state, State) else None
    return None


class ActionMembershipCheck(AnswerAboutAction):
    entities = ("country",)
    ask = prompts.ASK_COUNTRY

    def name(self) -> str:
        return "action_membership_check"

    def answer_for(self, record: Record) -> Answer | None:
        return membership_answer(record)


class ActionStatesParties(Action):
    """The number of States Parties, counted from the State records, with pending changes."""

    def name(self) -> str:
        return "action_states_parties"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        today = dt.date.today()
        figure = kb().states_parties_count(today)
        unresolved = [
            s.name for s in kb().states_parties(today) if s.withdrawal and not s.withdrawal.reversed
        ]
        text = (
            f"{figure.value} States are parties to the Rome Statute, counted from the UN treaty "
            f"records in my knowledge base."
        )
        if unresolved:
            text += (
                f" {name_list(unresolved)} notified a withdrawal whose outcome I could not "
                f"confirm, so the real number may be lower."
            )
        text += ' Ask me about any country, for example "Is Kenya a member?"'
        topic = kb().topic("states_parties")
        return Answer(
            f"{text}\n{source_line(figure.sources, figure.as_of)}",
            [*(buttons("ask_more") if topic else []), *buttons("asp", "jurisdiction")],
            subject=topic.id if topic else None,
            question="membership_check",
        ).send(dispatcher)
