"""The evaluation summary: macro-F1, weakest intents, confused pairs, entity scores."""

from PIL import Image

from bot.evaluate import summarise
from bot.evaluation_pictures import confusion_matrix, draw_pictures

INTENTS = {
    "greet": {"f1-score": 1.0, "support": 30, "confused_with": {}},
    "crimes": {"f1-score": 0.80, "support": 40, "confused_with": {"jurisdiction": 5}},
    "jurisdiction": {"f1-score": 0.85, "support": 40, "confused_with": {"crimes": 3}},
    "accuracy": 0.9,
    "macro avg": {"f1-score": 0.883, "support": 110},
    "weighted avg": {"f1-score": 0.88, "support": 110},
}
MATCHER = {"country": {"f1-score": 0.95, "support": 100}, "macro avg": {"f1-score": 0.95}}
DIET = {"country": {"f1-score": 0.40, "support": 100}, "macro avg": {"f1-score": 0.40}}
ENTITIES = {"KnowledgeEntityMatcher": MATCHER, "DIETClassifier": DIET}


def test_report_lists_the_weakest_intents_first_and_the_most_confused_pairs():
    report, macro_f1 = summarise(INTENTS, ENTITIES, core_exit_code=0)
    assert macro_f1 == 0.883
    assert "**0.883**" in report
    weakest = report.split("## Weakest intents")[1]
    order = [weakest.index(f"| {name} |") for name in ("crimes", "jurisdiction", "greet")]
    assert order == sorted(order)
    assert "| crimes | jurisdiction | 5 |" in report
    entities = report.split("## Entities (KnowledgeEntityMatcher)")[1]
    matcher, diet = entities.split("## Entities (DIETClassifier)")
    assert "| country | 0.950 | 100 |" in matcher
    assert "| country | 0.400 | 100 |" in diet
    assert "all passed" in report


def test_report_says_when_the_test_conversations_failed():
    report, _ = summarise(INTENTS, {}, core_exit_code=1)
    assert "FAILED (exit 1)" in report
    assert "Entities" not in report


ERRORS = [
    *[{"text": "x", "intent": "crimes", "intent_prediction": {"name": "jurisdiction"}}] * 5,
    *[{"text": "y", "intent": "jurisdiction", "intent_prediction": {"name": "crimes"}}] * 3,
    {"text": "z", "intent": "greet", "intent_prediction": None},
]


def test_the_confusion_matrix_counts_right_answers_from_support_and_errors():
    true, predicted, matrix = confusion_matrix(INTENTS, ERRORS)
    assert true == ["crimes", "greet", "jurisdiction"]
    assert predicted == ["crimes", "greet", "jurisdiction", "(none)"]
    assert matrix == [[35, 0, 5, 0], [0, 29, 0, 1], [3, 0, 37, 0]]
    assert [sum(row) for row in matrix] == [40, 30, 40]  # every example counted once


def test_pictures_are_drawn_and_the_report_shows_them(tmp_path):
    paths = draw_pictures(INTENTS, ERRORS, tmp_path, bar=0.90)
    assert [path.name for path in paths] == ["intent_confusion.png", "intent_f1.png"]
    for path in paths:
        with Image.open(path) as image:
            width, height = image.size
            colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert width >= 600 and height >= 300
        assert len(colours) > 50  # text, bars and cells, not an empty canvas
    report, _ = summarise(INTENTS, ENTITIES, core_exit_code=0)
    assert "![F1 of each intent](intent_f1.png)" in report
    assert "![Intent confusion heat-map](intent_confusion.png)" in report
