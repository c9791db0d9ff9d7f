"""Which State was the second, the tenth or the last to join the Rome Statute: the order of
the dates on which States deposited their ratification or accession."""

from __future__ import annotations

import re

from actions.common import Answer, kb
from actions.formatting import human_date
from actions.texts import text
from actions.turn import DECIDING, Turn, nth
from bot.knowledge import State

FIRST_TO_RATIFY = "court_firsts_ratification"  # the facet whose follow-up "and the second?" is
# "The second to ratify", "the 10th country to join": the ordinal right before joining.
ASKS_ORDER = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\w+th|"
    r"\d+(st|nd|rd|th))( (state|country|nation|one))? to (ratify|join|accede)\b",
    re.I,
)


# "Which is the newest member?", "who joined most recently?": the last to join.
ASKS_NEWEST = re.compile(
    r"\b(newest|latest|most recent|youngest)\b[^?.!]*\b(members?|states?|countr(y|ies)|"
    r"nations?|part(y|ies)|join\w*|ratif\w*|acce\w*)\b|"
    r"\b(joined|ratified|acceded|signed up)\b[^?.!]*\b(most recently|last|latest)\b",
    re.I,
)
SIGNING = re.compile(r"\bsign(ed|s|ing|ature|atory|atories)?\b(?! up)", re.I)  # not joining
# "And the one before that?" after the Nth to join.
ASKS_BEFORE = re.compile(r"\b(the one |and )?before (that|them|it|this)\b|\bprevious one\b", re.I)


def _joining_order() -> list[State]:
    """The States that joined, by the date they deposited their instrument."""
    return sorted((s for s in kb().states() if s.joined), key=lambda s: s.joined)


def _first_to_join(record: object) -> bool:
    """ "Who was second?" after Senegal, whatever was asked about Senegal in between."""
    return isinstance(record, State) and record.joined == _joining_order()[0].joined


def _position_asked(turn: Turn) -> int | None:
    """The place in the joining order the message asks for (1 the first, -1 the last)."""
    if any(isinstance(r, DECIDING) for r in turn.named):
        return None
    if ASKS_NEWEST.search(turn.text) and not SIGNING.search(turn.text):
        return -1
    previous = turn.previous
    asks_before = not turn.named and ASKS_BEFORE.search(turn.text)
    if isinstance(previous, State) and previous.joined and asks_before:  # of a State, only
        # the joining order has a "before"
        return _joining_order().index(previous) or None  # the place of the one before
    position = turn.ordinal
    if position is None or position in (0, 1):
        return None
    after_the_first = turn.previous_question == FIRST_TO_RATIFY or _first_to_join(previous)
    follows = after_the_first and turn.is_follow_up()
    if turn.picks_from_list() or not (follows or ASKS_ORDER.search(turn.text)):
        return None  # a list shown before is what "the second" picks from
    return position


def nth_to_join(turn: Turn) -> Answer | None:
    """ "Which country was the second to ratify?", "and the second one?" after the first,
    "which is the newest member?", "and the one before that?"."""
    position = _position_asked(turn)
    if position is None:
        return None
    joined = _joining_order()
    state = nth(joined, position)
    if state is None or state.joined is None:
        return None
    same_day = [s for s in joined if s.joined == state.joined]
    if len(same_day) > 1:
        first = joined.index(same_day[0]) + 1
        body = text(
            "nth_to_join_same_day",
            names=", ".join(s.name for s in same_day),
            date=human_date(state.joined),
            first=_ordinal(first),
            last=_ordinal(first + len(same_day) - 1),
        )
        return Answer.about(same_day, body, question=FIRST_TO_RATIFY)
    how = state.joined_by.value if state.joined_by else "ratification or accession"
    body = text(
        "nth_to_join",
        name=state.name,
        nth=_ordinal(joined.index(state) + 1),
        how=how,
        date=human_date(state.joined),
    )
    return Answer.about([state], body, subject=state.id, question=FIRST_TO_RATIFY)


def _ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 11th, 22nd."""
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"
