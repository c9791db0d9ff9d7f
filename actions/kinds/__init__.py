"""One module per kind of record: how it is answered, in one place.

`kind_of(record)` is the only place that looks at a record's type; the actions ask the kind.
"""

from __future__ import annotations

from actions.kinds.base import Kind
from actions.kinds.case import CaseKind
from actions.kinds.definition import DefinitionKind
from actions.kinds.person import PersonKind
from actions.kinds.situation import SituationKind
from actions.kinds.state import StateKind
from actions.kinds.topic import TopicKind
from bot.knowledge import Record

KINDS: tuple[Kind, ...] = (
    PersonKind(),
    CaseKind(),
    SituationKind(),
    StateKind(),
    DefinitionKind(),
    TopicKind(),
)


def kind_of(record: Record) -> Kind:
    for kind in KINDS:
        if isinstance(record, kind.records):
            return kind
    raise TypeError(f"no kind answers records of type {type(record).__name__}")


__all__ = ["KINDS", "Kind", "kind_of"]
