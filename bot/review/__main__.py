"""`make review`: list what people wrote that the assistant did not understand well.

    python -m bot.review [--threshold 0.5] [--out var/review.yml]
    python -m bot.review accept var/review.yml      (`make review-accept FILE=...`)

It prints what people wrote: that is its purpose, in the maintainer's own terminal. Nothing
here logs message text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from bot.conversations import user_messages
from bot.paths import PROJECT_ROOT
from bot.review.accept import Accepted, accept
from bot.review.nlu_data import NLU_DIR, NluData
from bot.review.review_file import ReviewFileError, read_corrections, write_review_file
from bot.review.selection import DEFAULT_THRESHOLD, ReviewItem, group_for_review
from bot.settings import ConversationStore

TEXT_WIDTH = 70


def _shown(path: Path) -> str:
    return str(path.relative_to(PROJECT_ROOT)) if path.is_relative_to(PROJECT_ROOT) else str(path)


def _day(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).date().isoformat()


def _understood(item: ReviewItem) -> str:
    likeliest = item.likeliest or "?"
    if item.predicted != item.likeliest:
        return f"{item.predicted} ({likeliest} {item.confidence:.2f})"
    return f"{likeliest} {item.confidence:.2f}"


def format_table(items: list[ReviewItem]) -> str:
    rows = [("count", "last seen", "understood as", "text")]
    for item in items:
        text = item.text if len(item.text) <= TEXT_WIDTH else item.text[: TEXT_WIDTH - 1] + "…"
        rows.append((str(item.count), _day(item.last_seen), _understood(item), text))
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    return "\n".join(
        f"{row[0]:>{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}"
        for row in rows
    )


def review(threshold: float, out: Path | None) -> int:
    store = ConversationStore.from_env()
    try:
        items = group_for_review(user_messages(store), threshold)
    except SQLAlchemyError as error:
        print(f"Could not read {store.described}: {error}", file=sys.stderr)
        return 1
    if not items:
        print(f"Nothing to review in {store.described} (threshold {threshold:.2f}).")
        return 0
    total = sum(item.count for item in items)
    print(
        f"Messages that fell back or scored below {threshold:.2f}: {total}, "
        f"{len(items)} different, in {store.described}. Most frequent first;\n"
        "'nlu_fallback (x 0.21)': the assistant asked what was meant, x was its likeliest "
        "intent.\n"
    )
    print(format_table(items))
    if out:
        write_review_file(out, items, dt.date.today())
        print(
            f"\nWrote {_shown(out)}: fill in `intent` where you know it, then "
            f"make review-accept FILE={_shown(out)}\n"
            "It holds what people wrote: delete it when you are done."
        )
    return 0


def report(result: Accepted) -> None:
    for correction, path in result.added:
        print(f"added to {correction.intent} ({_shown(path)}): {correction.text}")
    for correction, intent in result.duplicates:
        print(f"skipped, already an example of {intent}: {correction.text}")
    for correction in result.unknown:
        print(f"skipped, no intent {correction.intent!r} in data/nlu/ (a typo?): {correction.text}")
    print(
        f"\n{len(result.added)} added, {len(result.duplicates)} duplicates and "
        f"{len(result.unknown)} with an unknown intent skipped."
    )
    if result.added:
        print("Next: make validate, then make train (about 5 minutes) to learn them.")


def accept_file(path: Path, nlu_dir: Path) -> int:
    try:
        corrections = read_corrections(path)
    except ReviewFileError as error:
        print(error, file=sys.stderr)
        return 1
    if not corrections:
        print(f"No message in {_shown(path)} has an intent yet: nothing to add.")
        return 0
    report(accept(corrections, NluData(nlu_dir)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bot.review", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help=f"list messages understood with less confidence (default {DEFAULT_THRESHOLD})",
    )
    parser.add_argument("--out", type=Path, help="also write a review file, e.g. var/review.yml")
    commands = parser.add_subparsers(dest="command")
    accepting = commands.add_parser("accept", help="add the reviewed messages to data/nlu/")
    accepting.add_argument("file", type=Path, help="a review file with intents filled in")
    accepting.add_argument("--nlu-dir", type=Path, default=NLU_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.command == "accept":
        return accept_file(args.file, args.nlu_dir)
    return review(args.threshold, args.out)


if __name__ == "__main__":
    sys.exit(main())
