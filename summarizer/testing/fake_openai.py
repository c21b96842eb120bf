"""A small OpenAI-compatible server for tests, cassette recording and benchmarks (stdlib only).

It serves ``POST /v1/chat/completions`` on 127.0.0.1 and answers with *fixture* extractions that we
wrote by hand (matched by a phrase of the article), or, where no fixture matches, with what the
offline engine extracts from the fenced article. It is not a model and never claims to be one:
cassettes recorded against it hold our fixtures in the OpenAI wire format.

Tests can script faults per request (HTTP errors with or without ``Retry-After``, hangs, trickled
bodies, dropped connections, malformed or schema-breaking bodies, truncated output, empty choices,
refusals) with :meth:`FakeOpenAI.script`, and set a fixed latency for benchmarks. Every chat request
is logged in :attr:`FakeOpenAI.served` with its arrival time and the fault it got, so tests can check
timing (the whole pool pausing after a 429) as well as outcomes.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.testing._http import PrefixCache, QuietServer, handler_for

FENCE = re.compile(r"(<<<ARTICLE-[0-9A-F]+>>>)\n(.*?)\n\1", re.S)


@dataclass
class Fault:
    """One scripted misbehaviour, used for the next matching request instead of a normal answer.

    kind: ``status`` (HTTP ``status`` with optional ``headers``/``body``), ``hang`` (sleep ``seconds``
    then answer), ``trickle`` (send the answer one byte every ``seconds``: a read timeout never
    fires, only an overall deadline stops it), ``drop`` (close the connection without answering),
    ``garbage`` (HTTP 200 whose body is not JSON), ``malformed`` (invalid JSON in the tool call),
    ``invalid`` (valid JSON that fails the schema), ``length`` (finish_reason length), ``empty`` (no
    choices), ``refusal`` (a refusal message, no tool call).

    ``delay`` holds any answer back first; ``echo_auth`` puts the request's ``Authorization`` header
    into a ``status`` error body, as a misconfigured proxy might, so tests can prove the key is
    redacted wherever error text travels.
    """

    kind: str
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    match: str | None = None  # only for requests whose body contains this text
    body: str | None = None
    delay: float = 0.0
    echo_auth: bool = False


@dataclass
class Served:
    """One chat request as the server saw it: when it arrived and which fault (if any) it got."""

    at: float
    fault: str | None
    body: str


Responder = Callable[[dict[str, Any]], dict[str, Any]]
# A route answers (method, path, headers, raw body) with (status, headers, body); extra endpoints
# (files, batches) register here instead of growing the chat handler.
Route = Callable[[str, str, dict[str, str], bytes], tuple[int, dict[str, str], bytes]]


class FixtureResponder:
    """Answers from ``*.json`` fixture files: ``{"match": "phrase", "response": {...}}``.

    A fixture may name the response model it answers (``"tool": "Synthesis"``; default
    ``ArticleExtraction``), so that a synthesis request quoting an article's words is not answered
    with that article's extraction.
    """

    def __init__(self, directory: Path | None = None, fallback: Responder | None = None) -> None:
        self.fixtures: list[tuple[str, str, dict[str, Any]]] = []
        if directory is not None:
            for path in sorted(Path(directory).glob("*.json")):
                data = json.loads(path.read_text(encoding="utf-8"))
                self.fixtures.append((data.get("tool", "ArticleExtraction"), data["match"], data["response"]))
        self.fallback = fallback

    def __call__(self, request: dict[str, Any]) -> dict[str, Any]:
        user = _user_text(request)
        tool = requested_model(request)
        for name, phrase, response in self.fixtures:
            if name == tool and phrase in user:
                return response
        if self.fallback is not None:
            return self.fallback(request)
        if tool == "Adjudication":
            return {"verdicts": []}  # stand-in: no dissent, the rules' result stands (a fixture, not a model)
        return synthesis_answer(request) if tool == "Synthesis" else offline_answer(request)


def requested_model(request: dict[str, Any]) -> str:
    """The response model a request asks for: the tool's name, or the JSON schema's name."""
    tools = request.get("tools") or []
    if tools:
        return str(tools[0].get("function", {}).get("name", "ArticleExtraction"))
    schema = (request.get("response_format") or {}).get("json_schema") or {}
    if schema.get("name"):
        return str(schema["name"])
    system = _user_text({"messages": request.get("messages", [])[:1]})
    if "disagreements found between" in system:
        return "Adjudication"
    return "Synthesis" if "headline and overview" in system else "ArticleExtraction"


_POINT = re.compile(r"^- (.+?) \[((?:S\d+)(?:, S\d+)*)\]$", re.M)


def synthesis_answer(request: dict[str, Any]) -> dict[str, Any]:
    """Stand-in synthesis: the first key points, cited as given (a fixture, not a model)."""
    points = _POINT.findall(_user_text(request))[:3]
    overview = [{"text": text, "sources": [s.strip() for s in ids.split(",")]} for text, ids in points]
    headline = " ".join(points[0][0].split()[:12]) if points else "Briefing"
    return {"headline": headline, "overview": overview}


def offline_answer(request: dict[str, Any]) -> dict[str, Any]:
    """Stand-in model for benchmarks: the offline engine's extraction of the fenced article."""
    from summarizer.extract.offline import extract_offline
    from summarizer.schema import Article

    match = FENCE.search(_user_text(request))
    text = match.group(2) if match else ""
    extraction = extract_offline(Article(id="S0", uri="fake", text=text))
    return extraction.model_dump(mode="json", exclude={"claims": {"__all__": {"span"}}, "quotes": {"__all__": {"span"}},
                                                      "events": {"__all__": {"span"}},
                                                      "entities": {"__all__": {"mentions"}}})


