"""Content-addressed cache of model answers, in SQLite (safe for two processes at once).

The key hashes everything that shapes an answer: the exact messages sent (which contain the article
text and the rendered prompt), the model, the instructor mode, the response schema, the prompt
template version and this backend's version. A corrupt entry is ignored and overwritten.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import sqlite3
import time
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from summarizer.io import cache_dir
from summarizer.schema import ArticleExtraction

BACKEND_VERSION = "llm-1"
M = TypeVar("M", bound=BaseModel)


def default_cache_dir() -> Path:
    return cache_dir()


def schema_hash() -> str:
    """Hash of the schema actually sent (the compact one), so changing it invalidates old answers."""
    from summarizer.extract.response_model import schema_hash as sent_schema_hash

    return sent_schema_hash()


def cache_key(messages: list[dict[str, str]], model: str, mode: str, prompt_version: str,
              response_model: type[BaseModel] = ArticleExtraction) -> str:
    payload = json.dumps(
        {"messages": messages, "model": model, "mode": mode, "prompt": prompt_version,
         "schema": schema_hash() if response_model is ArticleExtraction else _model_hash(response_model),
         "backend": BACKEND_VERSION},
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


@functools.cache
def _model_hash(response_model: type[BaseModel]) -> str:
    # Once per model: the review's schema took 0.5 ms per call, between the merge and the review request.
    schema = json.dumps({"name": response_model.__name__, "schema": response_model.model_json_schema()},
                        sort_keys=True)
    return hashlib.sha256(schema.encode()).hexdigest()[:16]


_OPEN_PATIENCE_S = 30.0
_NOT_A_DATABASE = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}


def _is_busy(error: sqlite3.DatabaseError) -> bool:
    return getattr(error, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def _is_not_a_database(error: sqlite3.DatabaseError) -> bool:
    """Only a file that is not SQLite may be deleted; "locked" means a second run is at work on it."""
    return getattr(error, "sqlite_errorname", "") in _NOT_A_DATABASE or str(error).startswith("file is not a database")


class ExtractionCache:
    """Stores validated extractions only: a failed call is never cached, so a re-run retries it."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_cache_dir()
        self.path = self.directory / "extractions.sqlite3"
        self.directory.mkdir(parents=True, exist_ok=True)
        self._db = self._open()

    def _connect(self) -> sqlite3.Connection:
        # WAL lets a second process read while one writes; the timeout makes writers wait their turn.
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(
            "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT NOT NULL, "
            "model TEXT, created REAL NOT NULL)"
        )
        return db

    def _open(self) -> sqlite3.Connection:
        deadline = time.monotonic() + _OPEN_PATIENCE_S
        while True:
            try:
                return self._connect()
            except sqlite3.DatabaseError as error:
                if _is_busy(error) and time.monotonic() < deadline:
                    # Another run is creating the file or switching it to WAL: wait for it, never delete.
                    time.sleep(0.05)
                    continue
                if not _is_not_a_database(error):
                    raise
            # Not a database any more (truncated, overwritten): start afresh rather than fail the run.
            for suffix in ("", "-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            return self._connect()

    def get(self, key: str) -> tuple[ArticleExtraction, dict[str, Any]] | None:
        hit = self.get_model(key, ArticleExtraction)
        return None if hit is None else (hit, {})

    def get_model(self, key: str, model: type[M]) -> M | None:
        """Any cached structured answer (an extraction, a synthesis), validated again on the way out."""
        try:
            row = self._db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError:
            return None
        if row is None:
            return None
        try:
            return model.model_validate(json.loads(row[0])["extraction"])
        except (ValueError, KeyError, TypeError):
            return None  # corrupt entry: treated as a miss and overwritten by the next put

    def put(self, key: str, extraction: BaseModel, model: str, meta: dict[str, Any] | None = None) -> None:
        value = json.dumps({"extraction": extraction.model_dump(mode="json"), "meta": meta or {}})
        # A cache that cannot be written costs money later, not correctness now.
        with contextlib.suppress(sqlite3.DatabaseError):
            self._db.execute(
                "INSERT OR REPLACE INTO entries (key, value, model, created) VALUES (?, ?, ?, ?)",
                (key, value, model, time.time()),
            )

    def info(self) -> dict[str, Any]:
        count, size = self._db.execute("SELECT COUNT(*), COALESCE(SUM(LENGTH(value)), 0) FROM entries").fetchone()
        return {"path": str(self.path), "entries": int(count), "bytes": int(size)}

    def clear(self) -> int:
        count = int(self._db.execute("SELECT COUNT(*) FROM entries").fetchone()[0])
        self._db.execute("DELETE FROM entries")
        self._db.execute("VACUUM")
        return count

    def close(self) -> None:
        self._db.close()
