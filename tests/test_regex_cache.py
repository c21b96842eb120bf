"""Compiled regular expressions kept between runs: the same pattern objects, a bad file ignored, the file bounded."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from summarizer.cli import regex_cache
from summarizer.cli.regex_cache import RegexCache

STANDARD: Any = importlib.import_module("re._compiler").compile

PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+),? (?P<year>\d{4})", 0),
    (r"(?i)\b(?:said|told|added)\b", 0),
    (r"harbour.quay", re.S | re.I | re.M),
    (r"""(?x) \b fer+y   # a comment the verbose flag drops
         \s+ (?P<what>pier|quay)""", 0),
    (rb"\x00+[A-Z]{2}", 0),
    (r"[^\W\d_]+", re.UNICODE),
    (r"(?<=\.)\s+(?=[A-Z])", 0),
    (r"(a)?b(?(1)c|d)", 0),
]


def _size(pattern: str | bytes, flags: int) -> int:
    """What a pattern takes in the file: its text and its code."""
    cache = RegexCache(Path("unused"))
    cache.compiler(STANDARD)(pattern, flags)
    return len(pattern) + len(next(iter(cache.entries.values()))[1])


TEXT = "On 4 May, 2031 the ferry  pier at Lannis closed. He Said so.\nHarbour\nquay abd bd"


def _compile_all(cache: RegexCache) -> list[re.Pattern[Any]]:
    compile = cache.compiler(STANDARD)
    return [compile(pattern, flags) for pattern, flags in PATTERNS]


def test_a_pattern_read_back_is_the_pattern_compiled(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    first = RegexCache(path)
    compiled = _compile_all(first)
    assert first.added == len(PATTERNS) and first.hits == 0
    first.save()
    assert path.exists()

    second = RegexCache(path)
    second.load()
    read_back = _compile_all(second)
    assert second.hits == len(PATTERNS) and second.added == 0, "every pattern came from the file"
    for (pattern, flags), ours, again in zip(PATTERNS, compiled, read_back, strict=True):
        standard = STANDARD(pattern, flags)
        assert ours == standard and again == standard  # equal patterns: same flags and the same code
        assert again.groupindex == standard.groupindex and again.groups == standard.groups
        sample: Any = TEXT.encode() if isinstance(pattern, bytes) else TEXT
        assert [m.span() for m in again.finditer(sample)] == [m.span() for m in standard.finditer(sample)]


@pytest.mark.parametrize("damage", ["garbage", "one byte flipped", "another interpreter"])
def test_a_bad_file_is_ignored_then_rewritten(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "regex.bin"
    good = RegexCache(path)
    _compile_all(good)
    good.save()
    blob = bytearray(path.read_bytes())
    if damage == "garbage":
        blob = bytearray(b"not a cache file at all")
    elif damage == "one byte flipped":
        blob[len(blob) // 2] ^= 0xFF
    path.write_bytes(bytes(blob))
    if damage == "another interpreter":
        other = RegexCache(path)
        other.tag = lambda: "cpython-99-0-0-4"  # type: ignore[method-assign]
        _compile_all(other)
        other.save()

    cache = RegexCache(path)
    cache.load()
    assert cache.entries == {}
    assert [p.pattern for p in _compile_all(cache)] == [p for p, _f in PATTERNS]
    cache.save()
    again = RegexCache(path)
    again.load()
    assert len(again.entries) == len(PATTERNS)


@pytest.mark.parametrize("limit", ["entries", "bytes"])
def test_the_file_keeps_the_patterns_used_last(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str) -> None:
    if limit == "entries":
        monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    else:  # room for the last three patterns and their code, not for a fourth
        monkeypatch.setattr(regex_cache, "MAX_BYTES", sum(_size(p, f) for p, f in PATTERNS[-3:]))
    path = tmp_path / "regex.bin"
    first = RegexCache(path)
    _compile_all(first)
    first.save()
    kept = RegexCache(path)
    kept.load()
    assert [key[1] for key in kept.entries] == [p for p, _f in PATTERNS[-3:]]

    compile = kept.compiler(STANDARD)
    compile(*PATTERNS[0])  # an old one again: compiled, and now among the last used
    kept.save()
    last = RegexCache(path)
    last.load()
    assert PATTERNS[0][0] in [key[1] for key in last.entries]
    assert len(last.entries) <= 3 and sum(_size(key[1], key[2]) for key in last.entries) <= regex_cache.MAX_BYTES



def test_a_pattern_one_run_used_goes_before_one_every_run_uses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An article's names in an alternation make a pattern no other run compiles: the last runs' ones
    must not push out what every run of another kind uses (and would then compile from source again)."""
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    path = tmp_path / "regex.bin"

    def run(*patterns: tuple[str | bytes, int]) -> list[str | bytes]:
        cache = RegexCache(path)
        cache.load()
        compile = cache.compiler(STANDARD)
        for pattern, flags in patterns:
            compile(pattern, flags)
        cache.save()
        return [key[1] for key in cache.entries]

    established = PATTERNS[:2]
    run(*established)
    run(*established)  # every run of one kind uses these two
    run(PATTERNS[2])  # a run of another kind, with a pattern of its own article's names
    run(PATTERNS[3])  # and another
    kept = RegexCache(path)
    kept.load()
    assert sorted(map(str, (key[1] for key in kept.entries))) == sorted(map(str, [PATTERNS[3][0], *(p for p, _f in established)]))


