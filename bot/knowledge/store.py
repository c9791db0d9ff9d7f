"""The query API the actions use; one instance per process, loaded on first use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from bot.knowledge.loader import NAMED_KINDS, Knowledge, load_knowledge
from bot.knowledge.schema import (
    Case,
    Facet,
    Person,
    PersonStatus,
    Record,
    RecordQuestion,
    Role,
    Situation,
    Source,
    State,
    Topic,
)
from bot.knowledge.text import normalize
from bot.paths import knowledge_dir

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class Figure:
    """A number derived from records, dated by the oldest record it depends on."""

    value: int
    as_of: dt.date
    sources: tuple[Source, ...]


def _figure(records: Iterable[Record], counted: int) -> Figure:
    """Cite what every input record cites (e.g. the UN treaty page), else all their sources."""
    records = list(records)
    every = {str(s.url): s for r in records for s in r.sources}
    cited = [{str(s.url) for s in r.sources} for r in records]
    shared = set.intersection(*cited) if cited else set()
    sources = [source for url, source in every.items() if url in shared] or list(every.values())
    as_of = min((r.as_of for r in records), default=dt.date.today())
    return Figure(value=counted, as_of=as_of, sources=tuple(sources))


class KnowledgeBase:
    """Records by kind, id and name, with the look-ups and figures the answers need."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._records = knowledge.records
        self._origins = knowledge.origins
        self._facets = {
            facet.id: (record, facet)
            for group in knowledge.records.values()
            for record in group
            for facet in record.facets
        }
        self._record_questions = {q.id: q for q in knowledge.record_questions}
        self._by_id = {r.id: r for group in knowledge.records.values() for r in group}
        self._by_name = {
            normalize(name): record
            for kind in NAMED_KINDS
            for record in knowledge.records[kind]
            for name in record.names()
        }

    @classmethod
    def from_directory(cls, directory: Path) -> KnowledgeBase:
        return cls(load_knowledge(directory))

    # Look-ups

    def get(self, record_id: str) -> Record | None:
        return self._by_id.get(record_id)

    def topic(self, topic_id: str) -> Topic | None:
        record = self._by_id.get(topic_id)
        return record if isinstance(record, Topic) else None

    def find(self, name: str, kind: type[R] = Record) -> R | None:
        """The record called `name` (any alias; case, accents and punctuation ignored)."""
        record = self._by_name.get(normalize(name))
        return record if isinstance(record, kind) else None

    def names(self) -> Mapping[str, Record]:
        """Every normalised name and alias with its record (for entity matching): a read-only
        view, not a copy, since answers look names up on every message."""
        return MappingProxyType(self._by_name)

    def facet(self, facet_id: str) -> tuple[Record, Facet] | None:
        """The facet with this id and the record it belongs to."""
        return self._facets.get(facet_id)

    def facets(self) -> list[tuple[Record, Facet]]:
        return list(self._facets.values())

    def record_question(self, question_id: str) -> RecordQuestion | None:
        return self._record_questions.get(question_id)

    def record_questions(self) -> list[RecordQuestion]:
        return list(self._record_questions.values())

    def origin(self, record_id: str) -> str:
        """The file (relative to the knowledge folder) a record was read from."""
        return self._origins[record_id]

    def due_for_recheck(self, on: dt.date, after_days: int) -> list[tuple[dt.date, str, str]]:
        """(as_of, id, file) of every time-sensitive record and facet last checked more than
        `after_days` before `on`, the oldest first: what maintainers re-check first."""
        cutoff = on - dt.timedelta(days=after_days)
        due = [
            (r.as_of, r.id, self.origin(r.id))
            for kind in self._records
            for r in self._records[kind]
            if r.time_sensitive and r.as_of < cutoff
        ]
        due += [
            (f.as_of, f.id, self.origin(owner.id))
            for owner, f in self.facets()
            if f.time_sensitive and f.as_of < cutoff
        ]
        return sorted(due)

    # Lists

    def all(self, kind: str) -> list[Record]:
        return list(self._records.get(kind, []))

    def situations(self) -> list[Situation]:
        return self._records["situations"]  # type: ignore[return-value]

    def states(self) -> list[State]:
        return self._records["states"]  # type: ignore[return-value]

    def cases(self, situation: str | None = None) -> list[Case]:
        cases: list[Case] = self._records["cases"]  # type: ignore[assignment]
        return [c for c in cases if situation is None or c.situation == situation]

    def people(
        self, status: PersonStatus | None = None, situation: str | None = None
    ) -> list[Person]:
        """Accused people, optionally only those with `status` or in `situation`."""
        in_situation = (
            {p for case in self.cases(situation) for p in case.accused} if situation else None
        )
        people: list[Person] = self._records["people"]  # type: ignore[assignment]
        return [
            p
            for p in people
            if p.role == Role.accused
            and (status is None or p.status == status)
            and (in_situation is None or p.id in in_situation)
        ]

    def at_large(self) -> list[Person]:
        """People charged and never arrested, leaving out those reported dead."""
        return [p for p in self.people(PersonStatus.at_large) if p.reported_dead is None]

    def reported_dead(self) -> list[Person]:
        """People at large whose death has been reported, oldest report first."""
        dead = [p for p in self.people(PersonStatus.at_large) if p.reported_dead is not None]
        return sorted(dead, key=lambda p: p.reported_dead.date)  # type: ignore[union-attr]

    def office_holders(self, include_former: bool = False) -> list[Person]:
        people: list[Person] = self._records["people"]  # type: ignore[assignment]
        return [
            p for p in people if p.role == Role.office_holder and (include_former or not p.former)
        ]

    def vacant_posts(self) -> dict[str, Person]:
        """Each post nobody holds now (the Prosecutor's, since July 2026), with the last person
        who held it."""
        held = {p.post() for p in self.office_holders()}
        return {  # kept in the order they held the office: the last one stays
            p.post(): p for p in self.office_holders(include_former=True) if p.post() not in held
        }

    def cases_of(self, person_id: str) -> list[Case]:
        return [c for c in self.cases() if person_id in c.accused]

    def situations_in(self, state_id: str) -> list[Situation]:
        return [s for s in self.situations() if state_id in s.states]

    def convicted(self, include_article_70: bool = False) -> list[Person]:
        """People convicted of genocide, crimes against humanity or war crimes (by default)."""
        return [
            p
            for p in self.people(PersonStatus.convicted)
            if include_article_70 or any(not c.article_70 for c in self.cases_of(p.id))
        ]

    # Derived figures

    def states_parties(self, on: dt.date | None = None) -> list[State]:
        day = on or dt.date.today()
        return [s for s in self.states() if s.is_party(day)]

    def states_parties_count(self, on: dt.date | None = None) -> Figure:
        """How many States Parties there are, counted from the State records."""
        return _figure(self.states(), len(self.states_parties(on)))

    def convictions_count(self) -> Figure:
        convicted = self.convicted()
        return _figure(convicted, len(convicted))


@lru_cache(maxsize=1)
def get_knowledge_base() -> KnowledgeBase:
    """The process-wide knowledge base, read once from `KNOWLEDGE_DIR` (default `knowledge/`)."""
    return KnowledgeBase.from_directory(knowledge_dir())
