"""An OpenAI-compatible ``/v1/embeddings`` endpoint as the aligner's model (``--embeddings MODEL``).

The shipped static model is fast and needs no network, but a sentence encoder behind an endpoint
(a provider's embedding model, or a local server) tells paraphrases apart better. This client
implements the aligner's one interface (``name`` and ``embed(texts) -> unit rows``), so the merger
never knows which model it has. It lives beside the LLM adapter because it is a model client:
the stages from alignment on import no HTTP client (import-linter contract).

What it guarantees, like the extraction calls:

* every vector is cached by (model, text) in the answers cache, so a rerun sends no request and
  gives the same briefing; a failed call is never cached;
* 429 and 5xx answers and dropped connections are retried with the server's ``Retry-After`` or a
  short backoff; anything else, or a malformed answer, raises :class:`EmbeddingError`, and the
  pipeline then aligns with the shipped model and says so in a warning (never half of each);
* the key travels only in the ``Authorization`` header; it is registered for redaction in logs.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Sequence
from typing import Any

import httpx2
import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel

from summarizer.extract.cache import ExtractionCache
from summarizer.extract.config import LLMSettings
from summarizer.extract.llm import DEFAULT_BASE_URL, TRANSIENT_STATUS, register_secret, retry_after, tls_context
from summarizer.extract.pricing import Price, PriceBook
from summarizer.schema import Usage

EMBEDDINGS_VERSION = "emb-1"
BATCH = 128  # texts per request: well under every provider's input-count limit
BACKOFF = 0.5  # seconds before the first retry when the server names no wait; doubles each time


class EmbeddingError(Exception):
    """The endpoint gave no usable vectors; the message names the model and what went wrong."""


class StoredVector(BaseModel):
    """One cached vector (the cache stores Pydantic models)."""

    values: list[float]


def cache_key(model: str, text: str) -> str:
    payload = json.dumps({"embeddings": model, "text": text, "backend": EMBEDDINGS_VERSION}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


class EndpointEmbedder:
    """Unit vectors from ``POST {base_url}/embeddings`` for ``model``, cached per text."""

    def __init__(self, settings: LLMSettings, model: str, cache: ExtractionCache | None = None,
                 prices: dict[str, Price] | None = None) -> None:
        self.model = model
        self.name = f"endpoint:{model}"
        self.settings = settings
        self.cache = cache
        self.base_url = (settings.base_url or DEFAULT_BASE_URL).rstrip("/")
        self.prices = PriceBook(model, prices)
        self.usage = Usage()
        register_secret(settings.api_key)
        self._http: httpx2.Client | None = None

    def _client(self) -> httpx2.Client:
        if self._http is None:
            self._http = httpx2.Client(
                timeout=self.settings.timeout, verify=tls_context(),
                headers={"Authorization": f"Bearer {self.settings.api_key}", "Accept": "application/json"},
            )
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        unique = list(dict.fromkeys(texts))
        found: dict[str, list[float]] = {}
        missing: list[str] = []
        for text in unique:
            hit = self.cache.get_model(cache_key(self.model, text), StoredVector) if self.cache is not None else None
            if hit is not None and hit.values:
                found[text] = hit.values
            else:
                missing.append(text)
        if unique and not missing:
            self.usage = self.usage.add(Usage(calls=1, cached_calls=1))  # one call, answered by the cache
        for start in range(0, len(missing), BATCH):
            batch = missing[start : start + BATCH]
            for text, values in zip(batch, self._request(batch), strict=True):
                found[text] = values
                if self.cache is not None:
                    self.cache.put(cache_key(self.model, text), StoredVector(values=values), self.model)
        if not unique:
            return np.zeros((0, 1), dtype=np.float32)
        dims = {len(v) for v in found.values()}
        if len(dims) != 1:
            raise EmbeddingError(f"embeddings model {self.model!r} gave vectors of different lengths {sorted(dims)}")
        matrix = np.asarray([found[t] for t in texts], dtype=np.float32)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        if not np.all(norms > 0):
            raise EmbeddingError(f"embeddings model {self.model!r} gave an all-zero vector")
        unit: NDArray[np.float32] = (matrix / norms).astype(np.float32)
        return unit

    def _request(self, batch: list[str]) -> list[list[float]]:
        body = {"model": self.model, "input": batch, "encoding_format": "float"}
        wait = BACKOFF
        for attempt in range(1, self.settings.max_attempts + 1):
            self.usage = self.usage.add(Usage(attempts=1, calls=1 if attempt == 1 else 0))
            try:
                response = self._client().post(f"{self.base_url}/embeddings", json=body)
            except httpx2.TransportError as exc:
                failure = f"{type(exc).__name__}"
                retry = True
            else:
                if response.status_code == 200:
                    return self._vectors(response, len(batch))
                failure = f"HTTP {response.status_code}"
                retry = response.status_code in TRANSIENT_STATUS
                wait = retry_after(response.headers) or wait
            self.usage = self.usage.add(Usage(failed_attempts=1))
            if not retry or attempt == self.settings.max_attempts:
                raise EmbeddingError(f"embeddings model {self.model!r} at {self.base_url}: {failure}")
            time.sleep(min(wait, self.settings.max_total_wait))
            wait *= 2
        raise EmbeddingError(f"embeddings model {self.model!r}: no attempts allowed")  # max_attempts < 1

    def _vectors(self, response: httpx2.Response, count: int) -> list[list[float]]:
        try:
            payload: Any = response.json()
            rows = sorted(payload["data"], key=lambda row: int(row["index"]))
            vectors = [[float(x) for x in row["embedding"]] for row in rows]
        except (ValueError, KeyError, TypeError) as exc:
            raise EmbeddingError(f"embeddings model {self.model!r}: malformed answer ({type(exc).__name__})") from None
        if len(vectors) != count or any(not v or not all(math.isfinite(x) for x in v) for v in vectors):
            raise EmbeddingError(f"embeddings model {self.model!r}: {len(vectors)} usable vectors for {count} texts")
        usage = payload.get("usage") if isinstance(payload, dict) else None
        tokens = int(usage.get("prompt_tokens", 0) or 0) if isinstance(usage, dict) else 0
        self.usage = self.usage.add(Usage(prompt_tokens=tokens, cost_usd=self.prices.cost(tokens, 0)))
        return vectors
