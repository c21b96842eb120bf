"""One invented article written to a file and read back the way the command line reads it: the ingest tests
check what a page's header and junk become, so they go through the same path as a user's file."""

from __future__ import annotations

from pathlib import Path

from summarizer.ingest import load_inputs
from summarizer.schema import Article


def one_article(folder: Path, name: str, text: str) -> Article:
    """The article ``text`` makes when saved as ``folder/name`` (its suffix picks the reader); it must load."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    (article,) = load_inputs([str(path)]).articles
    assert article.status == "ok", article.error
    return article
