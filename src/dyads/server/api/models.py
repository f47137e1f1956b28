"""The shapes of what the API answers (documented in its OpenAPI schema).

Events are served as the stored record itself (:class:`dyads.records.event.Event`,
the same fields as ``dyads events --format jsonl``); the rest are small models here.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, Field

from dyads.records.event import Event
from dyads.server.settings import MAX_ARTICLES_PER_POST
from dyads.server.writer import IngestStage


class ErrorBody(BaseModel):
    error: str = Field(description="One line naming the parameter (or input) and the reason.")


class ArticleSummary(BaseModel):
    doc_id: str
    title: str | None
    byline: str | None
    published: dt.date | None
    outlet: str | None
    url: str | None = Field(description="The article's own address, as read (show it only if it is http or https).")
    language: str | None
    words: int
    tone: float | None


class ArticleFull(ArticleSummary):
    text: str = Field(description="The article text, plain text: show it as text, never as HTML.")
    events: int = Field(description="Events coded from it (all scopes).")


class Page(BaseModel):
    total: int = Field(description="How many match the filters, on every page.")
    limit: int
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class ArticlePage(Page):
    items: list[ArticleSummary]


class EventPage(Page):
    items: list[Event]


class Mark(StrEnum):
    SOURCE = "source"
    TARGET = "target"
    TRIGGER = "trigger"


class Segment(BaseModel):
    text: str
    mark: Mark | None = Field(description="Which part of the event this stretch of the sentence is, if any.")


class EvidenceView(BaseModel):
    sentence: str
    segments: list[Segment] = Field(description="The sentence cut into plain and marked stretches, in order.")
    trigger: str
    pattern: str


class EventDetail(BaseModel):
    event: Event
    article: ArticleSummary | None
    evidence: list[EvidenceView]


class ActorView(BaseModel):
    code: str
    country: str | None
    name: str | None
    as_source: int
    as_target: int
    events: int


class ActorPage(Page):
    items: list[ActorView]


class Count(BaseModel):
    key: str
    events: int


class StatsView(BaseModel):
    schema_version: int
    articles: int
    outlets: int
    first_published: dt.date | None
    last_published: dt.date | None
    undated_articles: int
    events: int
    dyadic_events: int
    self_dyads: int
    historical_events: int
    dyads: int
    events_with_place: int
    events_with_text_date: int
    events_with_quantity: int
    mean_article_tone: float | None
    top_actors: list[Count]
    top_dyads: list[Count]
    roots: list[Count]
    months: list[Count]


class PostedArticle(BaseModel):
    """One article to ingest: the fields of a JSON Lines record (``dyads ingest`` reads the same)."""

    id: str | None = Field(None, max_length=512, description="Your id; without one, the content hash makes one.")
    title: str | None = Field(None, max_length=2000)
    date: str | None = Field(None, max_length=100, description="Publication date (2010-09-26, or as written).")
    text: str = Field(description="The article body, plain text.")
    url: str | None = Field(None, max_length=4000)
    source: str | None = Field(None, max_length=500, description="The outlet.")
    byline: str | None = Field(None, max_length=500)
    origin: str | None = Field(None, max_length=1000, description="Where you read it (file:line), for error lines.")


class PostArticles(BaseModel):
    articles: list[PostedArticle] = Field(min_length=1, max_length=MAX_ARTICLES_PER_POST)
    stage: IngestStage = Field(IngestStage.EVENTS, description="articles: store text only; events: code too.")


class IngestResult(BaseModel):
    read: int
    added: int
    duplicates: int
    failed: int
    events: int
    errors: list[str]
    notes: list[str]
    line: str


class ServerInfo(BaseModel):
    version: str
    store: str
    writable: bool
    max_page: int
    max_body_bytes: int
    query_seconds: float
