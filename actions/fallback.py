"""When the assistant is unsure: offer the likeliest questions and the best-matching facts."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import prompts
from actions.common import kb
from actions.suggestions import QUESTIONS, button
from bot.knowledge import Case, Person, Record, Situation, State, Topic
from bot.knowledge.loader import RECORD_KINDS
from bot.knowledge.search import SearchIndex, spacy_analyzer
from bot.paths import SPACY_MODEL_DIR

NOT_SUGGESTED = {
    "nlu_fallback",
    "out_of_scope",
    "inform",
    "select_item",
    "ask_more",
    "affirm",
    "deny",
    "greet",
    "goodbye",
    "thanks",
}
MIN_INTENT_CONFIDENCE = 0.1


@lru_cache(maxsize=1)
def search_index() -> SearchIndex:
    """Built on first use: every record of the knowledge base, analysed with our spaCy pipeline."""
    records = [record for kind in RECORD_KINDS for record in kb().all(kind)]
    return SearchIndex(records, spacy_analyzer(spacy.load(SPACY_MODEL_DIR)))


def record_button(record: Record) -> dict[str, Any]:
    """A button asking the natural question about a record."""
    if isinstance(record, Topic):
        if record.id in QUESTIONS:
            return button(record.id)
        return button("define_term", record.name, term=record.id)
    if isinstance(record, Situation):
        return button("situation_info", record.name, country=record.id)
    if isinstance(record, (Person, Case)):
        return button("case_info", record.name, person=record.id)
    if isinstance(record, State):
        return button("membership_check", f"Is {record.name} a member?", country=record.id)
    return button("define_term", record.name, term=record.id)


class ActionFallback(Action):
    def name(self) -> str:
        return "action_fallback"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        ranking = tracker.latest_message.get("intent_ranking") or []
        likely = [
            item["name"]
            for item in ranking
            if item["name"] in QUESTIONS
            and item["name"] not in NOT_SUGGESTED
            and item.get("confidence", 0) >= MIN_INTENT_CONFIDENCE
        ][:2]
        hits = search_index().search(tracker.latest_message.get("text") or "", limit=2)
        offers = [button(intent) for intent in likely]
        offers += [record_button(hit.record) for hit in hits]
        unique = list({offer["payload"]: offer for offer in offers}.values())[:4]
        if not unique:
            dispatcher.utter_message(text=prompts.NOT_UNDERSTOOD)
            return []
        dispatcher.utter_message(
            text="I'm not sure I understood. Did you mean one of these?", buttons=unique
        )
        return []