def _user_text(request: dict[str, Any]) -> str:
    parts = []
    for message in request.get("messages", []):
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return "\n".join(parts)


class FakeOpenAI:
    """Run with ``with FakeOpenAI(...) as server:``; ``server.base_url`` ends in ``/v1``."""

    def __init__(self, responder: Responder | None = None, port: int = 0, latency: float = 0.0) -> None:
        self.responder = responder or FixtureResponder()
        self.latency = latency
        self.faults: deque[Fault] = deque()
        self.requests: list[dict[str, Any]] = []
        self.headers_seen: list[dict[str, str]] = []
        self.served: list[Served] = []
        self._lock = threading.Lock()
        # Set on close so that hung handlers wake up instead of outliving the test.
        self._closing = threading.Event()
        self._server = QuietServer(("127.0.0.1", port), handler_for(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None
        self.routes: dict[tuple[str, str], Route] = {}
        self._prefix_cache = PrefixCache()

    def add_route(self, method: str, prefix: str, route: Route) -> None:
        """Serve ``method`` requests whose path starts with ``prefix`` (e.g. ``/v1/files``) with ``route``."""
        self.routes[(method.upper(), prefix)] = route

    def _route(self, method: str, path: str) -> Route | None:
        matches = [(len(p), r) for (m, p), r in self.routes.items() if m == method and path.startswith(p)]
        return max(matches, key=lambda item: item[0])[1] if matches else None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, *faults: Fault) -> None:
        with self._lock:
            self.faults.extend(faults)

    def _next_fault(self, body: str) -> Fault | None:
        with self._lock:
            for fault in list(self.faults):
                if fault.match is None or fault.match in body:
                    self.faults.remove(fault)
                    return fault
        return None

    def __enter__(self) -> FakeOpenAI:
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._closing.set()
        self._server.shutdown()
        self._server.server_close()

    # ------------------------------------------------------------------ protocol

    def arrived(self, request: dict[str, Any], raw: str) -> Fault | None:
        """Log one chat request and take the fault scripted for it, if any."""
        with self._lock:
            self.requests.append(request)
        fault = self._next_fault(raw)
        with self._lock:
            self.served.append(Served(time.monotonic(), fault.kind if fault else None, raw))
        return fault

    def answer(self, request: dict[str, Any], fault: Fault | None,
               headers_in: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        """Build the HTTP answer for one chat completion request."""
        if fault is not None and fault.kind == "status":
            return _status_answer(fault, headers_in or {})
        if fault is not None and fault.kind == "garbage":
            return 200, {}, b"<html><body>502 Bad Gateway (from a proxy, with status 200)</body></html>"
        kind = fault.kind if fault is not None else None
        arguments, finish = _arguments(json.dumps(self.responder(request), ensure_ascii=False, sort_keys=True), kind)
        message = _message(request, arguments, refusal=kind == "refusal")
        prompt_text = json.dumps(request.get("tools", [])) + json.dumps(request.get("messages", []))
        prompt_chars = len(prompt_text)
        digest = hashlib.sha256(json.dumps(request, sort_keys=True).encode()).hexdigest()[:24]
        payload: dict[str, Any] = {
            "id": f"chatcmpl-fixture-{digest}",
            "object": "chat.completion",
            "created": 1735689600,
            "model": request.get("model", "fixture"),
            "choices": [] if kind == "empty" else [
                {"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
            "usage": {"prompt_tokens": math.ceil(prompt_chars / 4), "completion_tokens": math.ceil(len(arguments) / 4),
                      "total_tokens": math.ceil(prompt_chars / 4) + math.ceil(len(arguments) / 4),
                      "prompt_tokens_details": {"cached_tokens": self._prefix_cache.lookup(prompt_text) // 4}},
            "system_fingerprint": "fixture-server",
        }
        return 200, {}, json.dumps(payload).encode()


def _status_answer(fault: Fault, headers_in: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
    text = fault.body or f"scripted HTTP {fault.status}"
    if fault.echo_auth:
        text += f" (received authorization: {headers_in.get('authorization', '')})"
    body = json.dumps({"error": {"message": text, "type": "server_error", "code": fault.status}}).encode()
    return fault.status, dict(fault.headers), body


def _arguments(arguments: str, kind: str | None) -> tuple[str, str]:
    """The answer's JSON text and finish reason, broken as a ``malformed``/``invalid``/``length`` fault says."""
    if kind == "malformed":
        return arguments[: len(arguments) // 2] + "}{", "stop"
    if kind == "invalid":
        return json.dumps({"claims": [{"text": 5}], "events": [{"date": "sometime"}]}), "stop"
    if kind == "length":
        return arguments[: len(arguments) // 3], "length"
    return arguments, "stop"


def _message(request: dict[str, Any], arguments: str, refusal: bool) -> dict[str, Any]:
    """The assistant message in the shape the request's mode expects: a tool call, fenced or plain JSON."""
    message: dict[str, Any] = {"role": "assistant", "content": None}
    if refusal:
        message["refusal"] = "I can't help with that."
        message["content"] = "I can't help with that."
    elif request.get("tools"):
        name = request["tools"][0]["function"]["name"]
        call_id = "call_" + hashlib.sha256(arguments.encode()).hexdigest()[:16]
        message["tool_calls"] = [{"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}]
    elif "md_json" in json.dumps(request.get("messages", [])[:1]) or _wants_markdown(request):
        message["content"] = f"```json\n{arguments}\n```"
    else:
        message["content"] = arguments
    return message


def _wants_markdown(request: dict[str, Any]) -> bool:
    system = _user_text({"messages": request.get("messages", [])[:1]})
    return "```json" in system or "markdown" in system.lower()
