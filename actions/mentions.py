"""The situation a message points at by a rare word of its text, when it names no record.

People name events, places and people that the knowledge base writes about without making
records of them: "Min Aung Hlaing", "the Bogoro attack", "the Conakry stadium". A word that no
answerable question uses, written as a name in the text of one situation only (its summary,
key dates, cases and people), points at that situation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from actions.common import kb
from actions.evidence import record_text
from actions.scoring import Message, rarest_weight, stems
from bot.knowledge import Situation

RAREST_FROM = 0.9  # a word this rare (share of the rarest weight) or rarer can point
MIN_LETTERS = 4
PROPER_NOUN = re.compile(r"\b[A-Z][a-z]+\b")


def situation_mentioned(message: Message) -> Situation | None:
    """The one situation whose text holds every rare word of the message."""
    rare = [
        w
        for w, weight in message.words.items()
        if len(w) >= MIN_LETTERS and weight >= RAREST_FROM * rarest_weight()
    ]
    if not rare:
        return None
    found = set.intersection(*(_situations_using().get(w, set()) for w in rare))
    if len(found) != 1:
        return None
    record = kb().get(found.pop())
    return record if isinstance(record, Situation) else None


@lru_cache(maxsize=1)
def _situations_using() -> dict[str, set[str]]:
    """For each word of a situation's text, the situations whose text holds it."""
    using: dict[str, set[str]] = {}
    for situation in kb().situations():
        texts = [*record_text(situation)]
        for case in kb().cases(situation.id):
            texts += [case.name, *record_text(case)]
        for person in kb().people(situation=situation.id):
            texts += [*person.names(), *record_text(person)]
        proper = " ".join(PROPER_NOUN.findall(" ".join(texts)))  # "Bogoro", not "fighter"
        for word in stems(proper):
            using.setdefault(word, set()).add(situation.id)
    return using
