"""The test run cannot reach the network: only loopback connections are allowed."""

from __future__ import annotations

import socket
import threading

import pytest

# The guard's class is imported through pytest's conftest loader, so match on its message.
BLOCKED = r"tests may only use servers on 127\.0\.0\.1"


def test_a_public_address_is_refused_before_any_packet() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(RuntimeError, match=r"203\.0\.113\.7.*" + BLOCKED):
        sock.connect(("203.0.113.7", 443))


def test_a_private_address_is_refused_too() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(RuntimeError, match=BLOCKED):
        sock.connect_ex(("10.1.2.3", 80))


def test_loopback_stays_open() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        accepted: list[bool] = []
        thread = threading.Thread(target=lambda: accepted.append(bool(server.accept())))
        thread.start()
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
        thread.join(5)
    assert accepted == [True]
