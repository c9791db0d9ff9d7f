"""A knowledge name the entity matcher cannot find is a record nobody can ask about by name.

Each name and alias is tried in "tell me about <name>" with the same NameMatcher the assistant
runs, so the check follows the matcher's rules (case, accents, common words) by construction.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bot.checks.located import Text, load_yaml
from bot.checks.problem import Problem
from bot.knowledge import KnowledgeBase, Record, normalize
from bot.knowledge.loader import NAMED_KINDS
from bot.nlu.name_matcher import ORDINALS, NameMatcher

PROBE = "tell me about "


def name_places(directory: Path, label: str) -> dict[tuple[str, str], Text]:
    """(record id, name or alias as written) -> where it is written."""
    places: dict[tuple[str, str], Text] = {}
    for path in sorted(directory.rglob("*.yml")):
        content = load_yaml(path, f"{label}/{path.relative_to(directory).as_posix()}") or {}
        for records in content.values():
            for raw in records if isinstance(records, list) else []:
                if not isinstance(raw, dict):
                    continue
                for name in [raw.get("name"), *(raw.get("aliases") or [])]:
                    if isinstance(name, str):
                        places[(raw.get("id"), name.strip())] = name
    return places


def _found(matcher: NameMatcher, record: Record, name: str) -> bool:
    """Whether the matcher finds `record` in "tell me about <name>", on every word of the name
    (the match stops at the last word: "U.S.A." is found as "U.S.A")."""
    sentence = PROBE + name
    return any(
        match.value == record.id
        and match.start == len(PROBE)
        and not normalize(sentence[match.end :])
        for match in matcher.find(sentence)
    )


def why_not_found(matcher: NameMatcher, record: Record, name: str) -> str | None:
    """Why the assistant would miss `name` of `record`, or None when it finds it."""
    said, which = f'"{PROBE}{name}"', f'the name "{name}" (record {record.id})'
    if normalize(name) in ORDINALS:
        return (
            f'{which} is also a word people use to pick from a list ("the second one", '
            '"number 3"), so such replies would be read as this record; remove it or make it '
            "longer."
        )
    if _found(matcher, record, name):
        return None
    instead = [m for m in matcher.find(PROBE + name) if m.end > len(PROBE)]
    if instead:
        return (
            f'in {said} the assistant would find "{instead[0].text}" (record {instead[0].value}) '
            f"instead of {which}; change one of the two names."
        )
    capitalised = name[:1].upper() + name[1:]
    if _found(matcher, record, capitalised):
        return (
            f"the assistant would not recognise {which} in {said}: a one-word name that is also "
            f'an English word is only recognised with a capital; write "{capitalised}".'
        )
    return f"the assistant would not recognise {which} in {said}; check the name."


def check_names(
    kb: KnowledgeBase, matcher: NameMatcher, places: dict[tuple[str, str], Text], label: str
) -> Iterator[Problem]:
    for kind in NAMED_KINDS:
        for record in kb.all(kind):
            for name in record.names():
                reason = why_not_found(matcher, record, name)
                if reason:
                    place = places.get((record.id, name))
                    if place is None:
                        yield Problem(f"{label}/{kb.origin(record.id)}", 0, reason)
                    else:
                        yield Problem.at(place, reason)
