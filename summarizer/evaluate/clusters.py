"""Evaluation clusters: one story per JSON line, its articles and a reference summary.

The format is that of ``shared/eval/news_clusters.jsonl`` (``id``, ``event_title``,
``reference_summary``, ``articles[]`` with ``title``, ``source``, ``url``, ``date``, ``text``).
Articles become :class:`~summarizer.schema.Article` objects here, so the pipeline runs on the text
as given: evaluation must not depend on fetching or re-cleaning anything.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from summarizer.errors import InputError
from summarizer.schema import Article


@dataclass(frozen=True)
class Cluster:
    id: str
    title: str
    reference: str | None
    articles: list[Article]


def _published(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _article(cluster_id: str, index: int, raw: dict[str, Any], where: str) -> Article:
    for name in ("text", "url", "title", "source", "publisher"):
        if raw.get(name) is not None and not isinstance(raw[name], str):
            # A number where the text should be is a broken file, not an article scoring 0.
            raise InputError(where, f"article {index}: {name!r} is {type(raw[name]).__name__}, not a string")
    text = str(raw.get("text") or "")
    return Article(
        id=f"S{index}",
        uri=str(raw.get("url") or f"{cluster_id}#{index}"),
        text=text,
        title=raw.get("title") or None,
        publisher=raw.get("source") or raw.get("publisher") or None,
        published=_published(raw.get("date")),
        # Same rule as ingest: an empty article keeps its id but is not extracted.
        status="ok" if text.strip() else "failed",
        error=None if text.strip() else "empty text",
    )


def parse_cluster(raw: dict[str, Any], where: str) -> Cluster:
    articles = raw.get("articles")
    if not isinstance(articles, list) or not articles:
        raise InputError(where, "a cluster needs a non-empty 'articles' list")
    cluster_id = str(raw.get("id") or where)
    reference = raw.get("reference_summary")
    return Cluster(
        id=cluster_id,
        title=str(raw.get("event_title") or raw.get("title") or cluster_id),
        reference=str(reference) if isinstance(reference, str) and reference.strip() else None,
        articles=[_article(cluster_id, i, a, where) for i, a in enumerate(articles, start=1) if isinstance(a, dict)],
    )


def load_clusters(path: Path, limit: int | None = None) -> list[Cluster]:
    """Read a clusters file; a bad line is an error naming the line, not a silently shorter evaluation."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    clusters: list[Cluster] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(where, f"not JSON: {exc.msg}") from None
        if not isinstance(raw, dict):
            raise InputError(where, "each line must be a JSON object")
        clusters.append(parse_cluster(raw, where))
        if limit is not None and len(clusters) >= limit:
            break
    if not clusters:
        raise InputError(str(path), "no clusters in file")
    return clusters
