"""Command line: a thin layer over :mod:`summarizer.pipeline` (options, progress, exit codes).

The briefing goes to stdout or ``-o``; progress, usage and errors go to stderr, so the output can be
piped. Exit codes: 0 success, 2 bad input or configuration, 3 briefing written but some articles
failed, 4 budget exceeded, 1 anything else the package raised on purpose.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

import typer
from typer.core import TyperGroup

from summarizer.cli.options import (
    BackendOpt,
    BatchIdOpt,
    BatchOpt,
    BatchPollOpt,
    ConcurrencyOpt,
    DateOpt,
    DryRunOpt,
    EmbeddingsOpt,
    FetchTimeoutOpt,
    InputsArg,
    MaxArticleOpt,
    MaxCostOpt,
    MaxInputOpt,
    ModelOpt,
    ModeOpt,
    NoCacheOpt,
    PricesOpt,
    PrivateUrlsOpt,
    PromptsOpt,
    RpmOpt,
    TimeoutOpt,
    TpmOpt,
    _date,
)
from summarizer.cli.output import (
    _announce_backend,
    _dry_run,
    _emit,
    _exit_for_what_was_left,
    _fail,
    _output_target,
    _progress,
    _say,
    _summary,
    _write_briefing,
    _write_stdout,
)
from summarizer.errors import ConfigError, SummarizerError
from summarizer.io import DEFAULT_ARTICLE_MB, DEFAULT_RUN_MB

if TYPE_CHECKING:
    from summarizer.cli.regex_cache import RegexCache

    # The pipeline (ingest, extraction, merge, render) is imported when a command runs, not at start-up:
    # `summarizer --help` and an invalid option answer at once.
    from summarizer.pipeline import Options, RunResult

CacheT = TypeVar("CacheT")

class _Commands(TyperGroup):
    """A bad option value (``--format pdf``, ``--timeout 0``) is one line and exit 2, like every bad input."""

    def invoke(self, ctx: Any) -> Any:  # typer vendors click; its Context type is private
        try:
            return super().invoke(ctx)
        except typer.BadParameter as exc:
            hint = exc.param_hint if isinstance(exc.param_hint, str) else (exc.param.opts[0] if exc.param else "a value")
            message = exc.message.removeprefix("Value error, ")
            _say(f"summarizer: error: {hint.strip(chr(39))}: {message}")
            raise typer.Exit(2) from None


app = typer.Typer(cls=_Commands, add_completion=False, no_args_is_help=True,
                  help="Several news articles in, one cited briefing out.")
cache_app = typer.Typer(no_args_is_help=True, help="Inspect or clear the model answer cache.")
app.add_typer(cache_app, name="cache")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"summarizer {version('summarizer')}")
        raise typer.Exit(0)


@app.callback()
def _root(
    show_version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Several news articles in, one cited briefing out."""


# Set by main(), which ends the process itself once the output is written and flushed.
_ends_process = False
# What the run made, kept for the process exit to drop at once: freed object by object when the command
# returned (every article, record, span and key point), it took 3 ms after the briefing was written.
_left_to_exit: list[object] = []


def _run(inputs: list[str], options: Options) -> RunResult:
    from summarizer.pipeline import arun, run_sync

    # Not asyncio.run: see pipeline/sync.py. When main() ends the process next, the loop is left as it
    # is: its teardown (pending tasks cancelled, worker threads joined, the loop closed) took 2-5 ms
    # after the last answer, before the briefing was written.
    result = run_sync(arun(inputs, options), close=not _ends_process)
    if _ends_process:
        _left_to_exit.append(result)
    return result


