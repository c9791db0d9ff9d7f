"""The sentence of a record's own text that answers what was asked.

A record question gives the structured answer ("When was he arrested?" -> the arrest dates),
but people ask finer things than the record's fields hold: "which village was the Katanga
case about", "has Kony ever been arrested", "what did Bemba get for bribing the witnesses".
The answer is often one sentence of the record's summary, details or charges. This finds it:
the sentence sharing the most (weighted) words with the message, when it shares more of them
than the structured answer does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from actions.common import Answer, kb
from actions.formatting import SENTENCE_END, human_date
from actions.scoring import Message, stems
from bot.knowledge import Person, Record, Situation, State, Topic

# The share of the message's weighted words a sentence must hold to be worth leading with.
MIN_SHARE = 0.3
LEADING_PRONOUN = re.compile(r"^(He|She)\b")


# Added to a sentence's share for each kind of thing asked that it holds ("how many charges":
# a number), so that "all 39 charges" beats "the charges" for the same words.
KIND_HELD_BONUS = 0.2
Held = Callable[[str], int]


def with_evidence(
    answer: Answer, message: Message, record: Record, held: Held = lambda text: 0
) -> Answer:
    """`answer`, led by the sentence of `record`'s text that best answers the message, when
    that sentence answers more of it than `answer` already does. `held`: how many of the
    kinds of thing the message asks for (a number, a date...) a text holds."""
    found = best_sentence(message, record, held)
    if found is None:
        return answer
    sentence, score = found
    if sentence in answer.body or score <= _score(message, answer.body, held):
        return answer
    answer.body = f"{sentence} {answer.body}"
    answer.sources = list({str(s.url): s for s in [*answer.sources, *record.sources[:1]]}.values())
    return answer


def best_sentence(
    message: Message, record: Record, held: Held = lambda text: 0
) -> tuple[str, float] | None:
    """The sentence of the record's text sharing the most of the message's words (and
    holding the most of what it asks for), with that score."""
    best: tuple[str, float] | None = None
    for sentence in sentences_of(record):
        if message.share(stems(sentence)) < MIN_SHARE:
            continue
        score = _score(message, sentence, held)
        if best is None or score > best[1]:
            best = (sentence, score)
    return best


def answering_score(message: Message, record: Record, held: Held = lambda text: 0) -> float:
    """How well the best sentence of the record's text answers the message, however few of
    its words it shares ("how long did he get?" shares none, but one sentence holds years)."""
    return max((_score(message, s, held) for s in sentences_of(record)), default=0.0)


def _score(message: Message, text: str, held: Held) -> float:
    return message.share(stems(text)) + KIND_HELD_BONUS * held(text)


def sentences_of(record: Record) -> Iterator[str]:
    """Each sentence of the record's prose; a topic's answer comes first, then its details.
    (The answer is not in `record_text`: that tells which words a record covers, and every
    word of a topic's answer would make a question it cannot answer look answered.)"""
    answer = [record.answer] if isinstance(record, Topic) else []
    for text in (*answer, *record_text(record)):
        for sentence in SENTENCE_END.split(text.strip()):
            if sentence:
                yield _named(sentence, record)


def record_text(record: Record) -> Iterator[str]:
    """The prose a record holds, and that of the records it belongs to."""
    for field in ("summary", "status_detail", "charges", "reparations", "note", "details"):
        value = getattr(record, field, None)
        if isinstance(value, str):
            yield value
    yield from (f"{human_date(d.date)}: {d.event}." for d in getattr(record, "key_dates", []))
    if isinstance(record, Person):
        for case in kb().cases_of(record.id):
            yield from record_text(case)
        yield from _mentioning(record, _situations_of(record))
    if isinstance(record, State):
        for declaration in record.declarations:
            yield f"{human_date(declaration.date)}: {declaration.summary}"


def _situations_of(person: Person) -> list[Situation]:
    found = [kb().get(case.situation) for case in kb().cases_of(person.id)]
    return [s for s in found if isinstance(s, Situation)]


def _mentioning(person: Person, situations: list[Situation]) -> Iterator[str]:
    """What a situation says about the person, sentence by sentence."""
    names = {n.split()[-1].lower() for n in person.names()}
    for situation in situations:
        events = (f"{human_date(d.date)}: {d.event}." for d in situation.key_dates)
        for text in (situation.summary, *events):
            for sentence in SENTENCE_END.split(text.strip()):
                if names & {w.lower().strip(".,;:'s") for w in sentence.split()}:
                    yield sentence


def _named(sentence: str, record: Record) -> str:
    """ "He has never been arrested." -> "Joseph Kony has never been arrested." """
    if isinstance(record, Person):
        return LEADING_PRONOUN.sub(record.name, sentence)
    return sentence
