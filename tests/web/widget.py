"""The chat widget as a visitor and assistive technology find it: by role and accessible name."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Locator, Page, Request, expect

WEBHOOK = "/webhooks/rest/webhook"
DEFAULT_TITLE = "Ask about the ICC"


def is_message_to_rasa(request: Request) -> bool:
    return request.method == "POST" and request.url.endswith(WEBHOOK)


class Widget:
    def __init__(self, page: Page, title: str = DEFAULT_TITLE) -> None:
        self.page = page
        self.launcher = page.get_by_role("button", name=title)
        self.panel = page.get_by_role("dialog", name=title)
        self.log = page.get_by_role("log")
        self.status = page.get_by_role("status")
        self.input = page.get_by_role("textbox", name="Message")
        self.restart = page.get_by_role("button", name="Restart")
        self.quick_replies = page.get_by_role("group", name="Suggested questions").get_by_role(
            "button"
        )

    @property
    def bot_messages(self) -> Locator:
        return self.log.locator(".message.bot")

    @property
    def user_messages(self) -> Locator:
        return self.log.locator(".message.user")

    def open(self) -> None:
        self.launcher.click()
        expect(self.input).to_be_focused()

    def send(self, text: str) -> None:
        """Type and send a message without waiting for the answer."""
        self.input.fill(text)
        self.input.press("Enter")

    def say(self, text: str) -> dict[str, Any]:
        """Send a message, wait for the answer; return what the widget sent to Rasa."""
        answered = self.bot_messages.count()
        with self.page.expect_request(is_message_to_rasa) as sent:
            self.send(text)
        self.wait_for_answer(answered)
        return sent.value.post_data_json

    def wait_for_answer(self, answered: int) -> None:
        """Wait until there are more than `answered` bot messages and nothing is pending."""
        expect(self.bot_messages.nth(answered)).to_be_visible()
        expect(self.status).not_to_contain_text("typing")
