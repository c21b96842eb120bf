"""What every model of the contract shares: no unknown fields, and dates only as precise as known."""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, ConfigDict

_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def check_partial_date(value: str) -> str:
    """Accept ISO dates as precise as known (``2025``, ``2025-02``, ``2025-02-20``) and nothing else.

    A wrong date is worse than none, so impossible days (``2025-02-30``) are rejected too; for the
    LLM backend the rejection becomes a re-ask with the error.
    """
    value = value.strip()
    if not _PARTIAL_DATE.match(value):
        raise ValueError(f"date must be ISO YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    if len(value) == 10:
        date.fromisoformat(value)  # raises on 2025-02-30
    return value


class Model(BaseModel):
    """Unknown fields are an error (a typo in a caller's dict is not silently dropped); building the
    validators waits for first use, so importing the contract stays cheap."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
