"""Situations, cases and people: what the Court does where, and to whom."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import describe, prompts
from actions.common import Answer, AnswerAboutAction, kb
from actions.formatting import name_list, numbered, sourced_text_for
from actions.suggestions import button, buttons
from bot.knowledge import Case, Person, PersonStatus, Record, Situation, State


def situation_answer(record: Record) -> Answer | None:
    """The Court's work for a situation, or for the situations in a State."""
    if isinstance(record, Situation):
        return describe.situation(record)
    if isinstance(record, State):
        situations = kb().situations_in(record.id)
        if len(situations) == 1:
            return describe.situation(situations[0])
        if situations:
            lines = [f"{s.name} ({s.status.value.replace('_', ' ')})" for s in situations]
            intro = f"The Court has more than one situation concerning {record.name}:"
            text = f"{intro}\n{numbered(lines)}"
            return Answer(
                sourced_text_for(text, situations),
                [button("select_item", "The first one", ordinal="1")],
                subject=record.id,
                question="situation_info",
                listed=[s.id for s in situations],
            )
        answer = describe.membership(record)
        answer.text = (
            "The ICC has no investigation or preliminary examination concerning "
            f"{record.name} in my records. " + answer.text
        )
        return answer
    return None


def case_answer(record: Record) -> Answer | None:
    """A person's status, a case, or the people charged in a situation or State."""
    if isinstance(record, Person):
        return describe.person(record)
    if isinstance(record, Case):
        return describe.case(record)
    if isinstance(record, Situation):
        return describe.suspects(record)
    if isinstance(record, State):
        situations = kb().situations_in(record.id)
        if situations:
            return describe.suspects(situations[0])
        return situation_answer(record)
    return None


class ActionSituationInfo(AnswerAboutAction):
    entities = ("country",)
    ask = prompts.ASK_COUNTRY

    def name(self) -> str:
        return "action_situation_info"

    def answer_for(self, record: Record) -> Answer | None:
        return situation_answer(record)


class ActionCaseInfo(AnswerAboutAction):
    entities = ("person", "case", "country")
    ask = prompts.ASK_PERSON

    def name(self) -> str:
        return "action_case_info"

    def answer_for(self, record: Record) -> Answer | None:
        return case_answer(record)


class ActionCasesOverview(Action):
    """Counts derived from the case records, never typed in by hand."""

    def name(self) -> str:
        return "action_cases_overview"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        base = kb()
        people = base.people()
        convicted = base.convicted()
        counts = {status: len(base.people(status)) for status in PersonStatus}
        text = (
            f"The Court has {len(base.cases())} cases on record in {len(base.situations())} "
            f"situations, concerning {len(people)} people. {len(convicted)} people have been "
            f"convicted of genocide, crimes against humanity or war crimes: "
            f"{name_list([p.name for p in convicted])}. {counts[PersonStatus.acquitted]} were "
            f"acquitted, {counts[PersonStatus.at_large]} are at large, "
            f"{counts[PersonStatus.in_custody] + counts[PersonStatus.on_trial]} are in custody "
            f"or on trial, "
            f"and proceedings ended for {counts[PersonStatus.proceedings_ended]} (for example "
            f"after a death or withdrawn charges)."
        )
        topic = base.topic("cases_overview")
        records = [*people, topic] if topic else people
        return Answer(
            sourced_text_for(text, records),
            [
                button("select_item", "About the first convicted", ordinal="1"),
                *buttons("fugitives", "case_stages"),
            ],
            subject="cases_overview",
            listed=[p.id for p in convicted],
        ).send(dispatcher)


class ActionFugitives(Action):
    def name(self) -> str:
        return "action_fugitives"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        at_large = kb().people(PersonStatus.at_large)
        lines = [f"{p.name} ({_situation_of(p)})" for p in at_large]
        text = (
            f"{len(at_large)} people the Court has charged are still at large. The Court has no "
            f"police: it relies on States to arrest them, and it cannot hold a trial in their "
            f"absence.\n{numbered(lines)}"
        )
        return Answer(
            sourced_text_for(text, at_large),
            [
                button("select_item", "Tell me about the first one", ordinal="1"),
                *buttons("challenges", "case_stages"),
            ],
            subject="fugitives",
            listed=[p.id for p in at_large],
        ).send(dispatcher)


def _situation_of(person: Person) -> str:
    for case in kb().cases_of(person.id):
        situation = kb().get(case.situation)
        if situation:
            return situation.name.removeprefix("Situation in ").removeprefix("the ")
    return "case"
