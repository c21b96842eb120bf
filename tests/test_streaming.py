"""Live model calls start while the inputs are still being read, and nothing about the result changes."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

import summarizer.ingest as ingest_module
from summarizer.pipeline import Options, arun
from summarizer.testing.fake_openai import FakeOpenAI
from tests.conftest import FAKE_KEY

ARTICLES = {
    "a1.txt": "Ferry strike\n\nFerry crews in Lannis walked out on Monday over pay, the union said.",
    "a2.txt": "Lannis ferries halted\n\nNo ferry left Lannis on Monday as crews went on strike, the operator said.",
    "a3.txt": "Strike ends\n\nThe Lannis ferry strike ended on Wednesday after the operator raised pay by 4 percent.",
}


def _write(folder: Path) -> list[str]:
    """Dated records (an undated one would wait for the others' dates): one .jsonl file each."""
    paths = []
    for name, text in ARTICLES.items():
        title, body = text.split("\n\n", 1)
        path = folder / name.replace(".txt", ".jsonl")
        path.write_text(json.dumps({"title": title, "published": "2025-03-05", "text": body}) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


async def test_the_first_call_leaves_before_the_last_article_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = ingest_module.build_article
    seen: dict[str, Any] = {}

    with FakeOpenAI() as server:
        def slow_last(article_id: str, record: Any, *more: Any) -> Any:
            if "a3.jsonl" in record.uri:
                deadline = time.monotonic() + 20
                while not server.served and time.monotonic() < deadline:
                    time.sleep(0.01)
                seen["requests while reading the last"] = len(server.served)
            return original(article_id, record, *more)

        monkeypatch.setattr(ingest_module, "build_article", slow_last)
        options = Options(backend="llm", env={"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": FAKE_KEY},
                          use_cache=False, synthesize=False, adjudicate=False)
        result = await arun(_write(tmp_path), options)
    assert seen["requests while reading the last"] >= 1, "no call was made until every input was read"
    assert [s.status for s in result.briefing.sources] == ["ok", "ok", "ok"]
    assert [r.source for r in result.records] == ["S1", "S2", "S3"]
    assert len(server.served) == 3


async def test_duplicates_and_failed_inputs_are_not_sent(tmp_path: Path) -> None:
    paths = _write(tmp_path)
    (tmp_path / "copy.jsonl").write_text((tmp_path / "a1.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    with FakeOpenAI() as server:
        options = Options(backend="llm", env={"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": FAKE_KEY},
                          use_cache=False, synthesize=False, adjudicate=False)
        result = await arun([*paths, str(tmp_path / "copy.jsonl"), str(tmp_path / "empty.txt")], options)
    statuses = [s.status for s in result.briefing.sources]
    assert statuses == ["ok", "ok", "ok", "duplicate", "failed"]
    assert len(server.served) == 3


async def test_an_undated_article_waits_for_the_date_the_others_give_it(tmp_path: Path) -> None:
    """Read first, it is still sent after the last article, with the date its relative dates are read against."""
    (tmp_path / "a_undated.txt").write_text(ARTICLES["a1.txt"], encoding="utf-8")
    (tmp_path / "b_dated.jsonl").write_text(
        '{"title": "Strike ends", "published": "2025-03-05", "text": "The Lannis ferry strike ended on Wednesday '
        'after the operator raised pay by 4 percent, the union said."}\n', encoding="utf-8")
    with FakeOpenAI() as server:
        options = Options(backend="llm", env={"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": FAKE_KEY},
                          use_cache=False, synthesize=False, adjudicate=False)
        result = await arun([str(tmp_path / "a_undated.txt"), str(tmp_path / "b_dated.jsonl")], options)
    undated = [s.body for s in server.served if "walked out on Monday" in s.body]
    assert len(undated) == 1 and "2025-03-05" in undated[0]
    assert [s.status for s in result.briefing.sources] == ["ok", "ok"]
    assert [r.source for r in result.records] == ["S1", "S2"], "records in input order, though S1 was sent last"


async def test_requests_do_not_wait_for_the_language_labels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Undated articles leave once every input is read; the labels (a model to load) come after, still in the briefing."""
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    original = ingest_module.detect_language
    seen: list[int] = []

    with FakeOpenAI() as server:
        def slow_label(text: str) -> str | None:
            deadline = time.monotonic() + 20
            while len(server.served) < len(ARTICLES) and time.monotonic() < deadline:
                time.sleep(0.01)
            seen.append(len(server.served))
            return original(text)

        monkeypatch.setattr(ingest_module, "detect_language", slow_label)
        options = Options(backend="llm", env={"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": FAKE_KEY},
                          use_cache=False, synthesize=False, adjudicate=False)
        result = await arun([str(tmp_path / name) for name in ARTICLES], options)
    assert seen and seen[0] == len(ARTICLES), "a request waited for the language labels"
    assert [s.language for s in result.briefing.sources] == ["en", "en", "en"]
    assert [r.source for r in result.records] == ["S1", "S2", "S3"]


async def test_the_other_inputs_are_read_once_the_first_request_is_on_its_way(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Read on at once, the other articles shared the interpreter with making the client and building the
    first request (0.1-0.15 s of imports, twice that beside the reading): a dated article's request goes
    first, then reading resumes. The make-up of the client here waits (a bounded poll, not a timing) for a
    second article that must not be built yet."""
    import summarizer.pipeline as pipeline_module

    original_build, original_make = ingest_module.build_article, pipeline_module.make_extractor
    built: list[str] = []
    seen: dict[str, int] = {}

    def recording(article_id: str, record: Any, *more: Any) -> Any:
        built.append(article_id)
        return original_build(article_id, record, *more)

    def slow_make(options: Options) -> Any:
        deadline = time.monotonic() + 1.0
        while len(built) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        seen["built while the client was made"] = len(built)
        return original_make(options)

    monkeypatch.setattr(ingest_module, "build_article", recording)
    monkeypatch.setattr(pipeline_module, "make_extractor", slow_make)
    with FakeOpenAI() as server:
        options = Options(backend="llm", env={"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": FAKE_KEY},
                          use_cache=False, synthesize=False, adjudicate=False)
        result = await arun(_write(tmp_path), options)
    assert seen["built while the client was made"] == 1
    assert len(built) == 3 and len(server.served) == 3
    assert [r.source for r in result.records] == ["S1", "S2", "S3"]


async def test_the_loop_takes_the_interpreter_back_quickly_while_answers_are_grounded(tmp_path: Path) -> None:
    # Each socket call of the event loop hands the interpreter to the grounding worker and waits to
    # get it back: at the default 5 ms switch interval a round's requests left late. Lowered while
    # answers are grounded, restored for the merge and after the run.
    import sys

    seen: list[float] = []
    before = sys.getswitchinterval()
    with FakeOpenAI() as server:
        options = Options(backend="llm", env={"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": FAKE_KEY},
                          use_cache=False, synthesize=False, adjudicate=False,
                          on_article=lambda *_: seen.append(sys.getswitchinterval()))
        await arun(_write(tmp_path), options)
    assert seen and max(seen) <= 0.001
    assert sys.getswitchinterval() == before


async def test_the_labels_are_made_while_the_first_answers_are_awaited(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The language labels (a model to load, every text classified) wait for the first round of requests to
    be out, not for an answer: made when the first answers were back, they shared the interpreter with
    sending the next round. Here the server holds every answer until the labels are made."""
    import threading

    from summarizer.testing.fake_openai import FixtureResponder

    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr("summarizer.pipeline.handover._LABELS_WAIT", 30.0)  # only the order counts here
    labelled = threading.Event()
    held_until_labelled: list[bool] = []
    original = ingest_module.detect_language
    fixtures = FixtureResponder()

    def held(request: dict[str, Any]) -> dict[str, Any]:
        held_until_labelled.append(labelled.wait(timeout=10))
        return fixtures(request)

    def label(text: str) -> str | None:
        labelled.set()
        return original(text)

    monkeypatch.setattr(ingest_module, "detect_language", label)
    with FakeOpenAI(held) as server:
        options = Options(backend="llm", env={"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": FAKE_KEY},
                          use_cache=False, synthesize=False, adjudicate=False)
        result = await arun([str(tmp_path / name) for name in ARTICLES], options)
    assert held_until_labelled == [True, True, True], "the labels waited for an answer"
    assert [s.language for s in result.briefing.sources] == ["en", "en", "en"]
