"""The loader reads the real knowledge files and explains every bad record in plain words."""

import datetime as dt
import textwrap

import pytest

from bot.knowledge import KnowledgeBase, KnowledgeError, Topic, load_knowledge
from bot.knowledge.validate import main as validate_main
from bot.paths import knowledge_dir

GOOD_TOPIC = """
  - id: sample_topic
    name: Sample
    answer: A short answer.
    sources:
      - url: https://www.icc-cpi.int/about/the-court
        title: About the Court
    as_of: 2026-01-01
"""


def _knowledge(tmp_path, text, name="court.yml"):
    (tmp_path / name).write_text(textwrap.dedent(text))
    return tmp_path


def test_real_knowledge_loads_with_sources_and_dates():
    kb = KnowledgeBase.from_directory(knowledge_dir())
    topic = kb.topic("about_icc")
    assert isinstance(topic, Topic)
    assert topic.sources and all(str(s.url).startswith("https://") for s in topic.sources)
    assert topic.as_of <= dt.date.today()


def test_a_valid_file_gives_typed_records(tmp_path):
    records = load_knowledge(_knowledge(tmp_path, "topics:" + GOOD_TOPIC))
    (topic,) = records["topics"]
    assert topic.id == "sample_topic"
    assert topic.as_of == dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("topics:\n  - id: x\n    name: X\n    answer: A\n    as_of: 2026-01-01\n",
         r"court.yml, record 'x': sources: field required"),
        ("topics:\n  - id: x\n    name: X\n    answer: A\n    sources: []\n    as_of: 2026-01-01\n",
         r"court.yml, record 'x': sources: needs at least one source URL"),
        ("topics:\n  - id: x\n    name: X\n    answer: A\n"
         "    sources: [{url: 'https://example.org', title: T}]\n",
         r"court.yml, record 'x': as_of: field required"),
        ("topics:\n  - id: x\n    name: X\n    answer: A\n"
         "    sources: [{url: 'https://example.org', title: T}]\n    as_of: 2999-01-01\n",
         r"court.yml, record 'x': as_of: 2999-01-01 is in the future"),
        ("topics:\n  - id: x\n    name: X\n    answer: A\n"
         "    sources: [{url: 'not a url', title: T}]\n    as_of: 2026-01-01\n",
         r"court.yml, record 'x': sources.0.url: invalid or missing URL scheme"),
        ("topics:\n  - id: Bad Id\n    name: X\n    answer: A\n"
         "    sources: [{url: 'https://example.org', title: T}]\n    as_of: 2026-01-01\n",
         r"court.yml, record 'Bad Id': id: must be lower-case words"),
        ("stories:\n  - id: x\n", r"court.yml: unknown section 'stories'"),
        ("topics: [unclosed\n", r"court.yml: not valid YAML"),
        ("topics:" + GOOD_TOPIC + GOOD_TOPIC,
         r"court.yml, record 'sample_topic': id already used in court.yml"),
    ],
    ids=["no-sources", "empty-sources", "no-date", "future-date", "bad-url", "bad-id",
         "unknown-section", "bad-yaml", "duplicate-id"],
)
def test_bad_records_are_explained(tmp_path, text, message):
    with pytest.raises(KnowledgeError, match=message):
        load_knowledge(_knowledge(tmp_path, text))


def test_a_missing_folder_is_explained(tmp_path):
    with pytest.raises(KnowledgeError, match="knowledge folder not found"):
        load_knowledge(tmp_path / "nowhere")


def test_validate_command_reports_the_broken_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KNOWLEDGE_DIR", str(_knowledge(tmp_path, "topics:\n  - id: x\n")))
    assert validate_main() == 1
    assert "Knowledge check failed: court.yml, record 'x'" in capsys.readouterr().err


def test_validate_command_passes_on_the_real_knowledge(monkeypatch, capsys):
    monkeypatch.delenv("KNOWLEDGE_DIR", raising=False)
    assert validate_main() == 0
    assert "Knowledge check passed" in capsys.readouterr().out
