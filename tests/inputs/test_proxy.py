"""URL inputs through HTTP(S)_PROXY: the proxy is used, and the address policy still applies to the URL's host.

A forward proxy runs on 127.0.0.1 (plain requests for http URLs, CONNECT tunnels for https), in front
of an HTTP and a TLS site also on 127.0.0.1; the TLS site's certificate comes from a test authority
(trustme) and names ``news.test`` only. URL hosts resolve through an injected resolver to public
addresses, so a direct connection would leave the machine and be stopped by the test network guard:
an answer proves the request went through the proxy.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import select
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
import trustme

from summarizer.errors import InputError
from summarizer.ingest import ReadLimits, load_inputs
from summarizer.ingest.fetch import FetchPolicy, fetch_url, refused_address
from tests.inputs.corpus import ARTICLE_HTML

PUBLIC = "93.184.216.34"
NAMES = {"news.test": [PUBLIC], "other.test": [PUBLIC], "metadata.test": ["169.254.169.254"],
         "intranet.test": ["10.1.2.3"]}


def _resolver(host: str, port: int) -> list[str]:
    if host in NAMES:
        return NAMES[host]
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        raise socket.gaierror(-2, "Name or service not known") from None


class _Site(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://metadata.test/latest/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = ARTICLE_HTML.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@dataclass
class ProxyLog:
    """What the proxy was asked: request lines and Proxy-Authorization values, in order."""

    lines: list[str] = field(default_factory=list)
    auth: list[str | None] = field(default_factory=list)
    required: str | None = None  # the Basic credentials ("user:password") the proxy demands, if any


def _proxy_handler(log: ProxyLog, http_site: tuple[str, int], tls_site: tuple[str, int]) -> type[BaseHTTPRequestHandler]:
    class _Proxy(BaseHTTPRequestHandler):
        def _admitted(self) -> bool:
            log.lines.append(self.requestline)
            given = self.headers.get("Proxy-Authorization")
            log.auth.append(given)
            if log.required is None or given == "Basic " + base64.b64encode(log.required.encode()).decode():
                return True
            self.send_response(407)
            self.send_header("Proxy-Authenticate", 'Basic realm="test"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return False

        def do_GET(self) -> None:
            if not self._admitted():
                return
            target = urlsplit(self.path)  # an absolute URL: whatever its host, the HTTP site answers
            upstream = http.client.HTTPConnection(*http_site, timeout=5)
            upstream.request("GET", target.path or "/", headers={"Host": self.headers.get("Host", "")})
            answer = upstream.getresponse()
            body = answer.read()
            self.send_response(answer.status)
            for name, value in answer.getheaders():
                if name.lower() not in ("content-length", "connection", "transfer-encoding"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            upstream.close()

        def do_CONNECT(self) -> None:
            if not self._admitted():
                return
            upstream = socket.create_connection(tls_site, timeout=5)
            self.send_response(200, "Connection established")
            self.end_headers()
            ends = [self.connection, upstream]
            try:
                while True:
                    ready, _, _ = select.select(ends, [], [], 5)
                    if not ready:
                        return
                    for end in ready:
                        data = end.recv(65536)
                        if not data:
                            return
                        (upstream if end is self.connection else self.connection).sendall(data)
            finally:
                upstream.close()
                self.close_connection = True

        def log_message(self, format: str, *args: object) -> None:
            return

    return _Proxy


def _serve(server: ThreadingHTTPServer) -> None:
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()


@dataclass
class Network:
    proxy: str
    log: ProxyLog
    client_tls: ssl.SSLContext
    http_site: str


@pytest.fixture
def network() -> Iterator[Network]:
    authority = trustme.CA()
    site = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    tls = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("news.test").configure_cert(server_context)
    tls.socket = server_context.wrap_socket(tls.socket, server_side=True)
    log = ProxyLog()
    http_addr = (str(site.server_address[0]), int(site.server_address[1]))
    tls_addr = (str(tls.server_address[0]), int(tls.server_address[1]))
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), _proxy_handler(log, http_addr, tls_addr))
    servers = (site, tls, proxy)
    for server in servers:
        _serve(server)
    client_tls = ssl.create_default_context()
    authority.configure_trust(client_tls)
    try:
        yield Network(proxy=f"127.0.0.1:{proxy.server_address[1]}", log=log, client_tls=client_tls,
                      http_site=f"127.0.0.1:{http_addr[1]}")
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def _policy(net: Network, **overrides: object) -> FetchPolicy:
    policy = FetchPolicy(resolver=_resolver, timeout=5, ssl_context=net.client_tls)
    for name, value in overrides.items():
        setattr(policy, name, value)
    return policy


def test_an_http_url_goes_through_the_proxy(network: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    # The proxy is on loopback, which the address policy refuses for URL hosts: the proxy is the
    # user's own setting and is not checked.
    monkeypatch.setenv("HTTP_PROXY", f"http://{network.proxy}")
    fetched = fetch_url("http://news.test/story?page=1", _policy(network))
    assert b"Orvel bridge closed" in fetched.body
    assert network.log.lines == ["GET http://news.test/story?page=1 HTTP/1.1"]
    assert network.log.auth == [None]


def test_an_https_url_is_tunnelled_and_its_certificate_checked_against_the_url_host(
        network: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("https_proxy", network.proxy)  # lower case and no scheme, as curl accepts
    fetched = fetch_url("https://news.test/story", _policy(network))
    assert b"Orvel bridge closed" in fetched.body
    assert [line.rsplit(" ", 1)[0] for line in network.log.lines] == ["CONNECT news.test:443"]
    # The same site under another name: the tunnel works, the certificate does not match the URL's host.
    with pytest.raises(InputError) as caught:
        fetch_url("https://other.test/story", _policy(network))
    assert f"(through the proxy http://{network.proxy})" in caught.value.reason
    assert "certificate" in caught.value.reason.lower()


@pytest.mark.parametrize(("url", "reason"), [
    ("http://metadata.test/latest/", "refused: metadata.test is a link-local (metadata) address (169.254.169.254)"),
    ("http://intranet.test/admin", "refused: intranet.test is a private address (10.1.2.3)"),
    ("http://127.0.0.1:9/", "refused: 127.0.0.1 is a loopback address (127.0.0.1)"),
    ("https://[::1]/", "refused: ::1 is a loopback address (::1)"),
])
def test_the_address_policy_applies_to_the_url_host_through_a_proxy(
        network: Network, monkeypatch: pytest.MonkeyPatch, url: str, reason: str) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://{network.proxy}")
    monkeypatch.setenv("HTTPS_PROXY", f"http://{network.proxy}")
    with pytest.raises(InputError) as caught:
        fetch_url(url, _policy(network))
    assert caught.value.reason.startswith(reason), caught.value.reason
    assert network.log.lines == []  # refused before the proxy was asked


def test_a_redirect_through_the_proxy_is_checked_at_every_hop(network: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://{network.proxy}")
    with pytest.raises(InputError) as caught:
        fetch_url("http://news.test/to-metadata", _policy(network))
    assert caught.value.reason.startswith("refused: metadata.test is a link-local (metadata) address")
    assert network.log.lines == ["GET http://news.test/to-metadata HTTP/1.1"]


def test_a_host_only_the_proxy_could_resolve_is_refused_unless_private_urls_are_allowed(
        network: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://{network.proxy}")
    with pytest.raises(InputError) as caught:
        fetch_url("http://wiki.corp/page", _policy(network))
    assert caught.value.reason.startswith("could not resolve wiki.corp (Name or service not known), so its address "
                                          f"cannot be checked before it is fetched through the proxy http://{network.proxy}")
    assert "--allow-private-urls" in caught.value.reason
    assert network.log.lines == []
    fetched = fetch_url("http://wiki.corp/page", _policy(network, allow_private=True))
    assert b"Orvel" in fetched.body
    assert network.log.lines == ["GET http://wiki.corp/page HTTP/1.1"]


def test_no_proxy_hosts_are_fetched_directly_under_the_address_policy(network: Network,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://{network.proxy}")
    monkeypatch.setenv("NO_PROXY", "localhost,.example.org,news.test")
    NAMES["direct.news.test"] = ["127.0.0.1"]
    try:
        trusted = _policy(network, refuse=lambda a: None if str(a) == "127.0.0.1" else refused_address(a))
        fetched = fetch_url(f"http://direct.news.test:{network.http_site.split(':')[1]}/story", trusted)
        assert b"Orvel" in fetched.body
        assert network.log.lines == []
        with pytest.raises(InputError, match="loopback"):  # direct, so the default policy sees the loopback address
            fetch_url(f"http://direct.news.test:{network.http_site.split(':')[1]}/story", _policy(network))
    finally:
        del NAMES["direct.news.test"]


def test_proxy_credentials_are_sent_and_never_shown(network: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    network.log.required = "ed@itor:s3cret pass"
    monkeypatch.setenv("HTTP_PROXY", f"http://ed%40itor:s3cret%20pass@{network.proxy}")
    monkeypatch.setenv("HTTPS_PROXY", f"http://ed%40itor:s3cret%20pass@{network.proxy}")
    assert b"Orvel" in fetch_url("http://news.test/story", _policy(network)).body
    assert b"Orvel" in fetch_url("https://news.test/story", _policy(network)).body
    assert network.log.auth == ["Basic " + base64.b64encode(b"ed@itor:s3cret pass").decode()] * 2
    for variable in ("HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.setenv(variable, f"http://ed%40itor:wrong-s3cret@{network.proxy}")
    for url in ("http://news.test/story", "https://news.test/story"):
        with pytest.raises(InputError) as caught:
            fetch_url(url, _policy(network))
        assert "407 Proxy Authentication Required" in caught.value.reason
        assert f"http://{network.proxy}" in caught.value.reason
        assert "s3cret" not in str(caught.value) and "itor" not in str(caught.value)


@pytest.mark.parametrize(("variable", "value", "shown"), [
    ("ALL_PROXY", "socks5://user:pw@127.0.0.1:1080", "ALL_PROXY (socks5://127.0.0.1:1080)"),
    ("HTTPS_PROXY", "https://127.0.0.1:3129", "HTTPS_PROXY (https://127.0.0.1:3129)"),
    ("HTTPS_PROXY", "http://127.0.0.1:notaport", "HTTPS_PROXY (http://127.0.0.1)"),
])
def test_a_proxy_we_cannot_speak_to_is_refused_by_name(monkeypatch: pytest.MonkeyPatch, variable: str, value: str,
                                                       shown: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(InputError) as caught:
        fetch_url("https://news.test/story", FetchPolicy(resolver=_resolver, timeout=5))
    assert caught.value.reason == (f"the proxy in {shown} is not usable: only http://host:port proxies are "
                                   "supported; unset it or add the host to NO_PROXY")
    assert "pw@" not in caught.value.reason


def test_a_proxied_url_becomes_an_article(network: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://{network.proxy}")
    result = load_inputs(["http://news.test/story", "http://intranet.test/"], limits=ReadLimits(resolver=_resolver))
    ok, refused = result.articles
    assert ok.status == "ok" and "crack in its main span" in ok.text
    assert refused.status == "failed" and refused.error is not None and "private address" in refused.error
    assert network.log.lines == ["GET http://news.test/story HTTP/1.1"]
