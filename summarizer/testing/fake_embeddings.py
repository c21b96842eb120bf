"""``POST /v1/embeddings`` for the fixture server: deterministic stand-in vectors, never a model.

Each text becomes a hashed bag of its words (every word a fixed random direction, from SHA-256),
plus one large component every text shares. The shared component imitates what real sentence
encoders do (unrelated sentences land at a high cosine), so tests see the calibration at work;
the bag makes texts with the same words close and texts with none far apart. Tests can script
HTTP failures and read what was asked.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from typing import Any

import numpy as np

from summarizer.testing.fake_openai import FakeOpenAI

DIM = 96
SHARED = 2.0  # the shared direction's weight against the bag's: unrelated texts score about 0.8
_WORD = re.compile(r"[^\W\d_]{3,}|\d+")


def fake_vector(text: str) -> list[float]:
    vector = np.zeros(DIM)
    for word in _WORD.findall(text.lower()):
        seed = int.from_bytes(hashlib.sha256(word.encode()).digest()[:8], "big")
        vector[1:] += np.random.default_rng(seed).standard_normal(DIM - 1)
    vector[0] = SHARED * max(1.0, float(np.linalg.norm(vector)))
    return [round(float(x), 6) for x in vector]


class EmbeddingsRoute:
    """Answers embedding requests; ``fail_with`` statuses are answered first, one per request."""

    def __init__(self, fail_with: list[int] | None = None) -> None:
        self.fail_with = list(fail_with or [])
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self._lock = threading.Lock()

    def __call__(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        request = json.loads(body or b"{}")
        with self._lock:
            self.requests.append(request)
            self.headers.append(headers)
            status = self.fail_with.pop(0) if self.fail_with else 200
        if status != 200:
            return status, {}, json.dumps({"error": {"message": "scripted failure"}}).encode()
        inputs = request.get("input")
        texts = [inputs] if isinstance(inputs, str) else list(inputs or [])
        data = [{"object": "embedding", "index": i, "embedding": fake_vector(t)} for i, t in enumerate(texts)]
        tokens = sum(len(t.split()) for t in texts)
        answer = {"object": "list", "data": data, "model": request.get("model"),
                  "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}
        return 200, {"Content-Type": "application/json"}, json.dumps(answer).encode()

    @property
    def texts(self) -> list[str]:
        return [t for r in self.requests for t in ([r["input"]] if isinstance(r["input"], str) else r["input"])]


def serve_embeddings(server: FakeOpenAI, fail_with: list[int] | None = None) -> EmbeddingsRoute:
    """Add the embeddings route to a running fixture server and return it."""
    route = EmbeddingsRoute(fail_with)
    server.add_route("POST", "/v1/embeddings", route)
    return route
