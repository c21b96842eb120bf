"""Backend settings, read from options and the environment at call time (never at import time)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from summarizer.errors import ConfigError

Backend = Literal["auto", "llm", "offline"]
Mode = Literal["tools", "json_schema", "md_json", "json"]
DEFAULT_MODEL = "gpt-4o-mini"


@dataclass(frozen=True)
class LLMSettings:
    """Everything that shapes a model call. ``api_key`` is kept out of ``repr`` so it never reaches a log."""

    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str = field(default="", repr=False)
    mode: Mode = "tools"
    concurrency: int = 8
    timeout: float = 60.0
    max_attempts: int = 4
    max_total_wait: float = 120.0
    temperature: float = 0.0
    rpm: float | None = None  # requests per minute, shared by the whole run
    tpm: float | None = None  # estimated tokens per minute, shared by the whole run
    prompt_dir: Path | None = None  # user templates overriding ours (compare prompts with `eval`)


def resolve_backend(requested: Backend, env: Mapping[str, str] | None = None) -> Literal["llm", "offline"]:
    """``auto`` means the LLM when a key or a server is configured, the offline engine otherwise."""
    env = os.environ if env is None else env
    if requested == "auto":
        return "llm" if env.get("OPENAI_API_KEY") or env.get("OPENAI_BASE_URL") else "offline"
    if requested not in ("llm", "offline"):
        raise ConfigError(f"unknown backend {requested!r}: use auto, llm or offline")
    return requested


def llm_settings(
    model: str | None = None,
    mode: Mode = "tools",
    concurrency: int = 8,
    timeout: float = 60.0,
    env: Mapping[str, str] | None = None,
    rpm: float | None = None,
    tpm: float | None = None,
    prompt_dir: Path | None = None,
) -> LLMSettings:
    env = os.environ if env is None else env
    base_url = env.get("OPENAI_BASE_URL") or None
    api_key = env.get("OPENAI_API_KEY") or ""
    if not api_key and not base_url:
        raise ConfigError("the llm backend needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server)")
    if mode not in ("tools", "json_schema", "md_json", "json"):
        raise ConfigError(f"unknown mode {mode!r}: use tools, json_schema or md_json")
    if concurrency < 1:
        raise ConfigError("--concurrency must be at least 1")
    if (rpm is not None and rpm <= 0) or (tpm is not None and tpm <= 0):
        raise ConfigError("--rpm and --tpm must be positive")
    if prompt_dir is not None and not Path(prompt_dir).is_dir():
        raise ConfigError(f"{prompt_dir}: prompt folder not found")
    return LLMSettings(
        model=model or env.get("SUMMARIZER_MODEL") or DEFAULT_MODEL,
        base_url=base_url,
        # Local OpenAI-compatible servers accept any key; the client insists on one.
        api_key=api_key or "not-needed",
        mode=mode,
        concurrency=concurrency,
        timeout=timeout,
        rpm=rpm,
        tpm=tpm,
        prompt_dir=Path(prompt_dir) if prompt_dir is not None else None,
    )
