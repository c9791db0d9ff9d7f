"""The widget when its Rasa server is down: a status says so, and it reconnects by itself.

A Rasa server of its own (same model, same action server) is started and stopped here, so the
assistant the other tests share keeps running. Its start takes about a minute.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from bot.knowledge import get_knowledge_base
from bot.services import Service, rasa_server, web_server
from bot.settings import Settings
from tests.servers import STARTUP_TIMEOUT_SECONDS, free_port
from tests.web.widget import Widget

UNREACHABLE = "Can't reach the assistant"
RECONNECT_TIMEOUT_MS = 30_000  # the widget asks at least every 10 s


@pytest.fixture(scope="module")
def standby(assistant, tmp_path_factory) -> Iterator[tuple[Settings, Service]]:
    """A demo page served for a Rasa server that is not started yet (the test starts it)."""
    settings = Settings(
        rasa_port=free_port(), action_port=assistant.settings.action_port, web_port=free_port()
    )
    page_server, rasa = web_server(settings), rasa_server(settings)
    page_server.start(tmp_path_factory.mktemp("standby") / "web-server.log")
    page_server.wait_ready(30)
    try:
        yield settings, rasa
    finally:
        rasa.stop()
        page_server.stop()


def test_the_status_shows_an_unreachable_server_until_it_is_back(page: Page, standby, tmp_path):
    settings, rasa = standby
    page.goto(f"{settings.web_url}/")
    widget = Widget(page)
    widget.open()
    expect(widget.status).to_contain_text(UNREACHABLE)
    widget.send("What is the ICC?")
    expect(widget.status).to_contain_text("will be sent when it is back")

    rasa.start(tmp_path / "rasa-server.log")
    rasa.wait_ready(STARTUP_TIMEOUT_SECONDS)
    expect(widget.status).not_to_contain_text(UNREACHABLE, timeout=RECONNECT_TIMEOUT_MS)
    answer = get_knowledge_base().topic("about_icc").answer
    expect(widget.bot_messages.last).to_contain_text(answer[:60])  # the waiting message went out

    rasa.stop()
    widget.send("What is the Rome Statute?")
    expect(widget.status).to_contain_text(UNREACHABLE)
