"""`make validate`: check every knowledge file and say in plain words what is wrong."""

from __future__ import annotations

import sys

from bot.knowledge.loader import KnowledgeError, load_knowledge
from bot.paths import knowledge_dir


def main() -> int:
    directory = knowledge_dir()
    try:
        knowledge = load_knowledge(directory)
    except KnowledgeError as error:
        print(f"Knowledge check failed: {len(error.problems)} problem(s):", file=sys.stderr)
        for problem in error.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{len(items)} {kind}" for kind, items in knowledge.records.items())
    print(f"Knowledge check passed ({directory}): {counts}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
