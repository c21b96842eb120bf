"""Which model extracts (:func:`make_extractor`) and which aligns statements (:func:`make_embedder`).

Both read the same server settings and share the answers cache; a configuration error is one line
naming what is missing, raised before anything is read or paid for.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from summarizer.errors import ConfigError
from summarizer.extract import CachedLLMExtractor, Extractor, OfflineExtractor
from summarizer.extract.config import llm_settings, resolve_backend
from summarizer.pipeline.options import Options
from summarizer.schema import Article, Briefing, ExtractionRecord, Notice, Usage

if TYPE_CHECKING:
    from summarizer.extract.embeddings import EndpointEmbedder


def _cache(options: Options) -> Any:
    """The answers cache, or a one-line configuration error naming the folder."""
    import sqlite3  # with the cache's own module, only when a run keeps answers (--no-cache: never)

    from summarizer.extract.cache import ExtractionCache

    try:
        return ExtractionCache(options.cache_dir)
    except (OSError, sqlite3.Error) as exc:
        from summarizer.extract.cache import default_cache_dir

        where = options.cache_dir or default_cache_dir()
        raise ConfigError(f"{where}: cache folder is not usable ({getattr(exc, 'strerror', None) or exc}); "
                          "set SUMMARIZER_CACHE_DIR or use --no-cache") from None


def make_embedder(options: Options) -> EndpointEmbedder | None:
    """The ``--embeddings`` endpoint client, on the LLM backend's server and key, or None."""
    if not options.embeddings:
        return None
    env = os.environ if options.env is None else options.env
    try:
        settings = llm_settings(timeout=options.timeout, env=env)
    except ConfigError:
        raise ConfigError(f"--embeddings {options.embeddings}: needs OPENAI_API_KEY (or OPENAI_BASE_URL for a "
                          "local server)") from None
    from summarizer.extract.embeddings import EndpointEmbedder
    from summarizer.extract.pricing import load_prices

    return EndpointEmbedder(settings, options.embeddings, _cache(options) if options.use_cache else None,
                            prices=load_prices(options.prices, env))


def merge_aligned(articles: Sequence[Article], records: Sequence[ExtractionRecord],
                   embedder: EndpointEmbedder | None) -> tuple[Briefing, Usage]:
    """Merge with the shipped model, or with the endpoint's calibrated to its scale.

    A failing endpoint never leaves half the statements aligned by one model and half by the
    other: the whole merge runs again with the shipped model, and a warning says so.
    """
    from summarizer.align import Calibrated, shipped_embedder, use_embedder
    from summarizer.merge import merge

    if embedder is None:
        return merge(articles, records).model_copy(update={"embeddings": shipped_embedder().name}), Usage()
    from summarizer.extract.embeddings import EmbeddingError

    try:
        with use_embedder(Calibrated(embedder)):
            briefing = merge(articles, records)
        return briefing.model_copy(update={"embeddings": embedder.name}), embedder.usage
    except EmbeddingError as exc:
        briefing = merge(articles, records)
        notice = Notice(kind="alignment", message=f"{exc}; statements were aligned with the shipped model instead")
        return briefing.model_copy(update={"embeddings": shipped_embedder().name,
                                           "warnings": [*briefing.warnings, notice]}), embedder.usage


def make_extractor(options: Options) -> Extractor:
    env = os.environ if options.env is None else options.env
    backend = resolve_backend(options.backend, env)
    if backend == "offline":
        return OfflineExtractor()
    settings = llm_settings(model=options.model, mode=options.mode, concurrency=options.concurrency,
                            timeout=options.timeout, env=env, rpm=options.rpm, tpm=options.tpm,
                            prompt_dir=options.prompt_dir)
    cache = _cache(options) if options.use_cache else None
    from summarizer.extract.pricing import load_prices

    prices = load_prices(options.prices, env)
    if options.batch or options.batch_id:
        from summarizer.extract.batch import BatchExtractor

        return BatchExtractor(settings, cache, prices=prices, max_cost=options.max_cost,
                              chunk_chars=options.chunk_chars, batch_id=options.batch_id, poll=options.batch_poll)
    return CachedLLMExtractor(settings, cache, prices=prices, max_cost=options.max_cost,
                              chunk_chars=options.chunk_chars)
