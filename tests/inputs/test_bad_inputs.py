"""Bad input: a clear one-line error naming the input, no traceback, and the good inputs still brief."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.ingest import load_inputs
from summarizer.pipeline import Options, arun
from tests.inputs.corpus import (
    ACCENTED,
    ARTICLE_HTML,
    BINARY,
    ENCODED,
    GERMAN,
    GOOD,
    NO_ARTICLE_HTML,
    write_mixed_folder,
)


def _brief(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["brief", *args, "--backend", "offline", "--quiet"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output


BAD_FILES = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\t \r\n  ", "no text (whitespace only)"),
    "image.txt": (BINARY, "binary file, not text"),
    "nav.html": (NO_ARTICLE_HTML.encode(), "HTML page holds no article text"),
    "broken.json": (b'{"text": "unterminated', "invalid JSON"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_file_alone_is_one_line_naming_it(tmp_path: Path, name: str) -> None:
    content, reason = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(content)
    code, output = _brief(str(path))
    assert code == 2
    lines = [line for line in output.splitlines() if line.strip()]
    assert lines == [f"summarizer: error: {path}: {lines[0].split(': ', 3)[-1]}"]
    assert reason in lines[0] and "Traceback" not in output


def test_a_missing_path_is_named(tmp_path: Path) -> None:
    code, output = _brief(str(tmp_path / "nope.txt"))
    assert code == 2
    assert output.strip() == f"summarizer: error: {tmp_path / 'nope.txt'}: no such file or directory"


@pytest.mark.parametrize("name", ENCODED)
def test_legacy_encodings_are_decoded_not_rejected(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(ENCODED[name])
    article = load_inputs([str(path)]).articles[0]
    assert article.status == "ok", article.error
    assert "Brühl" in article.text and "Zoë Müller" in article.text
    assert article.title == "Café reopens in Brühl"
    if name != "latin1.txt":
        assert "5 €" in article.text


def test_good_and_bad_inputs_mixed_still_brief(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    paths = [str(good)]
    for name, (content, _reason) in BAD_FILES.items():
        (tmp_path / name).write_bytes(content)
        paths.append(str(tmp_path / name))
    paths.append(str(tmp_path / "missing.txt"))
    out = tmp_path / "briefing.json"
    code, output = _brief(*paths, "--format", "json", "-o", str(out))
    assert code == 3
    data = json.loads(out.read_text())
    assert [s["status"] for s in data["sources"]] == ["ok"] + ["failed"] * (len(BAD_FILES) + 1)
    assert data["key_points"], "the good article made a briefing"
    for source in data["sources"][1:]:
        assert source["error"] and f"{source['id']} {source['uri']}: {source['error']}" in output
    assert "Traceback" not in output


def test_jsonl_with_a_broken_line_uses_the_others(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": GOOD, "publisher": "Orvel Times"}), '{"text": "cut off', "",
             json.dumps({"text": ACCENTED, "publisher": "Brühl Bote"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = asyncio.run(arun([str(path)], Options(backend="offline")))
    statuses = [(s.uri, s.status) for s in result.briefing.sources]
    assert statuses == [(f"{path}:1", "ok"), (f"{path}:2", "failed"), (f"{path}:4", "ok")]
    assert "invalid JSON on line 2" in (result.briefing.sources[1].error or "")
    assert any(w.kind == "failed" and w.source == "S2" and f"{path}:2" in w.message and "line 2" in w.message
               for w in result.briefing.warnings)


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = asyncio.run(arun([str(path), str(path)], Options(backend="offline")))
    second = result.briefing.sources[1]
    assert (second.status, second.duplicate_of) == ("duplicate", "S1")
    assert [r.source for r in result.records] == ["S1"]
    assert all(p.sources == ["S1"] for p in result.briefing.key_points)


def test_mixed_folder_reads_articles_and_names_what_it_skipped(tmp_path: Path) -> None:
    folder = write_mixed_folder(tmp_path)
    result = asyncio.run(arun([str(folder)], Options(backend="offline")))
    by_name = {Path(s.uri.split(":")[0]).name: s for s in result.briefing.sources}
    assert {n for n, s in by_name.items() if s.status == "ok"} == {"a.txt", "b.md", "c.html", "d.jsonl"}
    assert by_name["empty.txt"].status == "failed" and by_name["empty.txt"].error == "empty file"
    assert ".DS_Store" not in by_name, "hidden files are not inputs"
    skipped = [w for w in result.briefing.warnings if "skipped" in w.message]
    assert {(w.kind, w.source) for w in skipped} == {("ingest", None)}
    assert sorted(Path(w.message.split(":")[0]).name for w in skipped) == ["notes.pdf", "photo.png"]


def test_article_in_another_language_is_processed_and_labelled(tmp_path: Path) -> None:
    english, german = tmp_path / "en.txt", tmp_path / "de.txt"
    english.write_text(GOOD, encoding="utf-8")
    german.write_text(GERMAN, encoding="utf-8")
    result = asyncio.run(arun([str(english), str(german)], Options(backend="offline")))
    assert [(s.status, s.language) for s in result.briefing.sources] == [("ok", "en"), ("ok", "de")]
    german_record = next(r for r in result.records if r.source == "S2")
    assert german_record.extraction.entities or german_record.extraction.claims


@pytest.mark.slow
def test_a_5mb_article_is_kept_whole(tmp_path: Path) -> None:
    paragraph = ("On day {i} of the inquiry the council heard that the Orvel bridge had {i} cracks, "
                 "officials said. Repairs were costed at {i} thousand velors.")
    body = "\n\n".join(paragraph.format(i=i) for i in range(1, 36_000))
    text = "Orvel inquiry\n\n" + body + "\n\nThe final witness, Mayor Ana Pell, spoke last, officials said.\n"
    assert len(text.encode()) > 5_000_000
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    article = load_inputs([str(path)]).articles[0]
    assert article.status == "ok" and not article.warnings
    assert article.text.endswith("The final witness, Mayor Ana Pell, spoke last, officials said.")
    assert len(article.text) >= len(body), "nothing was cut at ingest"
    assert "day 35999 of the inquiry" in article.text


@pytest.mark.slow
def test_offline_extraction_reads_a_long_article_to_its_end(tmp_path: Path) -> None:
    paragraph = "On day {i} the council heard that the Orvel bridge had {i} cracks, officials said."
    body = "\n\n".join(paragraph.format(i=i) for i in range(1, 3_000))
    path = tmp_path / "long.txt"
    path.write_text("Orvel inquiry\n\n" + body + "\n\n\"We will rebuild it,\" said Mayor Ana Pell on Friday.\n")
    result = asyncio.run(arun([str(path)], Options(backend="offline")))
    text = result.articles[0].text
    quotes = result.records[0].extraction.quotes
    assert any(q.text.startswith("We will rebuild it") and q.span and q.span.end > len(text) - 60 for q in quotes)


@pytest.mark.slow
def test_two_thousand_small_articles_in_one_run(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(2000):
        (folder / f"{i:04d}.txt").write_text(
            f"Report {i}\n\nThe Orvel bridge repair will cost {i + 10} million velors, Mayor Ana Pell said on "
            f"Monday. Engineers found {i % 9 + 2} cracks in report {i}.\n", encoding="utf-8")
    result = asyncio.run(arun([str(folder)], Options(backend="offline")))
    assert len(result.briefing.sources) == 2000
    assert all(s.status == "ok" for s in result.briefing.sources)
    assert [s.id for s in result.briefing.sources][-1] == "S2000"
    assert result.briefing.key_points


class _Site(BaseHTTPRequestHandler):
    release = threading.Event()

    def do_GET(self) -> None:
        if self.path == "/slow":
            self.release.wait(5)
            return
        status, body = (200, ARTICLE_HTML) if self.path == "/story" else (404, "<h1>Not found</h1>")
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = True
    _Site.release.clear()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        _Site.release.set()
        server.shutdown()
        server.server_close()


def test_urls_that_404_or_time_out_are_named_and_the_good_one_used(site: str) -> None:
    result = asyncio.run(arun([f"{site}/story", f"{site}/missing", f"{site}/slow"],
                              Options(backend="offline", fetch_timeout=0.5, allow_private_urls=True)))
    sources = result.briefing.sources
    assert [s.status for s in sources] == ["ok", "failed", "failed"]
    assert sources[1].error == "HTTP 404 Not Found" and sources[1].uri == f"{site}/missing"
    assert "timed out" in (sources[2].error or "")
    assert any("crack" in p.text for p in result.briefing.key_points)