def test_the_command_writes_the_file_and_briefs_the_same_with_it(tmp_path: Path) -> None:
    story = Path(__file__).parent / "data" / "story"
    env = {**os.environ, "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("OPENAI_API_KEY", None)
    env.pop("OPENAI_BASE_URL", None)
    outputs = []
    for run in (1, 2):
        out = tmp_path / f"briefing{run}.md"
        subprocess.run([sys.executable, "-m", "summarizer.cli", "brief", str(story), "--backend", "offline", "-q",
                        "-o", str(out)], env=env, check=True, timeout=120)
        outputs.append(out.read_bytes())
        files = list((tmp_path / "cache" / "models").glob("regex-*.bin"))
        assert len(files) == 1, "one file, no staging left"
        cache = RegexCache(files[0])
        cache.load()
        assert len(cache.entries) > 100
    assert outputs[0] == outputs[1]


def test_an_early_write_and_the_last_one_keep_every_pattern(tmp_path: Path) -> None:
    """The command writes the file while it waits for its last answers, then what was compiled after."""
    path = tmp_path / "regex.bin"
    cache = RegexCache(path)
    compile = cache.compiler(STANDARD)
    for pattern, flags in PATTERNS[:4]:
        compile(pattern, flags)
    cache.save_early(hold=0.0)
    assert cache._early is not None
    cache._early.join()
    early = RegexCache(path)
    early.load()
    assert len(early.entries) == 4 and cache.added == 0
    for pattern, flags in PATTERNS[4:]:
        compile(pattern, flags)
    cache.save_early(hold=0.0)  # one early write per run: this one waits for finish()
    cache.finish()
    last = RegexCache(path)
    last.load()
    assert len(last.entries) == len(PATTERNS) and cache.added == 0


def test_a_held_early_write_is_done_at_finish(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    cache = RegexCache(path)
    _compile_all(cache)
    cache.save_early(hold=3600.0)
    assert not path.exists()
    cache.finish()  # ends the hold at once
    again = RegexCache(path)
    again.load()
    assert len(again.entries) == len(PATTERNS)


_MODULE_PATTERNS = """
import importlib, json, pkgutil, re, summarizer
found = {}
for info in pkgutil.walk_packages(summarizer.__path__, "summarizer."):
    if ".testing" in info.name or info.name.endswith("__main__"):
        continue
    module = importlib.import_module(info.name)
    found.update((f"{info.name}.{name}", str(value.pattern)) for name, value in vars(module).items()
                 if isinstance(value, re.Pattern))
print(json.dumps(found, sort_keys=True))
"""


def test_the_patterns_built_at_import_are_the_same_in_every_process() -> None:
    """A pattern whose alternation follows a set's order (string hashing is salted per process) was new to
    the cache in every run: compiled again from source, and pushing kept patterns out of the bounded file."""
    seen = [subprocess.run([sys.executable, "-c", _MODULE_PATTERNS], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")]
    assert len(seen[0]) > 1000
    assert seen[0] == seen[1] == seen[2]
