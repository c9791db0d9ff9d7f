"""The loader and validator: typed records from YAML, and every bad record explained."""

import datetime as dt
import textwrap

import pytest

from bot.knowledge import KnowledgeError, Topic, load_knowledge
from bot.knowledge.validate import main as validate_main

SOURCE = "sources: [{url: 'https://example.org', title: T}]"

GOOD_TOPIC = f"""
  - id: sample_topic
    name: Sample
    answer: A short answer.
    {SOURCE}
    as_of: 2026-01-01
"""

STATE = f"""
  - id: alpha
    name: Alpha
    aliases: [Alfa]
    un_member: true
    {SOURCE}
    as_of: 2026-01-01
"""


def _write(tmp_path, text, name="court.yml"):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return tmp_path


def test_a_valid_file_gives_typed_records(tmp_path):
    knowledge = load_knowledge(_write(tmp_path, "topics:" + GOOD_TOPIC))
    (topic,) = knowledge.records["topics"]
    assert isinstance(topic, Topic)
    assert topic.as_of == dt.date(2026, 1, 1)
    assert knowledge.origins == {"sample_topic": "court.yml"}


def test_files_in_sub_folders_are_read_and_named_by_their_path(tmp_path):
    knowledge = load_knowledge(_write(tmp_path, "topics:" + GOOD_TOPIC, "situations/x.yml"))
    assert knowledge.origins == {"sample_topic": "situations/x.yml"}


BAD_RECORDS = {
    "missing-source": (
        "topics:\n  - id: x\n    name: X\n    answer: A\n    as_of: 2026-01-01\n",
        "court.yml, record 'x': sources: field required",
    ),
    "empty-sources": (
        "topics:\n  - id: x\n    name: X\n    answer: A\n    sources: []\n    as_of: 2026-01-01\n",
        "court.yml, record 'x': sources: needs at least one source URL",
    ),
    "missing-date": (
        f"topics:\n  - id: x\n    name: X\n    answer: A\n    {SOURCE}\n",
        "court.yml, record 'x': as_of: field required",
    ),
    "future-as-of": (
        f"topics:\n  - id: x\n    name: X\n    answer: A\n    {SOURCE}\n    as_of: 2999-01-01\n",
        "court.yml, record 'x': as_of: 2999-01-01 is in the future",
    ),
    "future-event": (
        f"states:\n  - id: x\n    name: X\n    un_member: true\n    signed: 2999-05-01\n"
        f"    {SOURCE}\n    as_of: 2026-01-01\n",
        "court.yml, record 'x': signed: 2999-05-01 is in the future",
    ),
    "bad-url": (
        "topics:\n  - id: x\n    name: X\n    answer: A\n"
        "    sources: [{url: 'not a url', title: T}]\n    as_of: 2026-01-01\n",
        "court.yml, record 'x': sources.0.url: invalid or missing URL scheme",
    ),
    "bad-id": (
        f"topics:\n  - id: Bad Id\n    name: X\n    answer: A\n    {SOURCE}\n"
        "    as_of: 2026-01-01\n",
        "court.yml, record 'Bad Id': id: must be lower-case words",
    ),
    "unknown-field": (
        f"topics:\n  - id: x\n    name: X\n    answer: A\n    colour: red\n    {SOURCE}\n"
        "    as_of: 2026-01-01\n",
        "court.yml, record 'x': colour: extra fields not permitted",
    ),
    "accused-without-status": (
        f"people:\n  - id: x\n    name: X\n    role: accused\n    summary: S\n    {SOURCE}\n"
        "    as_of: 2026-01-01\n",
        "court.yml, record 'x': status: an accused person needs a status",
    ),
    "joined-without-entry-into-force": (
        f"states:\n  - id: x\n    name: X\n    un_member: true\n    joined: 2002-01-01\n"
        f"    {SOURCE}\n    as_of: 2026-01-01\n",
        "court.yml, record 'x': in_force: a State that joined needs `in_force` too",
    ),
    "entry-into-force-against-article-126": (
        f"states:\n  - id: x\n    name: X\n    un_member: true\n    joined: 2003-02-10\n"
        f"    joined_by: accession\n    in_force: 2003-04-01\n    {SOURCE}\n"
        "    as_of: 2026-01-01\n",
        "court.yml, record 'x': in_force: 2003-04-01 does not follow Article 126 for a deposit "
        "on 2003-02-10: expected 2003-05-01",
    ),
    "withdrawal-without-outcome": (
        f"states:\n  - id: x\n    name: X\n    un_member: true\n"
        f"    withdrawal: {{notified: 2016-10-19}}\n    {SOURCE}\n    as_of: 2026-01-01\n",
        "court.yml, record 'x': withdrawal.outcome: field required",
    ),
    "withdrawal-before-a-year": (
        f"states:\n  - id: x\n    name: X\n    un_member: true\n    withdrawal:\n"
        f"      {{notified: 2016-10-19, outcome: took_effect, effective: 2017-01-01}}\n"
        f"    {SOURCE}\n    as_of: 2026-01-01\n",
        "court.yml, record 'x': withdrawal.effective: a withdrawal takes effect a year after "
        "the notice at the earliest (Article 127(1)): 2017-10-19, not 2017-01-01",
    ),
    "withdrawal-took-effect-in-the-future": (
        f"states:\n  - id: x\n    name: X\n    un_member: true\n    withdrawal:\n"
        f"      {{notified: 2016-10-19, outcome: took_effect, effective: 2999-01-01}}\n"
        f"    {SOURCE}\n    as_of: 2026-01-01\n",
        "court.yml, record 'x': withdrawal.effective: a withdrawal due on 2999-01-01 cannot "
        "have taken effect yet",
    ),
    "revocation-date-of-a-withdrawal-that-took-effect": (
        f"states:\n  - id: x\n    name: X\n    un_member: true\n    withdrawal:\n"
        f"      {{notified: 2016-10-19, outcome: took_effect, revoked: 2017-03-07}}\n"
        f"    {SOURCE}\n    as_of: 2026-01-01\n",
        "court.yml, record 'x': withdrawal.revoked: a revocation date needs `outcome: revoked`",
    ),
    "unknown-section": ("stories:\n  - id: x\n", "court.yml: unknown section 'stories'"),
    "bad-yaml": ("topics: [unclosed\n", "court.yml: not valid YAML"),
    "duplicate-id": (
        "topics:" + GOOD_TOPIC + GOOD_TOPIC,
        "court.yml, record 'sample_topic': id already used in court.yml",
    ),
    "dangling-reference": (
        f"situations:\n  - id: s\n    name: Situation in Nowhere\n    states: [nowhere]\n"
        f"    status: investigation\n    summary: S\n    {SOURCE}\n    as_of: 2026-01-01\n",
        "court.yml, record 's': points to unknown states id 'nowhere'",
    ),
    "one-sided-link": (
        f"situations:\n  - id: s\n    name: S\n    states: []\n    status: investigation\n"
        f"    summary: S\n    {SOURCE}\n    as_of: 2026-01-01\n"
        f"cases:\n  - id: c\n    name: C\n    situation: s\n    accused: [p]\n    stage: trial\n"
        f"    summary: S\n    charges: C\n    {SOURCE}\n    as_of: 2026-01-01\n"
        f"people:\n  - id: p\n    name: P\n    role: accused\n    status: on_trial\n"
        f"    summary: S\n    {SOURCE}\n    as_of: 2026-01-01\n",
        "court.yml, record 'p': is accused in 'c' but does not list it under `cases`",
    ),
    "instances-nowhere": (
        "topics:" + GOOD_TOPIC.replace("answer:", "instances: no_such_facet\n    answer:"),
        "court.yml, record 'sample_topic': `instances` names 'no_such_facet', which is no id",
    ),
    "facet-items-nowhere": (
        "topics:"
        + GOOD_TOPIC
        + f"""    facets:
      - id: listed
        question: Q?
        answer: A.
        items: [sample_topic, no_such_record]
        {SOURCE}
        as_of: 2026-01-01
""",
        "court.yml, record 'sample_topic', facet 'listed': `items` names 'no_such_record'",
    ),
    "shared-alias": (
        "states:"
        + STATE
        + STATE.replace("id: alpha", "id: beta")
        .replace("Alpha", "Béta")
        .replace("[Alfa]", "[ALFA]"),
        "court.yml, record 'beta': the name or alias 'alfa' is also used by 'alpha'",
    ),
}


