"""The options the commands share, declared once (typer reads their help and choices from here)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal

import typer

from summarizer.errors import ConfigError

InputsArg = Annotated[list[str], typer.Argument(help="Files, folders, .jsonl, URLs, or - for stdin.", show_default=False)]
BackendOpt = Annotated[Literal["auto", "llm", "offline"], typer.Option(
    "--backend", case_sensitive=False, help="auto: the LLM if OPENAI_API_KEY or OPENAI_BASE_URL is set, else offline.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Model name (default: $SUMMARIZER_MODEL or gpt-4o-mini).")]
ModeOpt = Annotated[Literal["tools", "json_schema", "md_json", "json"], typer.Option(
    "--mode", case_sensitive=False, help="How the model is asked for structured output (instructor's mode).")]
ConcurrencyOpt = Annotated[int, typer.Option("--concurrency", min=1, help="Articles in flight at once.")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the answer cache.")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", min=1.0, help="Seconds before one model request is abandoned.")]
FetchTimeoutOpt = Annotated[float, typer.Option(
    "--fetch-timeout", min=0.1, help="Seconds for downloading one URL input, redirects included.")]
MaxArticleOpt = Annotated[float, typer.Option(
    "--max-article-mb", min=0.001, help="Largest article read, in MB (a bigger one fails alone).")]
MaxInputOpt = Annotated[float, typer.Option(
    "--max-input-mb", min=0.001, help="Most input read in one run, in MB (inputs past it fail).")]
PrivateUrlsOpt = Annotated[bool, typer.Option(
    "--allow-private-urls", help="Fetch URLs on loopback, private and link-local addresses (refused by default).")]
EmbeddingsOpt = Annotated[str | None, typer.Option(
    "--embeddings", metavar="MODEL", help="Align statements across sources with this model of the server's "
    "/v1/embeddings (OPENAI_BASE_URL / OPENAI_API_KEY; cached) instead of the shipped one.")]
DateOpt = Annotated[str | None, typer.Option(
    "--date", help="YYYY-MM-DD: read undated articles' relative dates ('Friday') against this day.")]

RpmOpt = Annotated[float | None, typer.Option("--rpm", min=0.001, help="At most this many requests per minute.")]
TpmOpt = Annotated[float | None, typer.Option("--tpm", min=1.0, help="At most this many (estimated) tokens per minute.")]
MaxCostOpt = Annotated[float | None, typer.Option(
    "--max-cost", min=0.0, help="Stop before the estimated cost passes this many USD; exit 4, naming what was left undone.")]
PromptsOpt = Annotated[Path | None, typer.Option(
    "--prompts", help="Folder of prompt templates overriding the built-in ones (same file names).")]
PricesOpt = Annotated[Path | None, typer.Option(
    "--prices", help="JSON/TOML price table (model -> input/output USD per 1M tokens); default $SUMMARIZER_PRICES.")]
DryRunOpt = Annotated[bool, typer.Option(
    "--dry-run", help="Print the model calls that would be made, with estimated tokens and cost; make none.")]
BatchOpt = Annotated[bool, typer.Option("--batch", help="Use the OpenAI Batch API: half price, answers within 24 h.")]
BatchIdOpt = Annotated[str | None, typer.Option("--batch-id", help="Resume waiting for this batch (implies --batch).")]
BatchPollOpt = Annotated[float, typer.Option("--batch-poll", min=0.0, help="Seconds between batch status checks.")]


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"--date {value!r} is not a date: use YYYY-MM-DD") from None
