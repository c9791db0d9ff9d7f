"""`make knowledge-report`: what the knowledge base holds and which facts need re-checking first."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from bot.knowledge.loader import RECORD_KINDS
from bot.knowledge.store import KnowledgeBase
from bot.paths import knowledge_dir
from bot.settings import recheck_after_days_from_env


def render(kb: KnowledgeBase, recheck_after_days: int, today: dt.date | None = None) -> str:
    """A plain-text report: counts per section, derived figures, and the time-sensitive facts
    (case stages, memberships, office holders, sanctions...) last checked more than
    `recheck_after_days` ago, the oldest first."""
    today = today or dt.date.today()
    lines = ["Records per section:"]
    for kind in RECORD_KINDS:
        lines.append(f"  {kind:<11} {len(kb.all(kind)):>4}")
    parties = kb.states_parties_count(today)
    convictions = kb.convictions_count()
    due = kb.due_for_recheck(today, recheck_after_days)
    lines += [
        "",
        "Derived figures:",
        f"  States Parties today: {parties.value} (oldest State record checked {parties.as_of})",
        f"  People convicted of core crimes: {convictions.value} "
        f"(oldest record checked {convictions.as_of})",
        "",
        f"{len(due)} time-sensitive records and facts were last checked more than "
        f"{recheck_after_days} days ago (RECHECK_AFTER_DAYS); re-check these first:",
    ]
    lines += [f"  {as_of}  {record_id:<40} {origin}" for as_of, record_id, origin in due]
    return "\n".join(lines)


def main() -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    kb = KnowledgeBase.from_directory(knowledge_dir())
    print(render(kb, recheck_after_days_from_env()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
