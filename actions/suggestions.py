"""Buttons that suggest natural next questions; payloads are Rasa intents with entities."""

from __future__ import annotations

import json
from typing import Any

QUESTIONS = {
    "about_icc": "What is the ICC?",
    "rome_statute": "What is the Rome Statute?",
    "court_structure": "How is the Court organised?",
    "office_holders": "Who leads the Court?",
    "icc_vs_icj": "ICC or ICJ: what's the difference?",
    "why_icc_matters": "Why does the ICC matter?",
    "challenges": "What are its challenges?",
    "jurisdiction": "When can the ICC act?",
    "crimes": "Which crimes does it try?",
    "complementarity": "Why national courts come first",
    "case_triggers": "How does a case start?",
    "who_can_be_tried": "Who can be tried?",
    "penalties": "What sentences can it give?",
    "cases_overview": "Overview of the cases",
    "fugitives": "Who is wanted by the ICC?",
    "case_stages": "How does a case proceed?",
    "report_crime": "How can I report a crime?",
    "asp": "What is the Assembly of States Parties?",
    "states_parties": "How many member States?",
    "trust_fund": "What is the Trust Fund for Victims?",
    "reparations": "How do reparations work?",
    "victim_participation": "How can victims take part?",
    "victim_help": "I need help as a victim",
    "sources": "Where does this come from?",
    "ask_more": "Tell me more",
}


def payload(intent: str, **entities: str) -> str:
    """'/situation_info{"country":"sudan"}': what Rasa reads as that intent with entities."""
    if not entities:
        return f"/{intent}"
    return f"/{intent}{json.dumps(entities, separators=(',', ':'))}"


def button(intent: str, title: str | None = None, **entities: str) -> dict[str, Any]:
    return {"title": title or QUESTIONS[intent], "payload": payload(intent, **entities)}


def buttons(*intents: str) -> list[dict[str, Any]]:
    return [button(intent) for intent in intents]
