"""Answer an explanatory question from the knowledge topic named after the intent."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.formatting import sourced_text
from bot.knowledge import get_knowledge_base

logger = logging.getLogger(__name__)

NO_TOPIC_TEXT = (
    "Sorry, I have no sourced answer to that yet. "
    "Official information is at https://www.icc-cpi.int"
)


class ActionAnswerTopic(Action):
    """Reply with the topic whose id equals the intent, e.g. `about_icc`.

    Adding a question kind then needs only an intent, a rule and a topic record, no Python.
    """

    def name(self) -> str:
        return "action_answer_topic"

    def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[dict[str, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        topic = get_knowledge_base().topic(intent) if intent else None
        if topic is None:
            logger.warning("No knowledge topic for intent %r", intent)
            dispatcher.utter_message(text=NO_TOPIC_TEXT)
            return []
        dispatcher.utter_message(text=sourced_text(topic.answer, topic))
        return []
