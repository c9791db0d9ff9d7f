"""Choose the answer to a message: its subject (what it is about) and the facet asked.

The subject is a record the message names, else, for a follow-up, the previous answer's
subject (a topic as well as a person or a State). The facet is the answerable question closest
in meaning to the message (the NLU's ranking), favouring those about the subject and about the
topic of the intent. Nothing close enough: the subject's overview, or an honest "I don't have a
sourced answer" with the closest topics.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from actions.common import Answer, ask_button, kb
from actions.formatting import fit
from actions.kinds import kind_of
from actions.texts import text
from actions.turn import Turn
from bot.knowledge import Case, Person, Record, Situation, State, Topic
from bot.knowledge.schema import RecordKind

# Added to a candidate's closeness (a cosine) when it is about the subject or the intent.
NAMED_BONUS = 0.25  # about a person, case, situation or State the message names
FOLLOW_UP_BONUS = 0.2  # about the previous answer's subject, in a follow-up
INTENT_BONUS = 0.1  # about the topic of the intent the classifier chose
ACCEPT = 0.5  # below this, no candidate answers the question
OVERVIEW_FOR_SPECIFIC = 0.7  # a specific question gets a topic's overview only when this close
OVERVIEW_MARGIN = 0.05  # how much closer a facet must be than the overview, for a general question
COMPARED_WORDS = 45
CLOSEST_OFFERED = 3
# Kinds whose naming decides the subject; a named crime or term only leans the choice.
DECIDING = (Person, Case, Situation, State)


@dataclass
class Candidate:
    score: float
    closeness: float
    is_overview: bool
    build: Callable[[], Answer | None]
    label: str | None = None
    answerable_id: str | None = None


def choose(turn: Turn) -> Answer:
    if turn.asked_id:
        answer = answer_by_id(turn.asked_id, _subjects(turn) or ([turn.previous] if turn.previous else []))
        if answer is not None:
            return answer
    if turn.ordinal is not None and (turn.intent == "select_item" or not turn.named):
        return select_item(turn)
    if turn.is_comparison() and len(turn.named) >= 2:
        return compare(turn.named[0], turn.named[1])
    if turn.intent == "inform" and turn.named and turn.previous_question:
        repeated = answer_by_id(turn.previous_question, turn.named)
        if repeated is not None and repeated.question == turn.previous_question:
            return repeated
    subjects = _subjects(turn)
    candidates = _prefer_overview(turn, sorted(_candidates(turn, subjects), key=lambda c: -c.score))
    for candidate in candidates:
        if candidate.score < ACCEPT:
            break
        if (
            candidate.is_overview
            and turn.is_specific()
            and candidate.closeness < OVERVIEW_FOR_SPECIFIC
            and not subjects
        ):
            break
        answer = candidate.build()
        if answer is not None:
            return answer
    if subjects:
        return kind_of(subjects[0]).overview(subjects[0])
    return honest_edge(turn, candidates)


def _prefer_overview(turn: Turn, candidates: list[Candidate]) -> list[Candidate]:
    """ "What is the Trust Fund?" is a general question: its overview beats a facet that is
    only a little closer."""
    if not candidates or candidates[0].is_overview or turn.is_specific():
        return candidates
    for candidate in candidates[1:]:
        if candidate.score < candidates[0].score - OVERVIEW_MARGIN:
            break
        if candidate.is_overview:
            return [candidate, *(c for c in candidates if c is not candidate)]
    return candidates


def _subjects(turn: Turn) -> list[Record]:
    """What the message is about: what it names, else the previous subject for a follow-up."""
    named = list(turn.named)
    if not named and turn.is_follow_up() and turn.previous is not None:
        named = [turn.previous]
    expanded: list[Record] = []
    for record in named:
        expanded.append(record)
        if isinstance(record, State):
            expanded += kb().situations_in(record.id)[:1]
    return expanded


def _bonus(turn: Turn, owner: Record | None, subjects: list[Record]) -> float:
    if owner is None:
        return 0.0
    if owner in subjects:
        named = owner in turn.named or (
            isinstance(owner, Situation) and any(isinstance(n, State) for n in turn.named)
        )
        if named:
            return NAMED_BONUS if isinstance(owner, DECIDING) else INTENT_BONUS
        return FOLLOW_UP_BONUS
    if isinstance(owner, Topic) and owner.id == turn.intent:
        return INTENT_BONUS
    return 0.0


def _candidates(turn: Turn, subjects: list[Record]) -> Iterator[Candidate]:
    deciding = [s for s in subjects if isinstance(s, DECIDING) and s in turn.named]
    for answerable_id, closeness in turn.ranking:
        question = kb().record_question(answerable_id)
        if question is not None:
            for subject in subjects:
                kind = kind_of(subject)
                if kind.answers(question):
                    score = closeness + _bonus(turn, subject, subjects)
                    yield Candidate(
                        score, closeness, question.id.endswith("_overview"),
                        lambda s=subject, q=question, k=kind: k.answer(s, q, turn.previous_question),
                    )
                    break
            continue
        found = kb().facet(answerable_id)
        if found is not None:
            owner, facet = found
            score = closeness + _bonus(turn, owner, subjects) - (0.1 if deciding else 0.0)
            yield Candidate(
                score, closeness, False,
                lambda o=owner, f=facet: kind_of(o).facet(o, f),
                label=facet.question, answerable_id=facet.id,
            )
            continue
        record = kb().get(answerable_id)
        if record is not None and not isinstance(record, Topic):  # "who is the Registrar?"
            yield Candidate(
                closeness, closeness, False,
                lambda r=record: kind_of(r).overview(r),
                label=record.name, answerable_id=record.id,
            )
            continue
        topic = kb().topic(answerable_id)
        if topic is not None:
            score = closeness + _bonus(turn, topic, subjects) - (0.1 if deciding else 0.0)
            yield Candidate(
                score, closeness, True,
                lambda t=topic: kind_of(t).overview(t),
                label=topic.label or topic.name, answerable_id=topic.id,
            )


def answer_by_id(answerable_id: str, subjects: list[Record]) -> Answer | None:
    """The answer to one facet, record question or topic, as a button asks it."""
    found = kb().facet(answerable_id)
    if found is not None:
        return kind_of(found[0]).facet(*found)
    record = kb().get(answerable_id)
    if record is not None:
        return kind_of(record).overview(record)
    question = kb().record_question(answerable_id)
    if question is None:
        return None
    for subject in subjects:
        kind = kind_of(subject)
        if kind.answers(question):
            return kind.answer(subject, question)
        if isinstance(subject, State) and question.about == RecordKind.situation:
            for situation in kb().situations_in(subject.id)[:1]:
                return kind_of(situation).answer(situation, question)
    return None


def select_item(turn: Turn) -> Answer:
    listed = turn.listed
    if not listed:
        return Answer(text("nothing_to_choose"))
    position = turn.ordinal or 0
    index = position - 1 if position > 0 else len(listed) + position
    record = kb().get(listed[index]) if 0 <= index < len(listed) else None
    if record is None:
        return Answer(text("list_had_items", count=len(listed)))
    return kind_of(record).overview(record)


def compare(first: Record, second: Record) -> Answer:
    """Both sides of "the difference between X and Y", each in a sentence or two."""
    lines = [text("compare_intro", first=first.name, second=second.name)]
    for record in (first, second):
        overview = kind_of(record).overview(record).body
        lines.append(f"- {fit(overview, limit=COMPARED_WORDS)[0]}")
    return Answer.about([first, second], "\n".join(lines), subject=first.id)


def honest_edge(turn: Turn, candidates: list[Candidate]) -> Answer:
    """No sourced answer: say so, and offer the closest things that can be answered."""
    offers = []
    for candidate in candidates:
        if candidate.label and candidate.answerable_id:
            offers.append(ask_button(candidate.label, candidate.answerable_id))
        if len(offers) == CLOSEST_OFFERED:
            break
    key = "did_you_mean" if turn.intent == "nlu_fallback" and offers else "no_sourced_answer"
    body = text(key) if key == "did_you_mean" else f"{text(key)} {text('closest_topics')}"
    return Answer(body, buttons=offers)
