"""The knowledge base: sourced, dated facts about the Court, read from `knowledge/*.yml`.

Actions and NLU components use only what this package exports.
"""

from bot.knowledge.loader import KnowledgeError, load_knowledge
from bot.knowledge.schema import Record, Source, Topic
from bot.knowledge.store import KnowledgeBase, get_knowledge_base

__all__ = [
    "KnowledgeBase",
    "KnowledgeError",
    "Record",
    "Source",
    "Topic",
    "get_knowledge_base",
    "load_knowledge",
]
