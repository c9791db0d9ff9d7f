"""Situations: the countries and territories the Prosecutor examines or investigates."""

from __future__ import annotations

import re

from actions.common import Answer, ask_button, kb, numbered_answer
from actions.formatting import fit, human_date, name_list, numbered
from actions.kinds.base import MAX_WORDS, Kind, dated
from actions.kinds.person import status_of as person_status
from actions.texts import text
from bot.knowledge import Person, PersonStatus, Situation
from bot.knowledge.schema import RecordKind, RecordQuestion, Trigger

# "Pre-Trial Chamber I authorised the investigation": when the judges let the Prosecutor open one.
AUTHORISED = re.compile(r"\b(chamber|judges)\b.*\bauthori[sz]ed\b", re.I)
# The referrals themselves, not a failure to arrest "referred to the Assembly of States Parties".
REFERRAL = re.compile(r"\breferr(al|ed|ing)\b(?!.*\bto the Assembly\b)", re.I)


def short_name(record: Situation) -> str:
    return record.name.removeprefix("Situation in ").removeprefix("the ")


def status_of(record: Situation) -> str:
    return text(f"situation_status.{record.status.value}")


class SituationKind(Kind):
    records = (Situation,)
    about = RecordKind.situation
    intents = ("situation_info", "case_info", "cases_overview", "fugitives")

    def overview(self, record: Situation) -> Answer:
        people = kb().people(situation=record.id)
        tail = (
            f"The Court's cases here concern {name_list([p.name for p in people])}."
            if people
            else text("no_suspects", name=record.name)
        )
        body, _ = fit(
            f"{record.name} ({status_of(record)}):", record.summary, tail, limit=MAX_WORDS
        )
        answer = self.reply(record, body, "situation_overview")
        answer.listed = _in_order_named(people, body) or None  # "the first one": the first
        return answer

    def next_questions(self, record: Situation) -> list[dict]:
        buttons = []
        if kb().people(situation=record.id):
            buttons.append(
                ask_button(text("labels.who_is_accused"), "situation_suspects", country=record.id)
            )
        buttons.append(ask_button("How did it start?", "situation_trigger", country=record.id))
        return buttons

    def more(self, record: Situation) -> str | None:
        lines = [f"{human_date(k.date)}: {k.event}" for k in record.key_dates]
        lines += [f"Case: {c.name}" for c in kb().cases(record.id)]
        return numbered(lines, limit=8) if lines else None

    def situation_overview(self, record: Situation, question: RecordQuestion) -> Answer:
        return self.overview(record)

    def situation_suspects(self, record: Situation, question: RecordQuestion) -> Answer:
        return self._charged(record, question, "suspects")

    def situation_convictions(self, record: Situation, question: RecordQuestion) -> Answer:
        """Those convicted, with their sentences, as a list to pick from ("what did he
        get?"); when no one is, those charged."""
        convicted = [
            p for p in kb().people(situation=record.id) if p.status == PersonStatus.convicted
        ]
        if not convicted:
            return self._charged(record, question, "none_convicted")
        lines = [fit(_convicted_line(p), p.status_detail, limit=40)[0] for p in convicted]
        return _people_listed(
            record, question, text("convicted_in", name=record.name), convicted, lines
        )

    def _charged(self, record: Situation, question: RecordQuestion, intro: str) -> Answer:
        """Everyone charged in the situation with their status, after the text `intro`."""
        people = kb().people(situation=record.id)
        if not people:
            return Answer.about(
                [record],
                text("no_suspects", name=record.name),
                subject=record.id,
                question=question.id,
            )
        lines = [f"{p.name}: {person_status(p)}" for p in people]
        return _people_listed(record, question, text(intro, name=record.name), people, lines)

    def situation_opened(self, record: Situation, question: RecordQuestion) -> Answer:
        return self.timeline(record, question, "opening of an investigation")

    def situation_trigger(self, record: Situation, question: RecordQuestion) -> Answer:
        if record.trigger is None:
            return self.overview(record)
        how = text(f"trigger.{record.trigger.value}")
        lead = text("situation_trigger", name=record.name, how=how)
        referrals = [d for d in record.key_dates if REFERRAL.search(d.event)]
        first = referrals[:2] or record.key_dates[:1]  # who referred, not an earlier declaration
        if record.trigger is Trigger.proprio_motu:  # and when the judges said yes
            authorised = [d for d in record.key_dates if AUTHORISED.search(d.event)]
            first += [d for d in authorised[:1] if d not in first]
        tail = dated(first)
        return self.reply(record, f"{lead} {tail}".strip(), question.id)

    def situation_jurisdiction(self, record: Situation, question: RecordQuestion) -> Answer:
        lead = text("situation_jurisdiction_yes", name=record.name, status=status_of(record))
        body, _ = fit(lead, record.summary, limit=80)
        return self.reply(record, body, question.id)


def _in_order_named(people: list[Person], body: str) -> list[str]:
    """The ids of the people `body` names, in the order it names them."""
    found = []
    for person in people:
        places = [body.find(name) for name in person.names() if name in body]
        if places:
            found.append((min(places), person.id))
    return [person_id for _, person_id in sorted(found)]


def _people_listed(
    record: Situation, question: RecordQuestion, intro: str, people: list[Person], lines: list[str]
) -> Answer:
    """A numbered list of people of the situation, each citing their own sources."""
    return numbered_answer(intro, people, lines, people, subject=record.id, question=question.id)


def _convicted_line(person: Person) -> str:
    """Who, and the sentence unless the status detail that follows gives it."""
    years = person.sentence_years
    if not years or person.status_detail:
        return f"{person.name}: {person_status(person)}."
    return f"{person.name}: {person_status(person)} {text('sentenced_to', years=f'{years:g}')}."
