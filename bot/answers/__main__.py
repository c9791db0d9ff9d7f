"""`make evaluate-answers`: start the assistant once, ask every held-out question in
tests/answers/, write reports/answers.md, and fail below the target share."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.answers.questions import load
from bot.answers.report import render, share
from bot.answers.run import ask_all, rest_asker
from bot.paths import PROJECT_ROOT
from bot.running import running_assistant

ANSWERS_DIR = PROJECT_ROOT / "tests" / "answers"
REPORT = PROJECT_ROOT / "reports" / "answers.md"
TARGET = 0.95


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="ask an assistant already running there instead")
    parser.add_argument("--fast", action="store_true", help="only the questions marked fast")
    parser.add_argument(
        "--questions",
        type=Path,
        default=ANSWERS_DIR,
        help="another folder of questions, such as the tuning set tests/tuning/",
    )
    parser.add_argument("--report", type=Path, default=REPORT, help="where to write the report")
    args = parser.parse_args()
    collection = load(args.questions)
    questions = [q for q in collection.questions if q.fast or not args.fast]
    conversations = [c for c in collection.conversations if c.fast or not args.fast]
    if args.url:
        results = _ask(args.url, questions, conversations)
    else:
        with running_assistant() as rasa_url:
            results = _ask(rasa_url, questions, conversations)
    args.report.parent.mkdir(exist_ok=True)
    folder = args.questions.resolve()
    source = folder.relative_to(PROJECT_ROOT) if folder.is_relative_to(PROJECT_ROOT) else folder
    args.report.write_text(render(*results, source=f"{source}/"), encoding="utf-8")
    single, together = share(results[0]), share(results[1])
    print(f"single questions {single:.1%}, conversations {together:.1%}; report: {args.report}")
    return 0 if single >= TARGET and together >= TARGET else 1


def _ask(url: str, questions, conversations):
    ask = rest_asker(url)
    return ask_all(ask, questions, workers=4), ask_all(ask, conversations, workers=4)


if __name__ == "__main__":
    sys.exit(main())
