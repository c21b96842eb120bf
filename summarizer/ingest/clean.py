"""Boilerplate removal for article text (placeholder; issue 3 makes it real)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Cleaned:
    """Cleaned text plus what was taken out and any metadata found in the junk (bylines)."""

    text: str
    removed: list[str] = field(default_factory=list)
    byline: str | None = None


def clean_text(raw: str) -> Cleaned:
    """Remove site chrome and pleas from article text; keep a list of what went."""
    lines = [line.rstrip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return Cleaned(text="\n".join(lines).strip())