@app.command()
def brief(
    inputs: InputsArg,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Write the briefing here (atomically); - for stdout.")] = None,
    fmt: Annotated[Literal["md", "json", "html"], typer.Option("--format", "-f", case_sensitive=False, help="Output format.")] = "md",
    backend: BackendOpt = "auto",
    model: ModelOpt = None,
    mode: ModeOpt = "tools",
    concurrency: ConcurrencyOpt = 8,
    no_cache: NoCacheOpt = False,
    timeout: TimeoutOpt = 60.0,
    fetch_timeout: FetchTimeoutOpt = 20.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")] = False,
    rpm: RpmOpt = None,
    tpm: TpmOpt = None,
    max_cost: MaxCostOpt = None,
    prices: PricesOpt = None,
    prompts: PromptsOpt = None,
    dry_run: DryRunOpt = False,
    batch: BatchOpt = False,
    batch_id: BatchIdOpt = None,
    batch_poll: BatchPollOpt = 30.0,
    max_article_mb: MaxArticleOpt = DEFAULT_ARTICLE_MB,
    max_input_mb: MaxInputOpt = DEFAULT_RUN_MB,
    allow_private_urls: PrivateUrlsOpt = False,
    on_date: DateOpt = None,
    embeddings: EmbeddingsOpt = None,
) -> None:
    """Turn several articles about one story into one cited briefing."""
    from summarizer.pipeline import Options

    on_article, on_stage = _progress(quiet)
    on_stage = _saving_regexes_early(on_stage)
    try:
        target = _output_target(output, inputs)
        options = Options(backend=backend, model=model, mode=mode, concurrency=concurrency,
                          use_cache=not no_cache, timeout=timeout, fetch_timeout=fetch_timeout,
                          on_article=on_article, on_stage=on_stage, rpm=rpm, tpm=tpm, max_cost=max_cost,
                          prices=prices, prompt_dir=prompts, batch=batch, batch_id=batch_id, batch_poll=batch_poll,
                          max_article_mb=max_article_mb, max_input_mb=max_input_mb,
                          allow_private_urls=allow_private_urls, reference_date=_date(on_date),
                          embeddings=embeddings)
    except SummarizerError as exc:
        raise _fail(exc) from None
    if dry_run:
        _dry_run(inputs, options)
        return
    try:
        if not quiet:
            _announce_backend(options)
        result = _run(inputs, options)
        from summarizer.render import render

        _write_briefing(target, render(result.briefing, fmt, result.article_texts))
    except SummarizerError as exc:
        raise _fail(exc) from None
    _summary(result, quiet)
    _exit_for_what_was_left(result)


def _saving_regexes_early(on_stage: Callable[[str], None]) -> Callable[[str], None]:
    """``on_stage``, also writing the compiled regular expressions once the run waits for its review or
    synthesis answer (see :meth:`RegexCache.save_early`), instead of after the briefing is written."""
    from summarizer.cli.regex_cache import installed

    cache = installed()
    if cache is None:
        return on_stage

    def stage(name: str) -> None:
        on_stage(name)
        if name in ("adjudicate", "synthesize"):
            cache.save_early()

    return stage


