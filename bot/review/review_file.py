"""The review file: the messages to look at, where the maintainer writes the right intent.

YAML, so it is easy to edit by hand; it holds what people wrote, so it belongs in var/
(ignored by git) and should be deleted once accepted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.review.selection import ReviewItem

HEADER = """\
# Messages the assistant did not understand well (`make review`, {date}).
# It holds what people wrote: keep it out of git (var/ is ignored) and delete it when done.
# For each message write the intent it should have had in `intent` (one of data/nlu/), or
# leave it empty to skip the message. You may correct `text`, or mark entities in it as in
# the training data: what about [Sudan](country)?
# Then add them to the training data: make review-accept FILE={path}
"""


class ReviewFileError(ValueError):
    """The file is not a review file, or has been edited into something else."""


@dataclass(frozen=True)
class Correction:
    text: str
    intent: str


def _day(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).date().isoformat()


def write_review_file(path: Path, items: list[ReviewItem], today: dt.date) -> None:
    entries = []
    for item in items:
        entry: dict[str, object] = {"text": item.text, "predicted": item.predicted}
        if item.likeliest != item.predicted:
            entry["likeliest"] = item.likeliest
        entry |= {
            "confidence": round(item.confidence, 2),
            "count": item.count,
            "last_seen": _day(item.last_seen),
            "intent": "",
        }
        entries.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=1000)
    path.write_text(HEADER.format(date=today.isoformat(), path=path) + body, encoding="utf-8")


def read_corrections(path: Path) -> list[Correction]:
    """The messages given an intent, in file order; the others are skipped."""
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ReviewFileError(f"Cannot read {path}: {error}") from error
    if entries is None:
        return []
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise ReviewFileError(f"{path} is not a review file: expected a list of messages")
    corrections = []
    for number, entry in enumerate(entries, start=1):
        intent = str(entry.get("intent") or "").strip()
        text = " ".join(str(entry.get("text") or "").split())
        if intent and not text:
            raise ReviewFileError(f"{path}: message {number} has an intent but no text")
        if intent:
            corrections.append(Correction(text=text, intent=intent))
    return corrections
