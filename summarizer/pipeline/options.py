"""What a run is asked (:class:`Options`, checked when made) and what it gives back (:class:`RunResult`)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from summarizer.errors import ConfigError
from summarizer.extract import ProgressCallback
from summarizer.extract.chunking import CHUNK_CHARS
from summarizer.extract.config import Backend, Mode
from summarizer.ingest import ReadLimits
from summarizer.ingest.fetch import Resolver
from summarizer.ingest.records import MB
from summarizer.io import DEFAULT_ARTICLE_MB, DEFAULT_RUN_MB
from summarizer.schema import Article, Briefing, ExtractionRecord


@dataclass
class Options:
    """Run options; environment variables are read when a run starts, never at import."""

    backend: Backend = "auto"
    model: str | None = None
    mode: Mode = "tools"
    concurrency: int = 8
    timeout: float = 60.0
    use_cache: bool = True
    synthesize: bool = True
    adjudicate: bool = True  # LLM mode: one call reviewing the disagreements the rules found
    prompt_dir: Path | None = None  # a folder of templates overriding ours, one by one
    cache_dir: Path | None = None
    fetch_timeout: float = 20.0
    env: Mapping[str, str] | None = None
    stdin: BinaryIO | None = None
    on_article: ProgressCallback | None = None
    on_stage: Callable[[str], None] | None = None
    # Speed and cost (see summarizer.extract): per-minute limits, budget, price table, long articles, Batch API.
    rpm: float | None = None
    tpm: float | None = None
    max_cost: float | None = None
    prices: Path | None = None
    chunk_chars: int = CHUNK_CHARS
    batch: bool = False
    batch_id: str | None = None
    batch_poll: float = 30.0
    # Hostile or careless input: bounds on what is read, and whether URLs may reach private addresses.
    max_article_mb: float = DEFAULT_ARTICLE_MB
    max_input_mb: float = DEFAULT_RUN_MB
    allow_private_urls: bool = False
    embeddings: str | None = None  # --embeddings MODEL: align with this endpoint model instead of the shipped one
    reference_date: date | None = None  # --date: what undated articles' relative dates are read against
    resolver: Resolver | None = None  # host, port -> addresses; tests inject one instead of DNS

    def __post_init__(self) -> None:
        """Library callers get the CLI's checks: a zero timeout or a NaN budget is a configuration error."""
        positive = {"timeout": self.timeout, "fetch_timeout": self.fetch_timeout, "max_article_mb": self.max_article_mb,
                    "max_input_mb": self.max_input_mb, "rpm": self.rpm, "tpm": self.tpm,
                    "chunk_chars": self.chunk_chars}
        at_least_zero = {"max_cost": self.max_cost, "batch_poll": self.batch_poll}
        for name, value in (*positive.items(), *at_least_zero.items()):
            if value is None and name in ("rpm", "tpm", "max_cost"):
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                    or value < 0 or (value == 0 and name in positive):
                raise ConfigError(f"{name} must be a {'positive' if name in positive else 'non-negative'} "
                                  f"finite number, not {value!r}")
        if isinstance(self.concurrency, bool) or not isinstance(self.concurrency, int) or self.concurrency < 1:
            raise ConfigError(f"concurrency must be a whole number of at least 1, not {self.concurrency!r}")

    def read_limits(self) -> ReadLimits:
        limits = ReadLimits(article_bytes=int(self.max_article_mb * MB), run_bytes=int(self.max_input_mb * MB),
                            allow_private_urls=self.allow_private_urls)
        if self.resolver is not None:
            limits.resolver = self.resolver
        return limits


@dataclass
class RunResult:
    """The briefing plus the articles and records behind it (the HTML view needs the texts)."""

    briefing: Briefing
    articles: list[Article]
    records: list[ExtractionRecord] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # article id -> why --max-cost left it undone

    @property
    def article_texts(self) -> dict[str, str]:
        return {a.id: a.text for a in self.articles if a.status == "ok"}
