"""`make review` on conversations written by Rasa's SQL tracker store, and
`make review-accept` into a copy of data/nlu/."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import shutil
from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.training_data.loading import load_data

from bot.review.__main__ import main
from bot.review.nlu_data import NLU_DIR, NluData
from tests.commands import run_make
from tests.tracker_data import days_ago, said, seed, turn


def fell_back(text: str, when: float) -> list:
    """Below the FallbackClassifier's threshold: nlu_fallback first, then the real intents."""
    ranking = (("nlu_fallback", 0.3), ("case_info", 0.27), ("situation_info", 0.2))
    return turn(said(text, "nlu_fallback", 0.3, when, ranking))


@pytest.fixture
def conversations(tracker_db: Path) -> Path:
    seed(
        tracker_db,
        {
            "web-1": [
                *fell_back("what happens to putin now", days_ago(3)),
                *turn(said("What is the ICC?", "about_icc", 0.99, days_ago(3))),
                *turn(said("/greet", "greet", 1.0, days_ago(3))),  # a button's payload
                *turn(
                    said("can a general hide behind orders", "who_can_be_tried", 0.42, days_ago(2))
                ),
            ],
            "web-2": [
                *fell_back("What happens to Putin now?", days_ago(1)),
                *fell_back("what happens to  PUTIN now", days_ago(0.5)),
            ],
            "tg-42": [
                *turn(said("y tho", "affirm", 0.45, days_ago(0.1), channel="telegram")),
            ],
            "shell": [  # a maintainer trying things in `make shell`
                *turn(said("test test", "greet", 0.2, days_ago(0.1), channel="cmdline")),
            ],
        },
    )
    return tracker_db


def utc_day(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).date().isoformat()


def table(output: str) -> list[list[str]]:
    """The printed table's rows: count, last seen, understood as, text."""
    lines = output.splitlines()
    header = next(number for number, line in enumerate(lines) if line.startswith("count"))
    return [re.split(r"\s{2,}", line.strip()) for line in lines[header + 1 :] if line.strip()]


def test_make_review_lists_fallbacks_and_low_confidence_grouped_and_counted(conversations):
    result = run_make("review")
    assert result.returncode == 0, result.stderr
    assert "Messages that fell back or scored below 0.50: 5, 3 different" in result.stdout
    assert table(result.stdout) == [
        # Three ways of writing it, counted as one and shown as last written, with the
        # likeliest real intent behind the fallback; the most frequent first.
        ["3", utc_day(days_ago(0.5)), "nlu_fallback (case_info 0.27)", "what happens to PUTIN now"],
        # Then the most recent first.
        ["1", utc_day(days_ago(0.1)), "affirm 0.45", "y tho"],
        ["1", utc_day(days_ago(2)), "who_can_be_tried 0.42", "can a general hide behind orders"],
    ]
    assert "What is the ICC?" not in result.stdout  # understood well
    assert "/greet" not in result.stdout  # a button, not typed
    assert "test test" not in result.stdout  # `make shell`


def test_the_threshold_decides_what_counts_as_low(conversations, capsys):
    assert main(["--threshold", "0.4"]) == 0
    low = capsys.readouterr().out
    assert "PUTIN" in low and "can a general hide behind orders" not in low

    assert main(["--threshold", "0.995"]) == 0
    assert "What is the ICC?" in capsys.readouterr().out


def test_nothing_to_review_before_anything_is_stored(tracker_db, capsys):
    assert main(["--out", str(tracker_db.parent / "review.yml")]) == 0
    assert "Nothing to review" in capsys.readouterr().out
    assert not tracker_db.exists()  # looking does not create the store
    assert not (tracker_db.parent / "review.yml").exists()


