"""The knowledge base: sourced, dated facts about the Court, read from `knowledge/**/*.yml`.

Actions and NLU components use only what this package exports.
"""

from bot.knowledge.loader import Knowledge, KnowledgeError, load_knowledge
from bot.knowledge.schema import (
    Article,
    Case,
    CaseStage,
    Crime,
    GlossaryTerm,
    Person,
    PersonStatus,
    Record,
    Role,
    Situation,
    SituationStatus,
    Source,
    State,
    Topic,
    Trigger,
)
from bot.knowledge.store import Figure, KnowledgeBase, get_knowledge_base
from bot.knowledge.text import normalize

__all__ = [
    "Article",
    "Case",
    "CaseStage",
    "Crime",
    "Figure",
    "GlossaryTerm",
    "Knowledge",
    "KnowledgeBase",
    "KnowledgeError",
    "Person",
    "PersonStatus",
    "Record",
    "Role",
    "Situation",
    "SituationStatus",
    "Source",
    "State",
    "Topic",
    "Trigger",
    "get_knowledge_base",
    "load_knowledge",
    "normalize",
]
