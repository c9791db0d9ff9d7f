"""`make evaluate`: measure understanding and dialogue, write a report, fail below the bar.

1. 5-fold cross-validation of the NLU pipeline (`rasa test nlu --cross-validation`);
2. the test conversations in tests/stories against the trained model (`rasa test core`);
3. reports/evaluation.md with intent macro-F1, the weakest intents, the most confused pairs
   and entity F1, showing two pictures drawn beside it (bot/evaluation_pictures.py): per-intent
   F1 bars and the intent confusion heat-map. Exits non-zero when intent macro-F1 is below the
   threshold (0.90).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from bot.evaluation_pictures import (
    CONFUSION_PNG,
    F1_PNG,
    draw_pictures,
    label_rows,
)
from bot.paths import MODEL_PATH, PROJECT_ROOT
from bot.training import ensure_model

REPORTS = PROJECT_ROOT / "reports"
NLU_OUT = REPORTS / "nlu"
CORE_OUT = REPORTS / "core"
MIN_MACRO_F1 = 0.90


def _rasa(*args: str) -> int:
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    return subprocess.run(
        [sys.executable, "-m", "rasa", *args], cwd=PROJECT_ROOT, env=env
    ).returncode


def run_nlu_cross_validation(folds: int) -> None:
    # Rasa writes the errors file only when there are errors: never picture an older run's.
    (NLU_OUT / "intent_errors.json").unlink(missing_ok=True)
    code = _rasa(
        "test",
        "nlu",
        "--nlu",
        "data/nlu",
        "--config",
        "config.yml",
        "--cross-validation",
        "--folds",
        str(folds),
        "--out",
        str(NLU_OUT),
    )
    if code:
        raise SystemExit(f"rasa test nlu failed with exit code {code}")


def run_core_tests() -> int:
    ensure_model()
    return _rasa(
        "test",
        "core",
        "--model",
        str(MODEL_PATH),
        "--stories",
        "tests/stories",
        "--out",
        str(CORE_OUT),
        "--fail-on-prediction-errors",
    )


ENTITY_EXTRACTORS = ("KnowledgeEntityMatcher", "DIETClassifier")


def summarise(
    intent_report: dict[str, Any],
    entity_reports: dict[str, dict[str, Any]],
    core_exit_code: int | None,
) -> tuple[str, float]:
    """The Markdown report and the intent macro-F1 it is judged by."""
    macro_f1 = intent_report["macro avg"]["f1-score"]
    intents = label_rows(intent_report)
    weakest = sorted(intents.items(), key=lambda item: item[1]["f1-score"])[:5]
    confused = sorted(
        (
            (name, other, count)
            for name, scores in intents.items()
            for other, count in (scores.get("confused_with") or {}).items()
        ),
        key=lambda item: -item[2],
    )[:8]
    lines = [
        "# Evaluation report",
        "",
        f"- Intent macro-F1 (5-fold cross-validation): **{macro_f1:.3f}** "
        f"(threshold {MIN_MACRO_F1:.2f})",
        f"- Intents: {len(intents)}, examples: {sum(v['support'] for v in intents.values())}",
    ]
    for extractor, report in entity_reports.items():
        lines.append(f"- Entity macro-F1 ({extractor}): {report['macro avg']['f1-score']:.3f}")
    if core_exit_code is not None:
        verdict = "all passed" if core_exit_code == 0 else f"FAILED (exit {core_exit_code})"
        lines.append(f"- Test conversations (tests/stories, rasa test core): {verdict}")
    lines += ["", "## Weakest intents", "", "| intent | F1 | support |", "| --- | --- | --- |"]
    lines += [f"| {name} | {s['f1-score']:.3f} | {s['support']} |" for name, s in weakest]
    lines += [
        "",
        "## Most confused pairs",
        "",
        "| true intent | predicted as | count |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {name} | {other} | {count} |" for name, other, count in confused]
    for extractor, report in entity_reports.items():
        entities = label_rows(report)
        lines += ["", f"## Entities ({extractor})", "", "| entity | F1 | support |"]
        lines += ["| --- | --- | --- |"]
        lines += [f"| {k} | {v['f1-score']:.3f} | {v['support']} |" for k, v in entities.items()]
    lines += [
        "",
        "## Pictures",
        "",
        f"How well each intent is recognised; below the {MIN_MACRO_F1:.2f} line in orange:",
        "",
        f"![F1 of each intent]({F1_PNG})",
        "",
        "Which intent the examples of each intent were taken for (rows: what they mean):",
        "",
        f"![Intent confusion heat-map]({CONFUSION_PNG})",
    ]
    return "\n".join(lines) + "\n", macro_f1


def _load(path: Path) -> Any:
    return json.loads(path.read_text()) if path.is_file() else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--skip-core", action="store_true", help="only the NLU evaluation")
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="rewrite the report and pictures from the last results in reports/nlu",
    )
    args = parser.parse_args()
    if not args.report_only:
        run_nlu_cross_validation(args.folds)
    core_exit_code = None if args.skip_core or args.report_only else run_core_tests()
    intent_report = _load(NLU_OUT / "intent_report.json")
    if intent_report is None:
        raise SystemExit(f"No intent report was written to {NLU_OUT}")
    errors = _load(NLU_OUT / "intent_errors.json") or []
    draw_pictures(intent_report, errors, REPORTS, MIN_MACRO_F1)
    entity_reports = {
        extractor: report
        for extractor in ENTITY_EXTRACTORS
        if (report := _load(NLU_OUT / f"{extractor}_report.json"))
    }
    report, macro_f1 = summarise(intent_report, entity_reports, core_exit_code)
    (REPORTS / "evaluation.md").write_text(report, encoding="utf-8")
    print(report)
    if macro_f1 < MIN_MACRO_F1:
        print(f"Intent macro-F1 {macro_f1:.3f} is below {MIN_MACRO_F1:.2f}.", file=sys.stderr)
        return 1
    return 1 if core_exit_code else 0


if __name__ == "__main__":
    sys.exit(main())
