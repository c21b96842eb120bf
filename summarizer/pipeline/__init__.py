"""The pipeline: ingest -> extract -> ground -> merge, as plain functions of Pydantic values.

``summarize`` / ``asummarize`` are the library API; the CLI is a thin layer over :func:`arun`.
Failures are per article: an input that cannot be read or extracted is listed in the briefing's
sources with its reason, and the rest still make the briefing.
"""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigError, InputError, SummarizerError
from summarizer.extract import (
    CachedLLMExtractor,
    ExtractionOutcome,
    Extractor,
    PlannedCall,
    ProgressCallback,
    extract_all,
)
from summarizer.extract.config import resolve_backend
from summarizer.extract.reference import assume_reference_dates
from summarizer.ingest import label_languages, load_inputs
from summarizer.pipeline.grounding import _grounded, _Grounding, _MergePreparation
from summarizer.pipeline.handover import _Handover
from summarizer.pipeline.heap import settled_heap
from summarizer.pipeline.models import make_embedder, make_extractor, merge_aligned
from summarizer.pipeline.options import Options, RunResult
from summarizer.pipeline.sync import run_sync
from summarizer.pipeline.warmup import _load_later_stages, _warm_up
from summarizer.schema import Article, Briefing, ExtractionRecord, Notice, SourceInfo, Usage

InputLike = str | Path | Article

__all__ = [
    "InputLike", "Options", "RunResult", "aplan", "arun", "asummarize", "ingest", "make_embedder", "make_extractor",
    "run_sync", "source_info", "summarize",
]


def ingest(inputs: Sequence[InputLike], options: Options,
           on_article: Callable[[Article], None] | None = None,
           on_read: Callable[[], None] | None = None) -> tuple[list[Article], list[Notice]]:
    """Every input as an Article, ids in input order; ``on_article`` is told of each usable one as it is built.

    ``on_read``, when given, is called once every input is read and reference dates are set, before the
    articles' languages are labelled: the label is the last step, and no model request waits for it.
    """
    tell = on_article or (lambda _article: None)
    ready = [item for item in inputs if isinstance(item, Article)]
    given = [str(item) for item in inputs if not isinstance(item, Article)]
    warnings: list[Notice] = []
    articles: list[Article] = list(ready)
    for article in ready:
        if article.status == "ok":
            tell(article)
    if given:
        result = load_inputs(given, stdin=options.stdin, fetch_timeout=options.fetch_timeout,
                             limits=options.read_limits(), on_article=_renumbering(len(ready), tell),
                             languages=on_read is None)
        articles.extend(result.articles)
        warnings.extend(Notice(kind="ingest", message=w) for w in result.warnings)
    if not articles:
        raise InputError("<inputs>", "no inputs given")
    warnings.extend(assume_reference_dates(articles, options.reference_date))
    if not any(a.status == "ok" for a in articles):
        failed = [a for a in articles if a.status == "failed"]
        first = failed[0] if failed else articles[0]
        more = f" (and {len(failed) - 1} more failed inputs)" if len(failed) > 1 else ""
        raise InputError(first.uri, f"{first.error or 'no usable article'}{more}")
    if on_read is not None:
        on_read()
        label_languages(articles[len(ready):])
    return articles, warnings


def _renumbering(offset: int, tell: Callable[[Article], None]) -> Callable[[Article], Article]:
    """Ids follow input order across both kinds of input (Articles given first, then what was read)."""
    def renumbered(article: Article) -> Article:
        dup = article.duplicate_of
        article = article.model_copy(update={
            "id": f"S{offset + int(article.id[1:])}",
            "duplicate_of": f"S{offset + int(dup[1:])}" if dup else None,
        })
        if article.status == "ok":
            tell(article)
        return article

    return renumbered


async def _model_passes(merged: Briefing, extractor: CachedLLMExtractor, options: Options,
                        articles: Sequence[Article], records: Sequence[ExtractionRecord]) -> tuple[Briefing, Usage]:
    """LLM mode after merging: one review call (the disagreements, and which key points state one fact),
    then the synthesis call; the extractive headline and overview are made while the review is awaited.

    The review reads the merged disagreements, updates and key points, never the headline or overview,
    and what it changes leaves those two alone: made from ``merged`` before the call or during it, they
    are the same. On 48 real articles they took 40-50 ms of CPU after the merge, before the call left.
    """
    stage = options.on_stage or (lambda _name: None)
    usage = Usage()
    pairs = []
    if options.adjudicate:
        from summarizer.merge.candidates import unclassified_pairs

        pairs = unclassified_pairs(articles, records, merged)
    reviewing: asyncio.Future[tuple[Briefing, Usage]] | None = None
    if options.adjudicate and (merged.discrepancies or merged.updates or pairs or len(merged.key_points) >= 2):
        stage("adjudicate")
        from summarizer.adjudicate_llm import adjudicate_with_model

        written = extractor.next_request_written()
        reviewing = asyncio.ensure_future(adjudicate_with_model(merged, extractor, options.prompt_dir, pairs))
    briefing = merged
    try:
        if reviewing is not None:
            # Once the review's request is written (or the review ended without one: answered from the
            # cache, nothing to ask): the thread below, started beside it, slowed its making and sending.
            waiting: set[asyncio.Future[Any]] = {written, reviewing}
            await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            written.cancel()
        # In a thread, so that the review's request leaves at once rather than after them.
        headline, overview = await asyncio.to_thread(_extractive_overview, merged)
        if reviewing is not None:
            briefing, adjudication_usage = await reviewing
            usage = usage.add(adjudication_usage)
    finally:
        if reviewing is not None and not reviewing.done():
            reviewing.cancel()
    briefing = briefing.model_copy(update={"headline": headline, "overview": overview})
    if options.synthesize:
        stage("synthesize")
        from summarizer.synthesize_llm import synthesize_with_model

        briefing, synthesis_usage = await synthesize_with_model(briefing, extractor, options.prompt_dir)
        usage = usage.add(synthesis_usage)
    return briefing, usage


