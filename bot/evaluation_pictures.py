"""Pictures of the NLU evaluation that people can read without opening JSON: which intent
each example was taken for (a confusion heat-map) and how well each intent is recognised
(F1 bars against the bar the project must reach).

Built from Rasa's `intent_report.json` (support per intent) and `intent_errors.json` (every
wrong prediction): an example that is not an error was predicted right, so the two give the
whole confusion matrix.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

CONFUSION_PNG = "intent_confusion.png"
F1_PNG = "intent_f1.png"
AVERAGES = {"accuracy", "macro avg", "weighted avg", "micro avg"}
NO_INTENT = "(none)"  # what an example with no predicted intent is shown as


def label_rows(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The rows of a Rasa report, one per intent or entity, without its averages."""
    return {k: v for k, v in report.items() if k not in AVERAGES}


def confusion_matrix(
    intent_report: dict[str, Any], errors: list[dict[str, Any]]
) -> tuple[list[str], list[str], list[list[int]]]:
    """(true intents, predicted labels, counts[true][predicted]), intents in name order.

    Predicted labels are the intents plus anything else the model answered (e.g. no intent).
    """
    scores = label_rows(intent_report)
    wrong = Counter(
        (error["intent"], (error.get("intent_prediction") or {}).get("name") or NO_INTENT)
        for error in errors
    )
    true = sorted(scores)
    predicted = true + sorted({p for _, p in wrong} - set(true))
    missed = Counter(intent for intent, _ in wrong.elements())
    matrix = [
        [int(scores[t]["support"]) - missed[t] if p == t else wrong[(t, p)] for p in predicted]
        for t in true
    ]
    return true, predicted, matrix


def draw_confusion(intent_report: dict[str, Any], errors: list[dict[str, Any]], path: Path) -> None:
    """Rows: what the examples mean; columns: what they were taken for. Colour is the share
    of the row, so rare intents show as clearly as common ones; each cell gives the count."""
    true, predicted, matrix = confusion_matrix(intent_report, errors)
    shares = [[count / (sum(row) or 1) for count in row] for row in matrix]
    cell = 0.34  # inches per cell: room for a two-digit count in a 7-point font
    figure = Figure(
        figsize=(max(7.0, 3.0 + cell * len(predicted)), max(5.0, 2.6 + cell * len(true))),
        dpi=110,
        layout="constrained",
    )
    axes = figure.add_subplot()
    image = axes.imshow(shares, cmap="Blues", vmin=0, vmax=1, aspect="auto")
    axes.set_xticks(range(len(predicted)), predicted, rotation=90, fontsize=8)
    axes.set_yticks(range(len(true)), true, fontsize=8)
    axes.set_xlabel("taken for (predicted intent)")
    axes.set_ylabel("what the examples mean (true intent)")
    axes.set_title(
        "Which intent each example was taken for in cross-validation\n(the diagonal is right)"
    )
    for row, counts in enumerate(matrix):
        for column, count in enumerate(counts):
            if count:
                dark = shares[row][column] > 0.6
                axes.text(
                    column,
                    row,
                    str(count),
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if dark else "black",
                )
    figure.colorbar(image, ax=axes, shrink=0.6, label="share of the row's examples")
    figure.savefig(path)


def draw_f1(intent_report: dict[str, Any], path: Path, bar: float) -> None:
    """One bar per intent, the weakest at the top; intents below `bar` in orange."""
    scores = sorted(label_rows(intent_report).items(), key=lambda item: item[1]["f1-score"])
    names = [name for name, _ in scores]
    values = [float(s["f1-score"]) for _, s in scores]
    figure = Figure(figsize=(8, max(3.5, 1.5 + 0.26 * len(names))), dpi=110, layout="constrained")
    axes = figure.add_subplot()
    colours = ["#d95f02" if value < bar else "#1f77b4" for value in values]
    axes.barh(range(len(names)), values, color=colours)
    axes.set_yticks(range(len(names)), names, fontsize=8)
    axes.invert_yaxis()
    axes.margins(y=0.01)
    axes.set_xlim(0, 1.08)
    axes.axvline(bar, color="black", linestyle="--", linewidth=1, label=f"the bar: {bar:.2f}")
    axes.legend(loc="upper right", fontsize=8)
    for index, value in enumerate(values):
        axes.text(value + 0.01, index, f"{value:.2f}", va="center", fontsize=7)
    macro = intent_report["macro avg"]["f1-score"]
    axes.set_xlabel("F1 (1.0 = every example recognised, nothing else taken for it)")
    axes.set_title(f"How well each intent is recognised: macro-F1 {macro:.3f}")
    figure.savefig(path)


def draw_pictures(
    intent_report: dict[str, Any], errors: list[dict[str, Any]], directory: Path, bar: float
) -> list[Path]:
    """Write both pictures into `directory`; returns their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    confusion, f1 = directory / CONFUSION_PNG, directory / F1_PNG
    draw_confusion(intent_report, errors, confusion)
    draw_f1(intent_report, f1, bar)
    return [confusion, f1]
