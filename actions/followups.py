"""Follow-ups about the previous answer itself: "tell me more", "where does this come from?"."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import Answer, kb, resolve, sources_button
from actions.formatting import human_date
from actions.kinds import kind_of
from actions.texts import text


class ActionMore(Action):
    """ "Tell me more" or "yes" after an offer: the rest of what the previous answer was about."""

    def name(self) -> str:
        return "action_more"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        record = resolve(tracker.get_slot("subject"))
        more = kind_of(record).more(record) if record else None
        if more is None:
            if (tracker.latest_message.get("intent") or {}).get("name") == "affirm":
                dispatcher.utter_message(response="utter_deny")
            else:
                dispatcher.utter_message(text=text("no_more"))
            return []
        return Answer.about([record], more, buttons=[sources_button()]).send(dispatcher)


class ActionSources(Action):
    """Every source of the last answer (the answer itself shows only the first)."""

    def name(self) -> str:
        return "action_sources"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        record = resolve(tracker.get_slot("subject"))
        if record is None:
            dispatcher.utter_message(text=text("sources_in_general"))
            return []
        found = kb().facet(tracker.get_slot("last_question") or "")
        sources, as_of = record.sources, record.as_of
        if found is not None and found[0].id == record.id:
            sources, as_of = found[1].sources, found[1].as_of
        titles = "\n".join(f"- {s.title}: {s.url}" for s in sources)
        body = (
            f"{text('sources_of', name=record.name)}\n{titles}\n"
            f"{text('last_checked', date=human_date(as_of))}"
        )
        dispatcher.utter_message(text=body)
        return []
