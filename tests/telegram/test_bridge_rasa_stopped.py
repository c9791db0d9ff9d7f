"""The Rasa server stops in the middle of a conversation: the person gets an apology, and
the bridge keeps running. Uses a Rasa server of its own, so the shared one stays up."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from bot.knowledge import get_knowledge_base
from bot.services import Service, rasa_server
from bot.settings import Settings
from bot.telegram import texts
from tests.servers import STARTUP_TIMEOUT_SECONDS, free_port
from tests.telegram.bridge_process import running_bridge
from tests.telegram.telegram_user import TelegramUser


@dataclass
class OwnRasa:
    server: Service
    url: str


@pytest.fixture
def own_rasa(assistant, tmp_path) -> Iterator[OwnRasa]:
    """A second Rasa server, using the shared assistant's action server."""
    settings = Settings(rasa_port=free_port(), action_port=assistant.settings.action_port)
    server = rasa_server(settings)
    server.env["ACTION_ENDPOINT_URL"] = f"{settings.action_url}/webhook"
    server.start(tmp_path / "rasa-server.log")
    try:
        server.wait_ready(STARTUP_TIMEOUT_SECONDS)
        yield OwnRasa(server, settings.rasa_url)
    finally:
        server.stop()


def test_rasa_stopping_mid_conversation_gets_an_apology(own_rasa, bot_api, tmp_path):
    with running_bridge(bot_api, own_rasa.url, tmp_path) as bridge:
        user = TelegramUser(bot_api)
        user.send("What is the ICC?")
        assert user.reply_texts()[0].startswith(get_knowledge_base().topic("about_icc").answer)

        own_rasa.server.stop()
        user.send("Which crimes does it try?")
        assert user.reply_texts() == [texts.UNAVAILABLE]
        assert bridge.is_running()
        user.send("Hello?")
        assert user.reply_texts() == [texts.UNAVAILABLE]
        assert bridge.is_running()
