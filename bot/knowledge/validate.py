"""`make validate`: check every knowledge file and say in plain words what is wrong."""

from __future__ import annotations

import sys

from bot.knowledge.loader import KnowledgeError, load_knowledge
from bot.paths import knowledge_dir


def main() -> int:
    directory = knowledge_dir()
    try:
        records = load_knowledge(directory)
    except KnowledgeError as error:
        print(f"Knowledge check failed: {error}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{len(items)} {kind}" for kind, items in records.items())
    print(f"Knowledge check passed ({directory}): {counts}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
