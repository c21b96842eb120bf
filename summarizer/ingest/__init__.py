"""Ingest: inputs as the user names them become :class:`Article` objects with stable ids.

Every input keeps its place (``S1``, ``S2``, … in input order) even when it fails, so the
briefing can list what went wrong next to what was used.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from summarizer.errors import InputError
from summarizer.ingest.clean import clean_text
from summarizer.ingest.dates import parse_published, parse_published_time
from summarizer.ingest.header import masthead_in_title, outlet_only, without_wire_tag
from summarizer.ingest.html import extract_html
from summarizer.ingest.injection import injection_warnings
from summarizer.ingest.language import detect_language
from summarizer.ingest.record_meta import front_matter, record_meta
from summarizer.ingest.records import RawRecord, ReadLimits, expand_inputs
from summarizer.ingest.translation import translated_from
from summarizer.ingest.writers import first_writer
from summarizer.schema import Article
from summarizer.text import normalize

__all__ = ["IngestResult", "ReadLimits", "build_article", "label_languages", "load_inputs"]


@dataclass
class IngestResult:
    articles: list[Article]
    warnings: list[str] = field(default_factory=list)

    @property
    def usable(self) -> list[Article]:
        return [a for a in self.articles if a.status == "ok"]


def load_inputs(
    inputs: Sequence[str], stdin: BinaryIO | None = None, fetch_timeout: float = 20.0,
    limits: ReadLimits | None = None, on_article: Callable[[Article], Article] | None = None,
    languages: bool = True,
) -> IngestResult:
    """Read every input; raise only when there is nothing at all to brief on.

    ``on_article`` sees each article as soon as it is built (duplicates of earlier ones already
    marked), so a caller can start work on it while the rest are read; what it returns is kept.
    With ``languages`` False an article the input does not label is left unlabelled, for the
    caller to label with :func:`label_languages` once its work on the articles is under way.
    """
    if not inputs:
        raise InputError("<inputs>", "no inputs given")
    expansion = expand_inputs(list(inputs), stdin=stdin, fetch_timeout=fetch_timeout, limits=limits)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for i, record in enumerate(expansion.records, 1):
        article = _built(f"S{i}", record, languages)
        _mark_duplicate(article, seen)
        articles.append(on_article(article) if on_article is not None else article)
    return IngestResult(articles=articles, warnings=expansion.warnings)


def label_languages(articles: Sequence[Article]) -> None:
    """Label (in place) every article with text that its input did not label.

    Apart from :func:`build_article` because no model request needs the label, and the detector's
    first use loads its model (0.1-0.3 s): a streamed run labels after every article has been handed
    to extraction (:func:`load_inputs` with ``languages=False``), off the way to the first request.
    """
    for article in articles:
        if article.language is None and article.text:
            article.language = detect_language(article.text)


def _built(article_id: str, record: RawRecord, languages: bool = True) -> Article:
    """One record that breaks cleaning or the Article contract fails alone, with its reason."""
    try:
        return build_article(article_id, record, languages)
    except RecursionError:
        reason = "nested too deeply to read"
    except (ValueError, TypeError) as exc:  # pydantic's ValidationError is a ValueError
        reason = f"unreadable record: {' '.join(str(exc).split())[:200]}"
    return Article(id=article_id, uri=record.uri, status="failed", error=reason)


def build_article(article_id: str, record: RawRecord, languages: bool = True) -> Article:
    """Clean one record into an Article; failures become a failed Article carrying the reason.

    ``languages`` False leaves the language unset unless the input states it (:func:`label_languages`).
    """
    if record.error:
        return Article(id=article_id, uri=record.uri, status="failed", error=record.error)
    fields = record.fields
    try:
        meta: dict[str, Any] = {}
        raw = record.text
        headline = True  # the text opens with its headline, unless an HTML page's was read and cut off
        if record.kind == "html":
            page = extract_html(raw, record.uri)
            raw = _drop_leading_title(page.text, page.title)
            headline = raw == page.text
            meta = {"title": page.title, "publisher": page.publisher, "byline": page.byline,
                    "published": page.published, "language": page.language}
        front, raw = front_matter(raw.lstrip("\ufeff").replace("\r\n", "\n")) if record.kind != "html" else ({}, raw)
        # Cleaned first, so that a site's name, a byline or a date line at the top is never taken for the
        # headline; the headline is then the first short line left standing alone.
        cleaned = clean_text(raw.lstrip("\ufeff"), headline=headline)
        if record.kind == "html" and page.title:
            cleaned.text = _without_title_lines(cleaned.text, page.title, cleaned.removed)
        title = None
        if record.kind == "text":
            title, cleaned.text = _split_title(cleaned.text)
        if not cleaned.text.strip():
            raise InputError(record.uri, "no article text left after removing boilerplate")
    except InputError as exc:
        return Article(id=article_id, uri=record.uri, status="failed", error=exc.reason)
    stated = record_meta({**front, **fields})
    stamp = stated.stamp or meta.get("published") or getattr(cleaned, "published", None)
    # A title the text labels ("Title: …", an e-mail's "Subject: …") outranks the first short line standing alone.
    the_title = stated.title or meta.get("title") or getattr(cleaned, "title", None) or title
    published = parse_published(stamp)
    clock = parse_published_time(stamp) if published is not None else None
    byline, employer = first_writer([stated.byline, meta.get("byline"), cleaned.byline], cleaned.text)
    the_title, tab_outlet = masthead_in_title(without_wire_tag(the_title)) if the_title else (the_title, None)
    # An outlet the header names outranks the wire credited with the story ("Ana Lund (Nordwire)").
    local = cleaned.publisher if cleaned.publisher != cleaned.credit else None
    outlet = stated.publisher or meta.get("publisher") or local or tab_outlet or cleaned.credit or employer
    return Article(
        id=article_id,
        uri=fields.get("url") or record.uri,
        text=cleaned.text,
        title=the_title,
        publisher=outlet_only(outlet) if outlet else None,
        byline=byline,
        published=published,
        published_time=clock or (cleaned.published_time if published == cleaned.published else None),
        language=_str(fields.get("language")) or meta.get("language") or (detect_language(cleaned.text) if languages else None),
        translated_from=translated_from(cleaned.removed),
        removed=list(cleaned.removed),
        # The title is shown and may reach a prompt: scanned like the text.
        warnings=[*injection_warnings(the_title or "", "the title"), *injection_warnings(cleaned.text)],
    )


# The heading of a document's first section names a part of it, never the story.
_SECTION_LABEL = re.compile(r"^(?:summary|executive summary|overview|background|introduction|highlights|key (?:points|facts)|"
                            r"at a glance|in brief|details|abstract|contents)\W*$", re.IGNORECASE)
_TITLE_LINE = re.compile(r"^\s*(?:#\s+)?(?P<title>[^\n]{3,200})\n\s*\n")


def _split_title(raw: str) -> tuple[str | None, str]:
    """A short first line standing alone as a paragraph (or a Markdown '# ' heading) is the title."""
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").lstrip("\n")
    match = _TITLE_LINE.match(text)
    if not match:
        return None, text
    title = match["title"].strip()
    if _SECTION_LABEL.match(title.lstrip("# ")):
        return None, text[match.end() :]  # the first section's heading ("Summary"), left when the headline went
    heading = text.lstrip().startswith("#")
    if not heading and (title.endswith((".", "?\"", ".\"", ".”")) or len(title.split()) > 25):
        return None, text
    return title.lstrip("# ").strip(), text[match.end() :]


_KICKER_WORDS = 4
_KICKER_LINES = 2


def _drop_leading_title(text: str, title: str | None) -> str:
    """trafilatura keeps the page's headline as the first line; it is metadata, not a claim. A section
    label above it ("EDUCATION", "Local news") goes with it: a line of a few words, no sentence."""
    lines = text.split("\n")
    for index, line in enumerate(lines[: _KICKER_LINES + 1]):
        if title and _same_headline(normalize(line), normalize(title)):
            rest = "\n".join(lines[index + 1 :])
            return rest.lstrip("\n") if rest.strip() else text
        if not line.strip() or len(line.split()) > _KICKER_WORDS or line.rstrip().endswith((".", "!", "?")):
            break
    return text


def _without_title_lines(text: str, title: str, removed: list[str]) -> str:
    """The page's headline again as a line of its text, once cleaning took away what stood above it (a browser's
    notice) or the page set it among its posts (a live blog): the title's, not a claim."""
    lines = text.split("\n")
    kept = [line for line in lines if normalize(line) != normalize(title)]
    if len(kept) == len(lines) or not any(line.strip() for line in kept):
        return text
    removed.extend(line for line in lines if normalize(line) == normalize(title))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


_HEADLINE_PREFIX_WORDS = 4


def _same_headline(line: str, title: str) -> bool:
    """The page's headline, or its metadata's shorter or longer form ("Bridge shut" under "Bridge shut
    after cracks found"): one begins with the other, several words long, and the line is no sentence."""
    if line == title:
        return True
    short = min(line, title, key=len)
    return (len(short.split()) >= _HEADLINE_PREFIX_WORDS and not line.endswith(".")
            and (f"{line} ".startswith(f"{title} ") or f"{title} ".startswith(f"{line} ")))


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _mark_duplicate(article: Article, seen: dict[str, str]) -> None:
    """Identical texts (the same file twice, the same JSONL record) are extracted once: the first is kept."""
    if article.status != "ok":
        return
    # Whitespace and case folded only: full normalisation costs seconds on a 5 MB article, and
    # near-identical copies are the merger's job (copy_of), not ingest's.
    digest = hashlib.sha256(" ".join(article.text.split()).casefold().encode()).hexdigest()
    if digest in seen:
        article.status = "duplicate"
        article.duplicate_of = seen[digest]
    else:
        seen[digest] = article.id
