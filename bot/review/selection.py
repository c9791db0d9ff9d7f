"""Which messages deserve a maintainer's look, grouped so that frequent ones come first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.conversations import UserMessage
from bot.knowledge.text import normalize

FALLBACK_INTENT = "nlu_fallback"
DEFAULT_THRESHOLD = 0.5
# `make shell` is the maintainers' own testing, not what the public asks.
IGNORED_CHANNELS = frozenset({"cmdline"})


@dataclass(frozen=True)
class ReviewItem:
    """Messages that read the same (case, accents and punctuation aside), as last seen."""

    text: str
    count: int
    predicted: str  # an intent, or nlu_fallback
    likeliest: str | None  # the intent the classifier liked best, also behind a fallback
    confidence: float  # the classifier's confidence in `likeliest`
    last_seen: float


def needs_review(message: UserMessage, threshold: float) -> bool:
    """Fell back, or was understood with less than `threshold` confidence.

    Button clicks (`/intent` payloads, `/restart`) were not typed, so there is nothing to learn.
    """
    text = message.text.strip()
    if not text or text.startswith("/") or message.channel in IGNORED_CHANNELS:
        return False
    return message.intent == FALLBACK_INTENT or message.confidence < threshold


def _likeliest(message: UserMessage) -> tuple[str | None, float]:
    """A fallback's own confidence is just the threshold; its ranking has the real intents."""
    if message.intent != FALLBACK_INTENT:
        return message.intent, message.confidence
    real = ((name, confidence) for name, confidence in message.ranking if name != FALLBACK_INTENT)
    return next(real, (None, message.confidence))


def group_for_review(
    messages: Iterable[UserMessage], threshold: float = DEFAULT_THRESHOLD
) -> list[ReviewItem]:
    """Most frequent first, then most recent. `messages` come oldest first."""
    groups: dict[str, ReviewItem] = {}
    for message in messages:
        if not needs_review(message, threshold):
            continue
        key = normalize(message.text) or message.text.strip()
        earlier = groups.get(key)
        likeliest, confidence = _likeliest(message)
        groups[key] = ReviewItem(
            text=" ".join(message.text.split()),
            count=(earlier.count if earlier else 0) + 1,
            predicted=message.intent or "",
            likeliest=likeliest,
            confidence=confidence,
            last_seen=message.timestamp,
        )
    return sorted(groups.values(), key=lambda item: (-item.count, -item.last_seen))
