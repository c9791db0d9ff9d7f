"""A stand-in for Rasa's REST channel that answers from a script, for what the real
assistant will not do on demand: answer at great length, or too slowly."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.telegram.background import BackgroundServer

DEFAULT_REPLY = {"text": "OK."}


@dataclass
class Answer:
    replies: list[dict[str, Any]]
    delay_seconds: float = 0.0
    status: int = 200


@dataclass
class FakeRasa:
    """`script[message]` is the answer to `message`; `requests` holds every body received."""

    script: dict[str, Answer] = field(default_factory=dict)
    requests: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        app = web.Application()
        app.router.add_post("/webhooks/rest/webhook", self._webhook)
        self._server = BackgroundServer(app)
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return self._server.url

    def start(self) -> None:
        self._server.start()

    def stop(self) -> None:
        self._server.stop()

    def received(self, message: str) -> list[dict[str, Any]]:
        """The request bodies that carried `message`."""
        with self._lock:
            return [body for body in self.requests if body.get("message") == message]

    async def _webhook(self, request: web.Request) -> web.Response:
        body = await request.json()
        with self._lock:
            self.requests.append(body)
        answer = self.script.get(body.get("message"), Answer([DEFAULT_REPLY]))
        await asyncio.sleep(answer.delay_seconds)
        recipient = {"recipient_id": body.get("sender")}
        replies = [{**recipient, **reply} for reply in answer.replies]
        return web.json_response(replies, status=answer.status)
