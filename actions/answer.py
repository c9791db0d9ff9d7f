"""The one action that answers every question about the Court from the knowledge base."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.choose import choose
from actions.turn import Turn
from actions.two_part import answer_in_parts

logger = logging.getLogger(__name__)


class ActionAnswer(Action):
    def name(self) -> str:
        return "action_answer"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        turn = Turn.read(tracker)
        answer = answer_in_parts(turn) or choose(turn)  # the parts are asked on copies
        logger.info(
            "intent=%s answered=%s subject=%s", turn.intent, answer.question, answer.subject
        )
        return answer.send(dispatcher)
