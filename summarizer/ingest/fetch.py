"""Fetching URL inputs: http(s) only, public addresses only, one deadline, a size cap.

A URL on the command line or in a feed is input we do not control, so fetching it must not become a
way into the machine's network (SSRF): every hop of a redirect chain is checked *after* DNS
resolution, and the connection goes to the very address that was checked (a second lookup could
answer differently). Loopback, private, link-local (cloud metadata), multicast and reserved
addresses are refused unless the user allows private URLs. The timeout is a deadline for the whole
download, enforced by a watchdog that closes the socket, so a server trickling bytes cannot hold a
run. Failures become input errors naming the URL.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit

from summarizer.errors import InputError

MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "summarizer/0.1 (+news briefing tool)"
SCHEMES = ("http", "https")
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,application/json;q=0.8,*/*;q=0.5"

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]


def system_resolver(host: str, port: int) -> list[str]:
    return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})


@dataclass
class FetchPolicy:
    """How URL inputs are fetched; tests inject a resolver instead of touching DNS."""

    timeout: float = 20.0  # seconds for the whole download, redirects included
    max_bytes: int = MAX_BYTES
    allow_private: bool = False
    resolver: Resolver = field(default=system_resolver)
    # Why an address is refused (None: allowed); tests narrow it to trust one local test server.
    refuse: Callable[[Address], str | None] = field(default=lambda address: refused_address(address))


@dataclass
class Fetched:
    body: bytes
    content_type: str  # media type only, lower case ("text/html")
    charset: str | None
    url: str  # after redirects


def refused_address(address: Address) -> str | None:
    """Why an address must not be fetched from by default, or None for a public one."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for test, name in ((address.is_loopback, "loopback"), (address.is_link_local, "link-local (metadata)"),
                       (address.is_private, "private"), (address.is_multicast, "multicast"),
                       (address.is_unspecified, "unspecified"), (address.is_reserved, "reserved")):
        if test:
            return name
    return None if address.is_global else "non-public"


def check_scheme(url: str, named: str | None = None) -> None:
    """Only http(s); ``named`` is the input as the user gave it, when ``url`` is a redirect target."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in SCHEMES:
        raise InputError(named or url, f"unsupported URL scheme {scheme + ':' if scheme else '(none)'}; "
                              "only http:// and https:// URLs are read")


def fetch_url(url: str, policy: FetchPolicy | float | None = None) -> Fetched:
    """The body of ``url`` after at most five checked redirects, within one deadline."""
    if not isinstance(policy, FetchPolicy):
        policy = FetchPolicy() if policy is None else FetchPolicy(timeout=float(policy))
    deadline = time.monotonic() + policy.timeout
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        check_scheme(current, url)
        status, headers, body = _get(url, current, policy, deadline)
        if status in (301, 302, 303, 307, 308) and headers.get("Location"):
            current = urljoin(current, headers["Location"])
            continue
        if status >= 400:
            raise InputError(url, f"HTTP {status} {http.client.responses.get(status, '')}".strip())
        message = Message()
        message["Content-Type"] = headers.get("Content-Type") or ""
        charset = message.get_content_charset()
        ctype = message.get_content_type() if headers.get("Content-Type") else ""
        return Fetched(body=body, content_type=ctype, charset=charset, url=current)
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects")


def _address(url: str, host: str, port: int, policy: FetchPolicy) -> str:
    """The address to connect to, checked; refuses the host when any address it resolves to is refused."""
    try:
        addresses = policy.resolver(host, port)
    except (OSError, UnicodeError) as exc:
        raise InputError(url, f"could not resolve {host}: {getattr(exc, 'strerror', None) or exc}") from None
    if not addresses:
        raise InputError(url, f"could not resolve {host}")
    if not policy.allow_private:
        for text in addresses:
            reason = policy.refuse(ipaddress.ip_address(text.split("%", 1)[0]))
            if reason:
                raise InputError(url, f"refused: {host} is a {reason} address ({text}); "
                                      "use --allow-private-urls to fetch it")
    return addresses[0]


def _get(original: str, url: str, policy: FetchPolicy, deadline: float) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host:
        raise InputError(original, "URL has no host")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise InputError(original, "URL has an invalid port") from None
    address = _address(original, host, port, policy)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise InputError(original, f"timed out after {policy.timeout:g} s")
    conn: http.client.HTTPConnection
    if parts.scheme.lower() == "https":
        conn = http.client.HTTPSConnection(host, port, timeout=remaining, context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(host, port, timeout=remaining)

    def connect_checked(_addr: tuple[str, int], timeout: float | None = None,
                        source: tuple[str, int] | None = None) -> socket.socket:
        # The address that was checked, never a second lookup of the name.
        return socket.create_connection((address, port), timeout, source)

    conn._create_connection = connect_checked  # type: ignore[attr-defined]
    watchdog = threading.Timer(remaining, _shut, args=(conn,))
    watchdog.daemon = True
    watchdog.start()
    try:
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        conn.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
        response = conn.getresponse()
        headers = {k.title(): v for k, v in response.getheaders()}
        if response.status in (301, 302, 303, 307, 308) or response.status >= 400:
            return response.status, headers, b""
        chunks: list[bytes] = []
        size = 0
        while True:
            if time.monotonic() > deadline:
                raise TimeoutError
            chunk = response.read1(65536)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > policy.max_bytes:
                raise InputError(original, f"response larger than the {policy.max_bytes / 2**20:g} MB limit")
        if time.monotonic() > deadline:
            raise TimeoutError
        return response.status, headers, b"".join(chunks)
    except InputError:
        raise
    except TimeoutError:
        raise InputError(original, f"timed out after {policy.timeout:g} s") from None
    except (OSError, http.client.HTTPException) as exc:
        if time.monotonic() >= deadline:
            raise InputError(original, f"timed out after {policy.timeout:g} s") from None
        raise InputError(original, f"could not fetch: {getattr(exc, 'strerror', None) or exc}") from None
    finally:
        watchdog.cancel()
        conn.close()


def _shut(conn: http.client.HTTPConnection) -> None:
    """The deadline passed: wake whatever read is blocked on this connection."""
    sock = conn.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
