"""API keys kept out of every log record and failure reason (error bodies can echo a key back)."""

from __future__ import annotations

import logging
from typing import Any

_SECRETS: set[str] = set()
_previous_factory: Any = None


def register_secret(secret: str) -> None:
    """Redact ``secret`` from every log record from now on (instructor and openai log error bodies)."""
    global _previous_factory
    if len(secret) < 8 or secret == "not-needed":
        return  # too short to be a real key, and redacting common words would garble logs
    _SECRETS.add(secret)
    if _previous_factory is None:
        _previous_factory = logging.getLogRecordFactory()
        logging.setLogRecordFactory(_redacting_factory)


def redact(text: str) -> str:
    for secret in _SECRETS:
        text = text.replace(secret, "[REDACTED]")
    return text


def _redacting_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
    record: logging.LogRecord = _previous_factory(*args, **kwargs)
    try:
        message = record.getMessage()
    except Exception:  # a broken format string is the logging module's to report, not ours
        return record
    if any(secret in message for secret in _SECRETS):
        record.msg, record.args = redact(message), None
    if record.exc_info and record.exc_info[1] is not None:
        text = logging.Formatter().formatException(record.exc_info)
        if any(secret in text for secret in _SECRETS):
            record.exc_text = redact(text)
    return record
