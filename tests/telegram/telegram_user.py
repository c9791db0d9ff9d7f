"""A person using Telegram: their messages and button presses as updates, the bot's replies
as the `sendMessage` calls the bridge made to their chat."""

from __future__ import annotations

import html
import itertools
import re
import time
from collections.abc import Callable
from typing import Any

from tests.telegram.fake_bot_api import BOT_USER, Call, FakeBotApi

_ids = itertools.count(1000)
# Stickers, photos and voice messages as Telegram sends them (no text).
MEDIA = {
    "sticker": {
        "file_id": "sticker-1",
        "file_unique_id": "s1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    },
    "photo": [{"file_id": "photo-1", "file_unique_id": "p1", "width": 90, "height": 90}],
    "voice": {"file_id": "voice-1", "file_unique_id": "v1", "duration": 2},
}


def visible(html_text: str) -> str:
    """What the person reads: the HTML message without tags and escapes."""
    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


def _entities(text: str) -> list[dict[str, Any]]:
    """What Telegram marks in a text: a leading /command and @mentions (ASCII texts only)."""
    entities = [
        {"type": "mention", "offset": m.start(), "length": len(m.group())}
        for m in re.finditer(r"@\w+", text)
    ]
    if command := re.match(r"/\w+(@\w+)?", text):
        entities.insert(0, {"type": "bot_command", "offset": 0, "length": command.end()})
    return entities


class TelegramUser:
    """One person in a private chat, or in a group when `group` is True.

    Updates reach the bridge through the fake's `getUpdates`, or through `deliver` (a webhook).
    """

    def __init__(
        self,
        api: FakeBotApi,
        group: bool = False,
        language_code: str = "fr",
        deliver: Callable[[dict[str, Any]], Any] | None = None,
    ) -> None:
        self.api = api
        self.deliver = deliver or api.push
        self.user = {
            "id": next(_ids),
            "is_bot": False,
            "first_name": "Ada",
            "language_code": language_code,
        }
        chat_id = -next(_ids) if group else self.user["id"]
        self.chat = (
            {"id": chat_id, "type": "group", "title": "ICC reading group"}
            if group
            else {"id": chat_id, "type": "private", "first_name": "Ada"}
        )
        self._since = 0

    @property
    def chat_id(self) -> int:
        return self.chat["id"]

    def send(self, text: str) -> Any:
        """Type and send `text`; returns what delivering returned (polling: the update id)."""
        return self._message(text=text, entities=_entities(text))

    def send_media(self, kind: str) -> Any:
        return self._message(**{kind: MEDIA[kind]})

    def press(self, button: dict[str, Any]) -> str:
        """Press an inline keyboard `button` under a bot message; returns the query id."""
        query_id = f"query-{next(_ids)}"
        self._since = self.api.call_count()
        self.deliver(
            {
                "callback_query": {
                    "id": query_id,
                    "from": self.user,
                    "chat_instance": f"instance-{self.chat_id}",
                    "data": button["callback_data"],
                    "message": {
                        "message_id": next(_ids),
                        "date": int(time.time()),
                        "chat": self.chat,
                        "from": BOT_USER,
                        "text": "...",
                    },
                }
            }
        )
        return query_id

    def replies(self, count: int = 1, timeout: float = 60) -> list[Call]:
        """The first `count` messages the bot sent to this chat since the last send or press."""
        return self.api.wait_for(
            "sendMessage",
            lambda call: call.chat_id == self.chat_id,
            since=self._since,
            count=count,
            timeout=timeout,
        )

    def reply_texts(self, count: int = 1, timeout: float = 60) -> list[str]:
        return [visible(call.params["text"]) for call in self.replies(count, timeout)]

    def calls_since_last(self, method: str) -> list[Call]:
        """Every `method` call to this chat since the last send or press."""
        return [c for c in self.api.calls(method, self._since) if c.chat_id == self.chat_id]

    def _message(self, **content: Any) -> Any:
        self._since = self.api.call_count()
        message = {
            "message_id": next(_ids),
            "date": int(time.time()),
            "chat": self.chat,
            "from": self.user,
            **content,
        }
        return self.deliver({"message": message})


def buttons(call: Call) -> list[dict[str, Any]]:
    """The inline keyboard buttons of a `sendMessage` call, top to bottom."""
    if "reply_markup" not in call.params:
        return []
    return [button for row in call.json("reply_markup")["inline_keyboard"] for button in row]
