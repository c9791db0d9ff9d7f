"""Topics: explanations of one subject. A few topics are lists counted from other records
(the cases, the people at large, the States Parties, the office holders)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from actions.common import Answer, ask_button, kb, more_button, numbered_answer, sources_button
from actions.formatting import human_date, name_list, numbered
from actions.kinds.base import Kind
from actions.kinds.state import withdrawals
from actions.texts import text
from bot.knowledge import Person, PersonStatus, Record, Topic
from bot.knowledge.schema import RecordKind


def next_buttons(topic: Topic) -> list[dict]:
    """What the topic suggests next (`next` in YAML), else its own first facets."""
    buttons = []
    for target in topic.next:
        record = kb().get(target)
        found = kb().facet(target)
        if isinstance(record, Topic):
            buttons.append(ask_button(record.label or record.name, record.id))
        elif found:
            buttons.append(ask_button(found[1].question, found[1].id))
    if not buttons:
        buttons = [ask_button(f.question, f.id) for f in topic.facets[:3]]
    return buttons


def _situation_of(person: Person) -> str:
    for case in kb().cases_of(person.id):
        situation = kb().get(case.situation)
        if situation:
            return situation.name.removeprefix("Situation in ").removeprefix("the ")
    return person.position or "case"


def fugitives(topic: Topic) -> Answer:
    at_large = kb().at_large()
    intro = " ".join(
        [
            f"{len(at_large)} people charged by the Court are recorded as at large in my "
            "knowledge base (counted from its records). The Court has no police: it relies on "
            "States to arrest them, and it does not hold trials in a person's absence.",
            *reported_dead_sentences(),
        ]
    )
    lines = [f"{p.name} ({_situation_of(p)})" for p in at_large]
    return numbered_answer(intro, at_large, lines, [*at_large, topic], limit=6)


def reported_dead_sentences() -> list[str]:
    """Those charged and reported dead, not counted as at large: said, never left out."""
    dead = kb().reported_dead()
    if not dead:
        return []
    names = name_list(
        [f"{p.name} ({human_date(p.reported_dead.date)})" for p in dead if p.reported_dead]
    )
    return [text("reported_dead_not_counted", names=names)]


def office_holders(topic: Topic) -> Answer:
    holders = kb().office_holders()
    lines = [f"{p.position}: {p.name} (as of {human_date(p.as_of)})" for p in holders]
    intro = "Who holds the Court's main offices, each as of the day it was last checked:"
    vacant = kb().vacant_posts()
    lines += [text("vacant_post", post=title, name=p.name) for title, p in vacant.items()]
    listed = [*holders, *vacant.values()]
    return numbered_answer(intro, listed, lines, listed)


def cases_overview(topic: Topic) -> Answer:
    base = kb()
    convicted = base.convicted()
    counts = {status: len(base.people(status)) for status in PersonStatus}
    body = (
        f"{topic.answer} Counted from my records: {len(base.cases())} cases in "
        f"{len(base.situations())} situations, concerning {len(base.people())} people. "
        f"{len(convicted)} people were convicted of genocide, crimes against humanity or war "
        f"crimes: {name_list([p.name for p in convicted])}. {counts[PersonStatus.acquitted]} "
        f"were acquitted and {len(base.at_large())} are recorded as at large."
    )
    body = " ".join([body, *reported_dead_sentences()])
    return Answer.about(
        [topic, *convicted],
        body,
        listed=[p.id for p in convicted],
        buttons=[next_buttons(topic)[0]] if next_buttons(topic) else [],
    )


def states_parties(topic: Topic) -> Answer:
    today = dt.date.today()
    figure = kb().states_parties_count(today)
    in_doubt = [
        text(
            "withdrawal.counted_in_doubt", name=s.name, effective=human_date(s.withdrawal.effective)
        )
        for s in kb().states_parties(today)
        if s.withdrawal is not None and s.withdrawal.in_doubt(today)
    ]
    body = " ".join(
        [
            f"{figure.value} States are parties to the Rome Statute, counted from the UN treaty "
            "records in my knowledge base.",
            *in_doubt,
            topic.answer,
        ]
    )
    answer = Answer(body, list(figure.sources), figure.as_of, [more_button()])
    return answer


def with_withdrawals(settled: bool) -> Callable[[Answer], Answer]:
    """A facet's answer led by what the State records say of notices of withdrawal."""

    def lead(answer: Answer) -> Answer:
        states, sentences = withdrawals(dt.date.today(), settled)
        answer.body = " ".join([*sentences, answer.body])
        dates = [d for d in (answer.as_of, *(s.as_of for s in states)) if d is not None]
        answer.as_of = min(dates, default=None)
        return answer

    return lead


COMPUTED: dict[str, Callable[[Topic], Answer]] = {
    "fugitives": fugitives,
    "office_holders": office_holders,
    "cases_overview": cases_overview,
    "states_parties": states_parties,
}


# Facets whose answer starts with what other records say, so it never goes stale beside them.
COMPUTED_FACETS: dict[str, Callable[[Answer], Answer]] = {
    "challenges_withdrawals_past": with_withdrawals(settled=True),
    "challenges_withdrawals_recent": with_withdrawals(settled=False),
}


class TopicKind(Kind):
    records = (Topic,)
    about = RecordKind.any

    def overview(self, record: Topic) -> Answer:
        compute = COMPUTED.get(record.id)
        if compute:
            answer = compute(record)
        elif record.items:
            answer = self._with_items(record)
        else:
            has_more = bool(record.details or record.points)
            body = record.answer + (f" {text('more_offer')}" if has_more else "")
            buttons = ([more_button()] if has_more else []) + next_buttons(record)
            answer = Answer(body, record.sources, record.as_of, buttons)
        answer.subject, answer.question = record.id, record.id
        return answer

    def _with_items(self, record: Topic) -> Answer:
        items = [r for i in record.items if (r := kb().get(i)) is not None]
        answer = numbered_answer(
            record.answer, items, [r.name for r in items], [record], next_buttons(record)
        )
        answer.sources = record.sources[:1]
        return answer

    def more(self, record: Topic) -> str | None:
        points = numbered(record.points, limit=10) if record.points else ""
        return "\n".join(filter(None, [record.details, points])) or None

    def asked_under(self, record: Topic) -> tuple[str, ...]:
        return tuple(record.asked_under())

    def answers(self, question) -> bool:
        return question.about == RecordKind.any and hasattr(self, question.id)

    def facet(self, record: Record, facet) -> Answer:
        answer = super().facet(record, facet)
        if facet.id in COMPUTED_FACETS:
            answer = COMPUTED_FACETS[facet.id](answer)
        if isinstance(record, Topic) and record.next:
            answer.buttons = [*next_buttons(record)[:2], sources_button()]
        return answer
