"""Read the YAML files in `knowledge/` (and its sub-folders) into typed, checked records.

Each file holds one or more sections (`topics:`, `states:`, ...); each section is a list of
records of one kind. Every problem found is reported at once, naming the file and the record,
so a maintainer can fix them without reading Python.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.knowledge.schema import (
    Article,
    Case,
    Crime,
    GlossaryTerm,
    Person,
    Record,
    RecordQuestion,
    Situation,
    State,
    Topic,
)
from bot.knowledge.text import normalize

RECORD_KINDS: dict[str, type[Record]] = {
    "topics": Topic,
    "crimes": Crime,
    "articles": Article,
    "glossary": GlossaryTerm,
    "situations": Situation,
    "cases": Case,
    "people": Person,
    "states": State,
}

# Not records: the questions every record of a kind answers (knowledge/record_questions.yml).
QUESTIONS_SECTION = "record_questions"

# Topics are answered by id (the intent); every other kind is looked up by the names people use.
NAMED_KINDS = tuple(kind for kind in RECORD_KINDS if kind != "topics")


class KnowledgeError(ValueError):
    """The knowledge files cannot be used as they are; each line says where and why."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class Knowledge:
    """Checked records by section, and the file each record came from."""

    records: dict[str, list[Record]] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)
    record_questions: list[RecordQuestion] = field(default_factory=list)


def _record_label(raw: Any, index: int) -> str:
    if isinstance(raw, dict) and raw.get("id"):
        return f"record '{raw['id']}'"
    return f"record #{index + 1}"


def _explain(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}" for item in error.errors()
    )


def _read_file(
    path: Path, label: str, problems: list[str]
) -> Iterator[tuple[str, Record | RecordQuestion]]:
    try:
        content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        problems.append(f"{label}: not valid YAML ({error})")
        return
    if not isinstance(content, dict):
        problems.append(f"{label}: expected sections such as 'topics:' at the top level")
        return
    for kind, raw_records in content.items():
        model = RecordQuestion if kind == QUESTIONS_SECTION else RECORD_KINDS.get(kind)
        if model is None:
            known = ", ".join([*RECORD_KINDS, QUESTIONS_SECTION])
            problems.append(f"{label}: unknown section '{kind}' (known: {known})")
            continue
        if not isinstance(raw_records, list):
            problems.append(f"{label}: section '{kind}' must be a list of records")
            continue
        for index, raw in enumerate(raw_records):
            try:
                yield kind, model.parse_obj(raw)
            except ValidationError as error:
                problems.append(f"{label}, {_record_label(raw, index)}: {_explain(error)}")


def _dangling_references(knowledge: Knowledge) -> Iterator[str]:
    ids_by_kind = {kind: {r.id for r in records} for kind, records in knowledge.records.items()}
    for records in knowledge.records.values():
        for record in records:
            for kind, targets in record.references().items():
                for target in targets:
                    if target not in ids_by_kind[kind]:
                        yield (
                            f"{knowledge.origins[record.id]}, record '{record.id}': "
                            f"points to unknown {kind} id '{target}'"
                        )


def _one_sided_links(knowledge: Knowledge) -> Iterator[str]:
    """A case names its accused and each accused names the case: both sides must agree."""
    cases_of = {p.id: set(p.cases) for p in knowledge.records["people"]}  # type: ignore[attr-defined]
    for case in knowledge.records["cases"]:
        for person_id in case.accused:  # type: ignore[attr-defined]
            if person_id in cases_of and case.id not in cases_of[person_id]:
                yield (
                    f"{knowledge.origins[person_id]}, record '{person_id}': is accused in "
                    f"'{case.id}' but does not list it under `cases`"
                )
    accused_in = {c.id: set(c.accused) for c in knowledge.records["cases"]}  # type: ignore[attr-defined]
    for person_id, case_ids in cases_of.items():
        for case_id in case_ids:
            if case_id in accused_in and person_id not in accused_in[case_id]:
                yield (
                    f"{knowledge.origins[case_id]}, record '{case_id}': does not list "
                    f"'{person_id}' under `accused`, but that person lists this case"
                )


def _shared_names(knowledge: Knowledge) -> Iterator[str]:
    owner: dict[str, str] = {}
    for kind in NAMED_KINDS:
        for record in knowledge.records[kind]:
            for name in dict.fromkeys(normalize(n) for n in record.names()):
                if not name:
                    continue
                if name in owner and owner[name] != record.id:
                    yield (
                        f"{knowledge.origins[record.id]}, record '{record.id}': the name or alias "
                        f"'{name}' is also used by '{owner[name]}' "
                        f"({knowledge.origins[owner[name]]})"
                    )
                owner.setdefault(name, record.id)


def _facet_problems(knowledge: Knowledge) -> Iterator[str]:
    """Facet ids are unique across the base (a button or a slot names one by id alone), and
    what a topic suggests next or lists, and where a record's `instances` point, must exist."""
    owner: dict[str, str] = {}
    for records in knowledge.records.values():
        for record in records:
            for facet in record.facets:
                where = f"{knowledge.origins[record.id]}, record '{record.id}'"
                if facet.id in knowledge.origins or facet.id in owner:
                    other = owner.get(facet.id, facet.id)
                    yield f"{where}: facet id '{facet.id}' is already used by '{other}'"
                owner.setdefault(facet.id, record.id)
    for question in knowledge.record_questions:
        if question.id in knowledge.origins or question.id in owner:
            other = owner.get(question.id, question.id)
            yield f"record question '{question.id}': the id is already used by '{other}'"
        owner.setdefault(question.id, QUESTIONS_SECTION)
    for records in knowledge.records.values():
        for record in records:
            where = f"{knowledge.origins[record.id]}, record '{record.id}'"
            for item in (record, *record.facets):
                if item.instances and item.instances not in {*knowledge.origins, *owner}:
                    yield f"{where}: `instances` names '{item.instances}', which is no id"
                place = where if item is record else f"{where}, facet '{item.id}'"
                for target in getattr(item, "items", ()):  # a topic's or a facet's list
                    if target not in knowledge.origins:
                        yield f"{place}: `items` names '{target}', which is no record id"
    for topic in knowledge.records["topics"]:
        where = f"{knowledge.origins[topic.id]}, record '{topic.id}'"
        for target in topic.next:  # type: ignore[attr-defined]
            if target not in knowledge.origins and target not in owner:
                yield f"{where}: `next` names '{target}', which is no record or facet id"


def load_knowledge(directory: Path) -> Knowledge:
    """All records under `directory`, checked; raises KnowledgeError listing every problem."""
    if not directory.is_dir():
        raise KnowledgeError([f"knowledge folder not found: {directory}"])
    knowledge = Knowledge(records={kind: [] for kind in RECORD_KINDS})
    problems: list[str] = []
    for path in sorted(directory.rglob("*.yml")):
        label = path.relative_to(directory).as_posix()
        for kind, record in _read_file(path, label, problems):
            if isinstance(record, RecordQuestion):
                knowledge.record_questions.append(record)
                continue
            if record.id in knowledge.origins:
                problems.append(
                    f"{label}, record '{record.id}': id already used in "
                    f"{knowledge.origins[record.id]}"
                )
                continue
            knowledge.origins[record.id] = label
            knowledge.records[kind].append(record)
    problems.extend(_dangling_references(knowledge))
    problems.extend(_one_sided_links(knowledge))
    problems.extend(_shared_names(knowledge))
    problems.extend(_facet_problems(knowledge))
    if problems:
        raise KnowledgeError(problems)
    return knowledge
