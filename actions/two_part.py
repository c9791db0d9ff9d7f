"""Two questions in one message ("how many judges are there, and how long do they serve?"):
each part is answered as if asked in turn, the second as a follow-up of the first, when each
part has a sure answer of its own: an answer to the whole message would hold one at best."""

from __future__ import annotations

import re
from dataclasses import replace

from actions.choose import ASKS_QUESTION, choose, says_it_has_no_answer
from actions.common import Answer, among, kb, resolve
from actions.context_ranking import facet_index
from actions.coverage import answers_the_question
from actions.scoring import speller
from actions.thread import message_of
from actions.turn import Turn
from bot.knowledge import Record, Situation, State
from bot.knowledge.text import normalize
from bot.nlu.facet_index import rank_message

QUESTION_WORD = (
    r"(who|whom|when|where|which|what|why|how|is|are|was|were|can|could|does|do|did|has|have|"
    r"will|would)\b"
)
# "...? is it only governments?", "... and how long is their term", "... n when"
SECOND_QUESTION = re.compile(
    rf"\?\s*(?=\w)|[,;]?\s+(and|n|&|also|plus)\s+(?={QUESTION_WORD})|,\s+(?={QUESTION_WORD})",
    re.I,
)
PART_WORDS = 3  # a part shorter than this ("and when") leans on the first too much
# "Or just war crimes?" only narrows the first question: the second part must ask its own.
ASKS_ANEW = re.compile(rf"^\W*{QUESTION_WORD}", re.I)


def parts_of(message: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the two questions of the message are, split at the first place a second starts."""
    for found in SECOND_QUESTION.finditer(message):
        first, second = message[: found.start()], message[found.end() :]
        if (
            len(first.split()) >= PART_WORDS
            and len(second.split()) >= PART_WORDS
            and ASKS_QUESTION.search(first)  # not "if he is convicted, can he appeal?"
            and ASKS_ANEW.search(second)
        ):
            return (0, found.start()), (found.end(), len(message))
    return None


def answer_in_parts(turn: Turn) -> Answer | None:
    """Both parts' answers one after the other, or None when a part has no sure answer of
    its own: then the message is answered whole."""
    parts = parts_of(turn.text)
    if parts is None:
        return None
    first_turn = _part_turn(turn, parts[0], turn.previous, turn.previous_question)
    first = choose(first_turn)
    if not _sure(first_turn, first):
        return None
    second_turn = _part_turn(turn, parts[1], _subject_after(first, first_turn, turn), None)
    second = choose(second_turn)
    if not _sure(second_turn, second) or second.body == first.body:
        return None
    sources = list({str(s.url): s for a in (first, second) for s in a.sources}.values())
    dates = [a.as_of for a in (first, second) if a.as_of is not None]
    return Answer(
        "\n".join(_under_its_question(a) for a in (first, second)),
        sources,
        min(dates, default=None),
        subject=second.subject or first.subject,
        question=second.question,
        listed=second.listed if second.listed is not None else first.listed,
    )


def _subject_after(first: Answer, first_turn: Turn, turn: Turn) -> Record | None:
    """What the second part's "she" or "their" points at: what the first answer was about,
    unless that is a State or situation the first part did not name, given as the answer
    ("which was the first to ratify it, and the first to leave it?")."""
    subject = kb().get(first.subject or "")
    answered_with = isinstance(subject, (State, Situation)) and not among(subject, first_turn.named)
    return turn.previous if subject is None or answered_with else subject


def _under_its_question(answer: Answer) -> str:
    """ "How long do ICC judges serve? Nine years...": a facet's short answer after its
    question, so that each half of the reply says which question it answers."""
    found = kb().facet(answer.question or "")
    if found is None or normalize(found[1].answer[:40]) not in normalize(answer.body):
        return answer.body  # an answer of its own words, which a facet's heading would mislabel
    return f"{found[1].question} {answer.body}"


def _part_turn(
    turn: Turn, span: tuple[int, int], previous: Record | None, previous_question: str | None
) -> Turn:
    """The part of the message at `span` as a message of its own, after `previous`: ranked
    alone with its names masked as the NLU masks them, naming the records found in it (the
    first part also those the parse placed nowhere)."""
    start, end = span
    inside, outside = [], []
    for entity in turn.entities:
        if isinstance(entity.get("start"), int) and isinstance(entity.get("end"), int):
            within = start <= entity["start"] and entity["end"] <= end
            (inside if within else outside).append(entity)
    shifted = [{**e, "start": e["start"] - start, "end": e["end"] - start} for e in inside]
    here, away = (_record_ids(found) for found in (inside, outside))
    named = [r for r in turn.named if r.id in here or (start == 0 and r.id not in away)]
    part = turn.text[start:end]
    ordinals = [e.get("value") for e in inside if e.get("entity") == "ordinal"]
    return replace(
        turn,
        text=part.strip(),
        named=named,
        entities=shifted,
        ordinal=next((int(v) for v in ordinals if str(v).lstrip("-").isdigit()), None),
        ranking=rank_message(facet_index(), speller(), part, shifted),
        previous=previous,
        previous_question=previous_question,
    )


def _record_ids(entities: list[dict]) -> set[str]:
    return {r.id for e in entities if (r := resolve(e.get("value"))) is not None}


def _sure(turn: Turn, answer: Answer) -> bool:
    """An answer from the knowledge base, not hedged, that holds what the part asks."""
    if not answer.sources or says_it_has_no_answer(answer):
        return False
    subject = kb().get(answer.subject or "")
    return answers_the_question(message_of(turn), answer, subject, turn.named)
