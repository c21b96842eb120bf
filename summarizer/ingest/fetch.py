"""Fetching URL inputs: http(s) only, public addresses only, one deadline, a size cap.

A URL on the command line or in a feed is input we do not control, so fetching it must not become a
way into the machine's network (SSRF): every hop of a redirect chain is checked *after* DNS
resolution, and the connection goes to the very address that was checked (a second lookup could
answer differently). Loopback, private, link-local (cloud metadata), multicast and reserved
addresses are refused unless the user allows private URLs. The timeout is a deadline for the whole
download, enforced by a watchdog that closes the socket, so a server trickling bytes cannot hold a
run. Failures become input errors naming the URL.

Proxies: ``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``ALL_PROXY`` (either case) and ``NO_PROXY`` are honoured,
as curl and requests do, because on a network that allows the web only through a proxy ignoring them
makes every URL fail. The proxy itself is the user's own setting and is not checked; the address
policy applies to the URL's host, resolved here before the request is handed to the proxy. A host
that does not resolve here is refused rather than left to the proxy to resolve (the proxy may reach
an intranet name we cannot see) unless private URLs are allowed. The proxy resolves the name again,
so a DNS answer that changes between the two lookups is the proxy's to police. Only ``http://``
proxies are spoken to (plain requests for http URLs, a ``CONNECT`` tunnel for https); others are
refused by name, and proxy credentials never appear in a message.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.request
from base64 import b64encode
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import SplitResult, unquote, urljoin, urlsplit

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


def environment_proxies() -> dict[str, str]:
    """Proxy settings from the environment when the run starts: scheme (or ``all``, ``no``) -> value."""
    return urllib.request.getproxies_environment()


@dataclass
class FetchPolicy:
    """How URL inputs are fetched; tests inject a resolver instead of touching DNS."""

    timeout: float = 20.0  # seconds for the whole download, redirects included
    max_bytes: int = MAX_BYTES
    allow_private: bool = False
    resolver: Resolver = field(default=system_resolver)
    # Why an address is refused (None: allowed); tests narrow it to trust one local test server.
    refuse: Callable[[Address], str | None] = field(default=lambda address: refused_address(address))
    # As urllib.request.getproxies_environment returns them; empty: always connect directly.
    proxies: Mapping[str, str] = field(default_factory=environment_proxies)
    ssl_context: ssl.SSLContext | None = None  # tests trust their own certificate authority


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


@dataclass
class Proxy:
    """An http:// proxy from the environment; ``shown`` names it without its credentials."""

    host: str
    port: int
    shown: str
    authorization: str | None = None  # the Proxy-Authorization header's value


def proxy_for(original: str, parts: SplitResult, proxies: Mapping[str, str]) -> Proxy | None:
    """The proxy a request to ``parts`` goes through, or None to connect directly (no proxy, NO_PROXY)."""
    scheme = parts.scheme.lower()
    value = proxies.get(scheme) or proxies.get("all")
    if not value:
        return None
    # Not in typeshed; the same NO_PROXY matching urllib and requests use.
    if urllib.request.proxy_bypass_environment(parts.hostname or "", proxies):  # type: ignore[attr-defined]
        return None
    setting = f"{'ALL' if not proxies.get(scheme) else scheme.upper()}_PROXY"
    proxy = urlsplit(value if "://" in value else f"http://{value}")
    try:
        port = proxy.port or 80
    except ValueError:
        port = -1
    shown = f"{proxy.scheme}://{proxy.hostname or ''}" + (f":{port}" if port > 0 else "")
    if proxy.scheme.lower() != "http" or not proxy.hostname or port < 0:
        raise InputError(original, f"the proxy in {setting} ({shown}) is not usable: only http://host:port "
                                   "proxies are supported; unset it or add the host to NO_PROXY")
    authorization = None
    if proxy.username is not None:
        user_pass = f"{unquote(proxy.username)}:{unquote(proxy.password or '')}"
        authorization = "Basic " + b64encode(user_pass.encode("utf-8")).decode("ascii")
    return Proxy(host=proxy.hostname, port=port, shown=shown, authorization=authorization)


