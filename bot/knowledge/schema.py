"""Typed records of the knowledge base.

Every record carries an id, a display name, the URLs that back it and the date it was
last checked (`as_of`), so an answer can always say where a fact comes from and how fresh it is.
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel, Extra, HttpUrl, validator

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")


class Source(BaseModel):
    """A public page or document that backs a record."""

    url: HttpUrl
    title: str

    class Config:
        extra = Extra.forbid


class Record(BaseModel):
    """Fields shared by every kind of record."""

    id: str
    name: str
    aliases: list[str] = []
    sources: list[Source]
    as_of: dt.date

    class Config:
        extra = Extra.forbid
        anystr_strip_whitespace = True

    @validator("id")
    def _id_is_snake_case(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError("must be lower-case words joined by underscores, e.g. 'about_icc'")
        return value

    @validator("sources")
    def _has_a_source(cls, value: list[Source]) -> list[Source]:
        if not value:
            raise ValueError("needs at least one source URL")
        return value

    @validator("as_of")
    def _not_in_the_future(cls, value: dt.date) -> dt.date:
        if value > dt.date.today():
            raise ValueError(f"{value.isoformat()} is in the future")
        return value


class Topic(Record):
    """An explanation of one subject, answered as a short text with an optional longer part."""

    answer: str
    details: str | None = None
