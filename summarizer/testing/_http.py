"""The fixture server's HTTP side: reading a request, the transport faults (latency, delay, hang,
dropped connection, trickled body), writing the answer; and the simulated provider prompt cache."""

from __future__ import annotations

import hashlib
import json
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from summarizer.testing.fake_openai import FakeOpenAI, Fault

_NOT_FOUND = b'{"error": {"message": "not found"}}'


def handler_for(server: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to one fixture server."""
    return type("Handler", (ChatHandler,), {"outer": server})


class ChatHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    outer: ClassVar[FakeOpenAI]

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def _read(self) -> tuple[bytes, dict[str, str]]:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        with self.outer._lock:
            self.outer.headers_seen.append(headers)
        return body, headers

    def _custom(self, method: str) -> bool:
        route = self.outer._route(method, self.path)
        if route is None:
            return False
        body, headers = self._read()
        self._send(*route(method, self.path, headers, body))
        return True

    def do_GET(self) -> None:
        if not self._custom("GET"):
            self._send(404, {}, _NOT_FOUND)

    def do_DELETE(self) -> None:
        if not self._custom("DELETE"):
            self._send(404, {}, _NOT_FOUND)

    def do_POST(self) -> None:
        if self._custom("POST"):
            return
        body, headers_in = self._read()
        raw = body.decode("utf-8", errors="replace")
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send(404, {}, _NOT_FOUND)
            return
        try:
            request = json.loads(raw)
        except json.JSONDecodeError:
            self._send(400, {}, b'{"error": {"message": "invalid JSON body"}}')
            return
        fault, gone = self._held(self.outer.arrived(request, raw))
        if gone:
            return
        if fault is not None and fault.kind == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        status, headers, answer = self.outer.answer(request, fault, headers_in)
        if fault is not None and fault.kind == "trickle":
            self._trickle(answer, fault.seconds)
            return
        self._send(status, headers, answer)

    def _held(self, fault: Fault | None) -> tuple[Fault | None, bool]:
        """Latency, a fault's delay and a hang, in that order; True once the server is closing meanwhile.

        A hang ends in a normal answer (the fault is used up), so a client that waits long enough gets one."""
        if self.outer.latency:
            time.sleep(self.outer.latency)
        closing = self.outer._closing
        if fault is not None and fault.delay and closing.wait(fault.delay):
            return fault, True
        if fault is not None and fault.kind == "hang":
            return None, closing.wait(fault.seconds)
        return fault, False

    def _trickle(self, body: bytes, every: float) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for index in range(len(body)):
            if self.outer._closing.wait(every):
                return
            self.wfile.write(body[index : index + 1])
            self.wfile.flush()

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


class PrefixCache:
    """A provider's prompt cache, simulated: the leading whole blocks a request shares with earlier ones.

    Providers cache a prompt's prefix in blocks (64 to 128 tokens; some only from 1,024 tokens on);
    here a block is 256 characters (64 of the server's tokens) with no minimum, so the usage an answer
    reports shows whether requests begin with the same bytes. Returns the cached characters.
    """

    BLOCK = 256

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def lookup(self, prompt: str) -> int:
        cached, digest, hit = 0, hashlib.sha256(), True
        with self._lock:
            for end in range(self.BLOCK, len(prompt) + 1, self.BLOCK):
                digest.update(prompt[end - self.BLOCK:end].encode())
                key = digest.copy().hexdigest()
                if hit and key in self._seen:
                    cached = end
                else:
                    hit = False
                    self._seen.add(key)
        return cached


class QuietServer(ThreadingHTTPServer):
    """A client that gave up (timeout, closed pool) is an expected event here, not a traceback."""

    daemon_threads = True
    # socketserver's default backlog is 5: a client opening its pool of 8 connections at once (ours, a
    # peer's) saw the last SYNs dropped while the accept thread was busy, and those requests left only
    # after the kernel's 1 s retransmission, a whole round late. Real servers listen with hundreds.
    request_queue_size = 128

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)):
            return
        super().handle_error(request, client_address)
