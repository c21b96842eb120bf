"""Compiled regular expressions kept between runs, as ``.pyc`` files keep compiled modules.

A command compiles about 720 regular expressions (ours, trafilatura's, nameparser's, ...), and the
``re`` module's parser and code generator are pure Python: on the offline test story that was 0.3-0.45 s
of a run's 1.0 s of CPU, paid again by every run. The last step, ``_sre.compile``, is C and takes the
generated code; this module keeps, per pattern and flags, what that step is given, in one file of the
cache folder, and later runs hand it straight to ``_sre.compile``. The pattern object is the same
(``==`` compares the code). Only the command line installs it (:func:`install`): the library never
changes how the process it is imported into compiles patterns.

The file is keyed by the interpreter's version and the regex engine's ``MAGIC`` and code size, and
checked by a CRC; a damaged, foreign or unreadable file is ignored and rewritten. A pattern the engine
refuses from the file is compiled the normal way.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import os
import re
import sys
import tempfile
import threading
import zlib
from array import array
from pathlib import Path
from typing import Any

_FORMAT = 4
# Patterns built from an article's own words (names in an alternation) are new in every run: the file
# keeps the ones the last runs used, and a pattern only one run used is dropped before any other. A run
# uses 700-900 patterns, 1-1.5 MB of code (a few of 17-66 KB); reading the file costs about 5 ms per MB.
MAX_ENTRIES = 4000
MAX_BYTES = 3_000_000
# flags, the generated code as machine words, the group count, name -> group, group -> name
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


class RegexCache:
    """What ``_sre.compile`` is given for each (pattern, flags) compiled in this process or read from the file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[tuple[type, str | bytes, int], Entry] = {}
        self.typecode = _typecode()
        self.added = 0
        self.hits = 0
        self.used: dict[tuple[type, str | bytes, int], None] = {}  # this run's, in order of first use
        self.runs: dict[tuple[type, str | bytes, int], int] = {}  # how many earlier runs used each, from the file
        self._counted = False  # this run's use is in the file's counts
        self._writing = threading.Lock()
        self._now = threading.Event()
        self._early: threading.Thread | None = None

    @staticmethod
    def tag() -> str:
        _sre = _engine()
        # The format is in the name: a copy of another version of this module (another checkout) keeps its own file.
        return f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}-{_FORMAT}"

    def load(self) -> None:
        with contextlib.suppress(Exception):  # whatever is wrong with the file, the run compiles as usual
            blob = self.path.read_bytes()
            if zlib.crc32(blob[4:]).to_bytes(4, "little") != blob[:4]:
                return
            data = marshal.loads(blob[4:])
            if data.get("format") == _FORMAT and data.get("tag") == self.tag():
                self.entries = {(str if isinstance(p, str) else bytes, p, f): tuple(e)
                                for (p, f), e in data["entries"]}
                self.runs = dict(zip(self.entries, data["runs"], strict=True))

    def save(self) -> None:
        """Write the file (aside, then renamed into place) if this run compiled anything new since the last write,
        or is the second run to use a pattern (which no longer counts as one run's own, see :meth:`_write`)."""
        with self._writing:
            added = self.added
            if not added and (self._counted or all(self.runs.get(key, 0) > 1 for key in dict(self.used))):
                return
            with contextlib.suppress(Exception):  # never fails the command it serves
                self._write()
            self.added -= added  # what was compiled during the write is written next time
            self._counted = True

    def save_early(self, hold: float = 0.05) -> None:
        """Write the file from a thread, ``hold`` seconds from now or at :meth:`finish`, whichever is first.

        A run briefing new articles always compiles new patterns (names in an alternation), so the file
        was written on every exit, after the briefing: 15 ms idle, up to 0.1 s on a loaded machine, all
        of it on the process's wall time. The command calls this when it starts waiting for its last
        model answers, so the write falls in that wait; ``hold`` lets the request that starts the wait
        leave first. One early write per run; :meth:`finish` writes what was compiled after it.
        """
        if self._early is not None:
            return

        def write() -> None:
            self._now.wait(hold)
            self.save()

        self._early = threading.Thread(target=write, name="summarizer-regex-cache", daemon=True)
        self._early.start()

    def finish(self) -> None:
        """The last write, at exit: the early one done (or done now), then anything compiled since."""
        self._now.set()
        if self._early is not None:
            self._early.join()
        self.save()

    def _write(self) -> None:
        # Copies, taken at once: patterns may be compiled on other threads while the file is written.
        used, entries = dict(self.used), dict(self.entries)
        runs = {key: self.runs.get(key, 0) + (key in used) for key in entries}  # the same at either write of a run
        # This run's first, then the others most recently used first; those only one run ever used (an
        # article's names in an alternation, new in every run) after all of them. By recency alone, the
        # one-offs of the last runs pushed out what every run of another kind uses (the offline engine's
        # patterns, after a series of model runs), which that kind then compiled again from source.
        earlier = [k for k in reversed(entries) if k not in used]
        keys = [*reversed(used), *(k for k in earlier if runs[k] > 1), *(k for k in earlier if runs[k] <= 1)]
        kept: list[tuple[tuple[str | bytes, int], Entry]] = []
        counts: list[int] = []
        size = 0
        for key in keys:
            entry = entries.get(key)
            if entry is None:
                continue
            size += len(key[1]) + len(entry[1])
            if len(kept) >= MAX_ENTRIES or size > MAX_BYTES:
                break
            kept.append(((key[1], key[2]), entry))
            counts.append(runs[key])
        body = marshal.dumps({"format": _FORMAT, "tag": self.tag(), "entries": kept[::-1], "runs": counts[::-1]})
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, staging = tempfile.mkstemp(prefix=".regex-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(zlib.crc32(body).to_bytes(4, "little") + body)
            os.replace(staging, self.path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(staging)

    def compiler(self, original: Any) -> Any:
        """A replacement for ``re._compiler.compile`` that reads and fills this cache."""
        _sre, _compiler, _parser = _engine(), _module("re._compiler"), _module("re._parser")

        entries = self.entries

        def compile(p: Any, flags: int = 0) -> Any:
            if type(p) not in (str, bytes) or flags & re.DEBUG:  # a str subclass (lxml's) cannot be written
                return original(p, flags)
            key = (type(p), p, int(flags))
            entry = entries.get(key)
            if entry is not None:
                try:
                    pattern = _sre.compile(p, entry[0], array(self.typecode, entry[1]).tolist(), *entry[2:])
                except (TypeError, ValueError, RuntimeError):
                    del entries[key]
                else:
                    self.hits += 1
                    self.used[key] = None
                    return pattern
            # What the standard compile does, keeping the arguments of its last step.
            parsed = _parser.parse(p, flags)
            code = _compiler._code(parsed, flags)
            groupindex = parsed.state.groupdict
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            entry = (int(flags | parsed.state.flags), array(self.typecode, code).tobytes(), int(parsed.state.groups - 1),
                     {str(k): int(v) for k, v in groupindex.items()}, tuple(indexgroup))
            pattern = _sre.compile(p, entry[0], code, *entry[2:])
            entries[key] = entry
            self.used[key] = None
            self.added += 1
            return pattern

        return compile


def _module(name: str) -> Any:
    """The regex engine's private modules (no type stubs; their use is guarded by :func:`install`)."""
    return importlib.import_module(name)


def _engine() -> Any:
    return _module("_sre")


def _typecode() -> str:
    """The array type holding one word of the engine's code (read back as a list only for the patterns used)."""
    return next(t for t in "ILQ" if array(t).itemsize == _engine().CODESIZE)


_installed: RegexCache | None = None


def installed() -> RegexCache | None:
    """The cache :func:`install` put in place in this process, if any."""
    return _installed


def install(folder: Path) -> RegexCache | None:
    """Compile this process's regular expressions through a cache file in ``folder``; None where unsupported."""
    global _installed
    if _installed is not None:
        return _installed
    try:
        _compiler, _parser, _sre = _module("re._compiler"), _module("re._parser"), _engine()
    except ImportError:
        return None
    if not all(hasattr(m, n) for m, n in ((_compiler, "compile"), (_compiler, "_code"), (_parser, "parse"),
                                          (_sre, "compile"), (_sre, "MAGIC"), (_sre, "CODESIZE"))):
        return None
    cache = RegexCache(folder / f"regex-{RegexCache.tag()}.bin")
    cache.load()
    _compiler.compile = cache.compiler(_compiler.compile)
    _installed = cache
    return cache
