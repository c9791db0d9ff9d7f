"""A fake Telegram Bot API server: the methods the bridge calls, recorded for the tests.

python-telegram-bot POSTs `{base_url}{token}/{method}` form-encoded, with object fields
(`reply_markup`, `commands`, ...) as JSON strings. Updates reach the bridge through
`getUpdates` (long polling), filled by `push`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.telegram.background import BackgroundServer

TOKEN = "123456:TEST-token_for-the-fake-api"
BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "ICC Explainer",
    "username": "icc_explainer_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
# Methods that only acknowledge.
_TRUE_METHODS = {
    "deleteWebhook",
    "setWebhook",
    "setMyCommands",
    "sendChatAction",
    "answerCallbackQuery",
}


@dataclass(frozen=True)
class Call:
    """One Bot API request from the bridge."""

    method: str
    params: dict[str, str]

    def json(self, name: str) -> Any:
        return json.loads(self.params[name])

    @property
    def chat_id(self) -> int | None:
        return int(self.params["chat_id"]) if "chat_id" in self.params else None


class FakeBotApi:
    """Records every call; `wait_for` blocks until the bridge has made the call a test expects."""

    def __init__(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._server = BackgroundServer(app)
        self._calls: list[Call] = []
        self._changed = threading.Condition()
        self._updates: list[dict[str, Any]] = []
        self._new_updates = asyncio.Condition()
        self._last_update_id = 0
        self._last_message_id = 0

    @property
    def base_url(self) -> str:
        """What the bridge takes as `TELEGRAM_BASE_URL`."""
        return f"{self._server.url}/bot"

    def start(self) -> None:
        self._server.start()

    def stop(self) -> None:
        self._server.stop()

    # What the tests use.

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update for `getUpdates`; returns its `update_id`."""
        self._last_update_id += 1
        self._server.run(self._push({"update_id": self._last_update_id, **update}))
        return self._last_update_id

    def calls(self, method: str | None = None, since: int = 0) -> list[Call]:
        with self._changed:
            return [c for c in self._calls[since:] if method is None or c.method == method]

    def call_count(self) -> int:
        with self._changed:
            return len(self._calls)

    def wait_for(
        self,
        method: str,
        where: Callable[[Call], bool] = lambda _call: True,
        since: int = 0,
        count: int = 1,
        timeout: float = 60,
    ) -> list[Call]:
        """The first `count` calls of `method` matching `where`, once that many were made."""

        def matching() -> list[Call]:
            return [c for c in self._calls[since:] if c.method == method and where(c)]

        with self._changed:
            if not self._changed.wait_for(lambda: len(matching()) >= count, timeout):
                raise AssertionError(
                    f"expected {count} {method} call(s) within {timeout}s; got {matching()}"
                )
            return matching()[:count]

    # The Bot API.

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != TOKEN:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params = await _params(request)
        with self._changed:
            self._calls.append(Call(method, params))
            self._changed.notify_all()
        if method == "getUpdates":
            return _ok(await self._get_updates(params))
        if method == "getMe":
            return _ok(BOT_USER)
        if method == "sendMessage":
            return _ok(self._sent_message(params))
        if method in _TRUE_METHODS:
            return _ok(True)
        return _error(404, "Not Found: method not found")

    async def _push(self, update: dict[str, Any]) -> None:
        async with self._new_updates:
            self._updates.append(update)
            self._new_updates.notify_all()

    async def _get_updates(self, params: dict[str, str]) -> list[dict[str, Any]]:
        """Confirm the updates before `offset`, then wait up to `timeout` for new ones."""
        offset = int(params.get("offset", 0))
        async with self._new_updates:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(
                    self._new_updates.wait_for(lambda: self._updates),
                    float(params.get("timeout", 0)),
                )
            return list(self._updates)

    def _sent_message(self, params: dict[str, str]) -> dict[str, Any]:
        self._last_message_id += 1
        chat_id = int(params["chat_id"])
        return {
            "message_id": self._last_message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": BOT_USER,
            "text": params["text"],
        }


async def _params(request: web.Request) -> dict[str, str]:
    """Form fields as sent; a JSON body (allowed by the Bot API) in the same shape."""
    if request.content_type == "application/json":
        body = await request.json()
        return {k: v if isinstance(v, str) else json.dumps(v) for k, v in body.items()}
    return {key: str(value) for key, value in (await request.post()).items()}


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(code: int, description: str) -> web.Response:
    return web.json_response(
        {"ok": False, "error_code": code, "description": description}, status=code
    )
