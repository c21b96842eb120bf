"""A small static web site on 127.0.0.1 for URL-input tests and the red team's URL cases.

Both need the same thing (fixed routes with status, headers and body, plus one route that trickles
its body for longer than any download deadline); one server keeps the two from drifting apart.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = tuple[int, Mapping[str, str], bytes]
TRICKLE = "/trickle"
_MISSING: Route = (404, {"Content-Type": "text/plain"}, b"not found")


@contextlib.contextmanager
def serve_site(routes: Mapping[str, Route], *, trickle_chunks: int = 2000,
               trickle_interval: float = 0.1) -> Iterator[str]:
    """Serve ``routes`` on a free loopback port and yield the base URL; ``/trickle`` sends 8 bytes
    per ``trickle_interval`` seconds, ``trickle_chunks`` times, so only a whole-download deadline stops it."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == TRICKLE:
                self._trickle()
                return
            status, headers, body = routes.get(self.path, _MISSING)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _trickle(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(trickle_chunks):
                try:
                    self.wfile.write(b"trickle ")
                    self.wfile.flush()
                except OSError:  # the client gave up: what the deadline is for
                    return
                time.sleep(trickle_interval)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