@app.command()
def extract(
    inputs: InputsArg,
    backend: BackendOpt = "auto",
    model: ModelOpt = None,
    mode: ModeOpt = "tools",
    concurrency: ConcurrencyOpt = 8,
    no_cache: NoCacheOpt = False,
    timeout: TimeoutOpt = 60.0,
    fetch_timeout: FetchTimeoutOpt = 20.0,
    max_article_mb: MaxArticleOpt = DEFAULT_ARTICLE_MB,
    max_input_mb: MaxInputOpt = DEFAULT_RUN_MB,
    allow_private_urls: PrivateUrlsOpt = False,
) -> None:
    """Print one grounded per-article extraction as JSON per line (for pipelines)."""
    from summarizer.pipeline import Options

    try:
        options = Options(backend=backend, model=model, mode=mode, concurrency=concurrency,
                          use_cache=not no_cache, timeout=timeout, fetch_timeout=fetch_timeout,
                          max_article_mb=max_article_mb, max_input_mb=max_input_mb,
                          allow_private_urls=allow_private_urls)
        result = _run(inputs, options)
        _write_stdout("".join(record.model_dump_json() + "\n" for record in result.records))
    except SummarizerError as exc:
        raise _fail(exc) from None
    failed = result.briefing.failed_sources
    for source in failed:
        _say(f"summarizer: {source.uri}: {source.error}")
    if failed:
        raise typer.Exit(3)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the briefing JSON (``--format json``)."""
    from summarizer.render.json import render_schema

    _emit(render_schema(), "the schema")


@app.command("eval")
def eval_command(
    clusters: Annotated[Path, typer.Argument(help="Clusters JSONL: articles and a reference summary per line.")],
    config: Annotated[str, typer.Option(
        "--config", help="The run's configuration: key=value,... with keys backend, model, mode, concurrency, "
        "timeout, cache (on/off), base_url.")] = "backend=auto",
    compare: Annotated[tuple[str, str] | None, typer.Option(
        "--compare", help="Run two configurations A B on the same clusters and print B minus A, e.g. "
        "--compare backend=offline backend=llm,model=gpt-4o-mini.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write every figure as JSON here.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N clusters.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")] = False,
) -> None:
    """Score the pipeline on story clusters: ROUGE, grounding, key points, discrepancies, calls and cost."""
    from summarizer.evaluate import evaluate, parse_config

    try:
        configs = [parse_config(compare[0], "A"), parse_config(compare[1], "B")] if compare else \
            [parse_config(config, "run")]
        _, report = evaluate(clusters, configs, limit=limit, json_path=json_out,
                             progress=None if quiet else _say)
    except SummarizerError as exc:
        raise _fail(exc) from None
    _emit(report, "the report")


@cache_app.command("info")
def cache_info() -> None:
    """Where the cache is and how much it holds."""
    from summarizer.extract.cache import ExtractionCache

    info = _open_cache(ExtractionCache).info()
    _emit(f"path: {info['path']}\nentries: {info['entries']}\nbytes: {info['bytes']}\n", "the cache info")


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete every cached answer."""
    from summarizer.extract.cache import ExtractionCache

    removed = _open_cache(ExtractionCache).clear()
    _emit(f"removed {removed} cached answer(s)\n", "the count")


def _open_cache(factory: Callable[[], CacheT]) -> CacheT:
    import sqlite3

    from summarizer.extract.cache import default_cache_dir

    try:
        return factory()
    except (OSError, sqlite3.Error) as exc:
        raise _fail(ConfigError(f"{default_cache_dir()}: cache folder is not usable "
                                f"({getattr(exc, 'strerror', None) or exc}); set SUMMARIZER_CACHE_DIR")) from None


def _regex_cache() -> RegexCache | None:
    """Compiled regular expressions from earlier runs (:mod:`summarizer.cli.regex_cache`); None if unusable."""
    from summarizer.cli.regex_cache import install
    from summarizer.io import cache_dir

    try:
        return install(cache_dir() / "models")
    except Exception:  # a cache must never stop the command
        return None


def main() -> None:
    """Run the CLI, then leave without the interpreter's teardown.

    Freeing every loaded module's objects at exit took 0.7-1.3 s of a run's wall time, after the
    briefing was written. Exit handlers still run and both streams are flushed first.

    The cyclic garbage collector stays off for the command's life (the library leaves it alone): its
    full passes rescan every imported module's objects, 0.15-0.3 s of CPU per run, one of them on the
    way to the first request and one right after merging, on the critical path. Reference counting
    still frees what a run allocates; the cycles it leaves (asyncio's futures and tracebacks) added
    5 MB to the peak of a 48-article run (211 -> 216 MB).

    numpy's BLAS runs on one thread unless ``OPENBLAS_NUM_THREADS`` says otherwise: its products here are
    small (a few thousand sentence vectors at most), and a second thread waiting for work cost more than
    it saved: hashing 670 vectors into buckets took 21-34 ms of wall and 10 ms of CPU with two threads on
    a busy two-core machine, 0.5 ms of CPU with one. (Set before numpy is first imported, which is later.)
    """
    global _ends_process
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    gc.disable()
    regexes = _regex_cache()
    code: int | str | None = 0
    _ends_process = True
    try:
        app()
    except SystemExit as exc:
        code = exc.code
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    if regexes is not None:
        regexes.finish()
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
    except (OSError, ValueError) as exc:
        # Output cut short (a full disk, a closed pipe) is a failure, whichever command wrote it.
        with contextlib.suppress(OSError, ValueError):
            print(f"summarizer: error: <stdout>: cannot write the output: {getattr(exc, 'strerror', None) or exc}",
                  file=sys.stderr)
        code = code or 1
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code or 0)


if __name__ == "__main__":
    main()
