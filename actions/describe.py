"""Answers about one record of any kind; every answering action builds its reply here."""

from __future__ import annotations

import datetime as dt
import re

from actions.common import Answer, kb
from actions.formatting import human_date, name_list, numbered, sourced_text, sourced_text_for
from actions.suggestions import button, buttons
from bot.knowledge import (
    Article,
    Case,
    Crime,
    GlossaryTerm,
    Person,
    PersonStatus,
    Record,
    Situation,
    State,
    Topic,
)

MAX_WORDS = 120
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

STATUS = {
    PersonStatus.at_large: "is wanted by the Court and still at large",
    PersonStatus.in_custody: "is in the Court's custody",
    PersonStatus.on_trial: "is on trial",
    PersonStatus.convicted: "was convicted",
    PersonStatus.acquitted: "was acquitted",
    PersonStatus.proceedings_ended: "is no longer prosecuted: the proceedings have ended",
}


def fit(*parts: str | None, limit: int = MAX_WORDS) -> tuple[str, bool]:
    """Whole sentences of the parts, in order, up to `limit` words (always at least one);
    says whether something was left over for "tell me more"."""
    kept: list[str] = []
    words = 0
    for part in filter(None, parts):
        for sentence in SENTENCE_END.split(part.strip()):
            size = len(sentence.split())
            if kept and words + size > limit:
                return " ".join(kept), True
            kept.append(sentence)
            words += size
    return " ".join(kept), False


def _about(
    record: Record, body: str, follow: list[dict], has_more: bool, question: str | None = None
) -> Answer:
    """An answer about one record: its text with source, and "tell me more" when there is more."""
    return Answer(
        sourced_text(body, record),
        _with_more(follow, has_more),
        subject=record.id,
        question=question,
    )


def _with_more(answer_buttons: list[dict], has_more: bool) -> list[dict]:
    return ([button("ask_more")] if has_more else []) + answer_buttons


def topic(record: Topic, next_intents: tuple[str, ...] = ()) -> Answer:
    has_more = bool(record.details or record.points)
    text = record.answer + (" Would you like to know more?" if has_more else "")
    return _about(record, text, buttons(*next_intents), has_more)


def definition(record: Crime | Article | GlossaryTerm) -> Answer:
    if isinstance(record, Crime):
        body, has_more = fit(
            f"{record.name} (Article {', '.join(record.articles)}):", record.definition
        )
        follow = buttons("jurisdiction", "penalties")
    elif isinstance(record, Article):
        body, has_more = fit(f"{record.name}:", record.summary)
        follow = buttons("rome_statute")
    else:
        body, has_more = fit(f"{record.name}:", record.definition)
        follow = buttons("case_stages", "jurisdiction")
    return _about(record, body, follow, has_more, "define_term")


def situation(record: Situation) -> Answer:
    cases = kb().cases(record.id)
    people = kb().people(situation=record.id)
    tail = (
        f"The Court's cases here concern {name_list([p.name for p in people])}."
        if people
        else "No case against a named person is public in this situation."
    )
    body, has_more = fit(f"{record.name}:", record.summary, tail)
    follow = []
    if people:
        follow.append(
            button(
                "case_info",
                f"Who is accused in {record.name.removeprefix('Situation in ')}?",
                country=record.id,
            )
        )
    follow += buttons("case_stages", "fugitives")
    return _about(record, body, follow, has_more or bool(cases), "situation_info")


def suspects(record: Situation) -> Answer:
    people = kb().people(situation=record.id)
    if not people:
        return Answer(
            sourced_text(f"No case against a named person is public in the {record.name}.", record),
            buttons("cases_overview"),
            subject=record.id,
            question="case_info",
        )
    lines = [f"{p.name}: {STATUS[p.status]}" for p in people]
    text = f"People the Court has charged in the {record.name}:\n{numbered(lines)}"
    return Answer(
        sourced_text_for(text, people),
        [button("select_item", "Tell me about the first one", ordinal="1"), *buttons("fugitives")],
        subject=record.id,
        question="case_info",
        listed=[p.id for p in people],
    )


def person(record: Person) -> Answer:
    if record.status is None:  # an office holder
        body, has_more = fit(f"{record.name}, {record.position}.", record.summary)
        return _about(record, body, buttons("court_structure"), has_more, "case_info")
    status = f"{record.name} {STATUS[record.status]}."
    if record.sentence_years:
        status = (
            f"{record.name} {STATUS[record.status]} "
            f"and sentenced to {record.sentence_years:g} years."
        )
    body, has_more = fit(status, record.summary, record.status_detail)
    follow = [button("sources")]
    cases = kb().cases_of(record.id)
    if cases and cases[0].reparations:
        follow.insert(0, button("reparations", "Reparations for victims?", person=record.id))
    follow.append(button("case_stages"))
    return _about(record, body, follow, has_more or bool(record.key_dates), "case_info")


def case(record: Case) -> Answer:
    body, has_more = fit(f"{record.name}:", record.summary, f"Charges: {record.charges}")
    return _about(record, body, buttons("case_stages", "cases_overview"), has_more, "case_info")


def reparations_in(record: Case) -> Answer:
    if not record.reparations:
        text = f"No reparations order is recorded for {record.name}."
        return Answer(
            sourced_text(text, record), buttons("reparations", "trust_fund"), subject=record.id
        )
    body, _ = fit(f"Reparations in {record.name}:", record.reparations)
    return Answer(
        sourced_text(body, record), buttons("trust_fund", "victim_participation"), subject=record.id
    )


def membership(record: State, today: dt.date | None = None) -> Answer:
    day = today or dt.date.today()
    name = record.name
    if record.is_party(day):
        if record.in_force:
            since = human_date(record.in_force)
            text = (
                f"Yes. {name} is a State Party: the Rome Statute has applied to it since {since}."
            )
        else:
            text = f"Yes. {name} is a State Party."
    elif record.withdrawal and record.withdrawal.effective and record.withdrawal.effective <= day:
        left = human_date(record.withdrawal.effective)
        text = f"No. {name} left the Rome Statute; its withdrawal took effect on {left}."
    elif record.signed:
        signed = human_date(record.signed)
        text = f"No. {name} signed the Rome Statute on {signed} but is not a State Party."
    else:
        text = f"No. {name} is not a State Party to the Rome Statute."
    extras = [record.withdrawal.note if record.withdrawal else None, record.note]
    extras += [
        f"On {human_date(d.date)} it made an Article 12(3) declaration: {d.summary}"
        for d in record.declarations
    ]
    body, has_more = fit(text, *extras)
    follow = (
        [button("situation_info", f"ICC work in {name}?", country=record.id)]
        if kb().situations_in(record.id)
        else []
    )
    follow += buttons("states_parties", "jurisdiction")
    return _about(record, body, follow, has_more, "membership_check")


def any_record(record: Record) -> Answer:
    """The natural answer about a record, whatever its kind (for lists and search results)."""
    if isinstance(record, Topic):
        return topic(record)
    if isinstance(record, Situation):
        return situation(record)
    if isinstance(record, Person):
        return person(record)
    if isinstance(record, Case):
        return case(record)
    if isinstance(record, State):
        return membership(record)
    return definition(record)  # type: ignore[arg-type]
