"""The evaluation summary: macro-F1, weakest intents, confused pairs, entity scores."""

from bot.evaluate import summarise

INTENTS = {
    "greet": {"f1-score": 1.0, "support": 30, "confused_with": {}},
    "crimes": {"f1-score": 0.80, "support": 40, "confused_with": {"jurisdiction": 5}},
    "jurisdiction": {"f1-score": 0.85, "support": 40, "confused_with": {"crimes": 3}},
    "accuracy": 0.9,
    "macro avg": {"f1-score": 0.883, "support": 110},
    "weighted avg": {"f1-score": 0.88, "support": 110},
}
ENTITIES = {"country": {"f1-score": 0.95, "support": 100}, "macro avg": {"f1-score": 0.95}}


def test_report_lists_the_weakest_intents_first_and_the_most_confused_pairs():
    report, macro_f1 = summarise(INTENTS, ENTITIES, core_exit_code=0)
    assert macro_f1 == 0.883
    assert "**0.883**" in report
    weakest = report.split("## Weakest intents")[1]
    order = [weakest.index(f"| {name} |") for name in ("crimes", "jurisdiction", "greet")]
    assert order == sorted(order)
    assert "| crimes | jurisdiction | 5 |" in report
    assert "| country | 0.950 | 100 |" in report
    assert "all passed" in report


def test_report_says_when_the_test_conversations_failed():
    report, _ = summarise(INTENTS, None, core_exit_code=1)
    assert "FAILED (exit 1)" in report
    assert "Entities" not in report