def test_a_filled_in_review_file_adds_training_examples(conversations, tmp_path, capsys):
    review_file = tmp_path / "var" / "review.yml"
    assert main(["--out", str(review_file)]) == 0
    entries = yaml.safe_load(review_file.read_text())
    assert review_file.read_text().startswith("# Messages the assistant did not understand")
    assert entries[0] == {
        "text": "what happens to PUTIN now",
        "predicted": "nlu_fallback",
        "likeliest": "case_info",
        "confidence": 0.27,
        "count": 3,
        "last_seen": entries[0]["last_seen"],
        "intent": "",
    }
    by_text = {entry["text"]: entry for entry in entries}
    by_text["what happens to PUTIN now"]["intent"] = "case_info"
    by_text["can a general hide behind orders"]["intent"] = "who_can_be_tried"
    # "y tho" stays empty: skipped.
    review_file.write_text(yaml.safe_dump(entries, sort_keys=False))
    nlu_dir = shutil.copytree(NLU_DIR, tmp_path / "nlu")

    assert main(["accept", str(review_file), "--nlu-dir", str(nlu_dir)]) == 0
    output = capsys.readouterr().out
    assert "2 added, 0 duplicates and 0 with an unknown intent skipped" in output

    # Only the two lines are new, each at the end of its intent's examples, in the file's style.
    for name, line, intent in [
        ("situations_cases.yml", "      - what happens to PUTIN now\n", "case_info"),
        ("jurisdiction.yml", "      - can a general hide behind orders\n", "who_can_be_tried"),
    ]:
        before = (NLU_DIR / name).read_text().splitlines(keepends=True)
        after = (nlu_dir / name).read_text().splitlines(keepends=True)
        changes = [c for c in difflib.ndiff(before, after) if c[0] in "+-"]
        assert changes == [f"+ {line}"]
        added_at = after.index(line)
        assert after[added_at - 1].startswith("      - ")  # right after the last example
        examples = load_data(str(nlu_dir / name)).intent_examples
        assert {m.get("text"): m.get("intent") for m in examples}[line[8:-1]] == intent


def test_accept_skips_duplicates_and_unknown_intents(tmp_path, capsys):
    nlu_dir = shutil.copytree(NLU_DIR, tmp_path / "nlu")
    review_file = tmp_path / "review.yml"
    review_file.write_text(
        yaml.safe_dump(
            [
                # An example of who_can_be_tried already:
                {"text": "Who can be tried by the ICC", "intent": "about_icc"},
                {"text": "how about sudan", "intent": "inform"},  # as [Sudan](country)
                {"text": "is the icc any good", "intent": "abuot_icc"},  # a typo
                {"text": "is the icc any good", "intent": "why_icc_matters"},
                {"text": "Is the ICC any good?", "intent": "why_icc_matters"},  # now a duplicate
                {"text": "no intent yet", "intent": ""},
            ]
        )
    )

    assert main(["accept", str(review_file), "--nlu-dir", str(nlu_dir)]) == 0
    output = capsys.readouterr().out
    assert "skipped, already an example of who_can_be_tried: Who can be tried by the ICC" in output
    assert "skipped, already an example of inform: how about sudan" in output
    assert "skipped, no intent 'abuot_icc' in data/nlu/ (a typo?): is the icc any good" in output
    assert "1 added, 3 duplicates and 1 with an unknown intent skipped" in output
    assert NluData(nlu_dir).intent_of("is the ICC any good") == "why_icc_matters"
    changed = [
        path.name
        for path in sorted(nlu_dir.glob("*.yml"))
        if path.read_text() != (NLU_DIR / path.name).read_text()
    ]
    assert changed == ["court.yml"]


def test_examples_go_into_the_right_block_of_any_layout(tmp_path):
    (tmp_path / "small.yml").write_text(
        'version: "3.1"\n'
        "# Greetings first.\n"
        "nlu:\n"
        "- intent: greet\n"
        "  examples: |\n"
        "    - hi\n"
        "\n"
        "    - [Sam](name) says hello\n"
        "\n"
        "# Synonyms are not intents.\n"
        "- synonym: bye\n"
        "  examples: |\n"
        "    - ciao\n"
        "- intent: goodbye\n"
        "  examples: |\n"
        "    - see you",  # no newline at the end of the file
        encoding="utf-8",
    )
    nlu = NluData(tmp_path)
    assert not nlu.has_intent("bye")
    assert nlu.intent_of("Sam says hello!") == "greet"

    nlu.add("greet", "good  morning")
    nlu.add("goodbye", "later")
    assert (tmp_path / "small.yml").read_text(encoding="utf-8").splitlines()[4:] == [
        "  examples: |",
        "    - hi",
        "",
        "    - [Sam](name) says hello",
        "    - good morning",
        "",
        "# Synonyms are not intents.",
        "- synonym: bye",
        "  examples: |",
        "    - ciao",
        "- intent: goodbye",
        "  examples: |",
        "    - see you",
        "    - later",
    ]
