"""Ingest: every input keeps its place and id, failures carry a reason naming the input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.ingest import load_inputs


def test_story_folder_reads_every_format(story_dir: Path) -> None:
    result = load_inputs([str(story_dir)])
    ids = [a.id for a in result.articles]
    assert ids == ["S1", "S2", "S3", "S4", "S5"]
    assert all(a.status == "ok" for a in result.articles)
    html = next(a for a in result.articles if a.uri.endswith(".html"))
    assert "Dockworkers at the Port of Marenza" in html.text
    assert "<p>" not in html.text and "Share on Facebook" not in html.text
    record = next(a for a in result.articles if "vbd.example" in a.uri)
    assert record.publisher == "Veloria Business Daily"
    assert record.published is not None and record.published.isoformat() == "2025-03-05"
    assert record.byline == "Marta Lind"
    wire = result.articles[0]
    assert wire.title == "Marenza dockworkers end nine-day strike"
    assert not wire.text.startswith("Marenza dockworkers end")


def test_same_file_twice_is_a_duplicate(story_dir: Path) -> None:
    path = str(story_dir / "a_wire.txt")
    result = load_inputs([path, path])
    assert result.articles[1].status == "duplicate"
    assert result.articles[1].duplicate_of == "S1"


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty file"), (b"  \n\t \n", "whitespace only"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary")],
)
def test_unreadable_files_fail_with_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Title here\n\nThe bridge in Orvel closed on Friday after a crack was found, engineers said.\n")
    result = load_inputs([str(bad), str(good)])
    assert result.articles[0].status == "failed"
    assert reason in (result.articles[0].error or "")
    assert result.articles[1].status == "ok"


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16"])
def test_legacy_encodings_are_decoded(tmp_path: Path, encoding: str) -> None:
    text = "Café reopens\n\nThe café in Brühl reopened on Monday, its owner said. It costs 5 € now.\n"
    if encoding == "latin-1":
        text = text.replace("€", "EUR")
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    article = load_inputs([str(path)]).articles[0]
    assert article.status == "ok", article.error
    assert "Brühl" in article.text


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Title\n\nBody text that is long enough, officials said.\n")
    article = load_inputs([str(path)]).articles[0]
    assert article.title == "Title"


def test_jsonl_broken_line_reported_with_line_number(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "First article text, long enough to count."}\n{not json\n{"text": "Third one."}\n')
    articles = load_inputs([str(path)]).articles
    assert [a.status for a in articles] == ["ok", "failed", "ok"]
    assert "line 2" in (articles[1].error or "")
    assert articles[1].uri.endswith(":2")


def test_missing_path_is_named(tmp_path: Path) -> None:
    result = load_inputs([str(tmp_path / "missing.txt")])
    assert result.articles[0].status == "failed"
    assert "no such file" in (result.articles[0].error or "")


def test_no_inputs_is_an_error() -> None:
    with pytest.raises(InputError):
        load_inputs([])


def test_html_without_article_fails(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    article = load_inputs([str(path)]).articles[0]
    assert article.status == "failed"
    assert "no article" in (article.error or "")