def _address(url: str, host: str, port: int, policy: FetchPolicy, proxy: Proxy | None = None) -> str:
    """The address to connect to, checked; refuses the host when any address it resolves to is refused.

    Through a proxy the address is only checked (the proxy connects): with private URLs allowed the
    name is not even resolved here, since a network behind a proxy often has no outside DNS.
    """
    if proxy is not None and policy.allow_private:
        return host
    try:
        addresses = policy.resolver(host, port)
    except (OSError, UnicodeError) as exc:
        why = getattr(exc, "strerror", None) or exc
        if proxy is not None:
            raise InputError(url, f"could not resolve {host} ({why}), so its address cannot be checked before it "
                                  f"is fetched through the proxy {proxy.shown}; use --allow-private-urls to let "
                                  "the proxy resolve it") from None
        raise InputError(url, f"could not resolve {host}: {why}") from None
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
    host, port = _host_port(original, parts)
    proxy = proxy_for(original, parts, policy.proxies)
    address = _address(original, host, port, policy, proxy)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise InputError(original, f"timed out after {policy.timeout:g} s")
    path, headers = _request(parts, host, proxy)
    conn = _connection(parts, host, port, address, proxy, policy, remaining)
    via = f" (through the proxy {proxy.shown})" if proxy is not None else ""
    watchdog = threading.Timer(remaining, _shut, args=(conn,))
    watchdog.daemon = True
    watchdog.start()
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        received = {k.title(): v for k, v in response.getheaders()}
        if proxy is not None and response.status == 407:
            raise InputError(original, f"HTTP 407 Proxy Authentication Required{via}")
        if response.status in (301, 302, 303, 307, 308) or response.status >= 400:
            return response.status, received, b""
        return response.status, received, _body(original, response, policy, deadline)
    except InputError:
        raise
    except TimeoutError:
        raise InputError(original, f"timed out after {policy.timeout:g} s") from None
    except (OSError, http.client.HTTPException) as exc:
        if time.monotonic() >= deadline:
            raise InputError(original, f"timed out after {policy.timeout:g} s") from None
        raise InputError(original, f"could not fetch{via}: {getattr(exc, 'strerror', None) or exc}") from None
    finally:
        watchdog.cancel()
        conn.close()


def _host_port(original: str, parts: SplitResult) -> tuple[str, int]:
    host = parts.hostname or ""
    if not host:
        raise InputError(original, "URL has no host")
    try:
        return host, parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise InputError(original, "URL has an invalid port") from None


def _request(parts: SplitResult, host: str, proxy: Proxy | None) -> tuple[str, dict[str, str]]:
    """The request target and headers: the path, or for a plain http request to a proxy the whole URL."""
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT}
    if proxy is not None and parts.scheme.lower() == "http":
        # A plain http request to a proxy names the whole URL (never its user:password part).
        netloc = f"[{host}]" if ":" in host else host
        path = f"http://{netloc}{f':{parts.port}' if parts.port else ''}{path}"
        if proxy.authorization:
            headers["Proxy-Authorization"] = proxy.authorization
    return path, headers


def _body(original: str, response: http.client.HTTPResponse, policy: FetchPolicy, deadline: float) -> bytes:
    """The response body, read against the deadline and the size limit (a slow or endless body is stopped)."""
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
    return b"".join(chunks)


def _connection(parts: SplitResult, host: str, port: int, address: str, proxy: Proxy | None,
                policy: FetchPolicy, timeout: float) -> http.client.HTTPConnection:
    """A connection to the checked address, or to the proxy (a CONNECT tunnel to the host for https)."""
    https = parts.scheme.lower() == "https"
    context = (policy.ssl_context or ssl.create_default_context()) if https else None
    if proxy is not None:
        if not https:
            return http.client.HTTPConnection(proxy.host, proxy.port, timeout=timeout)
        tunnelled = http.client.HTTPSConnection(proxy.host, proxy.port, timeout=timeout, context=context)
        tunnel_headers = {"User-Agent": USER_AGENT}
        if proxy.authorization:
            tunnel_headers["Proxy-Authorization"] = proxy.authorization
        # The certificate is checked against the URL's host (http.client's server_hostname for a tunnel).
        tunnelled.set_tunnel(host, port, headers=tunnel_headers)
        return tunnelled
    conn: http.client.HTTPConnection
    if https:
        conn = http.client.HTTPSConnection(host, port, timeout=timeout, context=context)
    else:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)

    def connect_checked(_addr: tuple[str, int], timeout: float | None = None,
                        source: tuple[str, int] | None = None) -> socket.socket:
        # The address that was checked, never a second lookup of the name.
        return socket.create_connection((address, port), timeout, source)

    conn._create_connection = connect_checked  # type: ignore[attr-defined]
    return conn


def _shut(conn: http.client.HTTPConnection) -> None:
    """The deadline passed: wake whatever read is blocked on this connection."""
    sock = conn.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