def _extractive_overview(merged: Briefing) -> tuple[str, str]:
    from summarizer.synthesize import headline_and_overview

    with settled_heap():
        return headline_and_overview(merged)


def _streams(options: Options) -> bool:
    """Live model calls start while the inputs are still being read (a batch needs them all first)."""
    return _model_backend(options) and not (options.batch or options.batch_id)


def _model_backend(options: Options) -> bool:
    """The run calls a model (live or batch); a configuration error is left for the extractor to report."""
    env = os.environ if options.env is None else options.env
    try:
        return resolve_backend(options.backend, env) == "llm"
    except SummarizerError:
        return False


async def _read_and_start(
    inputs: Sequence[InputLike], options: Options, on_done: ProgressCallback, grounding: _Grounding,
) -> tuple[Extractor, list[Article], list[Notice], asyncio.Future[ExtractionOutcome] | None]:
    """The articles and the extractor; live calls already under way when the run streams."""
    if _streams(options):
        return await _read_while_extracting(inputs, options, on_done, grounding)
    warming = _warm_up(options)
    try:
        articles, warnings = ingest(inputs, options)
    finally:
        if warming is not None:
            warming.join()
    return make_extractor(options), articles, warnings, None


async def _read_while_extracting(
    inputs: Sequence[InputLike], options: Options, on_done: ProgressCallback, grounding: _Grounding,
) -> tuple[Extractor, list[Article], list[Notice], asyncio.Future[ExtractionOutcome]]:
    """Ingest in a thread, each usable article's call started as soon as it is built.

    The first request then leaves when the first article is read instead of after the last one (and
    after the client is made): on 50 articles that was most of a second of the wall time. An undated
    article waits until every input is read: the date its prompt reads relative dates against comes
    from the other articles; it does not wait for the language labels, which ingest adds last.
    Grounding and progress wait for the end of ingest (``extract_all`` calls ``on_done`` after the
    stream has ended), so they see the labelled articles.
    """
    loop = asyncio.get_running_loop()
    handover = _Handover(loop, options, on_call=grounding.expect)
    # Started before the client is made (0.1-0.2 s of imports and set-up), so that the two overlap: an
    # undated story's first request waits for the whole of ingest.
    reading = loop.run_in_executor(None, functools.partial(ingest, inputs, options, handover.built, handover.read))
    try:
        extractor = make_extractor(options)
    except SummarizerError:
        handover.under_way.set()
        handover.sending.set()
        await reading  # an input error is reported first, as when nothing streams
        raise
    except BaseException:
        handover.under_way.set()
        handover.sending.set()
        raise
    extracting = asyncio.ensure_future(extract_all(handover.answered(extractor), handover.stream(), on_done=on_done))
    try:
        articles, warnings = await reading
    except BaseException:
        extracting.cancel()
        await extractor.aclose()
        raise
    finally:
        handover.end()
    return extractor, articles, warnings, extracting


