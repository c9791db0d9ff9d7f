"""`python -m bot.checks`: check the assistant's data; one sentence per problem, exit 1 if any."""

from __future__ import annotations

import sys

from bot.checks.runner import run_checks
from bot.nlu.common_words import common_english_words
from bot.paths import PROJECT_ROOT, knowledge_dir


def main() -> int:
    problems = run_checks(PROJECT_ROOT, knowledge_dir(), common_english_words())
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(
            f"{len(problems)} problem(s) found; MAINTAINING.md explains each kind of message.",
            file=sys.stderr,
        )
        return 1
    print("Data checks passed: examples, intents, responses, actions, buttons, knowledge names.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
