"""What the command line shows and writes: one-line errors, progress, the briefing to stdout or a
file, the dry run's plan, the closing summary and the exit code for what was left undone."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from summarizer.errors import ConfigError, OutputError, SummarizerError
from summarizer.io import write_atomic

if TYPE_CHECKING:
    from rich.console import Console

    from summarizer.extract import ProgressCallback
    from summarizer.pipeline import Options, RunResult
    from summarizer.schema import Article, ExtractionRecord

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_console: Console | None = None


def _plain(text: object) -> str:
    """One line with no terminal escapes: a file name holding ANSI codes must not repaint the terminal."""
    return _CONTROL.sub("?", str(text)).replace("\n", " ").replace("\t", " ")


def _styled() -> Console | None:
    """rich's console for a terminal (its colours); None for a pipe or a file.

    There rich writes plain text, the same line :func:`_line` writes, and importing it took 40 ms
    of every run's start-up. ``FORCE_COLOR`` and ``TTY_COMPATIBLE`` still reach rich, which honours them.
    """
    global _console
    if _console is None:
        stream = sys.stderr
        terminal = bool(getattr(stream, "isatty", None) and stream.isatty())
        if not terminal and not os.environ.get("FORCE_COLOR") and not os.environ.get("TTY_COMPATIBLE"):
            return None
        from rich.console import Console

        _console = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)
    return _console


def _line(*parts: str | tuple[str, str]) -> None:
    """One line on stderr from plain parts and (text, style) parts; styles only show on a terminal."""
    console = _styled()
    if console is not None:
        from rich.text import Text

        console.print(Text.assemble(*parts))
        return
    sys.stderr.write("".join(p if isinstance(p, str) else p[0] for p in parts) + "\n")
    sys.stderr.flush()


def _say(message: str) -> None:
    _line(_plain(message))


def _fail(exc: SummarizerError) -> typer.Exit:
    _say(f"summarizer: error: {exc}")
    return typer.Exit(exc.exit_code)


def _progress(quiet: bool) -> tuple[ProgressCallback, Callable[[str], None]]:
    def on_article(article: Article, record: ExtractionRecord | None, error: str | None) -> None:
        if quiet:
            return
        # Paths, URLs and reasons come from the input: Text objects, never parsed as rich markup.
        if error:
            _line("  ", ("✗", "red"), f" {article.id} {_plain(article.uri)}: {_plain(error)}")
        else:
            tag = " (cached)" if record is not None and record.cached else ""
            _line("  ", ("✓", "green"), f" {article.id} {_plain(article.uri)}{tag}")

    def on_stage(name: str) -> None:
        if not quiet:
            _line((name, "bold"))

    return on_article, on_stage


def _emit(text: str, what: str) -> None:
    """stdout for commands with no briefing: a write error is one line and exit 1, as for the briefing."""
    try:
        _write_stdout(text, what)
    except OutputError as exc:
        raise _fail(exc) from None


def _write_stdout(text: str, what: str = "the briefing") -> None:
    """A full disk or a closed pipe is an error: exit non-zero rather than 0 with the briefing cut short."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as exc:
        # Python flushes stdout again at exit; point it at /dev/null so that flush has nothing to fail on.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        raise OutputError(f"<stdout>: cannot write {what}: {exc.strerror or exc}") from None


def _output_target(output: Path | None, inputs: list[str]) -> Path | None:
    """Where the briefing goes (None: stdout), refused before any work if it cannot or must not be written."""
    if output is None or str(output) == "-":
        return None
    if output.is_dir():
        raise ConfigError(f"{output}: is a folder; give -o a file name")
    ancestor = output.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if ancestor.exists() and not ancestor.is_dir():
        raise ConfigError(f"{output}: cannot write there, {ancestor} is a file")
    if output.exists():
        for given in inputs:
            if given == "-" or given.lower().startswith(("http://", "https://")):
                continue
            source = Path(given)
            with contextlib.suppress(OSError):
                inside = source.is_dir() and output.resolve().is_relative_to(source.resolve())
                if inside or (source.exists() and os.path.samefile(source, output)):
                    raise ConfigError(f"{output}: is an input ({given}); refusing to overwrite it with the briefing")
    return output


def _announce_backend(options: Options) -> None:
    from summarizer.extract.config import resolve_backend

    backend = resolve_backend(options.backend)
    if backend == "offline":
        _say("backend: offline (no OPENAI_API_KEY or OPENAI_BASE_URL set; no model is called)")
    else:
        _say("backend: llm")


