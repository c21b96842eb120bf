"""Estimated cost of model calls, from a small dated price table a user can override.

Prices change and differ per account, so the table is dated and every figure derived from it is
called an *estimate*. A user points ``SUMMARIZER_PRICES`` (or ``--prices``) at a JSON or TOML file
mapping model names to ``{"input": .., "output": ..}`` dollars per million tokens to correct it; an
unknown model gives no cost rather than a wrong one. Token counts before a call are estimated from
characters, since a tokenizer per provider would be a heavy dependency for a budget check.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigError

PRICES_AS_OF = "2025-06-01"
# English prose is ~4 characters per token; JSON schema and punctuation tokenize worse, and an
# estimate that reserves budget had better be high.
CHARS_PER_TOKEN = 3.6
# Batch API runs are billed at half the synchronous price (OpenAI, as of PRICES_AS_OF).
BATCH_DISCOUNT = 0.5


@dataclass(frozen=True)
class Price:
    """Dollars per million tokens."""

    input: float
    output: float


DEFAULT_PRICES: dict[str, Price] = {
    "gpt-4o-mini": Price(0.15, 0.60),
    "gpt-4o": Price(2.50, 10.00),
    "gpt-4.1": Price(2.00, 8.00),
    "gpt-4.1-mini": Price(0.40, 1.60),
    "gpt-4.1-nano": Price(0.10, 0.40),
    "o4-mini": Price(1.10, 4.40),
}


def estimate_tokens(chars: int) -> int:
    return max(1, math.ceil(chars / CHARS_PER_TOKEN)) if chars > 0 else 0


def estimate_completion_tokens(article_chars: int) -> int:
    """A pre-call guess of the answer size: extractions copy evidence, so they grow with the article.

    Deliberately on the high side (JSON keys, copied evidence and entity lists make a short article's
    answer several times its length): it only reserves budget, and the real usage replaces it.
    """
    return 600 + estimate_tokens(article_chars) * 5 // 2


def load_prices(path: str | Path | None = None, env: Mapping[str, str] | None = None) -> dict[str, Price]:
    """The default table updated with the user's file (``path``, else ``$SUMMARIZER_PRICES``)."""
    env = os.environ if env is None else env
    source = path or env.get("SUMMARIZER_PRICES") or None
    prices = dict(DEFAULT_PRICES)
    if source is None:
        return prices
    file = Path(source)
    try:
        raw = file.read_text(encoding="utf-8")
        data = _toml(raw) if file.suffix == ".toml" else json.loads(raw)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"price table {file}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"price table {file}: expected a table of model -> {{input, output}}")
    for model, entry in data.items():
        try:
            prices[str(model)] = Price(float(entry["input"]), float(entry["output"]))
        except (KeyError, TypeError, ValueError):
            raise ConfigError(f"price table {file}: {model!r} needs numeric 'input' and 'output'") from None
    return prices


def _toml(raw: str) -> dict[str, Any]:
    import tomllib  # only for a TOML table: every run imports this module, few read one

    return tomllib.loads(raw)


class PriceBook:
    """Turns token counts into dollars for one model; ``None`` when the model is not in the table."""

    def __init__(self, model: str, prices: Mapping[str, Price] | None = None) -> None:
        table = DEFAULT_PRICES if prices is None else prices
        # Dated snapshots ("gpt-4o-mini-2024-07-18") cost what their family costs.
        self.price = table.get(model) or next(
            (table[name] for name in sorted(table, key=len, reverse=True) if model.startswith(name + "-")), None
        )

    def cost(self, prompt_tokens: int, completion_tokens: int, batch: bool = False) -> float | None:
        if self.price is None:
            return None
        dollars = (prompt_tokens * self.price.input + completion_tokens * self.price.output) / 1_000_000
        return dollars * BATCH_DISCOUNT if batch else dollars


class Budget:
    """A spending cap shared by every concurrent call of a run.

    Calls run at once, so spent money alone would let all of them start under the cap and finish
    far over it: each call *reserves* its estimate before it starts and settles the real cost after,
    and a call whose reservation would pass the cap is not made.
    """

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.spent = 0.0
        self.reserved = 0.0
        self.refused = 0

    def reserve(self, estimate: float) -> bool:
        if self.spent + self.reserved + estimate > self.limit:
            self.refused += 1
            return False
        self.reserved += estimate
        return True

    def settle(self, estimate: float, actual: float | None) -> None:
        self.reserved = max(0.0, self.reserved - estimate)
        self.spent += estimate if actual is None else actual

    @property
    def left(self) -> float:
        return max(0.0, self.limit - self.spent - self.reserved)
