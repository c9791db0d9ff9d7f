"""Follow-ups that lean on the previous answer: "what about Sudan?", "the first one",
"tell me more", "where does this come from?"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import describe, prompts
from actions.cases import case_answer, situation_answer
from actions.common import Answer, intent_of, kb, mentioned, resolve, subject
from actions.formatting import human_date, numbered, sourced_text
from actions.membership import membership_answer
from actions.suggestions import buttons
from bot.knowledge import (
    Article,
    Case,
    Crime,
    GlossaryTerm,
    Person,
    Record,
    Situation,
    State,
    Topic,
)


def definition_answer(record: Record) -> Answer | None:
    if isinstance(record, (Crime, Article, GlossaryTerm)):
        return describe.definition(record)
    return None


ANSWER_FOR_QUESTION: dict[str, Callable[[Record], Answer | None]] = {
    "membership_check": membership_answer,
    "situation_info": situation_answer,
    "case_info": case_answer,
    "define_term": definition_answer,
}


class ActionInform(Action):
    """A bare name or "what about X?": answer the same kind of question as last time."""

    def name(self) -> str:
        return "action_inform"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        named = [
            record
            for entity in ("person", "case", "country", "term", "article", "crime")
            for record in mentioned(tracker, entity)
        ]
        previous = ANSWER_FOR_QUESTION.get(tracker.get_slot("last_question") or "")
        for record in named:
            answer = (previous(record) if previous else None) or describe.any_record(record)
            return answer.send(dispatcher)
        dispatcher.utter_message(text=prompts.NOT_UNDERSTOOD)
        return []


class ActionSelectItem(Action):
    """ "Tell me about the second one" after a numbered list."""

    def name(self) -> str:
        return "action_select_item"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        listed = tracker.get_slot("listed") or []
        position = _position(tracker)
        if not listed or position is None:
            dispatcher.utter_message(text=prompts.NOTHING_TO_CHOOSE)
            return []
        index = position - 1 if position > 0 else len(listed) + position
        record = resolve(listed[index]) if 0 <= index < len(listed) else None
        if record is None:
            dispatcher.utter_message(
                text=f"The list had {len(listed)} items; which one do you mean?"
            )
            return []
        return describe.any_record(record).send(dispatcher)


def _position(tracker: Tracker) -> int | None:
    for value in tracker.get_latest_entity_values("ordinal"):
        try:
            return int(str(value))
        except ValueError:
            continue
    return None


class ActionMore(Action):
    """ "Tell me more" or "yes" after an offer: the rest of what the previous answer was about."""

    def name(self) -> str:
        return "action_more"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        record = subject(tracker)
        more = _more_about(record) if record else None
        if more is None:
            if intent_of(tracker) == "affirm":
                dispatcher.utter_message(response="utter_deny")
            else:
                dispatcher.utter_message(text=prompts.NO_MORE)
            return []
        return Answer(sourced_text(more, record), buttons("sources")).send(dispatcher)


def _more_about(record: Record) -> str | None:
    if isinstance(record, Topic):
        points = numbered(record.points, limit=10) if record.points else ""
        return "\n".join(filter(None, [record.details, points])) or None
    if isinstance(record, Situation):
        lines = _timeline(record) + [f"Case: {c.name}" for c in kb().cases(record.id)]
        return numbered(lines, limit=8) if lines else None
    if isinstance(record, (Person, Case)):
        events = _timeline(record)
        detail = record.status_detail if isinstance(record, Person) else record.charges
        return (
            "\n".join(filter(None, [detail, numbered(events, limit=8) if events else ""])) or None
        )
    if isinstance(record, State):
        return record.note or (record.withdrawal.note if record.withdrawal else None)
    return None


def _timeline(record: Situation | Person | Case) -> list[str]:
    return [f"{human_date(k.date)}: {k.event}" for k in record.key_dates]


class ActionSources(Action):
    def name(self) -> str:
        return "action_sources"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        record = subject(tracker)
        if record is None:
            dispatcher.utter_message(
                text=(
                    "Every answer I give comes from a curated knowledge base where each fact "
                    "names its sources (the Court, the Assembly of States Parties, the Trust "
                    "Fund for Victims, "
                    "the UN Treaty Collection, the Rome Statute) and the date it was last checked. "
                    "The Court's own site is https://www.icc-cpi.int"
                )
            )
            return []
        titles = "\n".join(f"- {s.title}: {s.url}" for s in record.sources)
        text = (
            f"My answer about {record.name} comes from:\n{titles}\n"
            f"Last checked: {human_date(record.as_of)}."
        )
        dispatcher.utter_message(text=text)
        return []
