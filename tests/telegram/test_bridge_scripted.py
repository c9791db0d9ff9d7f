"""The bridge against a scripted Rasa: what it sends to the REST channel, long answers,
long button payloads, concurrency, and a slow assistant."""

from __future__ import annotations

import pytest

from bot.telegram import texts
from tests.telegram.bridge_process import running_bridge
from tests.telegram.fake_rasa import Answer
from tests.telegram.telegram_user import TelegramUser, buttons, visible

TIMEOUT_SECONDS = 2
LONG_PAYLOAD = '/situation_info{"country":"democratic_republic_of_the_congo","case":"lubanga"}'


@pytest.fixture(scope="module")
def bridge(bot_api, fake_rasa, tmp_path_factory):
    log_dir = tmp_path_factory.mktemp("bridge-scripted")
    env = {"RASA_TIMEOUT_SECONDS": str(TIMEOUT_SECONDS)}
    with running_bridge(bot_api, fake_rasa.url, log_dir, **env) as running:
        yield running


def test_messages_reach_the_rest_channel_as_a_telegram_conversation(bridge, bot_api, fake_rasa):
    user = TelegramUser(bot_api, language_code="fr")
    user.send("Qu'est-ce que la CPI ?")
    assert user.reply_texts() == ["OK."]
    [body] = fake_rasa.received("Qu'est-ce que la CPI ?")
    assert body["sender"] == f"tg-{user.chat_id}"
    assert body["input_channel"] == "telegram"
    assert body["metadata"] == {"language_code": "fr"}
    assert user.calls_since_last("sendChatAction")[0].params["action"] == "typing"


def test_a_long_answer_arrives_in_pieces_split_at_paragraphs(bridge, bot_api, fake_rasa):
    paragraphs = [f"Part {i}: " + "The Court hears cases. " * 80 for i in range(4)]
    answer = "\n\n".join(p.strip() for p in paragraphs)
    assert len(answer) > 4096
    button = {"title": "Tell me more", "payload": "/ask_more"}
    fake_rasa.script["a long one please"] = Answer([{"text": answer, "buttons": [button]}])
    user = TelegramUser(bot_api)
    user.send("a long one please")
    calls = user.replies(count=2)
    pieces = [visible(call.params["text"]) for call in calls]
    assert all(len(piece) <= 4096 for piece in pieces)
    assert all(piece.startswith("Part ") for piece in pieces)  # cut between paragraphs
    assert "\n\n".join(pieces) == answer
    assert buttons(calls[0]) == []
    assert buttons(calls[1]) == [{"text": "Tell me more", "callback_data": "/ask_more"}]


def test_a_button_with_a_long_payload_asks_that_payload(bridge, bot_api, fake_rasa):
    button = {"title": "Lubanga in the DRC", "payload": LONG_PAYLOAD}
    fake_rasa.script["show me a long button"] = Answer([{"text": "Choose:", "buttons": [button]}])
    user = TelegramUser(bot_api)
    user.send("show me a long button")
    [call] = user.replies()
    [shown] = buttons(call)
    assert len(shown["callback_data"].encode()) <= 64
    query_id = user.press(shown)
    bot_api.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == query_id)
    user.replies()
    assert fake_rasa.received(LONG_PAYLOAD)[0]["sender"] == f"tg-{user.chat_id}"


def test_a_slow_assistant_gets_an_apology_and_holds_up_no_other_chat(bridge, bot_api, fake_rasa):
    fake_rasa.script["a slow question"] = Answer([{"text": "Too late."}], TIMEOUT_SECONDS + 3)
    waiting, other = TelegramUser(bot_api), TelegramUser(bot_api)
    waiting.send("a slow question")
    other.send("a quick question")
    assert other.reply_texts(timeout=TIMEOUT_SECONDS) == ["OK."]
    assert waiting.calls_since_last("sendMessage") == []  # still waiting for the assistant
    assert waiting.reply_texts(timeout=TIMEOUT_SECONDS + 5) == [texts.UNAVAILABLE]
    assert bridge.is_running()


def test_an_assistant_error_gets_an_apology(bridge, bot_api, fake_rasa):
    fake_rasa.script["break it"] = Answer([{"text": "unused"}], status=500)
    user = TelegramUser(bot_api)
    user.send("break it")
    assert user.reply_texts() == [texts.UNAVAILABLE]
    assert bridge.is_running()
