"""Turn the maintainer's corrections into training examples, skipping what would not help.

A text that is already an example (of any intent: the same words under two intents would
only confuse the classifier) and an intent that has no examples block are skipped and
reported, so a typo never creates a new intent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.review.nlu_data import NluData
from bot.review.review_file import Correction


@dataclass
class Accepted:
    added: list[tuple[Correction, Path]] = field(default_factory=list)
    duplicates: list[tuple[Correction, str]] = field(default_factory=list)  # and its intent
    unknown: list[Correction] = field(default_factory=list)


def accept(corrections: list[Correction], nlu: NluData) -> Accepted:
    result = Accepted()
    for correction in corrections:
        existing = nlu.intent_of(correction.text)
        if not nlu.has_intent(correction.intent):
            result.unknown.append(correction)
        elif existing:
            result.duplicates.append((correction, existing))
        else:
            result.added.append((correction, nlu.add(correction.intent, correction.text)))
    return result
