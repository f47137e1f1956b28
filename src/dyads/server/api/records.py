"""Records turned into the API's models: articles as summaries, evidence as marked segments."""

from __future__ import annotations

from dyads.records.article import Article
from dyads.records.event import Event, EventEvidence
from dyads.server.api.models import ArticleFull, ArticleSummary, EvidenceView, Mark, Segment


def article_summary(article: Article, tone: float | None) -> ArticleSummary:
    return ArticleSummary(
        doc_id=article.doc_id, title=article.title, byline=article.byline, published=article.published,
        outlet=article.outlet, url=article.url, language=article.language, words=len(article.text.split()), tone=tone,
    )  # fmt: skip


def article_full(article: Article, tone: float | None, events: int) -> ArticleFull:
    return ArticleFull(**article_summary(article, tone).model_dump(), text=article.text, events=events)


def evidence_views(event: Event) -> list[EvidenceView]:
    return [evidence_view(event, ev) for ev in event.evidence]


def evidence_view(event: Event, ev: EventEvidence) -> EvidenceView:
    """The sentence cut at the trigger, the source and the target (article offsets made relative to
    the sentence, clipped to it); where two overlap, the trigger wins, then the source."""
    length = len(ev.sentence)
    wanted: list[tuple[Mark, tuple[int, int] | None]] = [
        (Mark.TRIGGER, (ev.trigger_start, ev.trigger_end)),
        (Mark.SOURCE, ev.source_span),
        (Mark.TARGET, ev.target_span),
    ]
    spans: list[tuple[int, int, Mark]] = []
    for mark, span in wanted:
        if span is None:
            continue
        start, end = max(span[0] - ev.sentence_start, 0), min(span[1] - ev.sentence_start, length)
        if start >= end or any(start < e and s < end for s, e, _ in spans):
            continue
        spans.append((start, end, mark))
    segments: list[Segment] = []
    at = 0
    for start, end, mark in sorted(spans):
        if start > at:
            segments.append(Segment(text=ev.sentence[at:start], mark=None))
        segments.append(Segment(text=ev.sentence[start:end], mark=mark))
        at = end
    if at < length or not segments:
        segments.append(Segment(text=ev.sentence[at:], mark=None))
    return EvidenceView(sentence=ev.sentence, segments=segments, trigger=ev.trigger, pattern=ev.pattern)
