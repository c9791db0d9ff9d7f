"""Rasa buttons as an inline keyboard, within Telegram's 64-byte `callback_data`."""

from __future__ import annotations

from bot.telegram.keyboard import MAX_CALLBACK_BYTES, ButtonPayloads

LONG = '/situation_info{"country":"democratic_republic_of_the_congo","case":"lubanga"}'


def test_short_payloads_travel_as_they_are():
    payloads = ButtonPayloads()
    assert payloads.callback_data("/about_icc") == "/about_icc"
    assert payloads.payload("/about_icc") == "/about_icc"


def test_long_payloads_travel_as_a_short_key():
    payloads = ButtonPayloads()
    key = payloads.callback_data(LONG)
    assert len(LONG.encode()) > MAX_CALLBACK_BYTES >= len(key.encode())
    assert payloads.payload(key) == LONG
    assert payloads.callback_data(LONG) == key  # the same payload, the same key


def test_a_payload_that_looks_like_a_key_is_never_confused_with_one():
    payloads = ButtonPayloads()
    key = payloads.callback_data("#hashtag")
    assert key != "#hashtag"
    assert payloads.payload(key) == "#hashtag"


def test_unknown_or_forgotten_keys_give_nothing():
    payloads = ButtonPayloads(capacity=2)
    first = payloads.callback_data(LONG + "1")
    payloads.callback_data(LONG + "2")
    payloads.callback_data(LONG + "3")
    assert payloads.payload(first) is None
    assert payloads.payload("#unknown") is None


def test_buttons_become_one_row_each():
    payloads = ButtonPayloads()
    markup = payloads.keyboard(
        [{"title": "What is the ICC?", "payload": "/about_icc"}, {"title": "Long", "payload": LONG}]
    )
    rows = markup.inline_keyboard
    assert [len(row) for row in rows] == [1, 1]
    assert rows[0][0].text == "What is the ICC?"
    assert payloads.payload(rows[1][0].callback_data) == LONG
    assert payloads.keyboard([]) is None
