"""Plain-text tables and JSON for evaluation runs.

Tables are fixed-width text rather than rich tables so they survive pipes, CI logs and ``diff``
between runs; JSON carries every number (and the configurations) for tracking over time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from importlib import metadata
from typing import Any

from summarizer.evaluate.runner import EvalRun, Metrics

Formatter = Callable[[Any], str]


def _num(digits: int) -> Formatter:
    return lambda v: "-" if v is None else f"{v:.{digits}f}"


def _pct(v: Any) -> str:
    return "-" if v is None else f"{100 * v:.0f}%"


def _cost(v: Any) -> str:
    return "-" if v is None else f"${v:.4f}"


def _tokens(m: Metrics) -> int:
    return m.prompt_tokens + m.completion_tokens


# (header, value, format, format of a difference)
COLUMNS: list[tuple[str, Callable[[Metrics], Any], Formatter, Formatter]] = [
    ("ROUGE-1", lambda m: m.rouge1, _num(3), lambda v: "-" if v is None else f"{v:+.3f}"),
    ("ROUGE-2", lambda m: m.rouge2, _num(3), lambda v: "-" if v is None else f"{v:+.3f}"),
    ("ROUGE-L", lambda m: m.rougeL, _num(3), lambda v: "-" if v is None else f"{v:+.3f}"),
    ("quotes ok", lambda m: m.quotes_grounded, _pct, lambda v: "-" if v is None else f"{100 * v:+.0f}pp"),
    ("evidence ok", lambda m: m.evidence_grounded, _pct, lambda v: "-" if v is None else f"{100 * v:+.0f}pp"),
    ("KP/source", lambda m: m.key_points_per_source, _num(2), lambda v: "-" if v is None else f"{v:+.2f}"),
    ("discrep.", lambda m: m.discrepancies, str, lambda v: f"{v:+d}"),
    ("calls", lambda m: m.calls, str, lambda v: f"{v:+d}"),
    ("tokens", _tokens, str, lambda v: f"{v:+d}"),
    ("cost", lambda m: m.cost_usd, _cost, lambda v: "-" if v is None else f"{'+' if v >= 0 else '-'}${abs(v):.4f}"),
    ("sec", lambda m: m.seconds, _num(1), lambda v: f"{v:+.1f}"),
]


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        first = f"{cells[0]:<{widths[0]}}"
        return "  ".join([first, *(f"{c:>{w}}" for c, w in zip(cells[1:], widths[1:], strict=True))]).rstrip()

    rule = "  ".join("-" * w for w in widths)
    body = [line(r) for r in rows]
    return "\n".join([line(header), rule, *body[:-1], rule, body[-1]]) if len(body) > 1 else \
        "\n".join([line(header), rule, *body])


def _name(cluster_id: str) -> str:
    return cluster_id if len(cluster_id) <= 28 else cluster_id[:27] + "…"


def format_run(run: EvalRun) -> str:
    """Per-cluster rows, then the overall row (macro means of scores, sums of counts and cost)."""
    rows: list[list[str]] = []
    for r in run.clusters:
        if r.error is not None:
            rows.append([_name(r.id), str(r.sources), f"error: {r.error}"[:60], *[""] * (len(COLUMNS) - 1)])
            continue
        rows.append([_name(r.id), str(r.sources), *(fmt(value(r)) for _, value, fmt, _ in COLUMNS)])
    o = run.overall
    label = f"overall ({o.clusters - o.failed}/{o.clusters})"
    rows.append([label, str(sum(r.sources for r in run.clusters)), *(fmt(value(o)) for _, value, fmt, _ in COLUMNS)])
    backends = sorted({r.backend for r in run.clusters if r.backend})
    models = sorted({r.model for r in run.clusters if r.model})
    title = f"== {run.config.name}: {run.config.describe()}"
    if backends:
        title += f" -> backend {', '.join(backends)}" + (f" ({', '.join(models)})" if models else "")
    return title + "\n" + _table(["cluster", "src", *(h for h, *_ in COLUMNS)], rows) + "\n"


def _delta(a: Any, b: Any) -> Any:
    if a is None or b is None:
        return None
    return b - a


def differences(a: EvalRun, b: EvalRun) -> dict[str, dict[str, Any]]:
    """B minus A for every column, per cluster present in both and overall; None where either lacks it."""
    out: dict[str, dict[str, Any]] = {}
    by_id = {r.id: r for r in a.clusters if r.error is None}
    for rb in b.clusters:
        ra = by_id.get(rb.id)
        if ra is not None and rb.error is None:
            out[rb.id] = {h: _delta(value(ra), value(rb)) for h, value, _, _ in COLUMNS}
    out["overall"] = {h: _delta(value(a.overall), value(b.overall)) for h, value, _, _ in COLUMNS}
    return out


def format_differences(a: EvalRun, b: EvalRun) -> str:
    diff = differences(a, b)
    rows = [[_name(key), *(fmt(values[h]) for h, _, _, fmt in COLUMNS)] for key, values in diff.items()]
    title = f"== differences: {b.config.name} minus {a.config.name} (positive: {b.config.name} higher)"
    return title + "\n" + _table(["cluster", *(h for h, *_ in COLUMNS)], rows) + "\n"


def to_json(runs: Sequence[EvalRun], dataset: str) -> str:
    """Everything needed to track results over time: when, on what, with which settings, every number."""
    try:
        version = metadata.version("summarizer")
    except metadata.PackageNotFoundError:  # running from a checkout that was never installed
        version = "unknown"
    payload: dict[str, Any] = {
        "format": "summarizer-eval",
        "version": 1,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "summarizer_version": version,
        "dataset": dataset,
        "runs": [run.model_dump(mode="json") for run in runs],
    }
    if len(runs) == 2:
        payload["differences"] = differences(runs[0], runs[1])
    return json.dumps(payload, indent=2) + "\n"
