"""Ask each held-out question over the REST channel and keep what was replied, and how fast."""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import requests

from bot.answers.questions import Item

_conversation_numbers = itertools.count()
# Senders differ from run to run: an assistant kept running (`--url`) would otherwise carry
# one run's conversations into the next.
_RUN = uuid.uuid4().hex[:8]


@dataclass
class Result:
    item: Item
    replies: list[str]
    misses: list[list[str]]
    seconds: list[float]

    @property
    def passed(self) -> bool:
        return not any(self.misses)


def rest_asker(rasa_url: str) -> Callable[[str, str], str]:
    """A function that sends one message as `sender` and returns the replies' text."""
    session = requests.Session()

    def ask(sender: str, message: str) -> str:
        response = session.post(
            f"{rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": message},
            timeout=60,
        )
        response.raise_for_status()
        return "\n".join(r["text"] for r in response.json() if "text" in r)

    return ask


def ask_item(ask: Callable[[str, str], str], item: Item) -> Result:
    sender = f"answers-{_RUN}-{item.id}-{next(_conversation_numbers)}"
    result = Result(item, [], [], [])
    for turn in item.turns:
        started = time.perf_counter()
        reply = ask(sender, turn.ask)
        result.seconds.append(time.perf_counter() - started)
        result.replies.append(reply)
        result.misses.append(turn.misses(reply))
    return result


def ask_all(
    ask: Callable[[str, str], str], items: Iterable[Item], workers: int = 1
) -> list[Result]:
    """Every item in its own conversation; `workers` > 1 asks several conversations at once."""
    items = list(items)
    if workers <= 1:
        return [ask_item(ask, item) for item in items]
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(lambda item: ask_item(ask, item), items))
