"""Rank a follow-up again with its subject written out: "who runs it?" after the Trust Fund is
ranked as "who runs The Trust Fund for Victims?".

The NLU ranked the message alone; only the action server knows what "it" is. People, cases,
situations and States need no such help (their questions are written without names), so this
runs only for follow-ups about a topic, a crime, an article or a term.
"""

from __future__ import annotations

import re
from functools import lru_cache

from actions.turn import WHAT_ABOUT
from bot.knowledge import Case, Person, Record, Situation, State, get_knowledge_base
from bot.nlu.facet_index import FacetIndex
from bot.nlu.sentence_encoder import SentenceEncoder
from bot.paths import FACET_VECTORS_CACHE

PRONOUN = re.compile(
    r"\b(it|that|this|they|them|these|those|(?<!is )(?<!are )there)\b", re.IGNORECASE
)
POSSESSIVE = re.compile(r"\b(its|their|theirs)\b", re.IGNORECASE)
DEMONSTRATIVE = re.compile(r"\b(that|this|these|those)\b", re.IGNORECASE)
NAMED_BY_QUESTIONS = (Person, Case, Situation, State)
# "And where?" after "How often does the Assembly meet?": the same question, asked with "where".
QUESTION_WORD = re.compile(
    r"^(how (often|many|much|long|old)|when|where|who|whom|why|what)\b", re.I
)
BARE_QUESTION = re.compile(
    r"^\W*((and|but|so|ok)\W+)?(?P<word>how (often|many|much|long|old)|when|where|who|why)\W*$",
    re.I,
)


@lru_cache(maxsize=1)
def facet_index() -> FacetIndex:
    """Loaded on the first follow-up; the phrasings' vectors come from the NLU's cache."""
    return FacetIndex.from_knowledge(
        get_knowledge_base(), SentenceEncoder.load(), FACET_VECTORS_CACHE
    )


def spelled_out(text: str, subject: Record) -> str | None:
    """`text` with its first pronoun replaced by the subject's name, or None if it has none."""
    name = subject.name
    if POSSESSIVE.search(text):
        return POSSESSIVE.sub(f"{name}'s", text, count=1)
    if PRONOUN.search(text):
        return PRONOUN.sub(name, text, count=1)
    return None


def ranking_in_context(
    text: str, subject: Record, previous_question: str | None = None
) -> list[tuple[str, float]] | None:
    """The ranking of the follow-up with its subject spelled out, when that applies, and
    with the last question asked before it, so that "why that date?" after the entry into
    force is ranked as a question about the entry into force."""
    if isinstance(subject, NAMED_BY_QUESTIONS):
        return None
    rewritten = spelled_out(text, subject)
    # "What's it like inside?" asks about the subject itself; "when was that?" about what was
    # just said, so only with the last question.
    readings = [rewritten] if rewritten and not DEMONSTRATIVE.search(text) else []
    asked_before = question_text(previous_question)
    bare = BARE_QUESTION.match(text)
    if asked_before and bare and QUESTION_WORD.match(asked_before):
        readings = [QUESTION_WORD.sub(bare["word"], asked_before)]  # "and where?": where it meets
    elif asked_before and not WHAT_ABOUT.search(text):  # "and the Registrar?" asks anew
        readings.append(f"{asked_before} {rewritten or text}")
    return closer_of(*(facet_index().rank_text(r) for r in readings)) if readings else None


def closer_of(*rankings: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """One ranking from several: each answerable question at its best closeness."""
    best: dict[str, float] = {}
    for ranking in rankings:
        for answerable_id, closeness in ranking:
            best[answerable_id] = max(closeness, best.get(answerable_id, closeness))
    return sorted(best.items(), key=lambda item: -item[1])


def question_text(answerable_id: str | None) -> str | None:
    """How the facet or record question `answerable_id` is asked, in its own words."""
    kb = get_knowledge_base()
    found = kb.facet(answerable_id or "")
    if found is not None:
        return found[1].question
    question = kb.record_question(answerable_id or "")
    return question.question if question is not None else None
