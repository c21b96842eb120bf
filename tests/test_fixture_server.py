"""The fixture server behind the cassettes and benchmarks accepts a whole request pool at once."""

from __future__ import annotations

import contextlib
import socket

from summarizer.testing.fake_openai import FakeOpenAI


def test_a_burst_of_connections_is_queued_not_dropped() -> None:
    # A client opens its pool of 8 (or more) connections at the same instant. With socketserver's
    # default backlog of 5 the kernel dropped the SYNs past it while the accept thread was busy,
    # and those requests left a whole second (the SYN retransmission) late. Here nothing accepts
    # at all: every connection must still complete from the listen queue.
    server = FakeOpenAI()
    sockets: list[socket.socket] = []
    try:
        for _ in range(16):
            sockets.append(socket.create_connection(("127.0.0.1", server.port), timeout=2.0))
    finally:
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.close()
        server._server.server_close()  # never served: shutdown() would wait for a loop that never ran
    assert len(sockets) == 16
