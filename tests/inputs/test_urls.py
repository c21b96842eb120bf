"""Red team, issue 14 item 8: URL inputs (SSRF policy per redirect hop, one deadline, charset, content type).

Servers run on 127.0.0.1 only. A test that must reach one either allows private URLs, or trusts that
one address through the policy's ``refuse`` hook while everything else keeps the default rules;
other addresses come from an injected resolver and are refused before any connection is made.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import time
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import InputError
from summarizer.ingest import ReadLimits, load_inputs
from summarizer.ingest.fetch import Address, FetchPolicy, fetch_url, refused_address
from summarizer.pipeline import Options, arun
from summarizer.testing.site import Route, serve_site
from tests.inputs.corpus import ARTICLE_HTML, GOOD

GREEK = "Η γέφυρα στο Όρβελ έκλεισε την Παρασκευή, είπε ο δήμος. Οι επισκευές θα διαρκέσουν εβδομάδες."
ROUTES: dict[str, Route] = {
    "/story": (200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE_HTML.encode()),
    "/to-metadata": (302, {"Location": "http://metadata.test/latest/meta-data/"}, b""),
    "/to-private": (302, {"Location": "http://intranet.test:8080/admin"}, b""),
    "/to-ftp": (302, {"Location": "ftp://127.0.0.1/pub/file.txt"}, b""),
    "/to-loopback": (301, {"Location": "http://127.0.0.2/"}, b""),
    "/to-story": (302, {"Location": "/story"}, b""),
    "/feed.json": (200, {"Content-Type": "application/json"},
                   json.dumps([{"text": GOOD, "title": "Bridge closed"}]).encode()),
    "/greek": (200, {"Content-Type": "text/plain; charset=iso-8859-7"}, ("Γέφυρα\n\n" + GREEK).encode("iso-8859-7")),
    "/meta": (200, {"Content-Type": "text/html"},
              (f'<html><head><meta charset="windows-1253"><title>Γέφυρα</title></head><body><article><p>{GREEK} '
               f'{GREEK}</p></article></body></html>').encode("cp1253")),
    "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n"),
    "/sneaky": (200, {"Content-Type": "text/plain"}, b"%PDF-1.4\n%binary"),
    "/image": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n"),
}


@pytest.fixture
def site() -> Iterator[str]:
    with serve_site(ROUTES) as base:
        yield base


NAMES = {"metadata.test": ["169.254.169.254"], "intranet.test": ["10.1.2.3"], "news.test": ["127.0.0.1"],
         "rebind.test": ["93.184.216.34", "192.168.1.9"], "v6.test": ["::ffff:127.0.0.1"]}
CONNECTED: list[str] = []


def _resolver(host: str, port: int) -> list[str]:
    CONNECTED.append(host)
    return NAMES.get(host, [host])


def _trust_test_server(address: Address) -> str | None:
    """Only 127.0.0.1 (the test server) is trusted; every other address keeps the default policy."""
    return None if address == ipaddress.ip_address("127.0.0.1") else refused_address(address)


def _policy(timeout: float = 5.0) -> FetchPolicy:
    return FetchPolicy(resolver=_resolver, refuse=_trust_test_server, timeout=timeout)


@pytest.mark.parametrize(("path", "reason"), [
    ("/to-metadata", "refused: metadata.test is a link-local (metadata) address (169.254.169.254)"),
    ("/to-private", "refused: intranet.test is a private address (10.1.2.3)"),
    ("/to-loopback", "refused: 127.0.0.2 is a loopback address (127.0.0.2)"),
    ("/to-ftp", "unsupported URL scheme ftp:; only http:// and https:// URLs are read"),
])
def test_every_redirect_hop_is_checked_after_resolution(site: str, path: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        fetch_url(f"{site}{path}", _policy())
    assert caught.value.reason.startswith(reason), caught.value.reason
    assert caught.value.uri == f"{site}{path}"


def test_a_checked_redirect_is_followed(site: str) -> None:
    fetched = fetch_url(f"{site}/to-story", _policy())
    assert fetched.url == f"{site}/story" and fetched.content_type == "text/html"


@pytest.mark.parametrize(("host", "reason"), [
    ("rebind.test", "private address (192.168.1.9)"),  # one bad address among good ones is enough
    ("v6.test", "loopback address (::ffff:127.0.0.1)"),
    ("metadata.test", "link-local (metadata) address"),
])
def test_names_resolving_to_private_addresses_are_refused_before_connecting(host: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        fetch_url(f"http://{host}/x", FetchPolicy(resolver=_resolver, timeout=2.0))


def test_loopback_urls_need_the_flag(site: str) -> None:
    result = CliRunner().invoke(app, ["brief", f"{site}/story", "--backend", "offline", "--quiet"])
    assert result.exit_code == 2
    assert "refused: 127.0.0.1 is a loopback address" in result.output
    assert "use --allow-private-urls" in result.output
    result = CliRunner().invoke(app, ["brief", f"{site}/story", "--backend", "offline", "--quiet",
                                      "--allow-private-urls"])
    assert result.exit_code == 0 and "crack" in result.output


def test_a_trickling_server_is_stopped_by_the_deadline(site: str) -> None:
    started = time.monotonic()
    # Every 0.1 s a few bytes arrive, so no read ever waits 0.5 s: only the overall deadline stops it.
    with pytest.raises(InputError, match=r"timed out after 0\.5 s"):
        fetch_url(f"{site}/trickle", _policy(timeout=0.5))
    assert time.monotonic() - started < 3


def test_json_urls_are_read_as_records(site: str) -> None:
    limits = ReadLimits(allow_private_urls=True)
    articles = load_inputs([f"{site}/feed.json"], limits=limits).articles
    assert [a.status for a in articles] == ["ok"]
    assert articles[0].title == "Bridge closed" and articles[0].text.startswith("The bridge in Orvel")
    assert "{" not in articles[0].text


def test_charsets_from_http_and_meta_are_used(site: str) -> None:
    articles = load_inputs([f"{site}/greek", f"{site}/meta"], limits=ReadLimits(allow_private_urls=True)).articles
    assert [a.status for a in articles] == ["ok", "ok"], [a.error for a in articles]
    assert "Η γέφυρα στο Όρβελ έκλεισε" in articles[0].text
    assert "Η γέφυρα στο Όρβελ έκλεισε" in articles[1].text


@pytest.mark.parametrize(("path", "reason"), [
    ("/report.pdf", "unsupported format: PDF (application/pdf)"),
    ("/image", "unsupported format: image/png (image/png)"),
    ("/sneaky", "unsupported format: PDF"),
])
def test_content_type_decides_and_others_are_refused_by_name(site: str, path: str, reason: str) -> None:
    article = load_inputs([f"{site}/story", f"{site}{path}"], limits=ReadLimits(allow_private_urls=True)).articles[1]
    assert article.status == "failed" and (article.error or "").startswith(reason), article.error


def test_pipeline_options_carry_the_resolver() -> None:
    CONNECTED.clear()
    with pytest.raises(InputError, match=r"intranet.test is a private address \(10.1.2.3\)"):
        asyncio.run(arun(["http://intranet.test/a"], Options(backend="offline", resolver=_resolver)))
    assert CONNECTED == ["intranet.test"]
