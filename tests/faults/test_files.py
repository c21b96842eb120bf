"""Files: outputs appear whole or not at all, and the answer cache survives corruption and company."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.extract.cache import ExtractionCache
from summarizer.io import write_atomic
from summarizer.schema import ArticleExtraction, Claim


def test_write_atomic_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "out" / "briefing.md"
    write_atomic(target, "first\n")
    write_atomic(target, "second\n" * 1000)
    assert target.read_text() == "second\n" * 1000
    assert [p.name for p in target.parent.iterdir()] == ["briefing.md"], "no temporary file left behind"
    umask = os.umask(0)
    os.umask(umask)
    assert (target.stat().st_mode & 0o777) == 0o666 & ~umask, "not left private like a temp file"


@pytest.mark.parametrize("crash_in", ["fsync", "replace"])
def test_a_crash_mid_write_leaves_the_old_briefing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    crash_in: str) -> None:
    target = tmp_path / "briefing.md"
    target.write_text("the old, complete briefing\n")

    def crash(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, crash_in, crash)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, "half a brief" * 10_000)
    monkeypatch.undo()
    assert target.read_text() == "the old, complete briefing\n"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.md"]


def test_the_briefing_is_replaced_whole_without_waiting_for_the_disk(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.cli.output import _write_briefing

    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    target = tmp_path / "briefing.md"
    target.write_text("the old, complete briefing\n")
    _write_briefing(target, "the new briefing\n" * 1000)
    assert target.read_text() == "the new briefing\n" * 1000
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.md"]
    assert synced == [], "the briefing's write waited for the disk"
    write_atomic(tmp_path / "batch-state.json", "{}")
    assert len(synced) == 2, "a durable write flushes the file and its folder"


def _extraction(text: str) -> ArticleExtraction:
    return ArticleExtraction(claims=[Claim(text=text, evidence=text)])


def test_a_corrupt_cache_entry_is_ignored_and_rewritten(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    cache.put("k", _extraction("The bridge closed."), "m")
    cache._db.execute("UPDATE entries SET value = ? WHERE key = ?", ('{"extraction": {"claims": [{"te', "k"))
    assert cache.get("k") is None, "a half-written entry is a miss, not a crash"
    cache.put("k", _extraction("The bridge reopened."), "m")
    hit = cache.get("k")
    assert hit is not None and hit[0].claims[0].text == "The bridge reopened."


def test_a_cache_file_that_is_not_a_database_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "extractions.sqlite3").write_bytes(b"this is not sqlite" * 100)
    cache = ExtractionCache(tmp_path)
    assert cache.get("k") is None
    cache.put("k", _extraction("The bridge closed."), "m")
    assert cache.get("k") is not None
    assert cache.info()["entries"] == 1


_WRITER = """
import sys
from pathlib import Path
from summarizer.extract.cache import ExtractionCache
from summarizer.schema import ArticleExtraction, Claim
cache = ExtractionCache(Path(sys.argv[1]))
for i in range(150):
    key = f"{sys.argv[2]}-{i}"
    cache.put(key, ArticleExtraction(claims=[Claim(text=key, evidence=key)]), "m")
    assert cache.get(key) is not None
    cache.put(f"shared-{i % 10}", ArticleExtraction(), "m")
print("ok")
"""


def test_two_runs_share_one_cache_at_once(tmp_path: Path) -> None:
    runs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), name], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for name in ("a", "b")]
    outcomes = [run.communicate(timeout=60) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err for _out, err in outcomes]
    with sqlite3.connect(tmp_path / "extractions.sqlite3") as db:
        count = db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
    assert count == 2 * 150 + 10


def _real_busy_error(path: Path) -> sqlite3.OperationalError:
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        sqlite3.connect(path, timeout=0, isolation_level=None).execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        return error
    finally:
        holder.close()
    raise AssertionError("a held write lock should make a second writer busy")


def test_a_cache_another_run_is_creating_is_waited_for_not_deleted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ExtractionCache(tmp_path).put("kept", _extraction("The bridge closed."), "m")
    busy = _real_busy_error(tmp_path / "extractions.sqlite3")
    real_connect = ExtractionCache._connect
    calls: list[int] = []

    def busy_once(self: ExtractionCache) -> sqlite3.Connection:
        # Two runs creating one file at once: switching it to WAL can fail "locked" without waiting.
        calls.append(1)
        if len(calls) == 1:
            raise busy
        return real_connect(self)

    monkeypatch.setattr(ExtractionCache, "_connect", busy_once)
    second = ExtractionCache(tmp_path)
    assert len(calls) == 2
    assert second.get("kept") is not None, "the other run's entries survive"
