"""`make prune DAYS=30`: delete conversations older than the retention period.

The privacy notices promise that conversations are deleted after `RETENTION_DAYS` (30 by
default), so `make run` also prunes once at start and then once a day (`DailyPrune`).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from bot.conversations import Deleted, delete_before
from bot.settings import ConversationStore

logger = logging.getLogger(__name__)

SECONDS_PER_DAY = 24 * 60 * 60


def prune(store: ConversationStore, days: int, now: float | None = None) -> Deleted:
    """Delete what is older than `days` days before `now` (default: the current time)."""
    cutoff = (time.time() if now is None else now) - days * SECONDS_PER_DAY
    return delete_before(store, cutoff)


def summary(deleted: Deleted, days: int) -> str:
    return (
        f"events older than {days} days deleted: {deleted.events}; "
        f"conversations removed: {deleted.conversations}, shortened: {deleted.shortened}."
    )


@dataclass
class DailyPrune:
    """Prunes at the first call, then again once `interval` seconds have passed.

    The launcher calls `run_if_due` from its loop; a store that cannot be reached (PostgreSQL
    down) is reported and tried again next time, and never stops the assistant.
    """

    store: ConversationStore
    interval: float = SECONDS_PER_DAY
    _next: float | None = None

    def run_if_due(self, now: float) -> None:
        """`now` is monotonic time (time.monotonic()), so clock changes do not matter."""
        if self._next is not None and now < self._next:
            return
        self._next = now + self.interval
        days = self.store.retention_days
        try:
            logger.info("Retention: %s", summary(prune(self.store, days), days))
        except SQLAlchemyError as error:
            logger.warning("Retention: could not prune the conversations: %s", error)


def main(argv: list[str] | None = None) -> int:
    store = ConversationStore.from_env()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--days",
        type=int,
        default=store.retention_days,
        help=f"keep this many days (default: RETENTION_DAYS, now {store.retention_days})",
    )
    args = parser.parse_args(argv)
    if args.days < 1:
        parser.error("--days must be at least 1")
    try:
        deleted = prune(store, args.days)
    except SQLAlchemyError as error:
        print(f"Could not prune {store.described}: {error}", file=sys.stderr)
        return 1
    print(f"{store.described}: {summary(deleted, args.days)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
