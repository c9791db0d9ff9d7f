"""Answer an explanatory question from the knowledge topic named after the intent."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import describe
from actions.common import Answer, intent_of, kb, mentioned
from bot.knowledge import Case, Crime, Person

logger = logging.getLogger(__name__)

NO_TOPIC_TEXT = (
    "Sorry, I have no sourced answer to that yet. "
    "Official information is at https://www.icc-cpi.int"
)

# What to suggest after each topic: the questions people usually ask next.
NEXT_QUESTIONS: dict[str, tuple[str, ...]] = {
    "about_icc": ("crimes", "jurisdiction", "icc_vs_icj"),
    "rome_statute": ("states_parties", "crimes"),
    "court_structure": ("office_holders", "case_stages"),
    "icc_vs_icj": ("about_icc", "jurisdiction"),
    "why_icc_matters": ("challenges", "cases_overview"),
    "challenges": ("why_icc_matters", "fugitives"),
    "jurisdiction": ("complementarity", "case_triggers", "who_can_be_tried"),
    "crimes": ("jurisdiction", "penalties"),
    "complementarity": ("case_triggers", "jurisdiction"),
    "case_triggers": ("case_stages", "complementarity"),
    "who_can_be_tried": ("penalties", "jurisdiction"),
    "penalties": ("cases_overview", "reparations"),
    "case_stages": ("cases_overview", "victim_participation"),
    "report_crime": ("case_stages", "victim_help"),
    "asp": ("states_parties", "office_holders"),
    "trust_fund": ("reparations", "victim_participation"),
    "reparations": ("trust_fund", "victim_participation"),
    "victim_participation": ("reparations", "victim_help"),
    "victim_help": ("victim_participation", "trust_fund"),
}


class ActionAnswerTopic(Action):
    """Reply with the topic whose id equals the intent, e.g. `about_icc`.

    Adding a question kind then needs only an intent, a rule and a topic record, no Python.
    A named crime or case narrows the answer ("what is genocide", "reparations for Lubanga").
    """

    def name(self) -> str:
        return "action_answer_topic"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        answer = self.answer(tracker)
        if answer is None:
            logger.warning("No knowledge topic for intent %r", intent_of(tracker))
            dispatcher.utter_message(text=NO_TOPIC_TEXT)
            return []
        return answer.send(dispatcher)

    def answer(self, tracker: Tracker) -> Answer | None:
        intent = intent_of(tracker)
        if intent == "crimes" and (crimes := mentioned(tracker, "crime", Crime)):
            return describe.definition(crimes[0])
        if intent == "reparations" and (case := _named_case(tracker)):
            return describe.reparations_in(case)
        topic = kb().topic(intent) if intent else None
        return describe.topic(topic, NEXT_QUESTIONS.get(topic.id, ())) if topic else None


def _named_case(tracker: Tracker) -> Case | None:
    cases = mentioned(tracker, "case", Case)
    if cases:
        return cases[0]
    for person in mentioned(tracker, "person", Person):
        for case in kb().cases_of(person.id):
            return case
    return None
