"""Build rasa-sdk trackers and run actions the way the action server does."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher


def tracker(
    intent: str,
    text: str = "",
    entities: dict[str, str] | None = None,
    slots: dict[str, Any] | None = None,
    ranking: list[tuple[str, float]] | None = None,
) -> Tracker:
    ranking = ranking or [(intent, 0.99)]
    return Tracker(
        sender_id="unit-test",
        slots=slots or {},
        latest_message={
            "text": text,
            "intent": {"name": intent, "confidence": ranking[0][1]},
            "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking],
            "entities": [{"entity": k, "value": v} for k, v in (entities or {}).items()],
        },
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def run(action: Action, tracker_: Tracker) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The messages sent and the slots set by one run of `action`."""
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, tracker_, {})
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    return dispatcher.messages, slots
