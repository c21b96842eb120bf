"""One exception hierarchy, so the CLI can map every failure to a message and an exit code.

Library callers catch :class:`SummarizerError`; anything else escaping the package is a bug.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base of every error the package raises on purpose."""

    exit_code = 1


class InputError(SummarizerError):
    """An input could not be read or holds no article; the message names the input."""

    exit_code = 2

    def __init__(self, uri: str, reason: str) -> None:
        super().__init__(f"{uri}: {reason}")
        self.uri = uri
        self.reason = reason


class ConfigError(SummarizerError):
    """Options or environment do not make a runnable configuration."""

    exit_code = 2


class OutputError(SummarizerError):
    """The briefing could not be written (a full disk, a closed pipe, a folder where a file should go)."""

    exit_code = 1


class ExtractionError(SummarizerError):
    """One article could not be extracted (after retries); the briefing goes on without it."""

    exit_code = 3

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.usage: object | None = None
        self.detail: str | None = None  # the underlying error, redacted, for logs and debugging


class BudgetExceeded(SummarizerError):
    """The cost budget would be passed by the next call."""

    exit_code = 4


class PartialFailure(SummarizerError):
    """A briefing was produced, but some articles failed; raised after it is written."""

    exit_code = 3
