"""``summarizer eval``: run the pipeline over story clusters with reference summaries and score it.

For choosing models, prompts and backends: ROUGE of the overview against the reference, how much of
what was extracted could be grounded, key points per source, discrepancies found, and calls,
tokens and cost. ``--compare`` runs two configurations on the same clusters and prints B minus A.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from summarizer.evaluate.clusters import Cluster, load_clusters
from summarizer.evaluate.report import differences, format_differences, format_run, to_json
from summarizer.evaluate.rouge import rouge
from summarizer.evaluate.runner import (
    ClusterResult,
    EvalConfig,
    EvalRun,
    Overall,
    evaluate_cluster,
    parse_config,
    run_eval,
)
from summarizer.io import write_atomic
from summarizer.pipeline.sync import run_sync

__all__ = [
    "Cluster",
    "ClusterResult",
    "EvalConfig",
    "EvalRun",
    "Overall",
    "differences",
    "evaluate",
    "evaluate_cluster",
    "format_differences",
    "format_run",
    "load_clusters",
    "parse_config",
    "rouge",
    "run_eval",
    "to_json",
]


def evaluate(
    path: Path,
    configs: Sequence[EvalConfig],
    limit: int | None = None,
    json_path: Path | None = None,
    env: Mapping[str, str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[list[EvalRun], str]:
    """Run one or two configurations over a clusters file; return the runs and the text report.

    The CLI is a thin wrapper over this, so the command and library callers print the same tables.
    """
    clusters = load_clusters(path, limit)
    say = progress or (lambda _message: None)
    runs: list[EvalRun] = []
    for config in configs:
        say(f"{config.name}: {config.describe()} on {len(clusters)} cluster(s)")

        def done(result: ClusterResult, name: str = config.name) -> None:
            status = f"error: {result.error}" if result.error else f"{result.key_points} key points"
            say(f"  {name} {result.id}: {status} ({result.seconds:.1f}s)")

        runs.append(run_sync(run_eval(clusters, config, env, on_cluster=done)))
    report = "\n".join(format_run(run) for run in runs)
    if len(runs) == 2:
        report += "\n" + format_differences(runs[0], runs[1])
    if json_path is not None:
        write_atomic(json_path, to_json(runs, str(path)))
    return runs, report