async def arun(inputs: Sequence[InputLike], options: Options | None = None) -> RunResult:
    options = options or Options()
    stage = options.on_stage or (lambda _name: None)
    embedder = make_embedder(options)  # a configuration error stops the run before anything is read or paid
    stage("ingest")
    preparation = _MergePreparation()
    grounding = _Grounding(preparation, threaded=_model_backend(options))

    def on_done(article: Article, record: ExtractionRecord | None, error: str | None) -> None:
        # Ground each article as it arrives, while other calls are still in flight, so that
        # the stage adds nothing to the wall time but for the last article.
        if record is not None:
            grounding.add(article, record)
        if options.on_article is not None:
            options.on_article(article, record, error)

    try:
        extractor, articles, warnings, extracting = await _read_and_start(inputs, options, on_done, grounding)
    except BaseException:
        grounding.close()
        if embedder is not None:
            embedder.close()
        raise
    try:
        stage(f"extract ({extractor.backend})")
        loading = _load_later_stages(extractor, embedder, options.prompt_dir)
        preparation.start(loading if embedder is None else None)
        outcome = await (extracting or extract_all(extractor, [a for a in articles if a.status == "ok"], on_done=on_done))
        preparation.all_in()
        grounded = await grounding.finished()
        _refused_key(outcome.failures, outcome.records)
        stage("ground")
        by_id = {a.id: a for a in articles}
        # In input order (a streamed run's undated articles were sent last).
        position = {a.id: i for i, a in enumerate(articles)}
        records = [grounded.get(r.source) or _grounded(by_id[r.source], r)
                   for r in sorted(outcome.records, key=lambda r: position[r.source])]
        stage("merge")
        for article_id, reason in {**outcome.failures, **outcome.skipped}.items():
            by_id[article_id] = by_id[article_id].model_copy(update={"status": "failed", "error": reason})
        final_articles = [by_id[a.id] for a in articles]
        from summarizer.synthesize import synthesize

        with settled_heap():  # what the earlier stages built is only read from here on
            merged, embedding_usage = merge_aligned([a for a in final_articles if a.status != "failed"], records, embedder)
            # Synthesis reads the sources (which were machine-translated: a headline is never taken from
            # a translation where an outlet wrote the same lede itself).
            merged = merged.model_copy(update={"sources": [source_info(a) for a in final_articles]})
            if not isinstance(extractor, CachedLLMExtractor):
                briefing = synthesize(merged)
        usage = outcome.usage.add(embedding_usage)
        if isinstance(extractor, CachedLLMExtractor):
            live = [a for a in final_articles if a.status != "failed"]
            briefing, model_usage = await _model_passes(merged, extractor, options, live, records)
            usage = usage.add(model_usage)
    finally:
        grounding.close()
        await extractor.aclose()
        if embedder is not None:
            embedder.close()
    briefing = briefing.model_copy(update={
        "backend": extractor.backend,
        "model": extractor.model,
        "sources": [source_info(a) for a in final_articles],
        "usage": usage,
        "grounding": {r.source: r.grounding for r in records},
        "warnings": [*warnings, *(Notice(source=a.id, kind="ingest", message=w) for a in final_articles for w in a.warnings),
                     *(w for r in records for w in r.warnings), *briefing.warnings,
                     *(Notice(source=a.id, kind="failed", message=f"{a.uri} failed: {a.error}")
                       for a in final_articles if a.status == "failed")],
    })
    return RunResult(briefing=briefing, articles=final_articles, records=records, skipped=outcome.skipped)


def _refused_key(failures: Mapping[str, str], records: Sequence[ExtractionRecord]) -> None:
    """Every article refused with 401/403 is a key problem, not N article failures and an empty briefing."""
    if records or not failures:
        return
    codes = {code for reason in failures.values() for code in ("401", "403") if f"(HTTP {code})" in reason}
    if codes and all(any(f"(HTTP {c})" in reason for c in codes) for reason in failures.values()):
        raise ConfigError(f"the model server refused every request (HTTP {'/'.join(sorted(codes))}): check "
                          "OPENAI_API_KEY and OPENAI_BASE_URL; no briefing was written")


async def aplan(inputs: Sequence[InputLike], options: Options | None = None) -> list[PlannedCall]:
    """The model calls a run would make (``--dry-run``), with estimated tokens and cost; makes none."""
    options = options or Options()
    articles, _warnings = ingest(inputs, options)
    extractor = make_extractor(options)
    try:
        if not isinstance(extractor, CachedLLMExtractor):
            return []
        return [call for a in articles if a.status == "ok" for call in extractor.plan(a)]
    finally:
        await extractor.aclose()


def source_info(article: Article) -> SourceInfo:
    return SourceInfo(
        id=article.id, uri=article.uri, title=article.title, publisher=article.publisher,
        byline=article.byline, published=article.published.isoformat() if article.published else None,
        published_time=article.published_time,
        language=article.language, translated_from=article.translated_from, status=article.status, error=article.error,
        duplicate_of=article.duplicate_of, copy_of=article.copy_of, removed=list(article.removed),
        warnings=list(article.warnings),
    )


def _options(kwargs: dict[str, Any]) -> Options:
    try:
        return Options(**kwargs)
    except TypeError as exc:
        raise ConfigError(str(exc)) from None


async def asummarize(inputs: Sequence[InputLike] | InputLike, **options: Any) -> Briefing:
    """Brief on ``inputs`` (paths, URLs, ``-`` or :class:`Article` objects); see :class:`Options`."""
    if inputs is None or not isinstance(inputs, (str, Path, Article, Sequence)):
        raise ConfigError(f"inputs must be a path, URL, '-', an Article or a list of them, not {type(inputs).__name__}")
    items = [inputs] if isinstance(inputs, (str, Path, Article)) else list(inputs)
    bad = next((item for item in items if not isinstance(item, (str, Path, Article))), None)
    if bad is not None:
        raise ConfigError(f"an input must be a path, URL, '-' or an Article, not {type(bad).__name__}")
    return (await arun(items, _options(options))).briefing


def summarize(inputs: Sequence[InputLike] | InputLike, **options: Any) -> Briefing:
    """Synchronous :func:`asummarize`, for scripts and notebooks without a running event loop."""
    return run_sync(asummarize(inputs, **options))
