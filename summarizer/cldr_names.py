"""CLDR's English names of territories and languages, as Babel gives them, kept in the cache folder.

Babel reads a locale's whole data to give any of it: importing it and loading English took 45-55 ms of CPU
per offline run (5% of the briefing of five articles), for three lists that change only with Babel's data.
They are kept in ``models/`` of the cache folder, in a file named by the size and time of the data files they
come from, and read from there by later runs in well under a millisecond. Where that folder cannot be
written, Babel gives them in every run, as before.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

from summarizer.io import cache_dir, write_atomic

_FORMAT = 1
_DATA_FILES = ("global.dat", "locale-data/root.dat", "locale-data/en.dat")  # what Locale("en") and its languages read


@dataclass(frozen=True)
class EnglishNames:
    territories: tuple[str, ...]  # every territory's English name ("Saudi Arabia"), in Babel's order
    languages: tuple[tuple[str, str], ...]  # (code, English name) of every language CLDR names, in Babel's order
    official: tuple[str, ...]  # the base codes of the languages official in some territory ("da", "nl")


@functools.cache
def english_names() -> EnglishNames:
    """The names, from the cache folder's file when there is one for this Babel's data, else from Babel."""
    path = _path()
    if path is not None:
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            data = json.loads(path.read_text(encoding="utf-8"))
            return EnglishNames(tuple(data["territories"]), tuple((str(c), str(n)) for c, n in data["languages"]),
                                tuple(data["official"]))
    names = from_babel()
    if path is not None:
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, json.dumps({"territories": names.territories, "languages": names.languages,
                                           "official": names.official}), durable=False)
    return names


def from_babel() -> EnglishNames:
    from babel import Locale
    from babel.languages import get_official_languages

    english = Locale("en")
    official = {code.split("_")[0] for territory in english.territories for code in get_official_languages(str(territory))}
    return EnglishNames(tuple(str(name) for name in english.territories.values()),
                        tuple((str(code), str(name)) for code, name in english.languages.items()), tuple(sorted(official)))


def _path() -> Path | None:
    """The file for the installed Babel's data (None when Babel's folder or data cannot be found)."""
    try:
        spec = importlib.util.find_spec("babel")  # finds the folder without importing the package
        if spec is None or not spec.submodule_search_locations:
            return None
        folder = Path(next(iter(spec.submodule_search_locations)))
        stamps = [(folder / name).stat() for name in _DATA_FILES]
        return cache_dir() / "models" / f"cldr-en-{_FORMAT}-{'-'.join(f'{s.st_size}.{s.st_mtime_ns}' for s in stamps)}.json"
    except (OSError, ValueError, ImportError):
        return None
