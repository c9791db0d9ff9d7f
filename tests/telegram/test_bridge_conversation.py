"""A person talks to the real assistant (Rasa and action servers) through the bridge and
a fake Telegram: commands, questions, buttons, groups, media, and what the log keeps."""

from __future__ import annotations

import pytest
import yaml

from actions.formatting import short_title
from actions.texts import text
from bot.knowledge import get_knowledge_base
from bot.paths import PROJECT_ROOT
from bot.settings import DEFAULT_RETENTION_DAYS
from bot.telegram import texts
from tests.telegram.bridge_process import running_bridge
from tests.telegram.fake_bot_api import BOT_USER, TOKEN
from tests.telegram.telegram_user import TelegramUser, buttons, visible

KB = get_knowledge_base()
DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())


def response(name: str) -> dict:
    return DOMAIN["responses"][name][0]


@pytest.fixture(scope="module")
def bridge(assistant, bot_api, tmp_path_factory):
    log_dir = tmp_path_factory.mktemp("bridge-assistant")
    with running_bridge(bot_api, assistant.settings.rasa_url, log_dir) as running:
        yield running


def test_commands_are_registered(bridge, bot_api):
    [call] = bot_api.wait_for("setMyCommands")
    commands = {c["command"]: c["description"] for c in call.json("commands")}
    assert commands == texts.COMMANDS


def test_start_welcomes_with_topic_buttons_and_a_privacy_notice(bridge, bot_api):
    user = TelegramUser(bot_api)
    user.send("/start")
    welcome, notice = user.replies(count=2)
    greeting = response("utter_greet")
    assert visible(welcome.params["text"]) == greeting["text"].strip()
    assert buttons(welcome) == [
        {"text": b["title"], "callback_data": b["payload"]} for b in greeting["buttons"]
    ]
    assert visible(notice.params["text"]) == texts.privacy_notice(DEFAULT_RETENTION_DAYS)
    assert welcome.params["parse_mode"] == "HTML"


def test_a_question_is_answered_by_the_assistant(bridge, bot_api):
    topic = KB.topic("about_icc")
    user = TelegramUser(bot_api)
    user.send("What is the ICC?")
    [answer] = user.replies()
    assert visible(answer.params["text"]).startswith(topic.answer)
    source = topic.sources[0]
    assert f'<a href="{source.url}">{short_title(source)}</a>' in answer.params["text"]
    assert 2 <= len(buttons(answer)) <= 4
    assert user.calls_since_last("sendChatAction")[0].params["action"] == "typing"


def test_a_button_press_is_acknowledged_and_answered(bridge, bot_api):
    user = TelegramUser(bot_api)
    user.send("/start")
    welcome, _notice = user.replies(count=2)
    crimes = next(b for b in buttons(welcome) if b["callback_data"] == "/crimes")
    query_id = user.press(crimes)
    bot_api.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == query_id)
    [answer] = user.reply_texts()
    assert answer.startswith(KB.topic("crimes").answer)


def test_restart_forgets_what_the_conversation_was_about(bridge, bot_api):
    user = TelegramUser(bot_api)
    user.send("what happened to Thomas Lubanga?")
    assert KB.get("lubanga").name in user.reply_texts()[0]
    user.send("/restart")
    restarted, welcome = user.reply_texts(count=2)
    assert restarted == texts.RESTARTED
    assert welcome == response("utter_greet")["text"].strip()
    user.send("was he convicted?")
    assert user.reply_texts() == [text("ask_which.person")]


def test_help_privacy_and_unknown_commands(bridge, bot_api):
    user = TelegramUser(bot_api)
    user.send("/help")
    assert user.reply_texts() == [text("help")]
    user.send("/privacy")
    assert user.reply_texts() == [texts.privacy(DEFAULT_RETENTION_DAYS)]
    user.send("/nonsense")
    assert user.reply_texts() == [texts.UNKNOWN_COMMAND]


def test_in_a_group_only_mentions_and_commands_are_answered(bridge, bot_api):
    group = TelegramUser(bot_api, group=True)
    group.send("What is the ICC?")  # people talking among themselves
    group.send(f"@{BOT_USER['username']} which crimes does the icc deal with")
    [answer] = group.reply_texts()
    assert answer.startswith(KB.topic("crimes").answer)
    group.send(f"/help@{BOT_USER['username']}")
    assert group.reply_texts() == [text("help")]
    # The unmentioned question came first and got no answer.
    assert len([c for c in bot_api.calls("sendMessage") if c.chat_id == group.chat_id]) == 2


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice"])
def test_stickers_photos_and_voice_get_a_friendly_word(bridge, bot_api, kind):
    user = TelegramUser(bot_api)
    user.send_media(kind)
    assert user.reply_texts() == [texts.ONLY_TEXT]


def test_the_log_holds_no_message_text_and_no_token(bridge, bot_api):
    question = "Is my neighbour Zebulon Quartermaine a war criminal?"
    user = TelegramUser(bot_api)
    user.send(question)
    [answer] = user.reply_texts()
    log = bridge.log()
    assert "long polling" in log  # the log is there, at INFO
    for secret in (question, "Zebulon", answer[:30], TOKEN, TOKEN.split(":")[1]):
        assert secret not in log