def _dry_run(inputs: list[str], options: Options) -> None:
    """The plan on stdout (it is the output of a dry run); nothing is sent to a model."""
    from summarizer.extract.pricing import PRICES_AS_OF
    from summarizer.pipeline import aplan

    try:
        calls = asyncio.run(aplan(inputs, options))
    except SummarizerError as exc:
        raise _fail(exc) from None
    if not calls:
        _emit("dry run: no model calls (offline backend)\n", "the plan")
        return
    lines = [f"{'source':<8} {'part':>5} {'prompt chars':>12} {'est. prompt tok':>15} {'est. completion tok':>19} "
             f"{'est. cost USD':>13}  note"]
    for c in calls:
        cost = "?" if c.cost_usd is None else f"{c.cost_usd:.6f}"
        lines.append(f"{c.source:<8} {f'{c.part}/{c.parts}':>5} {c.chars:>12} {c.prompt_tokens:>15} "
                     f"{c.completion_tokens:>19} {cost:>13}  {'cached, not sent' if c.cached else ''}")
    made = [c for c in calls if not c.cached]
    known = [c.cost_usd for c in made if c.cost_usd is not None]
    total = f"${sum(known):.6f}" if len(known) == len(made) else "unknown (model not in the price table)"
    lines.append(f"dry run: {len(made)} call(s) would be made, {len(calls) - len(made)} answered from the cache; "
                 f"est. {sum(c.prompt_tokens for c in made)} prompt + {sum(c.completion_tokens for c in made)} "
                 f"completion tokens, est. cost {total} (prices as of {PRICES_AS_OF}"
                 f"{', batch price' if options.batch or options.batch_id else ''}); no call was made")
    _emit("\n".join(lines) + "\n", "the plan")


def _summary(result: RunResult, quiet: bool) -> None:
    if quiet:
        return
    b = result.briefing
    u = b.usage
    ok = sum(1 for s in b.sources if s.status == "ok")
    _say(f"briefing: {ok} source(s), {len(b.key_points)} key points, {len(b.discrepancies)} discrepancies, "
              f"{len(b.quotes)} quotes")
    if b.backend == "llm":
        from summarizer.extract.pricing import PRICES_AS_OF

        cost = f", est. ${u.cost_usd:.4f} (prices as of {PRICES_AS_OF})" if u.cost_usd is not None else ""
        _say(f"usage: {u.calls} call(s), {u.cached_calls} cached, {u.attempts} attempt(s) "
                  f"({u.failed_attempts} failed), "
                  f"{u.prompt_tokens} prompt ({u.cached_prompt_tokens} cached) + {u.completion_tokens} completion "
                  f"tokens{cost}")


def _write_briefing(target: Path | None, text: str) -> None:
    """The briefing to stdout or ``-o``, replaced whole (atomically) but not flushed to disk (no ``fsync``).

    The flush was the last thing a run waited for (5-20 ms, 0.18-0.28 s on a loaded disk) and bought
    only this: the file also survives a power cut or a crash of the machine in the seconds before the
    kernel writes it back. Any such loss leaves the previous briefing or none (never a half one on ext4,
    whose rename over a file writes the new data first; a new file may be left empty), and the briefing
    is made again from its inputs, with the model's answers from the answers cache. What cannot be made
    again (a submitted batch's state) is still written durably. A killed or failed run, a full disk and
    every reader still see the old briefing or the new one whole: that is the rename's doing.
    """
    if target is None:
        _write_stdout(text)
        return
    try:
        write_atomic(target, text, durable=False)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write the briefing: {exc.strerror or exc}") from None


def _exit_for_what_was_left(result: RunResult) -> None:
    """Exit 4 when the cost budget left articles undone, 3 when inputs failed; each named on stderr."""
    if result.skipped:
        for source_id, reason in result.skipped.items():
            _say(f"summarizer: left undone: {source_id}: {reason}")
        _say(f"summarizer: cost budget reached: {len(result.skipped)} article(s) left undone; "
             "the briefing covers the rest")
        raise typer.Exit(4)
    failed = result.briefing.failed_sources
    for source in failed:
        _say(f"summarizer: failed: {source.id} {source.uri}: {source.error}")
    if failed:
        _say(f"summarizer: {len(failed)} of {len(result.briefing.sources)} input(s) failed; "
             "the briefing lists them")
        raise typer.Exit(3)
