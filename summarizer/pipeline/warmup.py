"""Loading ahead: the model client's modules while ingest runs, the later stages while requests are out.

Nothing here changes a result; each thread only imports modules or builds models a later step would
otherwise load on the critical path (see the stage timeline in bench/bench_peers.py).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.errors import SummarizerError
from summarizer.extract import CachedLLMExtractor, Extractor
from summarizer.extract.config import resolve_backend
from summarizer.pipeline.options import Options

if TYPE_CHECKING:
    from summarizer.extract.embeddings import EndpointEmbedder


def _warm_up(options: Options) -> threading.Thread | None:
    """Import the model client's modules and load the TLS settings in a thread while ingest runs.

    The client (httpx2, tenacity, the wire format) and the CA bundle take about a fifth of a second;
    paid after ingest, that is added to the time before the first request leaves. The thread only
    imports (the client itself, with its cache connection, is built on the run's own thread); any
    failure is left for the real import to report.
    """
    env = os.environ if options.env is None else options.env
    try:
        if resolve_backend(options.backend, env) != "llm":
            return None
    except SummarizerError:
        return None
    return _preload("summarizer.extract.llm", "summarizer.extract.cache", then=[("summarizer.extract.llm", "tls_context", ())])


def _preload(*modules: str, then: Sequence[tuple[str, str, tuple[Any, ...]]] = ()) -> threading.Thread:
    """Import ``modules`` in a thread, then make the calls ``then`` lists (module, function, arguments) there."""
    def load() -> None:
        for name in modules:
            with contextlib.suppress(Exception):
                importlib.import_module(name)
        for module, function, arguments in then:
            with contextlib.suppress(Exception):
                getattr(importlib.import_module(module), function)(*arguments)

    thread = threading.Thread(target=load, name="summarizer-preload", daemon=True)
    thread.start()
    return thread


def _load_later_stages(extractor: Extractor, embedder: EndpointEmbedder | None,
                       prompt_dir: Path | None = None) -> threading.Thread | None:
    """While the requests are out, load the merging, review and rendering modules and the embedding model.

    The model takes 0.2 s of CPU (0.4 s or more of wall time): loaded after the last answer, it was on
    the critical path. So were, after the merge, the review's and synthesis' modules and prompt
    templates (Jinja compiles a template at its first use: 50 ms for the four) and the alignment's
    random hyperplanes. Offline, nothing waits, so nothing is gained by a thread.
    """
    if extractor.backend == "offline":
        return None
    calls: list[tuple[str, str, tuple[Any, ...]]] = [("summarizer.pipeline.warmup", "_build_briefing_models", ())]
    if embedder is None:
        calls.insert(0, ("summarizer.pipeline.warmup", "_warm_alignment", ()))
    calls.append(("summarizer.pipeline.warmup", "_compile_prompts", (prompt_dir,)))
    if isinstance(extractor, CachedLLMExtractor):
        calls.append(("summarizer.pipeline.warmup", "_serialise_schemas", (extractor.settings.mode, extractor.cache is not None)))
    # Grounding first: it runs as soon as the first answer is back.
    return _preload("summarizer.consistency", "summarizer.ground", "summarizer.merge", "summarizer.merge.prepare",
                    "summarizer.render",
                    "summarizer.synthesize", "summarizer.merge.candidates",
                    "summarizer.adjudicate_llm", "summarizer.synthesize_llm", then=calls)


def _warm_alignment() -> None:
    """Load the shipped embedding model and draw the hyperplanes its vectors are bucketed by (the
    merge's first bucketing drew them, importing numpy.random: 10-20 ms after the last answer)."""
    from summarizer.align import embed, lsh_keys

    lsh_keys(embed(["warm"]))


def _compile_prompts(prompt_dir: Path | None) -> None:
    """Compile the review's and synthesis' templates, which are first rendered after the merge."""
    from summarizer.adjudicate_llm import SYSTEM_TEMPLATE as REVIEW_SYSTEM
    from summarizer.adjudicate_llm import USER_TEMPLATE as REVIEW_USER
    from summarizer.prompts import compile_templates
    from summarizer.synthesize_llm import SYSTEM_TEMPLATE, USER_TEMPLATE

    compile_templates([REVIEW_SYSTEM, REVIEW_USER, SYSTEM_TEMPLATE, USER_TEMPLATE], prompt_dir)


def _serialise_schemas(mode: str, cached: bool) -> None:
    """Serialise the review's and synthesis' response schemas (and hash them for the cache key) ahead.

    Each request body carries its model's schema, made at the first request: 2-2.5 ms between the merge
    and the review request, and again before the synthesis request, both on the critical path.
    """
    from summarizer.adjudicate_llm import Adjudication
    from summarizer.extract.cache import cache_key
    from summarizer.extract.wire import request_body
    from summarizer.synthesize_llm import Synthesis

    for model in (Adjudication, Synthesis):
        request_body([], model, mode, model_name="", temperature=0.0)
        if cached:
            cache_key([], "", mode, "", model)


def _build_briefing_models() -> None:
    """Build the briefing's models (validators and serializers) ahead of the merge that first makes them.

    The schema defers building each model to its first use (start-up stays short), and the merge is
    where the briefing's models are first used: 20-40 ms after the last answer, on the critical path.
    """
    from pydantic import BaseModel

    from summarizer.schema import briefing

    for model in vars(briefing).values():
        if isinstance(model, type) and issubclass(model, BaseModel) and model.__module__ == briefing.__name__:
            model.model_rebuild()
