"""`make knowledge-report`: what the knowledge base holds and which facts need re-checking first."""

from __future__ import annotations

import argparse
import sys

from bot.knowledge.loader import RECORD_KINDS
from bot.knowledge.store import KnowledgeBase
from bot.paths import knowledge_dir


def render(kb: KnowledgeBase, oldest: int = 15) -> str:
    """A plain-text report: counts per section, derived figures, the oldest `as_of` dates."""
    lines = ["Records per section:"]
    for kind in RECORD_KINDS:
        lines.append(f"  {kind:<11} {len(kb.all(kind)):>4}")
    parties = kb.states_parties_count()
    convictions = kb.convictions_count()
    lines += [
        "",
        "Derived figures:",
        f"  States Parties today: {parties.value} (oldest State record checked {parties.as_of})",
        f"  People convicted of core crimes: {convictions.value} "
        f"(oldest record checked {convictions.as_of})",
        "",
        f"The {oldest} records checked longest ago (re-check these first):",
    ]
    records = sorted(
        (record for kind in RECORD_KINDS for record in kb.all(kind)),
        key=lambda r: (r.as_of, r.id),
    )
    for record in records[:oldest]:
        lines.append(f"  {record.as_of}  {record.id:<32} {kb.origin(record.id)}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oldest", type=int, default=15, help="how many old records to list")
    args = parser.parse_args()
    print(render(KnowledgeBase.from_directory(knowledge_dir()), args.oldest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
