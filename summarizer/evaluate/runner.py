"""Run the pipeline over evaluation clusters and measure each briefing.

Built on the library (:func:`summarizer.pipeline.arun` with :class:`~summarizer.schema.Article`
objects), so what is measured is exactly what ``summarizer brief`` and ``summarize()`` produce.
A configuration is a small typed record (:class:`EvalConfig`) that can be written on the command
line as ``backend=llm,model=gpt-4o-mini``, which is what ``--compare`` takes twice.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summarizer.errors import ConfigError, SummarizerError
from summarizer.evaluate.clusters import Cluster
from summarizer.evaluate.rouge import rouge
from summarizer.pipeline import Options, RunResult, arun


class EvalConfig(BaseModel):
    """One way of running the pipeline. The cache is off by default: eval reports calls and cost."""

    model_config = ConfigDict(extra="forbid")

    name: str = "run"
    backend: Literal["auto", "llm", "offline"] = "auto"
    model: str | None = None
    mode: Literal["tools", "json_schema", "md_json", "json"] = "tools"
    concurrency: int = Field(default=8, ge=1)
    timeout: float = Field(default=60.0, gt=0)
    cache: bool = False
    base_url: str | None = None
    prompts: str | None = None  # a prompt folder overriding ours: compare prompt versions

    def options(self, env: Mapping[str, str] | None = None) -> Options:
        environment = dict(os.environ if env is None else env)
        if self.base_url:
            # Lets one comparison point two configurations at two servers (e.g. OpenAI and Ollama).
            environment["OPENAI_BASE_URL"] = self.base_url
        return Options(backend=self.backend, model=self.model, mode=self.mode, concurrency=self.concurrency,
                       timeout=self.timeout, use_cache=self.cache, env=environment,
                       prompt_dir=Path(self.prompts) if self.prompts else None)

    def describe(self) -> str:
        fields = self.model_dump(exclude={"name"}, exclude_defaults=True)
        return ", ".join(f"{k}={v}" for k, v in fields.items()) or "defaults"


CONFIG_KEYS = tuple(EvalConfig.model_fields)


def parse_config(spec: str, name: str) -> EvalConfig:
    """``backend=llm,model=gpt-4o-mini,cache=on`` -> :class:`EvalConfig`; unknown keys are errors."""
    values: dict[str, object] = {"name": name}
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or key not in CONFIG_KEYS:
            raise ConfigError(f"bad configuration item {item!r} in {spec!r}: use key=value with keys "
                              f"{', '.join(CONFIG_KEYS)}")
        values[key] = {"on": True, "off": False}.get(value.strip(), value.strip()) if key == "cache" else value.strip()
    try:
        return EvalConfig.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ConfigError(f"bad configuration {spec!r}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None


class Metrics(BaseModel):
    """What the tables show, for one cluster or overall; ``None`` means not measurable (no reference)."""

    rouge1: float | None = None
    rouge2: float | None = None
    rougeL: float | None = None
    quotes_grounded: float | None = None
    evidence_grounded: float | None = None
    key_points_per_source: float | None = None
    discrepancies: int = 0
    calls: int = 0
    cached_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None
    seconds: float = 0.0


class ClusterResult(Metrics):
    id: str
    title: str
    sources: int = 0
    key_points: int = 0
    quotes_kept: int = 0
    quotes_total: int = 0
    evidence_kept: int = 0
    evidence_total: int = 0
    backend: str | None = None
    model: str | None = None
    error: str | None = None


class Overall(Metrics):
    clusters: int = 0
    failed: int = 0


class EvalRun(BaseModel):
    config: EvalConfig
    clusters: list[ClusterResult]
    overall: Overall


def _share(kept: int, total: int) -> float | None:
    return kept / total if total else None


def measure(cluster: Cluster, result: RunResult, seconds: float) -> ClusterResult:
    """Metrics of one briefing. Grounding shares count what grounding dropped against what it kept."""
    briefing = result.briefing
    dropped = [item.kind for r in result.records for item in r.grounding.dropped_items]
    quotes_kept = sum(len(r.extraction.quotes) for r in result.records)
    evidence_kept = sum(len(r.extraction.claims) + len(r.extraction.events) for r in result.records)
    quotes_total = quotes_kept + dropped.count("quote")
    evidence_total = evidence_kept + dropped.count("claim") + dropped.count("event")
    ok = sum(1 for s in briefing.sources if s.status == "ok")
    scores = rouge(briefing.overview, cluster.reference) if cluster.reference else {}
    u = briefing.usage
    return ClusterResult(
        id=cluster.id, title=cluster.title, sources=ok, key_points=len(briefing.key_points),
        rouge1=scores.get("rouge1"), rouge2=scores.get("rouge2"), rougeL=scores.get("rougeL"),
        quotes_kept=quotes_kept, quotes_total=quotes_total, quotes_grounded=_share(quotes_kept, quotes_total),
        evidence_kept=evidence_kept, evidence_total=evidence_total,
        evidence_grounded=_share(evidence_kept, evidence_total),
        key_points_per_source=len(briefing.key_points) / ok if ok else None,
        discrepancies=len(briefing.discrepancies), calls=u.calls, cached_calls=u.cached_calls,
        prompt_tokens=u.prompt_tokens, completion_tokens=u.completion_tokens, cost_usd=u.cost_usd,
        seconds=seconds, backend=briefing.backend, model=briefing.model,
    )


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def summarize_results(results: Sequence[ClusterResult]) -> Overall:
    """Macro means for per-story scores; sums for counts and money; grounding pooled over all items."""
    ok = [r for r in results if r.error is None]
    costs = [r.cost_usd for r in ok if r.cost_usd is not None]
    return Overall(
        clusters=len(results), failed=len(results) - len(ok),
        rouge1=_mean([r.rouge1 for r in ok]), rouge2=_mean([r.rouge2 for r in ok]), rougeL=_mean([r.rougeL for r in ok]),
        quotes_grounded=_share(sum(r.quotes_kept for r in ok), sum(r.quotes_total for r in ok)),
        evidence_grounded=_share(sum(r.evidence_kept for r in ok), sum(r.evidence_total for r in ok)),
        key_points_per_source=_mean([r.key_points_per_source for r in ok]),
        discrepancies=sum(r.discrepancies for r in ok), calls=sum(r.calls for r in results),
        cached_calls=sum(r.cached_calls for r in results), prompt_tokens=sum(r.prompt_tokens for r in results),
        completion_tokens=sum(r.completion_tokens for r in results), cost_usd=sum(costs) if costs else None,
        seconds=sum(r.seconds for r in results),
    )


async def evaluate_cluster(cluster: Cluster, config: EvalConfig, env: Mapping[str, str] | None = None) -> ClusterResult:
    """One cluster; a failure is recorded on its row so one bad story does not lose the whole run."""
    started = time.perf_counter()
    try:
        result = await arun(list(cluster.articles), config.options(env))
    except SummarizerError as exc:
        return ClusterResult(id=cluster.id, title=cluster.title, error=str(exc),
                             seconds=time.perf_counter() - started)
    return measure(cluster, result, time.perf_counter() - started)


async def run_eval(
    clusters: Sequence[Cluster],
    config: EvalConfig,
    env: Mapping[str, str] | None = None,
    on_cluster: Callable[[ClusterResult], None] | None = None,
) -> EvalRun:
    # Clusters run one after another: articles within a cluster already run concurrently, and
    # sequential clusters keep timings and rate limits comparable between configurations.
    results: list[ClusterResult] = []
    for cluster in clusters:
        result = await evaluate_cluster(cluster, config, env)
        results.append(result)
        if on_cluster is not None:
            on_cluster(result)
    return EvalRun(config=config, clusters=results, overall=summarize_results(results))
