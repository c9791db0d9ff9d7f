"""Where a message holds two questions, and where it holds one with a clause beside it."""

from __future__ import annotations

import pytest

from actions.two_part import parts_of


@pytest.mark.parametrize(
    ("message", "first", "second"),
    [
        (
            "how many judges are there and how long do they serve",
            "how many judges are there",
            "how long do they serve",
        ),
        (
            "who can refer a situation? is it only states?",
            "who can refer a situation",
            "is it only states?",
        ),
        ("when did it open, and who asked for it", "when did it open", "who asked for it"),
    ],
)
def test_two_questions_are_split_where_the_second_starts(message, first, second):
    spans = parts_of(message)
    assert spans is not None
    assert [message[start:end].strip() for start, end in spans] == [first, second]


@pytest.mark.parametrize(
    "message",
    [
        "is bashir wanted for genocide? or just war crimes?",  # the second only narrows
        "if he is convicted, can he appeal?",  # a condition, then one question
        "what is the trust fund and why",  # too short to stand alone
        "the court in the hague, and who runs it",  # the first part asks nothing
    ],
)
def test_one_question_is_left_whole(message):
    assert parts_of(message) is None