@pytest.mark.parametrize(("text", "message"), BAD_RECORDS.values(), ids=BAD_RECORDS.keys())
def test_bad_records_are_explained(tmp_path, text, message):
    with pytest.raises(KnowledgeError) as error:
        load_knowledge(_write(tmp_path, text))
    assert any(problem.startswith(message) for problem in error.value.problems), error.value


def test_every_problem_is_reported_at_once(tmp_path):
    _write(tmp_path, BAD_RECORDS["missing-source"][0], "a.yml")
    _write(tmp_path, BAD_RECORDS["future-as-of"][0].replace("id: x", "id: y"), "b.yml")
    with pytest.raises(KnowledgeError) as error:
        load_knowledge(tmp_path)
    assert [p.split(":")[0] for p in error.value.problems] == [
        "a.yml, record 'x'",
        "b.yml, record 'y'",
    ]


def test_a_missing_folder_is_explained(tmp_path):
    with pytest.raises(KnowledgeError, match="knowledge folder not found"):
        load_knowledge(tmp_path / "nowhere")


def test_validate_command_lists_the_problems(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KNOWLEDGE_DIR", str(_write(tmp_path, "topics:\n  - id: x\n")))
    assert validate_main() == 1
    assert "  - court.yml, record 'x': name: field required" in capsys.readouterr().err


def test_validate_command_passes_on_the_real_knowledge(monkeypatch, capsys):
    monkeypatch.delenv("KNOWLEDGE_DIR", raising=False)
    assert validate_main() == 0
    assert "Knowledge check passed" in capsys.readouterr().out
