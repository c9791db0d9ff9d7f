"""reports/answers.md: the score per area, every miss with the reply, and the latency."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict

from bot.answers.run import Result


def share(results: list[Result]) -> float:
    return sum(r.passed for r in results) / len(results) if results else 0.0


def _by_area(results: list[Result]) -> list[str]:
    areas: dict[str, list[Result]] = defaultdict(list)
    for result in results:
        areas[result.item.area].append(result)
    rows = ["| area | passed | of | share |", "| --- | ---: | ---: | ---: |"]
    for area, group in sorted(areas.items()):
        passed = sum(r.passed for r in group)
        rows.append(f"| {area} | {passed} | {len(group)} | {share(group):.1%} |")
    return rows


def _misses(results: list[Result]) -> list[str]:
    lines = []
    for result in results:
        if result.passed:
            continue
        lines.append(f"- **{result.item.id}** ({result.item.area}, {result.item.source})")
        for turn, reply, misses in zip(
            result.item.turns, result.replies, result.misses, strict=True
        ):
            flag = "; ".join(misses) if misses else "ok"
            shown = " ".join(reply.split())[:300]
            lines.append(f"  - asked: {turn.ask!r} — {flag}")
            lines.append(f"    replied: {shown!r}")
    return lines or ["None."]


def render(
    questions: list[Result], conversations: list[Result], source: str = "tests/answers/"
) -> str:
    """The report; `source` names the folder the questions came from."""
    seconds = sorted(s for r in [*questions, *conversations] for s in r.seconds)
    p95 = seconds[min(len(seconds) - 1, int(0.95 * len(seconds)))] if seconds else 0.0
    median = statistics.median(seconds) if seconds else 0.0
    return "\n".join(
        [
            "# Answer-level evaluation",
            "",
            f"Run on {dt.date.today().isoformat()} against the assistant over REST; questions "
            f"from {source} (held out from the training data).",
            "",
            f"- single questions: **{share(questions):.1%}** "
            f"({sum(r.passed for r in questions)} of {len(questions)})",
            f"- conversations: **{share(conversations):.1%}** "
            f"({sum(r.passed for r in conversations)} of {len(conversations)}); a conversation "
            "passes when every turn does",
            f"- latency per message: median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms "
            f"({len(seconds)} messages)",
            "",
            "## Single questions by area",
            "",
            *_by_area(questions),
            "",
            "## Conversations by area",
            "",
            *_by_area(conversations),
            "",
            "## Misses",
            "",
            *_misses([*questions, *conversations]),
            "",
        ]
    )
